"""8. Import cost: ``import gorgias_async`` against ``import aiohttp`` (which it needs), each
in a fresh interpreter that times its own import (interpreter start-up excluded). Both run
once per round, in a shuffled order; ratios are per round. ``from gorgias_async import
Gorgias`` (the blocking client, imported on first use) is shown for reference."""

from __future__ import annotations

import asyncio
import statistics
import subprocess
import sys
from collections.abc import Awaitable, Callable
from typing import Any

from ._common import interleave, spread_cell, summary_row, table

AIOHTTP = "import aiohttp"
OURS = "import gorgias_async"
STATEMENTS = [AIOHTTP, OURS, "from gorgias_async import Gorgias"]

TIMER = """
import time
started = time.perf_counter()
{statement}
print(time.perf_counter() - started)
"""


def _seconds(statement: str) -> float:
    out = subprocess.run(
        [sys.executable, "-c", TIMER.format(statement=statement)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return float(out)


async def run(quick: bool) -> dict[str, Any]:
    """Time each import in ``rounds`` fresh interpreters, interleaved."""
    rounds = 5 if quick else 15
    seconds: dict[str, list[float]] = {statement: [] for statement in STATEMENTS}

    def contender(statement: str) -> Callable[[], Awaitable[None]]:
        async def measure() -> None:
            seconds[statement].append(await asyncio.to_thread(_seconds, statement))

        return measure

    await interleave(
        {statement: contender(statement) for statement in STATEMENTS},
        rounds=rounds,
        baseline=AIOHTTP,
    )
    ratios = {
        s: [mine / base for mine, base in zip(seconds[s], seconds[AIOHTTP], strict=True)]
        for s in STATEMENTS
    }
    rows = [
        [f"`{s}`", f"{statistics.median(seconds[s]) * 1000:.0f}", spread_cell(ratios[s])]
        for s in STATEMENTS
    ]
    return {
        "table": table(
            f"8. Import cost — fresh interpreters, {rounds} rounds",
            ["statement", "median ms", "÷ import aiohttp: median (min–max)"],
            rows,
        ),
        "summary": [summary_row("import gorgias_async ÷ import aiohttp", ratios[OURS])],
    }
