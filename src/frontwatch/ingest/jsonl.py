"""JSON Lines: one document per line.

Fields: `text` or `html` (one is required), and optional `id`, `url`,
`title`, `published` (ISO date), `source`. A bad line is one error naming
`file:line`; the other lines are still read.
"""

from __future__ import annotations

import datetime
import io
import json
import os
from collections.abc import Callable, Iterator
from typing import Any, TextIO

from frontwatch.errors import EmptyInput, FrontwatchError, MalformedInput
from frontwatch.models import Document, content_id

from ._bytes import decode, read_bytes
from .dates import parse_date
from .html import parse_html
from .text import normalize_newlines

FIELDS = ("id", "text", "html", "url", "title", "published", "source")


def _raise(exc: FrontwatchError) -> None:
    raise exc


def read_jsonl(
    path: str | os.PathLike[str],
    *,
    source: str,
    max_bytes: int,
    published: datetime.date | None = None,
    on_error: Callable[[FrontwatchError], None] | None = None,
) -> Iterator[Document]:
    text = decode(read_bytes(path, source, max_bytes), source)
    yield from read_jsonl_stream(
        io.StringIO(text), source=source, published=published, on_error=on_error, path=str(path)
    )


def read_jsonl_stream(
    stream: TextIO,
    *,
    source: str = "-",
    published: datetime.date | None = None,
    on_error: Callable[[FrontwatchError], None] | None = None,
    path: str | None = None,
) -> Iterator[Document]:
    """Documents from a JSON Lines stream; `published` is the default for lines without one."""
    report = on_error or _raise
    seen_any = False
    for lineno, line in enumerate(stream, 1):
        if not line.strip():
            continue
        seen_any = True
        where = f"{source}:{lineno}"
        try:
            doc = _document(line, where, path if path is not None else source)
        except FrontwatchError as exc:
            report(exc)
            continue
        if doc.published is None:
            doc.published = published
        yield doc
    if not seen_any:
        report(EmptyInput("no JSON lines in the input", source))


def _document(line: str, where: str, path: str) -> Document:
    try:
        record: Any = json.loads(line)
    except json.JSONDecodeError as exc:
        raise MalformedInput(f"not valid JSON: {exc.msg} (column {exc.colno})", where) from None
    if not isinstance(record, dict):
        raise MalformedInput(f"each line must be a JSON object, got {type(record).__name__}", where)
    for key in ("url", "title", "source", "text", "html"):
        value = record.get(key)
        if value is not None and not isinstance(value, str):
            raise MalformedInput(f"field {key!r} must be a string, got {value!r}", where)
    if isinstance(record.get("id"), bool) or not isinstance(record.get("id"), str | int | None):
        raise MalformedInput(f"field 'id' must be a string, got {record['id']!r}", where)

    date = parse_date(record["published"], where) if record.get("published") is not None else None
    doc_id = str(record["id"]).strip() if record.get("id") not in (None, "") else None

    if isinstance(record.get("text"), str) and record["text"].strip():
        text = normalize_newlines(record["text"])
        doc = Document(doc_id=doc_id or content_id(text), text=text, kind="text", path=path)
    elif isinstance(record.get("html"), str) and record["html"].strip():
        doc = parse_html(record["html"], source=where, path=path, url=record.get("url"))
        if doc_id:
            doc.doc_id = doc_id
    else:
        raise MalformedInput("line has no 'text' or 'html' field with content", where)

    doc.url = record.get("url") or doc.url
    doc.title = record.get("title") or doc.title
    doc.source = record.get("source") or doc.source
    doc.published = date or doc.published
    return doc
