"""The fake's leaky bucket: 429 exactly when its arithmetic says so."""

from __future__ import annotations

import asyncio

import pytest

from gorgias_async.testing import FakeGorgias, LeakyBucket, RateLimitRules

from ._http import api_session, basic_header


class FakeClock:
    """A settable monotonic clock."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


class TestArithmetic:
    """Level rises by one per admitted request and leaks capacity/window per second."""

    def test_burst_of_capacity_then_refusal(self):
        clock = FakeClock()
        bucket = LeakyBucket(RateLimitRules(api_key=40, window=20.0), clock=clock)
        verdicts = [bucket.take("basic") for _ in range(41)]
        assert all(v.allowed for v in verdicts[:40])
        assert [v.used for v in verdicts[:3]] == [1, 2, 3]
        refused = verdicts[40]
        assert not refused.allowed
        assert refused.limit == 40
        assert refused.retry_after == pytest.approx(0.5)  # one unit leaks in 20/40 s

    def test_leak_admits_exactly_the_leaked_amount(self):
        clock = FakeClock()
        bucket = LeakyBucket(RateLimitRules(api_key=40, window=20.0), clock=clock)
        for _ in range(40):
            assert bucket.take("basic").allowed
        clock.now += 5.0  # 10 units leak
        admitted = sum(bucket.take("basic").allowed for _ in range(15))
        assert admitted == 10

    def test_oauth_requests_get_the_larger_bucket_of_the_same_account(self):
        clock = FakeClock()
        bucket = LeakyBucket(RateLimitRules(api_key=40, oauth=80), clock=clock)
        for _ in range(40):
            assert bucket.take("basic").allowed
        assert not bucket.take("basic").allowed
        assert bucket.take("bearer").allowed  # same level (40), bigger capacity
        assert bucket.take("bearer").used == 42

    def test_time_scale_speeds_the_leak(self):
        clock = FakeClock()
        bucket = LeakyBucket(RateLimitRules(api_key=40, window=20.0), time_scale=10, clock=clock)
        for _ in range(40):
            bucket.take("basic")
        refused = bucket.take("basic")
        assert refused.retry_after == pytest.approx(0.05)
        clock.now += 2.0  # a 20 s window at 10x drains in 2 real seconds
        assert bucket.level() == 0


class TestOverHttp:
    """Headers on every response, 429 with Retry-After when full, shared per account."""

    async def test_429_after_capacity_with_headers(self):
        rules = RateLimitRules(api_key=5, oauth=10, window=20.0)
        async with FakeGorgias(rate_limit=rules, tickets=3) as fake:
            async with api_session(fake) as session:
                statuses, limits = [], []
                for _ in range(7):
                    async with session.get("/api/account") as response:
                        statuses.append(response.status)
                        limits.append(response.headers["X-Gorgias-Account-Api-Call-Limit"])
                        if response.status == 429:
                            retry_after = response.headers["Retry-After"]
                            body = await response.json()
        assert statuses == [200] * 5 + [429, 429]
        assert limits[:5] == ["1/5", "2/5", "3/5", "4/5", "5/5"]
        assert int(retry_after) >= 1
        assert "msg" in body["error"]
        assert fake.stats.rate_limited == 2

    async def test_bucket_is_shared_by_basic_and_bearer_credentials(self):
        rules = RateLimitRules(api_key=3, oauth=4, window=20.0)
        async with FakeGorgias(rate_limit=rules, tickets=3) as fake:
            tokens = fake.issue_oauth_tokens()
            async with api_session(fake) as session:
                for _ in range(3):
                    async with session.get("/api/account") as response:
                        assert response.status == 200
                bearer = {"Authorization": f"Bearer {tokens['access_token']}"}
                async with session.get("/api/account", headers=bearer) as response:
                    assert response.status == 200
                    assert response.headers["X-Gorgias-Account-Api-Call-Limit"] == "4/4"
                async with session.get("/api/account", headers=bearer) as response:
                    assert response.status == 429

    async def test_scaled_retry_after_is_fractional_and_honest(self):
        rules = RateLimitRules(api_key=2, window=2.0)
        async with FakeGorgias(rate_limit=rules, time_scale=10, tickets=3) as fake:
            async with api_session(fake) as session:
                for _ in range(2):
                    async with session.get("/api/account"):
                        pass
                async with session.get("/api/account") as response:
                    assert response.status == 429
                    wait = float(response.headers["Retry-After"])
                assert 0 < wait <= 0.1
                await asyncio.sleep(wait + 0.01)
                async with session.get("/api/account") as response:
                    assert response.status == 200

    async def test_unauthenticated_requests_are_401_and_do_not_fill_the_bucket(self):
        async with FakeGorgias(rate_limit=RateLimitRules(api_key=2), tickets=3) as fake:
            async with api_session(fake) as session:
                bad = {"Authorization": basic_header(fake.username, "wrong")}
                for _ in range(5):
                    async with session.get("/api/account", headers=bad) as response:
                        assert response.status == 401
                async with session.get("/api/account") as response:
                    assert response.status == 200
                    assert response.headers["X-Gorgias-Account-Api-Call-Limit"] == "1/2"
