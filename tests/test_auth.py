"""Credentials: the Basic header, bearer tokens, OAuth refresh and the code flow."""

from __future__ import annotations

import asyncio
import base64
import re
import time

import aiohttp
import pytest
from yarl import URL

from gorgias_async import (
    APIConnectionError,
    AsyncGorgias,
    AuthenticationError,
    BasicAuth,
    OAuth2,
)
from gorgias_async.auth import OAuth2Tokens
from gorgias_async.testing import FakeGorgias

BASE = "https://acme.gorgias.com/api"
TOKEN_URL = "https://acme.gorgias.com/oauth/token"
TICKETS = re.compile(r"^https://acme\.gorgias\.com/api/tickets.*$")


def calls(mocked, method, url):
    """The recorded calls of one method and URL."""
    return mocked.requests.get((method, URL(url)), [])


def sent_authorizations(mocked):
    """Authorization headers of every API call, in order (token calls excluded)."""
    return [
        call.kwargs["headers"]["Authorization"]
        for (method, url), recorded in mocked.requests.items()
        if "/api/" in str(url)
        for call in recorded
    ]


def oauth(**options):
    defaults = {
        "refresh_token": "rt-old",
        "client_id": "app-id",
        "client_secret": "app-secret",
    }
    return OAuth2("at-old", **(defaults | options))


def client_with(auth, **options):
    return AsyncGorgias("acme", auth=auth, **({"rate_limit": None, "max_retries": 0} | options))


class TestBasic:
    """``Authorization: Basic base64(email:key)``, built by us (aiohttp's is deprecated)."""

    async def test_header_is_sent(self, mocked):
        mocked.get(TICKETS, payload={"data": []})
        async with AsyncGorgias(
            "acme", username="me@acme.com", api_key="k3y", rate_limit=None
        ) as c:
            await c.request("GET", "/tickets")
        expected = "Basic " + base64.b64encode(b"me@acme.com:k3y").decode()
        assert sent_authorizations(mocked) == [expected]

    @pytest.mark.parametrize(("username", "api_key"), [("", "k"), ("me@acme.com", "")])
    def test_empty_credentials_are_refused(self, username, api_key):
        with pytest.raises(ValueError, match=r"username|api_key"):
            BasicAuth(username, api_key)


