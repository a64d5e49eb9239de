"""Ingest readers: the samples, the fixtures, and every kind of bad input."""

from __future__ import annotations

import datetime
import gzip
import io
import json
import shutil
from pathlib import Path

import pytest

from frontwatch.errors import (
    BadDate,
    BinaryInput,
    EmptyInput,
    EncodingError,
    FrontwatchError,
    InputError,
    MalformedInput,
    TooLarge,
    UnsupportedInput,
)
from frontwatch.ingest import iter_documents, parse_date, read_jsonl_stream
from frontwatch.ingest.errors import MissingInput
from frontwatch.models import content_id

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "ingest"
D = datetime.date


def read(*paths, **kw):
    errors: list[FrontwatchError] = []
    docs = list(iter_documents([str(p) for p in paths], on_error=errors.append, **kw))
    return docs, errors


# -- the samples -------------------------------------------------------------


def test_samples_folder_reads_without_errors_in_sorted_order():
    docs, errors = read(SAMPLES)
    assert errors == []
    # A folder's own files first, then its subfolders, each sorted by name.
    assert [Path(d.path).relative_to(SAMPLES).as_posix() for d in docs] == [
        "reports.jsonl",
        "reports.jsonl",
        "reports.jsonl",
        "feeds/conflict-wire.rss",
        "feeds/conflict-wire.rss",
        "feeds/conflict-wire.rss",
        "html/lower-shabelle-base-attack.html",
        "reports/01_saraqib_clash.txt",
        "reports/02_maarat_airstrike.txt",
        "reports/03_baiji_ied.txt",
        "reports/04_basra_nasiriyah_protests.txt",
        "reports/05_borno_abductions.txt",
        "reports/06_taiz_shelling.txt",
        "warc/pages.warc.gz",
        "warc/pages.warc.gz",
    ]
    assert [d.kind for d in docs].count("text") == 8  # six reports, two JSON lines with text


def test_ids_are_stable_across_reads_and_content_hashes():
    first, _ = read(SAMPLES)
    second, _ = read(SAMPLES)
    assert [d.doc_id for d in first] == [d.doc_id for d in second]
    assert len({d.doc_id for d in first}) == len(first)
    for d in first:
        if d.doc_id not in ("cw-2024-0517-djibo", "cw-2024-0519-duhok"):
            assert d.doc_id == content_id(d.text)


def test_plain_text_report():
    (doc,), errors = read(SAMPLES / "reports" / "02_maarat_airstrike.txt")
    assert errors == []
    assert doc.kind == "text"
    assert doc.text.startswith("Russian air strikes hit village near Maarat al-Numan")
    assert doc.title is None and doc.published is None and doc.url is None
    assert doc.article_span is None and doc.comment_spans is None


def test_default_published_applies_only_without_a_date():
    docs, _ = read(SAMPLES / "reports.jsonl", SAMPLES / "reports", published=D(2024, 6, 1))
    assert [d.published for d in docs[:3]] == [D(2024, 5, 17), D(2024, 5, 18), D(2024, 5, 19)]
    assert {d.published for d in docs[3:]} == {D(2024, 6, 1)}


def test_html_page_article_comments_and_metadata():
    (doc,), errors = read(SAMPLES / "html" / "lower-shabelle-base-attack.html")
    assert errors == []
    assert doc.kind == "html"
    assert doc.title == "Al-Shabaab fighters attack army base in Lower Shabelle"
    assert doc.published == D(2024, 5, 12)
    assert doc.url == "https://hornfrontline.example/2024/05/12/al-shabaab-attack-awdheegle-base"
    assert doc.source == "Horn Frontline Monitor"
    start, end = doc.article_span
    article = doc.text[start:end]
    assert start == 0 and article.endswith("later this year.")
    assert "Most read" not in doc.text and "About us" not in doc.text
    assert "Leave a comment" not in doc.text and "Hodan_M" not in doc.text
    comments = [doc.text[s:e] for s, e in doc.comment_spans]
    assert len(comments) == 6
    assert comments[1] == "more than twenty lol, they always say twenty"
    assert comments[-1] == "Go cry somewhere else, the army is doing its best with nothing."
    assert all(s >= end for s, _ in doc.comment_spans)


def test_html_nested_replies_are_separate_comments_without_author_or_time():
    (doc,), errors = read(FIXTURES / "nested_replies.html")
    assert errors == []
    assert [doc.text[s:e] for s, e in doc.comment_spans] == [
        "The road has been unsafe for months.",
        "Moussa, my brother saw three burned trucks there last week.",
        "Who is paying these gunmen? Nobody asks.",
    ]
    assert doc.published == D(2024, 2, 3)
    assert doc.url == "https://sahelnotes.example/kidal-checkpoint"
    assert "3 Comments" not in doc.text


