"""Error answers of the REST API: one JSON shape, a stable code, no traceback.

Every error body is `{"detail": <one line>, "code": "FW...", "parameter": <name or null>}`;
`detail` keeps FastAPI's usual key so generic clients still show the message.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import SQLAlchemyError
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import BadDate, FrontwatchError, NotFound, StoreError

log = logging.getLogger("frontwatch.api")

# Codes of the API layer (the library's own codes come from frontwatch.errors).
BAD_PARAMETER = "FW800"
UNAUTHORISED = "FW801"
WRITES_DISABLED = "FW802"
UNAVAILABLE = "FW803"
HTTP_ERROR = "FW810"
INTERNAL = "FW899"


class APIProblem(Exception):
    """An expected failure of a request, answered as clean JSON."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        code: str = BAD_PARAMETER,
        parameter: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.code = code
        self.parameter = parameter
        self.headers = headers


def bad_parameter(parameter: str, message: str) -> APIProblem:
    return APIProblem(422, f"{parameter}: {message}", parameter=parameter)


def problem_response(
    status: int,
    message: str,
    code: str,
    parameter: str | None = None,
    headers: dict[str, str] | None = None,
    **extra: Any,
) -> JSONResponse:
    body: dict[str, Any] = {"detail": message, "code": code, "parameter": parameter, **extra}
    return JSONResponse(body, status_code=status, headers=headers)


def _validation_message(err: dict[str, Any]) -> tuple[str | None, str]:
    loc = [str(p) for p in err.get("loc", ()) if p not in ("query", "path", "body")]
    param = loc[0] if loc else None
    msg = str(err.get("msg", "invalid value"))
    return param, (f"{'.'.join(loc)}: {msg}" if loc else msg)


def install(app: FastAPI) -> None:
    @app.exception_handler(APIProblem)
    async def _problem(_req: Request, exc: APIProblem) -> JSONResponse:
        return problem_response(exc.status, exc.message, exc.code, exc.parameter, exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_req: Request, exc: RequestValidationError) -> JSONResponse:
        found = [_validation_message(e) for e in exc.errors()]
        param, message = found[0] if found else (None, "invalid request")
        errors = [{"parameter": p, "message": m} for p, m in found]
        return problem_response(422, message, BAD_PARAMETER, param, errors=errors)

    @app.exception_handler(StarletteHTTPException)
    async def _http(_req: Request, exc: StarletteHTTPException) -> JSONResponse:
        detail = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
        return problem_response(exc.status_code, detail, HTTP_ERROR,
                                headers=dict(exc.headers) if exc.headers else None)

    @app.exception_handler(BadDate)
    async def _bad_date(_req: Request, exc: BadDate) -> JSONResponse:
        return problem_response(422, f"{exc.source}: {exc.message}", exc.code, exc.source)

    @app.exception_handler(NotFound)
    async def _not_found(_req: Request, exc: NotFound) -> JSONResponse:
        return problem_response(404, str(exc.message), exc.code)

    @app.exception_handler(StoreError)
    async def _store(_req: Request, exc: StoreError) -> JSONResponse:
        log.error("store error: %s", exc)
        return problem_response(503, f"database unavailable: {exc.message}", exc.code)

    @app.exception_handler(FrontwatchError)
    async def _frontwatch(_req: Request, exc: FrontwatchError) -> JSONResponse:
        where = f"{exc.source}: " if exc.source else ""
        return problem_response(422, f"{where}{exc.message}", exc.code)

    @app.exception_handler(SQLAlchemyError)
    async def _database(req: Request, exc: SQLAlchemyError) -> JSONResponse:
        log.exception("database error on %s %s", req.method, req.url.path)
        first = str(getattr(exc, "orig", None) or exc).splitlines()[0]
        return problem_response(503, f"database error: {first}", StoreError.code)

    @app.exception_handler(Exception)
    async def _internal(req: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error on %s %s", req.method, req.url.path)
        return problem_response(
            500, "internal error; the server log has the details", INTERNAL
        )
