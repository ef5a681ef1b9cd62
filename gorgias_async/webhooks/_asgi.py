"""The receiver as a plain ASGI application (Starlette, FastAPI, any ASGI server)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping
from typing import TYPE_CHECKING, Any, TypeAlias

if TYPE_CHECKING:
    from ._receiver import Reply, WebhookReceiver

Scope: TypeAlias = MutableMapping[str, Any]
Message: TypeAlias = MutableMapping[str, Any]
Receive: TypeAlias = Callable[[], Awaitable[Message]]
Send: TypeAlias = Callable[[Message], Awaitable[None]]


class ASGIApp:
    """``POST`` anywhere under it is a delivery; its own ``lifespan`` (when it is the
    top-level application) starts and stops the receiver. Made by
    :meth:`WebhookReceiver.asgi_app`."""

    def __init__(self, receiver: WebhookReceiver) -> None:
        self.receiver = receiver
        self._header = receiver.header.lower().encode("latin-1")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        if scope["type"] != "http":
            return  # websockets: not ours; the server closes them
        if scope.get("method") != "POST":
            await self._reply(send, 405, b'{"error": "method not allowed"}', allow=True)
            return
        secret = None
        for name, value in scope.get("headers", ()):
            if name.lower() == self._header:
                secret = value.decode("latin-1")
        body = await self._body(receive)
        reply: Reply = await self.receiver.handle(secret, body)
        await self._reply(send, reply.status, reply.body)

    async def _body(self, receive: Receive) -> bytes | None:
        limit = self.receiver.max_body
        body = bytearray()
        too_large = False
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                break
            if not too_large:
                body += message.get("body", b"")
                too_large = len(body) > limit
                if too_large:
                    body.clear()
            if not message.get("more_body", False):
                break
        return None if too_large else bytes(body)

    async def _reply(self, send: Send, status: int, body: bytes, *, allow: bool = False) -> None:
        headers = [
            (b"content-type", b"application/json"),
            (b"content-length", str(len(body)).encode()),
        ]
        if allow:
            headers.append((b"allow", b"POST"))
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                try:
                    await self.receiver.start()
                except Exception as exc:
                    await send({"type": "lifespan.startup.failed", "message": str(exc)})
                    return
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await self.receiver.aclose()
                await send({"type": "lifespan.shutdown.complete"})
                return
