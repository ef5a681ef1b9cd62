"""The ``gorgias-async`` command itself: version and the standalone sandbox."""

from __future__ import annotations

import asyncio
import base64
import sys

import aiohttp

from gorgias_async import __version__


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
        token = base64.b64encode(b"sandbox@example.com:sandbox-api-key").decode()
        async with aiohttp.ClientSession(headers={"Authorization": f"Basic {token}"}) as s:
            async with s.get(base_url + "/tickets") as response:
                assert response.status == 200
                assert len((await response.json())["data"]) == 5
    finally:
        process.terminate()
        await process.wait()
