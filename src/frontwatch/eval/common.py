"""Helpers shared by the evaluation commands: name matching, distances, batching."""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar

from ..models import Event

T = TypeVar("T")
R = TypeVar("R")

_PARENS = re.compile(r"\([^)]*\)")
_YEARS = re.compile(r"\b(?:1[89]|20)\d\d\s*-?\s*(?:(?:1[89]|20)\d\d)?\b")
_NON_WORD = re.compile(r"[^0-9a-z]+")


def fold(text: str | None) -> str:
    """Lowercase, without diacritics, punctuation collapsed to single spaces."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    return _NON_WORD.sub(" ", plain).strip()


def normalise_actor(name: str | None) -> str:
    """An actor name for matching: no parenthesised suffix ('(Yemen)', '(2016-)'), no years."""
    if not name:
        return ""
    return fold(_YEARS.sub(" ", _PARENS.sub(" ", name)))


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    r = 6371.0088
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(min(1.0, math.sqrt(a)))


def primary_event(events: Sequence[Event]) -> Event | None:
    """The event a snippet is scored by: the most confident one (first on ties)."""
    best: Event | None = None
    for ev in events:
        if best is None or ev.confidence > best.confidence:
            best = ev
    return best


def batched(items: Sequence[T], size: int) -> Iterator[Sequence[T]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def map_in_batches(
    items: Sequence[T],
    fn: Callable[[Sequence[T]], list[R]],
    *,
    size: int = 64,
    progress: bool = True,
    desc: str = "rows",
) -> list[R]:
    """Apply `fn` to batches of `items` with a progress bar on stderr."""
    from tqdm import tqdm

    out: list[R] = []
    with tqdm(total=len(items), desc=desc, unit="row", disable=not progress, leave=False) as bar:
        for chunk in batched(items, size):
            res = fn(chunk)
            if len(res) != len(chunk):
                raise RuntimeError(f"expected {len(chunk)} results, got {len(res)}")
            out.extend(res)
            bar.update(len(chunk))
    return out
