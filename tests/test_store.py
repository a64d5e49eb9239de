"""The store: idempotent writes, transactions, filters, timeline, actors."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from frontwatch.errors import BadDatabaseURL, StoreError
from frontwatch.models import Comment, Document, Event, Segmentation, Span, Toponym
from frontwatch.store import EventFilter, Store, normalise_url

TEXT = "Rebels attacked a checkpoint near Town A. Police dispersed a march in Town B.\nlol\n"


def _doc(doc_id: str = "d1", text: str = TEXT) -> tuple[Document, Segmentation]:
    doc = Document(doc_id, text, published=dt.date(2024, 3, 6), source="wire", kind="text")
    seg = Segmentation(doc_id, Span(text[:77], 0, 77), [Comment(0, "lol", 78, 81)])
    return doc, seg


def _event(doc_id: str, n: int, **kw) -> Event:
    base = dict(
        event_id=f"{doc_id}-e{n}", doc_id=doc_id, origin="article", comment_index=None,
        event_date="2024-03-05", time_precision=1, event_type="Battles",
        sub_event_type="Armed clash", actor1="Rebel group", assoc_actor_1=None, inter1=2,
        actor2="Military Forces of Syria", assoc_actor_2=None, inter2=1, country="Syria",
        admin1="Idlib", location="Town A", latitude=35.9, longitude=36.6, geonameid=100 + n,
        geo_precision=1, fatalities=2, certainty="reported", attribution=None, confidence=0.8,
        evidence=Span(TEXT[:41], 0, 41),
    )
    base.update(kw)
    return Event(**base)


PG_URL = os.environ.get("FRONTWATCH_TEST_POSTGRES_URL")


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, tmp_path: Path) -> Store:
    if request.param == "postgresql":
        if not PG_URL:
            pytest.skip("FRONTWATCH_TEST_POSTGRES_URL is not set (.ci/run starts a local server)")
        from sqlalchemy import create_engine

        from frontwatch.store import schema

        engine = create_engine(PG_URL)
        schema.metadata.drop_all(engine)
        engine.dispose()
        s = Store(PG_URL)
    else:
        s = Store(f"sqlite:///{tmp_path / 'fw.db'}")
    doc, seg = _doc()
    evs = [
        _event("d1", 1),
        _event("d1", 2, event_date="2024-02-20", event_type="Protests",
               sub_event_type="Protest with intervention", actor1="Protesters (Syria)", inter1=6,
               actor2="Police Forces of Syria", location="Town B", latitude=36.2, longitude=37.1,
               fatalities=None, certainty="claimed", attribution="activists",
               evidence=Span(TEXT[42:77], 42, 77)),
        _event("d1", 3, origin="comment", comment_index=0, country="Iraq", admin1="Nineveh",
               latitude=36.3, longitude=43.1, certainty="unconfirmed", evidence=Span("lol", 78, 81)),
    ]
    tops = [Toponym("Town A", 34, 40, name="Town A", geonameid=101, latitude=35.9, longitude=36.6,
                    country_code="SY", country="Syria", admin1="Idlib", feature_class="P",
                    feature_code="PPL", resolved=True, geo_precision=1)]
    assert s.add(doc, seg, evs, tops) is True
    return s


def test_add_is_idempotent(store: Store) -> None:
    doc, seg = _doc()
    before = store.counts()
    assert before == {"documents": 1, "comments": 1, "places": 3, "events": 3}
    assert store.add(doc, seg, [_event("d1", 1)]) is False
    assert store.counts() == before


def test_stored_ids_in_one_lookup(store: Store) -> None:
    ids = [f"x{i}" for i in range(1200)] + ["d1", "d1"]
    assert store.stored_ids(ids) == {"d1"}
    assert store.stored_ids([]) == set()
    assert store.has_document("d1") and not store.has_document("x1")


def test_replace_swaps_events(store: Store) -> None:
    doc, seg = _doc()
    assert store.add(doc, seg, [_event("d1", 9)], replace=True) is True
    assert [e.event_id for e in store.events()] == ["d1-e9"]


def test_batch_is_all_or_nothing(store: Store) -> None:
    doc2, seg2 = _doc("d2")
    bad = _event("d2", 1, event_id="d1-e1")  # clashes with a stored event id
    with pytest.raises(StoreError) as exc:
        store.add_many([(doc2, seg2, [_event("d2", 5)], []), (_doc("d3")[0], _doc("d3")[1], [bad], [])])
    assert "nothing stored" in str(exc.value)
    assert not store.has_document("d2") and not store.has_document("d3")


@pytest.mark.parametrize(
    ("flt", "ids"),
    [
        (EventFilter(), ["d1-e1", "d1-e3", "d1-e2"]),
        (EventFilter(since=dt.date(2024, 3, 1)), ["d1-e1", "d1-e3"]),
        (EventFilter(until=dt.date(2024, 2, 28)), ["d1-e2"]),
        (EventFilter(event_type="protests"), ["d1-e2"]),
        (EventFilter(sub_event_type="Armed clash"), ["d1-e1", "d1-e3"]),
        (EventFilter(actor="police"), ["d1-e2"]),
        (EventFilter(country="iraq"), ["d1-e3"]),
        (EventFilter(admin1="Idlib"), ["d1-e1", "d1-e2"]),
        (EventFilter(origin="comment"), ["d1-e3"]),
        (EventFilter(certainty="claimed"), ["d1-e2"]),
        (EventFilter(bbox=(37.0, 36.0, 38.0, 37.0)), ["d1-e2"]),
        (EventFilter(bbox=(170.0, -10.0, 37.0, 37.0)), ["d1-e1"]),  # across the antimeridian
        (EventFilter(q="checkpoint"), ["d1-e1"]),
        (EventFilter(q="100%_"), []),
        (EventFilter(limit=1, offset=1), ["d1-e3"]),
    ],
)
def test_filters(store: Store, flt: EventFilter, ids: list[str]) -> None:
    assert [e.event_id for e in store.events(flt)] == ids
    if flt.limit is None:
        assert store.count_events(flt) == len(ids)


def test_bad_filters() -> None:
    for kw in (dict(origin="blog"), dict(certainty="sure"), dict(bbox=(0, 10, 1, 5)),
               dict(since=dt.date(2024, 2, 1), until=dt.date(2024, 1, 1)), dict(limit=-1)):
        with pytest.raises(ValueError):
            EventFilter(**kw)


def test_document_round_trip(store: Store) -> None:
    d = store.get_document("d1")
    assert d is not None
    assert d.text == TEXT and d.published == dt.date(2024, 3, 6)
    assert d.comments == [Comment(0, "lol", 78, 81)]
    assert [e.event_id for e in d.events] == ["d1-e1", "d1-e2", "d1-e3"]
    for e in d.events:
        assert d.text[e.evidence.start:e.evidence.end] == e.evidence.text
    assert store.get_document("nope") is None
    assert store.get_event("d1-e2").attribution == "activists"


def test_timeline_and_actors(store: Store) -> None:
    assert store.timeline() == [
        {"date": "2024-02-20", "total": 1, "by_type": {"Protests": 1}},
        {"date": "2024-03-05", "total": 2, "by_type": {"Battles": 2}},
    ]
    assert [b["date"] for b in store.timeline(interval="week")] == ["2024-02-19", "2024-03-04"]
    actors = {a["actor"]: a["events"] for a in store.actors()}
    assert actors == {"Rebel group": 2, "Military Forces of Syria": 2, "Protesters (Syria)": 1,
                      "Police Forces of Syria": 1}


def test_urls() -> None:
    assert normalise_url(None) == "sqlite:///frontwatch.db"
    assert normalise_url("x.db") == "sqlite:///x.db"
    with pytest.raises(BadDatabaseURL):
        Store("nonsense://host/db")
