"""Renderers that turn events into output formats: table, csv, jsonl, geojson.

Renderers are registered by name; other packages add formats through the
`frontwatch.exporters` entry-point group (a callable `(events, out) -> None`).
"""

from __future__ import annotations

import csv
import json
import shutil
from collections.abc import Callable, Iterable
from importlib.metadata import entry_points
from typing import Any, TextIO

from ..models import Event

Renderer = Callable[[Iterable[Event], TextIO], None]

# ACLED's export columns, in ACLED's order, for the fields frontwatch produces;
# frontwatch's own fields follow.
ACLED_COLUMNS: tuple[tuple[str, str], ...] = (
    ("event_id_cnty", "event_id"),
    ("event_date", "event_date"),
    ("time_precision", "time_precision"),
    ("event_type", "event_type"),
    ("sub_event_type", "sub_event_type"),
    ("actor1", "actor1"),
    ("assoc_actor_1", "assoc_actor_1"),
    ("inter1", "inter1"),
    ("actor2", "actor2"),
    ("assoc_actor_2", "assoc_actor_2"),
    ("inter2", "inter2"),
    ("country", "country"),
    ("admin1", "admin1"),
    ("location", "location"),
    ("latitude", "latitude"),
    ("longitude", "longitude"),
    ("geo_precision", "geo_precision"),
    ("notes", "evidence"),
    ("fatalities", "fatalities"),
)
EXTRA_COLUMNS: tuple[str, ...] = (
    "doc_id",
    "origin",
    "comment_index",
    "geonameid",
    "certainty",
    "attribution",
    "confidence",
    "evidence_start",
    "evidence_end",
)
CSV_HEADER: tuple[str, ...] = tuple(c for c, _ in ACLED_COLUMNS) + EXTRA_COLUMNS


def csv_row(ev: Event) -> list[Any]:
    d = ev.to_dict()
    row: list[Any] = []
    for _col, f in ACLED_COLUMNS:
        row.append(ev.evidence.text if f == "evidence" else d[f])
    for f in EXTRA_COLUMNS:
        if f == "evidence_start":
            row.append(ev.evidence.start)
        elif f == "evidence_end":
            row.append(ev.evidence.end)
        else:
            row.append(d[f])
    return ["" if v is None else v for v in row]


def render_csv(evs: Iterable[Event], out: TextIO) -> None:
    w = csv.writer(out, lineterminator="\n")
    w.writerow(CSV_HEADER)
    for ev in evs:
        w.writerow(csv_row(ev))


def render_jsonl(evs: Iterable[Event], out: TextIO) -> None:
    for ev in evs:
        out.write(json.dumps(ev.to_dict(), ensure_ascii=False) + "\n")


def geojson_feature(ev: Event) -> dict[str, Any]:
    props = ev.to_dict()
    geom = None
    if ev.latitude is not None and ev.longitude is not None:
        # RFC 7946: positions are [longitude, latitude]
        geom = {"type": "Point", "coordinates": [round(ev.longitude, 6), round(ev.latitude, 6)]}
    return {"type": "Feature", "id": ev.event_id, "geometry": geom, "properties": props}


def render_geojson(evs: Iterable[Event], out: TextIO) -> None:
    out.write('{"type": "FeatureCollection", "features": [')
    for i, ev in enumerate(evs):
        out.write(("\n" if i == 0 else ",\n") + json.dumps(geojson_feature(ev), ensure_ascii=False))
    out.write("\n]}\n")


TABLE_COLUMNS: tuple[tuple[str, int], ...] = (
    ("event_date", 10),
    ("sub_event_type", 22),
    ("actor1", 22),
    ("actor2", 22),
    ("location", 18),
    ("country", 12),
    ("fatalities", 4),
    ("certainty", 11),
    ("origin", 7),
)


def _cell(v: Any, width: int) -> str:
    s = "" if v is None else str(v)
    return s if len(s) <= width else s[: width - 1] + "…"


def render_table(evs: Iterable[Event], out: TextIO) -> None:
    cols = list(TABLE_COLUMNS)
    term = shutil.get_terminal_size((160, 24)).columns
    heads = {"fatalities": "fat", "certainty": "certainty", "event_date": "date"}
    line = "  ".join(_cell(heads.get(c, c), w).ljust(w) for c, w in cols)
    out.write(line[:term].rstrip() + "\n")
    n = 0
    for ev in evs:
        d = ev.to_dict()
        out.write("  ".join(_cell(d[c], w).ljust(w) for c, w in cols).rstrip() + "\n")
        n += 1
    out.write(f"({n} event{'s' if n != 1 else ''})\n")


RENDERERS: dict[str, Renderer] = {
    "table": render_table,
    "csv": render_csv,
    "jsonl": render_jsonl,
    "geojson": render_geojson,
}


def renderers() -> dict[str, Renderer]:
    """Built-in renderers plus those registered by installed plugins."""
    found = dict(RENDERERS)
    for ep in entry_points(group="frontwatch.exporters"):
        found.setdefault(ep.name, ep.load())
    return found