def test_rss_feed_entries():
    docs, errors = read(SAMPLES / "feeds")
    assert errors == []
    assert [d.title for d in docs] == [
        "RSF shelling kills civilians in El Fasher",
        "Junta air strike hits village in Sagaing region",
        "M23 and army clash near Sake",
    ]
    assert [d.published for d in docs] == [D(2024, 5, 14), D(2024, 5, 15), D(2024, 5, 16)]
    assert {d.source for d in docs} == {"Frontline Conflict Wire"}
    assert docs[0].url == "https://conflictwire.example/2024/05/14/el-fasher-shelling"
    assert "<p>" not in docs[0].text and docs[0].text.count("\n") == 1
    assert all(d.comment_spans == [] and d.article_span == (0, len(d.text)) for d in docs)


def test_warc_responses():
    docs, errors = read(SAMPLES / "warc" / "pages.warc.gz")
    assert errors == []
    assert [d.url for d in docs] == [
        "https://maghrebdesk.example/libya/tripoli-clashes-ain-zara",
        "https://oceanmonitor.example/mozambique/macomia-raid",
    ]
    assert [d.published for d in docs] == [D(2024, 4, 22), D(2024, 5, 13)]
    assert [len(d.comment_spans) for d in docs] == [3, 0]
    assert docs[0].title == "Armed groups clash in southern Tripoli"
    assert {d.kind for d in docs} == {"warc"}


def test_jsonl_fields_ids_and_html_lines():
    docs, errors = read(SAMPLES / "reports.jsonl")
    assert errors == []
    assert [d.doc_id for d in docs] == ["cw-2024-0517-djibo", content_id(docs[1].text), "cw-2024-0519-duhok"]
    assert docs[1].published == D(2024, 5, 18)  # from a date-time
    assert docs[2].kind == "html" and docs[2].text.startswith("Turkish drone strike")
    assert "<p>" not in docs[2].text


def test_stdin_is_json_lines(monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO('{"text": "Shelling in Taiz on Monday."}\n'))
    (doc,), errors = read("-")
    assert errors == [] and doc.text == "Shelling in Taiz on Monday." and doc.path == "-"


def test_read_jsonl_stream_bad_lines_are_reported_and_others_kept():
    lines = [
        '{"id": "a", "text": "first report"}',
        "{not json",
        '{"text": "second", "published": "last Tuesday"}',
        "[1, 2]",
        '{"title": "no body"}',
        "",
        '{"id": 7, "text": "third", "published": "2024-03-05T23:10:00+02:00"}',
        '{"text": 5}',
    ]
    errors: list[FrontwatchError] = []
    docs = list(read_jsonl_stream(io.StringIO("\n".join(lines)), source="feed.jsonl", on_error=errors.append))
    assert [(d.doc_id, d.published) for d in docs] == [("a", None), ("7", D(2024, 3, 5))]
    assert [(type(e), e.source) for e in errors] == [
        (MalformedInput, "feed.jsonl:2"),
        (BadDate, "feed.jsonl:3"),
        (MalformedInput, "feed.jsonl:4"),
        (MalformedInput, "feed.jsonl:5"),
        (MalformedInput, "feed.jsonl:8"),
    ]
    assert "'last Tuesday'" in errors[1].message


def test_parse_date():
    assert parse_date("2024-05-01", "x") == D(2024, 5, 1)
    assert parse_date("2024-05-01T23:30:00Z", "x") == D(2024, 5, 1)
    with pytest.raises(BadDate, match="'01/05/2024'"):
        parse_date("01/05/2024", "x")


# -- bad input ---------------------------------------------------------------


def one_error(path, **kw):
    docs, errors = read(path, **kw)
    assert docs == [] and len(errors) == 1, errors
    return errors[0]


def test_empty_file(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"  \n")
    assert isinstance(one_error(tmp_path / "a.txt"), EmptyInput)


def test_binary_file(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"GIF89a\x00\x01\x02")
    err = one_error(tmp_path / "a.txt")
    assert isinstance(err, BinaryInput) and "offset 6" in err.message


def test_latin1_names_byte_offset(tmp_path):
    (tmp_path / "a.txt").write_bytes("Explosion near the caf\xe9 in Aden".encode("latin-1"))
    err = one_error(tmp_path / "a.txt")
    assert isinstance(err, EncodingError) and "byte 22" in err.message
    assert str(err).startswith(f"error FW104: {tmp_path / 'a.txt'}: ")


