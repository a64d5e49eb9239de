"""Offline geoparsing: a GeoNames gazetteer in SQLite, toponym recognition and resolution.

    from frontwatch.geo import get_geoparser
    toponyms = get_geoparser().parse([(nlp(text), 0)], doc_id="d1")
"""

from __future__ import annotations

import threading

from .gazetteer import Gazetteer, build, cache_dir, default_gazetteer, default_path, import_files
from .normalize import fold_key, keys, norm_key, skel_key
from .resolve import Geoparser, event_location

__all__ = [
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
