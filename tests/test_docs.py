"""Docs match the code: every command and every REST path is documented."""

from __future__ import annotations

import re

import click

from frontwatch.cli import cli

from .conftest import ROOT


def _commands(group: click.Group, prefix: str = "") -> list[str]:
    out = []
    for name, cmd in group.commands.items():
        full = f"{prefix}{name}"
        out.append(full)
        if isinstance(cmd, click.Group):
            out += _commands(cmd, full + " ")
    return out


def test_every_command_is_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [c for c in _commands(cli) if f"frontwatch {c}" not in readme]
    assert missing == []


def test_every_api_path_is_documented() -> None:
    from frontwatch.api import create_app

    doc = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    app = create_app("sqlite:///:memory:")
    paths = {r.path for r in app.routes if getattr(r, "path", "").startswith("/api/")}
    documented = set(re.findall(r"`(?:GET|POST)? ?(/api/[^` ?]*)", doc)) | set(
        re.findall(r"\| (?:GET|POST) \| `(/api/[^`?]*)", doc))
    assert paths - documented == set()


def test_architecture_names_every_stage() -> None:
    arch = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    for stage in ("ingest/", "segment.py", "nlp.py", "geo/", "actors/", "events/", "pipeline.py",
                  "store/", "export/", "api/", "web/", "cli/", "eval/"):
        assert stage in arch
        assert (ROOT / "src" / "frontwatch" / stage.rstrip("/")).exists()
