"""The HTTP transport: one aiohttp session, a concurrency cap, the rate budget, retries.

The one boundary where aiohttp's errors become ours. A request waits for a slot of the
semaphore (``max_concurrency`` in flight at most), then for a slot of the rate budget,
then is sent; its answer corrects the budget, and errors are mapped by
:func:`~gorgias_async.errors.error_from_response`. The retry loop is ``backoff``'s, its
decisions those of :mod:`gorgias_async._retry`.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Generator, Mapping
from typing import Any

import aiohttp
import attrs
import backoff
from multidict import CIMultiDict, CIMultiDictProxy

from ._config import ClientConfig
from ._json import dumps as json_dumps
from ._json import loads as json_loads
from ._params import encode_params
from ._ratelimit import Pacer, RateLimit
from ._retry import RetryPolicy, delay_for, is_retryable, parse_retry_after
from ._validate import check_api_path, check_positive
from .auth import Auth
from .errors import (
    APIError,
    DecodeError,
    RateLimitError,
    error_from_exception,
    error_from_response,
)

logger = logging.getLogger("gorgias_async")

RATE_HEADER = "X-Gorgias-Account-Api-Call-Limit"
_UNPARSED: Any = object()
METHODS = frozenset({"GET", "POST", "PUT", "DELETE", "PATCH", "HEAD"})


@attrs.define
class Response:
    """A raw answer: status, headers and body bytes."""

    status: int
    headers: CIMultiDictProxy[str] | CIMultiDict[str]
    body: bytes
    method: str
    path: str
    elapsed: float = 0.0
    _parsed: Any = attrs.field(default=_UNPARSED, init=False, repr=False, eq=False)

    @property
    def request_id(self) -> str | None:
        """The server's request id."""
        return self.headers.get("X-Request-Id") or self.headers.get("X-Gorgias-Request-Id")

    def json(self) -> Any:
        """The body as JSON (None when empty), or :class:`DecodeError`; parsed once."""
        if self._parsed is not _UNPARSED:
            return self._parsed
        if not self.body:
            self._parsed = None
            return None
        try:
            self._parsed = json_loads(self.body)
            return self._parsed
        except ValueError as exc:
            raise DecodeError(
                f"{self.method} {self.path} → {self.status}: the body is not valid JSON",
                method=self.method,
                path=self.path,
                status=self.status,
                text=self.body[:200].decode("utf-8", "replace"),
            ) from exc


@attrs.frozen
class _Call:
    """One logical request, as given to :meth:`Transport.request`."""

    method: str
    path: str
    params: Mapping[str, Any] | None
    json: Any
    data: Any
    headers: Mapping[str, str] | None
    timeout: float | None
    parse_json: bool


@attrs.define
class TransportStats:
    """What the transport did: requests sent, retries, 429s, concurrency."""

    requests: int = 0
    retries: int = 0
    rate_limited: int = 0
    in_flight: int = 0
    peak_in_flight: int = 0


