"""The receiver as an ``aiohttp.web`` application, to mount with ``add_subapp``."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING

from aiohttp import web

if TYPE_CHECKING:
    from ._receiver import WebhookReceiver


async def read_limited(request: web.Request, limit: int) -> bytes | None:
    """The request's body, or None once it passes ``limit`` bytes."""
    if request.content_length is not None and request.content_length > limit:
        return None
    body = bytearray()
    async for chunk in request.content.iter_chunked(65536):
        body += chunk
        if len(body) > limit:
            return None
    return bytes(body)


def aiohttp_app(receiver: WebhookReceiver) -> web.Application:
    """An application answering ``POST /`` with ``receiver``, started and stopped with
    the application it is mounted in (its cleanup context runs with the parent's)."""

    async def receive(request: web.Request) -> web.StreamResponse:
        body = await read_limited(request, receiver.max_body)
        reply = await receiver.handle(request.headers.get(receiver.header), body)
        return web.Response(status=reply.status, body=reply.body, content_type="application/json")

    async def lifespan(app: web.Application) -> AsyncIterator[None]:
        async with receiver.running():
            yield

    app = web.Application()
    app.router.add_post("/", receive)
    app.cleanup_ctx.append(lifespan)
    return app
