"""Dates as readers find them in metadata."""

from __future__ import annotations

import datetime
import time
from typing import Any

from frontwatch.errors import BadDate


def parse_date(value: str, source: str, *, field: str = "published") -> datetime.date:
    """An ISO 8601 date or date-time (`2024-03-05`, `2024-03-05T14:00:00Z`) as a date.

    The calendar date is taken as written, without converting time zones. The one
    date parser of the project: readers, CLI options and API parameters use it.
    """
    if not isinstance(value, str) or not value.strip():
        raise BadDate(f"{field} must be an ISO date such as 2024-03-05, got {value!r}", source)
    text = value.strip()
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        pass
    try:
        return datetime.datetime.fromisoformat(text).date()
    except ValueError:
        raise BadDate(
            f"{field} must be an ISO date such as 2024-03-05, got {value!r}", source
        ) from None


def date_from_struct(value: Any) -> datetime.date | None:
    """A date from feedparser's `*_parsed` time tuples (None if absent or impossible)."""
    if not isinstance(value, time.struct_time | tuple) or len(value) < 3:
        return None
    try:
        return datetime.date(int(value[0]), int(value[1]), int(value[2]))
    except (TypeError, ValueError):
        return None
