"""The client's leaky bucket: waits before sending, corrected by the server's header."""

from __future__ import annotations

import asyncio

import pytest

from gorgias_async import RateLimit


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class TestArithmetic:
    """Slots up to capacity minus the margin, then one per leaked unit."""

    def test_burst_then_wait(self):
        clock = Clock()
        limit = RateLimit(40, 20.0, clock=clock)
        assert limit.margin == 3
        for _ in range(37):
            assert limit.delay() == 0
            limit._level += 1
        assert limit.delay() == pytest.approx(0.5)  # one unit leaks in 0.5 s
        clock.now += 0.5
        assert limit.delay() == 0

    def test_small_buckets_keep_no_margin(self):
        assert RateLimit(5, 1.0).margin == 0

    def test_header_corrects_up_never_down(self):
        clock = Clock()
        limit = RateLimit(40, 20.0, clock=clock)
        limit.observe("30/40")
        assert limit.level == 30  # someone else spends the account's budget: adopt it
        limit.observe("2/40")  # a stale, out-of-order answer
        assert limit.level == 30
        limit.observe("garbage")
        assert limit.level == 30

    def test_header_limit_adopts_the_accounts_bucket(self):
        limit = RateLimit(40, 20.0)
        limit.observe("1/80")
        assert (limit.capacity, limit.window) == (80, 20.0)

    def test_pause_after_429_holds_everyone(self):
        clock = Clock()
        limit = RateLimit(40, 20.0, clock=clock)
        limit.pause(3.0)
        assert limit.throttled == 1
        assert limit.delay() >= 3.0


class TestAcquire:
    """acquire() paces concurrent callers at the bucket's rate, in arrival order."""

    async def test_concurrent_acquires_are_paced(self):
        limit = RateLimit(4, 0.2, margin=0)  # 20 per second
        order: list[int] = []

        async def take(i: int) -> None:
            await limit.acquire()
            order.append(i)

        await asyncio.gather(*(take(i) for i in range(8)))
        assert order == list(range(8))  # FIFO: fair to whoever came first
        assert limit.sent == 8
        assert limit.waited > 0

    async def test_one_instance_across_event_loops(self):
        limit = RateLimit(10, 1.0)
        await limit.acquire()

        def other_loop() -> None:
            asyncio.run(limit.acquire())

        await asyncio.to_thread(other_loop)
        assert limit.sent == 2
