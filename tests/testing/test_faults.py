"""Faults fire where and when the plan says, and reproduce from a seed."""

from __future__ import annotations

import aiohttp
import pytest

from gorgias_async.testing import FakeGorgias, Fault

from ._http import api_session


async def statuses(fake: FakeGorgias, path: str, count: int) -> list[int | str]:
    """The status of ``count`` sequential GETs (or the error class name)."""
    out: list[int | str] = []
    async with api_session(fake) as session:
        for _ in range(count):
            try:
                async with session.get("/api" + path) as response:
                    await response.read()
                    out.append(response.status)
            except aiohttp.ClientError as exc:
                out.append(type(exc).__name__)
    return out


class TestScripted:
    """``nth`` picks occurrences among matching requests; ``times`` bounds firings."""

    async def test_status_on_nth_requests_of_a_route(self):
        async with FakeGorgias(rate_limit=None, tickets=3) as fake:
            fake.faults.add(Fault.status(503, method="GET", path="/tickets", nth=[2, 3]))
            assert await statuses(fake, "/tickets", 4) == [200, 503, 503, 200]
            assert await statuses(fake, "/account", 2) == [200, 200]

    async def test_429_fault_carries_retry_after_and_error_body(self):
        async with FakeGorgias(rate_limit=None, tickets=3) as fake:
            fake.faults.add(Fault.status(429, retry_after=2, times=1))
            async with api_session(fake) as session:
                async with session.get("/api/account") as response:
                    assert response.status == 429
                    assert response.headers["Retry-After"] == "2"
                    assert "msg" in (await response.json())["error"]

    async def test_glob_paths_and_times(self):
        async with FakeGorgias(rate_limit=None, tickets=3) as fake:
            fake.faults.add(Fault.status(500, path="/tickets/*", times=2))
            assert await statuses(fake, "/tickets/1", 3) == [500, 500, 200]
            assert await statuses(fake, "/tickets", 1) == [200]

    async def test_drop_truncate_and_invalid_json(self):
        async with FakeGorgias(rate_limit=None, tickets=30) as fake:
            fake.faults.add(
                Fault.drop(path="/account", nth=[1]),
                Fault.truncate(path="/tickets", nth=[1]),
                Fault.invalid_json(path="/customers", nth=[1]),
            )
            async with api_session(fake) as session:
                # aiohttp re-sends an idempotent request once when the socket closes before
                # any byte arrives, so a dropped GET may still succeed on its retry.
                dropped = await statuses(fake, "/account", 1)
                assert dropped in ([200], ["ServerDisconnectedError"])
                with pytest.raises(aiohttp.ClientPayloadError):
                    async with session.get("/api/tickets") as response:
                        await response.read()
                async with session.get("/api/customers") as response:
                    assert response.status == 200
                    with pytest.raises(ValueError, match=r"(?i)json|expecting|unexpected"):
                        await response.json()

    async def test_latency_and_slow_body_still_deliver_the_whole_body(self):
        async with FakeGorgias(rate_limit=None, tickets=30) as fake:
            fake.faults.add(Fault.latency(0.01), Fault.slow_body(0.02, path="/tickets"))
            async with api_session(fake) as session:
                async with session.get("/api/tickets", params={"limit": "20"}) as response:
                    body = await response.json()
            assert len(body["data"]) == 20


class TestSeeded:
    """Probabilistic faults give the same sequence for the same seed."""

    @staticmethod
    async def run(seed: int) -> list[int | str]:
        async with FakeGorgias(rate_limit=None, tickets=3, fault_seed=seed) as fake:
            fake.faults.add(Fault.status(502, probability=0.3))
            return await statuses(fake, "/account", 40)

    async def test_same_seed_same_failures(self):
        first, second, other = await self.run(1), await self.run(1), await self.run(2)
        assert first == second
        assert 502 in first
        assert 200 in first
        assert first != other


class TestObservability:
    """Request log and counters describe what happened."""

    async def test_request_log_and_counters(self):
        async with FakeGorgias(rate_limit=None, tickets=3) as fake:
            fake.faults.add(Fault.status(500, nth=[1]))
            await statuses(fake, "/tickets?limit=2", 2)
            assert fake.stats.requests == 2
            assert fake.stats.by_status == {500: 1, 200: 1}
            assert fake.stats.peak_in_flight == 1
            first, second = fake.requests
            assert (first.method, first.path, first.status) == ("GET", "/tickets", 500)
            assert second.query == {"limit": ["2"]}
            assert second.auth_kind == "basic"
            fake.reset_observations()
            assert fake.stats.requests == 0
            assert fake.requests == []
