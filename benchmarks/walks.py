"""Several walks at once: four streams walked concurrently vs the longest one alone, with
20 ms server latency and no budget limit (the budget allows it). The fake runs in its own
process; the four single walks and the joint one run once per round, in a shuffled order,
and each round compares the joint walk with that round's longest single walk."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from ._common import client_for, fake_in_subprocess, interleave, spread_cell, summary_row, table

LATENCY = 0.02
STREAMS = ["tickets", "customers", "messages", "events"]
TOGETHER = "all four at once"


async def run(quick: bool) -> dict[str, Any]:
    """Time each stream alone and all four through ``client.walk``, round by round."""
    tickets, rounds = (300, 3) if quick else (1500, 5)
    async with (
        fake_in_subprocess(
            seed=8, tickets=tickets, customers=tickets // 2, rate_limit=None, latency=LATENCY
        ) as fake,
        client_for(fake, max_concurrency=8) as client,
    ):

        def walk(names: list[str]) -> Callable[[], Awaitable[None]]:
            async def consume() -> None:
                async for _ in client.walk(names):
                    pass

            return consume

        contenders = {name: walk([name]) for name in STREAMS}
        contenders[TOGETHER] = walk(STREAMS)
        measured = await interleave(contenders, rounds=rounds, baseline=TOGETHER)
    longest = [max(walls) for walls in zip(*(measured.walls(n) for n in STREAMS), strict=True)]
    ratios = [w / m for w, m in zip(measured.walls(TOGETHER), longest, strict=True)]
    rows = [[name, f"{measured.median(name):.2f}"] for name in contenders]
    rows.append(["together ÷ longest, per round", spread_cell(ratios)])
    return {
        "table": table(
            f"6b. Concurrent walks — {LATENCY * 1000:.0f} ms latency, no budget limit; "
            f"{rounds} rounds",
            ["walk", "median seconds"],
            rows,
        ),
        "summary": [
            summary_row(
                "walks: four at once ÷ the longest alone", ratios, "≤ 1.2×", lambda r: r <= 1.2
            )
        ],
    }
