"""HTTP helpers of the fake: Gorgias' error bodies, JSON responses, body parsing."""

from __future__ import annotations

import socket
from typing import Any

from aiohttp import web

from .._json import dumps as json_dumps
from .._json import loads as json_loads

STATE: web.AppKey[Any] = web.AppKey("gorgias_state")
#: The JSON body, once the request validation has parsed it.
BODY: web.RequestKey[Any] = web.RequestKey("gorgias_body", object)


class ApiError(Exception):
    """An error answer in Gorgias' shape: ``{"error": {"msg": …, "data": …}}``."""

    def __init__(self, status: int, msg: str, data: Any = None) -> None:
        super().__init__(msg)
        self.status = status
        self.msg = msg
        self.data = data

    def response(self) -> web.Response:
        """The response carrying this error."""
        error: dict[str, Any] = {"msg": self.msg}
        if self.data is not None:
            error["data"] = self.data
        return json_response({"error": error}, status=self.status)


def field_error(field: str, message: str) -> ApiError:
    """A 400 validation error on one field."""
    return ApiError(400, "Validation error.", {field: [message]})


def not_found(kind: str) -> ApiError:
    """The 404 Gorgias answers for a missing object."""
    return ApiError(404, f"{kind} not found.")


def json_response(body: Any, *, status: int = 200) -> web.Response:
    """A JSON response (orjson, with the fallback for lone surrogates)."""
    return web.Response(body=json_dumps(body), status=status, content_type="application/json")


def no_content(status: int = 204) -> web.Response:
    """An answer without body (204 on deletes, 201/202 on some sub-resources)."""
    return web.Response(status=status)


async def read_json(request: web.Request) -> Any:
    """The request's JSON body (None if empty), or a 400."""
    if BODY in request:
        return request[BODY]
    raw = await request.read()
    if not raw:
        return None
    try:
        return json_loads(raw)
    except ValueError as exc:
        raise ApiError(400, "Invalid JSON body.") from exc


async def read_object(request: web.Request) -> dict[str, Any]:
    """The request's JSON body, which must be an object."""
    body = await read_json(request)
    if not isinstance(body, dict):
        raise ApiError(400, "The request body must be a JSON object.")
    return body


def decoded(raw: bytes) -> Any:
    """A body as data: None if empty, its JSON if it parses, else its text."""
    if not raw:
        return None
    try:
        return json_loads(raw)
    except ValueError:
        return raw.decode(errors="replace")


async def serve_on_loopback(
    app: web.Application, host: str, port: int
) -> tuple[web.AppRunner, int]:
    """Serve ``app`` on ``host:port`` (0: a free port); the runner, and the bound port."""
    runner = web.AppRunner(app, access_log=None, handle_signals=False)
    await runner.setup()
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    await web.SockSite(runner, sock, backlog=1024).start()
    return runner, sock.getsockname()[1]


def path_id(request: web.Request, name: str = "id") -> int:
    """An integer path parameter (the route pattern guarantees digits)."""
    return int(request.match_info[name])


def int_list(body: dict[str, Any], field: str) -> list[int]:
    """A required list of integer ids from ``body``, or a field error."""
    value = body.get(field)
    if not isinstance(value, list) or not all(
        isinstance(v, int) and not isinstance(v, bool) for v in value
    ):
        raise field_error(field, "Must be a list of integers.")
    return value
