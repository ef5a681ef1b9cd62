"""The transport over real HTTP: what goes on the wire, raw answers, timeouts, lifecycle."""

from __future__ import annotations

import asyncio
import logging

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from gorgias_async import (
    APIConnectionError,
    APITimeoutError,
    AsyncGorgias,
    InternalServerError,
    RateLimit,
    RateLimitError,
    Response,
    __version__,
)
from gorgias_async.testing import FakeGorgias, Fault


class Echo:
    """A tiny server that records each request and answers as ``answers`` says."""

    def __init__(self) -> None:
        self.seen: list[dict] = []
        self.delay = 0.0
        self.server: TestServer | None = None

    async def handle(self, request: web.Request) -> web.StreamResponse:
        self.seen.append(
            {
                "method": request.method,
                "path": request.path,
                "query": list(request.query.items()),
                "headers": dict(request.headers),
                "body": await request.read(),
            }
        )
        if self.delay:
            await asyncio.sleep(self.delay)
        if request.path.endswith("/empty"):
            return web.Response(status=204, headers={"X-Gorgias-Request-Id": "gid-1"})
        return web.json_response({"ok": True}, headers={"X-Request-Id": "rid-1", "X-Custom": "yes"})

    @property
    def base_url(self) -> str:
        assert self.server is not None
        return str(self.server.make_url("/api"))


@pytest.fixture
async def echo():
    recorder = Echo()
    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", recorder.handle)
    recorder.server = TestServer(app)
    await recorder.server.start_server()
    yield recorder
    await recorder.server.close()


def client_of(echo: Echo, **options) -> AsyncGorgias:
    defaults = {"username": "me@acme.com", "api_key": "k3y", "rate_limit": None}
    return AsyncGorgias(base_url=echo.base_url, **(defaults | options))


class TestWire:
    """Headers, query strings and bodies as Gorgias expects them."""

    async def test_default_headers(self, echo):
        async with client_of(echo) as client:
            await client.request("GET", "/account")
        (seen,) = echo.seen
        assert seen["path"] == "/api/account"
        assert seen["headers"]["Accept"] == "application/json"
        assert seen["headers"]["User-Agent"] == f"gorgias-async/{__version__}"
        assert seen["headers"]["Authorization"].startswith("Basic ")

    async def test_query_encoding(self, echo):
        async with client_of(echo) as client:
            await client.request(
                "GET",
                "/events",
                params={
                    "types": ["ticket-created", "ticket-updated"],
                    "created_datetime": {"gte": "2024-01-01T00:00:00Z", "lt": None},
                    "archived": False,
                    "cursor": None,
                    "limit": 5,
                },
            )
        assert echo.seen[0]["query"] == [
            ("types", "ticket-created"),
            ("types", "ticket-updated"),
            ("created_datetime[gte]", "2024-01-01T00:00:00Z"),
            ("archived", "false"),
            ("limit", "5"),
        ]

    async def test_delete_with_a_json_body(self, echo):
        async with client_of(echo) as client:
            await client.request("DELETE", "/tickets/1/tags", json={"names": ["a", "b"]})
        (seen,) = echo.seen
        assert seen["method"] == "DELETE"
        assert seen["headers"]["Content-Type"] == "application/json"
        assert seen["body"] == b'{"names":["a","b"]}'

    async def test_multipart_upload(self, echo):
        async with client_of(echo) as client:
            await client.request(
                "POST",
                "/upload",
                params={"type": "attachment"},
                files={"hello.txt": ("hello.txt", b"hi there", "text/plain")},
            )
        (seen,) = echo.seen
        assert seen["headers"]["Content-Type"].startswith("multipart/form-data")
        assert b"hi there" in seen["body"]

    async def test_extra_headers_per_call(self, echo):
        async with client_of(echo) as client:
            await client.request("GET", "/account", headers={"X-Trace": "t1"})
        assert echo.seen[0]["headers"]["X-Trace"] == "t1"


class TestAnswers:
    """request() parses JSON; request_raw() hands back the Response."""

    async def test_request_raw(self, echo):
        async with client_of(echo) as client:
            response = await client.request_raw("GET", "/account")
        assert isinstance(response, Response)
        assert response.status == 200
        assert response.headers["X-Custom"] == "yes"
        assert response.body == b'{"ok": true}'
        assert response.json() == {"ok": True}
        assert response.request_id == "rid-1"

    async def test_204_is_none(self, echo):
        async with client_of(echo) as client:
            assert await client.request("DELETE", "/tickets/1/empty") is None
            response = await client.request_raw("DELETE", "/tickets/1/empty")
        assert response.request_id == "gid-1"  # the X-Gorgias-Request-Id spelling
        assert response.json() is None


class TestTimeouts:
    """Per-client and per-call timeouts; timed-out reads are retried, creations not."""

    async def test_per_call_timeout(self, echo):
        echo.delay = 0.5
        async with client_of(echo, max_retries=0) as client:
            with pytest.raises(APITimeoutError):
                await client.request("GET", "/account", timeout=0.05)

    async def test_client_timeout_and_retries(self, echo):
        echo.delay = 0.5
        async with client_of(echo, timeout=0.05, max_retries=2, retry_base_delay=0.001) as c:
            with pytest.raises(APITimeoutError):
                await c.request("GET", "/account")
            assert c.stats.retries == 2
            with pytest.raises(APITimeoutError) as caught:
                await c.request("POST", "/tickets", json={})
        assert caught.value.sent  # it may have been processed: not retried
        assert [s["method"] for s in echo.seen].count("POST") == 1


