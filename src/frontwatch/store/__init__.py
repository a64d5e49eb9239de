"""The event store: documents, comments, places and events behind SQLAlchemy Core.

SQLite (`frontwatch.db` in the working folder) by default; any SQLAlchemy URL
with `--db`. Every write is one transaction; adding a document that is
already stored adds nothing.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    Engine,
    and_,
    create_engine,
    delete,
    event,
    func,
    insert,
    or_,
    select,
)
from sqlalchemy.exc import ArgumentError, OperationalError, SQLAlchemyError
from sqlalchemy.sql.elements import ColumnElement

from ..errors import BadDatabaseURL, StoreError
from ..models import (
    CERTAINTIES,
    EVENT_FIELDS,
    ORIGINS,
    Comment,
    Document,
    Event,
    Segmentation,
    Span,
    Toponym,
)
from . import schema
from .schema import comments, documents, events, meta_table, places

DEFAULT_URL = "sqlite:///frontwatch.db"

__all__ = ["DEFAULT_URL", "EventFilter", "Store", "StoredDocument", "normalise_url"]


def normalise_url(url: str | None) -> str:
    """Accept a SQLAlchemy URL or a plain path to an SQLite file."""
    if not url:
        return DEFAULT_URL
    if "://" not in url:
        return f"sqlite:///{url}"
    return url


@dataclass
class EventFilter:
    """Filters shared by the CLI, the REST API and the web app."""

    since: dt.date | None = None
    until: dt.date | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    actor: str | None = None
    country: str | None = None
    admin1: str | None = None
    origin: str | None = None
    certainty: str | None = None
    bbox: tuple[float, float, float, float] | None = None
    q: str | None = None
    doc_id: str | None = None
    limit: int | None = None
    offset: int = 0

    def __post_init__(self) -> None:
        if self.origin is not None and self.origin not in ORIGINS:
            raise ValueError(f"origin must be one of {', '.join(ORIGINS)}, not {self.origin!r}")
        if self.certainty is not None and self.certainty not in CERTAINTIES:
            raise ValueError(
                f"certainty must be one of {', '.join(CERTAINTIES)}, not {self.certainty!r}"
            )
        if self.bbox is not None:
            minlon, minlat, maxlon, maxlat = self.bbox
            if not (-180 <= minlon <= 180 and -180 <= maxlon <= 180):
                raise ValueError("bbox longitudes must lie in [-180, 180]")
            if not (-90 <= minlat <= maxlat <= 90):
                raise ValueError("bbox latitudes must lie in [-90, 90] with minlat <= maxlat")
        if self.since and self.until and self.since > self.until:
            raise ValueError("since is after until")
        if self.limit is not None and self.limit < 0:
            raise ValueError("limit must not be negative")
        if self.offset < 0:
            raise ValueError("offset must not be negative")

    def conditions(self) -> list[ColumnElement[bool]]:
        c = events.c
        out: list[ColumnElement[bool]] = []
        if self.since:
            out.append(c.event_date >= self.since.isoformat())
        if self.until:
            out.append(c.event_date <= self.until.isoformat())
        if self.event_type:
            out.append(func.lower(c.event_type) == self.event_type.lower())
        if self.sub_event_type:
            out.append(func.lower(c.sub_event_type) == self.sub_event_type.lower())
        if self.actor:
            pat = f"%{_escape_like(self.actor.lower())}%"
            out.append(
                or_(
                    *(
                        func.lower(col).like(pat, escape="\\")
                        for col in (c.actor1, c.actor2, c.assoc_actor_1, c.assoc_actor_2)
                    )
                )
            )
        if self.country:
            out.append(func.lower(c.country) == self.country.lower())
        if self.admin1:
            out.append(func.lower(c.admin1) == self.admin1.lower())
        if self.origin:
            out.append(c.origin == self.origin)
        if self.certainty:
            out.append(c.certainty == self.certainty)
        if self.bbox:
            minlon, minlat, maxlon, maxlat = self.bbox
            lat = and_(c.latitude >= minlat, c.latitude <= maxlat)
            if minlon <= maxlon:
                lon = and_(c.longitude >= minlon, c.longitude <= maxlon)
            else:  # the box crosses the antimeridian
                lon = or_(c.longitude >= minlon, c.longitude <= maxlon)
            out.append(and_(lat, lon))
        if self.q:
            out.append(
                func.lower(c.evidence_text).like(f"%{_escape_like(self.q.lower())}%", escape="\\")
            )
        if self.doc_id:
            out.append(c.doc_id == self.doc_id)
        return out


def _escape_like(s: str) -> str:
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


@dataclass
class StoredDocument:
    doc_id: str
    text: str
    url: str | None
    title: str | None
    published: dt.date | None
    source: str | None
    kind: str
    article: Span
    comments: list[Comment] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "url": self.url,
            "title": self.title,
            "published": self.published.isoformat() if self.published else None,
            "source": self.source,
            "kind": self.kind,
            "text": self.text,
            "article": self.article.to_dict(),
            "comments": [c.to_dict() for c in self.comments],
            "events": [e.to_dict() for e in self.events],
        }


def _event_row(ev: Event) -> dict[str, Any]:
    row = {k: getattr(ev, k) for k in EVENT_FIELDS if k != "evidence"}
    row["evidence_text"] = ev.evidence.text
    row["evidence_start"] = ev.evidence.start
    row["evidence_end"] = ev.evidence.end
    return row


def _row_event(row: Any) -> Event:
    m = row._mapping
    kw = {k: m[k] for k in EVENT_FIELDS if k != "evidence"}
    return Event(**kw, evidence=Span(m["evidence_text"], m["evidence_start"], m["evidence_end"]))


class Store:
    """An event database. `Store()` opens (and creates) `frontwatch.db` here."""

    def __init__(self, url: str | None = None, *, create: bool = True) -> None:
        self.url = normalise_url(url)
        try:
            self.engine: Engine = create_engine(self.url, future=True)
        except (ArgumentError, ImportError, ValueError) as exc:
            raise BadDatabaseURL(f"not a usable database URL ({exc})", source=self.url) from None
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        try:
            if create:
                schema.metadata.create_all(self.engine)
                self._check_version()
            else:
                with self.engine.connect() as conn:
                    conn.execute(select(func.count()).select_from(documents))
        except OperationalError as exc:
            raise StoreError(
                f"cannot open the database ({_first_line(exc)})", source=self.url
            ) from None
        except SQLAlchemyError as exc:
            raise StoreError(f"database error ({_first_line(exc)})", source=self.url) from None

    def _check_version(self) -> None:
        with self.engine.begin() as conn:
            row = conn.execute(
                select(meta_table.c.value).where(meta_table.c.key == "schema_version")
            ).first()
            if row is None:
                conn.execute(
                    insert(meta_table).values(key="schema_version", value=str(schema.SCHEMA_VERSION))
                )
            elif int(row[0]) != schema.SCHEMA_VERSION:
                raise StoreError(
                    f"schema version {row[0]} is not the supported {schema.SCHEMA_VERSION}",
                    source=self.url,
                )

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writes ----------------------------------------------------------

    def add(
        self,
        doc: Document,
        seg: Segmentation,
        evs: Sequence[Event],
        toponyms: Sequence[Toponym] = (),
        *,
        replace: bool = False,
    ) -> bool:
        """Store one document with its comments, places and events in one transaction.

        Returns False (and writes nothing) when the document is already stored,
        unless `replace` is set, in which case its events are extracted anew.
        """
        return self.add_many([(doc, seg, evs, toponyms)], replace=replace)[0]

    def add_many(
        self,
        batch: Iterable[tuple[Document, Segmentation, Sequence[Event], Sequence[Toponym]]],
        *,
        replace: bool = False,
    ) -> list[bool]:
        """Store several documents in one transaction: all of them or none."""
        items = list(batch)
        added: list[bool] = []
        now = dt.datetime.now(dt.UTC)
        try:
            with self.engine.begin() as conn:
                ids = [d.doc_id for d, *_ in items]
                existing = set(
                    conn.execute(select(documents.c.doc_id).where(documents.c.doc_id.in_(ids)))
                    .scalars()
                    .all()
                )
                seen: set[str] = set()
                known_places: set[int] = set()
                for doc, seg, evs, tops in items:
                    if doc.doc_id in seen or (doc.doc_id in existing and not replace):
                        added.append(False)
                        continue
                    seen.add(doc.doc_id)
                    if doc.doc_id in existing:
                        conn.execute(delete(events).where(events.c.doc_id == doc.doc_id))
                        conn.execute(delete(comments).where(comments.c.doc_id == doc.doc_id))
                        conn.execute(delete(documents).where(documents.c.doc_id == doc.doc_id))
                    conn.execute(
                        insert(documents).values(
                            doc_id=doc.doc_id,
                            url=doc.url,
                            title=doc.title,
                            published=doc.published,
                            source=doc.source,
                            kind=doc.kind,
                            path=doc.path,
                            text=doc.text,
                            article_start=seg.article.start,
                            article_end=seg.article.end,
                            ingested_at=now,
                        )
                    )
                    if seg.comments:
                        conn.execute(
                            insert(comments),
                            [
                                {
                                    "doc_id": doc.doc_id,
                                    "comment_index": c.index,
                                    "start": c.start,
                                    "end": c.end,
                                    "text": c.text,
                                }
                                for c in seg.comments
                            ],
                        )
                    self._add_places(conn, tops, evs, known_places)
                    if evs:
                        conn.execute(insert(events), [_event_row(e) for e in evs])
                    added.append(True)
        except SQLAlchemyError as exc:
            raise StoreError(f"write failed, nothing stored ({_first_line(exc)})", source=self.url) from None
        return added

    def _add_places(
        self, conn: Any, tops: Sequence[Toponym], evs: Sequence[Event], known: set[int]
    ) -> None:
        rows: dict[int, dict[str, Any]] = {}
        for t in tops:
            if t.resolved and t.geonameid is not None and t.geonameid not in known:
                rows[t.geonameid] = {
                    "geonameid": t.geonameid,
                    "name": t.name or t.text,
                    "latitude": t.latitude,
                    "longitude": t.longitude,
                    "country_code": t.country_code,
                    "country": t.country,
                    "admin1": t.admin1,
                    "feature_class": t.feature_class,
                    "feature_code": t.feature_code,
                }
        for e in evs:
            if e.geonameid is not None and e.geonameid not in rows and e.geonameid not in known:
                rows[e.geonameid] = {
                    "geonameid": e.geonameid,
                    "name": e.location or "",
                    "latitude": e.latitude,
                    "longitude": e.longitude,
                    "country_code": None,
                    "country": e.country,
                    "admin1": e.admin1,
                    "feature_class": None,
                    "feature_code": None,
                }
        if not rows:
            return
        present = set(
            conn.execute(select(places.c.geonameid).where(places.c.geonameid.in_(list(rows))))
            .scalars()
            .all()
        )
        new = [r for gid, r in rows.items() if gid not in present]
        if new:
            conn.execute(insert(places), new)
        known.update(rows)

    # -- reads -----------------------------------------------------------

    def has_document(self, doc_id: str) -> bool:
        return bool(self.stored_ids([doc_id]))

    def stored_ids(self, doc_ids: Iterable[str]) -> set[str]:
        """Which of `doc_ids` the store already holds (one query per 500 ids)."""
        wanted = list(dict.fromkeys(doc_ids))
        found: set[str] = set()
        with self.engine.connect() as conn:
            for i in range(0, len(wanted), 500):
                chunk = wanted[i:i + 500]
                found.update(conn.execute(
                    select(documents.c.doc_id).where(documents.c.doc_id.in_(chunk))).scalars())
        return found

    def counts(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            return {
                t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
                for t in (documents, comments, places, events)
            }

    def events(self, flt: EventFilter | None = None) -> list[Event]:
        return list(self.iter_events(flt))

    def iter_events(self, flt: EventFilter | None = None) -> Iterator[Event]:
        flt = flt or EventFilter()
        stmt = (
            select(events)
            .where(*flt.conditions())
            .order_by(events.c.event_date.desc(), events.c.doc_id, events.c.evidence_start,
                      events.c.event_id)
        )
        if flt.limit is not None:
            stmt = stmt.limit(flt.limit)
        if flt.offset:
            stmt = stmt.offset(flt.offset)
        with self.engine.connect() as conn:
            for row in conn.execute(stmt):
                yield _row_event(row)

    def count_events(self, flt: EventFilter | None = None) -> int:
        flt = flt or EventFilter()
        with self.engine.connect() as conn:
            return conn.execute(
                select(func.count()).select_from(events).where(*flt.conditions())
            ).scalar_one()

    def get_event(self, event_id: str) -> Event | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(events).where(events.c.event_id == event_id)).first()
        return _row_event(row) if row else None

    def get_document(self, doc_id: str) -> StoredDocument | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(documents).where(documents.c.doc_id == doc_id)).first()
            if row is None:
                return None
            m = row._mapping
            cms = [
                Comment(r.comment_index, r.text, r.start, r.end)
                for r in conn.execute(
                    select(comments)
                    .where(comments.c.doc_id == doc_id)
                    .order_by(comments.c.comment_index)
                )
            ]
            evs = [
                _row_event(r)
                for r in conn.execute(
                    select(events)
                    .where(events.c.doc_id == doc_id)
                    .order_by(events.c.evidence_start, events.c.event_id)
                )
            ]
        text = m["text"]
        a0, a1 = m["article_start"], m["article_end"]
        return StoredDocument(
            doc_id=m["doc_id"],
            text=text,
            url=m["url"],
            title=m["title"],
            published=m["published"],
            source=m["source"],
            kind=m["kind"],
            article=Span(text[a0:a1], a0, a1),
            comments=cms,
            events=evs,
        )

    def document_ids(self) -> list[str]:
        with self.engine.connect() as conn:
            return list(conn.execute(select(documents.c.doc_id).order_by(documents.c.doc_id)).scalars())

    def timeline(
        self, flt: EventFilter | None = None, interval: str = "day"
    ) -> list[dict[str, Any]]:
        """Event counts per day or ISO week (Monday), split by event_type."""
        if interval not in ("day", "week"):
            raise ValueError("interval must be 'day' or 'week'")
        flt = flt or EventFilter()
        stmt = (
            select(events.c.event_date, events.c.event_type, func.count())
            .where(*flt.conditions(), events.c.event_date.is_not(None))
            .group_by(events.c.event_date, events.c.event_type)
        )
        bins: dict[str, Counter[str]] = defaultdict(Counter)
        with self.engine.connect() as conn:
            for day, etype, n in conn.execute(stmt):
                key = day
                if interval == "week":
                    d = dt.date.fromisoformat(day)
                    key = (d - dt.timedelta(days=d.weekday())).isoformat()
                bins[key][etype] += n
        return [
            {"date": k, "total": sum(c.values()), "by_type": dict(sorted(c.items()))}
            for k, c in sorted(bins.items())
        ]

    def actors(self, flt: EventFilter | None = None) -> list[dict[str, Any]]:
        """Actors with their event counts (as actor1/actor2 or associated)."""
        flt = flt or EventFilter()
        counts: Counter[str] = Counter()
        inter: dict[str, int | None] = {}
        with self.engine.connect() as conn:
            for col, icol in (
                (events.c.actor1, events.c.inter1),
                (events.c.actor2, events.c.inter2),
                (events.c.assoc_actor_1, events.c.inter1),
                (events.c.assoc_actor_2, events.c.inter2),
            ):
                stmt = (
                    select(col, icol, func.count())
                    .where(*flt.conditions(), col.is_not(None))
                    .group_by(col, icol)
                )
                for name, code, n in conn.execute(stmt):
                    for part in str(name).split("; "):
                        counts[part] += n
                        if col in (events.c.actor1, events.c.actor2):
                            inter.setdefault(part, code)
        return [
            {"actor": a, "events": n, "inter": inter.get(a)}
            for a, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        ]


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _first_line(exc: BaseException) -> str:
    s = str(getattr(exc, "orig", None) or exc)
    return s.splitlines()[0] if s else exc.__class__.__name__
