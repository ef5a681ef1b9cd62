"""The transport: the policy pipeline every API call goes through.

::

    Call ─ checks ─ semaphore ─ shared pool ─ budget ─ auth ─ send ─ observe ─ errors ─╮
                                                                                      retry

:meth:`Transport.send` takes a :class:`~gorgias_async._http.Call` (checked when built),
waits for a slot of the semaphore (``max_concurrency`` in flight at most), then for a slot
of the rate budget, adds the credentials, and hands the request to its
:class:`~gorgias_async._http.Sender` (the aiohttp one unless told otherwise: I/O is not
done here). The answer corrects the budget; an error status becomes our error through
:func:`~gorgias_async.errors.error_from_response`; a 401 under OAuth refreshes the token
once and replays; :func:`~gorgias_async._retry.retrying` retries what the policy says
(the client's, with the call's own ``max_retries``/``retry_on``/… applied). Every wait is
bounded by the call's ``max_retry_time``: a pause longer than what is left of it raises
:class:`~gorgias_async.RateLimitError` at once. ``debug=True`` on a call logs its whole
request and answer (``gorgias_async.debug`` logger, INFO), credentials masked.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import AsyncIterator, Mapping
from typing import Any
from urllib.parse import urlencode

import attrs

from . import _json
from ._aiohttp import AiohttpSender
from ._concurrency import ConcurrencyLimit
from ._config import ClientConfig
from ._http import Call, HttpRequest, Response, Sender
from ._params import encode_params
from ._ratelimit import Pacer, PauseTooLong, RateLimit
from ._redact import redact
from ._retry import parse_retry_after, retrying
from .auth import Auth, TokenEndpoint
from .errors import APIConnectionError, RateLimitError, error_from_response

logger = logging.getLogger("gorgias_async")
debug_logger = logging.getLogger("gorgias_async.debug")
MASK = "***"

RATE_HEADER = "X-Gorgias-Account-Api-Call-Limit"


@attrs.frozen
class DryRun:
    """What a call would send, sent nowhere (``client.request(..., dry_run=True)``).

    Attributes:
        method: the HTTP method. url: the full URL, query included.
        headers: every header, credentials masked (``Authorization: ***``).
        body: the body as it would be sent (JSON text, a form mapping, or multipart
            fields with their contents' sizes instead of the bytes), secrets masked.
    """

    method: str
    url: str
    headers: dict[str, str]
    body: Any = None


@attrs.define
class TransportStats:
    """What the transport did: requests sent, retries, 429s, concurrency."""

    requests: int = 0
    retries: int = 0
    rate_limited: int = 0
    in_flight: int = 0
    peak_in_flight: int = 0


class Transport:
    """Sends the calls of one client (see the module docstring).

    Args:
        config: the client's options. auth: its credentials.
        rate_limit: the budget, or None for none (a 429 still pauses every call).
        sender: what sends requests (default: an :class:`~gorgias_async._aiohttp.
            AiohttpSender` with the client's timeout and headers).
        concurrency: a pool of in-flight slots shared with other clients, if any.
    """

    def __init__(
        self,
        config: ClientConfig,
        auth: Auth,
        rate_limit: RateLimit | None,
        sender: Sender | None = None,
        *,
        concurrency: ConcurrencyLimit | None = None,
    ) -> None:
        self.config = config
        self.auth = auth
        self.rate_limit = rate_limit
        self.concurrency = concurrency
        # With pacing off, a 429 still holds every request of this client for Retry-After.
        self._pacer: Pacer = rate_limit if rate_limit is not None else Pacer()
        self.sender: Sender = sender or AiohttpSender(
            timeout=config.timeout, connections=max(config.max_concurrency, 10)
        )
        self._owns_sender = True  # False once borrow() lends it the parent's connections
        self.debug = False  # every call logged in full (client.with_options(debug=True))
        self._headers = {
            "Accept": "application/json",
            "User-Agent": config.user_agent,
            **config.default_headers,
        }
        self.stats = TransportStats()
        self._semaphore: asyncio.Semaphore | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    @property
    def max_concurrency(self) -> int:
        """Calls in flight at most."""
        return self.config.max_concurrency

    @property
    def tokens(self) -> TokenEndpoint:
        """Where the credentials send token requests: this transport's sender.

        A token request runs in the slot of the call that needed it (so a refresh never
        waits for a slot it holds itself) and is not paced: ``/oauth/token`` is not an API
        call, and Gorgias meters API calls.
        """
        return TokenEndpoint(self.sender, self.config.origin, self.config.retry)

    # -- lifecycle --------------------------------------------------------------------

    def _semaphore_for_loop(self) -> asyncio.Semaphore:
        # Created in the loop that uses it: an asyncio primitive must not cross loops.
        loop = asyncio.get_running_loop()
        if self._semaphore is None or self._loop is not loop:
            self._semaphore = asyncio.Semaphore(self.config.max_concurrency)
            self._loop = loop
        return self._semaphore

    def borrow(self, parent: Transport, *, debug: bool) -> None:
        """Send through ``parent``'s connections (never closed here), for a client made
        by ``with_options``."""
        self.sender = parent.sender
        self._owns_sender = False
        self.debug = debug

    async def aclose(self) -> None:
        """Close the connections if they are this transport's own (idempotent)."""
        if self._owns_sender:
            await self.sender.aclose()

    @property
    def closed(self) -> bool:
        """Whether no connection is open."""
        return self.sender.closed

    # -- calls ------------------------------------------------------------------------

    async def send(self, call: Call) -> Response:
        """Send one call, retried per the policy; raises on an error status."""
        policy = self.config.retry.for_call(call)
        started = time.monotonic()

        def on_retry(retry: int, wait: float, error: BaseException) -> None:
            self.stats.retries += 1
            logger.debug(
                "%s %s: retry %d in %.2fs after %s",
                call.method,
                call.path,
                retry,
                wait,
                type(error).__name__,
            )

        attempts = 0

        async def attempt() -> Response:
            nonlocal attempts
            attempts += 1
            patience = policy.max_time - (time.monotonic() - started)
            return await self._attempt(call, attempts, patience)

        return await retrying(attempt, policy, on_retry=on_retry)

    async def _attempt(self, call: Call, attempt: int, patience: float) -> Response:
        async with self._semaphore_for_loop(), self._shared_slot(), self._in_flight():
            for replay in range(2):
                await self._admit(call, patience)
                try:
                    try:
                        authorization = await self.auth.header(self.tokens)
                    except BaseException:
                        # Cancelled or refused before anything was sent: give the slot back.
                        self._pacer.refund()
                        raise
                    request = self._request(call, authorization)
                    sent_at = self._pacer.now()
                    response = await self._send(request)
                    self._pacer.observe(response.headers.get(RATE_HEADER), sent_at)
                finally:
                    self._pacer.settle()
                self._log(response, attempt)
                if call.debug or self.debug:
                    self._debug(request, response)
                if response.status == 401 and replay == 0 and self.auth.can_refresh():
                    await self.auth.refresh(self.tokens, authorization)
                    continue
                self._check(response, call)
                if call.parse_json:
                    response.json()  # a body that is not JSON fails this attempt
                return response
        raise AssertionError("unreachable")  # pragma: no cover

    async def _admit(self, call: Call, patience: float) -> None:
        """Wait for the budget; a pause longer than ``patience`` raises at once."""
        try:
            await self._pacer.acquire(max(0.0, patience), probe=True)
        except PauseTooLong as paused:
            error = RateLimitError(
                f"{call.method} {call.path}: the account's budget is paused for "
                f"{paused.seconds:.1f} s more (a 429's Retry-After), longer than this "
                "call's max_retry_time allows; nothing was sent",
                method=call.method,
                path=call.path,
                status=429,
                body=None,
                request_id=None,
            )
            error.retry_after = paused.seconds
            raise error from None

    @contextlib.asynccontextmanager
    async def _shared_slot(self) -> AsyncIterator[None]:
        if self.concurrency is None:
            yield
            return
        await self.concurrency.acquire()
        try:
            yield
        finally:
            self.concurrency.release()

    def _request(self, call: Call, authorization: str) -> HttpRequest:
        """The wire request of ``call``: the one place a call becomes headers, query, body."""
        headers = {**self._headers, "Authorization": authorization, **(call.headers or {})}
        body = call.data
        if call.json is not None:
            body = _json.dumps(call.json)
            headers.setdefault("Content-Type", "application/json")
        return HttpRequest(
            method=call.method,
            path=call.path,
            url=self.config.base_url + call.path,
            query=encode_params(call.params),
            headers=headers,
            body=body,
            files=call.files,
            # Always explicit: a client made by with_options shares its parent's session.
            timeout=call.timeout if call.timeout is not None else self.config.timeout,
            secrets=self.auth.secrets(),
        )

    async def dry_run(self, call: Call) -> DryRun:
        """What ``call`` would send, credentials masked; nothing is sent."""
        request = self._request(call, await self.auth.header(self.tokens))
        return DryRun(
            request.method,
            self._masked_url(request),
            self._masked_headers(request),
            self._masked_body(request),
        )

    @staticmethod
    def _masked_url(request: HttpRequest) -> str:
        query = f"?{urlencode(request.query)}" if request.query else ""
        return request.url + redact(query, request.secrets)

    def _masked_headers(self, request: HttpRequest) -> dict[str, str]:
        return {
            name: MASK if name.lower() == "authorization" else redact(value, request.secrets)
            for name, value in request.headers.items()
        }

    def _masked_body(self, request: HttpRequest) -> Any:
        if request.files is not None:
            return {
                name: f"<{len(value[1] if isinstance(value, tuple) else value)} bytes>"
                for name, value in request.files.items()
            }
        body = request.body
        if isinstance(body, bytes):
            body = body.decode("utf-8", "replace")
        if isinstance(body, str):
            return redact(body, request.secrets)
        if isinstance(body, Mapping):
            return {key: redact(str(value), request.secrets) for key, value in body.items()}
        return body

    def _debug(self, request: HttpRequest, response: Response) -> None:
        """Log one call's whole request and answer (``debug=True``), secrets masked."""
        answer = redact(response.body.decode("utf-8", "replace"), request.secrets)
        answer_headers = {
            name: redact(value, request.secrets) for name, value in response.headers.items()
        }
        debug_logger.info(
            "request %s %s headers=%s body=%s\nresponse %d in %.0f ms headers=%s body=%s",
            request.method,
            self._masked_url(request),
            self._masked_headers(request),
            self._masked_body(request),
            response.status,
            response.elapsed * 1000,
            answer_headers,
            answer,
        )

    async def _send(self, request: HttpRequest) -> Response:
        started = time.monotonic()
        try:
            response = await self.sender.send(request)
        except APIConnectionError as error:
            logger.debug(
                "%s %s → no answer after %.0f ms (%s)",
                request.method,
                request.path,
                (time.monotonic() - started) * 1000,
                type(error.__cause__ or error).__name__,
            )
            raise
        self.stats.requests += 1
        return response

    def _check(self, response: Response, call: Call) -> None:
        if response.status < 400:
            return
        retry_after = None
        if response.status == 429:
            self.stats.rate_limited += 1
            retry_after = parse_retry_after(response.headers.get("Retry-After"))
            self._pacer.pause(retry_after if retry_after is not None else 1.0)
        cursor = (call.params or {}).get("cursor")
        error = error_from_response(
            method=response.method,
            path=response.path,
            status=response.status,
            body=response.body,
            headers=response.headers,
            retry_after=retry_after,
            cursor=cursor if isinstance(cursor, str) else None,
            secrets=self.auth.secrets(),
        )
        if isinstance(error, RateLimitError) and retry_after is None:
            error.retry_after = 1.0
        raise error

    def _log(self, response: Response, attempt: int) -> None:
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "%s %s → %d in %.0f ms (attempt %d, budget %s, request id %s)",
                response.method,
                response.path,
                response.status,
                response.elapsed * 1000,
                attempt,
                self._pacer.snapshot(),
                response.request_id,
            )

    def _in_flight(self) -> _InFlight:
        return _InFlight(self.stats)


class _InFlight:
    """Counts requests in flight and their peak."""

    def __init__(self, stats: TransportStats) -> None:
        self.stats = stats

    async def __aenter__(self) -> None:
        self.stats.in_flight += 1
        self.stats.peak_in_flight = max(self.stats.peak_in_flight, self.stats.in_flight)

    async def __aexit__(self, *exc: object) -> None:
        self.stats.in_flight -= 1


__all__ = ["DryRun", "Transport", "TransportStats"]
