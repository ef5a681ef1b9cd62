"""5. Memory: peak RSS of a streaming walk of N vs 10 N tickets, each in a fresh process
(the fake runs in a separate process too, so its data is not counted)."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from typing import Any

from ._common import table

CHILD = r"""
import asyncio, json, sys, resource
from gorgias_async import AsyncGorgias

async def main(base_url):
    async with AsyncGorgias(base_url=base_url, username="sandbox@example.com",
                            api_key="sandbox-api-key", rate_limit=None) as client:
        count = 0
        async for _ in client.tickets.fetch_all(prefetch=2):
            count += 1
    print(json.dumps({"items": count,
                      "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))

asyncio.run(main(sys.argv[1]))
"""

SERVER = r"""
import asyncio, sys
from gorgias_async.testing import FakeGorgias

async def main(tickets):
    async with FakeGorgias(seed=5, tickets=tickets, customers=1000, rate_limit=None,
                           messages_per_ticket=(0, 0), events=False) as fake:
        print(fake.base_url, flush=True)
        await asyncio.Event().wait()

asyncio.run(main(int(sys.argv[1])))
"""


def _measure(tickets: int) -> dict[str, Any]:
    server = subprocess.Popen(
        [sys.executable, "-c", SERVER, str(tickets)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert server.stdout is not None
        base_url = server.stdout.readline().strip()
        out = subprocess.run(
            [sys.executable, "-c", CHILD, base_url], check=True, capture_output=True, text=True
        ).stdout
        result: dict[str, Any] = json.loads(out)
        return result
    finally:
        server.kill()
        server.wait()


async def run(quick: bool) -> dict[str, Any]:
    """Peak RSS for a small and a ten-times-larger walk."""
    small, large = (2_000, 20_000) if quick else (20_000, 200_000)
    first = await asyncio.to_thread(_measure, small)
    second = await asyncio.to_thread(_measure, large)
    ratio = second["rss_mb"] / first["rss_mb"]
    return {
        "table": table(
            "5. Memory — peak RSS of the walking process",
            ["tickets walked", "peak RSS MiB"],
            [
                [f"{first['items']:,}", f"{first['rss_mb']:.1f}"],
                [f"{second['items']:,}", f"{second['rss_mb']:.1f}"],
                ["ratio", f"{ratio:.2f}×"],
            ],
        ),
        "ratio": ratio,
        "target": "≤ 1.2× (flat in N)",
        "met": ratio <= 1.2,
    }
