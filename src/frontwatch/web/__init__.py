"""The analyst web app: static HTML, CSS and JavaScript served by `frontwatch.api`."""

from __future__ import annotations

from pathlib import Path

STATIC_DIR = Path(__file__).parent / "static"

__all__ = ["STATIC_DIR"]
