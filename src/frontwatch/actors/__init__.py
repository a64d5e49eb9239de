"""Actors: who did what to whom, normalised through the actor table (`data/actors.yaml`).

The table is data: an analyst adds a group by adding a YAML entry. This module
loads and validates it and finds actor mentions in a spaCy Doc.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..datafiles import load_yaml, require, str_list
from ..events.lexicon import SUB_EVENT_TYPES

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

INTER_CODES = {
    1: "State Forces",
    2: "Rebel Groups",
    3: "Political Militias",
    4: "Identity Militias",
    5: "Rioters",
    6: "Protesters",
    7: "Civilians",
    8: "External/Other Forces",
}
ARMED = {1, 2, 3, 4, 8}
MEMBER_NOUNS = ("militants", "fighters", "forces", "troops", "militiamen", "rebels", "insurgents",
                "members", "elements", "soldiers", "gunmen", "militia", "militias", "cadres", "bomber", "bombers")
MILITIA_NOUNS = ("militia", "militias", "militiamen")
NON_STATE_ARMED = frozenset({2, 3, 4})  # rebels, political and identity militias
HOME_FORCES = NON_STATE_ARMED | {1}  # and a state's own forces
_BOMBER_NOUNS = frozenset({"bomber", "bombers", "attacker", "attackers"})
# the head and a word of a rebel group's name the table need not list ("Ta'ang National Liberation Army")
_REBEL_NAME_HEADS = frozenset({"army", "front", "movement"})
_REBEL_NAME_WORDS = frozenset({"liberation", "revolutionary", "resistance", "independence", "freedom", "insurgent"})
# lowercase words and marks inside a group's name ("Front for the Liberation of ...")
_NAME_GLUE = frozenset({"of", "the", "for", "and", "'s", "’s", "-", "de", "du", "des", "la", "le", "al"})
# an acronym: two to eight letters, capital first and last, at least two capitals ("JNIM", "AGuH")
_ACRONYM = re.compile(r"^(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z]{0,6}[A-Z]$")


@dataclass(frozen=True)
class Actor:
    name: str
    inter: int
    country: str | None = None  # ISO code
    anaphora: tuple[str, ...] = ()


@dataclass(frozen=True)
class ActorMention:
    actor: Actor
    start: int  # token index in the spaCy Doc
    end: int
    anaphoric: bool = False


@dataclass(frozen=True)
class RoleDefault:
    """ACLED's coding of one side of an event type when the text does not say it."""

    name: str  # plain name; `with_country` adds the event's country
    inter: int
    replace: frozenset[int]  # inter codes of a found actor this default overrides


@dataclass(frozen=True)
class Convention:
    actor1: RoleDefault | None
    actor2: RoleDefault | None
    no_actor2: bool  # the event type has no second side ("Peaceful protest")


@dataclass(frozen=True)
class UnlistedGroups:
    """A group the table does not list: named by its acronym before a fighters' noun
    ("JNIM militants": the acronym is the actor), or by a name holding one of `name_words`
    followed by its acronym ("Baloch Liberation Front (BLF)": "BLF: Baloch Liberation Front")."""

    nouns: frozenset[str]
    inter: int
    not_groups: frozenset[str]  # acronyms that are no armed group ("UN", "EU")
    name_words: frozenset[str] = frozenset()  # lowercase ("liberation", "army"), see above
    # a name holding one of a kind's words before one of its nouns ("National Resistance forces",
    # "Al-Akidat tribe fighters"): a militia of that kind's inter code; (words, nouns, inter)
    militias: tuple[tuple[frozenset[str], frozenset[str], int], ...] = ()


