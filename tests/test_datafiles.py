"""Bundled data files load, and malformed ones fail with one line naming the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from frontwatch.actors import load_actor_table
from frontwatch.errors import DataFileError
from frontwatch.events.lexicon import SUB_EVENT_TYPES, load_cues, load_triggers


def test_bundled_files_load() -> None:
    triggers = load_triggers()
    assert {t.sub_event_type for t in triggers} <= set(SUB_EVENT_TYPES)
    assert len(SUB_EVENT_TYPES) == 25 and len(set(SUB_EVENT_TYPES.values())) == 6
    cues = load_cues()
    assert "allegedly" in cues.unconfirmed_words and "deny" in cues.deny_verbs
    assert "no" in cues.negation  # YAML would read a bare `no` as false
    table = load_actor_table()
    assert table.by_name["Islamic State (ISIS)"].inter == 2
    assert "Daesh" in table.aliases["Islamic State (ISIS)"]
    assert table.demonyms["iraqi"] == "IQ"


@pytest.mark.parametrize(
    ("loader", "content", "message"),
    [
        (load_triggers, "version: 1\ntriggers:\n  - {sub_event_type: Skirmish, weight: 0.5, lemmas: [x]}\n",
         "unknown sub_event_type"),
        (load_triggers, "version: 1\ntriggers:\n  - {sub_event_type: Grenade, weight: 3, lemmas: [x]}\n",
         "weight"),
        (load_triggers, "version: 2\ntriggers: []\n", "version"),
        (load_triggers, "version: 1\ntriggers: [\n", "not valid YAML"),
        (load_cues, "version: 1\ncertainty: {unconfirmed: {words: [1, 2]}}\nmodality: {}\n", "must hold strings"),
        (load_cues, "version: 1\ncertainty: {}\nmodality: {weapon_words: {Napalm strike: [napalm]}}\n",
         "unknown sub_event_type"),
        (load_actor_table,
         "version: 1\ncountries: []\nactors:\n  - {name: Some Group, inter: 9, aliases: [SG]}\n",
         "inter must be 1-8"),
        (load_actor_table,
         "version: 1\ncountries: []\nactors:\n  - {name: Some Group, inter: 2, aliases: []}\n",
         "must not be empty"),
    ],
)
def test_malformed_files_are_rejected(tmp_path: Path, loader, content: str, message: str) -> None:
    p = tmp_path / "bad.yaml"
    p.write_text(content, encoding="utf-8")
    with pytest.raises(DataFileError) as exc:
        loader(str(p))
    text = str(exc.value)
    assert "\n" not in text and str(p) in text and message in text and "FW600" in text
