"""The transport's policy pipeline without sockets: a handler answers, the sender is one
function (the I/O boundary is two methods), everything else is the real thing."""

from __future__ import annotations

import asyncio
import time

import orjson
import pytest

from gorgias_async import APIConnectionError, OAuth2, RateLimit

from ._memory import answer, client_with

FAST = {"rate_limit": None, "retry_base_delay": 0.001}


class TestPipeline:
    """Headers, 429s, connection errors: one pipeline whatever sends the requests."""

    async def test_a_429_pauses_and_retries(self):
        answers = iter([(429, {"Retry-After": "0"}), (200, {})])

        def handler(request):
            status, headers = next(answers)
            return answer(request, status, b'{"ok": true}', headers)

        client, sender = client_with(handler, **FAST)
        async with client:
            assert await client.request("GET", "/account") == {"ok": True}
        assert (client.stats.rate_limited, client.stats.retries) == (1, 1)
        for request in sender.sent:
            assert request.url == "https://acme.gorgias.com/api/account"
            assert request.headers["Accept"] == "application/json"
            assert request.headers["User-Agent"].startswith("gorgias-async/")
            assert request.headers["Authorization"].startswith("Basic ")

    async def test_no_answer_is_retried_only_when_safe(self):
        def handler(request):
            raise APIConnectionError("reset", method=request.method, path=request.path)

        client, sender = client_with(handler, max_retries=2, **FAST)
        async with client:
            with pytest.raises(APIConnectionError):
                await client.request("GET", "/account")
            assert len(sender.sent) == 3  # idempotent: retried
            with pytest.raises(APIConnectionError):
                await client.request("POST", "/tickets", json={})
            assert len(sender.sent) == 4  # may have been processed: never resent


def oauth(**options):
    return OAuth2("at-old", "rt-old", "app-id", "app-secret", **options)


def token_handler(log):
    """A token endpoint and an API that takes only the new token."""

    def handler(request):
        log.append(request)
        if request.url.endswith("/oauth/token"):
            tokens = {"access_token": "at-new", "expires_in": 3600}
            return answer(request, 200, orjson.dumps(tokens))
        ok = request.headers["Authorization"] == "Bearer at-new"
        return answer(request, 200 if ok else 401, b"{}")

    return handler


class TestTokenRequests:
    """OAuth token requests go out through the client's sender, retries and errors —
    inside the slot of the call that needed them, and unpaced (not an API call)."""

    async def test_a_401_refreshes_through_the_same_sender(self):
        client, sender = client_with(token_handler([]), auth=oauth(), username=None, api_key=None)
        async with client:
            await client.request("GET", "/account")
        log = sender.sent
        assert [(r.method, r.url.rsplit("/", 2)[-2:]) for r in log] == [
            ("GET", ["api", "account"]),
            ("POST", ["oauth", "token"]),
            ("GET", ["api", "account"]),
        ]
        token = log[1]
        assert "Authorization" not in token.headers
        assert token.body == {
            "grant_type": "refresh_token",
            "refresh_token": "rt-old",
            "client_id": "app-id",
            "client_secret": "app-secret",
        }
        assert "rt-old" in token.secrets  # masked in any connection error of its own

    async def test_a_refresh_never_waits_for_the_slot_it_runs_in(self):
        """One slot, a token about to expire: the refresh runs inside that slot."""
        log = []
        auth = oauth(expires_at=time.time() - 1)
        client, _ = client_with(
            token_handler(log), auth=auth, username=None, api_key=None, max_concurrency=1
        )
        async with client:
            await asyncio.wait_for(client.request("GET", "/account"), 5)
        assert auth.refreshes == 1

    async def test_a_token_request_takes_no_slot_of_the_budget(self):
        """Two slots: the refused call and its replay; the token request needs none."""
        log = []
        budget = RateLimit(2, 1000.0, margin=0)
        client, _ = client_with(
            token_handler(log), auth=oauth(), username=None, api_key=None, rate_limit=budget
        )
        async with client:
            await asyncio.wait_for(client.request("GET", "/account"), 5)
        assert budget.sent == 2
        assert len(log) == 3
