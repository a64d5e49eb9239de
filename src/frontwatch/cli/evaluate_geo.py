"""Subcommands of `frontwatch eval`, registered by `register(group)`."""

from __future__ import annotations

import json

import click


@click.command("geoparse")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Machine-readable figures.")
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Only the first N articles.")
def geoparse_eval_cmd(file: str, as_json: bool, limit: int | None) -> None:
    """Geoparsing accuracy on GeoWebNews (XML or compact) or LGL (XML); format auto-detected.

    Recognition precision/recall/F1 (overlapping spans); Acc@161km, median and mean
    error (km) and AUC on recognised toponyms and on the gold spans.
    """
    from ..eval.geoparse import evaluate, format_table

    fig = evaluate(file, limit=limit)
    click.echo(json.dumps(fig, indent=2) if as_json else format_table(fig))


def register(group: click.Group) -> None:
    group.add_command(geoparse_eval_cmd)
