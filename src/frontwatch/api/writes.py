"""Ingesting one document posted to the API: reader, pipeline, store.

The extraction pipeline is heavy (spaCy models, gazetteer), so it is loaded on
the first write, never at start-up, and used by one request at a time.
"""

from __future__ import annotations

import io
import json
import threading
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from ..errors import FrontwatchError
from ..store import Store
from .problems import UNAVAILABLE, APIProblem

MAX_BODY_BYTES = 5 * 1024 * 1024


class DocumentIn(BaseModel):
    """One document, with the fields of a JSON Lines input record."""

    model_config = ConfigDict(extra="allow")

    id: str | None = Field(None, description="Your id for the document; a content hash when absent")
    text: str | None = Field(None, description="Plain text (article, then reader comments)")
    html: str | None = Field(None, description="The page HTML, when there is no text")
    url: str | None = None
    title: str | None = None
    published: str | None = Field(None, description="Publication date, ISO 8601")
    source: str | None = Field(None, description="Name of the outlet or feed")


class DocumentCreated(BaseModel):
    doc_id: str
    created: bool
    events: int


class Ingestor:
    def __init__(self, store: Store) -> None:
        self.store = store
        self._pipeline: Any = None
        self._lock = threading.Lock()

    @property
    def pipeline_loaded(self) -> bool:
        return self._pipeline is not None

    def _get_pipeline(self) -> Any:
        if self._pipeline is None:
            try:
                from ..pipeline import get_pipeline
            except ImportError as exc:
                raise APIProblem(
                    503, f"the extraction pipeline is not available ({exc})", code=UNAVAILABLE
                ) from None
            self._pipeline = get_pipeline()
        return self._pipeline

    def ingest(self, record: dict[str, Any]) -> DocumentCreated:
        """Read one record as a Document, extract its events and store them."""
        try:
            from ..ingest import read_jsonl_stream
        except ImportError as exc:
            raise APIProblem(
                503, f"the document reader is not available ({exc})", code=UNAVAILABLE
            ) from None
        problems: list[str] = []

        def on_error(*args: Any) -> None:
            for a in args:
                if isinstance(a, FrontwatchError):
                    problems.append(a.message)
                elif isinstance(a, BaseException):
                    problems.append(str(a))
            if not problems:
                problems.append(" ".join(str(a) for a in args) or "unreadable document")

        stream = io.StringIO(json.dumps(record, ensure_ascii=False) + "\n")
        try:
            docs = list(read_jsonl_stream(stream, source="api", on_error=on_error))
        except FrontwatchError as exc:
            raise APIProblem(422, f"body: {exc.message}", code=exc.code, parameter="body") from None
        if not docs:
            raise APIProblem(
                422, f"body: {problems[0] if problems else 'no document in the body'}",
                parameter="body",
            )
        doc = docs[0]
        with self._lock:
            result = self._get_pipeline().process_one(doc)
        created = self.store.add(
            result.document, result.segmentation, result.events, result.toponyms
        )
        return DocumentCreated(
            doc_id=result.document.doc_id, created=created, events=len(result.events)
        )
