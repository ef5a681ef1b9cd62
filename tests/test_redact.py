"""Secrets never appear in logs, reprs, exceptions or exported files."""

from __future__ import annotations

import base64
import logging

import pytest

from gorgias_async import AsyncGorgias, BasicAuth, InternalServerError, OAuth2
from gorgias_async._redact import redact
from gorgias_async.auth import OAuth2Tokens
from gorgias_async.testing import FakeGorgias, Fault

API_KEY = "sk-very-secret-api-key-123"


class TestReprs:
    """Credentials show as ``***``."""

    def test_auth_and_client_reprs(self):
        basic = BasicAuth("me@acme.com", API_KEY)
        oauth = OAuth2("at-secret-token", refresh_token="rt-secret", client_secret="cs-secret")
        tokens = OAuth2Tokens("at-secret-token", "rt-secret")
        client = AsyncGorgias("acme", username="me@acme.com", api_key=API_KEY)
        for text in (repr(basic), repr(oauth), repr(tokens), repr(client)):
            for secret in (API_KEY, "at-secret-token", "rt-secret", "cs-secret"):
                assert secret not in text
        assert "me@acme.com" in repr(basic)

    def test_redact_masks_known_and_shaped_secrets(self):
        header = "Basic " + base64.b64encode(f"me@acme.com:{API_KEY}".encode()).decode()
        text = f"Authorization: {header} api_key={API_KEY} access_token=abc123 token: xyz"
        cleaned = redact(text, (API_KEY,))
        assert API_KEY not in cleaned
        assert header.split()[1] not in cleaned
        assert "abc123" not in cleaned
        assert "xyz" not in cleaned


@pytest.mark.asyncio
async def test_a_failing_retried_run_logs_no_secret(caplog):
    """Everything logged at DEBUG during retries and failures is free of credentials."""
    caplog.set_level(logging.DEBUG)
    async with FakeGorgias(rate_limit=None, tickets=3, api_key=API_KEY) as fake:
        fake.faults.add(
            Fault.status(503, path="/account", nth=[1, 2]),
            Fault.drop(path="/account", nth=[3]),
            Fault.status(500, path="/tickets", body={"echo": f"api_key={API_KEY}"}),
        )
        basic_value = base64.b64encode(f"{fake.username}:{API_KEY}".encode()).decode()
        async with AsyncGorgias(
            base_url=fake.base_url,
            username=fake.username,
            api_key=API_KEY,
            rate_limit=None,
            max_retries=3,
            retry_base_delay=0.001,
        ) as client:
            await client.request("GET", "/account")
            with pytest.raises(InternalServerError) as caught:
                await client.request("GET", "/tickets")
        tokens = fake.issue_oauth_tokens()
        async with AsyncGorgias(
            base_url=fake.base_url,
            auth=OAuth2(
                tokens["access_token"],
                refresh_token=tokens["refresh_token"],
                client_id=fake.oauth_client_id,
                client_secret=fake.oauth_client_secret,
            ),
            rate_limit=None,
        ) as oauth_client:
            fake.expire_access_tokens()
            await oauth_client.request("GET", "/account")
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "GET /account" in logged  # it did log the run
    texts = [logged, str(caught.value), repr(caught.value.args), repr(client)]
    for text in texts:
        for secret in (
            API_KEY,
            basic_value,
            tokens["access_token"],
            tokens["refresh_token"],
            fake.oauth_client_secret,
        ):
            assert secret not in text


async def test_tokens_refreshed_away_stay_secret():
    """After a refresh the old tokens are still masked: one may sit in a log line or an
    error written before it (one redactor, fed ``auth.secrets()``; issue 15)."""
    async with FakeGorgias(rate_limit=None, tickets=1) as fake:
        tokens = fake.issue_oauth_tokens()
        auth = OAuth2(
            tokens["access_token"],
            refresh_token=tokens["refresh_token"],
            client_id=fake.oauth_client_id,
            client_secret=fake.oauth_client_secret,
        )
        async with AsyncGorgias(base_url=fake.base_url, auth=auth, rate_limit=None) as client:
            fake.expire_access_tokens()
            await client.request("GET", "/account")
    assert auth.refreshes == 1
    line = f"sent with {tokens['access_token']} after {tokens['refresh_token']}"
    assert redact(line, auth.secrets()) == "sent with *** after ***"
