"""The client's rate budget: a leaky bucket that mirrors Gorgias' own.

Gorgias meters each account with a leaky bucket (40 requests draining in 20 s for API
keys, 80 for OAuth apps). :class:`RateLimit` keeps a local estimate of that bucket's level
and makes a request wait *before* it is sent until a slot is free, so a long run sustains
the full rate without ever seeing a 429. The estimate is corrected from the
``X-Gorgias-Account-Api-Call-Limit`` header of every answer, so another integration
spending the same account's budget slows us down; a 429 pauses every request sharing the
budget for ``Retry-After``.

One instance can be shared by several clients of the same account: its state lives in
the object, and its asyncio primitives are created lazily in the loop that uses them.
"""

from __future__ import annotations

import asyncio
import math
import time
import weakref
from collections.abc import Callable

from ._validate import check_int, check_positive

__all__ = ["API_KEY_CAPACITY", "OAUTH_CAPACITY", "WINDOW", "Pacer", "RateLimit"]

#: Gorgias' buckets: requests per account, and the seconds in which a full bucket drains.
API_KEY_CAPACITY = 40
OAUTH_CAPACITY = 80
WINDOW = 20.0


class Pacer:
    """What the transport asks of a budget, without one: requests go out at once, except
    while a 429 holds every request of the client for ``Retry-After`` (``rate_limit=None``).

    :class:`RateLimit` is this plus the bucket; both keep the pause the same way.
    """

    def __init__(self, *, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._paused_until = 0.0
        self.throttled = 0

    def delay(self) -> float:
        """Seconds until one more request may be sent (0 if now)."""
        return max(0.0, self._paused_until - self._clock())

    async def acquire(self) -> None:
        """Wait until a request may be sent (a pause extended meanwhile is waited out too)."""
        while (wait := self.delay()) > 0:  # noqa: ASYNC110 - a pause is a deadline, not an event
            await asyncio.sleep(wait)

    def refund(self) -> None:
        """Give back what :meth:`acquire` took for a request that was never sent."""

    def observe(self, header: str | None) -> None:
        """Learn from an ``X-Gorgias-Account-Api-Call-Limit`` header (nothing to learn)."""

    def pause(self, seconds: float) -> None:
        """Hold every request sharing this pacer for ``seconds`` (after a 429)."""
        self.throttled += 1
        self._paused_until = max(self._paused_until, self._clock() + max(0.0, seconds))

    def snapshot(self) -> str:
        """The budget for logs."""
        return "off"


class RateLimit(Pacer):
    """A bucket of ``capacity`` requests that drains completely in ``window`` seconds.

    Args:
        capacity: requests the bucket holds (Gorgias: 40 for API keys, 80 for OAuth).
        window: seconds in which a full bucket drains (Gorgias: 20).
        margin: slots kept free below ``capacity``, against clock drift and latency
            between us and the server. Default ``min(3, capacity // 10)``: 3 for Gorgias'
            buckets, none for buckets under 10 (where 3 would waste a large share).

    Attributes:
        sent: requests admitted (sent). throttled: 429 answers seen. waited: seconds
            spent waiting for a slot, summed over requests.

    The default budget of a client follows its auth kind (:meth:`for_auth`: 40/20 s for
    API keys, 80/20 s for OAuth); the capacity is adopted from the server's header when
    it differs.
    """

    def __init__(
        self,
        capacity: int = API_KEY_CAPACITY,
        window: float = WINDOW,
        *,
        margin: int | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        check_int(capacity, "capacity", low=1)
        check_positive(window, "window")
        if margin is not None:
            check_int(margin, "margin", low=0, high=capacity - 1)
        super().__init__(clock=clock)
        self.capacity = capacity
        self.window = float(window)
        self._margin = margin
        self._level = 0.0
        self._updated = clock()
        self._locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )
        self.sent = 0
        self.waited = 0.0

    @classmethod
    def for_auth(cls, kind: str, *, time_scale: float = 1.0) -> RateLimit:
        """Gorgias' budget for an auth kind: 80 per 20 s for ``"bearer"`` (OAuth apps), 40
        per 20 s otherwise (API keys); ``time_scale`` drains it that many times faster (the
        sandbox's accelerated clock)."""
        capacity = OAUTH_CAPACITY if kind == "bearer" else API_KEY_CAPACITY
        return cls(capacity, WINDOW / time_scale)

    def __repr__(self) -> str:
        return f"RateLimit(capacity={self.capacity}, window={self.window})"

    @property
    def rate(self) -> float:
        """The steady rate, in requests per second."""
        return self.capacity / self.window

    @property
    def margin(self) -> int:
        """Slots kept free."""
        return self._margin if self._margin is not None else min(3, self.capacity // 10)

    @property
    def level(self) -> float:
        """The estimated fill of the account's bucket, now."""
        self._leak()
        return self._level

    def _leak(self) -> None:
        now = self._clock()
        self._level = max(0.0, self._level - (now - self._updated) * self.rate)
        self._updated = now

    def _lock_for_loop(self) -> asyncio.Lock:
        # One lock per event loop: an asyncio primitive must not cross loops.
        loop = asyncio.get_running_loop()
        lock = self._locks.get(loop)
        if lock is None:
            lock = self._locks[loop] = asyncio.Lock()
        return lock

    def delay(self) -> float:
        """Seconds until one more request may be sent (0 if now)."""
        self._leak()
        wait = super().delay()
        ceiling = self.capacity - self.margin
        if self._level + 1 > ceiling:
            wait = max(wait, (self._level + 1 - ceiling) / self.rate)
        return wait

    async def acquire(self) -> None:
        """Wait for a slot and take it. Waiters are served in arrival order (fairness)."""
        async with self._lock_for_loop():
            while (wait := self.delay()) > 0:
                self.waited += wait
                await asyncio.sleep(wait)
            self._level += 1
            self.sent += 1

    def refund(self) -> None:
        """Give back a slot taken by a request that was never sent (cancelled)."""
        self._leak()
        self._level = max(0.0, self._level - 1)
        self.sent -= 1

    def observe(self, header: str | None) -> None:
        """Correct the estimate from an ``X-Gorgias-Account-Api-Call-Limit: used/limit``."""
        if not header:
            return
        used_text, _, limit_text = header.partition("/")
        try:
            used, limit = int(used_text), int(limit_text)
        except ValueError:
            return
        if limit > 0 and limit != self.capacity:
            # The server knows the account's real bucket size (e.g. 80 for OAuth apps);
            # the window stays: Gorgias drains any bucket in the same 20 s.
            self.capacity = limit
        self._leak()
        # Answers arrive out of order: a reading below our estimate is stale, never adopt
        # it; one above it means someone else is spending the same account's budget.
        self._level = max(self._level, float(used))

    def pause(self, seconds: float) -> None:
        """Hold every request sharing this budget for ``seconds`` (after a 429); the bucket
        is then taken as full."""
        super().pause(seconds)
        self._leak()
        self._level = max(self._level, float(self.capacity))

    def snapshot(self) -> str:
        """``level/capacity`` for logs."""
        return f"{math.ceil(self.level)}/{self.capacity}"
