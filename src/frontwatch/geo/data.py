"""Bundled geoparsing data: demonyms, extra places, priors, area cues, stop-list.

The files live in ``frontwatch/data/geo/``; each loader checks the schema and
raises DataFileError naming the file and line on a bad row.
"""

from __future__ import annotations

import csv
import functools
import io
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import yaml

from ..errors import DataFileError

DATA_VERSION = "11"
FEATURE_CLASSES = frozenset("AHLPRSTUV")


def _read(name: str) -> str:
    try:
        return resources.files("frontwatch").joinpath("data", "geo", name).read_text("utf-8")
    except FileNotFoundError as exc:
        raise DataFileError("bundled data file is missing", source=f"data/geo/{name}") from exc


def _tsv_rows(name: str, columns: tuple[str, ...], text: str | None = None) -> list[tuple[int, dict[str, str]]]:
    text = _read(name) if text is None else text
    lines = [(i, ln) for i, ln in enumerate(text.splitlines(), 1) if ln.strip() and not ln.startswith("#")]
    if not lines:
        raise DataFileError("no header line", source=f"data/geo/{name}")
    header = tuple(lines[0][1].split("\t"))
    if header != columns:
        raise DataFileError(f"header must be {'<TAB>'.join(columns)}, found {lines[0][1]!r}", source=f"data/geo/{name}")
    rows = []
    for lineno, ln in lines[1:]:
        cells = next(csv.reader(io.StringIO(ln), delimiter="\t", quoting=csv.QUOTE_NONE))
        if len(cells) != len(columns):
            raise DataFileError(f"line {lineno}: expected {len(columns)} columns, found {len(cells)}", source=f"data/geo/{name}")
        rows.append((lineno, dict(zip(columns, (c.strip() for c in cells), strict=True))))
    return rows


@dataclass(frozen=True)
class ExtraPlace:
    name: str
    aliases: tuple[str, ...]
    feature_class: str
    feature_code: str
    latitude: float
    longitude: float
    country_code: str | None
    precision: int
    admin1: str | None = None  # GeoNames first-level code; None: the nearest town's


@dataclass(frozen=True)
class Demonym:
    form: str
    kind: str  # "country" | "place"
    target: str


@dataclass(frozen=True)
class Areas:
    suffixes: dict[str, int]
    prefixes: dict[str, int]
    province_words: frozenset[str]
    location_prepositions: frozenset[str]
    origin_prepositions: frozenset[str]
    place_object_verbs: frozenset[str] = frozenset()
    date_prepositions: frozenset[str] = frozenset()

    @property
    def name_prepositions(self) -> frozenset[str]:
        """Location prepositions that mark the name after them as a place."""
        return self.location_prepositions - self.date_prepositions


@dataclass(frozen=True)
class Priors:
    feature_code: dict[str, float]
    feature_class: dict[str, float]
    population_weight: float
    match: dict[str, float]
    context: dict[str, float]
    min_score: float
    raw: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)


def parse_places(text: str | None = None) -> list[ExtraPlace]:
    src = "data/geo/places.tsv"
    cols = ("name", "aliases", "feature_class", "feature_code", "latitude", "longitude", "country_code", "precision",
            "admin1")
    out = []
    for lineno, r in _tsv_rows("places.tsv", cols, text):
        try:
            lat, lon, prec = float(r["latitude"]), float(r["longitude"]), int(r["precision"])
        except ValueError as exc:
            raise DataFileError(f"line {lineno}: bad number ({exc})", source=src) from exc
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise DataFileError(f"line {lineno}: coordinates out of range", source=src)
        if prec not in (1, 2, 3):
            raise DataFileError(f"line {lineno}: precision must be 1, 2 or 3", source=src)
        if r["feature_class"] not in FEATURE_CLASSES or not r["name"]:
            raise DataFileError(f"line {lineno}: bad name or feature class {r['feature_class']!r}", source=src)
        cc = r["country_code"] or None
        if cc is not None and (len(cc) != 2 or not cc.isupper()):
            raise DataFileError(f"line {lineno}: country_code must be ISO alpha-2", source=src)
        aliases = tuple(a.strip() for a in r["aliases"].split("|") if a.strip())
        if r["admin1"] and cc is None:
            raise DataFileError(f"line {lineno}: an admin1 code needs a country_code", source=src)
        out.append(ExtraPlace(r["name"], aliases, r["feature_class"], r["feature_code"], lat, lon, cc, prec,
                              r["admin1"] or None))
    return out


def parse_demonyms(text: str | None = None) -> list[Demonym]:
    src = "data/geo/demonyms.tsv"
    out = []
    for lineno, r in _tsv_rows("demonyms.tsv", ("form", "kind", "target"), text):
        if r["kind"] not in ("country", "place") or not r["form"] or not r["target"]:
            raise DataFileError(f"line {lineno}: kind must be country or place", source=src)
        if r["kind"] == "country" and (len(r["target"]) != 2 or not r["target"].isupper()):
            raise DataFileError(f"line {lineno}: country target must be ISO alpha-2", source=src)
        out.append(Demonym(r["form"], r["kind"], r["target"]))
    return out


