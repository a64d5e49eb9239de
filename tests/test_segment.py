"""Segment: reader spans, the plain-text split on the samples and the seed, the cue file."""

from __future__ import annotations

from pathlib import Path

import pytest

from frontwatch.errors import DataFileError
from frontwatch.ingest import iter_documents
from frontwatch.models import Document
from frontwatch.segment import default_cues, load_cues, score_lines, segment

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SEED = ROOT.parent / "shared" / "seed" / "000_758c96a7a2258215.txt"


def one(path):
    (doc,) = list(iter_documents([path]))
    return doc


def check_offsets(doc, seg):
    assert seg.article.text == doc.text[seg.article.start : seg.article.end]
    assert seg.article.text == seg.article.text.strip()
    for i, c in enumerate(seg.comments):
        assert c.index == i
        assert c.text == doc.text[c.start : c.end] and c.text == c.text.strip() and c.text
        assert c.start >= seg.article.end


def test_sample_thread_split_exactly_before_first_comment():
    doc = one(SAMPLES / "reports" / "01_saraqib_clash.txt")
    seg = segment(doc)
    check_offsets(doc, seg)
    assert (seg.article.start, seg.article.end) == (0, 1450)
    assert seg.article.text.endswith("according to opposition sources.")
    assert len(seg.comments) == 13
    assert seg.comments[0].text == "Good. Let the army finish the job this time!"
    assert seg.comments[0].start == 1451
    assert seg.comments[-1].text.startswith("Bring back the old forum")
    assert seg.comments[-1].end == len(doc.text.rstrip())
    assert sum("4 soldiers were killed" in c.text for c in seg.comments) == 1


@pytest.mark.parametrize(
    "name",
    [
        "02_maarat_airstrike.txt",
        "03_baiji_ied.txt",
        "04_basra_nasiriyah_protests.txt",
        "05_borno_abductions.txt",
        "06_taiz_shelling.txt",
    ],
)
def test_reports_without_thread_are_all_article(name):
    doc = one(SAMPLES / "reports" / name)
    seg = segment(doc)
    check_offsets(doc, seg)
    assert seg.comments == []
    assert (seg.article.start, seg.article.end) == (0, len(doc.text.rstrip()))


def test_reader_spans_are_used_and_trimmed():
    doc = Document(
        doc_id="d1",
        text="  Article text here.  \n\n first comment \n second\n",
        article_span=(0, 23),
        comment_spans=[(24, 39), (40, 47)],
    )
    seg = segment(doc)
    check_offsets(doc, seg)
    assert (seg.article.text, seg.article.start, seg.article.end) == ("Article text here.", 2, 20)
    assert [(c.text, c.start, c.end) for c in seg.comments] == [
        ("first comment", 25, 38),
        ("second", 41, 47),
    ]


def test_html_sample_comments_come_from_the_page():
    doc = one(SAMPLES / "html" / "lower-shabelle-base-attack.html")
    seg = segment(doc)
    check_offsets(doc, seg)
    assert len(seg.comments) == 6 and seg.article.end == 1395


def test_blank_line_separated_thread_gives_one_comment_per_block():
    article = (
        "Gunmen attacked a police station in the town of Bama in Borno State on Monday night, "
        "killing three officers, a police spokesman said in a statement on Tuesday.\n"
        "The spokesman said the attackers also burned two patrol vehicles before fleeing, "
        "according to residents who spoke to local media.\n"
    )
    blocks = [
        "lol the police again\nthey never learn",
        "You really think the army will come?\nI doubt it.",
        "Kemi, my uncle lives there and says it was worse than that!\nstay safe everyone",
    ]
    text = article + "\n" + "\n\n".join(blocks) + "\n"
    seg = segment(Document(doc_id="x", text=text))
    check_offsets(Document(doc_id="x", text=text), seg)
    assert [c.text for c in seg.comments] == blocks
    assert seg.article.text == article.strip()


def test_short_text_and_empty_text():
    seg = segment(Document(doc_id="e", text=""))
    assert (seg.article.text, seg.comments) == ("", [])
    seg = segment(Document(doc_id="s", text="Shelling in Taiz.\nlol\nwho cares?"))
    assert seg.comments == []  # too little article to call the rest a thread


def test_scores_have_the_expected_sign():
    cues = default_cues()
    assert cues.score("lol you have no idea what you are talking about :)") > 2
    assert cues.score("Ahmed, are you serious?") > 2
    assert (
        cues.score(
            "The ministry said on Monday that 12 people were killed, according to officials, "
            "and that the figures could not be independently verified by the agency."
        )
        < -1
    )
    assert cues.score("The report was originally published on March 3, 2019:") < 0
    assert [s > 0 for _, s in score_lines("a\nhaha yes!")] == [True, True]


def test_furniture_lines_are_in_neither_part():
    article = (
        "Rebels shelled the outskirts of Goma on Sunday, killing four civilians, local officials "
        "said. The army said it had pushed the rebels back, a claim that could not be verified.\n"
    )
    text = article + "12 Comments\nlol they always say that\nYou people believe anything!\nReply\nwtf is wrong with you\n"
    doc = Document(doc_id="f", text=text)
    seg = segment(doc)
    check_offsets(doc, seg)
    assert seg.article.text == article.strip()
    assert [c.text for c in seg.comments] == [
        "lol they always say that",
        "You people believe anything!",
        "wtf is wrong with you",
    ]


def test_cue_file_is_checked(tmp_path):
    bad = tmp_path / "cues.yaml"
    bad.write_text("version: 1\nsplit: {}\nlength: {}\ncues:\n  - {name: x, weight: 1, regex: '('}\n")
    with pytest.raises(DataFileError, match=r"cue 'x': bad regular expression"):
        load_cues(bad)
    bad.write_text("version: 1\ncues:\n  - {name: x, weight: one, words: [a]}\n")
    with pytest.raises(DataFileError, match="'weight' must be a number"):
        load_cues(bad)
    bad.write_text("version: 1\ncues:\n  - {name: x, weight: 1, words: [a], regex: b}\n")
    with pytest.raises(DataFileError, match="exactly one of"):
        load_cues(bad)
    bad.write_text("version: 2\n")
    with pytest.raises(DataFileError, match="unsupported version"):
        load_cues(bad)
    assert len(load_cues().cues) == len(default_cues().cues) > 10


@pytest.mark.shared
@pytest.mark.skipif(not SEED.exists(), reason="../shared/seed is not checked out next to the project")
def test_seed_split_before_the_thread():
    doc = one(SEED)
    seg = segment(doc)
    check_offsets(doc, seg)
    # The promo line closing the article page belongs to the article.
    assert seg.article.text.rstrip().endswith(":")
    first = doc.text.index("Give the Syrian Army a chance!")
    assert seg.comments[0].start == first
    assert seg.article.end == doc.text.rindex("\n", 0, first)
    assert len(seg.comments) == doc.text[first:].strip().count("\n") + 1
