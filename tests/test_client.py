"""The core against the fake server over real HTTP: budget, retries, concurrency, OAuth."""

from __future__ import annotations

import asyncio

import pytest

from gorgias_async import (
    AccountInactiveError,
    APIConnectionError,
    AsyncGorgias,
    AuthenticationError,
    InternalServerError,
    NotFoundError,
    OAuth2,
    RateLimit,
)
from gorgias_async.testing import FakeGorgias, Fault, RateLimitRules

# Gorgias' bucket, 20x faster: 40 requests drain in 1 s. (Faster scales leave too little
# slack for scheduling jitter on a loaded machine: the margin is 3 requests.)
SCALE = 20.0
RULES = RateLimitRules(api_key=40, oauth=80, window=20.0)


def scaled_budget() -> RateLimit:
    return RateLimit(capacity=40, window=RULES.window / SCALE)


def client_for(fake: FakeGorgias, **options) -> AsyncGorgias:
    return AsyncGorgias(
        base_url=fake.base_url, username=fake.username, api_key=fake.api_key, **options
    )


class TestBudget:
    """Requests wait before sending: a long run under the real bucket sees no 429."""

    @pytest.mark.slow
    async def test_600_requests_under_the_bucket_without_a_429(self):
        async with FakeGorgias(rate_limit=RULES, time_scale=SCALE, tickets=5) as fake:
            async with client_for(fake, rate_limit=scaled_budget(), max_concurrency=25) as client:
                results = await asyncio.gather(
                    *(client.request("GET", "/account") for _ in range(600))
                )
            assert len(results) == 600
            assert fake.stats.rate_limited == 0
            assert fake.stats.requests == 600
            assert client.stats.rate_limited == 0

    async def test_two_clients_sharing_one_budget_stay_under_it(self):
        async with FakeGorgias(rate_limit=RULES, time_scale=SCALE, tickets=5) as fake:
            shared = scaled_budget()
            async with (
                client_for(fake, rate_limit=shared) as a,
                client_for(fake, rate_limit=shared) as b,
            ):
                await asyncio.gather(
                    *(c.request("GET", "/account") for c in (a, b) for _ in range(80))
                )
            assert fake.stats.rate_limited == 0
            assert shared.sent == 160
            assert (a.stats.requests, b.stats.requests) == (80, 80)

    async def test_a_429_pauses_every_request_sharing_the_budget(self):
        async with FakeGorgias(rate_limit=None, tickets=5) as fake:
            fake.faults.add(Fault.status(429, path="/account", nth=[1], retry_after=0.2))
            shared = RateLimit(capacity=1000, window=1.0)  # never the reason to wait
            async with (
                client_for(fake, rate_limit=shared) as a,
                client_for(fake, rate_limit=shared) as b,
            ):
                first = asyncio.create_task(a.request("GET", "/account"))
                # Poll the shared budget's counter: nothing exposes an event for "a 429
                # was seen", and the test must not reach into the transport.
                while not shared.throttled:  # noqa: ASYNC110
                    await asyncio.sleep(0.005)
                await b.request("GET", "/tickets")  # held by a's 429
                await first
            assert shared.throttled == 1
            assert shared.waited > 0  # b waited for the pause
            assert (a.stats.rate_limited, a.stats.retries) == (1, 1)
            assert b.stats.retries == 0

    async def test_without_pacing_429s_are_honoured_and_retried(self):
        async with FakeGorgias(rate_limit=RULES, time_scale=100.0, tickets=5) as fake:
            async with client_for(
                fake, rate_limit=None, max_concurrency=10, max_retries=100
            ) as client:
                results = await asyncio.gather(
                    *(client.request("GET", "/account") for _ in range(100))
                )
            assert len(results) == 100
            assert fake.stats.rate_limited > 0  # it did hit the limit…
            assert client.stats.retries >= fake.stats.rate_limited  # …and retried each one


class TestFaults:
    """A server answering 429, 5xx or dropping connections still yields every answer."""

    async def test_every_answer_arrives_through_injected_faults(self, fake, client):
        fake.faults.add(
            Fault.status(503, path="/tickets/*", probability=0.2),
            Fault.status(429, path="/tickets/*", probability=0.1, retry_after=0.01),
            Fault.drop(path="/tickets/*", probability=0.1),
            Fault.status(502, path="/tickets/*", probability=0.1),
        )
        ids = [t["id"] for t in fake.items("tickets")]
        got = await asyncio.gather(*(client.request("GET", f"/tickets/{i}") for i in ids))
        assert [t["id"] for t in got] == ids
        assert sum(f.fired for f in fake.faults.rules) > 0
        assert client.stats.retries > 0

    async def test_post_is_not_retried_after_an_ambiguous_failure(self, fake, client):
        fake.faults.add(Fault.status(503, method="POST", path="/tags", nth=[1]))
        with pytest.raises(InternalServerError):
            await client.request("POST", "/tags", json={"name": "x"})
        assert fake.stats.requests == 1

    async def test_post_is_retried_after_a_429(self, fake, client):
        fake.faults.add(Fault.status(429, method="POST", path="/tags", nth=[1], retry_after=0.01))
        tag = await client.request("POST", "/tags", json={"name": "once"})
        assert tag["name"] == "once"
        assert [t["name"] for t in fake.items("tags")].count("once") == 1

    async def test_404_is_raised_not_retried(self, fake, client):
        with pytest.raises(NotFoundError):
            await client.tickets.get(999_999)
        assert fake.stats.requests == 1

    async def test_invalid_json_is_retried_for_reads(self, fake, client):
        fake.faults.add(Fault.invalid_json(path="/account", nth=[1]))
        assert (await client.request("GET", "/account"))["domain"] == "sandbox"

    async def test_connection_refused_is_a_connection_error(self):
        client = AsyncGorgias(
            base_url="http://127.0.0.1:9/api",
            username="a@b.c",
            api_key="k",
            max_retries=1,
            rate_limit=None,
        )
        async with client:
            with pytest.raises(APIConnectionError) as caught:
                await client.request("GET", "/account")
        assert caught.value.sent is False


