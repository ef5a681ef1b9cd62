"""An in-memory sender: the transport's whole pipeline, with answers from a function.

The :class:`~gorgias_async._http.Sender` contract is two methods, so a handler that maps
each :class:`~gorgias_async._http.HttpRequest` to a :class:`~gorgias_async.Response`
(or raises our connection error) stands in for the network. For unit tests of the
policy (retries, auth, budget, error mapping) without sockets; integration tests use the
fake server over loopback, and aioresponses keeps the narrow tests of the aiohttp sender.
"""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from multidict import CIMultiDict

from gorgias_async import AsyncGorgias, Response
from gorgias_async._http import HttpRequest

Handler = Callable[[HttpRequest], Response | Awaitable[Response]]


def answer(
    request: HttpRequest,
    status: int = 200,
    body: bytes = b"{}",
    headers: Mapping[str, str] | None = None,
) -> Response:
    """The response a handler returns for ``request``."""
    return Response(status, CIMultiDict(headers or {}), body, request.method, request.path)


class MemorySender:
    """Answers every request with ``handler(request)``; keeps what was sent."""

    def __init__(self, handler: Handler) -> None:
        self.handler = handler
        self.sent: list[HttpRequest] = []
        self.closed = False

    async def send(self, request: HttpRequest) -> Response:
        self.sent.append(request)
        response = self.handler(request)
        return await response if inspect.isawaitable(response) else response

    async def aclose(self) -> None:
        self.closed = True


def client_with(handler: Handler, **options: Any) -> tuple[AsyncGorgias, MemorySender]:
    """A client whose transport sends through a :class:`MemorySender`."""
    defaults: dict[str, Any] = {"username": "me@acme.com", "api_key": "k3y-secret"}
    client = AsyncGorgias("acme", **(defaults | options))
    sender = MemorySender(handler)
    client._transport.sender = sender
    return client, sender
