"""Ingest: readers that turn files and streams into `frontwatch.models.Document`.

One module per format (text, html, feed, warc, jsonl); `iter_documents` picks
the reader by file extension, sniffing the content when the extension says
nothing. Document ids are content hashes (or the `id` a JSON line gives), so
reading the same input twice gives the same ids.
"""

from __future__ import annotations

import datetime
import gzip
import os
import sys
import zlib
from collections.abc import Callable, Iterator, Sequence
from typing import TextIO

from frontwatch.errors import FrontwatchError, InputError, UnsupportedInput
from frontwatch.models import Document

from ._bytes import DEFAULT_MAX_BYTES
from .dates import parse_date
from .errors import MissingInput
from .feed import read_feed
from .html import read_html
from .jsonl import read_jsonl
from .jsonl import read_jsonl_stream as _read_jsonl_stream
from .text import read_text
from .warc import read_warc

__all__ = ["FORMATS", "iter_documents", "parse_date", "read_jsonl_stream"]

# Extension -> format. Longest suffix wins (".warc.gz" before ".gz").
FORMATS: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
    ".warc": "warc",
    ".warc.gz": "warc",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}

# Directory walks skip these: documentation that travels with a folder of inputs.
SKIPPED_NAMES = ("readme", "readme.md", "readme.txt", "readme.rst", "license", "license.txt")

OnError = Callable[[FrontwatchError], None]


def _raise(exc: FrontwatchError) -> None:
    raise exc


def iter_documents(
    paths: Sequence[str | os.PathLike[str]],
    *,
    published: datetime.date | None = None,
    on_error: OnError | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Document]:
    """Documents from files, directories (walked recursively, sorted) and '-' (stdin, JSON Lines).

    `published` fills in documents whose input gives no date. Every problem is
    passed to `on_error` (default: raise) and the other inputs are still read.
    """
    report = _once(on_error or _raise)
    if isinstance(paths, str | os.PathLike):  # one path given where a list was expected
        paths = [paths]
    for path in paths:
        if str(path) == "-":
            yield from _with_default(
                read_jsonl_stream(sys.stdin, source="-", published=published, on_error=report),
                published,
            )
            continue
        for file_path in _expand(path, report):
            yield from _read_file(
                file_path, published=published, on_error=report, max_bytes=max_bytes
            )


def read_jsonl_stream(
    stream: TextIO,
    *,
    source: str = "-",
    published: datetime.date | None = None,
    on_error: OnError | None = None,
) -> Iterator[Document]:
    """Documents from a JSON Lines text stream (see `frontwatch.ingest.jsonl`)."""
    return _read_jsonl_stream(stream, source=source, published=published, on_error=on_error)


def detect_format(path: str | os.PathLike[str]) -> str | None:
    """The format of a file by extension, else by its first bytes; None if unknown."""
    name = os.fspath(path).lower()
    for suffix in sorted(FORMATS, key=len, reverse=True):
        if name.endswith(suffix):
            return FORMATS[suffix]
    return _sniff(path)


def _once(on_error: OnError) -> OnError:
    """Report each error once, even when a raising handler's exception passes through a reader."""

    def report(exc: FrontwatchError) -> None:
        if getattr(exc, "_frontwatch_reported", False):
            raise exc
        exc._frontwatch_reported = True  # type: ignore[attr-defined]
        on_error(exc)

    return report


def _expand(path: str | os.PathLike[str], report: OnError) -> Iterator[str]:
    p = os.fspath(path)
    if os.path.isdir(p):
        for root, dirs, files in os.walk(p):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if name.startswith(".") or name.lower() in SKIPPED_NAMES:
                    continue
                yield os.path.join(root, name)
    elif os.path.exists(p):
        yield p
    else:
        report(MissingInput("no such file or directory", p))


def _read_file(
    path: str, *, published: datetime.date | None, on_error: OnError, max_bytes: int
) -> Iterator[Document]:
    try:
        fmt = detect_format(path)
        if fmt is None:
            known = ", ".join(sorted(FORMATS))
            raise UnsupportedInput(
                f"unsupported file type (known extensions: {known}; '-' reads JSON Lines from stdin)",
                path,
            )
        if fmt == "text":
            docs = read_text(path, source=path, max_bytes=max_bytes)
        elif fmt == "html":
            docs = read_html(path, source=path, max_bytes=max_bytes)
        elif fmt == "feed":
            docs = read_feed(path, source=path, max_bytes=max_bytes, on_error=on_error)
        elif fmt == "warc":
            docs = read_warc(path, source=path, max_bytes=max_bytes, on_error=on_error)
        else:
            docs = read_jsonl(path, source=path, max_bytes=max_bytes, on_error=on_error)
        yield from _with_default(docs, published)
    except FrontwatchError as exc:
        on_error(exc)
    except OSError as exc:
        on_error(InputError(f"cannot read the file ({exc.strerror or exc})", path))


def _with_default(docs: Iterator[Document], published: datetime.date | None) -> Iterator[Document]:
    for doc in docs:
        if doc.published is None and published is not None:
            doc.published = published
        yield doc


def _sniff(path: str | os.PathLike[str]) -> str | None:
    try:
        with open(path, "rb") as fh:
            head = fh.read(4096)
    except OSError:
        return None
    if head.startswith(b"\x1f\x8b"):
        try:
            with gzip.open(path, "rb") as gz:
                inner = gz.read(16)
        except (OSError, EOFError, zlib.error):
            return None
        return "warc" if inner.startswith(b"WARC/") else None
    if head.startswith(b"WARC/"):
        return "warc"
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith(b"<?xml") or start.startswith((b"<rss", b"<feed", b"<rdf")):
        if any(tag in start for tag in (b"<rss", b"<feed", b"<rdf:rdf")):
            return "feed"
        return "html" if b"<html" in start else None
    if start.startswith((b"<!doctype html", b"<html")):
        return "html"
    if start.startswith(b"{"):
        return "jsonl"
    return None
