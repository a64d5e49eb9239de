"""Toponym recognition (spaCy entities plus gazetteer names spaCy misses) and resolution."""

from __future__ import annotations

import itertools
import math
import re
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..models import Event, Toponym
from ..nlp import doc_text, first_entity_label
from . import data as geodata
from .gazetteer import (
    _SUFFIX_CLASSES,
    ABBREV,
    ALIAS,
    ALTERNATE,
    DEMONYM,
    PRIMARY,
    TIER_FOLD,
    TIER_NORM,
    TIER_SKEL,
    Candidate,
    Gazetteer,
    default_gazetteer,
    haversine_km,
)
from .normalize import fold_key, norm_key

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
COUNTRY_CODES = frozenset({"PCLI", "PCLD", "PCLIX", "PCLS", "PCLF", "PCL", "TERR"})
_LEADING = re.compile(r"^(?:the|a|an)\s+", re.I)
_NUMBERED_PLACE = re.compile(r"^([A-Z][a-z]+(?:[ -][A-Z][a-z]+)*)-\d{1,2}$")
_TRAILING = re.compile(r"(?:'s|’s|')$")
_BORDER = re.compile(
    r"\b([A-Z][A-Za-z]+)\s*(?:-|–|—|/)\s*([A-Z][A-Za-z]+)\s+(border|frontier|borderlands?)\b"
)
_ARTICLE_WORDS = frozenset("al el ad ar as at az ez es ed er en ash ul un ud ur us uz".split())
_TITLE_WORD = re.compile(r"^[A-Z][a-z]+(?:[-'][A-Za-z]+)*$|^[A-Z]{2,}$")


# words after a place name that make a person-tagged span an institution ("Gainesville Police")
_INSTITUTION_WORDS = frozenset(
    "police sheriff sheriff's fire council city county town township mayor schools school elementary middle high "
    "parks park library department board court hospital college university chamber commission police's".split()
)


# single capitalised words that begin many organisation names without naming a place
_GENERIC_WORDS = frozenset(
    "university college central federal national eastern western northern southern north south east west "
    "northeast northwest southeast southwest metro metropolitan chamber white united american international "
    "state city county royal general first new old great grand union liberty independence mount saint st "
    "christian community regional global world universal standard capital pacific atlantic continental".split()
)


_DIRECTION_WORDS = frozenset(
    "north south east west northeast northwest southeast southwest northern southern eastern western "
    "central upper lower greater n s e w ne nw se sw".split()
)
# words that end (or begin) the name of a natural feature or a division: a place even when
# the gazetteer lacks it
_FEATURE_WORDS = frozenset(
    "river rivers lake lakes island islands isle valley creek bay mountain mountains mount mt range canyon "
    "peninsula strait gulf coast sea ocean desert forest hills falls harbor harbour basin plateau delta "
    "county parish township borough district province region state governorate oblast cape".split()
)
_BUILDING_WORDS = frozenset(
    "jail courthouse airport station hall center centre office church cemetery stadium marina port".split()
)


# division words written after a district's name inside a coder's parenthesis: "(Rafi LGA, Niger)"
_LIST_DIVISION_WORDS = frozenset(
    "lga district districts province state region governorate municipality subdivision commune department "
    "county prefecture territory raion rayon oblast sector circle cercle division township tehsil upazila upazilla taluk taluka".split()
)
# plural division words closing a list of names, and the word each name takes: "Caddo and Bossier parishes"
_LIST_DIVISION_NOUNS = {"counties": "County", "parishes": "Parish"}
# nouns between a place's name and a coder's parenthesis: "Nangade village (Nangade, Cabo Delgado)"
_LIST_PLACE_NOUNS = frozenset("village town city area district neighbourhood neighborhood camp locality "
                              "upazila upazilla tehsil taluk township municipality commune lga subdistrict".split())
# ... and, with "sector", the nouns a place's name is written with before its container in brackets
# or after a comma: "Uri sector (Baramulla, J&K)", "X district, Y"
_WRITTEN_WITH_NOUNS = _LIST_PLACE_NOUNS | {"sector"}
_SETTLEMENT_NOUNS = frozenset({"town", "village", "city"})
# how far from a city a place written as "Place, City" may lie and still be of the city itself
_CITY_AREA_KM = 30.0
# the part of a district a report names after the district's word: "Ghoryan district center, Herat"
_SEAT_NOUNS = frozenset({"center", "centre", "headquarters", "area", "town", "city", "village"})
# a direction written between a preposition and a name: "in northern Idleb"
_DIRECTION_ADJECTIVES = frozenset({"northern", "southern", "eastern", "western", "central", "northeastern",
                                   "northwestern", "southeastern", "southwestern", "upper", "lower"})
_VILLAGE_NOUNS = frozenset({"village", "villages", "hamlet"})
# nouns that say a name is no town's: "X village", "Shahpur sector", "Pul-e-Charkhi area"
_NOT_TOWN_NOUNS = _VILLAGE_NOUNS | {"sector", "area", "locality", "neighbourhood", "neighborhood"}


def _container_reading(cands: Iterable[Candidate]) -> bool:
    """A reading that can contain other places: a division, or a city of 50,000+."""
    return any(c.tier <= TIER_FOLD and c.kind != DEMONYM and (c.fcode in ("ADM1", "ADM2") or c.population >= 50_000)
               for c in cands)


def _paren_list_item(doc: Doc, i: int, j: int) -> bool:
    """`doc[i:j]` is an item of a parenthesised list of places written after a place, as
    event coders write the district and province: "Kakomero (Rutshuru, Nord-Kivu)",
    "Kagara (Rafi LGA, Niger)", "Famale (Dessa, Tillaberi)"."""
    n = len(doc)
    if i < 2 or j > n:
        return False
    k = j
    if k < n and doc[k].lower_ in _LIST_DIVISION_WORDS:
        k += 1
    if k >= n or doc[k].text not in (",", ")"):
        return False
    prev = doc[i - 1].text
    if prev == "(":
        open_at = i - 1
    elif prev == ",":
        open_at = -1
        for p in range(i - 2, max(-1, i - 10), -1):
            t = doc[p].text
            if t == ")":
                return False
            if t == "(":
                open_at = p
                break
        if open_at < 0:
            return False
    else:
        return False
    # the parenthesis follows a name (or a name and a place noun, or a name and its other
    # spelling in brackets: "Sambonaye [Sambonay] (Dori, Seno)")
    b = _before_bracketed(doc, open_at - 1)
    if b >= 0 and doc[b].lower_ in _LIST_PLACE_NOUNS:
        b -= 1
    return b >= 0 and (doc[b].is_title or doc[b].is_upper) and doc[b].is_alpha


def _before_bracketed(doc: Doc, b: int) -> int:
    """The token before a short bracketed aside ending at `b` ("Sambonaye [Sambonay]"), else `b`."""
    if b < 0 or doc[b].text != "]":
        return b
    for p in range(b - 1, max(-1, b - 6), -1):
        if doc[p].text == "[":
            return p - 1
    return b


def _before_paren_list(doc: Doc, i: int, j: int) -> bool:
    """`doc[i:j]` is the name a coder's parenthesised place list qualifies ("Kagara" in
    "Kagara (Rafi LGA, Niger)")."""
    n = len(doc)
    k = j
    if k < n and doc[k].lower_ in _LIST_PLACE_NOUNS:
        k += 1
    if k + 1 >= n or doc[k].text != "(" or not doc[k + 1].is_title:
        return False
    e = k + 2
    while e < n and e - k < 6 and (doc[e].is_title or doc[e].is_upper or doc[e].text == "-"):
        e += 1
    return e < n and _paren_list_item(doc, k + 1, e if doc[e].lower_ not in _LIST_DIVISION_WORDS else e)


# lowercase words inside place names: "Sao Goncalo do Amarante", "Lanao del Sur", "Bir at Tutah"
_NAME_CONNECTORS = frozenset("de del do da dos das di du des la las los le el al ad ar ash az ez ibn bin au aux sur sous sub en i e ye".split())


def _name_goes_on(doc: Doc, i: int, j: int, known: Callable[[str], bool]) -> bool:
    """`doc[i:j]` is only part of a longer name: a connector or an attached hyphen and a
    capitalised word follow ("Sao Goncalo| do Amarante", "Mayo|-Sava", "Port|-au-Prince"),
    or a capitalised word and a connector precede ("Lanao del| Sur")."""
    n = len(doc)
    if j + 1 < n:
        t, u = doc[j], doc[j + 1]
        if t.text in ("-", "–") and not doc[j - 1].whitespace_ and not t.whitespace_ and (
            u.lower_ in _NAME_CONNECTORS or u.is_title and not known(u.text)  # "Sidon-Beirut highway": two places
        ):
            return True
        if t.is_lower and t.lower_ in _NAME_CONNECTORS and (u.is_title or u.is_upper) and u.is_alpha:
            return True
    if i >= 2:
        t, u = doc[i - 1], doc[i - 2]
        if t.is_lower and t.lower_ in _NAME_CONNECTORS and u.is_title and u.is_alpha and not u.is_sent_start:
            return True
    return False


def _comma_parts(doc: Doc) -> list[Span]:
    """The document's entities, one written "X, Y" (spaCy's one organisation for "La Libertad,
    Arequipa") split at its comma into its capitalised parts: a place and its container."""
    out: list[Span] = []
    for ent in doc.ents:
        cuts = [t.i for t in ent[1:-1] if t.text == ","]
        parts = [ent]
        if cuts and ent.label_ in ("ORG", "PERSON", "GPE", "LOC", "FAC", "WORK_OF_ART", "PRODUCT"):
            bounds = [ent.start, *cuts, ent.end]
            spans = [doc[a + (a != ent.start):b] for a, b in itertools.pairwise(bounds)]
            if all(len(sp) and sp[0].is_title and sp[-1].is_title for sp in spans):
                # (a title's or a building's parts are names to be cued like an organisation's:
                # "a barangay of Catubig, Northern Samar" tagged as a work of art)
                label = ent.label_ if ent.label_ in ("ORG", "PERSON", "GPE", "LOC") else "ORG"
                parts = [type(ent)(doc, sp.start, sp.end, label=label) for sp in spans]
        out.extend(parts)
    return out


def _division_after_name(doc: Doc, i: int, j: int, cands: tuple[Candidate, ...]) -> bool:
    """`doc[i:j]` is a division's own name written after a name and a comma, closing the
    phrase ("Bindoy, Negros Oriental, as well as"): the container of an address, not a person
    ("Kosinski, Nelson said")."""
    return (i >= 2 and doc[i - 1].text == "," and doc[i - 2].is_title and doc[i - 2].ent_type_ != "PERSON"
            and (j == len(doc) or doc[j].is_punct and doc[j].text not in ("'", "’")
                 and not (j + 1 < len(doc) and doc[j + 1].is_title))  # (the address goes on: "Zaragoza, Nueva Ecija")
            and any(c.fcode in ("ADM1", "ADM2") and c.tier == TIER_NORM and c.kind == PRIMARY for c in cands))


def _big_city(c: Candidate) -> bool:
    """A city of 100,000+ under its own name (not an old or foreign one: "Pre" is an old name of Prato)."""
    return c.fclass == "P" and c.population >= 100_000 and c.tier == TIER_NORM and c.kind == PRIMARY


def _city_district(doc: Doc, m: Mention) -> bool:
    """A big city's name glued by a hyphen to its district's ("Zagreb-Gornji Grad-Medvescak"):
    the city is a place, though its name goes on."""
    j = m.tok_end
    return (0 < j < len(doc) - 1 and doc[j].text in ("-", "–") and not doc[j - 1].whitespace_
            and not doc[j].whitespace_ and doc[j + 1].is_title and any(_big_city(c) for c in m.cands))


def _numbered_way(doc: Doc, m: Mention) -> bool:
    """A one-word name before a number that only small towns bear: a numbered street, road or
    block ("Street 90", "Route 160"), not the town ("Street", Somerset). The name of a state
    or country keeps its place ("Ohio 63", "U.S. 21": roads in them)."""
    j = m.tok_end
    if m.tok_end - m.tok_start != 1 or j >= len(doc) or not doc[j - 1].whitespace_:
        return False
    if not (doc[j].is_digit and len(doc[j].text) <= 3):
        return False
    return all(c.fclass == "P" and c.population < 50_000 for c in m.cands)


_COMMON_POS = frozenset("NOUN ADJ VERB ADV ADP DET PRON AUX CCONJ SCONJ NUM PART".split())


def _after_place_preposition(doc: Doc, k: int, preps: frozenset[str]) -> bool:
    """Token `k` ends a name (of capitalised words, maybe glued with hyphens) written after a
    place preposition: "in Jurf al-Nasr" before ", Babylon"."""
    if not (doc[k].is_title or doc[k].is_upper):
        return False
    while k > 0 and (doc[k - 1].is_title or doc[k - 1].text in ("-", "–") or doc[k - 1].lower_ in _ARTICLE_WORDS):
        k -= 1
    return k > 0 and doc[k - 1].lower_ in preps


def _glued_end(doc: Doc, i: int) -> int:
    """The end of an Arabic name written as words glued with hyphens around an article
    from token `i` on ("Deir-ez-Zor", "Ras-al-Ain", "Ar-Raqqa"); `i + 1` otherwise."""
    j = i + 1
    k = i
    article = doc[i].lower_ in _ARTICLE_WORDS
    while (k + 2 < len(doc) and not doc[k].whitespace_ and doc[k + 1].text in ("-", "–") and not doc[k + 1].whitespace_
           and (doc[k + 2].is_title or doc[k + 2].lower_ in _ARTICLE_WORDS) and doc[k + 2].is_alpha):
        k += 2
        if doc[k].lower_ in _ARTICLE_WORDS:
            article = True
        elif article:
            j = k + 1
    return j


def _after_hyphen(doc: Doc, i: int) -> bool:
    """Token `i` is the name after a glued lowercase article ("Zor" of "Deir-ez-Zor", "Ain" of
    "Ras-al-Ain"; the glued name is read whole from its first word)."""
    return (i > 1 and doc[i - 1].text in ("-", "–") and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_
            and doc[i - 2].is_lower and doc[i - 2].lower_ in _ARTICLE_WORDS)


def _lone_article(tok: Token) -> bool:
    """"Al" of "Al Shabaab": an Arabic article alone is never a place ("US" in capitals is)."""
    return tok.lower_ in _ARTICLE_WORDS and not tok.is_upper


def _common_phrase(span: Span) -> bool:
    """Lowercase common words ("port area", "west coast"), not a name written in lowercase or
    transliterated ("der ez zor", "el Mina"): no article, no proper noun."""
    return len(span) > 1 and all(
        t.is_lower and t.is_alpha and t.pos_ in _COMMON_POS and t.lower_ not in _ARTICLE_WORDS for t in span
    )


def _is_big(cands: tuple[Candidate, ...], min_pop: int) -> bool:
    """An exact name of a country, first-level division or (populous) city."""
    return any(
        c.tier == TIER_NORM and c.kind in (PRIMARY, ABBREV) and c.lat is not None
        and (c.fcode in COUNTRY_CODES or c.fcode in ("ADM1", "PPLC") or c.fclass == "P" and c.population >= min_pop)
        for c in cands
    )