class TestOAuthRefresh:
    """A 401 refreshes the token once (single flight) and replays the request once."""

    async def test_401_refreshes_and_replays_even_a_post(self, mocked):
        mocked.post(TICKETS, status=401, payload={"error": {"msg": "expired"}})
        mocked.post(TICKETS, status=201, payload={"id": 7})
        mocked.post(
            TOKEN_URL,
            payload={"access_token": "at-new", "refresh_token": "rt-new", "expires_in": 86400},
        )
        seen: list[OAuth2Tokens] = []

        async def store(tokens: OAuth2Tokens) -> None:
            seen.append(tokens)

        auth = oauth(on_refresh=store)
        async with client_with(auth) as client:
            assert await client.request("POST", "/tickets", json={"x": 1}) == {"id": 7}
        assert sent_authorizations(mocked) == ["Bearer at-old", "Bearer at-new"]
        (token_call,) = calls(mocked, "POST", TOKEN_URL)
        assert token_call.kwargs["data"] == {
            "grant_type": "refresh_token",
            "refresh_token": "rt-old",
            "client_id": "app-id",
            "client_secret": "app-secret",
        }
        assert auth.refreshes == 1
        assert [t.access_token for t in seen] == ["at-new"]
        assert seen[0].refresh_token == "rt-new"  # a new refresh token is kept…
        assert auth.can_refresh()
        assert "rt-new" in auth.secrets()  # …and used (and redacted) from now on

    async def test_a_second_401_is_an_authentication_error(self, mocked):
        mocked.get(TICKETS, status=401, repeat=True)
        mocked.post(TOKEN_URL, payload={"access_token": "at-new"})
        seen = []
        auth = oauth(on_refresh=seen.append)  # a sync callback works too
        async with client_with(auth, max_retries=3) as client:
            with pytest.raises(AuthenticationError):
                await client.request("GET", "/tickets")
        assert len(sent_authorizations(mocked)) == 2  # the request and one replay
        assert auth.refreshes == 1
        assert seen[0].refresh_token == "rt-old"  # kept when none is returned

    async def test_without_a_refresh_token_a_401_is_final(self, mocked):
        mocked.get(TICKETS, status=401)
        async with client_with(OAuth2("at-only")) as client:
            with pytest.raises(AuthenticationError):
                await client.request("GET", "/tickets")
        assert not calls(mocked, "POST", TOKEN_URL)

    async def test_refresh_ahead_of_expiry(self, mocked):
        mocked.post(TOKEN_URL, payload={"access_token": "at-new", "expires_in": 30})
        mocked.get(TICKETS, payload={"data": []}, repeat=True)
        auth = oauth(expires_at=time.time() + 5)  # inside the 60 s margin
        async with client_with(auth) as client:
            for _ in range(3):
                await client.request("GET", "/tickets")
        # Refreshed before the first request; a 30 s token is not refreshed on every call.
        assert sent_authorizations(mocked) == ["Bearer at-new"] * 3
        assert auth.refreshes == 1

    async def test_concurrent_401s_share_one_refresh(self):
        async with FakeGorgias(rate_limit=None, tickets=3) as fake:
            tokens = fake.issue_oauth_tokens()
            auth = OAuth2(
                tokens["access_token"],
                tokens["refresh_token"],
                fake.oauth_client_id,
                fake.oauth_client_secret,
            )
            fake.expire_access_tokens()
            async with AsyncGorgias(
                base_url=fake.base_url, auth=auth, rate_limit=None, max_concurrency=20
            ) as client:
                await asyncio.gather(*(client.request("GET", "/account") for _ in range(20)))
        assert auth.refreshes == 1

    async def test_token_url_defaults_to_the_origin_of_base_url(self, mocked):
        base = "http://127.0.0.1:9/prefix/api"
        mocked.get(f"{base}/account", status=401)
        mocked.get(f"{base}/account", payload={"domain": "x"})
        mocked.post("http://127.0.0.1:9/prefix/oauth/token", payload={"access_token": "at-new"})
        auth = oauth()
        async with AsyncGorgias(base_url=base, auth=auth, rate_limit=None) as client:
            assert await client.request("GET", "/account") == {"domain": "x"}
        assert auth.refreshes == 1

    async def test_explicit_token_url(self, mocked):
        mocked.get(TICKETS, status=401)
        mocked.get(TICKETS, payload={})
        mocked.post("https://auth.example/token", payload={"access_token": "at-new"})
        async with client_with(oauth(token_url="https://auth.example/token")) as client:
            await client.request("GET", "/tickets")
        assert calls(mocked, "POST", "https://auth.example/token")

    async def test_refused_refresh_names_no_secret(self, mocked):
        mocked.get(TICKETS, status=401)
        mocked.post(TOKEN_URL, status=400, payload={"error": "invalid_grant"})
        async with client_with(oauth()) as client:
            with pytest.raises(AuthenticationError, match="invalid_grant") as caught:
                await client.request("GET", "/tickets")
        for secret in ("rt-old", "app-secret", "at-old"):
            assert secret not in str(caught.value)

    async def test_unreachable_token_endpoint_is_a_connection_error(self, mocked):
        mocked.get(TICKETS, status=401)
        mocked.post(TOKEN_URL, exception=aiohttp.ServerDisconnectedError())
        async with client_with(oauth()) as client:
            with pytest.raises(APIConnectionError):
                await client.request("GET", "/tickets")


class TestCodeFlow:
    """authorize_url and exchange_code for public apps."""

    def test_authorize_url_from_a_domain(self):
        url = URL(
            OAuth2.authorize_url(
                "ACME.gorgias.com", "app-id", "https://app.example/cb", ["openid", "offline"], "s1"
            )
        )
        assert (url.scheme, url.host, url.path) == ("https", "acme.gorgias.com", "/oauth/authorize")
        assert dict(url.query) == {
            "response_type": "code",
            "client_id": "app-id",
            "redirect_uri": "https://app.example/cb",
            "scope": "openid offline",
            "state": "s1",
        }

    @pytest.mark.parametrize("domain", ["acme.gorgias.com.evil.com", "acme@evil.com"])
    def test_authorize_url_refuses_crafted_domains(self, domain):
        with pytest.raises(ValueError, match="domain"):
            OAuth2.authorize_url(domain, "app-id", "https://app.example/cb", ["openid"], "s")

    async def test_exchange_code_posts_the_form(self, mocked):
        mocked.post(
            TOKEN_URL,
            payload={"access_token": "at", "refresh_token": "rt", "expires_in": 60},
        )
        tokens = await OAuth2.exchange_code(
            "acme", "the-code", "https://app.example/cb", "app-id", "app-secret"
        )
        assert (tokens.access_token, tokens.refresh_token) == ("at", "rt")
        assert tokens.expires_at is not None
        assert tokens.expires_at > time.time()
        (call,) = calls(mocked, "POST", TOKEN_URL)
        assert call.kwargs["data"] == {
            "grant_type": "authorization_code",
            "code": "the-code",
            "redirect_uri": "https://app.example/cb",
            "client_id": "app-id",
            "client_secret": "app-secret",
        }


class TestReprs:
    """No secret in any repr."""

    def test_reprs(self):
        assert (
            repr(BasicAuth("me@acme.com", "k3y"))
            == "BasicAuth(username='me@acme.com', api_key='***')"
        )
        text = repr(oauth()) + repr(OAuth2Tokens("at-old", "rt-old"))
        for secret in ("at-old", "rt-old", "app-secret"):
            assert secret not in text
