"""``gorgias-async check``: a working connection described, a broken one explained."""

from __future__ import annotations

import asyncio

from gorgias_async.cli import main
from gorgias_async.testing import FakeGorgias


class TestCheck:
    """``gorgias-async check``: a working connection described, a broken one explained."""

    async def test_sandbox(self, capsys):
        code = await asyncio.to_thread(main, ["check", "--sandbox", "--quiet"])
        out = capsys.readouterr().out
        assert code == 0
        assert "OK: account 'sandbox' (active)" in out
        assert "auth:   basic" in out
        assert "40 requests / 2 s" in out

    async def test_wrong_key_is_explained_without_the_key(self, capsys, monkeypatch):
        monkeypatch.setenv("CHECK_KEY", "wrong-key-123")
        async with FakeGorgias(tickets=1, rate_limit=None) as fake:
            argv = ["check", "--base-url", fake.base_url, "--username", fake.username]
            code = await asyncio.to_thread(main, [*argv, "--api-key-env", "CHECK_KEY"])
        err = capsys.readouterr().err
        assert code == 1
        assert "AuthenticationError" in err
        assert "API key" in err
        assert "wrong-key-123" not in err

    async def test_inactive_account(self, capsys, monkeypatch):
        async with FakeGorgias(tickets=1, rate_limit=None) as fake:
            monkeypatch.setenv("GORGIAS_API_KEY", fake.api_key)
            fake.state.account["status"] = {"status": "inactive"}
            argv = ["check", "--base-url", fake.base_url, "--username", fake.username]
            code = await asyncio.to_thread(main, argv)
        assert code == 1
        assert "AccountInactiveError" in capsys.readouterr().err

    async def test_bad_domain_is_a_usage_error(self, capsys, monkeypatch):
        monkeypatch.setenv("GORGIAS_API_KEY", "k")
        code = await asyncio.to_thread(
            main, ["check", "--domain", "evil.com/x", "--username", "a@b.c"]
        )
        assert code == 2
        assert "domain" in capsys.readouterr().err