class Transport:
    """Sends requests for one client (see the module docstring)."""

    def __init__(self, config: ClientConfig, auth: Auth, rate_limit: RateLimit | None) -> None:
        self.config = config
        self.auth = auth
        self.rate_limit = rate_limit
        # With pacing off, a 429 still holds every request of this client for Retry-After.
        self._pacer: Pacer = rate_limit if rate_limit is not None else Pacer()
        self.stats = TransportStats()
        self._session: aiohttp.ClientSession | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._semaphore: asyncio.Semaphore | None = None

    # -- lifecycle --------------------------------------------------------------------

    def _session_for_loop(self) -> aiohttp.ClientSession:
        loop = asyncio.get_running_loop()
        if self._session is not None and self._loop is not loop:
            raise RuntimeError(
                "this client's session belongs to another event loop; create one client per "
                "loop (or use the sync Gorgias client from threads)"
            )
        if self._session is None or self._session.closed:
            connector = aiohttp.TCPConnector(limit=max(self.config.max_concurrency, 10))
            self._session = aiohttp.ClientSession(
                connector=connector,
                timeout=aiohttp.ClientTimeout(total=self.config.timeout),
                headers={"Accept": "application/json", "User-Agent": self.config.user_agent},
            )
            self._semaphore = asyncio.Semaphore(self.config.max_concurrency)
            self._loop = loop
        return self._session

    async def aclose(self) -> None:
        """Close the session (idempotent)."""
        if self._session is not None and not self._session.closed:
            await self._session.close()
        self._session = None
        self._loop = None

    @property
    def closed(self) -> bool:
        """Whether no session is open."""
        return self._session is None or self._session.closed

    # -- requests ---------------------------------------------------------------------

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        data: Any = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        parse_json: bool = False,
    ) -> Response:
        """Send one logical request, retried per the policy; raises on an error status."""
        method = method.upper()
        if method not in METHODS:
            raise ValueError(f"method must be one of {', '.join(sorted(METHODS))}, not {method!r}")
        check_api_path(path)
        if timeout is not None:
            check_positive(timeout, "timeout")
        if json is not None and data is not None:
            raise TypeError("pass json or data, not both")
        policy = self.config.retry
        started = time.monotonic()
        attempts = 0

        call = _Call(method, path, params, json, data, headers, timeout, parse_json)

        async def attempt() -> Response:
            nonlocal attempts
            attempts += 1
            return await self._attempt(call, attempts)

        def give_up(error: Exception) -> bool:
            if not is_retryable(error, policy):
                return True
            retry_after = getattr(error, "retry_after", None) or 0.0
            return time.monotonic() - started + retry_after > policy.max_time

        def on_backoff(details: Any) -> None:
            self.stats.retries += 1
            logger.debug(
                "%s %s: retry %d in %.2fs after %s",
                method,
                path,
                details["tries"],
                details["wait"],
                type(details["exception"]).__name__,
            )

        retrying = backoff.on_exception(
            lambda: _waits(policy),
            APIError,
            max_tries=lambda: policy.max_retries + 1,
            max_time=lambda: policy.max_time,
            giveup=give_up,
            on_backoff=on_backoff,
            jitter=None,
            logger=None,
        )(attempt)
        response: Response = await retrying()
        return response

    async def _attempt(self, call: _Call, attempt: int) -> Response:
        session = self._session_for_loop()
        assert self._semaphore is not None
        async with self._semaphore, self._in_flight():
            for replay in range(2):
                await self._pacer.acquire()
                try:
                    authorization = await self.auth.header(session, self.config.origin)
                except BaseException:
                    # Cancelled or refused before anything was sent: give the slot back.
                    self._pacer.refund()
                    raise
                response = await self._send(session, call, authorization)
                self._log(response, attempt)
                if response.status == 401 and replay == 0 and self.auth.can_refresh():
                    await self.auth.refresh(session, self.config.origin, authorization)
                    continue
                self._check(response, call.params)
                if call.parse_json:
                    response.json()  # a body that is not JSON fails this attempt
                return response
        raise AssertionError("unreachable")  # pragma: no cover

    async def _send(
        self, session: aiohttp.ClientSession, call: _Call, authorization: str
    ) -> Response:
        method, path = call.method, call.path
        request_headers = {"Authorization": authorization, **(call.headers or {})}
        body = call.data
        if call.json is not None:
            body = json_dumps(call.json)
            request_headers.setdefault("Content-Type", "application/json")
        options: dict[str, Any] = {}
        if call.timeout is not None:
            options["timeout"] = aiohttp.ClientTimeout(total=call.timeout)
        url = self.config.base_url + path
        started = time.monotonic()
        try:
            async with session.request(
                method,
                url,
                params=encode_params(call.params),
                data=body,
                headers=request_headers,
                **options,
            ) as answer:
                raw = await answer.read()
                self.stats.requests += 1
                elapsed = time.monotonic() - started
                return Response(answer.status, answer.headers, raw, method, path, elapsed)
        except (aiohttp.ClientError, TimeoutError) as exc:
            error = error_from_exception(exc, method=method, path=path, secrets=self.auth.secrets())
            logger.debug(
                "%s %s → no answer after %.0f ms (%s)",
                method,
                path,
                (time.monotonic() - started) * 1000,
                type(exc).__name__,
            )
            raise error from exc

    def _check(self, response: Response, params: Mapping[str, Any] | None) -> None:
        self._pacer.observe(response.headers.get(RATE_HEADER))
        if response.status < 400:
            return
        retry_after = None
        if response.status == 429:
            self.stats.rate_limited += 1
            retry_after = parse_retry_after(response.headers.get("Retry-After"))
            self._pacer.pause(retry_after if retry_after is not None else 1.0)
        cursor = (params or {}).get("cursor")
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


def _waits(policy: RetryPolicy) -> Generator[float, Any, None]:
    """backoff's wait generator: it sends each failure in; we answer with the delay."""
    retry = 0
    error = yield 0.0  # primed by backoff with send(None)
    while True:
        retry += 1
        error = yield delay_for(error, retry, policy)


__all__ = ["Response", "Transport", "TransportStats"]
