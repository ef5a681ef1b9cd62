"""4. Prefetch: a consumer spending 50 ms per page while the server takes 50 ms per page.
The best a walk can do is the first page's wait plus the consumer's time, (N + 1) × 50 ms:
the first request overlaps nothing, every later one can hide behind the consumer. Time ÷
that ideal; prefetch 0, 1 and 2 run once per round, in a shuffled order; the target is on
the default (1)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

from ._common import client_for, fake_in_subprocess, interleave, spread_cell, summary_row, table

DELAY = 0.05


async def run(quick: bool) -> dict[str, Any]:
    """Walk ``pages`` pages with each prefetch depth, ``rounds`` times interleaved."""
    pages, rounds = (10, 3) if quick else (40, 5)
    ideal = (pages + 1) * DELAY
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

        def walk(prefetch: int) -> Callable[[], Awaitable[None]]:
            async def consume() -> None:
                async for _page in client.tickets.fetch_pages(prefetch=prefetch):
                    await asyncio.sleep(DELAY)  # the consumer's work on one page

            return consume

        contenders = {f"prefetch {depth}": walk(depth) for depth in (0, 1, 2)}
        measured = await interleave(contenders, rounds=rounds, baseline="prefetch 0")
    vs_ideal = {name: [w / ideal for w in measured.walls(name)] for name in contenders}
    rows = [
        [
            name,
            f"{measured.median(name):.2f}",
            f"{ideal:.2f}",
            f"{pages * 2 * DELAY:.2f}",
            spread_cell(vs_ideal[name]),
        ]
        for name in contenders
    ]
    return {
        "table": table(
            f"4. Prefetch — {pages} pages, {DELAY * 1000:.0f} ms server + "
            f"{DELAY * 1000:.0f} ms consumer per page; {rounds} rounds",
            [
                "pages prefetched",
                "median s",
                "ideal (N + 1) × 50 ms, s",
                "sum s",
                "÷ ideal: median (min–max)",
            ],
            rows,
        ),
        "summary": [
            summary_row(
                "prefetch: default (1) ÷ ideal",
                vs_ideal["prefetch 1"],
                "≤ 1.15×",
                lambda r: r <= 1.15,
            )
        ],
    }
