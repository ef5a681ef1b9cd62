"""The ``gorgias-async`` command itself: version, the standalone sandbox, ``check``."""

from __future__ import annotations

import asyncio
import base64
import sys

import aiohttp

from gorgias_async import __version__
from gorgias_async.cli import main
from gorgias_async.testing import FakeGorgias


async def test_version():
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "gorgias_async.cli", "--version", stdout=asyncio.subprocess.PIPE
    )
    out, _ = await process.communicate()
    assert process.returncode == 0
    assert __version__ in out.decode()


async def test_sandbox_serves_on_loopback_until_stopped():
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "gorgias_async.cli",
        "sandbox",
        "--port",
        "0",
        "--tickets",
        "5",
        stdout=asyncio.subprocess.PIPE,
    )
    try:
        assert process.stdout is not None
        line = (await asyncio.wait_for(process.stdout.readline(), 30)).decode()
        base_url = line.split()[-1]
        assert base_url.startswith("http://127.0.0.1:")
        banner = ""
        while "Ctrl-C" not in banner:
            banner += (await asyncio.wait_for(process.stdout.readline(), 30)).decode()
        assert "api key:  sandbox-api-key" in banner
        assert f"export GORGIAS_BASE_URL={base_url}" in banner
        assert "export GORGIAS_API_KEY=sandbox-api-key" in banner
        token = base64.b64encode(b"sandbox@example.com:sandbox-api-key").decode()
        async with aiohttp.ClientSession(headers={"Authorization": f"Basic {token}"}) as s:
            async with s.get(base_url + "/tickets") as response:
                assert response.status == 200
                assert len((await response.json())["data"]) == 5
    finally:
        process.terminate()
        await process.wait()


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
