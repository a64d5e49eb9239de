"""`frontwatch eval ...`: accuracy figures on labelled data."""

from __future__ import annotations

import click

from . import evaluate_events, evaluate_geo


@click.group(name="eval")
def eval_group() -> None:
    """Measure accuracy on labelled data (CASE 2021, ACLED exports, geoparsing corpora).

    Each subcommand prints a table; add --json for machine-readable figures.
    """


def register(cli: click.Group) -> None:
    evaluate_events.register(eval_group)
    evaluate_geo.register(eval_group)
    cli.add_command(eval_group)
