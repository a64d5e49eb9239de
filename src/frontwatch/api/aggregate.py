"""Server-side aggregation for the map: clustered counts per grid cell, and facets.

The web app never downloads every event: at each zoom level it asks for the
counts per screen-sized grid cell inside the view, computed by the database
with bound parameters over the same `EventFilter` the other endpoints use.
"""

from __future__ import annotations

import dataclasses
import math
from collections import Counter
from typing import Any

from sqlalchemy import Integer, and_, case, cast, func, or_, select
from sqlalchemy.sql.elements import ColumnElement

from ..store import EventFilter, Store
from ..store.schema import events

CELL_PIXELS = 64  # size of one cluster cell on screen, at any zoom
FACET_FIELDS = ("event_type", "sub_event_type", "country", "certainty", "origin")


def cell_size(zoom: int, mid_lat: float = 0.0) -> tuple[float, float]:
    """Degrees of longitude and latitude covered by one cell at this zoom.

    Web Mercator stretches latitude by 1/cos(lat), so a square cell on screen
    spans fewer degrees of latitude; the band is rounded to 5 degrees so cells
    stay put while the map is panned.
    """
    lon = 360.0 / (2**zoom) * CELL_PIXELS / 256.0
    band = min(80.0, abs(round(mid_lat / 5.0) * 5.0))
    return lon, lon * math.cos(math.radians(band))


def _scan_conditions(flt: EventFilter) -> list[ColumnElement[bool]]:
    """The filter's conditions, with the box applied to `latitude + 0` (same rows).

    A map view usually holds most events; walking the latitude index and
    fetching each row then costs more than one pass over the table, and
    SQLite without statistics would pick the index.
    """
    out = dataclasses.replace(flt, bbox=None, limit=None, offset=0).conditions()
    if flt.bbox:
        c = events.c
        minlon, minlat, maxlon, maxlat = flt.bbox
        lat, lon = c.latitude + 0.0, c.longitude + 0.0
        if minlon <= maxlon:
            lon_ok = and_(lon >= minlon, lon <= maxlon)
        else:  # the box crosses the antimeridian
            lon_ok = or_(lon >= minlon, lon <= maxlon)
        out.append(and_(lat >= minlat, lat <= maxlat, lon_ok))
    return out


def grid(store: Store, flt: EventFilter, zoom: int) -> dict[str, Any]:
    """Counts of located events per grid cell of the view (`flt.bbox`), split by type.

    A cell holding one event carries its `event_id`, so the map can draw it as
    a plain marker; `extent` is the box of the cell's events (to zoom into it).
    """
    mid = 0.0
    if flt.bbox:
        mid = (flt.bbox[1] + flt.bbox[3]) / 2.0
    dlon, dlat = cell_size(zoom, mid)
    c = events.c
    if store.engine.dialect.name == "sqlite":  # CAST truncates; the offsets keep values >= 0
        gx = cast((c.longitude + 180.0) / dlon, Integer)
        gy = cast((c.latitude + 90.0) / dlat, Integer)
    else:
        gx = cast(func.floor((c.longitude + 180.0) / dlon), Integer)
        gy = cast(func.floor((c.latitude + 90.0) / dlat), Integer)
    gxl, gyl = gx.label("gx"), gy.label("gy")
    stmt = (
        select(
            gxl,
            gyl,
            c.event_type,
            func.count().label("n"),
            func.sum(c.latitude),
            func.sum(c.longitude),
            func.min(c.latitude),
            func.max(c.latitude),
            func.min(c.longitude),
            func.max(c.longitude),
            func.min(c.event_id),
        )
        .where(*_scan_conditions(flt), c.latitude.is_not(None), c.longitude.is_not(None))
        .group_by(gxl, gyl, c.event_type)
    )
    cells: dict[tuple[int, int], dict[str, Any]] = {}
    with store.engine.connect() as conn:
        for x, y, etype, n, slat, slon, lat0, lat1, lon0, lon1, eid in conn.execute(stmt):
            cell = cells.get((x, y))
            if cell is None:
                cell = cells[(x, y)] = {
                    "n": 0, "slat": 0.0, "slon": 0.0, "by_type": Counter(),
                    "ext": [lon0, lat0, lon1, lat1], "eid": eid,
                }
            cell["n"] += n
            cell["slat"] += slat
            cell["slon"] += slon
            cell["by_type"][etype] += n
            e = cell["ext"]
            cell["ext"] = [min(e[0], lon0), min(e[1], lat0), max(e[2], lon1), max(e[3], lat1)]
    out = []
    for (x, y), cell in sorted(cells.items()):
        n = cell["n"]
        by_type: Counter[str] = cell["by_type"]
        out.append(
            {
                "cell": [x, y],
                "count": n,
                "latitude": round(cell["slat"] / n, 6),
                "longitude": round(cell["slon"] / n, 6),
                "extent": [round(v, 6) for v in cell["ext"]],
                "event_type": by_type.most_common(1)[0][0],
                "by_type": dict(sorted(by_type.items())),
                "event_id": cell["eid"] if n == 1 else None,
            }
        )
    return {
        "zoom": zoom,
        "cell_degrees": [dlon, dlat],
        "in_view": sum(cell["count"] for cell in out),
        "cells": out,
    }


def summary(store: Store, flt: EventFilter) -> dict[str, int]:
    """How many events match, and how many of those have no coordinates."""
    c = events.c
    stmt = select(
        func.count(), func.sum(case((c.latitude.is_(None), 1), else_=0))
    ).where(*flt.conditions())
    with store.engine.connect() as conn:
        total, unlocated = conn.execute(stmt).one()
    return {"total": int(total or 0), "unlocated": int(unlocated or 0)}


def facets(store: Store, flt: EventFilter) -> dict[str, Any]:
    """The values of the filterable fields with their counts, the date range and extent."""
    c = events.c
    out: dict[str, Any] = {}
    with store.engine.connect() as conn:
        for name in FACET_FIELDS:
            col = c[name]
            rows = conn.execute(
                select(col, func.count())
                .where(*flt.conditions(), col.is_not(None))
                .group_by(col)
                .order_by(func.count().desc(), col)
            )
            out[name] = [{"value": v, "count": n} for v, n in rows]
        first, last, total, lon0, lat0, lon1, lat1 = conn.execute(
            select(
                func.min(c.event_date),
                func.max(c.event_date),
                func.count(),
                func.min(c.longitude),
                func.min(c.latitude),
                func.max(c.longitude),
                func.max(c.latitude),
            ).where(*flt.conditions())
        ).one()
    out["date_range"] = {"min": first, "max": last}
    out["extent"] = [lon0, lat0, lon1, lat1] if lon0 is not None else None
    out["total"] = int(total or 0)
    return out