class TestRetriesOverTheWire:
    """Which failures are retried, counted on the server side."""

    async def test_dropped_post_is_not_resent(self, fake, client):
        fake.faults.add(Fault.drop(method="POST", path="/tags", nth=[1]))
        with pytest.raises(APIConnectionError):
            await client.request("POST", "/tags", json={"name": "maybe"})
        assert fake.stats.requests == 1

    async def test_read_only_post_is_retried_after_a_503(self, fake, client):
        fake.faults.add(Fault.status(503, method="POST", path="/stats/*", nth=[1]))
        await client.request("POST", "/stats/overview", json={"filters": {}})
        assert fake.stats.requests == 2

    async def test_opting_in_retries_creations(self, fake, client):
        fake.faults.add(Fault.status(503, method="POST", path="/tags", nth=[1]))
        eager = client.with_options(retry_non_idempotent=True)
        async with eager:
            await eager.request("POST", "/tags", json={"name": "again"})
        assert fake.stats.requests == 2

    async def test_a_refused_first_attempt_is_not_retried(self):
        # Nothing listens on port 9: no retry will change that (issue 16: it used to be
        # retried max_retries times, 17-27 s with the default backoff).
        async with AsyncGorgias(
            base_url="http://127.0.0.1:9/api",
            username="a@b.c",
            api_key="k",
            rate_limit=None,
            max_retries=2,
            retry_base_delay=0.001,
        ) as client:
            with pytest.raises(APIConnectionError) as caught:
                await client.request("POST", "/tickets", json={})
            assert client.stats.retries == 0
        assert caught.value.sent is False
        assert caught.value.reason == "refused"

    async def test_an_upload_refused_with_a_429_is_sent_again_whole(self, fake, client):
        """A retried multipart upload sends its form anew (aiohttp sends a form once)."""
        fake.faults.add(Fault.status(429, method="POST", path="/upload", nth=[1], retry_after=0))
        uploaded = await client.files.upload(b"%PDF-1.7", name="a.pdf")
        assert uploaded.size == 8
        assert fake.stats.requests == 2

    async def test_retries_stop_at_max_retries(self, fake, client):
        fake.faults.add(Fault.status(500, path="/account"))
        capped = client.with_options(max_retries=2)
        async with capped:
            with pytest.raises(InternalServerError):
                await capped.request("GET", "/account")
        assert fake.stats.requests == 3

    async def test_retry_after_beyond_max_retry_time_gives_up_at_once(self, fake, client):
        fake.faults.add(Fault.status(429, path="/account", retry_after=50))
        with pytest.raises(RateLimitError) as caught:
            await client.request("GET", "/account")
        assert caught.value.retry_after == 50
        assert fake.stats.requests == 1


class TestLifecycle:
    """Lazy session, clean close, one loop, budget released on cancellation."""

    async def test_session_is_lazy_and_closed(self, echo):
        client = client_of(echo, max_concurrency=20)
        assert client._transport.closed
        await client.request("GET", "/account")
        session = client._transport.sender._session
        assert session is not None
        assert session.connector.limit >= 20
        await client.aclose()
        await client.aclose()  # idempotent
        assert session.closed

    def test_construction_needs_no_loop(self, echo):
        client = client_of(echo)
        assert client._transport.closed  # nothing to close: no session yet

    async def test_cancelling_while_waiting_for_the_budget_returns_nothing(self, echo):
        budget = RateLimit(2, 100.0, margin=0)
        async with client_of(echo, rate_limit=budget) as client:
            await asyncio.gather(*(client.request("GET", "/account") for _ in range(2)))
            waiting = asyncio.create_task(client.request("GET", "/account"))
            await asyncio.sleep(0.05)
            waiting.cancel()
            with pytest.raises(asyncio.CancelledError):
                await waiting
            assert client.stats.in_flight == 0
        assert budget.sent == 2
        assert len(echo.seen) == 2

    async def test_one_debug_line_per_response(self, echo, caplog):
        caplog.set_level(logging.DEBUG, logger="gorgias_async")
        async with client_of(echo, rate_limit=RateLimit(40, 20.0)) as client:
            await client.request("GET", "/account")
        (line,) = [r.getMessage() for r in caplog.records if "→" in r.getMessage()]
        assert line.startswith("GET /account → 200 in ")
        assert "attempt 1" in line
        assert "budget 1/40" in line
        assert "rid-1" in line


@pytest.mark.parametrize("method", ["get", "GET"])
async def test_methods_are_case_insensitive(echo, method):
    async with client_of(echo) as client:
        await client.request(method, "/account")
    assert echo.seen[0]["method"] == "GET"


async def test_unknown_method_is_refused(echo):
    async with client_of(echo) as client:
        with pytest.raises(ValueError, match="method"):
            await client.request("BREW", "/account")
    assert not echo.seen


async def test_fake_server_answers_every_fault_kind(fake: FakeGorgias, client: AsyncGorgias):
    """Truncated and slow bodies of reads are retried too."""
    fake.faults.add(
        Fault.truncate(path="/account", nth=[1]),
        Fault.slow_body(0.01, path="/account", nth=[2]),
    )
    assert (await client.request("GET", "/account"))["domain"] == "sandbox"
    assert (await client.request("GET", "/account"))["domain"] == "sandbox"
