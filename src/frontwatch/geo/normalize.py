"""Name keys for gazetteer lookup.

Three keys of decreasing strictness are stored for every name:

* ``norm``: case, diacritics, punctuation, hyphens and spacing folded
  ("Deïr ez-Zor" -> "deir ez zor").
* ``fold``: ``norm`` without Arabic article forms (al-/el-/ad-/ar-/as-/at-/az-
  ..., separate or attached, including sun-letter assimilation "Ezzor"), with
  spaces removed and common transliteration variants folded (e/a, ou/u, oo/u,
  dh/z, double letters) ("Deir Ezzor" and "Deir ez-Zor" -> "dairzur").
* ``skel``: the consonant skeleton of ``fold`` ("Dayr az Zawr", "der ez zor"
  -> "drzr"); only used as a last resort, for long skeletons.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SPECIAL = str.maketrans(
    {
        "ß": "ss",
        "æ": "ae",
        "Æ": "ae",
        "ø": "o",
        "Ø": "o",
        "ł": "l",
        "Ł": "l",
        "đ": "d",
        "Đ": "d",
        "ð": "d",
        "þ": "th",
        "ı": "i",
        "œ": "oe",
        "ʿ": "",
        "ʾ": "",
        "ʻ": "",
        "ʼ": "",
        "'": "",
        "’": "",
        "‘": "",
        "`": "",
        "´": "",
        "ə": "a",
        "&": " and ",
    }
)
_NON_ALNUM = re.compile(r"[^0-9a-z]+")
# Arabic definite article forms written as a separate word (after hyphen/space folding).
ARTICLES = frozenset(
    "al el ul il ad ed ud ar er ur as es us at et ut az ez uz an en un ash esh ush adh edh ath eth".split()
)
_ATTACHED_ASSIMILATED = re.compile(r"^[aeu]([dnrstz])\1(?=[a-z]{2})")
_ATTACHED_AL = re.compile(r"^(?:al|el)(?=[a-z]{4})")
_FINAL_H = re.compile(r"(?<=[a-z]{2})([aeiou])h$")
_DOUBLE = re.compile(r"(.)\1+")
_VOWELS = re.compile(r"[aeiouyw]+")
_FOLD_PAIRS = (("ou", "u"), ("oo", "u"), ("ee", "i"), ("dh", "z"), ("ph", "f"), ("q", "k"), ("e", "a"), ("o", "u"))


def strip_accents(text: str) -> str:
    text = text.translate(_SPECIAL)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=200_000)
def norm_key(name: str) -> str:
    """Case, diacritics, punctuation and spacing folded; '' when nothing Latin is left."""
    s = strip_accents(name).lower()
    return _NON_ALNUM.sub(" ", s).strip()


def _strip_articles(tokens: list[str]) -> list[str]:
    out: list[str] = []
    for i, tok in enumerate(tokens):
        if tok in ARTICLES and i < len(tokens) - 1:
            continue
        if i > 0 or len(tokens) == 1:
            tok = _ATTACHED_ASSIMILATED.sub(r"\1", tok)
        tok = _ATTACHED_AL.sub("", tok) if i > 0 or len(tokens) > 1 else tok
        out.append(tok)
    return out or tokens


@lru_cache(maxsize=200_000)
def fold_key(name: str) -> str:
    """Article-free, space-free, transliteration-folded key."""
    n = norm_key(name)
    if not n:
        return ""
    s = "".join(_FINAL_H.sub(r"\1", t) for t in _strip_articles(n.split()))
    for a, b in _FOLD_PAIRS:
        s = s.replace(a, b)
    return _DOUBLE.sub(r"\1", s)


@lru_cache(maxsize=200_000)
def skel_key(name: str) -> str:
    """Consonant skeleton of the fold key (first letter kept even if a vowel)."""
    f = fold_key(name)
    if not f:
        return ""
    return _DOUBLE.sub(r"\1", f[0] + _VOWELS.sub("", f[1:]))


def keys(name: str) -> tuple[str, str, str]:
    return norm_key(name), fold_key(name), skel_key(name)
