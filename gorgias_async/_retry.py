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
- Any other 4xx: never retried.
- Bounded by attempts and by total time, both configurable.
"""

from __future__ import annotations

import email.utils
import random
import time

import attrs

from .errors import APIConnectionError, APIError, APIStatusError, DecodeError, RateLimitError

READ_ONLY_POSTS = ("/search", "/stats/", "/reporting/stats")
# 501 Not Implemented and 505 HTTP Version Not Supported will not change on a retry.
PERMANENT_5XX = frozenset({501, 505})
_RNG = random.Random()


@attrs.frozen
class RetryPolicy:
    """Limits and timings of retries.

    Attributes:
        max_retries: retries after the first attempt (0 disables retrying).
        max_time: seconds after which no new attempt starts.
        base_delay: first backoff delay; doubles each retry up to ``max_delay``.
        retry_non_idempotent: also retry POSTs that may have been processed.
    """

    max_retries: int = 6
    max_time: float = 300.0
    base_delay: float = 0.5
    max_delay: float = 30.0
    retry_non_idempotent: bool = False


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
    if isinstance(error, APIStatusError):
        return error.status >= 500 and error.status not in PERMANENT_5XX and safe
    if isinstance(error, APIConnectionError):
        return safe or not error.sent
    if isinstance(error, DecodeError):
        return safe  # a proxy's HTML page or a cut body: worth another read
    return False


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
    ceiling = min(policy.max_delay, policy.base_delay * 2 ** (retry - 1))
    return rng.uniform(ceiling / 2, ceiling)
