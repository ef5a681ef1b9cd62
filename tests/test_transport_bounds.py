"""Issue 16: a transport no answer can freeze, over real HTTP against the fake — bounded
pauses, fast failures on unreachable hosts, slow start on a busy account, the Enterprise
window learned, bounded empty pages — and issue 17's shared in-flight cap."""

from __future__ import annotations

import asyncio
import threading

import pytest

from gorgias_async import (
    AsyncGorgias,
    ConcurrencyLimit,
    Gorgias,
    PaginationError,
    RateLimit,
    RateLimitError,
)
from gorgias_async.errors import APIConnectionError
from gorgias_async.testing import FakeGorgias, Fault, RateLimitRules


def client_of(fake: FakeGorgias, **options) -> AsyncGorgias:
    return AsyncGorgias(
        base_url=fake.base_url, username=fake.username, api_key=fake.api_key, **options
    )


# -- Retry-After bounded by the caller's bounds -------------------------------------------


@pytest.mark.parametrize("retry_after", ["3600", "inf", "1e12"])
async def test_a_huge_retry_after_raises_at_once_and_stalls_no_other_call(fake, retry_after):
    fake.faults.add(Fault.status(429, path="/tickets/1", nth=[1], retry_after=float(retry_after)))
    budget = RateLimit(40, 0.5)  # a 0.5 s window: a pause holds others at most that long
    async with client_of(fake, rate_limit=budget, max_retry_time=5) as client:
        with pytest.raises(RateLimitError) as caught:
            await client.tickets.get(1)
        assert caught.value.retry_after is not None
        assert caught.value.retry_after > 5
        other = await asyncio.wait_for(client.tickets.get(2), timeout=10)
        assert other.id == 2
    assert len(fake.requests) == 2


async def test_a_shared_budget_pause_longer_than_a_callers_bounds_raises_for_it(fake):
    budget = RateLimit(40, 30.0)  # explicit 30 s window
    budget.pause(25.0)  # another client of the account just got a 429
    async with client_of(fake, rate_limit=budget, max_retry_time=1) as client:
        with pytest.raises(RateLimitError) as caught:
            await client.tickets.get(1)
    assert 20 < caught.value.retry_after <= 25
    assert fake.requests == []  # nothing was sent


async def test_pause_without_budget_is_capped_at_one_window():
    from gorgias_async._ratelimit import WINDOW, Pacer

    pacer = Pacer()
    pacer.pause(float("inf"))
    assert pacer.delay() <= WINDOW


# -- unreachable hosts fail fast ------------------------------------------------------------


async def test_a_refused_port_raises_without_retries():
    async with AsyncGorgias(base_url="http://127.0.0.1:9/api", username="u", api_key="k") as c:
        with pytest.raises(APIConnectionError) as caught:
            await c.request("GET", "/account")
        assert c.stats.retries == 0
    assert caught.value.reason == "refused"


async def test_an_unresolvable_host_raises_without_retries():
    async with AsyncGorgias(
        base_url="http://no-such-host.invalid/api", username="u", api_key="k"
    ) as client:
        with pytest.raises(APIConnectionError) as caught:
            await client.check_connection()
        assert client.stats.retries == 0
    assert caught.value.reason == "dns"
    assert "check the domain" in str(caught.value)


def test_check_connection_sync_does_not_retry_a_refused_port():
    with Gorgias(base_url="http://127.0.0.1:9/api", username="u", api_key="k") as client:
        with pytest.raises(APIConnectionError):
            client.check_connection()
        assert client.stats.retries == 0


# -- slow start and the Enterprise window -----------------------------------------------


async def test_a_busy_account_sees_no_429_at_25_way_concurrency():
    """Another app spent 30 of the 40: the opening burst must not overflow the bucket."""
    async with FakeGorgias(seed=1, tickets=60, rate_limit=RateLimitRules(), time_scale=10) as fake:
        fake.spend_budget(30)
        budget = RateLimit.for_auth("basic", time_scale=10)
        async with client_of(fake, rate_limit=budget, max_concurrency=25) as client:
            await asyncio.gather(*(client.tickets.get(i % 60 + 1) for i in range(60)))
        assert fake.stats.rate_limited == 0
        assert client.stats.rate_limited == 0


