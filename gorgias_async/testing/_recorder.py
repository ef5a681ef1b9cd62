"""`Recorder`: a loopback proxy in front of a real account that records every exchange.

Point any client at ``recorder.base_url`` instead of the account's: each request is sent on
to the account as it came (credentials included) and its answer passed back unchanged,
while a scrubbed copy of both goes into :attr:`Recorder.cassette` (and into a file on
close). ``FakeGorgias(replay=path)`` then answers those requests as the account did::

    async with Recorder("https://acme.gorgias.com/api", save_to="acme.jsonl") as rec:
        async with AsyncGorgias(base_url=rec.base_url, username=…, api_key=…) as client:
            await client.tickets.list()
    async with FakeGorgias(replay="acme.jsonl") as fake:
        ...  # GET /tickets answers what acme's account answered
"""

from __future__ import annotations

import base64
import binascii
from pathlib import Path
from types import TracebackType

import aiohttp
from aiohttp import web

from ._cassette import KEPT_HEADERS, Cassette, Exchange, scrub
from ._http import decoded, serve_on_loopback

#: Request headers passed on to the account.
FORWARDED = ("Authorization", "Content-Type", "Accept")


def _secrets_of(authorization: str) -> list[str]:
    """The secret parts of an Authorization header (the key of Basic, the Bearer token)."""
    scheme, _, credentials = authorization.partition(" ")
    if scheme.lower() == "basic":
        try:
            return [base64.b64decode(credentials).decode().partition(":")[2], credentials]
        except (binascii.Error, UnicodeDecodeError):
            return [credentials]
    return [credentials] if credentials else []


class Recorder:
    """A recording proxy to ``upstream`` (an API base URL, ``/api`` included).

    Args:
        upstream: the real account's base URL, e.g. ``https://acme.gorgias.com/api``.
        save_to: a file the cassette is written to on close (JSON lines), if given.
        secrets: more strings to mask wherever they appear (the credentials a request
            carries are masked anyway).
        host, port: where the proxy listens (loopback, any free port by default).
    """

    def __init__(
        self,
        upstream: str,
        *,
        save_to: str | Path | None = None,
        secrets: tuple[str, ...] = (),
        host: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        self.upstream = upstream.rstrip("/")
        #: Where paths outside the API (a relative redirect's target) are sent.
        self.origin = self.upstream.removesuffix("/api")
        self.save_to = save_to
        self.cassette = Cassette()
        self._secrets = list(secrets)
        self._host, self._port = host, port
        self._runner: web.AppRunner | None = None
        self._session: aiohttp.ClientSession | None = None

    @property
    def base_url(self) -> str:
        """The URL to give a client as ``base_url``."""
        return f"http://{self._host}:{self._port}/api"

    async def start(self) -> None:
        """Listen on the loopback port."""
        self._session = aiohttp.ClientSession(auto_decompress=True)
        app = web.Application(client_max_size=50 * 1024 * 1024)
        app.router.add_route("*", "/{tail:.*}", self._forward)
        self._runner, self._port = await serve_on_loopback(app, self._host, self._port)

    async def close(self) -> None:
        """Stop listening, and write the cassette if ``save_to`` was given."""
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
        if self._session is not None:
            await self._session.close()
            self._session = None
        if self.save_to is not None:
            self.cassette.save(self.save_to)

    async def __aenter__(self) -> Recorder:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    async def _forward(self, request: web.Request) -> web.StreamResponse:
        assert self._session is not None
        api = request.path.startswith("/api/")
        path = request.path[4:] if api else request.path
        raw = await request.read()
        headers = {name: request.headers[name] for name in FORWARDED if name in request.headers}
        async with self._session.request(
            request.method,
            (self.upstream if api else self.origin) + path,
            params=list(request.query.items()),
            data=raw or None,
            headers=headers,
            allow_redirects=False,
        ) as answer:
            body = await answer.read()
            kept = {name: answer.headers[name] for name in KEPT_HEADERS if name in answer.headers}
        secrets = self._secrets + _secrets_of(request.headers.get("Authorization", ""))
        is_multipart = request.content_type.startswith("multipart/")
        self.cassette.append(
            Exchange(
                method=request.method,
                path=path,
                query=scrub({key: request.query.getall(key) for key in request.query}, secrets),
                body=None if is_multipart else scrub(decoded(raw), secrets),
                status=answer.status,
                headers=scrub(kept, secrets),
                response=scrub(decoded(body), secrets),
            )
        )
        return web.Response(status=answer.status, body=body, headers=kept)
