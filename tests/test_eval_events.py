"""Scoring of `frontwatch eval case2021` and `frontwatch eval acled` on hand-made fixtures."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import pytest
from click.testing import CliRunner

from frontwatch.errors import MalformedInput
from frontwatch.eval import events as ev
from frontwatch.eval.common import fold, haversine_km, normalise_actor, primary_event
from frontwatch.events.classifier import SUB_EVENT_TO_EVENT_TYPE, acled_row_key, acled_split
from frontwatch.models import Document, Event, Span

SHARED = Path(__file__).resolve().parents[2] / "shared" / "eval"


def make_event(sub: str, confidence: float = 0.9, **kw: object) -> Event:
    fields: dict[str, object] = {k: None for k in Event.__dataclass_fields__}
    fields.update(
        event_id="e",
        doc_id="d",
        origin="article",
        event_type=SUB_EVENT_TO_EVENT_TYPE[sub],
        sub_event_type=sub,
        certainty="reported",
        confidence=confidence,
        evidence=Span("", 0, 0),
    )
    fields.update(kw)
    return Event(**fields)  # type: ignore[arg-type]


# --- CASE 2021 -------------------------------------------------------------------------

CASE_TSV = (
    "id\tEventSnippet\tSubType\n"
    "1\tRebels and troops fought near the ridge.\tARMED_CLASH\n"
    "2\tMilitiamen and police exchanged fire at the depot.\tARMED_CLASH\n"
    "3\tGunmen shot two shepherds.\tATTACK\n"
    "4\tTeachers marched for better pay.\tPEACE_PROTEST\n"
    "5\tThe two foreign ministers met to discuss trade.\tDIPLO\n"
    "6\tFlooding cut off several villages.\tNATURAL_DISASTER\n"
)
# What a fake extractor answers for each snippet, by the snippet's first word.
CASE_ANSWERS: dict[str, list[Event]] = {
    "Rebels": [make_event("Armed clash")],
    "Militiamen": [make_event("Armed clash", 0.4), make_event("Attack", 0.8)],
    "Gunmen": [make_event("Attack")],
    "Teachers": [],
    "The": [make_event("Armed clash")],
    "Flooding": [make_event("Arrests")],
}


def fake_case_process(docs: Sequence[Document]) -> list[list[Event]]:
    return [CASE_ANSWERS[d.text.split()[0]] for d in docs]


def _check_case_figures(r: dict) -> None:
    a = r["acled_classes"]
    assert r["snippets"] == 6
    assert a["n"] == 4
    assert a["weighted_f1"] == 0.5  # (2 * 2/3 + 1 * 2/3 + 1 * 0) / 4
    assert a["macro_f1"] == 0.4444  # (2/3 + 2/3 + 0) / 3
    assert a["accuracy"] == 0.5
    assert a["no_event"] == 1
    assert a["per_class"]["Armed clash"] == {
        "precision": 1.0,
        "recall": 0.5,
        "f1": 0.6667,
        "support": 2,
    }
    assert a["per_class"]["Attack"]["precision"] == 0.5
    assert a["per_class"]["Peaceful protest"]["f1"] == 0.0
    assert a["worst_confusions"] == [
        {"gold": "Armed clash", "predicted": "Attack", "count": 1},
        {"gold": "Peaceful protest", "predicted": ev.NO_EVENT, "count": 1},
    ]
    o = r["non_acled"]
    assert (o["n"], o["violent_or_demonstration"], o["share"]) == (2, 1, 0.5)
    assert o["per_class"] == {
        "DIPLO": {"n": 1, "violent_or_demonstration": 1, "share": 1.0},
        "NATURAL_DISASTER": {"n": 1, "violent_or_demonstration": 0, "share": 0.0},
    }


def test_score_case2021_exact() -> None:
    codes = ["ARMED_CLASH", "ARMED_CLASH", "ATTACK", "PEACE_PROTEST", "DIPLO", "NATURAL_DISASTER"]
    pred = ["Armed clash", "Attack", "Attack", None, "Armed clash", "Arrests"]
    _check_case_figures(ev.score_case2021(codes, pred))


def test_evaluate_case2021_uses_primary_event(tmp_path: Path) -> None:
    f = tmp_path / "case.tsv"
    f.write_text(CASE_TSV, encoding="utf-8")
    r = ev.evaluate_case2021(f, process=fake_case_process, progress=False)
    _check_case_figures(r)
    limited = ev.evaluate_case2021(f, limit=2, process=fake_case_process, progress=False)
    assert limited["snippets"] == 2


def test_case2021_cli_json_and_table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from frontwatch.cli import cli

    f = tmp_path / "case.tsv"
    f.write_text(CASE_TSV, encoding="utf-8")
    monkeypatch.setattr(ev, "pipeline_processor", lambda: fake_case_process)
    res = CliRunner().invoke(cli, ["eval", "case2021", str(f), "--json"])
    assert res.exit_code == 0, res.output
    _check_case_figures(json.loads(res.stdout))
    res = CliRunner().invoke(cli, ["eval", "case2021", str(f)])
    assert res.exit_code == 0, res.output
    assert "weighted F1 0.500   macro F1 0.444" in res.stdout
    assert "1  Armed clash  ->  Attack" in res.stdout
    assert "violent or demonstration event: 1/2 (0.500)" in res.stdout


def test_read_case2021_rejects_bad_files(tmp_path: Path) -> None:
    f = tmp_path / "bad.tsv"
    f.write_text("id\ttext\n1\tsomething\n", encoding="utf-8")
    with pytest.raises(MalformedInput, match="columns"):
        ev.read_case2021(f)
    f.write_text("id\tEventSnippet\tSubType\n1\tsomething\tBAKING\n", encoding="utf-8")
    with pytest.raises(MalformedInput, match="BAKING"):
        ev.read_case2021(f)


# --- ACLED ----------------------------------------------------------------------------------

ACLED_HEADER = (
    "event_id_cnty,event_date,event_type,sub_event_type,actor1,inter1,actor2,inter2,"
    "admin1,latitude,longitude,geo_precision,notes,fatalities"
)
ACLED_CSV = "\n".join(
    [
        ACLED_HEADER,
        "RUR1,9-May-20,Battles,Armed clash,Military Forces of Ruritania (2019-),1,,0,"
        'Sèvres Nord,10.0,20.0,1,"Alpha: troops fought rebels.",0',
        "RUR2,8-May-20,Violence against civilians,Attack,Unidentified Armed Group (Ruritania),3,"
        'Civilians (Ruritania),7,Vale,10.0,20.0,2,"Bravo: gunmen killed three.",3',
        "RUR3,7-May-20,Protests,Peaceful protest,Protesters (Ruritania),6,,0,Vale,10.0,20.0,3,"
        '"Charlie: nurses marched.",0',
    ]
)
ACLED_ANSWERS: dict[str, list[Event]] = {
    "Alpha:": [
        make_event(
            "Armed clash",
            event_date="2020-05-09",
            admin1="sevres nord",
            inter1=1,
            actor1="Military Forces of Ruritania",
            latitude=10.09,  # about 10 km north
            longitude=20.0,
        )
    ],
    "Bravo:": [
        make_event(
            "Armed clash",
            event_date="2020-05-09",
            fatalities=3,
            admin1="Vale Province",
            inter1=2,
            inter2=7,
            actor1="Unidentified Armed Group (Ruritania)",
            actor2="civilians",
            latitude=11.0,  # about 111 km north
            longitude=20.0,
        )
    ],
    "Charlie:": [],
}


def fake_acled_process(docs: Sequence[Document]) -> list[list[Event]]:
    return [ACLED_ANSWERS[d.text.split()[0]] for d in docs]


def test_evaluate_acled_exact(tmp_path: Path) -> None:
    f = tmp_path / "acled.csv"
    f.write_text(ACLED_CSV, encoding="utf-8")
    seen: list[Document] = []

    def process(docs: Sequence[Document]) -> list[list[Event]]:
        seen.extend(docs)
        return fake_acled_process(docs)

    r = ev.evaluate_acled(f, split="all", process=process, progress=False)
    assert [str(d.published) for d in seen] == ["2020-05-09", "2020-05-08", "2020-05-07"]
    assert r["rows"] == 3
    assert r["event_found"] == 0.6667
    assert r["located_rows"] == 2
    assert r["fields"] == {
        "sub_event_type_weighted_f1": 0.2222,
        "sub_event_type_macro_f1": 0.2222,
        "event_type": 0.3333,
        "event_date": 0.3333,
        "fatalities": 0.6667,  # null counts as ACLED's 0
        "admin1": 0.6667,  # case, diacritics and the type word "Province" folded
        "inter1": 0.3333,
        "inter2": 0.6667,
        "actor1": 0.6667,  # "(2019-)" and "(Ruritania)" stripped
        "actor2": 0.6667,
        "location_25km": 0.5,
    }


def test_acled_heldout_split_filters_rows(tmp_path: Path) -> None:
    f = tmp_path / "acled.csv"
    f.write_text(ACLED_CSV, encoding="utf-8")
    held = ev.read_acled(f, split="heldout")
    assert [r.event_id_cnty for r in held] == [
        i for i in ("RUR1", "RUR2", "RUR3") if acled_split(i) == "heldout"
    ]
    assert len(ev.read_acled(f, split="all")) == 3
    assert len(ev.read_acled(f, split="all", limit=1)) == 1


def test_acled_heldout_skips_exactly_the_trained_rows(tmp_path: Path) -> None:
    f = tmp_path / "acled.csv"
    f.write_text(ACLED_CSV, encoding="utf-8")
    held = ev.read_acled(f, split="heldout", trained_keys={acled_row_key("RUR2")})
    assert [r.event_id_cnty for r in held] == ["RUR1", "RUR3"]
    # the shipped model was trained on none of these rows (their ids fall in the
    # training split's hash range, which alone would have kept none of them)
    assert [acled_split(i) for i in ("RUR1", "RUR2", "RUR3")] == ["train"] * 3
    r = ev.evaluate_acled(f, process=fake_acled_process, progress=False)
    assert r["rows"] == 3 and r["split"] == "heldout"


def test_acled_cli_table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from frontwatch.cli import cli

    f = tmp_path / "acled.csv"
    f.write_text(ACLED_CSV, encoding="utf-8")
    monkeypatch.setattr(ev, "pipeline_processor", lambda: fake_acled_process)
    res = CliRunner().invoke(cli, ["eval", "acled", str(f), "--split", "all"])
    assert res.exit_code == 0, res.output
    assert "rows: 3 (split: all)" in res.stdout
    assert "location within 25 km (2 rows, precision 1-2)" in res.stdout


def test_read_acled_rejects_other_csv(tmp_path: Path) -> None:
    f = tmp_path / "x.csv"
    f.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(MalformedInput, match="missing columns"):
        ev.read_acled(f)


# --- helpers ----------------------------------------------------------------------------------


def test_helpers() -> None:
    assert fold("  Équateur-Nord ") == "equateur nord"
    assert normalise_actor("Military Forces of Ruritania (2019-) Navy") == (
        "military forces of ruritania navy"
    )
    assert normalise_actor("Police Forces of Ruritania (2001-2015)") == "police forces of ruritania"
    assert normalise_actor(None) == ""
    assert 110 < haversine_km(0.0, 0.0, 1.0, 0.0) < 112
    assert primary_event([]) is None
    a, b = make_event("Attack", 0.5), make_event("Grenade", 0.7)
    assert primary_event([a, b]) is b


# --- the team's dev data ----------------------------------------------------------------------


@pytest.mark.shared
def test_shared_acled_heldout_is_a_fifth() -> None:
    path = SHARED / "acled" / "acled-2020-sample-dev.csv"
    if not path.exists():
        pytest.skip(f"dev data not present: {path}")
    n_all = len(ev.read_acled(path, split="all"))
    n_held = len(ev.read_acled(path, split="heldout"))
    assert 0.17 < n_held / n_all < 0.23


# --- CASE 2021 cross-validation --------------------------------------------------------


def _case_meta(f: Path) -> dict:
    from frontwatch.events.classifier import case_content_hash

    snippets = ev.read_case2021(f)
    return {"trained_on": {"case2021_sha256": case_content_hash((s.id, s.text, s.code) for s in snippets)}}


def test_case2021_cross_validation_trains_without_each_fold(tmp_path: Path) -> None:
    import contextlib

    from frontwatch.events.classifier import case_fold

    f = tmp_path / "case.tsv"
    f.write_text(CASE_TSV, encoding="utf-8")
    trained: list[set[str]] = []
    active: list[int] = []

    def trainer(snippets: Sequence[tuple[str, str, str]]) -> int:
        trained.append({sid for sid, _, _ in snippets})
        return len(trained) - 1

    @contextlib.contextmanager
    def swap(model: int):  # type: ignore[no-untyped-def]
        active.append(model)
        yield model
        active.pop()

    def process(docs: Sequence[Document]) -> list[list[Event]]:
        assert len(active) == 1  # scored inside the swap
        held = {d.doc_id.removeprefix("case2021-") for d in docs}
        assert not held & trained[active[0]]  # never scored by a model that saw it
        return fake_case_process(docs)

    r = ev.evaluate_case2021(
        f, cv=3, process=process, trainer=trainer, swap=swap, meta={}, progress=False
    )
    _check_case_figures(r)  # pooled over folds, same primary-event scoring
    p = r["protocol"]
    assert p["name"] == "cross-validation" and p["folds"] == 3 and p["held_out"]
    assert not p["model_saw_file"]
    non_empty = {case_fold(str(i), 3) for i in range(1, 7)}
    assert len(trained) == len(non_empty) == len(p["per_fold"])
    assert sum(x["snippets"] for x in p["per_fold"]) == 6
    for train_ids in trained:
        assert len(train_ids) < 6


def test_case2021_protocol_follows_the_sidecar_hash(tmp_path: Path) -> None:
    f = tmp_path / "case.tsv"
    f.write_text(CASE_TSV, encoding="utf-8")
    held = ev.evaluate_case2021(f, process=fake_case_process, meta={}, progress=False)
    assert held["protocol"]["name"] == "shipped model" and held["protocol"]["held_out"]
    seen_meta = _case_meta(f)
    calls: list[int] = []

    def trainer(snippets: Sequence[tuple[str, str, str]]) -> None:
        calls.append(len(snippets))

    import contextlib

    r = ev.evaluate_case2021(
        f,
        process=fake_case_process,
        trainer=trainer,
        swap=lambda m: contextlib.nullcontext(m),
        meta=seen_meta,
        progress=False,
    )
    assert r["protocol"]["folds"] == ev.DEFAULT_CV_FOLDS and r["protocol"]["model_saw_file"]
    assert calls  # fold models were trained
    forced = ev.evaluate_case2021(
        f, cv=0, process=fake_case_process, meta=seen_meta, progress=False
    )
    assert forced["protocol"]["model_saw_file"] and not forced["protocol"]["held_out"]
    assert "NOT held out" in ev.format_case2021(forced)
    with pytest.raises(ValueError):
        ev.evaluate_case2021(f, cv=1, process=fake_case_process, meta={}, progress=False)


def test_suppression_sweep() -> None:
    codes = ["ARMED_CLASH", "DIPLO"]
    scored = [[("Armed clash", 0.9, 0.1)], [("Armed clash", 0.9, 0.45), ("Arrests", 0.5, 0.1)]]
    sweep = {r["threshold"]: r for r in ev._suppression_sweep(codes, scored, 0.6)}
    assert sweep[0.5]["non_acled_share"] == 1.0
    assert sweep[0.4]["non_acled_share"] == 0.0  # Arrests is not violent
    assert sweep[0.2]["weighted_f1"] == 1.0
    # above the extractor's own threshold its output cannot tell what would have been kept
    assert sorted({r["threshold"] for r in ev._suppression_sweep(codes, scored, 0.3)}) == [0.2, 0.3]


def test_admin1_matches_folds_spelling_and_type_words() -> None:
    assert ev.admin1_matches("Al Basrah", "Basrah Governorate")
    assert ev.admin1_matches("Sevres Nord", "Sèvres-Nord Province")
    assert not ev.admin1_matches(None, "Vale")
    assert not ev.admin1_matches("Vale", "")


def test_admin1_abroad_is_no_match() -> None:
    from frontwatch.eval.events import _other_country

    assert _other_country("Saudi Arabia", "Yemen")
    # naming variants of one country are not another country
    assert not _other_country("Democratic Republic of the Congo", "Democratic Republic of Congo")
    assert not _other_country("Syria", "syria") and not _other_country(None, "Iraq")
