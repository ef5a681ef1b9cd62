"""5. Memory: the peak RSS of a streaming ``fetch_all`` of N vs 10 N tickets.

Each walk runs in a fresh process that reports its *own* peak (``VmHWM`` in
``/proc/self/status``); the fakes run in processes of their own, so their data is not
counted. A child's ``getrusage(...).ru_maxrss`` would not do: on Linux it keeps the peak of
the parent it was forked from, which the control row shows — the same small walk
launched from a parent holding a ballast of :data:`BALLAST_MIB` MiB.
"""

from __future__ import annotations

import asyncio
import json
import random
import statistics
import subprocess
import sys
from typing import Any

from ._common import OWN_PEAK_SOURCE, spread_cell, summary_row, table

BALLAST_MIB = 300

CHILD = (
    OWN_PEAK_SOURCE
    + r"""
import asyncio, json, resource, sys
from gorgias_async import AsyncGorgias

async def main(base_url):
    async with AsyncGorgias(base_url=base_url, username="sandbox@example.com",
                            api_key="sandbox-api-key", rate_limit=None) as client:
        count = 0
        async for _ in client.tickets.fetch_all(prefetch=2):
            count += 1
    print(json.dumps({
        "items": count,
        "own_peak_mib": own_peak_rss_mib(),
        "ru_maxrss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }))

asyncio.run(main(sys.argv[1]))
"""
)

#: A parent holding a ballast, then running CHILD: what the child's readings show.
LAUNCHER = r"""
import subprocess, sys
ballast = bytearray(int(sys.argv[1]) * 1024 * 1024)
ballast[::4096] = b"x" * len(ballast[::4096])  # touch every page: it is resident
print(subprocess.run([sys.executable, "-c", sys.argv[2], sys.argv[3]], check=True,
                     capture_output=True, text=True).stdout)
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


def _walk(base_url: str, ballast_mib: int = 0) -> dict[str, Any]:
    if ballast_mib:
        command = [sys.executable, "-c", LAUNCHER, str(ballast_mib), CHILD, base_url]
    else:
        command = [sys.executable, "-c", CHILD, base_url]
    out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    result: dict[str, Any] = json.loads(out)
    return result


def _measure(small: int, large: int, rounds: int) -> dict[str, Any]:
    servers = {
        size: subprocess.Popen(
            [sys.executable, "-c", SERVER, str(size)], stdout=subprocess.PIPE, text=True
        )
        for size in (small, large)
    }
    try:
        urls = {}
        for size, server in servers.items():
            assert server.stdout is not None
            urls[size] = server.stdout.readline().strip()
        walks: dict[int, list[dict[str, Any]]] = {small: [], large: []}
        rng = random.Random()
        for _ in range(rounds):
            order = [small, large]
            rng.shuffle(order)
            for size in order:
                walks[size].append(_walk(urls[size]))
        control = _walk(urls[small], BALLAST_MIB)
        return {"walks": walks, "control": control}
    finally:
        for server in servers.values():
            server.kill()
            server.wait()


async def run(quick: bool) -> dict[str, Any]:
    """Own peak RSS of a small and a ten-times-larger walk, round by round."""
    (small, large), rounds = ((2_000, 20_000), 2) if quick else ((20_000, 200_000), 5)
    measured = await asyncio.to_thread(_measure, small, large, rounds)
    walks, control = measured["walks"], measured["control"]
    for size, results in walks.items():
        assert all(r["items"] == size for r in results), results
    ratios = [
        big["own_peak_mib"] / little["own_peak_mib"]
        for little, big in zip(walks[small], walks[large], strict=True)
    ]

    def peak(size: int, key: str = "own_peak_mib") -> str:
        return f"{statistics.median(r[key] for r in walks[size]):.1f}"

    rows = [
        [f"{small:,}", peak(small), peak(small, "ru_maxrss_mib")],
        [f"{large:,}", peak(large), peak(large, "ru_maxrss_mib")],
        [f"{large:,} ÷ {small:,}, per round", spread_cell(ratios), ""],
        [
            f"control: {small:,} launched from a parent holding {BALLAST_MIB} MiB",
            f"{control['own_peak_mib']:.1f}",
            f"{control['ru_maxrss_mib']:.1f}",
        ],
    ]
    return {
        "table": table(
            f"5. Memory — peak RSS of the walking process (median of {rounds} fresh processes)",
            ["tickets walked", "own peak (VmHWM) MiB", "child's ru_maxrss MiB (misleading)"],
            rows,
        ),
        "summary": [
            summary_row(
                f"memory: peak RSS of {large:,} ÷ {small:,} tickets",
                ratios,
                "≤ 1.2× (flat in N)",
                lambda r: r <= 1.2,
            )
        ],
    }
