"""The CLI end to end, in-process, on the team's samples and on bad input."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from frontwatch.cli import cli, main
from frontwatch.export import CSV_HEADER

from .conftest import SAMPLES

REPORT = (
    "Houthi forces shelled residential areas of Taiz on Tuesday, killing four civilians, "
    "local officials said.\n"
)


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


def run(runner: CliRunner, args: list[str], input: str | None = None):
    return runner.invoke(cli, args, input=input, catch_exceptions=False)


def test_every_command_has_help(runner) -> None:
    for args in (["--help"], ["extract", "--help"], ["segment", "--help"], ["ingest", "--help"],
                 ["events", "--help"], ["show", "--help"], ["geoparse", "--help"],
                 ["eval", "--help"], ["serve", "--help"]):
        r = run(runner, args)
        assert r.exit_code == 0, args
        assert "Usage:" in r.output


def test_extract_file(runner, tmp_path: Path) -> None:
    p = tmp_path / "taiz.txt"
    p.write_text(REPORT, encoding="utf-8")
    r = run(runner, ["extract", str(p), "--published", "2024-03-06"])
    assert r.exit_code == 0
    (line,) = r.stdout.strip().splitlines()
    ev = json.loads(line)
    assert ev["sub_event_type"] == "Shelling/artillery/missile attack"
    assert ev["actor1"] == "Military Forces of Yemen (Houthis) Supreme Political Council"
    assert ev["event_date"] == "2024-03-05" and ev["time_precision"] == 1
    assert ev["fatalities"] == 4
    assert ev["certainty"] == "claimed" and ev["attribution"] == "local officials"
    assert ev["evidence"]["start"] == 0 and REPORT.startswith(ev["evidence"]["text"])
    assert not (tmp_path / "frontwatch.db").exists()


def test_extract_stdin_jsonl(runner) -> None:
    doc = {"id": "s1", "text": REPORT, "published": "2024-03-06", "source": "wire"}
    r = run(runner, ["extract", "-"], input=json.dumps(doc) + "\n")
    assert r.exit_code == 0
    (ev,) = [json.loads(x) for x in r.stdout.splitlines()]
    assert ev["doc_id"] == "s1" and ev["event_date"] == "2024-03-05"


def test_extract_bad_date_is_one_clear_line(runner, tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text(REPORT)
    r = run(runner, ["extract", str(p), "--published", "06/03/2024"])
    assert r.exit_code == 2
    assert "--published" in r.output and "ISO date" in r.output


def test_segment_prints_contract(runner) -> None:
    r = run(runner, ["segment", str(SAMPLES / "reports" / "01_saraqib_clash.txt")])
    assert r.exit_code == 0
    (out,) = [json.loads(x) for x in r.stdout.splitlines()]
    assert set(out) == {"doc_id", "article", "comments"}
    assert set(out["article"]) == {"text", "start", "end"}
    assert out["article"]["start"] == 0 and out["article"]["end"] == 1450
    assert len(out["comments"]) == 13
    assert set(out["comments"][0]) == {"index", "text", "start", "end"}


def test_ingest_is_idempotent_and_queryable(runner, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'fw.db'}"
    r1 = run(runner, ["ingest", str(SAMPLES), "--db", db, "-q"])
    assert r1.exit_code == 0, r1.output
    assert "ingested 15 new documents" in r1.stderr
    from frontwatch.store import Store

    counts = Store(db).counts()
    assert counts["documents"] == 15 and counts["events"] > 20
    r2 = run(runner, ["ingest", str(SAMPLES), "--db", db, "-q"])
    assert "ingested 0 new documents with 0 events; 15 already stored" in r2.stderr
    assert Store(db).counts() == counts

    # every output format
    r = run(runner, ["events", "--db", db, "--format", "csv"])
    rows = list(csv.reader(io.StringIO(r.stdout)))
    assert tuple(rows[0]) == CSV_HEADER and len(rows) == counts["events"] + 1
    r = run(runner, ["events", "--db", db, "--format", "geojson"])
    gj = json.loads(r.stdout)
    assert gj["type"] == "FeatureCollection" and len(gj["features"]) == counts["events"]
    pt = next(f for f in gj["features"] if f["geometry"])
    lon, lat = pt["geometry"]["coordinates"]
    assert pt["properties"]["longitude"] == pytest.approx(lon, abs=1e-5)
    assert pt["properties"]["latitude"] == pytest.approx(lat, abs=1e-5)
    r = run(runner, ["events", "--db", db, "--format", "jsonl", "--origin", "comment"])
    com = [json.loads(x) for x in r.stdout.splitlines()]
    assert com and all(e["origin"] == "comment" and e["comment_index"] is not None for e in com)
    r = run(runner, ["events", "--db", db, "--format", "jsonl", "--type", "Protests"])
    assert all(json.loads(x)["event_type"] == "Protests" for x in r.stdout.splitlines())
    r = run(runner, ["events", "--db", db, "--country", "Yemen", "--format", "jsonl"])
    assert all(json.loads(x)["country"] == "Yemen" for x in r.stdout.splitlines())
    r = run(runner, ["events", "--db", db])
    assert r.stdout.rstrip().endswith(f"({counts['events']} events)")

    # show: the document with highlighted evidence
    ev = com[0]
    r = run(runner, ["show", ev["doc_id"], "--db", db, "--no-color"])
    assert r.exit_code == 0
    assert f"[[{ev['evidence']['text']}]]" in r.stdout
    assert ev["event_id"] in r.stdout


def test_show_unknown_document(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.setattr("sys.argv", ["frontwatch", "show", "nope", "--db", str(tmp_path / "x.db")])
    with pytest.raises(SystemExit) as exc:
        main()
    assert exc.value.code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "nope" in err[0] and "FW400" in err[0]


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("empty.txt", b""),
        ("binary.txt", b"\x00\x01\x02\xff" * 50),
        ("latin1.txt", "Des combattants ont attaqu\u00e9 la ville.".encode("latin-1")),
        ("broken.jsonl", b'{"text": "ok"\n'),
        ("broken.warc.gz", b"\x1f\x8b\x08\x00garbage"),
        ("broken.rss", b"<rss><channel><item><title>x</title"),
    ],
)
def test_bad_input_named_others_still_processed(tmp_path: Path, capsys, monkeypatch, name, content) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / name).write_bytes(content)
    (inputs / "good.txt").write_text(REPORT)
    db = tmp_path / "fw.db"
    monkeypatch.setattr("sys.argv", ["frontwatch", "ingest", str(inputs), "--db", str(db), "-q"])
    with pytest.raises(SystemExit) as exc:
        main()
    assert exc.value.code == 1
    err = [x for x in capsys.readouterr().err.splitlines() if x.startswith("frontwatch: error")]
    assert len(err) == 1 and name in err[0]
    from frontwatch.store import Store

    assert Store(f"sqlite:///{db}").counts()["documents"] == 1


@pytest.mark.parametrize("url", ["nonsense://x", "sqlite:////nonexistent-dir/sub/x.db"])
def test_bad_database_url(tmp_path: Path, capsys, monkeypatch, url) -> None:
    monkeypatch.setattr("sys.argv", ["frontwatch", "events", "--db", url])
    with pytest.raises(SystemExit) as exc:
        main()
    assert exc.value.code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and url in err[0] and "error FW3" in err[0]
