"""Tables of the event store, in SQLAlchemy Core (SQLite by default, PostgreSQL-ready)."""

from __future__ import annotations

from sqlalchemy import (
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

SCHEMA_VERSION = 1

metadata = MetaData()

documents = Table(
    "documents",
    metadata,
    Column("doc_id", String(64), primary_key=True),
    Column("url", Text),
    Column("title", Text),
    Column("published", Date),
    Column("source", Text),
    Column("kind", String(16), nullable=False),
    Column("path", Text),
    Column("text", Text, nullable=False),
    Column("article_start", Integer, nullable=False),
    Column("article_end", Integer, nullable=False),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
)

comments = Table(
    "comments",
    metadata,
    Column("doc_id", String(64), ForeignKey("documents.doc_id", ondelete="CASCADE"), primary_key=True),
    Column("comment_index", Integer, primary_key=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
)

places = Table(
    "places",
    metadata,
    Column("geonameid", Integer, primary_key=True),
    Column("name", Text, nullable=False),
    Column("latitude", Float),
    Column("longitude", Float),
    Column("country_code", String(2)),
    Column("country", Text),
    Column("admin1", Text),
    Column("feature_class", String(1)),
    Column("feature_code", String(10)),
)

events = Table(
    "events",
    metadata,
    Column("event_id", String(64), primary_key=True),
    Column("doc_id", String(64), ForeignKey("documents.doc_id", ondelete="CASCADE"), nullable=False),
    Column("origin", String(8), nullable=False),
    Column("comment_index", Integer),
    Column("event_date", String(10)),
    Column("time_precision", Integer),
    Column("event_type", String(64), nullable=False),
    Column("sub_event_type", String(64), nullable=False),
    Column("actor1", Text),
    Column("assoc_actor_1", Text),
    Column("inter1", Integer),
    Column("actor2", Text),
    Column("assoc_actor_2", Text),
    Column("inter2", Integer),
    Column("country", Text),
    Column("admin1", Text),
    Column("location", Text),
    Column("latitude", Float),
    Column("longitude", Float),
    Column("geonameid", Integer, ForeignKey("places.geonameid")),
    Column("geo_precision", Integer),
    Column("fatalities", Integer),
    Column("certainty", String(16), nullable=False),
    Column("attribution", Text),
    Column("confidence", Float, nullable=False),
    Column("evidence_text", Text, nullable=False),
    Column("evidence_start", Integer, nullable=False),
    Column("evidence_end", Integer, nullable=False),
)

Index("ix_events_date", events.c.event_date)
Index("ix_events_type", events.c.event_type)
Index("ix_events_country", events.c.country)
Index("ix_events_doc", events.c.doc_id)
Index("ix_events_latlon", events.c.latitude, events.c.longitude)

meta_table = Table(
    "frontwatch_meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)
