"""Plain data passed between the stages of the pipeline.

ingest -> Document; segment -> Segmentation; geo -> Toponym; events -> Event.
Field names of Event are a public contract (CLI JSON, CSV, REST API, store).
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any


def content_id(*parts: str, prefix: str = "") -> str:
    """Stable id: a short SHA-256 over the given parts."""
    h = hashlib.sha256()
    for p in parts:
        h.update(p.encode("utf-8", "surrogatepass"))
        h.update(b"\x1f")
    return prefix + h.hexdigest()[:16]


@dataclass(frozen=True)
class Span:
    """A stretch of the document text: `text == doc.text[start:end]`."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass
class Document:
    """One input document as read by an ingest reader.

    `text` is the document text every offset refers to. Readers that know the
    page structure (HTML, WARC) set `comment_spans` to the character spans of
    the reader comments inside `text`; for plain text the segmenter finds them.
    """

    doc_id: str
    text: str
    url: str | None = None
    title: str | None = None
    published: date | None = None
    source: str | None = None
    kind: str = "text"
    path: str | None = None
    article_span: tuple[int, int] | None = None
    comment_spans: list[tuple[int, int]] | None = None


@dataclass(frozen=True)
class Comment:
    index: int
    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"index": self.index, "text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Segmentation:
    doc_id: str
    article: Span
    comments: list[Comment] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "article": self.article.to_dict(),
            "comments": [c.to_dict() for c in self.comments],
        }


@dataclass
class Toponym:
    """A place name found in a document and, when possible, resolved to a gazetteer entry."""

    text: str
    start: int
    end: int
    name: str | None = None
    geonameid: int | None = None
    latitude: float | None = None
    longitude: float | None = None
    country_code: str | None = None
    country: str | None = None
    admin1: str | None = None
    feature_class: str | None = None
    feature_code: str | None = None
    resolved: bool = False
    geo_precision: int | None = None
    doc_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "name": self.name,
            "geonameid": self.geonameid,
            "latitude": self.latitude,
            "longitude": self.longitude,
            "country_code": self.country_code,
            "admin1": self.admin1,
            "feature_class": self.feature_class,
            "feature_code": self.feature_code,
            "resolved": self.resolved,
        }


# Order of the event fields: the JSON contract, and the CSV column order.
EVENT_FIELDS: tuple[str, ...] = (
    "event_id",
    "doc_id",
    "origin",
    "comment_index",
    "event_date",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "country",
    "admin1",
    "location",
    "latitude",
    "longitude",
    "geonameid",
    "geo_precision",
    "fatalities",
    "certainty",
    "attribution",
    "confidence",
    "evidence",
)

CERTAINTIES = ("reported", "claimed", "unconfirmed", "denied")
ORIGINS = ("article", "comment")


@dataclass
class Event:
    event_id: str
    doc_id: str
    origin: str
    comment_index: int | None
    event_date: str | None
    time_precision: int | None
    event_type: str
    sub_event_type: str
    actor1: str | None
    assoc_actor_1: str | None
    inter1: int | None
    actor2: str | None
    assoc_actor_2: str | None
    inter2: int | None
    country: str | None
    admin1: str | None
    location: str | None
    latitude: float | None
    longitude: float | None
    geonameid: int | None
    geo_precision: int | None
    fatalities: int | None
    certainty: str
    attribution: str | None
    confidence: float
    evidence: Span

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["evidence"] = self.evidence.to_dict()
        return {k: d[k] for k in EVENT_FIELDS}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Event:
        ev = d["evidence"]
        kw: dict[str, Any] = {k: d.get(k) for k in EVENT_FIELDS if k != "evidence"}
        return cls(**kw, evidence=Span(ev["text"], int(ev["start"]), int(ev["end"])))
