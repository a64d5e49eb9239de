"""Plain text files: the whole text is the document."""

from __future__ import annotations

import os
from collections.abc import Iterator

from frontwatch.models import Document, content_id

from ._bytes import decode, read_bytes


def normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_text(path: str | os.PathLike[str], *, source: str, max_bytes: int) -> Iterator[Document]:
    text = normalize_newlines(decode(read_bytes(path, source, max_bytes), source))
    yield Document(doc_id=content_id(text), text=text, kind="text", path=str(path))
