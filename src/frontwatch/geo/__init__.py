"""Offline geoparsing: a GeoNames gazetteer in SQLite, toponym recognition and resolution.

    from frontwatch.geo import get_geoparser
    toponyms = get_geoparser().parse([(nlp(text), 0)], doc_id="d1")
"""

from __future__ import annotations

import threading

from .gazetteer import Gazetteer, build, cache_dir, default_gazetteer, default_path, import_files
from .normalize import fold_key, keys, norm_key, skel_key
from .resolve import ALONG_CODES, Geoparser, event_location

__all__ = [
    "ALONG_CODES",
    "Gazetteer",
    "Geoparser",
    "build",
    "cache_dir",
    "default_gazetteer",
    "default_path",
    "event_location",
    "fold_key",
    "get_geoparser",
    "import_files",
    "keys",
    "norm_key",
    "skel_key",
]

_instance: Geoparser | None = None
_lock = threading.Lock()


def get_geoparser() -> Geoparser:
    """The process-wide geoparser over the default gazetteer (built on first use)."""
    global _instance
    with _lock:
        if _instance is None:
            _instance = Geoparser()
        return _instance


def geoparse_documents(documents, *, batch_size: int = 16):  # type: ignore[no-untyped-def]
    """Yield (document, toponyms) for an iterable of `frontwatch.models.Document`."""
    from ..nlp import load_nlp
    from ..segment import segment

    nlp = load_nlp()
    gp = get_geoparser()
    for doc in documents:
        # the same article/comment parts as extraction, so offsets and coherence agree
        seg = segment(doc)
        spans = [(seg.article.start, seg.article.end)] + [(c.start, c.end) for c in seg.comments]
        docs = list(nlp.pipe((doc.text[s:e] for s, e in spans), batch_size=batch_size))
        yield doc, gp.parse([(d, s) for d, (s, _e) in zip(docs, spans, strict=True)], doc_id=doc.doc_id)