@dataclass
class ActorTable:
    actors: list[Actor]
    aliases: dict[str, list[str]]  # actor name -> aliases
    generic: list[tuple[list[str], str, int]]  # heads, name pattern, inter
    plain: list[tuple[list[str], str, int]]
    countries: dict[str, str]  # iso -> name
    demonyms: dict[str, str]  # lowercase adjective -> iso
    conventions: dict[str, Convention] = field(default_factory=dict)  # sub-event type -> roles
    unlisted: UnlistedGroups | None = None
    # actor name -> country where the same name means another actor -> that actor ("Asayish"
    # in Syria are the SDF's security forces, in Iraq the Kurdistan Region's police)
    abroad: dict[str, dict[str, Actor]] = field(default_factory=dict)
    by_name: dict[str, Actor] = field(default_factory=dict)
    plain_names: frozenset[str] = frozenset()  # names of the bare-noun actors ("Rebel group")

    def __post_init__(self) -> None:
        self.by_name = {a.name: a for a in self.actors}
        self._isos = {name: iso for iso, name in self.countries.items()}
        self.plain_names = frozenset(name for _w, name, _i in self.plain)

    def named_group(self, actor: Actor) -> bool:
        """A non-state armed group a text names (listed, or written as an acronym), not a
        bare noun ("gunmen", "rebels", "clan militias")."""
        return actor.inter in NON_STATE_ARMED and actor.name not in self.plain_names

    def home_country(self, actor: Actor) -> str | None:
        """The country a listed actor fights in at home (a state's own forces named as such,
        rebels, militias; not foreign forces): "the SDF" -> SY. Generic names that travel
        ("regime forces") are plain nouns, not table entries, and have none."""
        if actor.country and actor.inter in HOME_FORCES and self.by_name.get(actor.name) == actor:
            return actor.country
        return None

    def country_name(self, iso: str | None) -> str | None:
        return self.countries.get(iso) if iso else None

    def country_iso(self, name: str | None) -> str | None:
        """The ISO code of a country by the name events carry ("Syria" -> "SY")."""
        return self._isos.get(name) if name else None


