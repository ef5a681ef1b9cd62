"""Error answers map to typed exceptions carrying status, Gorgias' body and the request id."""

from __future__ import annotations

import re

import aiohttp
import pytest

from gorgias_async import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AsyncGorgias,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    DecodeError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from gorgias_async._aiohttp import error_from_exception

URL = re.compile(r"^https://acme\.gorgias\.com/api/tickets.*$")


def make_client(**options):
    defaults = {
        "username": "me@acme.com",
        "api_key": "s3cr3t-key",
        "rate_limit": None,
        "max_retries": 0,
    }
    return AsyncGorgias("acme", **(defaults | options))


class TestMapping:
    """One mapper, one class per status."""

    @pytest.mark.parametrize(
        ("status", "cls"),
        [
            (400, BadRequestError),
            (401, AuthenticationError),
            (403, PermissionDeniedError),
            (404, NotFoundError),
            (409, ConflictError),
            (422, UnprocessableEntityError),
            (429, RateLimitError),
            (500, InternalServerError),
            (503, InternalServerError),
            (418, APIStatusError),
        ],
    )
    async def test_status_to_class(self, mocked, status, cls):
        body = {"error": {"msg": "Nope.", "data": {"email": ["Not a valid email."]}}}
        mocked.get(URL, status=status, payload=body, headers={"X-Request-Id": "req-42"})
        async with make_client() as client:
            with pytest.raises(cls) as caught:
                await client.request("GET", "/tickets")
        error = caught.value
        assert type(error) is cls
        assert error.status == status
        assert error.body == body
        assert error.error_message == "Nope."
        assert error.field_errors == {"email": ["Not a valid email."]}
        assert error.request_id == "req-42"
        assert (error.method, error.path) == ("GET", "/tickets")
        assert "req-42" in str(error)
        assert "Nope." in str(error)

    async def test_html_error_body_is_kept_as_text(self, mocked):
        mocked.get(URL, status=502, body="<html>Bad gateway</html>")
        async with make_client() as client:
            with pytest.raises(InternalServerError) as caught:
                await client.request("GET", "/tickets")
        assert caught.value.body == "<html>Bad gateway</html>"
        assert caught.value.field_errors == {}

    async def test_429_carries_retry_after(self, mocked):
        mocked.get(
            URL, status=429, payload={"error": {"msg": "slow down"}}, headers={"Retry-After": "7"}
        )
        async with make_client() as client:
            with pytest.raises(RateLimitError) as caught:
                await client.request("GET", "/tickets")
        assert caught.value.retry_after == 7.0

    async def test_invalid_json_is_a_decode_error(self, mocked):
        mocked.get(URL, status=200, body="{not json", content_type="application/json")
        async with make_client() as client:
            with pytest.raises(DecodeError) as caught:
                await client.request("GET", "/tickets")
        assert caught.value.status == 200


class TestRequests:
    """What goes on the wire."""

    async def test_basic_auth_header_and_defaults(self, mocked):
        mocked.get(URL, payload={"data": []})
        async with make_client() as client:
            await client.request("GET", "/tickets")
        (request,) = [r for calls in mocked.requests.values() for r in calls]
        headers = request.kwargs["headers"]
        assert headers["Authorization"] == "Basic bWVAYWNtZS5jb206czNjcjN0LWtleQ=="

    async def test_param_encoding(self, mocked):
        mocked.get(URL, payload={"data": []})
        async with make_client() as client:
            await client.request(
                "GET",
                "/tickets",
                params={
                    "ticket_ids": [1, 2],
                    "created_datetime": {"gte": "2024-01-01T00:00:00Z"},
                    "archived": True,
                    "skip": None,
                },
            )
        ((_, url),) = mocked.requests.keys()
        assert "ticket_ids=1&ticket_ids=2" in str(url)
        assert "created_datetime%5Bgte%5D=2024-01-01T00:00:00Z" in str(url)
        assert "archived=true" in str(url)
        assert "skip" not in str(url)

    @pytest.mark.parametrize("path", ["tickets", "https://evil.com/x", "//evil.com/x"])
    async def test_paths_must_be_relative_to_base_url(self, mocked, path):
        async with make_client() as client:
            with pytest.raises(ValueError, match="path"):
                await client.request("GET", path)
        assert not mocked.requests


class TestNoAnswer:
    """aiohttp and timeout failures become APIConnectionError, with ``sent`` honest."""

    @pytest.mark.parametrize(
        ("exc", "cls", "sent"),
        [
            (aiohttp.ConnectionTimeoutError(), APITimeoutError, False),
            (TimeoutError(), APITimeoutError, True),
            (aiohttp.SocketTimeoutError(), APITimeoutError, True),
            (aiohttp.ServerDisconnectedError(), APIConnectionError, True),
            (aiohttp.ClientPayloadError("cut"), APIConnectionError, True),
        ],
    )
    def test_translation(self, exc, cls, sent):
        error = error_from_exception(exc, method="POST", path="/tickets")
        assert type(error) is cls
        assert error.sent is sent
        assert (error.method, error.path) == ("POST", "/tickets")

    def test_secrets_are_masked(self):
        exc = aiohttp.ClientError("failed with api_key=s3cr3t-key")
        error = error_from_exception(exc, method="GET", path="/x", secrets=("s3cr3t-key",))
        assert "s3cr3t-key" not in str(error)

    async def test_through_the_client(self, mocked):
        mocked.get(URL, exception=aiohttp.ServerDisconnectedError())
        async with make_client() as client:
            with pytest.raises(APIConnectionError) as caught:
                await client.request("GET", "/tickets")
        assert isinstance(caught.value.__cause__, aiohttp.ServerDisconnectedError)


class TestCheckConnection:
    """GET /account, with a hint of what to fix in each error."""

    ACCOUNT = re.compile(r"^https://acme\.gorgias\.com/api/account$")

    async def test_returns_the_account(self, mocked):
        mocked.get(self.ACCOUNT, payload={"domain": "acme"})
        async with make_client() as client:
            assert await client.check_connection() == {"domain": "acme"}

    @pytest.mark.parametrize(
        ("status", "cls", "hint"),
        [
            (401, AuthenticationError, "API key"),
            (403, PermissionDeniedError, "scopes"),
            (404, NotFoundError, "domain"),
        ],
    )
    async def test_hints(self, mocked, status, cls, hint):
        mocked.get(self.ACCOUNT, status=status, payload={"error": {"msg": "no"}})
        async with make_client() as client:
            with pytest.raises(cls, match=hint) as caught:
                await client.check_connection()
        assert hint in caught.value.message
        assert "s3cr3t-key" not in str(caught.value)

    async def test_unreachable_domain(self, mocked):
        mocked.get(self.ACCOUNT, exception=aiohttp.ClientConnectionError("no route"))
        async with make_client() as client:
            with pytest.raises(APIConnectionError, match="check the domain"):
                await client.check_connection()
