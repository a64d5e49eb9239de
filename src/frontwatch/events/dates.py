"""Event dates: time expressions resolved against the document's publication date.

Returns an ISO date and ACLED's time precision (1 = the day is known,
2 = the week is known, 3 = only the month is known).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import warnings

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)
_MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)} | {"sept": 9}

_RELATIVE: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p, re.I), k)
    for p, k in (
        (r"\b(?:today|tonight|this (?:morning|afternoon|evening)|earlier today|on (?:the )?same day)\b", "today"),
        (r"\b(?:yesterday|last night|overnight|the previous day|the day before)\b", "yesterday"),
        (r"\bthe day before yesterday\b", "2days"),
        (r"\blast weekend\b", "last_weekend"),
        (r"\b(?:this|the|over the|at the) weekend\b", "weekend"),
        (r"\blast week\b", "last_week"),
        (r"\b(?:this week|earlier this week|past week|in recent days|past few days)\b", "this_week"),
        (r"\blast month\b", "last_month"),
        (r"\b(?:this month|earlier this month)\b", "this_month"),
        (r"\b(?P<n>\d+|two|three|four|five|six|seven|ten) days ago\b", "ndays"),
        (r"\b(?:on |last |this |early |late )?(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: (?:morning|afternoon|evening|night))?\b", "weekday"),
    )
)
_NWORD = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "ten": 10}

# "9 May 2020", "May 9, 2020", "9 May", "May 9", "on 9-May-20"
_DMY = re.compile(
    r"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)?[ -](?:of )?(?P<m>jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?"
    r"(?:[ ,-]+(?P<y>\d{4}|\d{2}))?\b",
    re.I,
)
_MDY = re.compile(
    r"\b(?P<m>jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.? (?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
    r"(?:,? (?P<y>\d{4}))?\b",
    re.I,
)
_ISO = re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b")
_MONTH_ONLY = re.compile(
    r"\b(?:in |during |since |early |late |mid-?)(?P<m>january|february|march|april|may|june|july|august|september|october|november|december)"
    r"(?: (?P<y>\d{4}))?\b",
    re.I,
)
_YEAR = re.compile(r"\b(?:in|since|during|by|of) (?P<y>(?:19|20)\d{2})\b", re.I)


def _year(y: str | None, month: int, day: int, published: dt.date | None) -> int | None:
    if y:
        yi = int(y)
        return yi + 2000 if yi < 100 else yi
    if published is None:
        return None
    # no year: the most recent such date not after publication
    cand = published.year
    try:
        if dt.date(cand, month, day) > published + dt.timedelta(days=1):
            cand -= 1
    except ValueError:
        return None
    return cand


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


@functools.lru_cache(maxsize=8192)
def resolve_date(text: str, published: dt.date | None) -> tuple[dt.date, int] | None:
    """The first time expression in `text` as (date, time_precision), or None."""
    best: tuple[int, dt.date, int] | None = None

    def offer(pos: int, d: dt.date | None, prec: int) -> None:
        nonlocal best
        if d is not None and (best is None or pos < best[0]):
            best = (pos, d, prec)

    for m in _ISO.finditer(text):
        offer(m.start(), _safe_date(int(m["y"]), int(m["m"]), int(m["d"])), 1)
    for pat in (_DMY, _MDY):
        for m in pat.finditer(text):
            month = _MONTH_ABBR[m["m"][:4].lower() if m["m"].lower().startswith("sept") else m["m"][:3].lower()]
            day = int(m["d"])
            if not 1 <= day <= 31:
                continue
            y = _year(m["y"], month, day, published)
            if y is not None:
                offer(m.start(), _safe_date(y, month, day), 1)
    for m in _MONTH_ONLY.finditer(text):
        month = MONTHS.index(m["m"].lower()) + 1
        y = int(m["y"]) if m["y"] else _year(None, month, 1, published)
        if y is not None:
            offer(m.start(), _safe_date(y, month, 15), 3)
    if published is not None:
        for pat, kind in _RELATIVE:
            rel = pat.search(text)
            if rel:
                offer(rel.start(), *_relative(kind, rel, published))
    if best is None:
        return None
    return best[1], best[2]


def _relative(kind: str, m: re.Match[str], pub: dt.date) -> tuple[dt.date | None, int]:
    if kind == "today":
        return pub, 1
    if kind == "yesterday":
        return pub - dt.timedelta(days=1), 1
    if kind == "2days":
        return pub - dt.timedelta(days=2), 1
    if kind == "ndays":
        n = m["n"].lower()
        return pub - dt.timedelta(days=int(n) if n.isdigit() else _NWORD[n]), 1
    if kind == "weekday":
        wd = WEEKDAYS.index(m["wd"].lower())
        back = (pub.weekday() - wd) % 7
        if m.group(0).lower().startswith("last ") and back == 0:
            back = 7
        return pub - dt.timedelta(days=back), 1
    if kind == "weekend":
        back = (pub.weekday() - 5) % 7  # the latest Saturday not after publication
        return pub - dt.timedelta(days=back), 2
    if kind == "last_weekend":
        back = (pub.weekday() - 5) % 7
        if back < 2 and pub.weekday() in (5, 6):
            back += 7  # on a weekend, "last weekend" is the one before
        return pub - dt.timedelta(days=back), 2
    if kind == "last_week":
        return pub - dt.timedelta(days=7), 2
    if kind == "this_week":
        return pub, 2
    if kind == "last_month":
        first = pub.replace(day=1) - dt.timedelta(days=1)
        return first.replace(day=15), 3
    if kind == "this_month":
        return pub.replace(day=min(15, pub.day)), 3
    return None, 1


def background_year(text: str, published: dt.date | None) -> bool:
    """True when the text dates itself to a year well before publication ("in 2014")."""
    ref = published.year if published else None
    for m in _YEAR.finditer(text):
        y = int(m["y"])
        if ref is not None and y < ref - 1:
            return True
    return False


def parse_with_dateparser(text: str, published: dt.date | None) -> dt.date | None:
    """Fallback for unusual absolute dates."""
    import dateparser

    settings = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    if published:
        settings["RELATIVE_BASE"] = dt.datetime.combine(published, dt.time(12))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        r = dateparser.parse(text, languages=["en"], settings=settings)
    return r.date() if r else None