class TestConcurrency:
    """At most ``max_concurrency`` requests in flight; cancellation releases slots."""

    async def test_peak_in_flight_respects_max_concurrency(self, fake):
        fake.latency = 0.01
        async with client_for(fake, rate_limit=None, max_concurrency=5) as client:
            await asyncio.gather(*(client.request("GET", "/account") for _ in range(60)))
        assert fake.stats.peak_in_flight == 5
        assert client.stats.peak_in_flight == 5

    async def test_cancelling_mid_request_releases_the_slot(self, fake):
        fake.latency = 0.5
        async with client_for(fake, rate_limit=None, max_concurrency=1) as client:
            task = asyncio.create_task(client.request("GET", "/account"))
            await asyncio.sleep(0.05)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            assert client.stats.in_flight == 0
            fake.latency = 0.0
            assert (await client.request("GET", "/account"))["domain"] == "sandbox"


class TestOAuth:
    """Bearer tokens; an expired one is refreshed once, and the run goes on."""

    async def test_token_expiring_mid_run_is_refreshed_once(self, fake):
        tokens = fake.issue_oauth_tokens()
        seen = []
        auth = OAuth2(
            tokens["access_token"],
            refresh_token=tokens["refresh_token"],
            client_id=fake.oauth_client_id,
            client_secret=fake.oauth_client_secret,
            on_refresh=seen.append,
        )
        async with AsyncGorgias(
            base_url=fake.base_url, auth=auth, rate_limit=None, max_concurrency=10
        ) as client:
            first = await asyncio.gather(*(client.request("GET", "/account") for _ in range(10)))
            fake.expire_access_tokens()
            second = await asyncio.gather(*(client.request("GET", "/account") for _ in range(30)))
        assert len(first) + len(second) == 40
        assert auth.refreshes == 1
        assert len(seen) == 1
        assert seen[0].access_token != tokens["access_token"]
        assert seen[0].refresh_token == tokens["refresh_token"]

    async def test_refused_refresh_is_an_authentication_error(self, fake):
        auth = OAuth2(
            "not-a-token",
            refresh_token="not-a-refresh-token",
            client_id=fake.oauth_client_id,
            client_secret=fake.oauth_client_secret,
        )
        async with AsyncGorgias(base_url=fake.base_url, auth=auth, rate_limit=None) as client:
            with pytest.raises(AuthenticationError):
                await client.request("GET", "/account")

    async def test_authorize_url_and_code_exchange(self, fake):
        import aiohttp

        url = OAuth2.authorize_url(
            fake.origin,
            client_id=fake.oauth_client_id,
            redirect_uri="https://app.example/cb",
            scopes=["openid", "offline"],
            state="xyz",
        )
        async with aiohttp.ClientSession() as browser:
            async with browser.get(url, allow_redirects=False) as response:
                location = response.headers["Location"]
        code = location.split("code=")[1].split("&")[0]
        tokens = await OAuth2.exchange_code(
            fake.origin,
            code=code,
            redirect_uri="https://app.example/cb",
            client_id=fake.oauth_client_id,
            client_secret=fake.oauth_client_secret,
        )
        async with AsyncGorgias(
            base_url=fake.base_url, auth=OAuth2(tokens.access_token), rate_limit=None
        ) as client:
            assert (await client.check_connection())["domain"] == "sandbox"


class TestCheckConnection:
    """A connection test with actionable errors."""

    async def test_bad_key(self, fake):
        async with AsyncGorgias(
            base_url=fake.base_url, username=fake.username, api_key="wrong", rate_limit=None
        ) as client:
            with pytest.raises(AuthenticationError, match="API key"):
                await client.check_connection()

    async def test_inactive_account(self, fake):
        fake.state.account["status"] = {"status": "inactive", "notification": "unpaid"}
        fake.state.account["deactivated_datetime"] = "2026-01-02T03:04:05+00:00"
        async with client_for(fake) as client:
            with pytest.raises(AccountInactiveError, match="reactivated") as caught:
                await client.check_connection()
        assert caught.value.status == "inactive"
        assert caught.value.deactivated_datetime == "2026-01-02T03:04:05+00:00"
        assert caught.value.account["domain"] == fake.state.account["domain"]
        assert fake.api_key not in str(caught.value)

    async def test_active_account_is_returned(self, fake):
        async with client_for(fake) as client:
            account = await client.check_connection()
        assert account["status"]["status"] == "active"
