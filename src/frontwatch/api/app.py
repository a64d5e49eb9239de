"""The FastAPI application: REST API, offline basemap tiles and the analyst web app.

Handlers are thin: they turn query parameters into an `EventFilter` and call
the `Store`, the renderers of `frontwatch.export` or `aggregate`.
"""

from __future__ import annotations

import dataclasses
import hmac
import io
import json
import os
from importlib.metadata import PackageNotFoundError, version
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Path, Query, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.middleware.cors import CORSMiddleware
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles

from ..errors import NotFound
from ..export import render_csv, render_geojson
from ..store import EventFilter, Store
from ..web import STATIC_DIR
from . import aggregate, problems
from .params import DEFAULT_LIMIT, MAX_LIMIT, Format, Interval, event_filter
from .problems import UNAUTHORISED, WRITES_DISABLED, APIProblem
from .tiles import TileSource, basemap_path, leaflet_dir
from .writes import MAX_BODY_BYTES, DocumentCreated, DocumentIn, Ingestor

Filter = Annotated[EventFilter, Depends(event_filter)]

TOKEN_ENV = "FRONTWATCH_API_TOKEN"
CORS_ENV = "FRONTWATCH_CORS_ORIGINS"

# The web app loads nothing from elsewhere; the policy makes the browser enforce it.
UI_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)

API_DESCRIPTION = """\
Events extracted from war reporting and its reader comments, with their
evidence in the source text. Read endpoints are open; `POST /api/documents`
needs `Authorization: Bearer <FRONTWATCH_API_TOKEN>` and is disabled when that
variable is not set. Errors answer `{"detail", "code", "parameter"}`.
"""


def _version() -> str:
    try:
        return version("frontwatch")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree
        return "0+unknown"


def _swagger_dir() -> str | None:
    import importlib.util

    spec = importlib.util.find_spec("swagger_ui")
    if spec is None or not spec.origin:
        return None
    path = os.path.join(os.path.dirname(spec.origin), "static")
    return path if os.path.isfile(os.path.join(path, "swagger-ui-bundle.js")) else None


