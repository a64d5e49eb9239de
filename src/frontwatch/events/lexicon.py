"""Trigger and cue lexicons (`data/triggers.yaml`, `data/cues.yaml`), loaded and checked."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from ..datafiles import load_yaml, require, str_list

SUB_EVENT_TYPES: dict[str, str] = {
    "Armed clash": "Battles",
    "Government regains territory": "Battles",
    "Non-state actor overtakes territory": "Battles",
    "Air/drone strike": "Explosions/Remote violence",
    "Suicide bomb": "Explosions/Remote violence",
    "Shelling/artillery/missile attack": "Explosions/Remote violence",
    "Remote explosive/landmine/IED": "Explosions/Remote violence",
    "Grenade": "Explosions/Remote violence",
    "Chemical weapon": "Explosions/Remote violence",
    "Sexual violence": "Violence against civilians",
    "Attack": "Violence against civilians",
    "Abduction/forced disappearance": "Violence against civilians",
    "Peaceful protest": "Protests",
    "Protest with intervention": "Protests",
    "Excessive force against protesters": "Protests",
    "Violent demonstration": "Riots",
    "Mob violence": "Riots",
    "Agreement": "Strategic developments",
    "Arrests": "Strategic developments",
    "Change to group/activity": "Strategic developments",
    "Disrupted weapons use": "Strategic developments",
    "Headquarters or base established": "Strategic developments",
    "Looting/property destruction": "Strategic developments",
    "Non-violent transfer of territory": "Strategic developments",
    "Other": "Strategic developments",
}
EVENT_TYPES = tuple(dict.fromkeys(SUB_EVENT_TYPES.values()))
ROLES = ("main", "weapon", "modifier")


@dataclass(frozen=True)
class Trigger:
    sub_event_type: str
    role: str
    weight: float
    generic_attack: bool
    lemmas: tuple[str, ...]
    phrases: tuple[str, ...]
    settles: bool = False  # the words name the sub-event type outright: the classifier does not override
    armed_group: bool = False  # an event only where an armed or political group is its agent

    @property
    def event_type(self) -> str:
        return SUB_EVENT_TYPES[self.sub_event_type]


@dataclass(frozen=True)
class Cues:
    unconfirmed_words: frozenset[str]
    unconfirmed_phrases: tuple[str, ...]
    claim_verbs: frozenset[str]
    statement_nouns: frozenset[str]
    claim_phrases: tuple[str, ...]
    deny_verbs: frozenset[str]
    hypothetical_aux: frozenset[str]
    hypothetical_words: frozenset[str]
    nonfactual_governors: frozenset[str]
    future_aux: frozenset[str]
    future_phrases: tuple[str, ...]
    negation: frozenset[str]
    background_phrases: tuple[str, ...]
    generic_phrases: tuple[str, ...]
    responsibility_phrases: tuple[str, ...] = ()
    blame_phrases: tuple[str, ...] = ()
    blame_governors: frozenset[str] = frozenset()
    disaster_words: frozenset[str] = frozenset()
    disaster_phrases: tuple[str, ...] = ()
    contraband_words: frozenset[str] = frozenset()
    weapon_goods: frozenset[str] = frozenset()
    return_fire_phrases: tuple[str, ...] = ()
    weapon_words: dict[str, frozenset[str]] = field(default_factory=dict)  # sub-event type -> words
    air_words: frozenset[str] = frozenset()


@functools.lru_cache(maxsize=4)
def load_triggers(path: str | None = None) -> tuple[Trigger, ...]:
    src = path or "triggers.yaml"
    data = load_yaml(src)
    out = []
    for i, t in enumerate(data.get("triggers") or []):
        require(isinstance(t, dict), f"trigger {i} must be a mapping", src)
        sub = t.get("sub_event_type")
        require(sub in SUB_EVENT_TYPES, f"trigger {i}: unknown sub_event_type {sub!r}", src)
        role = t.get("role", "main")
        require(role in ROLES, f"trigger {i}: role must be one of {', '.join(ROLES)}", src)
        w = t.get("weight")
        require(isinstance(w, int | float) and 0 < w <= 1, f"trigger {i}: weight must be in (0, 1]", src)
        lemmas = str_list(t.get("lemmas"), f"trigger {i} lemmas", src)
        phrases = str_list(t.get("phrases"), f"trigger {i} phrases", src)
        require(bool(lemmas or phrases), f"trigger {i}: needs lemmas or phrases", src)
        out.append(
            Trigger(sub, role, float(w), bool(t.get("generic_attack", False)),
                    tuple(x.lower() for x in lemmas), tuple(x.lower() for x in phrases),
                    bool(t.get("settles", False)), bool(t.get("armed_group", False)))
        )
    require(bool(out), "no triggers", src)
    return tuple(out)


@functools.lru_cache(maxsize=4)
def load_cues(path: str | None = None) -> Cues:
    src = path or "cues.yaml"
    d = load_yaml(src)
    c, m = d.get("certainty") or {}, d.get("modality") or {}
    require(isinstance(c, dict) and isinstance(m, dict), "certainty and modality must be mappings", src)

    def words(section: dict, key: str) -> frozenset[str]:
        return frozenset(w.lower() for w in str_list((section or {}).get(key), key, src))

    def phrases(section: dict, key: str) -> tuple[str, ...]:
        return tuple(w.lower() for w in str_list((section or {}).get(key), key, src))

    unc, cl, den = c.get("unconfirmed") or {}, c.get("claimed") or {}, c.get("denied") or {}
    return Cues(
        unconfirmed_words=words(unc, "words"),
        unconfirmed_phrases=phrases(unc, "phrases"),
        claim_verbs=words(cl, "verbs"),
        statement_nouns=words(cl, "statement_nouns"),
        claim_phrases=phrases(cl, "phrases"),
        deny_verbs=words(den, "verbs"),
        hypothetical_aux=words(m, "hypothetical_aux"),
        hypothetical_words=words(m, "hypothetical_words"),
        nonfactual_governors=words(m, "nonfactual_governors"),
        future_aux=words(m, "future_aux"),
        future_phrases=phrases(m, "future_phrases"),
        negation=words(m, "negation"),
        background_phrases=phrases(m, "background_phrases"),
        generic_phrases=phrases(m, "generic_phrases"),
        responsibility_phrases=phrases(m, "responsibility_phrases"),
        blame_phrases=phrases(m, "blame_phrases"),
        blame_governors=words(m, "blame_governors"),
        disaster_words=words(m, "disaster_words"),
        disaster_phrases=phrases(m, "disaster_phrases"),
        contraband_words=words(m, "contraband_words"),
        weapon_goods=words(m, "weapon_goods"),
        return_fire_phrases=phrases(m, "return_fire_phrases"),
        weapon_words=_weapon_words(m.get("weapon_words"), src),
        air_words=words(m, "air_words"),
    )


def _weapon_words(section: object, src: str) -> dict[str, frozenset[str]]:
    section = section or {}
    require(isinstance(section, dict), "weapon_words must be a mapping", src)
    assert isinstance(section, dict)
    out: dict[str, frozenset[str]] = {}
    for sub, ws in section.items():
        require(sub in SUB_EVENT_TYPES, f"weapon_words: unknown sub_event_type {sub!r}", src)
        out[sub] = frozenset(w.lower() for w in str_list(ws, f"weapon_words {sub}", src))
    return out
