"""WARC archives (plain or gzipped): each HTML response record is a document."""

from __future__ import annotations

import gzip
import os
import zlib
from collections.abc import Callable, Iterator

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from frontwatch.errors import EmptyInput, FrontwatchError, MalformedInput, TooLarge
from frontwatch.models import Document

from ._bytes import decode
from .html import parse_html
from .text import normalize_newlines


def read_warc(
    path: str | os.PathLike[str],
    *,
    source: str,
    max_bytes: int,
    on_error: Callable[[FrontwatchError], None],
) -> Iterator[Document]:
    """Documents from the readable part of the archive; a damaged tail is one error at the end."""
    size = os.path.getsize(path)
    if size > max_bytes:
        raise TooLarge(
            f"file is {size:,} bytes, over the limit of {max_bytes:,} bytes per file", source
        )
    if size == 0:
        raise EmptyInput("file is empty", source)
    _check_header(path, source)
    records = 0
    with open(path, "rb") as fh:
        try:
            for record in ArchiveIterator(fh):
                records += 1
                uri = record.rec_headers.get_header("WARC-Target-URI") or None
                body = record.content_stream().read()
                missing = getattr(record.raw_stream, "limit", 0)
                if missing:
                    raise MalformedInput(
                        f"truncated WARC archive: record {records} ({uri or record.rec_type}) "
                        f"is cut off, {missing:,} of {record.length:,} bytes missing",
                        source,
                    )
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                status = record.http_headers.get_statuscode() or ""
                ctype = (record.http_headers.get_header("Content-Type") or "").lower()
                if "html" not in ctype or not status.startswith("2"):
                    continue
                where = f"{source} [{uri or f'record {records}'}]"
                try:
                    html = decode(body, where, _charset(ctype))
                    yield parse_html(
                        normalize_newlines(html), source=where, path=str(path), url=uri, kind="warc"
                    )
                except FrontwatchError as exc:
                    on_error(exc)
        except (ArchiveLoadFailed, EOFError, zlib.error, OSError, ValueError) as exc:
            detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise MalformedInput(
                f"truncated or corrupt WARC archive after {records - 1} readable record(s) "
                f"({detail[:120]})",
                source,
            ) from None


def _check_header(path: str | os.PathLike[str], source: str) -> None:
    try:
        with open(path, "rb") as fh:
            head = fh.read(2)
        opener = gzip.open if head == b"\x1f\x8b" else open
        with opener(path, "rb") as fh:
            first = fh.read(8)
    except (OSError, EOFError, zlib.error) as exc:
        raise MalformedInput(f"corrupt compressed WARC archive ({exc})", source) from None
    if not first.lstrip().startswith(b"WARC/"):
        raise MalformedInput("not a WARC archive (no WARC/1.x record header at the start)", source)


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None
