"""``gorgias-async sandbox``: the standalone fake server, until stopped."""

from __future__ import annotations

import asyncio
import base64
import sys

import aiohttp


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
