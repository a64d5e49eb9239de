"""Commands of this group are registered by `register(cli)`."""

from __future__ import annotations

import click


def register(cli: click.Group) -> None:
    pass