async def test_an_enterprise_window_is_learned_and_used():
    """A bucket draining in half the assumed window: the default budget learns it."""
    rules = RateLimitRules(window=10.0)  # Enterprise: 40 per 10 s
    async with FakeGorgias(seed=1, tickets=60, rate_limit=rules, time_scale=10) as fake:
        budget = RateLimit.for_auth("basic", time_scale=10)  # assumes 20 s / 10
        assert budget.window == pytest.approx(2.0)
        async with client_of(fake, rate_limit=budget, max_concurrency=8) as client:
            await asyncio.gather(*(client.tickets.get(i % 60 + 1) for i in range(120)))
        assert budget.window <= 1.0 / 0.95  # the 1 s (scaled) window, within 5 %
        assert fake.stats.rate_limited == 0


def test_an_explicit_window_is_kept():
    budget = RateLimit(40, 20.0)
    assert budget._learns_window is False
    assert RateLimit()._learns_window is True


# -- bounded empty pages ------------------------------------------------------------------


async def test_empty_pages_with_fresh_cursors_are_bounded():
    from gorgias_async._pagination import MAX_EMPTY_PAGES, Page, iterate_pages

    fetched = 0

    async def fetch(cursor):
        nonlocal fetched
        fetched += 1
        return Page([], f"c{fetched}", None, cursor)

    with pytest.raises(PaginationError, match="empty pages"):
        async for _ in iterate_pages(fetch, prefetch=0):
            pass
    assert fetched == MAX_EMPTY_PAGES


# -- a shared in-flight cap (issue 17: borrow concurrency) ---------------------------------


async def test_two_clients_share_one_in_flight_cap():
    async with FakeGorgias(seed=1, tickets=40, rate_limit=None) as fake:
        fake.latency = 0.05
        pool = ConcurrencyLimit(4)
        async with (
            client_of(fake, rate_limit=None, max_concurrency=4, concurrency=pool) as a,
            client_of(fake, rate_limit=None, max_concurrency=4, concurrency=pool) as b,
        ):
            await asyncio.gather(
                *(a.tickets.get(i + 1) for i in range(12)),
                *(b.tickets.get(i + 1) for i in range(12)),
            )
        assert fake.stats.peak_in_flight == 4
        assert pool.peak == 4
        assert pool.in_flight == 0


def test_sync_and_async_clients_across_threads_share_one_cap():
    threaded = FakeGorgias(seed=1, tickets=40, rate_limit=None)
    with threaded.run_in_thread() as fake:
        fake.latency = 0.05
        pool = ConcurrencyLimit(3)
        errors: list[BaseException] = []

        def blocking() -> None:
            try:
                with Gorgias(
                    base_url=fake.base_url,
                    username=fake.username,
                    api_key=fake.api_key,
                    rate_limit=None,
                    concurrency=pool,
                ) as c:
                    list(c.tickets.iter_many(range(1, 13)))
            except BaseException as exc:
                errors.append(exc)

        async def asynchronous() -> None:
            async with client_of(fake, rate_limit=None, concurrency=pool) as c:
                await c.tickets.get_many(range(1, 13))

        threads = [threading.Thread(target=blocking) for _ in range(2)]
        for thread in threads:
            thread.start()
        asyncio.run(asynchronous())
        for thread in threads:
            thread.join()
        assert errors == []
        assert fake.stats.peak_in_flight <= 3
        assert pool.peak == 3
        assert pool.in_flight == 0


async def test_a_cancelled_waiter_gives_its_slot_on():
    pool = ConcurrencyLimit(1)
    await pool.acquire()
    waiter = asyncio.ensure_future(pool.acquire())
    await asyncio.sleep(0)
    waiter.cancel()
    with pytest.raises(asyncio.CancelledError):
        await waiter
    pool.release()
    await asyncio.wait_for(pool.acquire(), timeout=1)
    pool.release()
    assert pool.in_flight == 0


def test_concurrency_must_be_a_pool():
    with pytest.raises(TypeError, match="concurrency"):
        AsyncGorgias(base_url="http://x/api", username="u", api_key="k", concurrency=4)  # type: ignore[arg-type]
