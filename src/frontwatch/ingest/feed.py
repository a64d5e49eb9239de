"""RSS and Atom feeds: each entry is a document."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from typing import Any

import feedparser

from frontwatch.errors import FrontwatchError, MalformedInput
from frontwatch.models import Document, content_id

from ._bytes import read_bytes
from .dates import date_from_struct
from .html import html_to_text


def read_feed(
    path: str | os.PathLike[str],
    *,
    source: str,
    max_bytes: int,
    on_error: Callable[[FrontwatchError], None],
) -> Iterator[Document]:
    data = read_bytes(path, source, max_bytes)
    yield from parse_feed(data, source=source, path=str(path), on_error=on_error)


def parse_feed(
    data: bytes,
    *,
    source: str,
    path: str | None,
    on_error: Callable[[FrontwatchError], None],
) -> Iterator[Document]:
    parsed = feedparser.parse(data)
    if not parsed.entries:
        if parsed.bozo:
            reason = parsed.get("bozo_exception") or "unknown problem"
            raise MalformedInput(f"not a readable RSS/Atom feed ({reason})", source)
        if not parsed.get("version"):
            raise MalformedInput("not an RSS/Atom feed (no <rss>, <feed> or <rdf> root)", source)
        raise MalformedInput("feed has no entries", source)
    feed_title = _plain(parsed.feed.get("title")) or None
    for number, entry in enumerate(parsed.entries, 1):
        text = html_to_text(_entry_html(entry))
        title = _plain(entry.get("title")) or None
        if not text:
            label = f"entry {number}" + (f" ({title!r})" if title else "")
            on_error(MalformedInput(f"{label} has no text", source))
            continue
        published = date_from_struct(entry.get("published_parsed")) or date_from_struct(
            entry.get("updated_parsed")
        )
        yield Document(
            doc_id=content_id(text),
            text=text,
            url=entry.get("link") or None,
            title=title,
            published=published,
            source=feed_title,
            kind="feed",
            path=path,
            article_span=(0, len(text)),
            comment_spans=[],
        )


def _entry_html(entry: Any) -> str:
    """The fullest body the entry has: content, else summary."""
    for content in entry.get("content") or []:
        value = content.get("value") or ""
        if value.strip():
            return str(value)
    return str(entry.get("summary") or entry.get("description") or "")


def _plain(value: Any) -> str:
    return html_to_text(str(value)).replace("\n", " ") if value else ""
