"""The fake server's leaky bucket: Gorgias' rate limit, arithmetic only."""

from __future__ import annotations

import math
import time
from collections.abc import Callable

import attrs

from .._ratelimit import API_KEY_CAPACITY, OAUTH_CAPACITY, WINDOW


@attrs.frozen
class RateLimitRules:
    """The bucket sizes the fake enforces, per auth kind, and the window that drains one.

    Gorgias: 40 requests per 20 s for API keys, 80 per 20 s for OAuth2 apps. The bucket is
    per account: every credential of the account fills the same level; the capacity a
    request is judged against is its own auth kind's.
    """

    api_key: int = attrs.field(default=API_KEY_CAPACITY, validator=attrs.validators.gt(0))
    oauth: int = attrs.field(default=OAUTH_CAPACITY, validator=attrs.validators.gt(0))
    window: float = attrs.field(default=WINDOW, validator=attrs.validators.gt(0))

    def capacity(self, auth_kind: str) -> int:
        """The bucket capacity for requests of ``auth_kind`` (``"basic"`` or ``"bearer"``)."""
        return self.oauth if auth_kind == "bearer" else self.api_key


@attrs.define
class Verdict:
    """What the bucket says of one request."""

    allowed: bool
    used: int
    limit: int
    retry_after: float


class LeakyBucket:
    """A leaky bucket that drains ``capacity`` requests per ``window / time_scale`` seconds.

    Each admitted request adds one unit; the level leaks continuously at
    ``capacity / window`` units per (scaled) second. A request that would overflow is
    refused and told how long until one unit has leaked.
    """

    def __init__(
        self,
        rules: RateLimitRules,
        *,
        time_scale: float = 1.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if time_scale <= 0:
            raise ValueError("time_scale must be positive")
        self.rules = rules
        self.time_scale = time_scale
        self._clock = clock
        self._level = 0.0
        self._updated = clock()

    def _leak(self, capacity: int) -> None:
        now = self._clock()
        rate = capacity / self.rules.window * self.time_scale
        self._level = max(0.0, self._level - (now - self._updated) * rate)
        self._updated = now

    def level(self, auth_kind: str = "basic") -> float:
        """The current fill level, after leaking."""
        self._leak(self.rules.capacity(auth_kind))
        return self._level

    def take(self, auth_kind: str) -> Verdict:
        """Admit one request of ``auth_kind`` or refuse it with a retry delay (real seconds)."""
        capacity = self.rules.capacity(auth_kind)
        self._leak(capacity)
        if self._level + 1 <= capacity:
            self._level += 1
            return Verdict(True, math.ceil(self._level), capacity, 0.0)
        rate = capacity / self.rules.window * self.time_scale
        wait = (self._level + 1 - capacity) / rate
        return Verdict(False, math.ceil(self._level), capacity, wait)

    def spend(self, units: float, auth_kind: str = "basic") -> None:
        """Fill the bucket by ``units`` as another app of the account would (capped at
        its capacity)."""
        capacity = self.rules.capacity(auth_kind)
        self._leak(capacity)
        self._level = min(float(capacity), self._level + units)

    def reset(self) -> None:
        """Empty the bucket."""
        self._level = 0.0
        self._updated = self._clock()