def _yaml(name: str, text: str | None = None) -> dict[str, Any]:
    try:
        data = yaml.safe_load(_read(name) if text is None else text)
    except yaml.YAMLError as exc:
        raise DataFileError(f"not valid YAML: {exc}".splitlines()[0], source=f"data/geo/{name}") from exc
    if not isinstance(data, dict):
        raise DataFileError("expected a mapping at the top level", source=f"data/geo/{name}")
    return data


def parse_priors(text: str | None = None) -> Priors:
    src = "data/geo/priors.yaml"
    d = _yaml("priors.yaml", text)
    try:
        fc = {str(k): float(v) for k, v in d["feature_code"].items()}
        fcl = {str(k): float(v) for k, v in d["feature_class"].items()}
        match = {k: float(d["match"][k]) for k in ("primary", "alternate", "fold", "skeleton")}
        ctx_keys = (
            "country_in_document", "admin1_in_document", "container_pattern",
            "near_other_place_km", "near_other_place", "province_cue",
        )
        ctx = {k: float(d["context"][k]) for k in ctx_keys}
        for k, default in (("foreign_small_place", 0.0), ("division_named_after_city", 0.0), ("document_country", 0.0),
                           ("document_admin1", 0.0), ("document_near", 0.0), ("document_cue_country", 0.0),
                           ("tight_neighbour", 0.0), ("tight_neighbour_km", 80.0), ("tight_neighbour_full_km", 25.0),
                           ("tight_neighbour_gap", 2.0), ("capital_of_named_country", 0.0), ("container_slot_division", 0.0),
                           ("unsupported_foreign_max_population", 0.0), ("city_word_big_city", 0.0)):
            ctx[k] = float(d["context"].get(k, default))
        ctx["document_admin1_town"] = float(d["context"].get("document_admin1_town", ctx["document_admin1"]))
        return Priors(fc, fcl, float(d["population_weight"]), match, ctx, float(d["min_score"]), d)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise DataFileError(f"missing or bad key: {exc}", source=src) from exc


def _words(d: dict[str, Any], key: str, src: str, required: bool = True) -> frozenset[str]:
    """A list of words under `key`, lowercased; one clear error for anything else (YAML reads
    a bare on/off/yes/no as a boolean)."""
    if key not in d and not required:
        return frozenset()
    v = d.get(key)
    if not isinstance(v, list):
        raise DataFileError(f"{key} must be a list of words", source=src)
    bad = [w for w in v if not isinstance(w, str)]
    if bad:
        raise DataFileError(f"{key} must hold strings, found {bad[0]!r} (quote on, off, yes and no)", source=src)
    return frozenset(w.lower() for w in v)


def _precisions(d: dict[str, Any], key: str, src: str) -> dict[str, int]:
    v = d.get(key)
    if not isinstance(v, dict):
        raise DataFileError(f"{key} must map words to precisions", source=src)
    out = {}
    for k, p in v.items():
        if not isinstance(k, str):
            raise DataFileError(f"{key} must be keyed by words, found {k!r} (quote on, off, yes and no)", source=src)
        if p not in (1, 2, 3):
            raise DataFileError(f"{key}: precision values must be 1, 2 or 3, found {p!r} for {k!r}", source=src)
        out[k.lower()] = p
    return out


def parse_areas(text: str | None = None) -> Areas:
    src = "data/geo/areas.yaml"
    d = _yaml("areas.yaml", text)
    areas = Areas(
        _precisions(d, "suffixes", src),
        _precisions(d, "prefixes", src),
        _words(d, "province_words", src),
        _words(d, "location_prepositions", src),
        _words(d, "origin_prepositions", src),
        _words(d, "place_object_verbs", src, required=False),
        _words(d, "date_prepositions", src, required=False),
    )
    stray = areas.date_prepositions - areas.location_prepositions
    if stray:
        raise DataFileError(f"date_prepositions must be location prepositions too: {sorted(stray)}", source=src)
    return areas


def parse_stoplist(text: str | None = None) -> frozenset[str]:
    text = _read("stoplist.txt") if text is None else text
    return frozenset(ln.strip().lower() for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))


@functools.lru_cache(maxsize=1)
def places() -> list[ExtraPlace]:
    return parse_places()


@functools.lru_cache(maxsize=1)
def demonyms() -> list[Demonym]:
    return parse_demonyms()


@functools.lru_cache(maxsize=1)
def priors() -> Priors:
    return parse_priors()


@functools.lru_cache(maxsize=1)
def areas() -> Areas:
    return parse_areas()


@functools.lru_cache(maxsize=1)
def stoplist() -> frozenset[str]:
    return parse_stoplist()


