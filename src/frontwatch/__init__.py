"""frontwatch: a geocoded, source-attributed event database from war reporting."""

from __future__ import annotations

__version__ = "0.1.0"
