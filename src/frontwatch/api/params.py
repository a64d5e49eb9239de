"""Query parameters shared by the event endpoints, turned into one `EventFilter`."""

from __future__ import annotations

import datetime as dt
import math
from enum import StrEnum
from typing import Annotated

from fastapi import Query

from ..errors import BadDate
from ..ingest.dates import parse_date
from ..models import CERTAINTIES, ORIGINS
from ..store import EventFilter
from .problems import bad_parameter

MAX_LIMIT = 5000
DEFAULT_LIMIT = 100

# Enums built from the model's constants, so the OpenAPI docs list the valid values.
Origin = StrEnum("Origin", {o: o for o in ORIGINS})  # type: ignore[misc]
Certainty = StrEnum("Certainty", {c: c for c in CERTAINTIES})  # type: ignore[misc]


class Format(StrEnum):
    json = "json"
    geojson = "geojson"
    csv = "csv"


class Interval(StrEnum):
    day = "day"
    week = "week"


def parse_bbox(value: str | None) -> tuple[float, float, float, float] | None:
    if value in (None, ""):
        return None
    parts = [p.strip() for p in str(value).split(",")]
    if len(parts) != 4:
        raise bad_parameter(
            "bbox", f"expected 4 numbers minlon,minlat,maxlon,maxlat, got {len(parts)}"
        )
    try:
        nums = tuple(float(p) for p in parts)
    except ValueError:
        raise bad_parameter("bbox", f"{value!r} is not 4 comma-separated numbers") from None
    if not all(math.isfinite(n) for n in nums):
        raise bad_parameter("bbox", "numbers must be finite")
    return nums  # type: ignore[return-value]


def _date(value: str | None, name: str) -> dt.date | None:
    if not value:
        return None
    try:
        return parse_date(value, name, field=name)
    except BadDate as exc:  # re-raised with the parameter named
        raise bad_parameter(name, f"{value!r} is not an ISO date (YYYY-MM-DD)") from exc


def make_filter(
    *,
    since: str | None = None,
    until: str | None = None,
    event_type: str | None = None,
    sub_event_type: str | None = None,
    actor: str | None = None,
    country: str | None = None,
    admin1: str | None = None,
    origin: str | None = None,
    certainty: str | None = None,
    bbox: str | None = None,
    q: str | None = None,
    doc_id: str | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> EventFilter:
    """Build an EventFilter from raw strings, naming the parameter in every error."""
    if origin not in (None, "") and origin not in ORIGINS:
        raise bad_parameter("origin", f"must be one of {', '.join(ORIGINS)}, not {origin!r}")
    if certainty not in (None, "") and certainty not in CERTAINTIES:
        raise bad_parameter(
            "certainty", f"must be one of {', '.join(CERTAINTIES)}, not {certainty!r}"
        )
    first, last = _date(since, "since"), _date(until, "until")
    if first and last and first > last:
        raise bad_parameter("since", f"{first.isoformat()} is after until ({last.isoformat()})")
    try:
        return EventFilter(
            since=first,
            until=last,
            event_type=event_type or None,
            sub_event_type=sub_event_type or None,
            actor=actor or None,
            country=country or None,
            admin1=admin1 or None,
            origin=origin or None,
            certainty=certainty or None,
            bbox=parse_bbox(bbox),
            q=q or None,
            doc_id=doc_id or None,
            limit=limit,
            offset=offset,
        )
    except ValueError as exc:
        msg = str(exc)
        word = msg.split(" ", 1)[0]
        param = word if word in ("bbox", "since", "limit", "offset") else None
        if param:
            raise bad_parameter(param, msg.split(" ", 1)[1]) from None
        raise bad_parameter("filter", msg) from None


def event_filter(
    since: Annotated[str | None, Query(description="Events on or after this ISO date (YYYY-MM-DD)")] = None,
    until: Annotated[str | None, Query(description="Events on or before this ISO date")] = None,
    event_type: Annotated[str | None, Query(description="ACLED event type, e.g. Battles (case-insensitive)")] = None,
    sub_event_type: Annotated[str | None, Query(description="ACLED sub-event type, e.g. Armed clash")] = None,
    actor: Annotated[str | None, Query(description="Substring of any actor or associated actor")] = None,
    country: Annotated[str | None, Query(description="Country name (case-insensitive)")] = None,
    admin1: Annotated[str | None, Query(description="First-level region (case-insensitive)")] = None,
    origin: Annotated[Origin | None, Query(description="Where the event was reported")] = None,  # type: ignore[valid-type]
    certainty: Annotated[Certainty | None, Query(description="How the source presents it")] = None,  # type: ignore[valid-type]
    bbox: Annotated[str | None, Query(description="minlon,minlat,maxlon,maxlat (WGS 84)")] = None,
    q: Annotated[str | None, Query(description="Text to search in the evidence sentence")] = None,
) -> EventFilter:
    """The filters every read endpoint shares (no paging)."""
    return make_filter(
        since=since,
        until=until,
        event_type=event_type,
        sub_event_type=sub_event_type,
        actor=actor,
        country=country,
        admin1=admin1,
        origin=origin.value if origin is not None else None,
        certainty=certainty.value if certainty is not None else None,
        bbox=bbox,
        q=q,
    )
