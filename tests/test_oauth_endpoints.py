"""OAuth with custom authorize and token URLs (a low-code component lets its user set
both): the whole flow — consent, code exchange, refresh — through a gateway of its own,
over real HTTP, in front of the fake. Async and blocking."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator

import aiohttp
import pytest
from aiohttp import web

from gorgias_async import AsyncGorgias, Gorgias, OAuth2
from gorgias_async.testing import FakeGorgias


class Gateway:
    """An identity gateway at ``/sso/consent`` and ``/sso/exchange``, forwarding to the
    fake's ``/oauth/authorize`` and ``/oauth/token``; it counts what it forwarded."""

    def __init__(self, fake: FakeGorgias) -> None:
        self.fake = fake
        self.hits: list[str] = []
        self.runner: web.AppRunner | None = None
        self.origin = ""

    async def start(self) -> None:
        app = web.Application()
        app.router.add_get("/sso/consent", self.consent)
        app.router.add_post("/sso/exchange", self.exchange)
        self.runner = web.AppRunner(app)
        await self.runner.setup()
        site = web.TCPSite(self.runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.origin = f"http://127.0.0.1:{port}"

    async def consent(self, request: web.Request) -> web.StreamResponse:
        self.hits.append(f"consent tenant={request.query.get('tenant')}")
        query = {k: v for k, v in request.query.items() if k != "tenant"}
        async with aiohttp.ClientSession() as session:
            url = f"{self.fake.origin}/oauth/authorize"
            async with session.get(url, params=query, allow_redirects=False) as answer:
                raise web.HTTPFound(answer.headers["Location"])

    async def exchange(self, request: web.Request) -> web.StreamResponse:
        form = dict(await request.post())
        self.hits.append(f"token {form.get('grant_type')}")
        async with aiohttp.ClientSession() as session:
            async with session.post(f"{self.fake.origin}/oauth/token", data=form) as answer:
                return web.Response(
                    status=answer.status, body=await answer.read(), content_type="application/json"
                )

    async def close(self) -> None:
        if self.runner is not None:
            await self.runner.cleanup()


@pytest.fixture
async def fake() -> AsyncIterator[FakeGorgias]:
    async with FakeGorgias(seed=1, tickets=1, rate_limit=None) as server:
        yield server


@pytest.fixture
async def gateway(fake: FakeGorgias) -> AsyncIterator[Gateway]:
    proxy = Gateway(fake)
    await proxy.start()
    yield proxy
    await proxy.close()


async def consent_code(url: str) -> str:
    async with aiohttp.ClientSession() as browser:
        async with browser.get(url, allow_redirects=False) as response:
            location = response.headers["Location"]
    return location.split("code=")[1].split("&")[0]


class TestCustomEndpoints:
    async def test_consent_exchange_and_refresh_through_the_gateway(self, fake, gateway):
        url = OAuth2.authorize_url(
            None,
            client_id=fake.oauth_client_id,
            redirect_uri="https://app.example/cb",
            scopes=["openid", "offline", "tickets:read"],
            state="s1",
            endpoint=f"{gateway.origin}/sso/consent?tenant=acme",
        )
        assert url.startswith(f"{gateway.origin}/sso/consent?tenant=acme&response_type=code")
        code = await consent_code(url)
        token_url = f"{gateway.origin}/sso/exchange"
        tokens = await OAuth2.exchange_code(
            None,
            code=code,
            redirect_uri="https://app.example/cb",
            client_id=fake.oauth_client_id,
            client_secret=fake.oauth_client_secret,
            token_url=token_url,
        )
        auth = OAuth2(
            tokens.access_token,
            tokens.refresh_token,
            client_id=fake.oauth_client_id,
            client_secret=fake.oauth_client_secret,
            expires_at=time.time() - 1,  # expired: the first call refreshes
            token_url=token_url,
        )
        async with AsyncGorgias(base_url=fake.base_url, auth=auth, rate_limit=None) as client:
            assert (await client.check_connection())["domain"] == "sandbox"
        assert auth.refreshes == 1
        assert gateway.hits == [
            "consent tenant=acme",
            "token authorization_code",
            "token refresh_token",
        ]
        # Every OAuth request the fake saw came through the gateway, none straight.
        assert len([r for r in fake.requests if r.path.startswith("/oauth")]) == 3

    async def test_blocking_client_refreshes_through_the_gateway(self, fake, gateway):
        code = await consent_code(
            OAuth2.authorize_url(
                fake.origin, fake.oauth_client_id, "https://app.example/cb", ["offline"], "s"
            )
        )
        tokens = await OAuth2.exchange_code(
            fake.origin, code, "https://app.example/cb", fake.oauth_client_id,
            fake.oauth_client_secret,
        )  # fmt: skip

        def run() -> int:
            auth = OAuth2(
                tokens.access_token,
                tokens.refresh_token,
                client_id=fake.oauth_client_id,
                client_secret=fake.oauth_client_secret,
                expires_at=time.time() - 1,
                token_url=f"{gateway.origin}/sso/exchange",
            )
            with Gorgias(base_url=fake.base_url, auth=auth, rate_limit=None) as client:
                client.tickets.list(limit=1)
            return auth.refreshes

        assert await asyncio.to_thread(run) == 1
        assert gateway.hits == ["token refresh_token"]

    @pytest.mark.parametrize(
        "bad", ["ftp://auth.example/token", "/oauth/token", "https://u:p@auth.example/t"]
    )
    async def test_bad_urls_are_refused_before_any_request(self, fake, bad):
        with pytest.raises(ValueError, match="token_url"):
            OAuth2("token", token_url=bad)
        with pytest.raises(ValueError, match="endpoint"):
            OAuth2.authorize_url(None, "id", "https://app/cb", ["openid"], "s", endpoint=bad)
        with pytest.raises(ValueError, match="token_url"):
            await OAuth2.exchange_code(None, "c", "https://app/cb", "id", "secret", token_url=bad)
        with pytest.raises(TypeError, match="domain_or_origin"):
            OAuth2.authorize_url(None, "id", "https://app/cb", ["openid"], "s")
        assert fake.stats.requests == 0
