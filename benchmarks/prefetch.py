"""4. Prefetch: a consumer spending 50 ms per page while the server takes 50 ms per page;
time ÷ max(consumer, network)."""

from __future__ import annotations

import asyncio
from typing import Any

from ._common import client_for, fake_in_subprocess, table, timed

DELAY = 0.05


async def run(quick: bool) -> dict[str, Any]:
    """Walk ``pages`` pages with and without prefetch."""
    pages = 10 if quick else 40
    rows = []
    ratios = {}
    async with (
        fake_in_subprocess(
            seed=4,
            tickets=pages * 100,
            customers=100,
            rate_limit=None,
            latency=DELAY,
            messages_per_ticket=(0, 0),
            events=False,
        ) as fake,
        client_for(fake) as client,
    ):
        await client.tickets.get(1)
        for prefetch in (0, 1, 2):
            with timed() as t:
                async for _page in client.tickets.fetch_pages(prefetch=prefetch):
                    await asyncio.sleep(DELAY)  # the consumer's work on one page
            ideal = pages * DELAY
            ratios[prefetch] = t.wall / ideal
            rows.append(
                [
                    prefetch,
                    f"{t.wall:.2f}",
                    f"{ideal:.2f}",
                    f"{pages * 2 * DELAY:.2f}",
                    f"{t.wall / ideal:.2f}×",
                ]
            )
    return {
        "table": table(
            f"4. Prefetch — {pages} pages, {DELAY * 1000:.0f} ms server + "
            f"{DELAY * 1000:.0f} ms consumer per page",
            ["pages prefetched", "measured s", "max(consumer, network) s", "sum s", "ratio"],
            rows,
        ),
        "ratio": ratios[1],
        "target": "≤ 1.15 (default prefetch of 1)",
        "met": ratios[1] <= 1.15,
    }
