"""Several walks at once: four streams walked concurrently vs the longest one alone, with
20 ms server latency and no budget limit (the budget allows it)."""

from __future__ import annotations

from typing import Any

from gorgias_async.testing import FakeGorgias

from ._common import client_for, table, timed

LATENCY = 0.02
STREAMS = ["tickets", "customers", "messages", "events"]


async def run(quick: bool) -> dict[str, Any]:
    """Time each stream alone, then all four through ``client.walk``."""
    tickets = 300 if quick else 1500
    async with (
        FakeGorgias(
            seed=8, tickets=tickets, customers=tickets // 2, rate_limit=None, latency=LATENCY
        ) as fake,
        client_for(fake, max_concurrency=8) as client,
    ):
        alone = {}
        for name in STREAMS:
            with timed() as t:
                async for _ in client.walk([name]):
                    pass
            alone[name] = t.wall
        with timed() as together:
            async for _ in client.walk(STREAMS):
                pass
    longest = max(alone.values())
    ratio = together.wall / longest
    rows = [[name, f"{seconds:.2f}"] for name, seconds in alone.items()]
    rows.append(["all four at once", f"{together.wall:.2f}"])
    rows.append(["sum of the four", f"{sum(alone.values()):.2f}"])
    return {
        "table": table(
            f"6b. Concurrent walks — {LATENCY * 1000:.0f} ms latency, no budget limit",
            ["walk", "seconds"],
            [*rows, ["together ÷ longest", f"{ratio:.2f}×"]],
        ),
        "ratio": ratio,
        "target": "about the longest walk (≤ 1.2×)",
        "met": ratio <= 1.2,
    }
