"""A cap on requests in flight that several clients share ("borrow concurrency").

Each client has its own ``max_concurrency``; a :class:`ConcurrencyLimit` passed to several
clients (``AsyncGorgias(..., concurrency=pool)``, sync :class:`~gorgias_async.Gorgias`
too) caps the *sum* of their requests in flight, whatever loop or thread each runs on.
It holds no asyncio primitive: its state is guarded by a thread lock, and a waiter is
woken on its own loop (``call_soon_threadsafe``), first come first served.
"""

from __future__ import annotations

import asyncio
import collections
import threading

from ._validate import check_int

__all__ = ["ConcurrencyLimit"]


class ConcurrencyLimit:
    """At most ``limit`` requests in flight across every client given this object.

    ::

        pool = ConcurrencyLimit(4)
        a = AsyncGorgias("acme", ..., concurrency=pool)
        b = Gorgias("acme", ..., concurrency=pool)  # a and b together: 4 in flight at most

    Attributes:
        limit: the cap. in_flight: requests holding a slot now. peak: the most at once.
    """

    def __init__(self, limit: int) -> None:
        self.limit = check_int(limit, "limit", low=1)
        self.in_flight = 0
        self.peak = 0
        self._lock = threading.Lock()
        self._waiters: collections.deque[asyncio.Future[None]] = collections.deque()
        self._granted: set[asyncio.Future[None]] = set()

    def __repr__(self) -> str:
        return f"ConcurrencyLimit({self.limit}, in_flight={self.in_flight})"

    async def acquire(self) -> None:
        """Wait for a slot and take it."""
        loop = asyncio.get_running_loop()
        with self._lock:
            if self.in_flight < self.limit and not self._waiters:
                self._take()
                return
            waiter: asyncio.Future[None] = loop.create_future()
            self._waiters.append(waiter)
        try:
            await waiter  # the releaser passed its slot to us before waking us
        except asyncio.CancelledError:
            with self._lock:
                granted = waiter in self._granted
                self._granted.discard(waiter)
                if not granted and waiter in self._waiters:
                    self._waiters.remove(waiter)
            if granted:
                self.release()  # woken and cancelled at once: give the slot on
            raise
        with self._lock:
            self._granted.discard(waiter)

    def release(self) -> None:
        """Give a slot back (to the first waiter, if any)."""
        with self._lock:
            while self._waiters:
                waiter = self._waiters.popleft()
                if waiter.done():
                    continue  # cancelled while queued: its acquire cleans up
                self._granted.add(waiter)
                waiter.get_loop().call_soon_threadsafe(_wake, waiter)
                return  # the slot passes to the waiter: in_flight unchanged
            self.in_flight -= 1

    def _take(self) -> None:
        self.in_flight += 1
        self.peak = max(self.peak, self.in_flight)

    async def __aenter__(self) -> None:
        await self.acquire()

    async def __aexit__(self, *exc: object) -> None:
        self.release()


def _wake(waiter: asyncio.Future[None]) -> None:
    if not waiter.done():
        waiter.set_result(None)