def _load(path: str | Path | None) -> ActorTable:
    data = load_yaml(path or "actors.yaml")
    src = str(path or "actors.yaml")
    countries: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    for c in data.get("countries") or []:
        require(isinstance(c, dict) and "iso" in c and "name" in c, "country needs iso and name", src)
        iso = str(c["iso"]).upper()
        require(len(iso) == 2, f"country iso {iso!r} is not two letters", src)
        countries[iso] = str(c["name"])
        for d in str_list(c.get("demonyms"), f"demonyms of {iso}", src):
            # "US" and "UK" match as written only: lowercase "us" is a pronoun
            demonyms[d if d.isupper() else d.lower()] = iso
    actors: list[Actor] = []
    aliases: dict[str, list[str]] = {}
    abroad: dict[str, dict[str, Actor]] = {}
    for a in data.get("actors") or []:
        require(isinstance(a, dict) and isinstance(a.get("name"), str), "actor needs a name", src)
        name = a["name"]
        inter = a.get("inter")
        require(inter in INTER_CODES, f"actor {name!r}: inter must be 1-8, not {inter!r}", src)
        require(name not in aliases, f"actor {name!r} is listed twice", src)
        country = a.get("country")
        require(country is None or str(country).upper() in countries,
                f"actor {name!r}: unknown country {country!r}", src)
        actors.append(
            Actor(
                name=name,
                inter=int(inter),
                country=str(country).upper() if country else None,
                anaphora=tuple(s.lower() for s in str_list(a.get("anaphora"), "anaphora", src)),
            )
        )
        aliases[name] = str_list(a.get("aliases"), f"aliases of {name!r}", src, allow_empty=False)
        for iso_other, other in (a.get("abroad") or {}).items():
            iso_other = str(iso_other).upper()
            require(iso_other in countries and isinstance(other, dict) and isinstance(other.get("name"), str)
                    and other.get("inter") in INTER_CODES,
                    f"actor {name!r}: abroad needs a known country, a name and an inter code", src)
            abroad.setdefault(name, {})[iso_other] = Actor(name=other["name"], inter=int(other["inter"]),
                                                           country=iso_other)

    def rules(key: str, words_key: str) -> list[tuple[list[str], str, int]]:
        out = []
        for g in data.get(key) or []:
            require(isinstance(g, dict), f"{key} entries must be mappings", src)
            require(g.get("inter") in INTER_CODES, f"{key}: inter must be 1-8", src)
            require(isinstance(g.get("name"), str), f"{key}: name missing", src)
            out.append(
                (str_list(g.get(words_key), f"{key} {words_key}", src, allow_empty=False),
                 g["name"], int(g["inter"]))
            )
        return out

    generic = rules("generic", "heads")
    for _, pattern, _ in generic:
        require("{country}" in pattern, f"generic name {pattern!r} lacks {{country}}", src)

    def role(spec: Any, what: str) -> RoleDefault | None:
        if spec is None:
            return None
        require(isinstance(spec, dict) and isinstance(spec.get("name"), str), f"{what} needs a name", src)
        require(spec.get("inter") in INTER_CODES, f"{what}: inter must be 1-8", src)
        rep = spec.get("replace") or []
        require(isinstance(rep, list) and all(r in INTER_CODES for r in rep),
                f"{what}: replace must list inter codes", src)
        return RoleDefault(spec["name"], int(spec["inter"]), frozenset(int(r) for r in rep))

    conventions: dict[str, Convention] = {}
    for i, c in enumerate(data.get("conventions") or []):
        require(isinstance(c, dict), f"conventions entry {i} must be a mapping", src)
        subs = str_list(c.get("sub_event_types"), f"conventions {i} sub_event_types", src, allow_empty=False)
        conv = Convention(role(c.get("actor1"), f"conventions {i} actor1"),
                          role(c.get("actor2"), f"conventions {i} actor2"), bool(c.get("no_actor2", False)))
        for sub in subs:
            require(sub in SUB_EVENT_TYPES, f"conventions: unknown sub-event type {sub!r}", src)
            require(sub not in conventions, f"conventions: {sub!r} listed twice", src)
            conventions[sub] = conv
    unlisted = None
    u = data.get("unlisted_groups")
    if u is not None:
        require(isinstance(u, dict) and u.get("inter") in INTER_CODES, "unlisted_groups needs an inter code", src)
        unlisted = UnlistedGroups(
            frozenset(w.lower() for w in str_list(u.get("nouns"), "unlisted_groups nouns", src, allow_empty=False)),
            int(u["inter"]),
            frozenset(str_list(u.get("not_groups"), "unlisted_groups not_groups", src)),
            frozenset(w.lower() for w in str_list(u.get("name_words", []), "unlisted_groups name_words", src)),
        )
        kinds = u.get("militias", [])
        require(isinstance(kinds, list), "unlisted_groups militias must be a list", src)
        militias = []
        for m in kinds:
            require(isinstance(m, dict) and m.get("inter") in INTER_CODES, "unlisted_groups militias: each needs an inter code", src)
            militias.append((
                frozenset(w.lower() for w in str_list(m.get("name_words"), "unlisted_groups militias name_words", src, allow_empty=False)),
                frozenset(w.lower() for w in str_list(m.get("nouns"), "unlisted_groups militias nouns", src, allow_empty=False)),
                int(m["inter"]),
            ))
        unlisted = dataclasses.replace(unlisted, militias=tuple(militias))
    return ActorTable(actors, aliases, generic, rules("plain", "words"), countries, demonyms, conventions, unlisted,
                      abroad)


@functools.lru_cache(maxsize=4)
def load_actor_table(path: str | None = None) -> ActorTable:
    return _load(path)


def _variants(alias: str) -> list[str]:
    """Surface forms an alias matches. Acronyms match as written, and in
    lower/title case when they are 3+ letters (comment threads write 'saa', 'Isis')."""
    if alias.isupper() and alias.replace(".", "").replace("-", "").isalpha():
        out = [alias]
        if len(alias) >= 3:
            out += [alias.lower(), alias.title()]
        return out
    return [alias]


COMMUNITY_WORDS = frozenset({"clan", "clans", "sub-clan", "subclan", "tribe", "tribes", "tribal",
                             "ethnic", "community", "communities", "communal", "villagers",
                             "kinsmen", "lineage", "section", "sections"})


def _of_a_community(noun: Token) -> bool:
    """The militia noun's own phrase names a clan, tribe or community it comes from."""
    return any(t.lower_ in COMMUNITY_WORDS for t in noun.subtree if t.i > noun.i)


def _opposed(doc: Doc, start: int) -> bool:
    """"anti-Houthi forces": the name after "anti-" is who they fight, not who they are."""
    return start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ == "anti"


