"""Subcommands of `frontwatch eval`, registered by `register(group)`."""

from __future__ import annotations

import click


def register(group: click.Group) -> None:
    pass
