"""The client's rate budget: a leaky bucket that mirrors Gorgias' own.

Gorgias meters each account with a leaky bucket (40 requests draining in 20 s for API
keys, 80 for OAuth apps). :class:`RateLimit` keeps a local estimate of that bucket's level
and makes a request wait *before* it is sent until a slot is free, so a long run sustains
the full rate without ever seeing a 429. The estimate is corrected from the
``X-Gorgias-Account-Api-Call-Limit`` header of every answer, so another integration
spending the same account's budget slows us down; a 429 pauses every request sharing the
budget for ``Retry-After``.

Every pause is bounded: a ``Retry-After`` holds the *other* requests sharing the budget
for at most one window (a leaky bucket is empty after one window, whatever the header
says), and a request whose caller cannot wait that long is refused at once
(:class:`PauseTooLong`); the request that got the 429 waits the full ``Retry-After``
itself, when its own bounds allow.

Two things are learned from the header rather than assumed:

- **The account's state before opening up (slow start).** Until an answer has told the
  budget how full the account's bucket is, one request goes out alone and the others
  wait for its answer (a quarter window at most); then the pacer admits what the
  reported level leaves free. So an account another app has already spent is not hit by
  a full burst of 429s. The state is learned again after a window without any answer.
- **The window (Enterprise accounts drain faster).** From pairs of readings of the
  bucket's level, the budget computes a lower bound of how fast the server drains it
  (counting only requests surely processed between the readings, over the longest time
  the interval can have lasted); when that bound is faster than the assumed window, the
  window shrinks to match. A lower bound can only err on the slow side: learning never
  causes a 429. An explicit ``window=`` is kept as given.

One instance can be shared by several clients of the same account: its state lives in
the object, and its asyncio primitives are created lazily in the loop that uses them.
"""

from __future__ import annotations

import asyncio
import bisect
import math
import time
import weakref
from collections.abc import Callable

from ._validate import check_int, check_positive

__all__ = ["API_KEY_CAPACITY", "OAUTH_CAPACITY", "WINDOW", "Pacer", "PauseTooLong", "RateLimit"]

#: Gorgias' buckets: requests per account, and the seconds in which a full bucket drains.
API_KEY_CAPACITY = 40
OAUTH_CAPACITY = 80
WINDOW = 20.0