def _notable(cands: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """Exact-name candidates worth reading a name inside another name as a place."""
    ok = tuple(
        c for c in cands
        if c.tier == TIER_NORM and c.lat is not None and c.kind not in (ALIAS, DEMONYM)
        and (c.fclass != "P" or c.population >= 5000 or c.fcode == "PPLC")
    )
    return ok if ok else ()


@dataclass
class Mention:
    text: str
    start: int  # document offsets
    end: int
    label: str
    seg: int
    tok_start: int
    tok_end: int
    sent_start: int
    prefix: str = ""       # up to two lowercased words before
    suffix: str = ""       # the lowercased word after
    cands: tuple[Candidate, ...] = ()
    fixed: Toponym | None = None
    cue_cc: str | None = None  # a country the document's wording points to (see `document_cue`)
    modifier: bool = False  # modifies a noun that is no place: "two US drones", "Turkish warplanes"
    in_list: bool = False  # an item of a coder's place list ("(Rutshuru, Nord-Kivu)"): a division's slot
    # where the missions the document names work: (country, first-level codes) (see `operating_areas`)
    areas: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # the end of the longer name a place was read from the start of ("San Lucas" of "San Lucas
    # Tepexco, Puebla") and that name's last word: its container follows that name
    name_end: int | None = None
    name_last: str = ""


class Geoparser:
    """Finds and resolves the toponyms of a document (see `parse`)."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gaz = gazetteer if gazetteer is not None else default_gazetteer()
        self.priors = geodata.priors()
        self.areas = geodata.areas()
        self.stop = geodata.stoplist()
        self._phrases: frozenset[str] | None = None
        self._phrase_heads: frozenset[str] | None = None
        self._lock = threading.Lock()
        ctx = self.priors.context
        self._w_country = ctx["country_in_document"]
        self._w_admin = ctx["admin1_in_document"]
        self._w_container = ctx["container_pattern"]
        self._near_km = ctx["near_other_place_km"]
        self._w_near = ctx["near_other_place"]
        self._w_province = ctx["province_cue"]
        self._w_foreign = ctx["foreign_small_place"]
        self._w_div_city = ctx["division_named_after_city"]
        self._admin_abbrevs = {a.abbreviation: a.country_code for a in geodata.admin_abbreviations()}
        # US postal state codes are GeoNames' US first-level codes ("NH", "OR")
        self._us_postal = frozenset(code for cc, code in self.gaz.admin1_names if cc == "US" and len(code) == 2 and code.isalpha())
        # ... and two capitals for another country's division, read only after a town that lies in it
        # ("Salem, TN": Tamil Nadu or Tennessee; see `_postal_divisions`)
        self._other_postal: dict[str, set[tuple[str, str]]] = {}
        for a in geodata.admin_abbreviations():
            if a.country_code != "US" and a.bare:
                self._other_postal.setdefault(a.abbreviation, set()).add((a.country_code, a.code))
        us_abbr = sorted({re.escape(a.abbreviation) for a in geodata.admin_abbreviations() if a.country_code == "US"}, key=len, reverse=True)
        # US-only wording: "Walker County", "Tangipahoa Parish", "Hamilton Township", ", Ga.", "GA 30501"
        self._us_cue = re.compile(
            r"\b[A-Z][a-z]+ (?:County|Parish|Township|Borough)\b(?! (?:Council|of)\b)"
            r"|, (?:" + "|".join(us_abbr) + r")(?=[\s,;)])"
            r"|\b[A-Z]{2},? \d{5}(?:-\d{4})?\b"
            # local-news institutions and forms found only in the US: "Athens Police Department",
            # "Board of Selectmen", "Independent School District", "(R-Texas)", "Interstate 35", phones
            r"|\b[A-Z][a-z]+ Police Department\b|\b[Ss]electmen\b"
            r"|\bBoard of (?:Education|Supervisors|Aldermen|County Commissioners)\b"
            r"|\b(?:Independent )?School District\b|\bSheriff(?:'s|’s)? (?:Office|Department)\b"
            r"|\b(?:Elementary|Middle) School\b|\bmph\b|\bInterstate \d+\b"
            r"|\([RD]-[A-Z][a-z]+\.?\)|\(\d{3}\) ?\d{3}-\d{4}\b|\b\d{3}-\d{3}-\d{4}\b"
        )
        self._w_cue = ctx.get("document_cue_country", 0.0)
        self._prefixes2 = {k: v for k, v in self.areas.prefixes.items() if " " in k}
        self._missions: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        for oa in geodata.operating_areas():
            self._missions.setdefault(oa.name, []).append((oa.country_code, oa.codes))
        self._mission_re = re.compile(
            r"(?<!\w)(?:" + "|".join(re.escape(n) for n in sorted(self._missions, key=len, reverse=True)) + r")(?!\w)"
        ) if self._missions else None
        self._prefixes1 = {k: v for k, v in self.areas.prefixes.items() if " " not in k}

    def reopen(self) -> None:
        """Give a forked worker its own gazetteer connection (see `Gazetteer.reopen`)."""
        self.gaz.reopen()

    # ------------------------------------------------------------ recognition

    def _lowercase_phrases(self) -> tuple[frozenset[str], frozenset[str]]:
        """Fold keys of multi-word names of notable places, for names written in lowercase."""
        if self._phrases is None or self._phrase_heads is None:
            with self._lock:
                con = self.gaz._con
                with self.gaz._lock:
                    rows = con.execute(
                        "SELECT n.norm, n.fold FROM names n JOIN places p ON p.id = n.id "
                        "WHERE n.kind != ? AND instr(n.norm, ' ') > 0 AND p.lat IS NOT NULL AND "
                        "(p.population >= 20000 OR p.fclass IN ('A', 'L', 'H', 'S'))",
                        (DEMONYM,),
                    ).fetchall()
                self._phrases = frozenset(f for n, f in rows if len(f) >= 6)
                self._phrase_heads = frozenset(n.split(" ", 1)[0] for n, f in rows if len(f) >= 6) - self.stop
        return self._phrases, self._phrase_heads

    def _context_words(self, doc: Doc, i: int, j: int) -> tuple[str, str]:
        before = [t.lower_ for t in doc[max(0, i - 2) : i] if not t.is_punct]
        after = doc[j].lower_ if j < len(doc) else ""
        return " ".join(before), after

    def _recognise(self, doc: Doc, offset: int, seg: int, areas: frozenset[tuple[str, str]] = frozenset()) -> list[Mention]:
        gaz = self.gaz
        out: list[Mention] = []
        taken = bytearray(len(doc))
        # words of multi-word person names: the same word alone is the person, not a place
        person_tokens = {t.lower_ for e in doc.ents if e.label_ == "PERSON" and len(e) > 1 for t in e if t.is_title}
        out.extend(self._paren_lists(doc, offset, seg, taken))
        out.extend(self._road_ends(doc, offset, seg, taken))
        out.extend(self._address_chains(doc, offset, seg, taken))
        from_lists = {id(m) for m in out}  # (a coder's list says where its names end)
        for ent in _comma_parts(doc):
            label = ent.label_
            if label not in PLACE_LABELS and label not in ("NORP", "ORG", "PERSON"):
                continue
            i, j = ent.start, ent.end
            if out and any(taken[k] in (1, 3) for k in range(i, j)):
                continue
            while i < j and doc[i].lower_ in ("the", "a", "an"):
                i += 1
            while j > i and (doc[j - 1].is_punct or doc[j - 1].lower_ in ("'s", "’s", "'")):
                j -= 1
            # "US-led", "Iranian-backed": the place is the part before a lowercase hyphenated tail
            for k in range(i + 1, j - 1):
                if doc[k].text in ("-", "–") and doc[k + 1].is_lower and doc[k + 1].lower_ not in _ARTICLE_WORDS:
                    j = k  # ("Deir-ez-Zor", "Ras-al-Ain": an article is part of the name)
                    break
            if i >= j or j - i == 1 and _lone_article(doc[i]):
                continue  # "Al" of "Al Shabaab": an article, never a place
            if j - i == 1 and doc[i].is_lower and doc[i].is_alpha:
                continue  # "meth", "metro", "eastern": a lowercase word is no name
            if _common_phrase(doc[i:j]):
                continue  # "the west coast", "the northern border": common words, no name
            if j < len(doc) and doc[j].lower_ in ("dollar", "dollars") and j - i == 1:
                continue  # "the US dollar exchange rate": a currency
            if (j - i == 1 and doc[i].is_upper and len(doc[i]) >= 3 and _cited_source(doc, i)
                    and not any(c.fcode in COUNTRY_CODES for c in gaz.candidates(doc[i].text, False))):
                continue  # "according to SANA": a news agency, not Sanaa (but "the UAE said")
            # spaCy often stops before a transliterated tail: "Deir| ez-Zor", "Ras| al-Ain"
            if j < len(doc) and label != "NORP" and not doc[j - 1].whitespace_ == "" or j < len(doc) and doc[j].text in ("-", "–"):
                for k in range(min(len(doc), j + 3), j, -1):
                    tail = doc[j:k]
                    if any(t.is_punct and t.text not in ("-", "–") for t in tail) or tail[-1].text in ("-", "–"):
                        continue
                    if any(t.is_lower and t.lower_ not in _ARTICLE_WORDS for t in tail):
                        continue  # "US-led", "Saudi-backed": an English word, not a name's tail
                    if not (tail[0].lower_ in _ARTICLE_WORDS or tail[0].text in ("-", "–") or doc[j - 1].whitespace_ == ""):
                        break
                    ext = gaz.candidates(doc[i:k].text, False)
                    if ext:
                        j = k
                        break
            if label in ("GPE", "LOC") and j < len(doc) and doc[j - 1].whitespace_:
                # a name spaCy cut in two ("Baja| California", "Boa| Vista"): the longer exact name wins
                for k in range(min(len(doc), j + 3), j, -1):
                    # (also over a lowercase connector: "Foz| do Iguacu")
                    if all(t.is_title and t.is_alpha or t.i < k - 1 and t.is_lower and t.lower_ in _NAME_CONNECTORS
                           for t in doc[j:k]) and any(
                        c.tier == TIER_NORM and c.kind != DEMONYM and c.lat is not None for c in gaz.candidates(doc[i:k].text, False)
                    ):
                        j = k
                        break
            if label != "NORP" and not any(taken[i:j]) and (site := self._feature_tail(doc, i, j)) is not None:
                out.append(self._mention(doc, i, site[0], offset, seg, "GPE", site[1]))
                for k in range(i, site[0]):
                    taken[k] = 1
                continue
            span = doc[i:j]
            text = span.text
            cands = gaz.candidates(text)
            if label == "NORP":
                if text.endswith("s") and any(c.kind == DEMONYM for c in gaz.candidates(text[:-1], False)):
                    continue  # "Mexicans", "Canadians": people, not the country
                if not any(c.kind == DEMONYM or (c.fcode in COUNTRY_CODES and c.tier == TIER_NORM) for c in cands):
                    # "in Zamora, Michoacan": spaCy's people-name for a first-level division after a comma
                    divs = tuple(c for c in cands if c.fcode == "ADM1" and c.tier <= TIER_FOLD and c.kind in (PRIMARY, ALTERNATE))
                    # "residents of Jasim town": spaCy's people-name for a town named with its noun
                    towns = tuple(c for c in cands if c.fclass == "P" and c.tier == TIER_NORM and c.lat is not None)
                    if divs and i >= 2 and doc[i - 1].text == "," and taken[i - 2]:
                        label, cands = "GPE", divs
                    elif towns and j < len(doc) and (doc[j].lower_ in _SETTLEMENT_NOUNS or doc[j].lower_ in _LIST_PLACE_NOUNS
                                                     and i > 0 and doc[i - 1].lower_ in self.areas.name_prepositions):
                        label, cands = "GPE", towns  # (also "gunmen in Ghoryan district center")
                    elif (towns and i > 1 and doc[i - 1].lower_ == "and" and taken[i - 2] == 1
                          and not (j < len(doc) and (doc[j].lower_ in _PLURAL_DIVISIONS or doc[j].lower_ in self.areas.suffixes))):
                        label, cands = "GPE", towns  # "between Balad Ruz and Mandali": the second town
                    else:
                        continue
                else:
                    cands = tuple(c for c in cands if c.kind == DEMONYM or c.fcode in COUNTRY_CODES) or cands
            elif label == "FAC" and j - i >= 2 and doc[i].lower_ in _CAMP_WORDS and not any(taken[i:j]) and (
                    named := tuple(c for c in gaz.candidates(doc[i + 1:j].text, False) if c.lat is not None
                                   and c.tier == TIER_NORM and c.kind != DEMONYM and (c.fclass == "P" or c.fcode == "MILB"))):
                # "Camp Taji", "Fort Hood": a base named after the town it stands by
                out.append(self._mention(doc, i + 1, j, offset, seg, "GPE", named))
                for t in range(i + 1, j):
                    taken[t] = 1
                continue
            elif (label == "FAC" or label in PLACE_LABELS and doc[j - 1].lower_ in _FACILITY_WORDS) and not cands:
                # "Donetsk Airport": a facility the gazetteer lacks, named after a place it has
                # (the place is the mention, as "Henderson County" in "Henderson County Jail";
                # an airport's town also by another spelling: "Qamishli airport")
                airport = doc[j - 1].lower_ in _FACILITY_WORDS
                if j - i >= 2 and doc[j - 1].lower_ in _BUILDING_WORDS | _FACILITY_WORDS and not any(taken[i:j]):
                    for k in (j - 1, j - 2):  # "Donetsk Airport", "Donetsk Filtration Station"
                        named_after = tuple(
                            c for c in gaz.candidates(doc[i:k].text, False) if k > i
                            and c.lat is not None and (c.tier == TIER_NORM or airport and c.tier <= TIER_FOLD)
                            and c.kind != DEMONYM
                            and (c.population >= 100_000 or c.fcode in ("ADM1", "ADM2") or c.fcode in COUNTRY_CODES))
                        if named_after:
                            out.append(self._mention(doc, i, k, offset, seg, "GPE", named_after))
                            for t in range(i, k):
                                taken[t] = 1
                            break
                continue
            elif label in ("ORG", "PERSON"):
                prev = doc[i - 1].lower_ if i > 0 else ""
                prev2 = doc[i - 2].lower_ if i > 1 else ""
                nxt = doc[j].lower_ if j < len(doc) else ""
                locp = self.areas.name_prepositions
                listed = _paren_list_item(doc, i, j) or _before_paren_list(doc, i, j)
                root = doc[i:j].root
                struck = root.dep_ == "dobj" and root.head.lemma_.lower() in self.areas.place_object_verbs
                # the container of an address ("in Zirgan countryside, Al-Hasakeh", "on Kafr Oweid,
                # Idleb", "in Jabal al-Zawiya, Idleb"): after a comma that follows a place noun, a place
                # name or a name written after a place preposition, a division or a city of 50,000+
                # (also "in Jubata al-Khashab, northern Quneitra")
                k = i - 1 if prev in _DIRECTION_ADJECTIVES and prev2 == "," else i
                container = doc[k - 1].text == "," and k > 1 and (
                    doc[k - 2].lower_ in self.areas.suffixes or doc[k - 2].lower_ in _LIST_PLACE_NOUNS or doc[k - 2].lower_ in _PLURAL_DIVISIONS
                    or doc[k - 2].ent_type_ in ("GPE", "LOC") or doc[k - 2].ent_type_ not in ("DATE", "TIME") and _after_place_preposition(doc, k - 2, locp)) and _container_reading(cands)
                closing = _division_after_name(doc, i, j, cands)
                cued = (prev in locp or prev in ("from", "of") or (prev in ("the", *_DIRECTION_ADJECTIVES) and prev2 in locp)
                        or nxt in self.areas.suffixes or (prev in ("and", "or", ",") and i > 1 and taken[i - 2] == 1)
                        or self._owned_area(doc, i, j, taken)
                        or listed or struck or container or self._in_container(doc, j) or closing
                        or _road_between(doc, i) or _facility_after(doc, j) or _place_apposition(doc, j))
                if closing and taken[i - 2] != 1:
                    # after a name the gazetteer lacks ("in Paucarpata, Arequipa,"): the division
                    cands = tuple(c for c in cands if c.fcode in ("ADM1", "ADM2") and c.tier == TIER_NORM)
                max_tier = TIER_FOLD if j - i > 1 or _facility_after(doc, j) else TIER_NORM
                min_pop = 0 if listed else 500 if j - i > 1 else 1000  # (a person's one word is a village's name more often)
                # a village GeoNames gives no population ("Maaret al-Numan") passes the floor as the
                # object of "shelled" or under a name of several words, not as one word ("from Clinton")
                # ... or after its place noun: "through the town of Hasbaya", "the village of Kansafra"
                unknown_ok = struck or j - i > 1 or prev == "of" and prev2 in _LIST_PLACE_NOUNS
                if not cued or not any(
                    c.tier <= max_tier and (c.population >= min_pop or c.population == 0 and unknown_ok or c.fclass != "P")
                    and c.kind != DEMONYM for c in cands
                ):
                    if label == "ORG" and _is_big(cands, 50_000) and not (j - i == 1 and doc[i].lower_ in person_tokens):
                        label = "GPE"  # "EU", "Liverpool": an organisation named exactly as a big place
                    elif label == "PERSON" and _is_big(cands, 10**9) and not any(doc[k].lower_ in person_tokens for k in range(i, j)):
                        label = "GPE"  # "Tamil Nadu", "Azerbaijan" taken for a person
                    else:
                        inner = self._inner_place(doc, i, j, label, person_tokens)
                        if inner is not None:
                            a, b, icands = inner
                            out.append(self._mention(doc, a, b, offset, seg, "GPE", icands))
                            for k in range(a, b):
                                taken[k] = 1
                        for k in range(ent.start, ent.end):
                            taken[k] = taken[k] or 2
                        continue
                else:
                    label = "GPE"
            elif label in ("GPE", "LOC") and j - i == 1 and doc[i].lower_ in person_tokens and not _is_big(cands, 100_000):
                prev = doc[i - 1].lower_ if i > 0 else ""
                if prev not in self.areas.name_prepositions:
                    for k in range(i, j):
                        taken[k] = 2
                    continue  # "Yulia" where the document names "Yulia Skripal"
            if not cands and label in ("GPE", "LOC"):
                unknown = self._unknown_name(doc, i, j)
                if unknown is None:
                    # no gazetteer entry and nothing that reads as a place: a person, a firm,
                    # a street; left out (it could never be placed anyway)
                    for k in range(i, j):
                        taken[k] = taken[k] or 2
                    continue
                cands = unknown
            if label != "NORP":
                cands = tuple(c for c in cands if c.kind != DEMONYM) or cands
            pre, suf = self._context_words(doc, i, j)
            out.append(Mention(text, span.start_char + offset, span.end_char + offset, label, seg, i, j, span.sent.start if doc.has_annotation("SENT_START") else 0, pre, suf, cands))
            for k in range(i, j):
                taken[k] = 1
        out.extend(self._division_list(doc, offset, seg, taken))
        out.extend(self._postal_divisions(doc, offset, seg, taken))
        out.extend(self._recognise_extra(doc, offset, seg, taken, areas))
        out.extend(self._propagate(doc, offset, seg, taken, out, person_tokens))
        def known(text: str) -> bool:
            return bool(_notable(gaz.candidates(text, False)))

        return [m for m in out if m.fixed is not None or id(m) in from_lists or _city_district(doc, m)
                or not (_name_goes_on(doc, m.tok_start, m.tok_end, known) or _numbered_way(doc, m))]

    def _owned_area(self, doc: Doc, i: int, j: int, taken: bytearray) -> bool:
        """`doc[i:j]` follows a place's possessive and comes before an area word: "Zamfara's Anka local
        government area", "Nairobi's Eastleigh neighbourhood" (a name written after an owner alone,
        "Nigeria's Buhari", is no place for that)."""
        if not (i >= 2 and taken[i - 2] == 1 and j < len(doc) and _possessive(doc[i - 1].lower_, doc[i - 2].lower_)):
            return False
        nxt = doc[j].lower_
        return (nxt in self.areas.suffixes or nxt in _WRITTEN_WITH_NOUNS or nxt in self.areas.province_words
                or " ".join(t.lower_ for t in doc[j:j + 3]) in ("local government area", "local government areas"))

    def _in_container(self, doc: Doc, j: int) -> bool:
        """A region of a division or a city of 50,000+ follows as the container of what ends
        at `j`: "Kafr Nabudah in the northern Hama countryside", "Manbij in eastern Aleppo"
        (not "Smith in Akron": a person is often named with the city they are in)."""
        k = j
        if k >= len(doc) or doc[k].lower_ != "in":
            return False
        k += 1
        if k < len(doc) and doc[k].lower_ == "the":
            k += 1
        start = k
        while k < len(doc) and (doc[k].text in ("-", "–") or doc[k].is_lower and (
                doc[k].lower_ in _DIRECTION_WORDS or doc[k].lower_.replace("-", "") in _DIRECTION_ADJECTIVES)):
            k += 1  # ("South Charleston" is a name, "southern Aleppo" a region)
        for e in range(min(len(doc), k + 3), k, -1):
            if not all(t.is_title or t.text in ("-", "–") for t in doc[k:e]):
                continue
            if not (k > start or e < len(doc) and doc[e].lower_ in self.areas.suffixes):
                continue
            if _container_reading(self.gaz.candidates(doc[k:e].text, False)):
                return True
        return False

    def _road_ends(self, doc: Doc, offset: int, seg: int, taken: bytearray) -> list[Mention]:
        """The two towns a road is named after: "the Idleb-Binnish road", "the Baghdad-Kirkuk
        highway" (spaCy often takes the whole for a facility). Both must be places the
        gazetteer knows by that exact name."""
        out: list[Mention] = []
        for k in range(1, len(doc) - 2):
            if not (doc[k].text in ("-", "–") and doc[k + 2].lower_ in _ROAD_NOUNS):
                continue
            a, b = doc[k - 1], doc[k + 1]
            if not (a.is_title and b.is_title and a.is_alpha and b.is_alpha) or a.whitespace_ or doc[k].whitespace_:
                continue
            # the first end may itself be hyphenated: "the Deir-ez-Zor-Palmyra highway"
            s0 = k - 1
            while s0 > 0 and not doc[s0 - 1].whitespace_ and (doc[s0 - 1].text in ("-", "–") or doc[s0 - 1].is_alpha):
                s0 -= 1
            first = next(((s, k) for s in range(s0, k - 1) if doc[s].is_title and doc[s].is_alpha
                          and self._road_end(doc[s:k].text)), (k - 1, k))
            ends = []
            for x, y in (first, (k + 1, k + 2)):
                cands = self._road_end(doc[x:y].text)
                if not cands or any(taken[x:y]):
                    break
                ends.append((x, y, cands))
            else:
                for x, y, cands in ends:
                    out.append(self._mention(doc, x, y, offset, seg, "GPE", cands))
                    for i in range(x, y):
                        taken[i] = 1
        return out

    def _road_end(self, text: str) -> tuple[Candidate, ...]:
        """The towns and first-level divisions exactly named `text` (a road's end)."""
        return tuple(c for c in self.gaz.candidates(text, False) if c.tier == TIER_NORM
                     and c.kind != DEMONYM and c.lat is not None and (c.fclass == "P" or c.fcode == "ADM1"))

    def _paren_lists(self, doc: Doc, offset: int, seg: int, taken: bytearray) -> list[Mention]:
        """Event coders' place lists: "Kakomero (Rutshuru, Nord-Kivu)", "Kagara (Rafi LGA,
        Niger)", "Gedaref (Gedaref state)". Every item of a parenthesis written right after a
        name is a place, and so is the name; they are read within the countries the last
        item (the widest container) may lie in, so a district is never a namesake abroad."""
        out: list[Mention] = []
        n = len(doc)
        if "(" not in doc_text(doc):
            return out
        for o in range(1, n):
            if doc[o].text != "(":
                continue
            b = _before_bracketed(doc, o - 1)
            if b < 0:
                continue
            headless = False
            if doc[b].lower_ in _LIST_PLACE_NOUNS and b > 0 and not (
                    doc[b].is_title and _notable(self.gaz.candidates(doc[b - 1:b + 1].text, False))):
                # ("Hodeidah port city (...)", but "Panama City (...)" is the city's own name)
                b -= 1
                if doc[b].is_lower and doc[b].is_alpha and b > 0 and doc[b - 1].is_title:
                    b -= 1  # "Hodeidah port city (...)", "Kolofata border town (...)"
                headless = not (doc[b].is_title and doc[b].is_alpha)
            elif doc[b].is_lower and doc[b].is_alpha and doc[b].pos_ == "NOUN":
                headless = True  # "on the X front (District, Province)", "at the junction (...)"
            elif not (doc[b].is_title and doc[b].is_alpha):
                continue
            items: list[tuple[int, int, int]] = []  # (start, end of the name, end with a division word)
            k = o + 1
            a = k
            ok = False
            while k < n and k - o <= 14:
                t = doc[k]
                if t.text in (",", ")"):
                    e = k
                    if e > a and doc[e - 1].lower_ in _LIST_DIVISION_WORDS:
                        e -= 1
                    if e <= a:
                        break
                    items.append((a, e, k))
                    a = k + 1
                    if t.text == ")":
                        ok = True
                        break
                elif not ((t.is_title or t.is_upper) and t.is_alpha or t.text in ("-", "'", "’")
                          or t.lower_ in _ARTICLE_WORDS or t.lower_ in _LIST_DIVISION_WORDS):
                    break
                k += 1
            if not ok or not items or len(items) > 4:
                continue
            found: list[tuple[int, int, tuple[Candidate, ...]]] = []
            for a, e, ed in items:
                cands: tuple[Candidate, ...] = ()
                if ed > e:
                    cands = self.gaz.candidates(doc[a:ed].text, False)
                cands = cands or self.gaz.candidates(doc[a:e].text, False)
                cands = tuple(c for c in cands if c.kind != DEMONYM and c.lat is not None)
                if cands:
                    found.append((a, ed if ed > e else e, cands))
            if not found:
                continue
            last = found[-1][2]
            ccs = {c.cc for c in last if c.cc and (c.fclass == "A" or c.fcode in COUNTRY_CODES)}
            if headless and (not ccs or found[-1][0] != items[-1][0]):
                continue  # after a common noun, only a list closed by a division or country
            a = b
            while a > 0 and b - a < 3 and (doc[a - 1].is_title and doc[a - 1].is_alpha or doc[a - 1].text == "-"):
                a -= 1
            if doc[a].text == "-":
                a += 1
            # a name with a lowercase connector ("Capilla del Monte (Cordoba)"), when the gazetteer
            # knows it whole
            w = a
            while w > 1 and b - w < 5 and doc[w - 1].lower_ in _NAME_CONNECTORS and doc[w - 1].is_lower and (
                    doc[w - 2].is_title and doc[w - 2].is_alpha):
                w -= 2
                while w > 0 and b - w < 5 and doc[w - 1].is_title and doc[w - 1].is_alpha:
                    w -= 1
            if w < a and not headless and self.gaz.candidates(doc[w:b + 1].text, False):
                a = w
            before = [(a, b + 1, self.gaz.candidates(doc[a : b + 1].text, False))] if doc[a:b + 1].text.lower() not in self.stop and not headless else []
            if before and not before[0][2]:
                # "Mogadishu-Hamar Weyne (...)": a city and its district joined by a hyphen; the
                # district when the gazetteer knows it, else the city
                hy = [h for h in range(a + 1, b) if doc[h].text in ("-", "–")]
                if hy:
                    for x, y in ((hy[-1] + 1, b + 1), (a, hy[0])):
                        pc = self.gaz.candidates(doc[x:y].text, False) if y > x else ()
                        if pc and (not ccs or any(c.cc in ccs for c in pc)):
                            before = [(x, y, pc)]
                            for k in range(a, b + 1):
                                if not x <= k < y:
                                    taken[k] = 3
                            break
            # the countries most names of the list have a reading in (each name counted once), within
            # those of the widest container when it has some there: an ambiguous province name
            # ("Central", "Western") does not carry the list abroad
            per_cc: Counter[str] = Counter()
            listed_all = before + found
            for n_item, (_x, _y, cands) in enumerate(listed_all):
                for cc in {c.cc for c in cands if c.cc and c.lat is not None and c.kind != DEMONYM and c.tier == TIER_NORM
                           and (n_item < len(listed_all) - 1 or c.fclass == "A" or c.fcode in COUNTRY_CODES)}:
                    per_cc[cc] += 1
            top_n = max(per_cc.values(), default=0)
            if top_n >= 2:
                joint = {cc for cc, v in per_cc.items() if v == top_n}
                ccs = (joint & ccs) or joint
            elif before and ccs and not any(c.cc in ccs for c in before[0][2]) and any(
                c.tier == TIER_NORM and c.kind == PRIMARY and c.fclass == "P" and (c.fcode == "PPLC" or c.population >= 100_000)
                for c in before[0][2]
            ):
                ccs = set()  # a capital or a city of 100,000+ before a province name it has no reading in
            for n_item, (x, y, cands) in enumerate(before + found):
                if any(taken[k] for k in range(x, y)):
                    continue
                if ccs:
                    cands = tuple(c for c in cands if c.cc in ccs)
                cands = tuple(c for c in cands if c.kind != DEMONYM and c.lat is not None)
                if not cands:
                    if ccs:
                        for k in range(x, y):
                            taken[k] = 3  # a place of the list with no reading there: no namesake abroad
                    continue
                out.append(self._mention(doc, x, y, offset, seg, "GPE", cands))
                out[-1].in_list = n_item >= len(before)
                for k in range(x, y):
                    taken[k] = 1
            if ccs:
                # a name of the list with no reading at all ("Mayo-Sava") is claimed by the list too:
                # no part of it is a namesake abroad
                for x, _e, y in items:
                    if not any(taken[k] for k in range(x, y)):
                        for k in range(x, y):
                            taken[k] = 3
        return out

    def _address_chains(self, doc: Doc, offset: int, seg: int, taken: bytearray) -> list[Mention]:
        """Addresses written out with commas: "in Vertente do Lerio, Pernambuco", "Hulu Rening,
        Batang Kali, Selangor", "El Tambo municipality, Cauca department". The last name is a
        division (or a country); a name before it is a place when the gazetteer has a reading of
        it inside that division. Foreign names the language model misses or takes for people are
        then found; only readings inside the division are kept."""
        out: list[Mention] = []
        n = len(doc)
        if "," not in doc_text(doc):
            return out

        def chunk_start(e: int) -> int:
            """Where a name ending just before `e` starts (`e` if none): title words, joined by
            hyphens or lowercase connectors, and an optional division word after them."""
            k = e
            if k > 0 and doc[k - 1].lower_ in _LIST_DIVISION_WORDS and doc[k - 1].is_lower:
                k -= 1
            a = k
            while a > 0 and k - a < 6:
                t = doc[a - 1]
                if (t.is_title or t.is_upper and len(t) > 1) and t.is_alpha:
                    a -= 1
                elif t.text in ("-", "'", "’") and a < k and a > 1 and doc[a - 2].is_alpha:
                    a -= 1
                elif t.is_lower and t.lower_ in _NAME_CONNECTORS and a < k and a > 1 and doc[a - 2].is_title:
                    a -= 1
                else:
                    break
            while a < k and not doc[a].is_title:
                a += 1  # a name starts with a capital
            return a if a < k else e

        j = 0
        while j < n:
            # the end of a chain: a name after a comma, followed by no further ", Name"
            e = j + 1
            nxt = doc[e] if e < n else None
            if not (doc[j].is_alpha and doc[j].is_title or doc[j].is_lower and doc[j].lower_ in _LIST_DIVISION_WORDS) or (
                    nxt is not None and (nxt.is_title and nxt.is_alpha or nxt.lower_ in _LIST_DIVISION_WORDS
                                         or nxt.text in ("-", "'", "’")
                                         or nxt.lower_ in _NAME_CONNECTORS and e + 1 < n and doc[e + 1].is_title
                                         or nxt.lower_ in ("and", "or", "&", ",") and e + 1 < n and doc[e + 1].is_title)):
                j += 1
                continue  # ("Rio| de Janeiro": the name goes on; "Cleveland, Columbus, Dayton and ...": a list)
            j += 1
            a = chunk_start(e)
            if a == e or a < 2 or doc[a - 1].text != "," or taken[a:e].count(0) != e - a:
                continue
            # the division: a first-level division or a country by its own name, or a second-level
            # division written with its division word ("Maturin municipality")
            # ("Macarthur, Monreal, Masbate": also a second-level division closing three names)
            three = a >= 4 and doc[a - 1].text == "," and (b2 := chunk_start(a - 1)) < a - 1 and b2 >= 2 and doc[b2 - 1].text == ","
            worded = doc[e - 1].lower_ in _LIST_DIVISION_WORDS and e - 1 > a
            divs: tuple[Candidate, ...] = ()
            for de in ([e - 1, e] if worded else [e]):  # the name alone, its division word after it
                divs = tuple(
                    c for c in self.gaz.candidates(doc[a:de].text, False) if c.lat is not None and c.tier == TIER_NORM
                    and (c.kind in (PRIMARY, ALTERNATE) and (c.fcode == "ADM1" or c.fcode in COUNTRY_CODES and not worded)
                         or c.fcode == "ADM2" and (worded or three and c.kind == PRIMARY)))
                if divs:
                    break
            if not divs:
                continue
            within = {(c.cc, c.admin1 if c.fcode in ("ADM1", "ADM2") else None) for c in divs}
            div_ids = {c.id for c in divs}
            items: list[tuple[int, int, tuple[Candidate, ...]]] = []
            right = a - 1  # the comma before the division
            while right >= 2 and len(items) < 3:
                b = chunk_start(right)
                if b == right or taken[b:right].count(0) != right - b:
                    break
                # the bare name first ("Sain Alto municipality": the town), then with its division word
                ends = [right - 1, right] if doc[right - 1].lower_ in _LIST_DIVISION_WORDS and right - 1 > b else [right]
                inside: tuple[Candidate, ...] = ()
                for end in ends:
                    inside = tuple(
                        c for c in self.gaz.candidates(doc[b:end].text, False) if c.kind != DEMONYM and c.lat is not None
                        and c.tier <= TIER_FOLD and c.fcode not in COUNTRY_CODES and c.id not in div_ids
                        and ((c.cc, c.admin1) in within or (c.cc, None) in within))
                    if inside:
                        break
                if not inside:
                    break
                items.append((b, end, inside))
                if b < 2 or doc[b - 1].text != ",":
                    break
                right = b - 1
            if not items:
                continue
            # the address follows a place preposition ("in", "near the"), or a place noun and a
            # comma ("in the Cano Raya community, Tibu, ..."): not a list of names or a byline
            b = items[-1][0]
            for _ in range(2):  # (over names the gazetteer lacks: "at a camp in Hulu Rening, Batang Kali, Selangor")
                if b >= 2 and doc[b - 1].text == "," and (b2 := chunk_start(b - 1)) < b - 1:
                    b = b2
            p = b - 1
            while p > 0 and (doc[p].lower_ in ("the", "a") or doc[p].lower_ in _DIRECTION_ADJECTIVES):
                p -= 1
            if not (p >= 0 and doc[p].lower_ in self.areas.name_prepositions and p < b
                    or b >= 2 and doc[b - 1].text == "," and (doc[b - 2].lower_ in _WRITTEN_WITH_NOUNS or doc[b - 2].lower_ == "community")):
                continue
            keep = {(c.cc, c.admin1) for _b, _r, cs in items for c in cs}
            divs = tuple(c for c in divs if (c.cc, c.admin1) in keep or c.fcode in COUNTRY_CODES and any(c.cc == k[0] for k in keep))
            for b, r, cs in [*reversed(items), (a, de, divs)]:
                if cs:
                    out.append(self._claim(doc, b, r, offset, seg, cs, taken))
        return out

    def _postal_divisions(self, doc: Doc, offset: int, seg: int, taken: bytearray) -> list[Mention]:
        """US postal state codes after a place's name and a comma: "Hanover, NH", "Salem, OR".
        Only two capitals alone (not the start of a line of capitals), right after "Name,"."""
        out: list[Mention] = []
        n = len(doc)
        for k in range(2, n):
            tok = doc[k]
            if len(tok.text) != 2 or taken[k] == 1 or (
                    tok.text not in self._us_postal and tok.text not in self._other_postal):
                continue
            if doc[k - 1].text != "," or not (doc[k - 2].is_title and doc[k - 2].is_alpha):
                continue
            if k + 1 < n and doc[k + 1].is_alpha and doc[k + 1].is_upper:
                continue  # "ROCHESTER, NY POLICE": a line of capitals
            a = k - 2
            while a > 0 and k - 2 - a < 3 and doc[a - 1].is_title and doc[a - 1].is_alpha:
                a -= 1
            # (the names before the comma are looked up only where a reading needs them)
            towns = [c for b in range(a, k - 1) for c in self.gaz.candidates(doc[b:k - 1].text, False)] if (
                tok.text in self._other_postal or taken[k - 2] != 1) else []
            # "Salem, TN" of a note on India, "(Bengaluru, KN)": a state of another country whose
            # letters these are, where the town before lies in it
            division = next(((cc, code) for cc, code in sorted(self._other_postal.get(tok.text, ()))
                             if any((t.cc, t.admin1) == (cc, code) for t in towns)), None)
            if division is None:
                # the name before the comma is a US place ("Yes, OK" is no town in Oklahoma)
                if tok.text not in self._us_postal or taken[k - 2] != 1 and not any(t.cc == "US" for t in towns):
                    continue
                division = ("US", tok.text)
            c = self.gaz.admin1_place(*division)
            if c is None or c.lat is None:
                continue
            out.append(self._mention(doc, k, k + 1, offset, seg, "GPE", (c,)))
            taken[k] = 1
        return out

    def _division_list(self, doc: Doc, offset: int, seg: int, taken: bytearray) -> list[Mention]:
        """The names of a list closed by a plural division word: "Barrow, Walton and Oconee
        counties", "Caddo and Bossier parishes". Each is read as a division of that kind
        (`X County`, `X Parish`); names already taken as places are left as they are."""
        out: list[Mention] = []
        for k, tok in enumerate(doc):
            word = _LIST_DIVISION_NOUNS.get(tok.lower_)
            if word is None or k == 0 or not doc[k - 1].is_title:
                continue
            items: list[tuple[int, int]] = []
            e = k
            while e > 0:
                b = e
                while b > 0 and e - b < 3 and doc[b - 1].is_title and doc[b - 1].is_alpha:
                    b -= 1
                if b == e:
                    break
                items.append((b, e))
                sep = b - 1
                if sep >= 0 and doc[sep].lower_ in ("and", "or"):
                    sep -= 1 if sep > 0 and doc[sep - 1].text == "," else 0
                elif not (sep >= 0 and doc[sep].text == ","):
                    break
                e = sep
            for b, e in items:
                if any(taken[x] == 1 for x in range(b, e)):
                    continue
                name = doc[b:e].text
                cands = tuple(c for c in self.gaz.candidates(f"{name} {word}", False) if c.fcode == "ADM2" and c.lat is not None)
                if cands:
                    out.append(self._claim(doc, b, e, offset, seg, cands, taken))
        return out

    def _unknown_name(self, doc: Doc, i: int, j: int) -> tuple[Candidate, ...] | None:
        """A GPE/LOC name the gazetteer lacks: the place after a direction word ("North Texas",
        "South Philadelphia"), the place leading an institution's name ("Henderson County
        Jail"), no candidate for a name ending in a natural-feature or division word
        ("Catawba River", "Hamilton Township"); None for anything else."""
        words = [t.lower_ for t in doc[i:j]]
        if len(words) >= 2 and words[0].rstrip(".") in _DIRECTION_WORDS:
            a = i + 1
            cands = _notable(self.gaz.candidates(doc[a:j].text, False))
            if cands:
                return cands
        if len(words) >= 2 and words[-1] in _INSTITUTION_WORDS | _BUILDING_WORDS:
            for k in range(j - 1, i, -1):
                cands = _notable(self.gaz.candidates(doc[i:k].text, False))
                if cands:
                    return cands
        if len(words) >= 2 and (words[-1] in _FEATURE_WORDS or words[0] in _FEATURE_WORDS):
            return ()
        numbered = self._numbered_town(doc[i:j].text)
        if numbered:
            return numbered
        for k in range(i + 1, j - 1):
            if doc[k].text in ("-", "–") and not doc[k - 1].whitespace_ and not doc[k].whitespace_:
                # "Belgrade-Vracar": a city and its district, as event coders write them
                cands = tuple(c for c in self.gaz.candidates(doc[i:k].text, False) if _big_city(c))
                return cands or None
        return None

    def _numbered_town(self, text: str) -> tuple[Candidate, ...]:
        """The town a numbered settlement is named after ("Zolote-5" by Zolote), if the text is one."""
        numbered = _NUMBERED_PLACE.match(text)
        if not numbered:
            return ()
        return tuple(c for c in self.gaz.candidates(numbered.group(1), False)
                     if c.fclass == "P" and c.tier == TIER_NORM and c.kind != DEMONYM and c.lat is not None)

    def _mention(self, doc: Doc, i: int, j: int, offset: int, seg: int, label: str, cands: tuple[Candidate, ...]) -> Mention:
        span = doc[i:j]
        pre, suf = self._context_words(doc, i, j)
        sent_start = span.sent.start if doc.has_annotation("SENT_START") else 0
        return Mention(span.text, span.start_char + offset, span.end_char + offset, label, seg, i, j, sent_start, pre, suf, cands)

    def _claim(self, doc: Doc, i: int, j: int, offset: int, seg: int, cands: tuple[Candidate, ...],
               taken: bytearray) -> Mention:
        """A place mention of `doc[i:j]`, its tokens marked as taken by a place."""
        for k in range(i, j):
            taken[k] = 1
        return self._mention(doc, i, j, offset, seg, "GPE", cands)

    def _feature_tail(self, doc: Doc, i: int, j: int) -> tuple[int, tuple[Candidate, ...]] | None:
        """The name ending at `j` goes on with lowercase words that name a site or a natural
        feature the gazetteer holds under the whole name ("the Al-Omar oil field", "Balad air
        base", "the Makhoul mountains"): the end of the whole name and its places. (An area or
        division word after the name is left to the name's own reading: "Amadiya district".)"""
        for k in (j + 2, j + 1):
            # (a function word ends no such name: "Damascus on Tuesday" asks the gazetteer nothing)
            if k > len(doc) or not all(t.is_lower and t.is_alpha and not t.is_stop for t in doc[j:k]):
                continue
            if any(t.lower_ in self.areas.suffixes or t.lower_ in _SUFFIX_CLASSES for t in doc[j:k]):
                continue
            cands = tuple(c for c in self.gaz.candidates(doc[i:k].text, False)
                          if c.tier == TIER_NORM and c.kind != DEMONYM and c.lat is not None and c.fclass in _FEATURE_CLASSES)
            if cands:
                return k, cands
        return None

    def _inner_place(self, doc: Doc, i: int, j: int, label: str, person_tokens: set[str]) -> tuple[int, int, tuple[Candidate, ...]] | None:
        """A place named inside an organisation's name: "Dublin City Council", "Ohio State
        University", "the Anderson County Sheriff" (leading), "University of Cincinnati"
        (after the last "of"), "Air Zimbabwe" (a trailing country or first-level division)."""
        gaz = self.gaz
        if j - i < 2:
            return None
        # leading: the longest prefix that names a notable place
        for k in range(min(j - 1, i + 4), i, -1):
            if label == "PERSON" and doc[k].lower_ not in _INSTITUTION_WORDS:
                continue
            if not all(t.is_title or t.is_upper or t.text in (".", "-") for t in doc[i:k]) or doc[k - 1].text == "-":
                continue
            if k - i == 1 and (doc[i].lower_ in _GENERIC_WORDS or doc[i].lower_ in self.stop or doc[i].lower_ in person_tokens
                               or _lone_article(doc[i]) or doc[i].lower_ in _NAME_CONNECTORS and not doc[i].is_upper):
                # (nor the article or particle a longer name starts with: "La Carpa Musical" is no Louisiana)
                continue
            cands = _notable(gaz.candidates(doc[i:k].text, False))
            if cands:
                return i, k, cands
        if label == "PERSON":
            return None
        # trailing: "... of <Place>"
        for p in range(j - 2, i, -1):
            if doc[p].lower_ == "of":
                a = p + 1
                while a < j and doc[a].lower_ in ("the", "metropolitan", "greater"):
                    a += 1
                if a < j and j - a <= 4:
                    cands = _notable(gaz.candidates(doc[a:j].text, False))
                    if cands:
                        return a, j, cands
                break
        # trailing country or first-level division: "Air Zimbabwe", "DeSmog Canada"
        for a in range(max(i + 1, j - 3), j):
            if doc[a].is_punct:
                continue  # ("Paucarpata, Arequipa": the division, not ", Arequipa")
            if a == j - 1 and doc[a].lower_ in self.stop:
                continue  # "Seventh Street Northwest": a common word, whatever division bears it
            cands = tuple(c for c in gaz.candidates(doc[a:j].text, False)
                          if c.tier == TIER_NORM and c.kind != DEMONYM and (c.fcode in COUNTRY_CODES or c.fcode == "ADM1"))
            if cands:
                return a, j, cands
        return None

    def _propagate(self, doc: Doc, offset: int, seg: int, taken: bytearray, found: list[Mention], person_tokens: set[str]) -> list[Mention]:
        """A name taken as a place once is a place wherever else the document writes it alone
        (spaCy tags the same town GPE in one sentence and PERSON or ORG in the next)."""
        known = {norm_key(m.text): m.cands for m in found if m.cands and m.label in ("GPE", "LOC") and _notable(m.cands)}
        if not known:
            return []
        out: list[Mention] = []
        for ent in doc.ents:
            if ent.label_ not in ("PERSON", "ORG", "FAC", "PRODUCT", "WORK_OF_ART", "NORP"):
                continue
            i, j = ent.start, ent.end
            while i < j and doc[i].lower_ in ("the", "a", "an"):
                i += 1
            while j > i and (doc[j - 1].is_punct or doc[j - 1].lower_ in ("'s", "’s", "'")):
                j -= 1
            if i >= j or any(taken[k] == 1 for k in range(i, j)):
                continue
            if ent.label_ == "PERSON" and len(ent) > 1 or any(doc[k].lower_ in person_tokens for k in range(i, j)):
                continue
            cands = known.get(norm_key(doc[i:j].text))
            if cands is None:
                continue
            out.append(self._mention(doc, i, j, offset, seg, "GPE", cands))
            for k in range(i, j):
                taken[k] = 1
        return out

    def _recognise_extra(self, doc: Doc, offset: int, seg: int, taken: bytearray,
                         areas: frozenset[tuple[str, str]] = frozenset()) -> list[Mention]:
        """Gazetteer names that spaCy did not tag: capitalised names after a place preposition,
        and multi-word names written in lowercase ("der ez zor")."""
        out: list[Mention] = []
        n = len(doc)
        phrases, heads = self._lowercase_phrases()
        locp = self.areas.name_prepositions
        i = 0
        while i < n:
            tok = doc[i]
            if taken[i]:
                i += 1
                continue
            low = tok.lower_
            # datelines: "COLUMBUS -- A 27-year-old ...", "BEIRUT (AP) -", "ALBUQUERQUE, N.M."
            if tok.is_upper and tok.is_alpha and len(tok) >= 3 and (i == 0 or tok.is_sent_start or doc[i - 1].is_space):
                j = i + 1
                while j < n and j - i < 4 and not taken[j] and doc[j].is_upper and doc[j].is_alpha:
                    j += 1
                if j < n and doc[j].text in (",", "(", "-", "--", "—", "–"):
                    title = " ".join(t.text.title() for t in doc[i:j])
                    cands = tuple(c for c in self.gaz.candidates(title, False)
                                  if c.kind != DEMONYM and c.lat is not None and (c.population >= 1000 or c.fclass != "P"))
                    if cands and not any(taken[k] for k in range(i, j)):
                        out.append(self._mention(doc, i, j, offset, seg, "GPE", cands))
                        for k in range(i, j):
                            taken[k] = 1
                        i = j
                        continue
            # a sentence that opens with a place and says so: "Anah, a town on the Euphrates, ..."
            if tok.is_sent_start and tok.is_title and tok.pos_ == "PROPN" and not taken[i]:
                j = i + 1
                while j < n and j - i < 4 and not taken[j] and (doc[j].is_title and doc[j].pos_ == "PROPN"
                                                                or doc[j].text in ("-", "–")):
                    j += 1
                cands = tuple(c for c in self.gaz.candidates(doc[i:j].text, False)
                              if c.kind != DEMONYM and c.lat is not None and c.tier <= TIER_FOLD)
                if cands and _place_apposition(doc, j):
                    out.append(self._mention(doc, i, j, offset, seg, "GPE", cands))
                    for k in range(i, j):
                        taken[k] = 1
                    i = j
                    continue
            # capitalised proper names spaCy left untagged
            if tok.is_title and (low not in self.stop or _glued_end(doc, i) > i + 1) and i > 0 and not doc[i - 1].is_sent_end and not _after_hyphen(doc, i) and (
                tok.pos_ == "PROPN" or doc[i - 1].text in ("(", ",") and _paren_list_item(doc, i, i + 1)
            ):
                j = _glued_end(doc, i)
                if j == i + 1 or any(taken[k] for k in range(i, j)) or not self.gaz.candidates(doc[i:j].text, False):
                    j = i + 1
                    while j < n and j - i < 4 and not taken[j] and doc[j].is_title and doc[j].pos_ == "PROPN":
                        j += 1
                tail = self._feature_tail(doc, i, j) if not any(taken[k] for k in range(i, j)) else None
                if tail is not None:
                    j = tail[0]  # "in the Al-Omar oil field": the field
                listed = _paren_list_item(doc, i, j) or _before_paren_list(doc, i, j)
                prev = doc[i - 1].lower_
                text = doc[i:j].text
                cands = tuple(c for c in self.gaz.candidates(text, False) if c.kind != DEMONYM and c.lat is not None)
                if not cands and j == i + 1:
                    cands = self._numbered_town(text)
                prev2 = doc[i - 2].lower_ if i > 1 else ""
                nxt = doc[j].lower_ if j < n else ""
                cued = listed or tail is not None or prev in locp or (prev == "the" and prev2 in locp) or nxt in self.areas.suffixes or self._owned_area(doc, i, j, taken) or (
                    prev == "of" and prev2 in _OF_PLACE_NOUNS) or _road_between(doc, i) or any(
                    c.tier == TIER_NORM and c.kind == PRIMARY and (c.population >= 100_000 or c.fcode in ("ADM1", "PCLI"))
                    for c in cands
                ) or prev == "," and i > 1 and _after_place_preposition(doc, i - 2, locp) and any(
                    c.tier == TIER_NORM and c.fcode in ("ADM1", "ADM2") for c in cands) or (  # "in Jurf al-Nasr, Babylon"
                    prev == "(" and nxt == ")" and (_facility_after(doc, j + 1) or j + 1 < n and doc[j + 1].lower_ == "base"))
                # ("the T4 (Tiyas) air base": the name in brackets before a base is the base's)
                if cands and cued:
                    best_pop = max(c.population for c in cands)
                    # (or a village GeoNames gives no population, named with its area word: "Amadiya district")
                    # (or, written after a place preposition, a glued name of several words GeoNames gives
                    # no population: "in Al-Shaddadi", as for a name spaCy tags)
                    # (or a village in a division where a mission the text names works: "the SMM observed
                    # explosions near Hnutove")
                    if best_pop >= 1000 or listed or any(c.fclass != "P" for c in cands) or areas and any(
                            (c.cc, c.admin1) in areas and c.tier == TIER_NORM for c in cands) or (
                            nxt in self.areas.suffixes and any(c.population == 0 and c.tier == TIER_NORM for c in cands)) or (
                            j - i > 2 and _glued_end(doc, i) == j and (prev in locp or prev == "the" and prev2 in locp)
                            and any(c.population == 0 and c.fclass == "P" and c.tier <= TIER_FOLD for c in cands)):
                        span = doc[i:j]
                        pre, suf = self._context_words(doc, i, j)
                        out.append(Mention(span.text, span.start_char + offset, span.end_char + offset, "GPE", seg, i, j, span.sent.start, pre, suf, cands))
                        for k in range(i, j):
                            taken[k] = 1
                        i = j
                        continue
            # lowercase / variant multi-word spellings
            if low in heads and tok.is_alpha:
                for size in (4, 3, 2):
                    j = i + size
                    if j > n or any(taken[k] or not (doc[k].is_alpha or doc[k].text == "-") for k in range(i, j)):
                        continue
                    if doc[j - 1].lower_ in self.stop:
                        continue
                    span = doc[i:j]
                    if fold_key(span.text) in phrases and not _common_phrase(span):
                        cands = tuple(c for c in self.gaz.candidates(span.text) if c.kind != DEMONYM and c.lat is not None)
                        if cands:
                            pre, suf = self._context_words(doc, i, j)
                            k = j  # (the longer name it starts: "San Lucas Tepexco")
                            while (k < n and k - j < 3 and doc[k].is_title and doc[k].is_alpha and doc[k].pos_ == "PROPN"
                                   and not taken[k] and doc[k - 1].whitespace_):
                                k += 1
                            out.append(Mention(span.text, span.start_char + offset, span.end_char + offset, "LOC", seg, i, j,
                                               span.sent.start, pre, suf, cands, name_end=k if k > j else None,
                                               name_last=doc[k - 1].lower_ if k > j else ""))
                            for k in range(i, j):
                                taken[k] = 1
                            i = j - 1
                            break
            i += 1
        return out

    def _borders(self, doc: Doc, offset: int, seg: int) -> list[Mention]:
        """"the Syrian-Iraqi border": one imprecise place between two countries."""
        out: list[Mention] = []
        text = doc_text(doc)
        if "border" not in text and "frontier" not in text:
            return out
        for m in _BORDER.finditer(text):
            a = self._country_of(m.group(1))
            b = self._country_of(m.group(2))
            if a is None or b is None or a.cc == b.cc or a.lat is None or b.lat is None:
                continue
            lat, lon = _midpoint(a.lat, a.lon, b.lat, b.lon)  # type: ignore[arg-type]
            a_name = self.gaz.country_names.get(a.cc or "", a.name)
            b_name = self.gaz.country_names.get(b.cc or "", b.name)
            top = Toponym(
                text=m.group(0), start=m.start() + offset, end=m.end() + offset,
                name=f"{a_name}–{b_name} border", geonameid=None, latitude=round(lat, 5), longitude=round(lon, 5),
                country_code=a.cc, country=a_name, admin1=None, feature_class="L", feature_code="BDR",
                resolved=True, geo_precision=3,
            )
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            i, j = (span.start, span.end) if span is not None else (0, 0)
            out.append(Mention(m.group(0), m.start() + offset, m.end() + offset, "LOC", seg, i, j, 0, fixed=top))
        return out

    def _country_of(self, word: str) -> Candidate | None:
        for c in self.gaz.candidates(word, False):
            if c.fcode in COUNTRY_CODES and (c.kind == DEMONYM or c.tier == TIER_NORM):
                return c
        return None

    # ------------------------------------------------------------ resolution

    def _prior(self, c: Candidate) -> float:
        p = self.priors
        s = p.population_weight * math.log10(c.population + 1)
        s += p.feature_code.get(c.fcode or "", p.feature_class.get(c.fclass or "", 0.0))
        if c.tier == TIER_NORM:
            s += p.match["primary"] if c.kind in (PRIMARY, DEMONYM, ABBREV) else p.match["alternate"]
            if c.kind == ALIAS:
                s -= 2.0
        elif c.tier == TIER_FOLD:
            s += p.match["fold"] - (2.0 if c.kind == ALIAS else 0.0)
        elif c.tier == TIER_SKEL:
            s += p.match["skeleton"]
        if c.lat is None:
            s -= 1.0
        return s

    def _resolve_mentions(self, mentions: list[Mention], home_countries: Sequence[str] = ()) -> list[tuple[Candidate | None, float]]:
        # pass 1: context-free best guesses; confident ones become document context
        prior_cache: dict[int, float] = {}

        def prior(c: Candidate) -> float:
            v = prior_cache.get(c.id)
            if v is None:
                v = prior_cache[c.id] = self._prior(c)
            return v

        countries: Counter[str] = Counter()
        # votes of countries named only as whose forces or things acted ("US drones struck a
        # convoy near Abu Kamal"): they favour the country's namesakes, but make no other
        # country's place foreign
        owner_cc: Counter[str] = Counter()
        for cc in dict.fromkeys(home_countries):
            countries[cc] += 1  # an armed group of one country named in the text: a vote like a city's
        admins: Counter[tuple[str, str]] = Counter()
        # a mission the text names: a vote for its country and each division it works in
        for cc, codes in mentions[0].areas if mentions else ():
            countries[cc] += 1
            for code in codes:
                admins[(cc, code)] += 1
        anchors: list[tuple[float, float]] = []
        # what each mention itself added: it is no evidence for its own reading
        own: dict[int, tuple[str | None, int, tuple[str, str] | None, int]] = {}
        named_cc: set[str] = set()  # countries named as such (or by a demonym)
        for m in mentions:
            # a dateline abbreviation of a first-level division ("Ind.", "Pa.") is that division
            if m.text in self._admin_abbrevs and len(m.cands) > 1:
                divs = tuple(c for c in m.cands if c.fcode == "ADM1" and c.tier == TIER_NORM and c.cc == self._admin_abbrevs[m.text])
                if divs:
                    m.cands = divs
        for idx, m in enumerate(mentions):
            if m.fixed is not None:
                if m.fixed.country_code:
                    countries[m.fixed.country_code] += 1
                    named_cc.add(m.fixed.country_code)
                continue
            if not m.cands:
                continue
            ranked = sorted(m.cands, key=prior, reverse=True)
            best = ranked[0]
            margin = prior(best) - prior(ranked[1]) if len(ranked) > 1 else 99.0
            if best.fcode in COUNTRY_CODES or best.kind == DEMONYM:
                if best.cc:
                    countries[best.cc] += 2
                    own[idx] = (best.cc, 2, None, -1)
                    if m.modifier:
                        owner_cc[best.cc] += 2
                    else:
                        named_cc.add(best.cc)
            elif margin >= 2.0 or best.fcode == "ADM1":
                # a small place is no evidence of its country: a lone match may be a namesake
                ccw = 0
                if best.cc and (best.fclass != "P" or best.population >= 50_000):
                    countries[best.cc] += 1
                    ccw = 1
                akey = None
                if best.admin1 and best.cc and best.fclass in ("A", "P"):
                    akey = (best.cc, best.admin1)
                    admins[akey] += 1
                anchor = -1
                if best.lat is not None and best.fclass == "P":
                    anchor = len(anchors)
                    anchors.append((best.lat, best.lon))  # type: ignore[arg-type]
                own[idx] = (best.cc if ccw else None, ccw, akey, anchor)
            elif best.cc and best.population >= 50_000 and all(
                    c.cc == best.cc and c.admin1 == best.admin1 for c in ranked[1:] if prior(best) - prior(c) < 2.0):
                # a city and its namesake division ("Baghdad") leave the reading open but not
                # the country
                countries[best.cc] += 1
                own[idx] = (best.cc, 1, None, -1)
        # containers: "X, Y", "X (Y)", "X in (the) Y", "X, Y, Z" within one sentence
        containers: list[list[int]] = [[] for _ in mentions]
        div_lists = _division_lists(mentions)  # ("Kabul, Ghor, Laghman and Balkh provinces": items, not containers)
        for idx, m in enumerate(mentions):
            prev = m
            for jdx in range(idx + 1, min(idx + 4, len(mentions))):
                y = mentions[jdx]
                if y.seg != m.seg or y.sent_start != m.sent_start or y.tok_start - prev.tok_end > 8:
                    break
                if idx in div_lists and jdx in div_lists:
                    break
                if not _contains_link(prev, y):
                    break  # "X and Y", "X police said Y": no container
                containers[idx].append(jdx)
                prev = y
        # "Escobedo and Monterrey municipalities, Nuevo Leon": the list's container is every item's
        for idx, m in enumerate(mentions):
            if m.suffix in _PLURAL_DIVISIONS and containers[idx]:
                j = idx
                while j > 0 and _coordinated(mentions[j - 1], mentions[j]):
                    j -= 1
                    containers[j] = containers[j] or list(containers[idx])
        # "Nairobi's Eastleigh area", "Benue's Guma area": a place's owner written before it is its
        # container (and that of the names listed with it: "Borno's Gwoza and Bama districts")
        possessive: set[tuple[int, int]] = set()
        for idx in range(1, len(mentions)):
            ydx = idx - 1
            if not self._possessive_container(mentions[ydx], mentions[idx]):
                continue
            items = [idx]
            while items[-1] + 1 < len(mentions) and _coordinated(mentions[items[-1]], mentions[items[-1] + 1]):
                items.append(items[-1] + 1)
            if len(items) > 1 and mentions[items[-1]].suffix not in _PLURAL_PLACE_NOUNS:
                items = items[:1]  # ("Benue's Guma and Kogi": two places, one of them owned)
            for k in items:
                containers[k].append(ydx)
                possessive.add((k, ydx))

        # the wording points to a country and the document names no other (as a country, a demonym or
        # a border: "Paris" in a story about Paris, Tennessee names no France): its places are there
        cue_cc = next((m.cue_cc for m in mentions if m.cue_cc), None)
        if cue_cc and any(k != cue_cc for k in named_cc):
            cue_cc = None
        results = self._score_all(mentions, prior, countries, admins, anchors, own, containers, div_lists, None, cue_cc, owner_cc,
                                  possessive)
        # pass 3: the document's own reading: where most of its resolved places are
        votes_cc: Counter[str] = Counter()
        votes_a1: Counter[tuple[str, str]] = Counter()
        points: list[tuple[float, float, int]] = []
        picked: dict[int, Candidate] = {}
        for idx, (c, sc) in enumerate(results):
            if c is None or sc < self.priors.min_score or c.lat is None or not c.cc:
                continue
            picked[idx] = c
            votes_cc[c.cc] += 1
            if c.admin1 and c.fcode not in COUNTRY_CODES and c.kind != DEMONYM:
                votes_a1[(c.cc, c.admin1)] += 1
            if c.fclass in ("P", "A") and c.fcode not in COUNTRY_CODES and c.fcode != "ADM1" and c.kind != DEMONYM:
                points.append((c.lat, c.lon, idx))  # type: ignore[arg-type]
        if sum(votes_cc.values()) >= 3:
            results = self._score_all(mentions, prior, countries, admins, anchors, own, containers, div_lists,
                                      (votes_cc, votes_a1, points, picked), cue_cc,
                                      owner_cc, possessive)
        return self._unsupported_abroad(mentions, self._outside_container(mentions, containers, results, possessive))

    def _possessive_container(self, y: Mention, x: Mention) -> bool:
        """`y` owns `x`, the name right after its possessive, as the place it lies in: "Nairobi's
        Eastleigh area", "Katsina State's Faskari area", "Havana's San Miguel del Padron", "Mali's
        Mopti region". `y` must name a country, a first-level division, or under its own name a
        second-level one or a city of 50,000+ (not "Africa's", whose only town is an old name, nor
        "Carter's", a county's bare name); `x` a place: no country, and an area word after it or a
        reading under its own name or spelling (not "Russia's Putin", matched only by a skeleton),
        and not the modifier of a noun that is no place ("Ukraine's Kursk offensive": whose)."""
        if (x.seg != y.seg or x.sent_start != y.sent_start or x.tok_start != y.tok_end + 1
                or x.fixed is not None or y.fixed is not None or x.modifier or not x.cands):
            return False
        if not _possessive(y.suffix, y.text):
            return False
        if not any(c.cc and c.lat is not None and c.tier == TIER_NORM and c.kind not in (ALIAS, DEMONYM)
                   and (c.fcode in COUNTRY_CODES or c.fcode == "ADM1"
                        or c.kind == PRIMARY and (c.fcode == "ADM2" or c.fclass == "P" and c.population >= 50_000))
                   for c in y.cands):
            return False  # (a county's bare name is a surname more often: "Carter's home")
        if any(c.fcode in COUNTRY_CODES and c.tier == TIER_NORM or c.kind == DEMONYM for c in x.cands):
            return False  # ("Russia's Ukraine war", "Nigeria's Fulani herders")
        return (x.suffix in self.areas.suffixes or x.suffix in _WRITTEN_WITH_NOUNS or x.suffix in self.areas.province_words
                or x.suffix in _PLURAL_PLACE_NOUNS
                or any(c.tier <= TIER_FOLD and c.kind not in (ALIAS, DEMONYM) for c in x.cands))

    def _unsupported_abroad(self, mentions: list[Mention],
                            results: list[tuple[Candidate | None, float]]) -> list[tuple[Candidate | None, float]]:
        """A place the gazetteer lacks that shares its name with a place elsewhere: a small place
        (or one matched by a loose spelling, an alias, or an old or foreign name of a city) that no
        other name of the document supports, in a sentence with two or more places read elsewhere
        (for another name of a city of a million or more: written after "the", and all of them in
        one other country).

        Abroad: its country is no other name's, and the sentence's other places are in another
        country ("the Hamar Jajab police station in Mogadishu (Banadir)" is no town of Norway):
        left unresolved. At home: its first-level division is no other name's, and two or more
        of the sentence's places share another division of the same country ("Hamirpur village
        near Rapar (Kachchh, Gujarat)"): the name's reading there if it has one, else none."""
        limit = self.priors.context.get("unsupported_foreign_max_population", 0.0)
        if not limit:
            return results
        min_score = self.priors.min_score
        ok = [c if c is not None and sc >= min_score and c.lat is not None and c.cc else None for c, sc in results]
        per_cc = Counter(c.cc for c in ok if c is not None)
        per_a1 = Counter((c.cc, c.admin1) for c in ok if c is not None and c.admin1 and c.fcode not in COUNTRY_CODES)
        # the places (not countries) read in each sentence
        places: dict[tuple[int, int], list[tuple[int, Candidate]]] = {}
        for j, o in enumerate(ok):
            if o is not None and o.fcode not in COUNTRY_CODES and o.kind != DEMONYM:
                places.setdefault((mentions[j].seg, mentions[j].sent_start), []).append((j, o))
        out = list(results)
        for idx, c in enumerate(ok):
            if (c is None or c.tier == TIER_NORM and c.kind in (PRIMARY, ABBREV) and c.population >= limit
                    or c.fcode in COUNTRY_CODES or c.fcode == "ADM1" or c.kind == DEMONYM):
                continue
            m = mentions[idx]
            others = [o for j, o in places[(m.seg, m.sent_start)] if j != idx]
            if per_cc[c.cc] == 1:
                abroad = Counter(o.cc for o in others if o.cc != c.cc)
                if c.tier == TIER_NORM and c.kind == ALTERNATE and c.population >= 1_000_000:
                    # another name of a big city, written as a feature's ("the Kali hills", "the
                    # White House"; a city takes no article: "from Kiev to Przemysl and Krakow"),
                    # where the sentence's other places all lie in one other country
                    if _with_article(m) and len(abroad) == 1 and sum(abroad.values()) >= 2:
                        out[idx] = (None, 0.0)
                elif sum(abroad.values()) >= 2:
                    out[idx] = (None, 0.0)
                continue
            if not c.admin1 or per_a1[(c.cc, c.admin1)] > 1 or len(
                    {(d.cc, d.admin1) for d in m.cands if d.lat is not None and d.kind == PRIMARY}) < 2:
                continue  # (a name that is the own name of places in one division only has no namesake)
            home = Counter((o.cc, o.admin1) for o in others if o.cc == c.cc and o.admin1 and o.admin1 != c.admin1)
            if not home:
                continue
            (cc, a1), n = home.most_common(1)[0]
            if n < 2:
                continue
            there = [d for d in m.cands if d.cc == cc and d.admin1 == a1 and d.lat is not None and d.kind != DEMONYM]
            out[idx] = (max(there, key=self._prior), results[idx][1]) if there else (None, 0.0)
        return out

    def _outside_container(self, mentions: list[Mention], containers: list[list[int]],
                           results: list[tuple[Candidate | None, float]],
                           possessive: frozenset[tuple[int, int]] | set[tuple[int, int]] = frozenset(),
                           ) -> list[tuple[Candidate | None, float]]:
        """A place written with its container ("X, Y", "X (Y, Z)"): the container is read as
        the division (or country) the place lies in when one of its readings is ("Punjab" after
        a town of India is India's); a small place lying in none of its container's readings
        has no reading when that is a first-level division: the place meant is one the gazetteer
        lacks, not a namesake elsewhere (the container still places it). A town of 50,000+ is
        trusted over its container (not a district), unless only a loose spelling matched it
        ("Al-Sha'er in Homs desert" is no Sarh, Chad).

        A container written as the place's owner ("Nairobi's Eastleigh area", "Borno's Gwoza") is
        taken at its word: a place of another country has no reading there whatever its size (after
        a country, unless it is a town of 50,000+ named without an area word, or a region or
        division under its own name: "Israel's Golan Heights"), nor a small place outside a
        city's division and area."""
        out = list(results)
        for idx, js in enumerate(containers):
            c, _ = out[idx]
            if c is None or not js or c.fcode in COUNTRY_CODES or c.kind == DEMONYM or c.lat is None:
                continue
            if c.fcode == "ADM1" and all(out[j][0] is None or out[j][0].fcode == "ADM1" for j in js):  # type: ignore[union-attr]
                continue  # one first-level division is no other's container: "Kabul, Ghor, Laghman and Balkh provinces"
            for jdx in js:
                y, ys = out[jdx]
                if y is None or ys < self.priors.min_score or y.lat is None:
                    continue
                if y.fclass == "P" and y.cc == c.cc and c.admin1 and c.admin1 != y.admin1:
                    # "San Lucas Tepexco, Puebla": a container named as a city and as its state
                    # is the state, for a place of the country outside it
                    y = next((d for d in mentions[jdx].cands if d.fcode == "ADM1" and d.tier == TIER_NORM
                              and d.cc == y.cc and d.admin1 == y.admin1 and d.lat is not None), y)
                if (y.fclass == "P" and y.cc == c.cc and c.admin1 and y.admin1 == c.admin1 and c.id != y.id
                        and c.lat is not None and haversine_km(c.lat, c.lon, y.lat, y.lon) > _CITY_AREA_KM):  # type: ignore[arg-type]
                    # "Ghoryan district center, Herat": a town far from the city named as its
                    # container lies in the city's province, which the name means here
                    div = next((d for d in mentions[jdx].cands if d.fcode == "ADM1" and d.tier == TIER_NORM
                                and d.cc == y.cc and d.admin1 == y.admin1 and d.lat is not None), None)
                    if div is not None:
                        out[jdx] = (div, ys)
                        break
                poss = (idx, jdx) in possessive
                if poss and y.cc and (y.fclass == "P" or y.fcode == "ADM2"):
                    # "Nairobi's Eastleigh area": not the town of England; a small namesake elsewhere in
                    # the city's (or district's) country neither
                    if c.cc != y.cc or c.admin1 != y.admin1 and (
                            y.fcode == "ADM2" or haversine_km(c.lat, c.lon, y.lat, y.lon) > _CITY_AREA_KM) and (  # type: ignore[arg-type]
                            c.population < 50_000 or c.tier >= TIER_FOLD or mentions[idx].suffix in _NOT_TOWN_NOUNS):
                        out[idx] = (None, 0.0)
                    continue
                if not (y.fcode in COUNTRY_CODES or y.kind == DEMONYM or y.fcode == "ADM1"):
                    if (y.fclass == "P" and c.cc and y.cc and c.cc != y.cc and (
                            c.population < 50_000 and mentions[jdx].suffix in self.areas.suffixes
                            or mentions[idx].suffix in _WRITTEN_WITH_NOUNS or mentions[idx].suffix == "sub")):
                        # ("Bole sub-city of Addis Ababa" is no town of China either)
                        # "Al-Husayniyah village, Deir-ez-Zor countryside": a town's area written as
                        # the container; a small namesake in another country is no reading
                        out[idx] = (None, 0.0)
                    continue
                if _lies_in(c, y):
                    break
                inside = [d for d in mentions[jdx].cands if d.lat is not None and d.tier == TIER_NORM
                          and (d.fcode in COUNTRY_CODES or d.fcode == "ADM1") and _lies_in(c, d)]
                if inside:
                    out[jdx] = (max(inside, key=self._prior), ys)
                elif (c.population < 50_000 or c.tier >= TIER_FOLD or c.fcode == "ADM2"
                      or mentions[idx].suffix in _NOT_TOWN_NOUNS
                      or c.cc == y.cc and mentions[jdx].in_list
                      or c.cc != y.cc and y.kind != ABBREV and len(mentions[jdx].text) > 3
                      and not _coordinated(mentions[idx], mentions[js[0]])) and y.fcode == "ADM1":
                    # (nor a town the coder placed in another division of its country by two levels
                    # or in a bracketed list: "La Victoria (Paez municipality, Apure)" is not Aragua's
                    # city; nor a town of another country than a container written in full: "Puerto
                    # Resistencia in Cali (Valle del Cauca)" is not Argentina's city, but "(Chennai, TN)"
                    # is no Tennessee, and "Moscow, Kiev, Minsk" a list)
                    # (a district is no town whose size vouches for it: "Benito Juarez, Nuevo Leon" is
                    # not the municipality of that name in Quintana Roo; nor is what the text calls a
                    # village: "Al-Husayniyah village, Deir-ez-Zor countryside")
                    # (not after a country: "Saipan, Guam, Alaska" is a list, "X of Narek in Y" a person)
                    out[idx] = (None, 0.0)
                elif poss and y.cc and c.cc != y.cc and (
                        y.fcode == "ADM1" or c.tier >= TIER_FOLD
                        or c.fclass == "P" and (c.population < 50_000 or mentions[idx].suffix in _NOT_TOWN_NOUNS)
                        or c.fclass == "A" and c.kind != PRIMARY):
                    # "Kenya's Eastleigh area", "Iraq's Kurdistan region" (Iran's province by another name)
                    out[idx] = (None, 0.0)
                break
        return out

    def _score_all(self, mentions: list[Mention], prior, countries, admins, anchors, own, containers, div_lists, doc_reading, cue_cc, owner_cc,  # type: ignore[no-untyped-def]
                   possessive: frozenset[tuple[int, int]] | set[tuple[int, int]] = frozenset()) -> list[tuple[Candidate | None, float]]:
        results: list[tuple[Candidate | None, float]] = []
        province_words = self.areas.province_words
        ctx = self.priors.context
        groups: dict[str, list[int]] = {}
        for gi, gm in enumerate(mentions):
            groups.setdefault(_name_key(gm.text), []).append(gi)
        same_name = {k: tuple(v) for k, v in groups.items()}
        w_doc_cc = ctx.get("document_country", 0.0)
        w_doc_a1 = ctx.get("document_admin1", 0.0)
        w_doc_a1_town = ctx.get("document_admin1_town", w_doc_a1)
        w_doc_near = ctx.get("document_near", 0.0)
        # readings of the document's other names close by: a town and its county, neighbouring towns
        w_tight = ctx.get("tight_neighbour", 0.0)
        w_capital = ctx.get("capital_of_named_country", 0.0)
        tight_km = ctx.get("tight_neighbour_km", 80.0)
        tight_full_km = ctx.get("tight_neighbour_full_km", 25.0)
        tight_gap = ctx.get("tight_neighbour_gap", 2.0)
        grid = _neighbour_grid(mentions) if w_tight and len(same_name) > 1 else None  # (one name: no neighbours)
        area_divs = {(cc, code) for cc, codes in (mentions[0].areas if mentions else ()) for code in codes}
        # names written as another name's container ("X, Y", "X (Y)", "X in Y"): a division's or
        # country's reading is likelier there than a namesake town ("Monterrey, Hidalgo")
        w_slot = ctx.get("container_slot_division", 0.0)
        w_city_word = ctx.get("city_word_big_city", 0.0)
        # (an owner keeps its own reading: "Gao's Chateau neighbourhood" is in the city; a district far
        # from the city makes it the province, see `_outside_container`)
        in_slot = {j for i, js in enumerate(containers) for j in js if (i, j) not in possessive}
        # the divisions the towns written before a container lie in
        held: dict[int, set[tuple[str | None, str | None]]] = {}
        for xdx, js in enumerate(containers):
            for j in js:
                if (xdx, j) in possessive:
                    continue
                held.setdefault(j, set()).update((c.cc, c.admin1) for c in mentions[xdx].cands
                                                 if c.fclass == "P" and c.tier == TIER_NORM)
        for idx, m in enumerate(mentions):
            if m.fixed is not None or not m.cands:
                results.append((None, 0.0))
                continue
            container_ids: set[tuple[str, str | None]] = set()
            for jdx in containers[idx]:
                for yc in mentions[jdx].cands:
                    if yc.fcode in COUNTRY_CODES or yc.kind == DEMONYM:
                        container_ids.add((yc.cc or "", None))
                    elif yc.fcode in ("ADM1", "ADM2") and yc.admin1:
                        container_ids.add((yc.cc or "", yc.admin1))
                    elif ((idx, jdx) in possessive and yc.fclass == "P" and yc.population >= 50_000 and yc.admin1
                          and yc.tier == TIER_NORM and yc.kind == PRIMARY):
                        container_ids.add((yc.cc or "", yc.admin1))  # "Nairobi's Eastleigh": in the city's division
            # the countries of the containers, unless they may be items of a list ("Sharon, Cornwall
            # and Salisbury", "Moscow, Kiev, Minsk and Riga")
            listed = idx > 0 and _coordinated(mentions[idx - 1], m) or any(
                jdx + 1 < len(mentions) and _coordinated(mentions[jdx], mentions[jdx + 1]) for jdx in containers[idx])
            strict_cc = set() if listed else {cc for cc, _ in container_ids}
            prov_cue = m.suffix in province_words or any(w in province_words for w in m.prefix.split()[-2:]) and "of" in m.prefix
            # "Butler, Clark and Warren counties": every item is a division of that level
            list_level = div_lists.get(idx)
            if list_level:
                prov_cue = True
            best: Candidate | None = None
            best_s = -1e9
            # the mention and its namesakes in the document are no evidence for their own reading
            group = same_name.get(_name_key(m.text), (idx,))
            own_cc_w: Counter[str] = Counter()
            own_admin: Counter[tuple[str, str]] = Counter()
            own_anchor: set[int] = set()
            for g in group:
                gcc, gw, gadm, ganc = own.get(g, (None, 0, None, -1))
                if gcc:
                    own_cc_w[gcc] += gw
                if gadm:
                    own_admin[gadm] += 1
                own_anchor.add(ganc)
            n_cc = sum(1 for k, v in countries.items() if v - own_cc_w.get(k, 0) - owner_cc.get(k, 0) > 0)
            total_cc = max(1, sum(countries.values()) - sum(own_cc_w.values()))
            # towns with the name: a district named after its seat means the seat unless cued
            towns = {(c.cc, c.admin1): c.population for c in m.cands if c.fclass == "P" and c.tier <= TIER_FOLD}
            big_town = max((c.population for c in m.cands if c.fclass == "P" and c.tier == TIER_NORM
                            and c.kind == PRIMARY), default=0)
            # a country's own name: a namesake town wins only on local evidence ("China, Maine")
            country_c = next((c for c in m.cands if c.fcode in COUNTRY_CODES and c.tier == TIER_NORM
                              and c.kind in (PRIMARY, ALTERNATE, ABBREV) and c.lat is not None), None)
            if country_c is None:
                # a demonym likewise: "Canadian" is Canada, not Canadian, Texas (unless "Canadian, Texas")
                country_c = next((c for c in m.cands if c.kind == DEMONYM and c.tier == TIER_NORM and c.lat is not None), None)
            country_s = -1e9
            # a first-level division's own name: a small town of its country bearing it needs its container
            div_c = next((c for c in m.cands if c.fcode == "ADM1" and c.tier == TIER_NORM and c.kind == PRIMARY and c.lat is not None), None)
            div_s = -1e9
            # the name of a country or a first-level division gives its small namesakes no neighbour bonus
            tight_ok = grid is not None and not any(
                c.tier == TIER_NORM and c.kind in (PRIMARY, ABBREV) and (c.fcode in COUNTRY_CODES or c.fcode == "ADM1") for c in m.cands
            )
            top_prior = max(prior(c) for c in m.cands) if tight_ok else 0.0
            mkey = _name_key(m.text)
            # (in a document whose wording points to a country, a namesake there is measured against
            # the best reading there: "Paris" and its county in a local story)
            top_cue = max((prior(c) for c in m.cands if c.cc == cue_cc), default=top_prior) if tight_ok and cue_cc else top_prior
            best_local: bool | int = False
            # where a town of a country bears the name as its own, the name is not another town's old name
            # (nor, where a city of 100,000+ bears it, another city's old name: "Philadelphia", Amman)
            primary_cc = {c.cc for c in m.cands if c.fclass == "P" and c.kind == PRIMARY and c.tier == TIER_NORM}
            big_primary = max((c.population for c in m.cands if c.fclass == "P" and c.kind == PRIMARY and c.tier == TIER_NORM), default=0)
            for c in m.cands:
                if c.kind == ALTERNATE and c.fclass == "P" and c.tier == TIER_NORM and (
                    c.cc in primary_cc or big_primary >= max(100_000, c.population)
                ) and (c.cc or "", c.admin1) not in container_ids and (c.cc, c.admin1) not in area_divs:
                    continue  # (unless named with its container: "Pachuca, Hidalgo" is Pachuca de Soto;
                    # or in a division where a mission the text names works)
                if (strict_cc and (c.cc or "") not in strict_cc and c.fclass == "P"
                        and not (c.kind == PRIMARY and c.tier == TIER_NORM)):
                    continue  # "Yathrib, Salah al-Din": not Medina's old name, a place of Iraq the gazetteer lacks
                s = prior(c)
                if (m.suffix == "city" or m.text.endswith(" city")) and c.fclass == "P" and c.population >= 100_000:
                    s += w_city_word
                local: bool | int = False
                cc = c.cc or ""
                n_here = countries.get(cc, 0) - own_cc_w.get(cc, 0) if cc else 0
                if n_here > 0:
                    # self-evidence does not count: a lone country mention needs no bonus
                    s += self._w_country * min(1.0, n_here / total_cc) + 1.0
                    if c.fcode == "PPLC" and country_c is None and c.kind == PRIMARY:
                        s += w_capital  # "Moscow" where the document names Russia
                elif cc and n_cc and c.fcode not in COUNTRY_CODES and c.kind != DEMONYM:
                    if (c.tier >= TIER_FOLD or c.kind == ALTERNATE and c.fclass == "P") and c.population < 100_000:
                        # a loose spelling match ("Besta" for Basseterre) or an old name of a place under
                        # 100,000 in a country the document does not point to: a namesake abroad
                        continue
                    # the document is about other countries: a far-away small place is unlikely
                    s -= self._w_foreign * (2.0 if c.population < 10_000 else 1.0 if c.population < 100_000 else 0.5 if c.population < 1_000_000 else 0.2)
                if cue_cc and cc == cue_cc and c.fcode not in COUNTRY_CODES:
                    s += self._w_cue
                if c.admin1 and admins.get((cc, c.admin1), 0) - own_admin.get((cc, c.admin1), 0) > 0:
                    # a division gains as much from its own places as they gain from it
                    s += self._w_admin
                    local = local or True  # (keeps 2: named with its container)
                if not prov_cue and ((c.cc, c.admin1) in towns and (
                    c.fcode == "ADM2" or c.fcode == "ADM1" and towns[(c.cc, c.admin1)] >= 100_000
                ) or c.fcode in ("ADM1", "ADM2") and big_town >= max(100_000, c.population)
                ) and not (c.fcode == "ADM1" and (c.cc, c.admin1) in held.get(idx, ())):
                    # (also a division elsewhere named like a bigger city: "in La Paz" is Bolivia's
                    # city, not the department of Honduras)
                    # (but written as the container of a town of the division, "near Al-Bukamal in
                    # Deir-ez-Zor", the name is the division)
                    s -= self._w_div_city
                if container_ids and ((cc, None) in container_ids or (cc, c.admin1) in container_ids
                                      or cc and c.admin1 is None and any(k == cc for k, _ in container_ids)):
                    # (a place with no first-level code is read in its container's country)
                    s += self._w_container
                    local = 2  # named with its container: "China, Maine"
                if w_slot and (idx in in_slot or m.in_list) and (c.fcode in ("ADM1", "ADM2") or c.fcode in COUNTRY_CODES) and c.tier == TIER_NORM:
                    s += w_slot
                if prov_cue:
                    if c.fcode == list_level or not list_level and c.fcode in ("ADM1", "ADM2"):
                        s += self._w_province
                elif c.kind == ALIAS:
                    s -= 1.0
                if anchors and c.lat is not None and c.fclass == "P":
                    for ai, (lat, lon) in enumerate(anchors):
                        if ai in own_anchor:
                            continue
                        if abs(lat - c.lat) < 3 and haversine_km(lat, lon, c.lat, c.lon) <= self._near_km:  # type: ignore[arg-type]
                            s += self._w_near
                            local = local or True  # (keeps 2: named with its container)
                            break
                if doc_reading is not None:
                    votes_cc, votes_a1, points, picked = doc_reading
                    mine = [picked[g] for g in group if g in picked]
                    n_all = sum(votes_cc.values()) - len(mine)
                    if n_all > 0 and cc:
                        n_cc_here = votes_cc.get(cc, 0) - sum(1 for x in mine if x.cc == cc)
                        s += w_doc_cc * n_cc_here / n_all
                        if c.admin1 and c.fcode not in COUNTRY_CODES:
                            key = (cc, c.admin1)
                            n_a1 = votes_a1.get(key, 0) - sum(1 for x in mine if (x.cc, x.admin1) == key)
                            s += (w_doc_a1_town if c.fclass == "P" or c.fcode == "ADM1" else w_doc_a1) * n_a1 / n_all
                            local = local or n_a1 > 0
                    if c.lat is not None and c.fclass == "P" and w_doc_near:
                        for lat, lon, pidx in points:
                            if pidx not in group and abs(lat - c.lat) < 3 and haversine_km(lat, lon, c.lat, c.lon) <= self._near_km:  # type: ignore[arg-type]
                                s += w_doc_near
                                local = local or True  # (keeps 2: named with its container)
                                break
                if tight_ok and c.lat is not None and (c.fclass == "P" or c.fcode == "ADM2") and prior(c) >= (top_cue if c.cc == cue_cc else top_prior) - tight_gap:
                    # (a namesake far less notable than the name's best reading is not lifted by it)
                    s += w_tight * min(2.0, _tight_neighbours(grid, c, mkey, tight_km, tight_full_km))  # type: ignore[arg-type]
                if c is country_c:
                    country_s = s
                if c is div_c:
                    div_s = s
                if s > best_s:
                    best, best_s, best_local = c, s, local
            if (country_c is not None and best is not None and best is not country_c
                    and not (best_local == 2 or best_local and best.population >= 10_000)
                    and best.fcode not in COUNTRY_CODES and best.fcode != "ADM1" and best.kind != DEMONYM):
                best, best_s = country_c, max(country_s, best_s)
            elif (div_c is not None and best is not None and best is not div_c and best.fclass == "P"
                    and best_local != 2 and best.population < 10_000 and best.cc == div_c.cc):
                # "Kansas" is the state, not the village of Kansas, Illinois (unless "Kansas, Ill.")
                best, best_s = div_c, max(div_s, best_s)
            results.append((best, best_s))
        return results

    def _precision(self, m: Mention, c: Candidate) -> int:
        prec = c.precision if c.precision in (1, 2, 3) else 1
        if c.fcode in COUNTRY_CODES or c.kind == DEMONYM:
            return 3
        cue = self.areas.suffixes.get(m.suffix)
        words = m.prefix.split()
        pcue = self.areas.prefixes.get(" ".join(words[-2:])) if len(words) >= 2 else None
        if pcue is None and words:
            pcue = self._prefixes1.get(words[-1])
        for v in (cue, pcue):
            if v is not None and v > prec:
                prec = v
        return prec

    def _toponym(self, m: Mention, c: Candidate | None, score: float, doc_id: str | None) -> Toponym:
        if m.fixed is not None:
            m.fixed.doc_id = doc_id
            return m.fixed
        if c is None or score < self.priors.min_score:
            return Toponym(text=m.text, start=m.start, end=m.end, resolved=False, doc_id=doc_id)
        cc = c.cc
        return Toponym(
            text=m.text, start=m.start, end=m.end, name=c.name,
            geonameid=c.id if c.id > 0 else None,
            latitude=c.lat, longitude=c.lon, country_code=cc,
            country=self.gaz.country_names.get(cc) if cc else None,
            admin1=self.gaz.admin1_names.get((cc, c.admin1)) if cc and c.admin1 else None,
            feature_class=c.fclass, feature_code=c.fcode,
            resolved=c.lat is not None, geo_precision=self._precision(m, c), doc_id=doc_id,
        )

    # ------------------------------------------------------------ public API

    def document_cue(self, text: str) -> str | None:
        """The country the wording of a text points to, if any: US-only forms of place names
        ("X County", "X Parish", "X Township", state abbreviations after a comma, ZIP codes)."""
        return "US" if self._us_cue.search(text) else None

    def operating_areas(self, text: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """Where the missions and monitors a text names work (`data/geo/operating_areas.tsv`):
        (country, GeoNames first-level codes) pairs, in the order first named ("the OSCE SMM"
        reports from Donetsk and Luhansk oblasts)."""
        if self._mission_re is None:
            return ()
        found = dict.fromkeys(a for m in self._mission_re.finditer(text) for a in self._missions[m.group()])
        return tuple(found)

    def recognise(self, parts: Sequence[tuple[Doc, int]]) -> list[Mention]:
        mentions: list[Mention] = []
        cue = None
        areas: dict[tuple[str, tuple[str, ...]], None] = {}
        for doc, _ in parts:
            cue = cue or self.document_cue(doc_text(doc))
            areas.update(dict.fromkeys(self.operating_areas(doc_text(doc))))
        divisions = frozenset((cc, code) for cc, codes in areas for code in codes)
        for seg, (doc, offset) in enumerate(parts):
            found = self._borders(doc, offset, seg)
            found_spans = [(f.start, f.end) for f in found]
            for m in self._recognise(doc, offset, seg, divisions):
                if any(m.start < e and s < m.end for s, e in found_spans):
                    continue
                found.append(m)
            for m in found:
                if m.tok_end > m.tok_start:
                    m.modifier = _owner(doc[m.tok_start:m.tok_end].root, self.areas.suffixes)
                if m.suffix in _VILLAGE_NOUNS:
                    # "Al-Bara village": no city of 100,000, no division, no country
                    m.cands = tuple(c for c in m.cands if c.population < 100_000 and c.fclass == "P")
                elif m.suffix in ("camp", "camps"):
                    # "Al-Hol camp" is no city of 100,000 ("a West Bank camp" is in the West Bank)
                    m.cands = tuple(c for c in m.cands if c.population < 100_000 or c.fclass != "P")
                nxt = doc[m.tok_end] if m.tok_end < len(doc) else None
                if (nxt is not None and nxt.is_title and nxt.is_alpha and m.tok_end > m.tok_start
                        and nxt.lower_ not in self.stop and nxt.lower_ not in _PLACE_NOUNS
                        and nxt.lower_ not in self.areas.suffixes and nxt.lower_ not in self.areas.province_words):
                    # the first word of a longer name ("Jadid Ekeidat village"): no loose spelling of a
                    # town for it
                    m.cands = tuple(c for c in m.cands if c.tier == TIER_NORM or c.fclass != "P")
            mentions.extend(sorted(found, key=lambda x: x.start))
        for m in mentions:
            m.cue_cc = cue
            m.areas = tuple(areas)
        return mentions

    def resolve_mentions(self, mentions: list[Mention], doc_id: str | None = None,
                         home_countries: Sequence[str] = ()) -> list[Toponym]:
        resolved = self._resolve_mentions(mentions, home_countries)
        return [self._toponym(m, c, s, doc_id) for m, (c, s) in zip(mentions, resolved, strict=True)]

    def parse(self, parts: Sequence[tuple[Doc, int]], doc_id: str | None = None,
              home_countries: Sequence[str] = ()) -> list[Toponym]:
        """Every toponym of one document (article and comments), with document offsets.

        `parts` are the spaCy Docs of the document's segments, each with the offset
        of its first character in the document text. The segments share one
        context: places named in the article help resolve those in comments.
        """
        return self.resolve_mentions(self.recognise(parts), doc_id, home_countries)

    def place_at_seat(self, event: Event) -> None:
        """An event known only by its province sits at the province's seat, as ACLED codes it
        (geo_precision 3 at the provincial capital), not at the province's middle: the town is
        where such reports mostly come from, and a point inside the province either way."""
        if event.geonameid is None or event.geo_precision != 3:
            return
        town = self.gaz.seat(event.geonameid)
        if town is not None and town.lat is not None and town.lon is not None:
            event.latitude, event.longitude = town.lat, town.lon

    def resolve_name(self, name: str, context: Iterable[str | Toponym] | str | None = None) -> Toponym | None:
        """Resolve a single name; `context` names places (or countries) the text is about.

        Returns None when the name is not in the gazetteer.
        """
        if isinstance(context, str):
            context = [context]
        ctx_mentions: list[Mention] = []
        for item in context or ():
            if isinstance(item, Toponym):
                if item.geonameid is not None and (c := self.gaz.get(item.geonameid)) is not None:
                    ctx_mentions.append(Mention(item.text, 0, 0, "GPE", 1, 0, 0, -1, cands=(c,)))
                elif item.name:
                    ctx_mentions.append(Mention(item.name, 0, 0, "GPE", 1, 0, 0, -1, cands=self.gaz.candidates(item.name)))
            else:
                ctx_mentions.append(Mention(item, 0, 0, "GPE", 1, 0, 0, -1, cands=self.gaz.candidates(item)))
        text = _TRAILING.sub("", _LEADING.sub("", name.strip()))
        cands = self.gaz.candidates(text)
        if not cands:
            return None
        m = Mention(name, 0, len(name), "GPE", 0, 0, 0, 0, cands=cands)
        top = self.resolve_mentions([m, *ctx_mentions])[0]
        return top if top.resolved or top.name else top


_DIVISION_PLURALS = frozenset("county counties parish parishes township townships state states province provinces city cities".split())


def _owner(root: Token, suffixes: Mapping[str, int]) -> bool:
    """The name modifies a noun that is no place ("two US drones", "the US embassy",
    "Turkish warplanes"), or names a backer ("Iranian-backed militias", "the US-led
    coalition"): it says whose, not where."""
    if root.head.lower_ in _BACKING_WORDS and root.i < root.head.i:
        return True
    return (root.dep_ in ("compound", "amod", "nmod", "poss") and root.head.pos_ == "NOUN"
            and root.head.lemma_.lower() not in _PLACE_NOUNS and root.head.lower_ not in suffixes)


_BACKING_WORDS = frozenset({"backed", "led", "supported", "sponsored", "affiliated", "allied", "aligned",
                            "funded", "trained"})


def _with_article(m: Mention) -> bool:
    """The name is written after "the" ("the White House", "near the Kali hills")."""
    return m.prefix.split()[-1:] == ["the"] or m.text.lower().startswith("the ")


def _lies_in(c: Candidate, area: Candidate) -> bool:
    """`c` lies in the country or first-level division `area`."""
    if c.cc != area.cc:
        return False
    if area.fcode == "ADM1":
        return c.id == area.id if c.fcode == "ADM1" else c.admin1 == area.admin1
    return True


def _contains_link(x: Mention, y: Mention) -> bool:
    """`y` follows `x` as its container: "X, Y", "X (Y)", "X in (the) Y", "(A and) X counties
    in Y"; not "X and Y", nor a name a few words on."""
    gap = y.tok_start - (x.name_end or x.tok_end)
    words = y.prefix.split()  # up to two lowercased words before `y`, punctuation left out
    if gap <= 0:
        return True
    if gap == 1:
        # the token between is punctuation or "in"/"of"
        xw = x.text.split()
        last = x.name_last or (xw[-1].lower() if xw else "")
        return bool(words) and (words[-1] in ("in", "of") or bool(last) and words[-1] == last)
    if gap == 2 and x.suffix in _VILLAGE_NOUNS and words and words[-1] == x.suffix:
        return True  # "Al-Husayniyah village, Deir-ez-Zor countryside"
    if gap <= 4 and words == ["coded", "as"]:
        return True  # a coder's own address: "in Bate village, coded as Arso district, ..."
    if gap in (2, 3) and len(words) == 1 and (words[0] in _WRITTEN_WITH_NOUNS or words[0] in _PLURAL_DIVISIONS) and (
            x.suffix in _WRITTEN_WITH_NOUNS or x.suffix in _PLURAL_DIVISIONS) and (gap == 3 or words[0] == x.suffix):
        # (the words are the two tokens before `y` less punctuation: one word and a bracket or comma)
        return True  # "Uri sector (Baramulla, J&K)", "Shahpur sector area (Poonch district, J&K)"
    if gap == 3 and len(words) == 1 and words[0] in _SEAT_NOUNS and x.suffix in _WRITTEN_WITH_NOUNS:
        # (the words are the two tokens before `y` less punctuation: the seat's word and a comma)
        return True  # "Ghoryan district center, Herat", "Kunduz city centre, Kunduz"
    if gap in (2, 4) and len(words) == 2 and words[1] in ("in", "of") and words[0] in _WRITTEN_WITH_NOUNS and (
            x.suffix == words[0] if gap == 2 else x.suffix == "sub"):
        return True  # "Bole neighbourhood of Addis Ababa", "Bole sub-city of Addis Ababa"
    if gap == 2 and len(words) == 2:
        return words[0] in ("in", "of") and words[1] == "the" or words[1] in ("in", "of") and words[0] in _DIVISION_PLURALS
    # "Yathrib, south-east of Balad", "X, 20 km north of Y": a place near the next one
    return gap <= 7 and len(words) == 2 and words[-1] == "of" and words[0] in _DIRECTION_WORDS and x.suffix == ","


# plural division words after a list of names, and the level of the divisions they name
_PLURAL_DIVISIONS = {
    "counties": "ADM2", "parishes": "ADM2", "boroughs": "ADM2", "districts": "ADM2", "municipalities": "ADM2",
    "provinces": "ADM1", "governorates": "ADM1", "oblasts": "ADM1", "states": "ADM1",
}
# plural place words closing a list of names written after an owner: "Borno's Gwoza and Bama districts"
_PLURAL_PLACE_NOUNS = frozenset(_PLURAL_DIVISIONS) | frozenset(
    "areas local lgas towns villages neighbourhoods neighborhoods suburbs communities townships".split())


def _coordinated(x: Mention, y: Mention) -> bool:
    """`y` follows `x` in a list: "X, Y", "X and Y", "X, and Y", "X or Y"."""
    if y.seg != x.seg or y.sent_start != x.sent_start:
        return False
    gap = y.tok_start - x.tok_end
    words = y.prefix.split()  # punctuation left out
    xw = x.text.split()
    last = xw[-1].lower() if xw else ""
    if gap == 1:
        return bool(words) and (words[-1] in ("and", "or") or words[-1] == last)
    # "X, and Y" (the comma left out of the words)
    return gap == 2 and bool(words) and words[-1] in ("and", "or") and (len(words) == 1 or words[0] == last)


def _division_lists(mentions: list[Mention]) -> dict[int, str]:
    """Mentions in a list closed by a plural division word ("Butler, Clark and Warren
    counties"), with the feature code of that level."""
    out: dict[int, str] = {}
    for idx, m in enumerate(mentions):
        level = _PLURAL_DIVISIONS.get(m.suffix)
        if level is None or m.fixed is not None:
            continue
        out[idx] = level
        j = idx
        while j > 0 and _coordinated(mentions[j - 1], mentions[j]):
            j -= 1
            out[j] = level
    return out


def _name_key(text: str) -> str:
    """Mentions of one name ("Athens", "Athens City") share a key."""
    toks = norm_key(text).split()
    if len(toks) > 1 and toks[-1] in ("city", "town", "village"):
        toks = toks[:-1]
    return " ".join(toks)


_Grid = dict[tuple[int, int], list[tuple[float, float, str]]]


def _neighbour_grid(mentions: list[Mention]) -> _Grid:
    """The points of every candidate town and second-level division of the document's
    names, by whole-degree cell, with the key of the name they read."""
    grid: _Grid = {}
    for m in mentions:
        if m.fixed is not None or not m.cands:
            continue
        key = _name_key(m.text)
        for c in m.cands:
            if c.lat is None or not (c.fclass == "P" or c.fcode == "ADM2"):
                continue
            grid.setdefault((int(math.floor(c.lat)), int(math.floor(c.lon))), []).append((c.lat, c.lon, key))  # type: ignore[arg-type]
    return grid


def _tight_neighbours(grid: _Grid, c: Candidate, own: str, km: float, inner: float = 0.0) -> float:
    """How many names of the document other than `own` have a reading within `km` of `c`:
    each counts 1 within `inner` km, less and less from there to `km`."""
    lat, lon = c.lat, c.lon
    assert lat is not None and lon is not None
    ci, cj = int(math.floor(lat)), int(math.floor(lon))
    ri = math.ceil(km / 111.0)
    rj = min(180, math.ceil(km / max(1.0, 111.3 * math.cos(math.radians(min(89.0, abs(lat)) + 1.0)))))
    names: dict[str, float] = {}
    for di in range(-ri, ri + 1):
        for dj in range(-rj, rj + 1):
            for plat, plon, key in grid.get((ci + di, cj + dj), ()):
                if key == own or names.get(key, 0.0) >= 1.0:
                    continue
                d = haversine_km(lat, lon, plat, plon)
                if d <= km:
                    w = 1.0 if d <= inner else (km - d) / (km - inner)
                    if w > names.get(key, 0.0):
                        names[key] = w
    return sum(names.values())


def _midpoint(lat1: float, lon1: float, lat2: float, lon2: float) -> tuple[float, float]:
    p1, p2, l1, l2 = map(math.radians, (lat1, lat2, lon1, lon2))
    bx = math.cos(p2) * math.cos(l2 - l1)
    by = math.cos(p2) * math.sin(l2 - l1)
    lat = math.atan2(math.sin(p1) + math.sin(p2), math.sqrt((math.cos(p1) + bx) ** 2 + by**2))
    lon = l1 + math.atan2(by, math.cos(p1) + bx)
    return math.degrees(lat), math.degrees(lon)


def _governing_preposition(tok: Token) -> str | None:
    """The preposition a place name hangs from ("in Hajin" -> "in")."""
    t = tok
    for _ in range(4):
        if t.dep_ in ("compound", "amod", "nmod", "flat", "appos", "conj", "nummod") and t.head is not t or (
                t.dep_ == "npadvmod" and t.i + 1 < len(t.doc) and t.nbor().text in ("-", "–") and not t.whitespace_):
            t = t.head  # (also the first name of "the Deir-ez-Zor-Palmyra highway")
            continue
        break
    if t.dep_ == "pobj" or t.head.dep_ == "prep" and t.dep_ == "pcomp":
        prep = t.head
        # "in the area of Hajin", "near the town of X": the place noun's own preposition counts
        if (prep.lower_ == "of" and (prep.head.lemma_.lower() in _PLACE_NOUNS or prep.head.lower_ in _PLACE_NOUNS)
                and prep.head.dep_ == "pobj" and prep.head.head is not prep.head):
            return prep.head.head.lower_
        if prep.dep_ in ("pcomp", "prep") and prep.head.lower_ == "from":
            return "from"  # "from over the Golan", "from across the border": where from
        return prep.lower_
    return None


_REPORTING_LEMMAS = frozenset({"say", "report", "claim", "announce", "quote", "state", "add", "tell"})


def _cited_source(doc: Doc, i: int) -> bool:
    """The token at `i` is cited as a source: "according to SANA", "SANA reported"."""
    if " ".join(t.lower_ for t in doc[max(0, i - 2):i]) in ("according to", "reported by"):
        return True
    return i + 1 < len(doc) and doc[i + 1].lemma_.lower() in _REPORTING_LEMMAS and doc[i + 1].pos_ in ("VERB", "AUX")


_LAUNCH_LEMMAS = frozenset({"fire", "launch", "shoot", "shell", "lob"})


def _inside_origin(tok: Token) -> bool:
    """The place hangs from a preposition whose noun is itself where something was fired
    "from": "shells fired from positions in the Ghab plain"."""
    t = tok
    while t.dep_ in ("compound", "amod", "flat", "appos", "conj") and t.head is not t:
        t = t.head
    if t.dep_ != "pobj":
        return False
    holder = t.head.head  # the noun the "in" phrase modifies
    return (holder.dep_ == "pobj" and holder.head.lower_ == "from"
            and holder.head.head.lemma_.lower() in _LAUNCH_LEMMAS)


def _place_noun_of(tok: Token) -> Token | None:
    """The place noun a name is "of" ("the village of Kansafra", "the outskirts of Batifa")."""
    t = tok
    while t.dep_ in ("compound", "flat") and t.head is not t:
        t = t.head
    noun = t.head.head
    if t.dep_ == "pobj" and t.head.lower_ == "of" and (
            noun.lemma_.lower() in _PLACE_NOUNS or noun.lower_ in _PLACE_NOUNS or noun.lemma_.lower() in _SITE_NOUNS):
        return noun
    return None


# between a place and the place it lies in: "X in Y", "X in the north-eastern Y countryside"
_IN_CONTAINER_GAP = re.compile(
    r"^(?:\s+[a-z-]+){0,3}?\)?\s*in(?:\s+the)?(?:\s+(?:north|south|east|west|central)(?:[- ]?(?:east|west))?(?:ern)?)?\s*$")
# ("Harir air base in Erbil": the words between are lowercase nouns of the first place)
_ROAD_NOUNS = frozenset("road highway motorway street avenue route expressway stretch".split())
_CAMP_WORDS = frozenset({"camp"})
# sites in a town: "in the main square of Jarablus" is in Jarablus
_SITE_NOUNS = frozenset("square market street streets mosque hospital port airport".split())
# nouns whose "of" names a place: "the centre of Azaz", "the outskirts of Batifa"
_OF_PLACE_NOUNS = frozenset("centre center outskirts vicinity heart edge suburbs environs town village city countryside".split())
# a facility a town's name comes before: "Qamishli airport", "Kuweires air base"
_FACILITY_WORDS = frozenset({"airport", "airbase", "airfield"})


def _place_apposition(doc: Doc, j: int) -> bool:
    """What follows the name ending at `j` says it is a place: ", a town on the Euphrates",
    ", the village of ...", ", northern Hama countryside"."""
    if j + 2 >= len(doc) or doc[j].text != ",":
        return False
    k = j + 1
    if doc[k].lower_ in ("a", "an", "the"):
        k += 1
    while k < len(doc) and doc[k].is_lower and doc[k].is_alpha and doc[k].lower_ not in _SETTLEMENT_NOUNS and k - j <= 3:
        k += 1  # ("a small town", "a Kurdish village" is cut by the capital below)
    if k + 1 < len(doc) and doc[k].lower_ in _SETTLEMENT_NOUNS and (doc[k + 1].is_punct or doc[k + 1].pos_ == "ADP"):
        return True
    k = j + 1
    if doc[k].lower_.replace("-", "") not in _DIRECTION_ADJECTIVES:
        return False
    k += 1
    while k < len(doc) and (doc[k].is_title or doc[k].text in ("-", "–")) and k - j <= 5:
        k += 1
    return k > j + 2 and k < len(doc) and doc[k].lower_ in ("countryside", "governorate", "province", "district")


def _road_between(doc: Doc, i: int) -> bool:
    """The name at `i` is one end of a road: "the road between Al-Mayadin and ...",
    "the highway linking Kirkuk to ..."."""
    return i > 1 and doc[i - 1].lower_ in ("between", "linking", "connecting") and doc[i - 2].lower_ in _ROAD_NOUNS


def _facility_after(doc: Doc, j: int) -> bool:
    """An airport or air base follows the name at `j`."""
    if j >= len(doc):
        return False
    return doc[j].lower_ in _FACILITY_WORDS or doc[j].lower_ == "air" and j + 1 < len(doc) and doc[j + 1].lower_ == "base"
_WAY_NOUNS = _ROAD_NOUNS | {"square", "roundabout"}  # (a name before them is no town)
# sites and natural features a name with lowercase words after it may be ("oil field", "air base")
_FEATURE_CLASSES = frozenset({"S", "T", "H", "L"})
# rivers, canals and wadis: a line on the map, which the gazetteer holds as one point
ALONG_CODES = frozenset({"STM", "STMS", "STMI", "CNL", "WAD"})

_PLACE_NOUNS = frozenset(
    "area town city village outskirts vicinity countryside region district province governorate "
    "suburb suburbs neighbourhood neighborhood centre center edge part parts north south east west "
    "environs municipality county state border borders capital heart zone surroundings frontline "
    "axis sector entrance entrances entry gate gates periphery fringes northeast northwest southeast southwest".split()
)


def _possessive(mark: str, owner: str) -> bool:
    """`mark`, written after the name `owner`, is its possessive: "'s", or "'" after a name ending
    in s ("Lagos' Ikeja district", not a closing quote)."""
    return mark.lower() in ("'s", "’s") or mark in ("'", "’") and owner.endswith("s")


def _possessive_gap(owner: Toponym, between: str) -> bool:
    """`between` is the possessive after `owner` and the space before the next name ("'s ")."""
    return between[-1:].isspace() and _possessive(between.rstrip(), owner.text)


def _owned_by(x: Toponym, owner: Toponym, between: str) -> bool:
    """`x` is written right after `owner`'s possessive and lies in it: "Mali's Mopti region",
    "Benue's Guma area", "Nairobi's Eastleigh" (a country, a first-level division, or a place of
    the division the owner is in)."""
    if not (x.resolved and owner.resolved and _possessive_gap(owner, between)):
        return False
    if x.feature_code in COUNTRY_CODES or x.country_code is None or x.country_code != owner.country_code:
        return False
    return owner.feature_code in COUNTRY_CODES or owner.admin1 is not None and owner.admin1 == x.admin1


def event_location(toponyms_in_sentence: list[Toponym], sent: Span, offset: int = 0) -> Toponym | None:
    """Where the event of `sent` happened: prefer objects of in/near/at/outside/around/on,
    penalise origins ("from"), then prefer resolved and more precise places. `offset` is
    where `sent.doc` starts in the text the toponyms' offsets refer to."""
    if not toponyms_in_sentence:
        return None
    areas = geodata.areas()
    text = sent.text
    base = offset + sent.start_char
    used: set[int] = set()
    # how strongly the wording makes each place the event's, and whether it is named only
    # as whose something is / as the address of a name not placed
    where: list[float] = []
    whose_of: list[bool] = []
    unnamed_of: list[bool] = []
    for t in toponyms_in_sentence:
        whose = False
        unnamed_before = False
        # locate the toponym in the sentence by its offset; by its text if the offsets disagree
        rel = t.start - base
        pos = rel if 0 <= rel < len(text) and text.startswith(t.text, rel) else -1
        if pos < 0:
            k = text.find(t.text)
            while k >= 0 and k in used:
                k = text.find(t.text, k + 1)
            pos = k
        score = 0.0
        if pos >= 0:
            used.add(pos)
            span = sent.doc.char_span(sent.start_char + pos, sent.start_char + pos + len(t.text), alignment_mode="expand")
            if span is not None and len(span):
                prep = _governing_preposition(span.root)
                noun = _place_noun_of(span.root)  # "the village of Kansafra": the village is the place
                obj = noun if noun is not None else span.root
                if prep in areas.location_prepositions and _inside_origin(span.root):
                    score -= 3.0  # "fired from positions in the Ghab plain": where from, not where
                elif prep == "across" and t.feature_code in ALONG_CODES:
                    score -= 3.0  # "fired across the Euphrates at X": the river crossed, not where
                elif prep in areas.location_prepositions:
                    score += 3.0
                elif obj.dep_ == "dobj" and obj.head.lemma_.lower() in areas.place_object_verbs:
                    score += 3.0  # "shelled Maabatli in the Aleppo countryside": the place shelled
                elif span.start == sent.start and _place_apposition(sent.doc, span.end):
                    score += 4.0  # "Anah, a town on the Euphrates in Anbar, was retaken": Anah
                elif (_road_between(sent.doc, span.start)
                      and _governing_preposition(sent.doc[span.start - 2]) in areas.location_prepositions):
                    score += 3.0  # "on the road between Atmeh and Qah": the road's first town
                elif prep in areas.origin_prepositions and noun is None:
                    score -= 3.0
                if span.root.dep_ in ("amod",) or first_entity_label(span) == "NORP":
                    score -= 1.5
                if prep == "between" and span.root.dep_ == "conj" and not any(
                        o.start <= span.root.head.idx + offset < o.end for o in toponyms_in_sentence):
                    score -= 3.0  # "reconciliation between the opposition and Damascus": its government
                if (span.start >= 2 and sent.doc[span.start - 1].text == "," and sent.doc[span.start - 2].pos_ == "PROPN"
                        and not any(o.start <= sent.doc[span.start - 2].idx + offset < o.end for o in toponyms_in_sentence)):
                    unnamed_before = True  # "in Jabal al-Zawiya, Idleb": the address of a name not placed
                if span.root.dep_ == "appos" and span.root.head.i < span.start and (
                        span.root.head.pos_ == "PROPN" or span.root.head.lemma_.lower() in _PLACE_NOUNS):
                    score -= 1.5  # "in an area of Al-Fao district, Basrah": the address's container
                way = span.root.head
                if span.root.dep_ == "compound" and way.dep_ == "compound" and way.head is not way:
                    way = way.head  # "the Mumbai-Barwani stretch": both ends name the way
                if span.root.dep_ in ("compound", "amod", "nmod") and way.lemma_.lower() in _WAY_NOUNS:
                    # "on Murree road in Rawalpindi": a road named after where it leads; "Al-Karama
                    # square in As-Sweida": a square of the town, never a town itself
                    score -= 2.0 if way.lemma_.lower() in _ROAD_NOUNS else 4.0
                elif t.feature_code in COUNTRY_CODES and _owner(span.root, areas.suffixes):
                    score -= 2.0  # "two US drones", "the US embassy": whose, not where
                    whose = True
                end = span.end
                if end + 1 < len(sent.doc) and sent.doc[end].text in ("-", "–") and sent.doc[end + 1].is_lower:
                    score -= 4.0  # "Saudi-led", "Iranian-backed": who acted, never where
                    whose = True
        where.append(score)
        whose_of.append(whose)
        unnamed_of.append(unnamed_before)
    # "Qalaat al-Madiq in the western Hama countryside", "near Tal Tamr in Al-Hasakeh": the
    # second place only says where the first lies; the first is where, as the second's
    # preposition says, and as precisely as the text names it
    contained: set[int] = set()
    order_by_start = sorted(range(len(toponyms_in_sentence)), key=lambda k: toponyms_in_sentence[k].start)
    for a, b in itertools.pairwise(order_by_start):
        x, y = toponyms_in_sentence[a], toponyms_in_sentence[b]
        between = text[x.end - base:y.start - base] if 0 <= x.end - base <= y.start - base else ""
        if _possessive_gap(x, between) and x.resolved and not y.resolved:
            unnamed_of[a] = True  # "attacked Nairobi's Eastleigh area": in the city, not at its middle
        if _owned_by(y, x, between):
            # "attacked Mali's Mopti region", "in Benue's Guma area": the owner only says where the
            # place it owns lies
            where[b] = max(where[b], where[a])
            contained.add(a)
            continue
        if (x.resolved and y.resolved and x.country_code == y.country_code
                and y.feature_code not in COUNTRY_CODES and (y.admin1 is None or x.admin1 == y.admin1)
                and 0 < y.start - x.end <= 30 and _IN_CONTAINER_GAP.match(text[x.end - base:y.start - base])):
            if where[a] < 0:
                where[b] = min(where[b], where[a])  # "a man from Al-Hirak in Dara": both origins
            else:
                where[a] = max(where[a], where[b])
                contained.add(b)
    # a river is one point for a long line: never where the event was when the sentence names a
    # town or district too ("an island in the Tigris near Al-Shirqat"), nor when it names a place
    # of another country than the river's point ("in the Euphrates near Haditha, Anbar")
    along = [t.resolved and t.feature_code in ALONG_CODES for t in toponyms_in_sentence]
    for k, t in enumerate(toponyms_in_sentence):
        if along[k] and any(
                o.resolved and not along[n] and not whose_of[n] and where[n] >= 0
                and o.feature_code not in COUNTRY_CODES and ((o.geo_precision or 3) <= 2 or o.country_code != t.country_code
                                                             or o.feature_code in ("ADM1", "ADM2"))
                or o.resolved and o.feature_code in COUNTRY_CODES and not whose_of[n] and where[n] > 0 and o.country_code != t.country_code
                for n, o in enumerate(toponyms_in_sentence)):
            contained.add(k)
    best: Toponym | None = None
    best_score = -1e9
    best_whose = False
    best_unnamed = False
    best_where = -1e9  # how strongly the wording makes the chosen place the event's
    unknown_where = -1e9  # ... and the strongest such place the gazetteer does not know
    for order, t in enumerate(toponyms_in_sentence):
        score = where[order]
        if t.resolved:
            score += 2.0 + {1: 2.0, 2: 1.0, 3: 0.0}.get(t.geo_precision or 3, 0.0)
            if not t.country_code:
                score -= 4.0  # a sea, a lake four countries share, a region: where only if nothing else is
        else:
            score -= 5.0
            unknown_where = max(unknown_where, where[order])
        if order in contained:
            score -= 10.0
        score -= 0.01 * order
        if score > best_score:
            best, best_score, best_whose = t, score, whose_of[order]
            best_where, best_unnamed = where[order], unnamed_of[order]
    # a country named only as whose the weapons were or who backed the side is never the place
    if best is None or not best.resolved or best_whose:
        return None
    if (unknown_where > best_where or best_unnamed) and (best.geo_precision or 3) < 2:
        # the place stands in for one the text names as where it happened but the gazetteer
        # lacks ("Al-Bara village in Jabal al-Zawiya, Idleb" placed at Idlib): near it, not at it
        return replace(best, geo_precision=2)
    return best
