"""The extraction pipeline: Document -> segment -> nlp -> places -> events.

`Pipeline.process` is a plain function over documents with its models loaded
once; it batches spaCy with `nlp.pipe` and can fan out over processes (each
worker forks from a parent that already holds the models). The same
`process_batch` runs unchanged on a distributed worker.
"""

from __future__ import annotations

import datetime as dt
import functools
import multiprocessing as mp
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from .events.extract import EventExtractor, Part
from .models import Document, Event, Segmentation, Toponym, content_id
from .nlp import load_nlp
from .segment import segment


@dataclass
class Result:
    document: Document
    segmentation: Segmentation
    events: list[Event] = field(default_factory=list)
    toponyms: list[Toponym] = field(default_factory=list)


class Pipeline:
    """Load once, then call `process` (many documents) or `process_one`."""

    def __init__(self, *, geoparse: bool = True, classify: bool = True, batch_size: int = 64) -> None:
        self.nlp = load_nlp()
        self.batch_size = batch_size
        self.geoparser: Any | None = None
        if geoparse:
            from .geo import get_geoparser

            self.geoparser = get_geoparser()
        classifier = None
        if classify:
            classifier = _load_classifier()
        self.extractor = EventExtractor(self.nlp, classifier=classifier)

    # -- one process ---------------------------------------------------------

    def process_batch(self, docs: Sequence[Document]) -> list[Result]:
        segs = [segment(d) for d in docs]
        jobs: list[tuple[str, tuple[int, int, str, int | None]]] = []
        for i, s in enumerate(segs):
            jobs.append((s.article.text, (i, s.article.start, "article", None)))
            for c in s.comments:
                jobs.append((c.text, (i, c.start, "comment", c.index)))
        parts: list[list[Part]] = [[] for _ in docs]
        for sdoc, (i, off, origin, cidx) in self.nlp.pipe(jobs, as_tuples=True, batch_size=self.batch_size):
            parts[i].append(Part(sdoc, off, origin, cidx))
        out = []
        for d, s, ps in zip(docs, segs, parts, strict=True):
            tops: list[Toponym] = []
            if self.geoparser is not None:
                actors = self.extractor.actors
                home = [cc for p in ps for cc in actors.home_countries(p.doc)]
                groups = {(s + p.offset, e + p.offset) for p in ps for s, e in actors.named_groups(p.doc)}
                tops = [t for t in self.geoparser.parse([(p.doc, p.offset) for p in ps], doc_id=d.doc_id,
                                                        home_countries=home) if (t.start, t.end) not in groups]
            evs = self.extractor.extract(d, s, ps, tops)
            if self.geoparser is not None:
                for ev in evs:
                    self.geoparser.place_at_seat(ev)
            out.append(Result(d, s, evs, tops))
        return out

    def process_one(self, doc: Document) -> Result:
        return self.process_batch([doc])[0]

    # -- many ----------------------------------------------------------------

    def process(self, docs: Iterable[Document], *, n_process: int = 1,
                chunk_size: int = 16) -> Iterator[Result]:
        """Results in input order. With n_process > 1 the work is spread over
        forked workers that share the already loaded models."""
        it = iter(docs)
        chunks = iter(lambda: list(islice(it, chunk_size)), [])
        if n_process <= 1 or "fork" not in mp.get_all_start_methods():
            for chunk in chunks:
                yield from self.process_batch(chunk)
            return
        global _WORKER_PIPELINE
        _WORKER_PIPELINE = self
        ctx = mp.get_context("fork")
        with ctx.Pool(n_process, initializer=_worker_init) as pool:
            for results in pool.imap(_worker_run, chunks):
                yield from results


_WORKER_PIPELINE: Pipeline | None = None


def _worker_init() -> None:
    p = _WORKER_PIPELINE
    if p is not None and p.geoparser is not None:
        p.geoparser.reopen()


def _worker_run(chunk: list[Document]) -> list[Result]:
    assert _WORKER_PIPELINE is not None
    return _WORKER_PIPELINE.process_batch(chunk)


def _load_classifier() -> Any:
    """The trained sub-event classifier shipped in the package. A missing or mismatched
    artefact is a broken install and says so (FW500), rather than silently coding
    events with the rules alone."""
    from .events.classifier import SubEventClassifier

    return SubEventClassifier.load()


@functools.lru_cache(maxsize=1)
def get_pipeline() -> Pipeline:
    """The process-wide pipeline (models loaded on first use)."""
    return Pipeline()


def extract(text: str, *, published: dt.date | str | None = None, doc_id: str | None = None,
            source: str | None = None) -> list[Event]:
    """Events in one text: the Python API behind `frontwatch extract`."""
    if isinstance(published, str):
        published = dt.date.fromisoformat(published)
    doc = Document(doc_id=doc_id or content_id(text), text=text, published=published, source=source)
    return get_pipeline().process_one(doc).events
