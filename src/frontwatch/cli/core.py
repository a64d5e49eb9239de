"""Core commands: extract, segment, ingest, events, show."""

from __future__ import annotations

import click


def register(cli: click.Group) -> None:
    pass
