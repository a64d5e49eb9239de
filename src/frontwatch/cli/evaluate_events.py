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
@click.option(
    "--cv",
    type=click.IntRange(min=0),
    default=None,
    help="K-fold cross-validation with fold models retrained without each fold (K >= 2); "
    "0 scores the shipped model as is. Default: 5 when the shipped model was trained "
    "on this file, else 0 (the file is held out).",
)
@click.option(
    "--acled",
    type=_FILE,
    default=None,
    help="ACLED export the shipped model was trained on (for --cv; default: the path "
    "recorded in the model sidecar).",
)
def case2021_cmd(
    file: str, as_json: bool, limit: int | None, cv: int | None, acled: str | None
) -> None:
    """Score event extraction on a CASE 2021 task 2 TSV (id, EventSnippet, SubType).

    Each snippet goes through the extraction pipeline; its most confident event
    gives the predicted sub-event type (no event counts as wrong). The protocol
    used (held out or cross-validated) is printed with the figures.
    """
    if cv == 1:
        raise click.BadParameter("use 0 (no cross-validation) or at least 2 folds", param_hint="--cv")
    result = ev.evaluate_case2021(file, limit=limit, cv=cv, acled=acled)
    _emit(result, as_json, ev.format_case2021)


@click.command(name="acled")
@click.argument("file", type=_FILE)
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option("--limit", type=click.IntRange(min=1), help="Score only the first N rows.")
@click.option(
    "--split",
    type=click.Choice(["heldout", "all"]),
    default="heldout",
    show_default=True,
    help="heldout: only rows the shipped classifier was not trained on (every row of "
    "an export other than the one it was trained on); all: every row.",
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
