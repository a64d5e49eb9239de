"""Input errors raised by the readers (all defined in `frontwatch.errors`, one table of codes)."""

from __future__ import annotations

from frontwatch.errors import MissingInput

__all__ = ["MissingInput"]
