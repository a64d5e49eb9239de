"""`frontwatch geoparse`, `gazetteer info`, `eval geoparse` in-process on the team's fixtures."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from frontwatch.cli import cli
from frontwatch.eval.geoparse import evaluate, load_corpus

FIXTURES = Path(__file__).parent / "fixtures" / "geo"
SHARED = Path(__file__).resolve().parents[2] / "shared" / "eval" / "geoparsing"


def test_geoparse_command_on_text_file(tmp_path: Path) -> None:
    src = tmp_path / "report.txt"
    src.write_text("Heavy fighting was reported in Hajin, in Syria's Deir Ezzor province.\n", encoding="utf-8")
    res = CliRunner().invoke(cli, ["geoparse", str(src)])
    assert res.exit_code == 0, res.output
    rows = [json.loads(x) for x in res.output.splitlines()]
    hajin = next(r for r in rows if r["text"] == "Hajin")
    assert hajin["geonameid"] == 174506 and hajin["resolved"] is True
    text = src.read_text(encoding="utf-8")
    assert all(text[r["start"] : r["end"]] == r["text"] for r in rows)


def test_gazetteer_info_command() -> None:
    res = CliRunner().invoke(cli, ["gazetteer", "info", "--json"])
    assert res.exit_code == 0, res.output
    info = json.loads(res.output)
    assert info["places"] > 200_000 and info["countries"] > 200 and info["admin1"] > 1000


def test_load_fixture_formats() -> None:
    gwn = load_corpus(FIXTURES / "mini_gwn.xml")
    assert [len(d.toponyms) for d in gwn] == [3, 3]  # the expression without coordinates is not gold
    assert gwn[0].toponyms[2].text == "Damascus"
    lgl = load_corpus(FIXTURES / "mini_lgl.xml")
    assert [t.text for t in lgl[0].toponyms] == ["Austin", "Texas", "Dallas"]


def test_eval_on_fixtures() -> None:
    fig = evaluate(FIXTURES / "mini_gwn.xml")
    assert fig["gold_toponyms"] == 6
    assert fig["recognition"]["recall"] == 1.0
    assert fig["gold_spans"]["acc_at_161km"] == 1.0
    fig = evaluate(FIXTURES / "mini_lgl.xml")
    assert fig["gold_spans"]["n"] == 3 and fig["gold_spans"]["acc_at_161km"] == 1.0


def test_eval_command_table_and_json() -> None:
    res = CliRunner().invoke(cli, ["eval", "geoparse", str(FIXTURES / "mini_lgl.xml")])
    assert res.exit_code == 0, res.output
    assert "Acc@161km" in res.output and "recognition" in res.output
    res = CliRunner().invoke(cli, ["eval", "geoparse", "--json", "--limit", "1", str(FIXTURES / "mini_gwn.xml")])
    assert json.loads(res.output)["articles"] == 1


@pytest.mark.shared
@pytest.mark.skipif(not (SHARED / "GWN.xml").exists(), reason="../shared/eval/geoparsing is not present")
def test_dev_sets_load() -> None:
    assert len(load_corpus(SHARED / "GWN.xml")) == 200
    assert len(load_corpus(SHARED / "gwn_full.txt")) == 200
    fig = evaluate(SHARED / "lgl.xml", limit=10)
    assert fig["articles"] == 10 and fig["gold_spans"]["n"] > 0