class PauseTooLong(Exception):
    """A request would wait for a pause longer than its caller allows (``seconds`` left)."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"paused for {seconds:.1f} more seconds")
        self.seconds = seconds


class Pacer:
    """What the transport asks of a budget, without one: requests go out at once, except
    while a 429 holds every request of the client for ``Retry-After`` (``rate_limit=None``).

    :class:`RateLimit` is this plus the bucket; both keep the pause the same way.
    """

    def __init__(self, *, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._paused_until = 0.0
        self.throttled = 0

    @property
    def max_pause(self) -> float:
        """The longest a 429 holds the requests sharing this pacer (Gorgias' window)."""
        return WINDOW

    def now(self) -> float:
        """This pacer's clock."""
        return self._clock()

    def delay(self) -> float:
        """Seconds until one more request may be sent (0 if now)."""
        return max(0.0, self._paused_until - self._clock())

    def _check_patience(self, patience: float | None) -> None:
        left = max(0.0, self._paused_until - self._clock())
        if patience is not None and left > patience:
            raise PauseTooLong(left)

    async def acquire(self, patience: float | None = None, *, probe: bool = False) -> None:
        """Wait until a request may be sent (a pause extended meanwhile is waited out too).

        Raises :class:`PauseTooLong` at once if a pause would last more than
        ``patience`` seconds (the caller's remaining time). ``probe``: see
        :meth:`RateLimit.acquire`.
        """
        while (wait := self.delay()) > 0:
            self._check_patience(patience)
            await asyncio.sleep(wait)

    def refund(self) -> None:
        """Give back what :meth:`acquire` took for a request that was never sent."""

    def observe(self, header: str | None, sent_at: float | None = None) -> None:
        """Learn from an answer's ``X-Gorgias-Account-Api-Call-Limit`` header, the request
        having been sent at ``sent_at`` (this pacer's clock); nothing to learn here."""

    def settle(self) -> None:
        """A request admitted by :meth:`acquire` is over (answered or failed)."""

    def pause(self, seconds: float) -> None:
        """Hold every request sharing this pacer for ``seconds`` (after a 429), at most
        :attr:`max_pause`: no answer stalls the others longer than one window."""
        self.throttled += 1
        held = min(max(0.0, seconds), self.max_pause)
        self._paused_until = max(self._paused_until, self._clock() + held)

    def snapshot(self) -> str:
        """The budget for logs."""
        return "off"


#: Seconds between looks at whether a slow-start probe has been answered.
PROBE_POLL = 0.005


class RateLimit(Pacer):
    """A bucket of ``capacity`` requests that drains completely in ``window`` seconds.

    Args:
        capacity: requests the bucket holds (Gorgias: 40 for API keys, 80 for OAuth).
        window: seconds in which a full bucket drains. Default: Gorgias' 20, shortened
            when the server's headers show a faster drain (Enterprise accounts: 10);
            a window given explicitly is kept.
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
        window: float | None = None,
        *,
        margin: int | None = None,
        learn_window: bool | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        check_int(capacity, "capacity", low=1)
        if window is not None:
            check_positive(window, "window")
        self._learns_window = window is None if learn_window is None else learn_window
        window = WINDOW if window is None else window
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
        # Slow start: when an answer last told us the account's state; a probe in flight.
        self._heard: float | None = None
        self._probing = False
        self._probe_sent = 0.0
        # Window learning: a reference reading (sent, answered, used) and the answer
        # times of requests sent after it was answered.
        self._reference: tuple[float, float, int] | None = None
        self._answers_since: list[float] = []

    @classmethod
    def for_auth(cls, kind: str, *, time_scale: float = 1.0) -> RateLimit:
        """Gorgias' budget for an auth kind: 80 per 20 s for ``"bearer"`` (OAuth apps), 40
        per 20 s otherwise (API keys), the window learned from the headers; ``time_scale``
        drains it that many times faster (the sandbox's accelerated clock)."""
        capacity = OAUTH_CAPACITY if kind == "bearer" else API_KEY_CAPACITY
        return cls(capacity, WINDOW / time_scale, learn_window=True)

    def __repr__(self) -> str:
        return f"RateLimit(capacity={self.capacity}, window={self.window})"

    @property
    def max_pause(self) -> float:
        """One window: the bucket is empty by then, whatever ``Retry-After`` said."""
        return self.window

    @property
    def knows_account(self) -> bool:
        """Whether an answer told the account's state within the last window."""
        return self._heard is not None and self._clock() - self._heard < self.window

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

    async def acquire(self, patience: float | None = None, *, probe: bool = False) -> None:
        """Wait for a slot and take it. Waiters are served in arrival order (fairness).

        With ``probe`` (the transport's requests, which report their answers through
        :meth:`observe` and :meth:`settle`), one request goes out alone until an answer
        tells the account's state (slow start). Raises :class:`PauseTooLong` when a
        429's pause outlasts ``patience``.
        """
        async with self._lock_for_loop():
            while probe and self._awaiting_probe():
                self._check_patience(patience)
                await asyncio.sleep(PROBE_POLL)
            while (wait := self.delay()) > 0:
                self._check_patience(patience)
                self.waited += wait
                await asyncio.sleep(wait)
            if probe and not self.knows_account:
                self._probing, self._probe_sent = True, self._clock()
            self._level += 1
            self.sent += 1

    def _awaiting_probe(self) -> bool:
        # A probe answered (or failed) ends the wait; so does a quarter window without
        # news (a slow answer, or acquire() used without the transport's settle()).
        if not self._probing or self.knows_account:
            return False
        return self._clock() - self._probe_sent < self.window / 4

    def settle(self) -> None:
        """A request is over: a probe, answered or not, lets the next request decide."""
        self._probing = False

    def refund(self) -> None:
        """Give back a slot taken by a request that was never sent (cancelled)."""
        self._leak()
        self._level = max(0.0, self._level - 1)
        self.sent -= 1

    def observe(self, header: str | None, sent_at: float | None = None) -> None:
        """Correct the estimate from an ``X-Gorgias-Account-Api-Call-Limit: used/limit``
        (any answer also tells that the account is reachable: slow start ends)."""
        self._heard = self._clock()
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
        if self._learns_window and sent_at is not None:
            self._learn_window(used, sent_at)
        # Answers arrive out of order: a reading below our estimate is stale, never adopt
        # it; one above it means someone else is spending the same account's budget.
        self._level = max(self._level, float(used))

    def _learn_window(self, used: int, sent: float) -> None:
        """Shorten the window if the readings prove the server drains faster."""
        now = self._clock()
        if self._reference is None:
            self._reference = (sent, now, used)
            return
        sent_0, answered_0, used_0 = self._reference
        if sent < answered_0:
            return  # sent before the reference came back: its order is unknown
        # Surely processed after the reference and no later than this one: the requests
        # sent after the reference's answer and answered before this one was sent, plus
        # this one; the interval lasted at most from the reference's sending to now.
        processed = bisect.bisect_right(self._answers_since, sent) + 1
        self._answers_since.append(now)
        span = now - sent_0
        if span < self.window / 10:
            return
        drained = used_0 + processed - used - 1  # -1: the header's count is rounded up
        faster = drained > 0 and drained / span > self.rate * 1.01
        if faster:
            self.window = self.capacity / (drained / span)
        if span > 10 * self.window:  # a long span measures best; keep the list short
            self._reference, self._answers_since = (sent, now, used), []

    def pause(self, seconds: float) -> None:
        """Hold every request sharing this budget for ``seconds`` (after a 429); the bucket
        is then taken as full."""
        super().pause(seconds)
        self._leak()
        self._level = max(self._level, float(self.capacity))

    def snapshot(self) -> str:
        """``level/capacity`` for logs."""
        return f"{math.ceil(self.level)}/{self.capacity}"
