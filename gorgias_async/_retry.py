"""The retry policy: pure functions of (method, path, status or error, attempt).

The transport asks these functions whether and how long to wait; ``backoff`` only runs
the loop. Rules:

- 429: always retried (Gorgias did not process the request), after at least
  ``Retry-After`` seconds, jitter added on top, never below.
- 5xx, timeouts, connection errors: retried with exponential backoff and jitter, for
  idempotent requests (GET, PUT, DELETE, and the read-only POSTs ``/search``,
  ``/stats/…``, ``/reporting/stats``); a POST that creates something is retried only when
  it provably never reached the server (connection refused, DNS, TLS, connect timeout),
  unless the caller opts in. 501 and 505 are permanent.
- 401 under OAuth: refreshed and replayed once by the transport (any method: refused
  requests were not processed); that replay is not a retry.
- A body that is not the JSON it claims: retried when idempotent.
- Any other 4xx: never retried, unless the call lists it in ``retry_on`` (or says
  ``"all"``), idempotency rules still applied.
- A first attempt that finds no host (DNS) or nothing listening (refused): never retried,
  no retry fixes a mistyped domain; the same failure on a later attempt (a server
  restarting during a run) is.
- Bounded by attempts and by total time, both configurable.

:func:`retrying` is the one loop that applies them (``backoff`` drives it), for API calls
and OAuth token requests alike.
"""

from __future__ import annotations

import email.utils
import random
import time
from collections.abc import Awaitable, Callable, Generator
from typing import Any, Literal, TypeVar

import attrs
import backoff

from ._http import Call, RetryOn
from .errors import APIConnectionError, APIError, APIStatusError, DecodeError, RateLimitError

READ_ONLY_POSTS = ("/search", "/stats/", "/reporting/stats")
# 501 Not Implemented and 505 HTTP Version Not Supported will not change on a retry.
PERMANENT_5XX = frozenset({501, 505})
_RNG = random.Random()
T = TypeVar("T")


@attrs.frozen
class RetryPolicy:
    """Limits and timings of retries.

    Attributes:
        max_retries: retries after the first attempt (0 disables retrying).
        max_time: seconds after which no new attempt starts.
        base_delay: first backoff delay; doubles each retry up to ``max_delay``.
        retry_non_idempotent: also retry POSTs that may have been processed.
        delay: ``"exponential"`` (doubling from ``base_delay``) or ``"constant"``
            (``base_delay`` each time), jitter added either way.
        retry_on: besides 429s, 5xx and connection errors, also retry these statuses, or
            ``"all"`` errors (idempotency still applied).
    """

    max_retries: int = 6
    max_time: float = 300.0
    base_delay: float = 0.5
    max_delay: float = 30.0
    retry_non_idempotent: bool = False
    delay: Literal["exponential", "constant"] = "exponential"
    retry_on: RetryOn | None = None

    def for_call(self, call: Call) -> RetryPolicy:
        """This policy with the call's own retry options applied."""
        changes: dict[str, Any] = {}
        if call.max_retries is not None:
            changes["max_retries"] = call.max_retries
        if call.retry_delay is not None:
            changes["delay"] = call.retry_delay
        if call.retry_on is not None:
            changes["retry_on"] = call.retry_on
        if call.retry_non_idempotent is not None:
            changes["retry_non_idempotent"] = call.retry_non_idempotent
        return attrs.evolve(self, **changes) if changes else self


def is_idempotent(method: str, path: str) -> bool:
    """Whether sending the request twice does no more than sending it once."""
    method = method.upper()
    if method != "POST":
        return True
    return path.startswith(READ_ONLY_POSTS)


def is_retryable(error: BaseException, policy: RetryPolicy) -> bool:
    """Whether ``error`` of a request (its method and path on it) is worth another try."""
    if not isinstance(error, APIError):
        return False
    if isinstance(error, RateLimitError):
        return True
    safe = policy.retry_non_idempotent or is_idempotent(error.method, error.path)
    every = policy.retry_on == "all"
    if isinstance(error, APIStatusError):
        listed = every or (policy.retry_on is not None and error.status in policy.retry_on)
        if listed:
            return safe
        return error.status >= 500 and error.status not in PERMANENT_5XX and safe
    if isinstance(error, APIConnectionError):
        return safe or not error.sent
    if isinstance(error, DecodeError):
        return safe  # a proxy's HTML page or a cut body: worth another read
    return False


def is_unreachable(error: BaseException) -> bool:
    """Whether ``error`` says the host does not exist or nothing listens there."""
    return isinstance(error, APIConnectionError) and error.reason in ("dns", "refused")


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """Seconds from a ``Retry-After`` header: a number (decimals accepted) or an HTTP date."""
    if value is None:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, moment.timestamp() - (time.time() if now is None else now))


def delay_for(
    error: BaseException, retry: int, policy: RetryPolicy, rng: random.Random | None = None
) -> float:
    """Seconds to wait before retry number ``retry`` (1-based) after ``error``."""
    rng = rng or _RNG
    if isinstance(error, RateLimitError) and error.retry_after is not None:
        return error.retry_after + rng.uniform(0.0, 0.1 * error.retry_after + 0.05)
    if policy.delay == "constant":
        return policy.base_delay + rng.uniform(0.0, 0.1 * policy.base_delay)
    ceiling = min(policy.max_delay, policy.base_delay * 2 ** (retry - 1))
    return rng.uniform(ceiling / 2, ceiling)


async def retrying(
    attempt: Callable[[], Awaitable[T]],
    policy: RetryPolicy,
    *,
    on_retry: Callable[[int, float, BaseException], None] | None = None,
) -> T:
    """``await attempt()`` until it returns, retried as :func:`is_retryable` and
    :func:`delay_for` say, within ``policy``'s attempts and time.

    ``on_retry(retry, wait, error)`` is told of each retry before its wait. A failure not
    worth another try, or one whose ``Retry-After`` would end past ``max_time``, is raised
    at once.
    """
    started = time.monotonic()
    failures = 0

    def give_up(error: Exception) -> bool:
        nonlocal failures
        failures += 1
        if failures == 1 and is_unreachable(error):
            return True
        if not is_retryable(error, policy):
            return True
        retry_after = getattr(error, "retry_after", None) or 0.0
        return time.monotonic() - started + retry_after > policy.max_time

    def on_backoff(details: Any) -> None:
        if on_retry is not None:
            on_retry(details["tries"], details["wait"], details["exception"])

    driven = backoff.on_exception(
        lambda: _waits(policy),
        APIError,
        max_tries=lambda: policy.max_retries + 1,
        max_time=lambda: policy.max_time,
        giveup=give_up,
        on_backoff=on_backoff,
        jitter=None,
        logger=None,
    )(attempt)
    result: T = await driven()
    return result


def _waits(policy: RetryPolicy) -> Generator[float, Any, None]:
    """backoff's wait generator: it sends each failure in; we answer with the delay."""
    retry = 0
    error = yield 0.0  # primed by backoff with send(None)
    while True:
        retry += 1
        error = yield delay_for(error, retry, policy)
