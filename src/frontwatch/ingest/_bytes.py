"""Reading raw bytes into text, with errors that name the file and the byte."""

from __future__ import annotations

import codecs
import os
import re

from frontwatch.errors import BinaryInput, EmptyInput, EncodingError, TooLarge

DEFAULT_MAX_BYTES = 50_000_000

_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def read_bytes(path: str | os.PathLike[str], source: str, max_bytes: int) -> bytes:
    """The file's bytes, refusing files over `max_bytes` and empty files."""
    size = os.path.getsize(path)
    if size > max_bytes:
        raise TooLarge(
            f"file is {size:,} bytes, over the limit of {max_bytes:,} bytes per file", source
        )
    with open(path, "rb") as fh:
        data = fh.read()
    if not data.strip():
        raise EmptyInput("file is empty", source)
    return data


def decode(data: bytes, source: str, fallback_charset: str | None = None) -> str:
    """Decode strict UTF-8 (BOM allowed) or BOM-marked UTF-16.

    `fallback_charset` is a charset the container declared (HTML meta, HTTP
    header); it is used only when the bytes are not valid UTF-8.
    """
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise EncodingError(
                f"not valid UTF-16 at byte {exc.start} despite the UTF-16 byte order mark", source
            ) from None
        return _check_text(text, source)
    nul = data.find(b"\x00")
    if nul >= 0:
        raise BinaryInput(f"looks like a binary file (NUL byte at offset {nul}), not text", source)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if fallback_charset and _usable_charset(fallback_charset):
            try:
                text = data.decode(fallback_charset)
            except UnicodeDecodeError:
                pass
            else:
                return _check_text(text, source)
        bad = data[exc.start : exc.start + 4]
        raise EncodingError(
            f"not valid UTF-8 at byte {exc.start} (bytes {bad.hex(' ')}); "
            "convert the file to UTF-8",
            source,
        ) from None
    return _check_text(text, source)


def declared_html_charset(data: bytes) -> str | None:
    m = _CHARSET_RE.search(data[:4096])
    return m.group(1).decode("ascii", "replace") if m else None


def _usable_charset(name: str) -> bool:
    try:
        return codecs.lookup(name).name not in ("utf-8",)
    except LookupError:
        return False


def _check_text(text: str, source: str) -> str:
    if "\x00" in text:
        raise BinaryInput("text contains NUL characters, not a text file", source)
    if not text.strip():
        raise EmptyInput("file has no text", source)
    return text
