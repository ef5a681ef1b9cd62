"""2. Latency hiding: N gets with 50 ms server latency and 25 in flight vs the ideal
N / 25 × 50 ms."""

from __future__ import annotations

import asyncio
from typing import Any

from ._common import client_for, fake_in_subprocess, table, timed

LATENCY = 0.05
CONCURRENCY = 25


async def run(quick: bool) -> dict[str, Any]:
    """Time ``gets`` concurrent ``tickets.get`` calls."""
    gets = 250 if quick else 2000
    async with (
        fake_in_subprocess(
            seed=2, tickets=500, customers=50, rate_limit=None, latency=LATENCY, events=False
        ) as fake,
        client_for(fake, max_concurrency=CONCURRENCY) as client,
    ):
        await client.tickets.get(1)
        ids = [1 + i % 500 for i in range(gets)]
        with timed() as t:
            result = await client.tickets.get_many(ids)
        peak = client.stats.peak_in_flight
    assert len(result.items) == gets
    ideal = gets / CONCURRENCY * LATENCY
    ratio = t.wall / ideal
    return {
        "table": table(
            f"2. Latency hiding — {gets:,} gets, {LATENCY * 1000:.0f} ms latency, "
            f"{CONCURRENCY} in flight",
            ["measured s", "ideal s", "ratio", "peak in flight"],
            [[f"{t.wall:.2f}", f"{ideal:.2f}", f"{ratio:.2f}×", peak]],
        ),
        "ratio": ratio,
        "target": "≤ 1.1× ideal",
        "met": ratio <= 1.1,
    }


if __name__ == "__main__":  # pragma: no cover
    print(asyncio.run(run(True))["table"])
