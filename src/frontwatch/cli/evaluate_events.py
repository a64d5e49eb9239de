"""Subcommands of `frontwatch eval` for events: `case2021` and `acled`."""

from __future__ import annotations

import json

import click

from ..eval import events as ev


def _emit(result: dict, as_json: bool, render) -> None:  # type: ignore[no-untyped-def, type-arg]
    if as_json:
        click.echo(json.dumps(result, indent=2, ensure_ascii=False))
    else:
        click.echo(render(result))


_FILE = click.Path(exists=True, dir_okay=False, readable=True)


@click.command(name="case2021")
@click.argument("file", type=_FILE)
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option("--limit", type=click.IntRange(min=1), help="Score only the first N snippets.")
def case2021_cmd(file: str, as_json: bool, limit: int | None) -> None:
    """Score event extraction on a CASE 2021 task 2 TSV (id, EventSnippet, SubType).

    Each snippet goes through the extraction pipeline; its most confident event
    gives the predicted sub-event type (no event counts as wrong).
    """
    _emit(ev.evaluate_case2021(file, limit=limit), as_json, ev.format_case2021)


@click.command(name="acled")
@click.argument("file", type=_FILE)
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option("--limit", type=click.IntRange(min=1), help="Score only the first N rows.")
@click.option(
    "--split",
    type=click.Choice(["heldout", "all"]),
    default="heldout",
    show_default=True,
    help="heldout: only rows the shipped classifier was not trained on.",
)
def acled_cmd(file: str, as_json: bool, limit: int | None, split: str) -> None:
    """Score event extraction on an ACLED export CSV (notes in, coded fields as gold).

    Each row's notes go through the extraction pipeline with the row's
    event_date as the publication date; the most confident event is scored
    field by field.
    """
    _emit(ev.evaluate_acled(file, limit=limit, split=split), as_json, ev.format_acled)


def register(group: click.Group) -> None:
    group.add_command(case2021_cmd)
    group.add_command(acled_cmd)