class ActorMatcher:
    """Finds actor mentions in a Doc: named actors, country + noun, plain nouns, anaphora."""

    def __init__(self, nlp: Language, table: ActorTable | None = None) -> None:
        from spacy.matcher import PhraseMatcher

        self.table = table or load_actor_table()
        self.vocab = nlp.vocab
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.generic = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.plain = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.anaphora = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._key: dict[int, Any] = {}
        tok = nlp.tokenizer
        for actor in self.table.actors:
            exact: list[Doc] = []
            lower: list[Doc] = []
            for alias in self.table.aliases[actor.name]:
                for v in _variants(alias):
                    (exact if alias.isupper() else lower).append(tok(v))
            key = self._register(("actor", actor.name))
            if exact:
                self.exact.add(key, exact)
            if lower:
                self.lower.add(key, lower)
            if actor.anaphora:
                self.anaphora.add(key, [tok(p) for p in actor.anaphora])
        for i, (heads, _name, _inter) in enumerate(self.table.generic):
            self.generic.add(self._register(("generic", i)), [tok(h) for h in heads])
        for i, (words, _name, _inter) in enumerate(self.table.plain):
            self.plain.add(self._register(("plain", i)), [tok(w) for w in words])
        self._generic_cache: dict[tuple[str, int], Actor] = {}
        # the generic pattern a country's military is named by ("Military Forces of {country}")
        self._military = next((pattern for _heads, pattern, inter in self.table.generic
                               if inter == 1 and pattern.startswith("Military Forces")), None)
        # ... and its government ("Government of {country}")
        self._government = next((pattern for _heads, pattern, inter in self.table.generic
                                 if inter == 1 and pattern.startswith("Government of")), None)
        # "the army of Mali", "military forces of Armenia": a country name after the head
        self.country_names = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._country_key: dict[int, str] = {}
        for iso, cname in self.table.countries.items():
            key = f"FW_COUNTRY_{iso}"
            self._country_key[self.vocab.strings.add(key)] = iso
            self.country_names.add(key, [tok(cname), tok(f"the {cname}")])
        # "Pakistan military", "Nigeria police": a one-word country name used as an adjective
        self.country_words = {
            cname.lower(): iso for iso, cname in self.table.countries.items() if " " not in cname
        }
        # member nouns after a named actor belong to it ("Taliban militants", "NPA fighters")
        self.member_nouns = frozenset(MEMBER_NOUNS)
        plain_inter = {name: inter for _w, name, inter in self.table.plain}
        self._communal = (
            Actor("Unidentified Communal Militia", plain_inter.get("Unidentified Communal Militia", 4))
        )

    def _register(self, key: Any) -> str:
        s = f"FW_ACTOR_{len(self._key)}"
        self._key[self.vocab.strings.add(s)] = key
        return s

    def governments(self, doc: Doc) -> list[tuple[Actor, int, int]]:
        """The countries a text names by name ("Iraq and Iran signed ..."), each as its
        government (the table's generic "Government of {country}"), with its token span."""
        if self._government is None:
            return []
        return [(self._generic_actor(self._government, 1, self._country_key[m]), s, e)
                for m, s, e in self.country_names(doc)]

    def _generic_actor(self, pattern: str, inter: int, iso: str | None) -> Actor:
        k = (pattern, hash(iso))
        a = self._generic_cache.get(k)
        if a is None:
            cname = self.table.country_name(iso)
            name = pattern.format(country=cname) if cname else pattern.split(" of ")[0].split(" (")[0]
            a = Actor(name=name, inter=inter, country=iso)
            self._generic_cache[k] = a
        return a

    def _with_member_noun(self, doc: Doc, end: int) -> int:
        """The end of a group's mention, over a member noun after its name ("Taliban militants",
        "an ISIS suicide bomber")."""
        if end + 1 < len(doc) and doc[end].lower_ == "suicide" and doc[end + 1].lower_ in _BOMBER_NOUNS:
            return end + 2
        return end + 1 if end < len(doc) and doc[end].lower_ in self.member_nouns else end

    def _no_group(self, tok: Token, unlisted: UnlistedGroups) -> bool:
        return (not _ACRONYM.match(tok.text) or tok.text in unlisted.not_groups
                or tok.text in self.table.demonyms or tok.lower_ in self.country_words)

    def _named_group(self, doc: Doc, paren: int, unlisted: UnlistedGroups) -> tuple[int, str] | None:
        """"Baloch Liberation Front (BLF)": where the name before the parenthesis starts, and
        its words, when it names an armed group the table does not list."""
        i = paren
        while i > 0 and (doc[i - 1].is_title or doc[i - 1].is_upper and doc[i - 1].is_alpha
                         or doc[i - 1].lower_ in _NAME_GLUE) and paren - i < 8:
            i -= 1
        while i < paren and (not doc[i].is_title or doc[i].lower_ in _NAME_GLUE):
            i += 1  # (not from a connector, an article or a capitalised abbreviation)
        words = [t for t in doc[i:paren] if t.is_alpha]
        if len(words) < 2:
            return None
        lows = {t.lower_ for t in words}
        if not lows & unlisted.name_words:
            return None
        if any(t.text in self.table.demonyms or t.lower_ in self.table.demonyms
               or t.lower_ in self.country_words for t in words):
            return None  # "Somali National Army", "Sudan People's Liberation Army": a state's
        return i, doc[i:paren].text

    def _militias(self, doc: Doc, unlisted: UnlistedGroups, found: list[ActorMention], taken: bytearray) -> None:
        """Militias the table does not list, named by a word of their kind before a fighters'
        noun (`UnlistedGroups.militias`); read before the table's generic words ("fighters")."""
        for kind_words, kind_nouns, kind_inter in unlisted.militias:
            for tok in doc[1:]:
                # "anti-Houthi National Resistance forces", "Al-Akidat tribe fighters": the name before
                # the noun, capitalised words and the kind's own word
                j = tok.i
                if tok.lower_ not in kind_nouns or taken[j]:
                    continue
                i = j
                while i > 0 and j - i < 6 and not taken[i - 1] and not doc[i - 1].is_sent_start:
                    p = doc[i - 1]
                    if p.is_alpha and (p.is_title or p.lower_ in kind_words):
                        if i > 2 and doc[i - 2].text in ("-", "–") and not doc[i - 2].whitespace_ and doc[i - 3].is_lower:
                            break  # not into "anti-Houthi"
                        i -= 1
                    elif p.text in ("-", "–") and not p.whitespace_ and i > 1 and doc[i - 2].is_title and not doc[i - 2].whitespace_:
                        i -= 1  # "Al-Akidat"
                    else:
                        break
                if i < j and doc[i].text in ("-", "–"):
                    i += 1
                words = doc[i:j]
                if (not len(words) or not any(t.lower_ in kind_words for t in words) or not any(t.is_title for t in words)
                        or any(t.lower_ in self.table.demonyms or t.lower_ in self.country_words for t in words)):
                    continue
                # ("forces" is part of such a name, as in "Rapid Support Forces"; "fighters" is not)
                name = f"{words.text} Forces" if tok.lower_ == "forces" else words.text
                actor = Actor(name=name, inter=kind_inter)
                found.append(ActorMention(actor, i, j + 1))
                taken[i:j + 1] = b"\x01" * (j + 1 - i)

    def _unlisted(self, doc: Doc, unlisted: UnlistedGroups, found: list[ActorMention],
                  taken: bytearray) -> None:
        """Groups the table does not list: "JNIM militants", "Baloch Liberation Front (BLF)",
        and the acronym alone wherever the text names such a group again."""
        groups: dict[str, Actor] = {}
        n = len(doc)
        for tok in doc[:-1]:
            i = tok.i
            if doc[i].text == "(" and i + 2 < n and doc[i + 2].text == ")" and not taken[i + 1]:
                acr = doc[i + 1]
                if self._no_group(acr, unlisted):
                    continue
                named = self._named_group(doc, i, unlisted)
                if named is None or any(taken[named[0]:i]):
                    continue
                start, name = named
                actor = Actor(name=f"{acr.text}: {name}", inter=unlisted.inter)
                groups[acr.text] = actor
                found.append(ActorMention(actor, start, i + 3))
                taken[start:i + 3] = b"\x01" * (i + 3 - start)
        for tok in doc:
            # "the Ta'ang National Liberation Army took control of Lashio": a rebel name without its
            # acronym (a liberation, resistance or revolutionary army or front; no state's word in it)
            i = tok.i
            if taken[i] or not tok.is_title or tok.lower_ not in _REBEL_NAME_HEADS:
                continue
            named = self._named_group(doc, i + 1, unlisted)
            if named is None or any(taken[named[0]:i + 1]) or not (
                    {t.lower_ for t in doc[named[0]:i + 1]} & _REBEL_NAME_WORDS):
                continue
            start, name = named
            found.append(ActorMention(Actor(name=name, inter=unlisted.inter), start, i + 1))
            taken[start:i + 1] = b"\x01" * (i + 1 - start)
        for tok in doc[:-1]:
            i = tok.i
            if (taken[i] or doc[i + 1].lower_ not in unlisted.nouns or self._no_group(tok, unlisted)
                    or _opposed(doc, i)):
                continue
            actor = groups.setdefault(tok.text, Actor(name=tok.text, inter=unlisted.inter))
            found.append(ActorMention(actor, i, i + 2))
            taken[i:i + 2] = b"\x01\x01"
        if not groups:
            return
        for tok in doc:
            # the acronym alone, once the text has named it a group
            i = tok.i
            if taken[i] or tok.text not in groups or _opposed(doc, i):
                continue
            e = self._with_member_noun(doc, i + 1)
            found.append(ActorMention(groups[tok.text], i, e))
            taken[i:e] = b"\x01" * (e - i)

    def _table_matches(self, doc: Doc) -> list[tuple[int, int, Any]]:
        """(start, end, key) of the table actors' aliases in `doc`, longest first at each start;
        matched once per Doc (the pipeline asks for home countries before `find`)."""
        cache_key = f"frontwatch.actors.{id(self)}"
        got = doc.user_data.get(cache_key)
        if got is None:
            got = [(s, e, self._key[m]) for m, s, e in [*self.exact(doc), *self.lower(doc)]]
            got.sort(key=lambda t: (t[0], -(t[1] - t[0])))
            doc.user_data[cache_key] = got
        return got

    def forces_of(self, tok: Token) -> Actor | None:
        """The military a country adjective names when it modifies a weapon or a strike
        ("an Israeli airstrike", "a US drone strike"), or None for any other word."""
        iso = self.table.demonyms.get(tok.text) if tok.text.isupper() else None
        iso = iso or self.table.demonyms.get(tok.lower_)
        if iso is None or self._military is None:
            return None
        return self._generic_actor(self._military, 1, iso)

    def named_groups(self, doc: Doc) -> list[tuple[int, int]]:
        """Character spans of the armed groups the table names in the text: the geoparser's
        reading of such a span is no place ("Israel and Hamas agreed to a truce": no Hamm in
        Germany, which GeoNames also calls Hamas)."""
        return [(doc[s:e].start_char, doc[s:e].end_char) for s, e, key in self._table_matches(doc)
                if self.table.named_group(self.table.by_name[key[1]])]

    def home_countries(self, doc: Doc) -> list[str]:
        """The home countries (`ActorTable.home_country`) of the listed actors the text names:
        "the SDF" points to Syria, "the Taliban" to Afghanistan. The geoparser takes them as
        context for places the text does not place itself."""
        homes = (self.table.home_country(self.table.by_name[key[1]]) for _s, _e, key in self._table_matches(doc))
        return [cc for cc in homes if cc]

    def find(self, doc: Doc) -> tuple[list[ActorMention], list[ActorMention]]:
        """Return (mentions of actors, anaphoric descriptions still to resolve)."""
        found: list[ActorMention] = []
        taken = bytearray(len(doc))
        named = self._table_matches(doc)
        if self.table.unlisted is not None:
            self._militias(doc, self.table.unlisted, found, taken)
        for s, e, key in named:
            if any(taken[s:e]) or _opposed(doc, s):
                continue
            e = self._with_member_noun(doc, e)
            # extend over a country adjective before a generic alias ("Syrian army" is itself an alias)
            found.append(ActorMention(self.table.by_name[key[1]], s, e))
            taken[s:e] = b"\x01" * (e - s)
        unlisted = self.table.unlisted
        if unlisted is not None:
            self._unlisted(doc, unlisted, found, taken)
        demonyms = self.table.demonyms
        after: dict[int, str] = {}
        for m, s, _e in self.country_names(doc):
            after.setdefault(s, self._country_key[m])
        # (the longest head at a start: "border guard police" before "border guard")
        for m, s, e in sorted(self.generic(doc), key=lambda x: (x[1], x[1] - x[2])):
            if any(taken[s:e]):
                continue
            # country adjective directly before the head, possibly with one modifier between
            iso = None
            for j in (s - 1, s - 2):
                if j < 0:
                    continue
                hit = demonyms.get(doc[j].text) if doc[j].text.isupper() else None
                hit = hit or demonyms.get(doc[j].lower_)
                if not hit and doc[j].is_title and doc[j].ent_type_ == "GPE":
                    hit = self.country_words.get(doc[j].lower_)
                if hit:
                    iso = hit
                    s2 = j
                    break
            if iso is None and e + 1 < len(doc) and doc[e].lower_ == "of" and e + 1 in after:
                iso, s2 = after[e + 1], s  # "soldiers of the army of South Sudan"
            if iso is None or any(taken[s2:e]):
                continue
            heads, pattern, inter = self.table.generic[self._key[m][1]]
            found.append(ActorMention(self._generic_actor(pattern, inter, iso), s2, e))
            taken[s2:e] = b"\x01" * (e - s2)
        # (the longest words at a start: "military police" before "military")
        for m, s, e in sorted(self.plain(doc), key=lambda x: (x[1], x[1] - x[2])):
            if any(taken[s:e]):
                continue
            if s > 0 and doc[s - 1].lower_ in ("its", "their", "his", "her", "our", "my", "your"):
                continue  # "its troops" belong to an actor named elsewhere
            _words, pattern, inter = self.table.plain[self._key[m][1]]
            if (inter == 7 and s > 0 and doc[s].is_title and not doc[s].is_sent_start
                    and doc[s].pos_ == "PROPN"):
                continue  # a word of a name: "the Donbas People's Militia", "the Farmers' Union"
            if (inter == 3 and doc[e - 1].lower_ in MILITIA_NOUNS and s > 0
                    and doc[s - 1].ent_type_ == "NORP" and doc[s - 1].lower_ not in demonyms):
                # "Fulani militias": a people's name before the militia makes it communal
                found.append(ActorMention(self._communal, s - 1, e))
                taken[s - 1:e] = b"\x01" * (e - s + 1)
                continue
            if inter == 3 and doc[e - 1].lower_ in MILITIA_NOUNS and _of_a_community(doc[e - 1]):
                # "militias from the two clans", "militiamen linked to a tribe"
                found.append(ActorMention(self._communal, s, e))
                taken[s:e] = b"\x01" * (e - s)
                continue
            found.append(ActorMention(Actor(name=pattern, inter=inter), s, e))
            taken[s:e] = b"\x01" * (e - s)
        pending = []
        for m, s, e in self.anaphora(doc):
            if not any(taken[s:e]):
                pending.append(
                    ActorMention(self.table.by_name[self._key[m][1]], s, e, anaphoric=True)
                )
        found.sort(key=lambda a: a.start)
        return found, pending


def with_country(actor: Actor, iso: str | None, table: ActorTable) -> Actor:
    """Give a country-less plain actor ("Civilians") the country where the event happened;
    a listed actor whose name means another actor in that country is that one."""
    if iso and actor.name in table.abroad and iso in table.abroad[actor.name]:
        return table.abroad[actor.name][iso]
    if actor.country or not iso or actor.name in table.by_name:
        return actor
    cname = table.country_name(iso)
    if not cname:
        return actor
    if actor.inter in (1,):
        base = actor.name  # "Military Forces" -> "Military Forces of Iraq"
        return Actor(name=f"{base} of {cname}", inter=actor.inter, country=iso)
    if actor.inter in (5, 6, 7, 8) or actor.name.startswith("Unidentified "):
        return Actor(name=f"{actor.name} ({cname})", inter=actor.inter, country=iso)
    return actor
