"""``WebhookReceiver``: check Gorgias' requests, answer at once, run the handlers after.

Gorgias does not sign the requests of an HTTP integration (no signature or HMAC header is
documented): the only proof that a request comes from your integration is a secret you
put in the integration's headers, which only Gorgias and you know. The receiver compares
that header with the secret in constant time (:func:`hmac.compare_digest`) and answers

- 401, dispatching nothing, when the header is missing or wrong;
- 400 when the body is not a webhook event (413 past ``max_body`` bytes);
- 200 ``{}`` otherwise, *before* any handler runs: the event goes to a queue whose
  worker calls the handlers in order (503 if the queue is full, so Gorgias counts a
  failure instead of the event vanishing).

A handler that raises is logged (the traceback masked of the secrets) and the receiver
carries on. Alone, a receiver gives what webhooks give: at least once while it is up,
nothing while it is down. :meth:`WebhookReceiver.reconcile` pairs it with the events feed
(see :mod:`._reconcile`) so that each event reaches the handlers exactly once, also those
that happened while the receiver was down.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import inspect
import logging
import traceback
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, Final, TypeAlias, TypeVar

import attrs

from .. import _json
from .._checkpoint import CheckpointLike
from .._redact import mask_secrets
from ._events import DEFAULT_HEADER, EVENT_TYPES, MalformedDelivery, WebhookEvent, parse_delivery
from ._tasks import stop_task

if TYPE_CHECKING:
    from aiohttp import web

    from ..client import AsyncGorgias
    from ._asgi import ASGIApp
    from ._reconcile import FeedFollower

__all__ = ["Handler", "ReceiverStats", "Reply", "WebhookReceiver"]

log = logging.getLogger("gorgias_async.webhooks")

#: A handler: a plain or async function of one event (annotate it with the event class
#: it is registered for: ``async def on_created(event: TicketCreated)``).
Handler: TypeAlias = Callable[[Any], Awaitable[None] | None]
H = TypeVar("H", bound=Handler)

MIN_SECRET_LENGTH: Final = 16
_OK: Final = b"{}"


@attrs.define
class ReceiverStats:
    """What a receiver saw: requests received, refused (401), malformed (400/413), events
    dispatched to the handlers, handler errors, and deliveries dropped on a full queue."""

    received: int = 0
    refused: int = 0
    malformed: int = 0
    dispatched: int = 0
    handler_errors: int = 0
    dropped: int = 0


@attrs.frozen
class Reply:
    """The answer to one request: status and JSON body."""

    status: int
    body: bytes


def _error(status: int, message: str) -> Reply:
    return Reply(status, _json.dumps({"error": message}))


def _secrets(secret: str | Iterable[str]) -> tuple[str, ...]:
    values = (secret,) if isinstance(secret, str) else tuple(secret)
    if not values:
        raise ValueError("secret: give at least one secret")
    for value in values:
        if not isinstance(value, str):
            raise TypeError(f"secret must be a str (or several), not {type(value).__name__}")
        if len(value) < MIN_SECRET_LENGTH:
            raise ValueError(
                f"secret must be at least {MIN_SECRET_LENGTH} characters "
                "(make one with secrets.token_urlsafe())"
            )
    return values


class WebhookReceiver:
    """Receives the requests of the HTTP integrations a :class:`~gorgias_async.provision.Webhook`
    provisions, and hands their events to the handlers registered with :meth:`on`.

    ::

        hooks = WebhookReceiver(secret=os.environ["GORGIAS_WEBHOOK_SECRET"])

        @hooks.on("ticket-created")
        async def created(event: TicketCreated) -> None: ...

        app.add_subapp("/gorgias", hooks.aiohttp_app())      # aiohttp
        Mount("/gorgias", app=hooks.asgi_app())               # Starlette, FastAPI…

    Args:
        secret: the shared secret (16 characters at least), or several while you rotate
            it (each is accepted).
        header: the request header carrying it.
        max_body: the largest body accepted, in bytes (413 above).
        queue_size: deliveries waiting for the handlers at most (503 above).
    """

    def __init__(
        self,
        secret: str | Iterable[str],
        *,
        header: str = DEFAULT_HEADER,
        max_body: int = 1_048_576,
        queue_size: int = 1000,
    ) -> None:
        self._secrets = _secrets(secret)
        if not isinstance(header, str) or not header.strip():
            raise ValueError("header must be a non-empty header name")
        for name, value in (("max_body", max_body), ("queue_size", queue_size)):
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise ValueError(f"{name} must be a positive int")
        self.header = header
        self.max_body = max_body
        self._queue_size = queue_size
        self._handlers: dict[str, list[Handler]] = {}
        self.stats = ReceiverStats()
        self._queue: asyncio.Queue[WebhookEvent] | None = None
        self._worker: asyncio.Task[None] | None = None
        self._starting: asyncio.Lock | None = None
        self._follower: FeedFollower | None = None

    def __repr__(self) -> str:
        paired = ", reconciled with the events feed" if self._follower else ""
        return f"<WebhookReceiver header={self.header!r} types={sorted(self._handlers)}{paired}>"

    # -- handlers -----------------------------------------------------------------------

    def on(self, *types: str) -> Callable[[H], H]:
        """Register the decorated function for events of ``types`` (``ticket-created``,
        ``ticket-updated``, ``ticket-message-created``, ``ticket-self-unsnoozed``)."""
        if not types:
            raise TypeError("on() needs at least one event type")
        for kind in types:
            if kind not in EVENT_TYPES:
                raise ValueError(f"unknown event type {kind!r} (known: {', '.join(EVENT_TYPES)})")

        def register(handler: H) -> H:
            if not callable(handler):
                raise TypeError("a handler must be callable")
            for kind in types:
                self._handlers.setdefault(kind, []).append(handler)
            return handler

        return register

    @property
    def types(self) -> frozenset[str]:
        """The event types some handler is registered for."""
        return frozenset(self._handlers)

    async def dispatch(self, event: WebhookEvent) -> None:
        """Run the handlers of ``event`` now, in registration order; an error is logged."""
        self.stats.dispatched += 1
        for handler in self._handlers.get(event.type, ()):
            try:
                if inspect.iscoroutinefunction(handler):
                    await handler(event)
                else:
                    result = await asyncio.to_thread(handler, event)
                    if inspect.isawaitable(result):
                        await result
            except Exception as exc:
                self.stats.handler_errors += 1
                text = "".join(traceback.format_exception(exc))
                log.error(
                    "webhook handler %s failed on %s for ticket %s:\n%s",
                    getattr(handler, "__qualname__", repr(handler)),
                    event.type,
                    event.ticket_id,
                    mask_secrets(text, self._secrets),
                )

    # -- one request (what the aiohttp and ASGI adapters call) --------------------------

    def authentic(self, secret: str | None) -> bool:
        """Whether ``secret`` (the header's value) is one of the receiver's secrets."""
        given = (secret or "").encode()
        matches = [hmac.compare_digest(given, known.encode()) for known in self._secrets]
        return any(matches)

    async def handle(self, secret: str | None, body: bytes | None) -> Reply:
        """Answer one request: ``secret`` is its header's value, ``body`` its bytes (None
        when it was longer than ``max_body``)."""
        self.stats.received += 1
        if not self.authentic(secret):
            self.stats.refused += 1
            return _error(401, "unauthorized")
        if body is None or len(body) > self.max_body:
            self.stats.malformed += 1
            return _error(413, "the body is too large")
        try:
            event = parse_delivery(body)
        except MalformedDelivery as exc:
            self.stats.malformed += 1
            return _error(400, str(exc))
        try:
            await self.start()
        except Exception:
            log.exception("the webhook receiver could not start")
            return _error(503, "the receiver could not start")
        if self._follower is not None:
            self._follower.notice(event)  # the feed brings it, once
            return Reply(200, _OK)
        assert self._queue is not None
        try:
            self._queue.put_nowait(event)
        except asyncio.QueueFull:
            self.stats.dropped += 1
            return _error(503, "too many deliveries waiting")
        return Reply(200, _OK)

    # -- pairing with the events feed -----------------------------------------------------

    def reconcile(
        self,
        client: AsyncGorgias,
        *,
        checkpoint: CheckpointLike,
        since: datetime | str | None = None,
        poll_interval: float | timedelta = 60.0,
        overlap: float | timedelta = 300.0,
    ) -> None:
        """Take the events from the feed of ``client``'s account, each exactly once.

        From then on the handlers get the feed's events of their types (``source=
        "feed"``, with ``event_id``), in the feed's order; a delivery only makes the
        receiver read the feed at once instead of waiting ``poll_interval``. The
        position is saved in ``checkpoint`` (required: a file path or any checkpoint)
        after each event's handlers ran, so events that happened while the receiver was
        down are handed out when it is back — ``since`` says where to start the first
        time (default: from now on). Call it, and register the handlers (their types
        are the feed's filter), before the receiver starts.
        """
        from ._reconcile import FeedFollower

        if self._worker is not None:
            raise RuntimeError("call reconcile() before the receiver starts")
        self._follower = FeedFollower(
            self,
            client,
            checkpoint=checkpoint,
            since=since,
            poll_interval=poll_interval,
            overlap=overlap,
        )

    # -- lifecycle ----------------------------------------------------------------------

    async def start(self) -> None:
        """Start the handlers' worker (and the feed, when reconciled) in this loop.

        Called by :meth:`running` and the adapters' startup, else by the first request.
        Reconciled, it first takes the feed's position (from the checkpoint; the first
        time ever, the feed's end): start it before Gorgias can reach it — from the
        application's startup — or, on the very first run, the events before the first
        request are taken as already there.
        """
        if self._starting is None:
            self._starting = asyncio.Lock()
        async with self._starting:
            if self._worker is not None and not self._worker.done():
                return
            if self._follower is not None:
                await self._follower.start()
            self._queue = asyncio.Queue(self._queue_size)
            self._worker = asyncio.create_task(self._work(), name="gorgias-webhook-handlers")

    async def _work(self) -> None:
        queue = self._queue
        assert queue is not None
        while True:
            event = await queue.get()
            try:
                await self.dispatch(event)
            finally:
                queue.task_done()

    async def aclose(self, timeout: float = 10.0) -> None:
        """Stop: let the handlers finish what was received (``timeout`` seconds at most),
        stop reading the feed (the event in hand done and saved first)."""
        if self._follower is not None:
            await self._follower.stop(timeout)
        worker, queue = self._worker, self._queue
        self._worker = self._starting = None  # a restart may come from another loop
        if worker is None:
            return
        await stop_task(worker, queue.join() if queue is not None else None, timeout)

    @contextlib.asynccontextmanager
    async def running(self) -> AsyncIterator[None]:
        """``async with hooks.running():`` — started inside, stopped on the way out (for an
        application's lifespan, e.g. Starlette's ``lifespan=lambda app: hooks.running()``)."""
        await self.start()
        try:
            yield
        finally:
            await self.aclose()

    # -- the web frameworks -------------------------------------------------------------

    def aiohttp_app(self) -> web.Application:
        """An ``aiohttp.web`` application to mount: ``app.add_subapp("/gorgias", …)``.

        It answers ``POST`` on its root (``/gorgias/``) and starts and stops with the
        application it is mounted in.
        """
        from ._aiohttp import aiohttp_app

        return aiohttp_app(self)

    def asgi_app(self) -> ASGIApp:
        """A plain ASGI application (no framework needed) answering ``POST``; mounted in
        Starlette or FastAPI, start it from the main app's lifespan with :meth:`running`
        (otherwise the first request starts it)."""
        from ._asgi import ASGIApp

        return ASGIApp(self)