def create_app(store_url: str | None = None) -> FastAPI:
    """The application over the store at `store_url` (the CLI's default when None).

    Settings from the environment, read once here: FRONTWATCH_API_TOKEN enables
    writes, FRONTWATCH_CORS_ORIGINS (comma-separated) enables CORS for those origins.
    """
    store = Store(store_url)
    token = os.environ.get(TOKEN_ENV) or None
    cors = [o.strip() for o in os.environ.get(CORS_ENV, "").split(",") if o.strip()]
    ingestor = Ingestor(store)
    basemap = basemap_path()
    tiles = TileSource(basemap) if basemap else None
    swagger = _swagger_dir()

    app = FastAPI(
        title="frontwatch",
        version=_version(),
        description=API_DESCRIPTION,
        docs_url=None,
        redoc_url=None,
        max_body_size=MAX_BODY_BYTES,
    )
    app.state.store = store
    app.state.ingestor = ingestor
    problems.install(app)

    if cors:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=cors,
            allow_methods=["GET", "POST"] if token else ["GET"],
            allow_headers=["Authorization", "Content-Type"],
            max_age=600,
        )

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Any) -> Response:
        response: Response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        response.headers.setdefault("X-Frame-Options", "DENY")
        return response

    # -- static files, tiles, UI -----------------------------------------------

    app.mount("/static/app", StaticFiles(directory=STATIC_DIR), name="app-static")
    lf = leaflet_dir()
    if lf is not None:
        app.mount("/static/leaflet", StaticFiles(directory=lf), name="leaflet")
    if swagger is not None:
        app.mount("/static/swagger", StaticFiles(directory=swagger), name="swagger")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(
            STATIC_DIR / "index.html",
            headers={"Content-Security-Policy": UI_CSP, "Cache-Control": "no-cache"},
        )

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        if swagger is not None:
            return get_swagger_ui_html(
                openapi_url="/openapi.json",
                title="frontwatch API",
                swagger_js_url="/static/swagger/swagger-ui-bundle.js",
                swagger_css_url="/static/swagger/swagger-ui.css",
                swagger_favicon_url="/static/swagger/favicon-32x32.png",
            )
        return HTMLResponse(_plain_docs(app.openapi()))

    @app.get(
        "/tiles/{z}/{x}/{y}.png",
        include_in_schema=False,
        responses={200: {"content": {"image/png": {}}}},
    )
    def tile(z: int, x: int, y: int) -> Response:
        data = tiles.tile(z, x, y) if tiles else None
        if data is None:
            raise APIProblem(404, f"no tile {z}/{x}/{y} in the offline basemap", code="FW400")
        return Response(
            data, media_type="image/png", headers={"Cache-Control": "public, max-age=86400"}
        )

    # -- read API ----------------------------------------------------------------

    @app.get("/api/health", tags=["meta"], summary="Liveness, counts and settings")
    def health() -> dict[str, Any]:
        return {
            "status": "ok",
            "version": _version(),
            "counts": store.counts(),
            "writable": token is not None,
            "pipeline_loaded": ingestor.pipeline_loaded,
            "basemap": {"maxzoom": tiles.maxzoom, "attribution": tiles.attribution}
            if tiles
            else None,
        }

    @app.get(
        "/api/events",
        tags=["events"],
        summary="Events matching the filters",
        responses={
            200: {
                "description": "`json`: {total, events}; `geojson`: a FeatureCollection "
                "(RFC 7946); `csv`: ACLED column names",
                "content": {"application/geo+json": {}, "text/csv": {}},
            }
        },
    )
    def list_events(
        flt: Filter,
        limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Page size")] = DEFAULT_LIMIT,
        offset: Annotated[int, Query(ge=0, description="Events to skip")] = 0,
        format: Annotated[Format, Query(description="Response format")] = Format.json,
    ) -> Response:
        flt.limit, flt.offset = limit, offset
        evs = store.iter_events(flt)
        if format is Format.json:
            total = store.count_events(_unpaged(flt))
            return JSONResponse({"total": total, "events": [e.to_dict() for e in evs]})
        buf = io.StringIO()
        if format is Format.geojson:
            render_geojson(evs, buf)
            return Response(buf.getvalue(), media_type="application/geo+json")
        render_csv(evs, buf)
        return Response(
            buf.getvalue(),
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": 'attachment; filename="frontwatch-events.csv"'},
        )

    @app.get("/api/events/{event_id}", tags=["events"], summary="One event")
    def get_event(event_id: Annotated[str, Path(max_length=128)]) -> dict[str, Any]:
        ev = store.get_event(event_id)
        if ev is None:
            raise NotFound(f"no event {event_id!r}")
        return ev.to_dict()

    @app.get(
        "/api/documents/{doc_id}",
        tags=["documents"],
        summary="A document: text, comments, and its events with evidence offsets",
    )
    def get_document(doc_id: Annotated[str, Path(max_length=128)]) -> dict[str, Any]:
        doc = store.get_document(doc_id)
        if doc is None:
            raise NotFound(f"no document {doc_id!r}")
        return doc.to_dict()

    @app.get(
        "/api/stats/timeline",
        tags=["stats"],
        summary="Event counts per day or ISO week (Monday), by event type",
    )
    def timeline(flt: Filter, interval: Interval = Interval.day) -> dict[str, Any]:
        return {"interval": interval.value, "bins": store.timeline(flt, interval.value)}

    @app.get(
        "/api/stats/grid",
        tags=["stats"],
        summary="Located events clustered per screen-sized grid cell (for the map)",
    )
    def grid(
        flt: Filter,
        zoom: Annotated[int, Query(ge=0, le=20, description="Map zoom level")] = 4,
    ) -> dict[str, Any]:
        counts = aggregate.summary(store, _unpaged(flt, bbox=False))
        return {**counts, **aggregate.grid(store, flt, zoom)}

    @app.get(
        "/api/facets",
        tags=["stats"],
        summary="Values of type, sub-type, country, certainty and origin with counts",
    )
    def facets(flt: Filter) -> dict[str, Any]:
        return aggregate.facets(store, flt)

    @app.get("/api/actors", tags=["stats"], summary="Actors with their event counts")
    def actors(
        flt: Filter,
        limit: Annotated[int | None, Query(ge=1, le=100_000, description="At most this many")] = None,
    ) -> dict[str, Any]:
        found = store.actors(flt)
        return {"total": len(found), "actors": found[:limit] if limit else found}

    # -- write API ---------------------------------------------------------------

    @app.post(
        "/api/documents",
        tags=["documents"],
        status_code=201,
        response_model=DocumentCreated,
        summary="Ingest one document (needs the API token)",
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {"application/json": {"schema": DocumentIn.model_json_schema()}},
            }
        },
        responses={
            401: {"description": "Missing or wrong bearer token"},
            403: {"description": "Writes are disabled (FRONTWATCH_API_TOKEN not set)"},
            413: {"description": "Body larger than 5 MB"},
        },
    )
    async def post_document(request: Request) -> JSONResponse:
        _authorise(request, token)
        raw = await request.body()
        try:
            body = json.loads(raw)
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise problems.bad_parameter("body", f"not valid JSON ({exc})") from None
        if not isinstance(body, dict):
            raise problems.bad_parameter("body", "expected a JSON object")
        try:
            DocumentIn.model_validate(body)
        except ValueError as exc:
            first = exc.errors()[0] if hasattr(exc, "errors") else {}  # type: ignore[union-attr]
            field = ".".join(str(p) for p in first.get("loc", ())) or "body"
            raise problems.bad_parameter(field, str(first.get("msg", exc))) from None
        if not (isinstance(body.get("text"), str) and body["text"].strip()) and not (
            isinstance(body.get("html"), str) and body["html"].strip()
        ):
            raise problems.bad_parameter("text", "either text or html is required")
        created = await run_in_threadpool(ingestor.ingest, body)
        return JSONResponse(created.model_dump(), status_code=201)

    return app


