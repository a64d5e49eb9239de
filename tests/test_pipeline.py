"""The pipeline gives the same results in worker processes as in one process."""

from __future__ import annotations

from frontwatch.ingest import iter_documents

from .conftest import SAMPLES


def test_workers_match_one_process(pipeline) -> None:
    docs = list(iter_documents([SAMPLES]))
    one = [[e.to_dict() for e in r.events] for r in pipeline.process(docs)]
    two = [[e.to_dict() for e in r.events] for r in pipeline.process(docs, n_process=2, chunk_size=4)]
    assert len(one) == len(docs) == 15
    assert sum(map(len, one)) > 20
    assert two == one


def test_an_armed_groups_name_is_no_toponym(pipeline) -> None:
    # GeoNames gives "Hamas" as another name of Hamm in Germany; the document's places are the
    # ones it names as places
    import datetime as dt

    from frontwatch.models import Document

    doc = Document(doc_id="t", text="On 3 March 2024, Israel and Hamas agreed to extend the truce by two days.",
                   published=dt.date(2024, 3, 6), kind="text")
    result = pipeline.process_one(doc)
    assert [(t.text, t.country_code) for t in result.toponyms] == [("Israel", "IL")]


def test_an_event_known_by_its_province_sits_at_the_province_seat(pipeline) -> None:
    # ACLED places a province-level event at the provincial capital; the toponym keeps the
    # province's own point
    import datetime as dt

    from frontwatch.models import Document

    doc = Document(doc_id="t", text="On 3 March 2024, protesters rallied in Barinas state against power cuts.",
                   published=dt.date(2024, 3, 5), kind="text")
    result = pipeline.process_one(doc)
    [ev] = result.events
    assert (ev.location, ev.geo_precision, ev.latitude, ev.longitude) == ("Barinas", 3, 8.62064, -70.23105)
    [top] = result.toponyms
    assert top.feature_code == "ADM1" and (top.latitude, top.longitude) != (ev.latitude, ev.longitude)