def data_fingerprint() -> str:
    """A short hash of the files that go into the gazetteer (part of its file name)."""
    import hashlib

    h = hashlib.sha256()
    h.update(DATA_VERSION.encode())
    for name in ("places.tsv", "demonyms.tsv", "admin_abbreviations.tsv", "division_names.tsv", "abbreviations.tsv",
                 "country_points.tsv", "country_names.tsv"):
        h.update(_read(name).encode())
    return h.hexdigest()[:8]


@dataclass(frozen=True)
class AdminAbbreviation:
    country_code: str
    code: str
    abbreviation: str

    @property
    def bare(self) -> bool:
        """Capitals alone ("TN", not "Tenn."): no name of its own, read only after a town that
        lies in the division (`Geoparser._postal_divisions`)."""
        return self.abbreviation.isalpha() and self.abbreviation.isupper()


def _division_rows(name: str, value: str, text: str | None) -> list[tuple[str, str, str]]:
    """(country code, GeoNames admin1 code, value) rows of a table about first-level divisions."""
    out = []
    for lineno, r in _tsv_rows(name, ("country_code", "code", value), text):
        cc = r["country_code"]
        if len(cc) != 2 or not cc.isupper() or not r["code"] or not r[value]:
            raise DataFileError(f"line {lineno}: need country_code (ISO, capitals), code and {value}",
                                source=f"data/geo/{name}")
        out.append((cc, r["code"], r[value]))
    return out


def parse_admin_abbreviations(text: str | None = None) -> list[AdminAbbreviation]:
    return [AdminAbbreviation(*row) for row in _division_rows("admin_abbreviations.tsv", "abbreviation", text)]


@functools.lru_cache(maxsize=1)
def admin_abbreviations() -> list[AdminAbbreviation]:
    return parse_admin_abbreviations()


@dataclass(frozen=True)
class DivisionName:
    country_code: str
    code: str
    name: str


def parse_division_names(text: str | None = None) -> list[DivisionName]:
    return [DivisionName(*row) for row in _division_rows("division_names.tsv", "name", text)]


@functools.lru_cache(maxsize=1)
def division_names() -> list[DivisionName]:
    return parse_division_names()


@dataclass(frozen=True)
class Abbreviation:
    abbreviation: str
    target: str  # ISO alpha-2, "CC.admin1" or a place name


def parse_abbreviations(text: str | None = None) -> list[Abbreviation]:
    src = "data/geo/abbreviations.tsv"
    out = []
    for lineno, r in _tsv_rows("abbreviations.tsv", ("abbreviation", "target"), text):
        if not r["abbreviation"] or not r["target"]:
            raise DataFileError(f"line {lineno}: need abbreviation and target", source=src)
        out.append(Abbreviation(r["abbreviation"], r["target"]))
    return out


@functools.lru_cache(maxsize=1)
def abbreviations() -> list[Abbreviation]:
    return parse_abbreviations()


def parse_country_points(text: str | None = None) -> dict[str, tuple[float, float]]:
    src = "data/geo/country_points.tsv"
    out = {}
    for lineno, r in _tsv_rows("country_points.tsv", ("country_code", "latitude", "longitude"), text):
        try:
            lat, lon = float(r["latitude"]), float(r["longitude"])
        except ValueError as exc:
            raise DataFileError(f"line {lineno}: bad number ({exc})", source=src) from exc
        if len(r["country_code"]) != 2 or not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise DataFileError(f"line {lineno}: need an ISO alpha-2 code and valid coordinates", source=src)
        out[r["country_code"]] = (lat, lon)
    return out


@functools.lru_cache(maxsize=1)
def country_points() -> dict[str, tuple[float, float]]:
    return parse_country_points()


def parse_country_names(text: str | None = None) -> list[tuple[str, str]]:
    src = "data/geo/country_names.tsv"
    out = []
    for lineno, r in _tsv_rows("country_names.tsv", ("name", "country_code"), text):
        if not r["name"] or len(r["country_code"]) != 2 or not r["country_code"].isupper():
            raise DataFileError(f"line {lineno}: need a name and an ISO alpha-2 code", source=src)
        out.append((r["name"], r["country_code"]))
    return out


@functools.lru_cache(maxsize=1)
def country_names() -> list[tuple[str, str]]:
    return parse_country_names()


@dataclass(frozen=True)
class OperatingArea:
    name: str
    country_code: str
    codes: tuple[str, ...]  # GeoNames first-level codes; empty: the whole country


def parse_operating_areas(text: str | None = None) -> list[OperatingArea]:
    src = "data/geo/operating_areas.tsv"
    out = []
    for lineno, r in _tsv_rows("operating_areas.tsv", ("name", "country_code", "codes"), text):
        cc = r["country_code"]
        if not r["name"] or len(cc) != 2 or not cc.isupper():
            raise DataFileError(f"line {lineno}: need name and country_code (ISO, capitals)", source=src)
        codes = tuple(c.strip() for c in r["codes"].split(",") if c.strip())
        out.append(OperatingArea(r["name"], cc, codes))
    return out


@functools.lru_cache(maxsize=1)
def operating_areas() -> list[OperatingArea]:
    return parse_operating_areas()