def _unpaged(flt: EventFilter, *, bbox: bool = True) -> EventFilter:
    return dataclasses.replace(flt, limit=None, offset=0, bbox=flt.bbox if bbox else None)


def _authorise(request: Request, token: str | None) -> None:
    if token is None:
        raise APIProblem(
            403,
            f"writes are disabled: set {TOKEN_ENV} on the server to enable POST /api/documents",
            code=WRITES_DISABLED,
        )
    given = request.headers.get("authorization", "")
    scheme, _, value = given.partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(
        value.strip().encode(), token.encode()
    ):
        raise APIProblem(
            401,
            "Authorization: Bearer <token> is missing or wrong",
            code=UNAUTHORISED,
            headers={"WWW-Authenticate": "Bearer"},
        )


def _plain_docs(spec: dict[str, Any]) -> str:
    """A server-rendered list of the endpoints, when Swagger UI's files are not installed."""
    from html import escape

    rows = []
    for path, ops in spec.get("paths", {}).items():
        for method, op in ops.items():
            params = ", ".join(p["name"] for p in op.get("parameters", []))
            rows.append(
                f"<tr><td>{escape(method.upper())}</td><td><code>{escape(path)}</code></td>"
                f"<td>{escape(op.get('summary', ''))}</td><td>{escape(params)}</td></tr>"
            )
    return (
        "<!doctype html><meta charset=utf-8><title>frontwatch API</title>"
        "<h1>frontwatch API</h1><p>The full description is <a href='/openapi.json'>"
        "/openapi.json</a>.</p><table border=1 cellpadding=4>"
        "<tr><th>method</th><th>path</th><th>what</th><th>parameters</th></tr>"
        + "".join(rows)
        + "</table>"
    )
