"""The actor table's ACLED conventions: names with the event's country, inter codes by role."""

from __future__ import annotations

import pytest

from frontwatch.actors import Actor, _load, load_actor_table, with_country
from frontwatch.errors import DataFileError


def test_conventions_load() -> None:
    table = load_actor_table()
    conv = table.conventions["Peaceful protest"]
    assert conv.actor1 is not None and (conv.actor1.name, conv.actor1.inter) == ("Protesters", 6)
    assert 7 in conv.actor1.replace and conv.no_actor2
    attack = table.conventions["Attack"]
    assert attack.actor2 is not None and (attack.actor2.name, attack.actor2.inter) == ("Civilians", 7)


@pytest.mark.parametrize(
    ("actor", "iso", "name"),
    [
        (Actor("Military Forces", 1), "ML", "Military Forces of Mali"),
        (Actor("Police Forces", 1), "NG", "Police Forces of Nigeria"),
        (Actor("Protesters", 6), "CL", "Protesters (Chile)"),
        (Actor("Rioters", 5), "ZA", "Rioters (South Africa)"),
        (Actor("Civilians", 7), "MX", "Civilians (Mexico)"),
        (Actor("Unidentified Armed Group", 3), "LY", "Unidentified Armed Group (Libya)"),
        (Actor("Unidentified Gang", 3), "BR", "Unidentified Gang (Brazil)"),
        (Actor("Unidentified Communal Militia", 4), "SS", "Unidentified Communal Militia (South Sudan)"),
        (Actor("Civilians", 7), None, "Civilians"),
    ],
)
def test_with_country(actor: Actor, iso: str | None, name: str) -> None:
    assert with_country(actor, iso, load_actor_table()).name == name


def test_unknown_sub_event_type_in_conventions_fails(tmp_path) -> None:
    bad = tmp_path / "actors.yaml"
    bad.write_text(
        "version: 1\ncountries: [{iso: ML, name: Mali}]\n"
        "conventions:\n  - sub_event_types: [Skirmish]\n    actor1: {name: X, inter: 3}\n",
        encoding="utf-8",
    )
    with pytest.raises(DataFileError, match="unknown sub-event type"):
        _load(bad)
