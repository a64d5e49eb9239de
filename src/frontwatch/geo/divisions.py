"""Whether two names denote the same first-level division.

ACLED and GeoNames spell first-level divisions differently ("Deir-ez-Zor" and
"Dayr az Zawr", "Basrah" and "Al Basrah", "Kyiv City" and "Kyiv"). `same_admin1`
counts a match when

1. the two names agree once case, diacritics, punctuation, hyphens, Arabic
   articles, transliteration variants (`frontwatch.geo.normalize.fold_key`) and
   division type words ("Governorate", "Province", "Oblast", "State", "Region",
   "Province of" ...) are folded away, also with the country's own name taken out
   ("North Lebanon" and "North"); or, failing that,
2. the reference name, looked up in the gazetteer among the first-level
   divisions of the reference country only (exact, then folded, then - for
   names of 4+ skeleton letters, when exactly one division fits - skeleton key),
   or else as the capital or a division seat of the reference country (a division
   named after its seat: "Nairobi", "Baku"), denotes the division the predicted
   place lies in (its geonameid's admin1 code) or the division the predicted name
   denotes in the same country.
"""

from __future__ import annotations

from functools import lru_cache

from .gazetteer import TIER_FOLD, TIER_NORM, Candidate, Gazetteer, default_gazetteer
from .normalize import fold_key, norm_key

COUNTRY_CODES = frozenset({"PCLI", "PCLD", "PCLIX", "PCLS", "PCLF", "PCL", "TERR"})
# GeoNames codes of a country's capital and of the seats of its first-level divisions
SEAT_CODES = frozenset({"PPLC", "PPLA"})

# type words written before or after a division's name
DIVISION_TYPE_WORDS = frozenset(
    "province provinces governorate governate state region area oblast oblasti county district department "
    "departamento prefecture territory emirate wilaya wilayah wilayat vilayet velayat ostan canton voivodeship "
    "muhafazah muhafazat krai kray okrug raion rayon voblast voblasc parish division mohafazat "
    "estado provincia regione capital federal autonomous republic of the".split()
)
_KEEP_ALONE = frozenset({"capital", "federal", "autonomous", "republic"})


def _strip_type_words(name: str) -> str:
    toks = norm_key(name).split()
    kept = [t for t in toks if t not in DIVISION_TYPE_WORDS]
    if not kept:
        # "Capital" alone, "Federal Capital Territory": keep what names the division
        kept = [t for t in toks if t in _KEEP_ALONE] or toks
    return " ".join(kept)


@lru_cache(maxsize=65_536)
def _without_country(name: str, country: str) -> str:
    """`admin1_key` of a division's name without its country's name in it."""
    country_words = set(norm_key(country).split())
    kept = [t for t in norm_key(_strip_type_words(name)).split() if t not in country_words]
    return fold_key(" ".join(kept)) if kept else ""


@lru_cache(maxsize=65_536)
def admin1_key(name: str | None) -> str:
    """A first-level division's name folded for comparison ("Deir-ez-Zor Governorate",
    "Dayr az Zawr" and "Deir ez Zor" share a key; so do "Al Basrah" and "Basrah")."""
    if not name:
        return ""
    return fold_key(_strip_type_words(name)) or fold_key(name)


class Admin1Matcher:
    """`same_admin1` over one gazetteer, memoised."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gaz = gazetteer or default_gazetteer()
        self._by_cc: dict[str, list[tuple[str, str]]] = {}
        for (cc, code), name in self.gaz.admin1_names.items():
            self._by_cc.setdefault(cc, []).append((code, name))
        self._cc = lru_cache(maxsize=4096)(self._country_code)
        self._ids = lru_cache(maxsize=65_536)(self._admin1_ids)

    def _country_code(self, country: str) -> str | None:
        if not country:
            return None
        key = fold_key(country)
        for cc, name in self.gaz.country_names.items():
            if fold_key(name) == key or cc.lower() == country.strip().lower():
                return cc
        for c in self.gaz.candidates(country, False):
            if c.fcode in COUNTRY_CODES and c.cc:
                return c.cc
        return None

    def _admin1_ids(self, name: str, cc: str) -> frozenset[str]:
        """Admin1 codes of country `cc` that `name` may denote."""
        out: set[str] = set()
        key = admin1_key(name)
        if not key:
            return frozenset()
        # a division's whole name first ("Lima Province" is Metropolitan Lima, not Lima region)
        whole = fold_key(name)
        out = {code for code, aname in self._by_cc.get(cc, ()) if fold_key(aname) == whole}
        if not out:
            out = {c.admin1 for c in self.gaz.divisions(name, cc) if c.admin1 and c.tier == TIER_NORM}
        if out:
            return frozenset(out)
        for code, aname in self._by_cc.get(cc, ()):
            if admin1_key(aname) == key:
                out.add(code)
        if out:
            return frozenset(out)
        cands: list[Candidate] = []
        for text in dict.fromkeys((name, _strip_type_words(name))):
            if text:
                cands.extend(self.gaz.divisions(text, cc))
        out = {c.admin1 for c in cands if c.admin1}
        if not out:
            # a division named after its seat ("Nairobi", "Baku"): the seat's division
            for text in dict.fromkeys((name, _strip_type_words(name))):
                out.update(c.admin1 for c in self.gaz.candidates(text, False)
                           if c.cc == cc and c.fcode in SEAT_CODES and c.tier <= TIER_FOLD and c.admin1)
        return frozenset(out)

    def same_admin1(self, predicted: str | None, gold: str | None, country: str | None = None,
                    geonameid: int | None = None, predicted_cc: str | None = None) -> bool:
        """Whether `predicted` (a division name, and optionally the geonameid of the predicted
        place) denotes the first-level division `gold` of `country`."""
        if not gold or not (predicted or geonameid):
            return False
        if predicted and admin1_key(predicted) == admin1_key(gold):
            return True
        if predicted and country and _without_country(predicted, country) == _without_country(gold, country) != "":
            return True  # "North Lebanon" and "North" in Lebanon
        cc = self._cc(country) if country else None
        pred_codes: set[str] = set()
        pred_cc = predicted_cc
        if geonameid is not None:
            c = self.gaz.get(geonameid)
            if c is not None and c.cc and c.admin1:
                pred_cc = c.cc
                pred_codes.add(c.admin1)
        cc = cc or pred_cc
        if not cc or (pred_cc and pred_cc != cc):
            return False
        gold_codes = self._ids(gold, cc)
        if not gold_codes:
            return False
        if pred_codes:
            return bool(gold_codes & pred_codes)
        return bool(predicted) and bool(gold_codes & self._ids(predicted, cc))


_matcher: Admin1Matcher | None = None


def same_admin1(predicted: str | None, gold: str | None, country: str | None = None,
                geonameid: int | None = None, predicted_cc: str | None = None) -> bool:
    """`Admin1Matcher.same_admin1` over the default gazetteer."""
    global _matcher
    if _matcher is None:
        _matcher = Admin1Matcher()
    return _matcher.same_admin1(predicted, gold, country, geonameid, predicted_cc)


__all__ = ["DIVISION_TYPE_WORDS", "Admin1Matcher", "admin1_key", "same_admin1"]