def test_utf8_bom_and_utf16_are_accepted(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"\xef\xbb\xbfClashes in Sirte.")
    (tmp_path / "b.txt").write_bytes("Clashes in Sirte.".encode("utf-16"))
    docs, errors = read(tmp_path)
    assert errors == [] and [d.text for d in docs] == ["Clashes in Sirte.", "Clashes in Sirte."]
    assert docs[0].doc_id == docs[1].doc_id


def test_too_large(tmp_path):
    (tmp_path / "a.txt").write_text("x" * 200)
    err = one_error(tmp_path / "a.txt", max_bytes=100)
    assert isinstance(err, TooLarge) and "100 bytes" in err.message


def test_missing_and_unsupported_do_not_stop_other_inputs(tmp_path):
    (tmp_path / "a.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "b.txt").write_text("Protest in Basra.")
    docs, errors = read(tmp_path / "nope.txt", tmp_path)
    assert [d.text for d in docs] == ["Protest in Basra."]
    assert [type(e) for e in errors] == [MissingInput, UnsupportedInput]
    assert all(isinstance(e, InputError) for e in errors)


def test_default_on_error_raises(tmp_path):
    with pytest.raises(MissingInput):
        list(iter_documents([tmp_path / "nope.txt"]))


def test_directory_walk_skips_hidden_and_readme(tmp_path):
    (tmp_path / ".hidden.txt").write_text("hidden")
    (tmp_path / "README.md").write_text("# about")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("no")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "z.txt").write_text("zed")
    (tmp_path / "a.md").write_text("ay")
    docs, errors = read(tmp_path)
    assert errors == [] and [d.text for d in docs] == ["ay", "zed"]


def test_sniffing_unknown_extensions(tmp_path):
    shutil.copy(SAMPLES / "warc" / "pages.warc.gz", tmp_path / "archive.bin")
    shutil.copy(SAMPLES / "feeds" / "conflict-wire.rss", tmp_path / "feed.dat")
    (tmp_path / "lines.log").write_text(json.dumps({"text": "Raid in Kidal."}) + "\n")
    docs, errors = read(tmp_path)
    assert errors == []
    assert [d.kind for d in docs] == ["warc", "warc", "feed", "feed", "feed", "text"]


def test_truncated_warc_yields_readable_records_then_one_error(tmp_path):
    data = (SAMPLES / "warc" / "pages.warc.gz").read_bytes()
    (tmp_path / "cut.warc.gz").write_bytes(data[:-400])
    raw = gzip.decompress(data)
    (tmp_path / "cut.warc").write_bytes(raw[:-800])
    for name in ("cut.warc.gz", "cut.warc"):
        docs, errors = read(tmp_path / name)
        assert [d.url for d in docs] == ["https://maghrebdesk.example/libya/tripoli-clashes-ain-zara"]
        assert len(errors) == 1 and isinstance(errors[0], MalformedInput)
        assert "truncated" in errors[0].message and errors[0].source == str(tmp_path / name)


def test_corrupt_gzip_and_not_a_warc(tmp_path):
    (tmp_path / "a.warc.gz").write_bytes(b"\x1f\x8b" + b"junk" * 10)
    (tmp_path / "b.warc").write_text("hello, not an archive")
    docs, errors = read(tmp_path)
    assert docs == [] and [type(e) for e in errors] == [MalformedInput, MalformedInput]
    assert "not a WARC archive" in errors[1].message


def test_malformed_feed(tmp_path):
    (tmp_path / "a.rss").write_text("<rss><channel><title>Broken")
    (tmp_path / "b.xml").write_text("<?xml version='1.0'?><catalog><book/></catalog>")
    docs, errors = read(tmp_path)
    assert docs == [] and [type(e) for e in errors] == [MalformedInput, MalformedInput]
    assert "feed" in errors[0].message


def test_html_without_text(tmp_path):
    (tmp_path / "a.html").write_text("<html><body><nav><a href='/'>Home</a></nav><div></body>")
    err = one_error(tmp_path / "a.html")
    assert isinstance(err, EmptyInput) and "no article text" in err.message


def test_html_comments_from_trafilatura_when_page_has_no_comment_markup(tmp_path):
    body = " ".join(["Militia fighters clashed with police in Kirkuk on Sunday evening."] * 6)
    page = f"<html><body><article><p>{body}</p></article></body></html>"
    (tmp_path / "a.html").write_text(page)
    (doc,), errors = read(tmp_path / "a.html")
    assert errors == [] and doc.comment_spans == [] and doc.text == body
