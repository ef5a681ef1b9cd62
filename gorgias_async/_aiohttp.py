"""The client's one room for aiohttp: the session, sending, multipart, and its errors.

:class:`AiohttpSender` is the :class:`~gorgias_async._http.Sender` every client uses. It
opens its ``ClientSession`` lazily, inside the running loop (a session is bound to the
loop that made it, and refuses another), sends an :class:`~gorgias_async._http.HttpRequest`
as it is, and reads the whole answer. :func:`error_from_exception` is the one place an
aiohttp or timeout failure becomes our error. No other module of the client imports
aiohttp; the fake server (:mod:`gorgias_async.testing`) is the server side and has its own.
"""

from __future__ import annotations

import asyncio
import socket
import time
from collections.abc import Mapping
from typing import Any

import aiohttp

from ._http import HttpRequest, Response
from ._redact import redact
from .errors import APIConnectionError, APITimeoutError

__all__ = ["AiohttpSender", "ClientSession", "error_from_exception", "multipart"]

#: aiohttp's session type, for the few public signatures that accept one.
ClientSession = aiohttp.ClientSession


class AiohttpSender:
    """Sends requests over one aiohttp session.

    Args:
        timeout: seconds per request unless the request says otherwise.
        connections: the connection pool's size.
        headers: sent with every request (``Accept``, ``User-Agent``).
        session: an open session to use instead of one of its own (it is then not
            closed here: its owner closes it).
    """

    def __init__(
        self,
        *,
        timeout: float | None = None,
        connections: int = 10,
        headers: Mapping[str, str] | None = None,
        session: aiohttp.ClientSession | None = None,
    ) -> None:
        self._timeout = timeout
        self._connections = connections
        self._headers = dict(headers or {})
        self._session = session
        self._owned = session is None
        self._loop: asyncio.AbstractEventLoop | None = None

    def _session_for_loop(self) -> aiohttp.ClientSession:
        loop = asyncio.get_running_loop()
        if self._owned and self._session is not None and self._loop is not loop:
            raise RuntimeError(
                "this client's session belongs to another event loop; create one client per "
                "loop (or use the sync Gorgias client from threads)"
            )
        if self._session is None or (self._owned and self._session.closed):
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=self._connections),
                timeout=aiohttp.ClientTimeout(total=self._timeout),
                headers=self._headers,
            )
            self._loop = loop
        return self._session

    @property
    def closed(self) -> bool:
        """Whether no session is open."""
        return self._session is None or self._session.closed

    async def send(self, request: HttpRequest) -> Response:
        """Send ``request``; the answer whatever its status, or our connection error."""
        session = self._session_for_loop()
        options: dict[str, Any] = {}
        if request.timeout is not None:
            options["timeout"] = aiohttp.ClientTimeout(total=request.timeout)
        body = multipart(request.files) if request.files is not None else request.body
        started = time.monotonic()
        try:
            async with session.request(
                request.method,
                request.url,
                params=request.query,
                data=body,
                headers=dict(request.headers),
                **options,
            ) as answer:
                raw = await answer.read()
                elapsed = time.monotonic() - started
                return Response(
                    answer.status, answer.headers, raw, request.method, request.path, elapsed
                )
        except (aiohttp.ClientError, TimeoutError) as exc:
            raise error_from_exception(
                exc, method=request.method, path=request.path, secrets=request.secrets
            ) from exc

    async def aclose(self) -> None:
        """Close the session if it is this sender's own (idempotent)."""
        if self._owned and self._session is not None and not self._session.closed:
            await self._session.close()
        if self._owned:
            self._session = None
            self._loop = None


def multipart(files: Mapping[str, Any]) -> aiohttp.FormData:
    """A multipart body: each field bytes (named by the field), or ``(filename, bytes,
    content_type)``. Built anew for every attempt: aiohttp sends a form only once."""
    form = aiohttp.FormData()
    for name, value in files.items():
        if isinstance(value, tuple):
            filename, content, content_type = value
            form.add_field(name, content, filename=filename, content_type=content_type)
        else:
            form.add_field(name, value, filename=name)
    return form


def _unreachable(exc: aiohttp.ClientConnectorError) -> str | None:
    """``"dns"`` when the name does not resolve, ``"refused"`` when nothing listens."""
    if isinstance(exc, aiohttp.ClientConnectorDNSError):
        # EAI_AGAIN is a resolver that did not answer (worth a retry), not a missing name.
        temporary = getattr(exc.os_error, "errno", None) == socket.EAI_AGAIN
        return None if temporary else "dns"
    if isinstance(exc.os_error, ConnectionRefusedError):
        return "refused"
    return None


def error_from_exception(
    exc: BaseException, *, method: str, path: str, secrets: tuple[str, ...] = ()
) -> APIConnectionError:
    """Our error for an aiohttp or timeout failure: the one place they are translated.

    ``sent`` is False only when the request provably never left: the connection could
    not be opened (refused, DNS, TLS, or timed out while connecting).
    """
    if isinstance(exc, aiohttp.ConnectionTimeoutError):
        return APITimeoutError(
            f"{method} {path}: timed out while connecting", method=method, path=path, sent=False
        )
    if isinstance(exc, TimeoutError):
        return APITimeoutError(f"{method} {path}: timed out", method=method, path=path)
    if isinstance(exc, aiohttp.ClientConnectorError):
        return APIConnectionError(
            redact(f"{method} {path}: cannot connect ({exc})", secrets),
            method=method,
            path=path,
            sent=False,
            reason=_unreachable(exc),
        )
    return APIConnectionError(
        redact(f"{method} {path}: connection failed ({type(exc).__name__}: {exc})", secrets),
        method=method,
        path=path,
    )
