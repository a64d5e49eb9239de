"""ACLED's event vocabulary, read from `data/acled_types.yaml` and checked on load.

The file holds the 6 event types, the 25 sub-event types (with the event type
each belongs to, the CASE 2021 code and a one-line definition) and the CASE 2021
classes that have no ACLED counterpart. Anything malformed raises
`DataFileError` naming the file and the problem.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from ..errors import DataFileError

SCHEMA_VERSION = 1
N_EVENT_TYPES = 6
N_SUB_EVENT_TYPES = 25
DATA_FILE = "acled_types.yaml"

# Event types whose events count as violent or as demonstrations (the CASE
# non-ACLED false-alarm figure counts these).
VIOLENT_EVENT_TYPES = ("Battles", "Explosions/Remote violence", "Violence against civilians")
DEMONSTRATION_EVENT_TYPES = ("Protests", "Riots")


@dataclass(frozen=True)
class SubEventType:
    name: str
    event_type: str
    case_code: str
    definition: str
    examples: tuple[str, ...] = ()


@dataclass(frozen=True)
class Taxonomy:
    event_types: dict[str, str]  # name -> definition
    sub_event_types: tuple[SubEventType, ...]
    case_other_codes: dict[str, str] = field(default_factory=dict)  # code -> definition

    @property
    def sub_event_to_event_type(self) -> dict[str, str]:
        return {s.name: s.event_type for s in self.sub_event_types}

    @property
    def case_code_to_sub_event(self) -> dict[str, str]:
        return {s.case_code: s.name for s in self.sub_event_types}


def _fail(where: str, message: str) -> DataFileError:
    return DataFileError(message, source=where)


def _text(value: Any, where: str, what: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise _fail(where, f"{what} must be a non-empty string, got {value!r}")
    return value.strip()


def parse_taxonomy(data: Any, where: str = DATA_FILE) -> Taxonomy:
    """Validate the parsed YAML document and build a Taxonomy."""
    if not isinstance(data, dict):
        raise _fail(where, "top level must be a mapping")
    version = data.get("schema_version")
    if version != SCHEMA_VERSION:
        raise _fail(where, f"schema_version must be {SCHEMA_VERSION}, got {version!r}")
    unknown = set(data) - {"schema_version", "event_types", "sub_event_types", "case_other_codes"}
    if unknown:
        raise _fail(where, f"unknown top-level keys: {', '.join(sorted(unknown))}")

    raw_types = data.get("event_types")
    if not isinstance(raw_types, dict) or len(raw_types) != N_EVENT_TYPES:
        raise _fail(where, f"event_types must map exactly {N_EVENT_TYPES} names to definitions")
    event_types = {
        _text(k, where, "event type name"): _text(v, where, f"definition of event type {k!r}")
        for k, v in raw_types.items()
    }

    raw_subs = data.get("sub_event_types")
    if not isinstance(raw_subs, list) or len(raw_subs) != N_SUB_EVENT_TYPES:
        raise _fail(where, f"sub_event_types must be a list of exactly {N_SUB_EVENT_TYPES} entries")
    subs: list[SubEventType] = []
    seen_names: set[str] = set()
    seen_codes: set[str] = set()
    for i, entry in enumerate(raw_subs):
        at = f"sub_event_types[{i}]"
        if not isinstance(entry, dict):
            raise _fail(where, f"{at} must be a mapping")
        extra = set(entry) - {"name", "event_type", "case_code", "definition", "examples"}
        if extra:
            raise _fail(where, f"{at}: unknown keys {', '.join(sorted(extra))}")
        name = _text(entry.get("name"), where, f"{at}.name")
        etype = _text(entry.get("event_type"), where, f"{at}.event_type")
        if etype not in event_types:
            raise _fail(
                where,
                f"{at} ({name}): event_type {etype!r} is not one of {', '.join(event_types)}",
            )
        code = _text(entry.get("case_code"), where, f"{at}.case_code")
        if name in seen_names:
            raise _fail(where, f"{at}: duplicate sub-event type {name!r}")
        if code in seen_codes:
            raise _fail(where, f"{at}: duplicate case_code {code!r}")
        seen_names.add(name)
        seen_codes.add(code)
        examples = entry.get("examples", [])
        if not isinstance(examples, list):
            raise _fail(where, f"{at}.examples must be a list of sentences")
        subs.append(
            SubEventType(
                name=name,
                event_type=etype,
                case_code=code,
                definition=_text(entry.get("definition"), where, f"{at}.definition"),
                examples=tuple(_text(e, where, f"{at}.examples item") for e in examples),
            )
        )
    missing = set(event_types) - {s.event_type for s in subs}
    if missing:
        raise _fail(where, f"event types without sub-event types: {', '.join(sorted(missing))}")

    raw_other = data.get("case_other_codes", {})
    if not isinstance(raw_other, dict):
        raise _fail(where, "case_other_codes must map CASE codes to definitions")
    other = {
        _text(k, where, "CASE code"): _text(v, where, f"definition of CASE code {k!r}")
        for k, v in raw_other.items()
    }
    clash = seen_codes & set(other)
    if clash:
        raise _fail(where, f"CASE codes both mapped and unmapped: {', '.join(sorted(clash))}")
    return Taxonomy(event_types=event_types, sub_event_types=tuple(subs), case_other_codes=other)


def load_taxonomy_file(path: str | Path) -> Taxonomy:
    """Read and validate a taxonomy file at `path`."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as exc:
        raise _fail(str(p), f"cannot read: {exc.strerror or exc}") from exc
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise _fail(str(p), f"not valid YAML: {exc}".splitlines()[0]) from exc
    return parse_taxonomy(data, where=str(p))


@functools.lru_cache(maxsize=1)
def load_taxonomy() -> Taxonomy:
    """The bundled taxonomy (cached)."""
    ref = resources.files("frontwatch") / "data" / DATA_FILE
    with resources.as_file(ref) as path:
        return load_taxonomy_file(path)
