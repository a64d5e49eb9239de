"""The analyst web app end to end, in a real headless Chromium driven by Playwright."""

from __future__ import annotations

import csv
import datetime as dt
import io
import os

import pytest

from frontwatch.export import CSV_HEADER
from frontwatch.store import EventFilter, Store
from frontwatch.web.background import CHROMIUM, CHROMIUM_ARGS, serving
from frontwatch.web.synthetic import PLACES, synthetic_store_items

pytestmark = pytest.mark.browser

if not os.path.exists(CHROMIUM):
    pytest.skip(f"{CHROMIUM} is missing (apt-get install chromium, or make browser)",
                allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")

LVIV = next(p for p in PLACES if p.name == "Lviv")
EAST = [p for p in PLACES if p.name != "Lviv"]


@pytest.fixture(scope="module")
def store_url(tmp_path_factory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('web') / 'web.db'}"
    with Store(url) as store:
        store.add_many(synthetic_store_items(300, seed=1, places=EAST))
        # One event far from the others, drawn as a single marker.
        store.add_many(synthetic_store_items(1, seed=2, places=[LVIV]))
    return url


@pytest.fixture(scope="module")
def base_url(store_url):
    with serving(store_url) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture()
def page(browser, base_url):
    context = browser.new_context(viewport={"width": 1300, "height": 820}, accept_downloads=True)
    pg = context.new_page()
    pg.set_default_timeout(15_000)
    errors: list[str] = []
    foreign: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    pg.on("request", lambda r: foreign.append(r.url)
          if not r.url.startswith((base_url, "data:", "blob:")) else None)
    pg.goto(base_url + "/")
    pg.wait_for_selector("body[data-ready='1']")
    yield pg
    context.close()
    assert not errors, errors
    assert not foreign, f"requests outside the app: {foreign}"


def total_shown(pg) -> int:
    return int(pg.get_attribute("#count", "data-total"))


def wait_total(pg, n: int) -> None:
    pg.wait_for_selector(f"#count[data-total='{n}']")


def test_map_shows_clusters_markers_and_legend(page, store_url):
    store = Store(store_url)
    assert total_shown(page) == store.count_events() == 301
    page.wait_for_selector(".leaflet-tile-loaded")  # (tiles are drawn after the data is ready)
    assert page.locator(".leaflet-tile-loaded").count() > 0
    assert page.locator(".fw-cluster").count() > 0
    assert page.locator(".fw-point").count() >= 1
    clusters = page.locator(".fw-cluster span").all_inner_texts()
    points = page.locator(".fw-point").count()
    assert sum(int(t) for t in clusters) + points == 301
    legend = page.locator("#legend li").all_inner_texts()
    assert any("Battles" in t for t in legend)
    assert page.locator("#timeline-svg rect").count() > 10


def test_filter_changes_the_count(page, store_url):
    store = Store(store_url)
    protests = store.count_events(EventFilter(event_type="Protests"))
    assert 0 < protests < 301
    page.select_option("select[name=event_type]", "Protests")
    wait_total(page, protests)
    assert page.inner_text("#count").startswith(f"{protests} event")
    assert "event_type=Protests" in page.url

    page.fill("input[name=q]", "drone strike")
    expected = store.count_events(EventFilter(event_type="Protests", q="drone strike"))
    wait_total(page, expected)

    page.click("#reset")
    wait_total(page, 301)
    page.select_option("select[name=origin]", "comment")
    wait_total(page, store.count_events(EventFilter(origin="comment")))


def test_timeline_brush_filters_the_map(page, store_url):
    box = page.locator("#timeline-svg").bounding_box()
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + box["width"] * 0.30, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.55, y, steps=5)
    page.mouse.up()
    page.wait_for_function("() => document.querySelector('input[name=since]').value !== ''")
    since = page.input_value("input[name=since]")
    until = page.input_value("input[name=until]")
    assert since < until
    expected = Store(store_url).count_events(
        EventFilter(since=dt.date.fromisoformat(since), until=dt.date.fromisoformat(until))
    )
    wait_total(page, expected)
    assert 0 < expected < 301
    page.click("#brush-clear")
    wait_total(page, 301)


def test_open_event_highlights_its_evidence(page, store_url):
    store = Store(store_url)
    (ev,) = store.events(EventFilter(country="Ukraine", admin1=LVIV.admin1))
    page.click(f".fw-point[data-event-id='{ev.event_id}']")
    mark = page.wait_for_selector("#doc-view mark.evidence-current")
    assert mark.inner_text() == ev.evidence.text
    assert mark.get_attribute("data-event-id") == ev.event_id
    view = page.inner_text("#event-view")
    assert ev.sub_event_type in view and ev.certainty in view
    if ev.attribution:
        assert ev.attribution in view
    doc = store.get_document(ev.doc_id)
    assert page.locator("#doc-view mark.evidence").count() == len(doc.events)
    assert f"event={ev.event_id}" in page.url


def test_comment_evidence_is_highlighted(page, store_url):
    store = Store(store_url)
    (ev,) = store.events(EventFilter(origin="comment", limit=1))
    page.goto(page.url.split("#")[0] + f"#event={ev.event_id}")
    page.reload()
    mark = page.wait_for_selector("#doc-view ol.comments mark.evidence-current")
    assert mark.inner_text() == ev.evidence.text
    assert page.locator("#doc-view ol.comments > li").count() == len(
        store.get_document(ev.doc_id).comments
    )


def map_zoom(pg) -> int:
    return int(pg.evaluate("() => new URLSearchParams(location.hash.slice(1)).get('map')")
               .split("/")[0])


def test_cluster_zooms_in_then_lists_its_events(page, store_url):
    kharkiv = next(p for p in PLACES if p.name == "Kharkiv")
    base = page.url.split("#")[0]
    page.goto(base + f"#map=4/{kharkiv.latitude}/{kharkiv.longitude}")
    page.reload()
    page.wait_for_selector("body[data-ready='1']")
    counts = [int(t) for t in page.locator(".fw-cluster span").all_inner_texts()]
    page.locator(".fw-cluster").nth(counts.index(max(counts))).click()  # many towns
    page.wait_for_function("() => !location.hash.includes('map=4/')", polling=100)
    assert map_zoom(page) > 4
    # At the highest zoom the events of one town share a point: the cluster lists them.
    page.goto(base + f"#map=12/{kharkiv.latitude}/{kharkiv.longitude}")
    page.reload()
    page.wait_for_selector("body[data-ready='1']")
    page.locator(".fw-cluster").first.click()
    item = page.wait_for_selector(".fw-list li[data-event-id]")
    event_id = item.get_attribute("data-event-id")
    item.click()
    mark = page.wait_for_selector("#doc-view mark.evidence-current")
    assert mark.inner_text() == Store(store_url).get_event(event_id).evidence.text


def test_csv_export_of_the_current_filter(page, store_url):
    store = Store(store_url)
    page.select_option("select[name=certainty]", "claimed")
    expected = store.count_events(EventFilter(certainty="claimed"))
    wait_total(page, expected)
    with page.expect_download() as info:
        page.click("#export-csv")
    text = open(info.value.path(), encoding="utf-8").read()
    rows = list(csv.reader(io.StringIO(text)))
    assert tuple(rows[0]) == CSV_HEADER
    assert len(rows) == expected + 1
    cert = rows[0].index("certainty")
    assert {r[cert] for r in rows[1:]} == {"claimed"}
    assert "format=geojson" in page.get_attribute("#export-geojson", "href")
    assert "certainty=claimed" in page.get_attribute("#export-geojson", "href")
