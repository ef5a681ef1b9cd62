"""2. Latency hiding: N ``tickets.get`` with 50 ms server latency and 25 in flight, against
the ideal N / 25 × 50 ms and against a hand-written aiohttp loop keeping 25 requests in
flight (a semaphore and ``gather``). Both run once per round, in a shuffled order."""

from __future__ import annotations

import asyncio
from typing import Any

import aiohttp
import orjson

from ._common import (
    RemoteFake,
    basic_header,
    client_for,
    fake_in_subprocess,
    interleave,
    spread_cell,
    summary_row,
    table,
)

LATENCY = 0.05
CONCURRENCY = 25
OURS = "gorgias_async get_many"
LOOP = "aiohttp + semaphore(25) + gather"


async def _aiohttp_gets(fake: RemoteFake, ids: list[int]) -> int:
    limit = asyncio.Semaphore(CONCURRENCY)
    connector = aiohttp.TCPConnector(limit=CONCURRENCY)
    async with aiohttp.ClientSession(headers=basic_header(fake), connector=connector) as session:

        async def get(ticket_id: int) -> Any:
            async with limit, session.get(f"{fake.base_url}/tickets/{ticket_id}") as response:
                return orjson.loads(await response.read())

        return len(await asyncio.gather(*(get(i) for i in ids)))


async def run(quick: bool) -> dict[str, Any]:
    """Time ``gets`` concurrent gets per contender, ``rounds`` times interleaved."""
    gets, rounds = (250, 3) if quick else (1000, 5)
    ideal = gets / CONCURRENCY * LATENCY
    async with (
        fake_in_subprocess(
            seed=2, tickets=500, customers=50, rate_limit=None, latency=LATENCY, events=False
        ) as fake,
        client_for(fake, max_concurrency=CONCURRENCY) as client,
    ):
        ids = [1 + i % 500 for i in range(gets)]

        async def ours() -> int:
            return len((await client.tickets.get_many(ids)).items)

        contenders = {OURS: ours, LOOP: lambda: _aiohttp_gets(fake, ids)}
        for make in contenders.values():
            assert await make() == gets
        measured = await interleave(contenders, rounds=rounds, baseline=LOOP)
        peak = client.stats.peak_in_flight
    vs_ideal = [wall / ideal for wall in measured.walls(OURS)]
    rows = [
        [name, f"{measured.median(name):.2f}", spread_cell([w / ideal for w in walls])]
        for name, walls in ((name, measured.walls(name)) for name in contenders)
    ]
    text = table(
        f"2. Latency hiding — {gets:,} gets, {LATENCY * 1000:.0f} ms latency, "
        f"{CONCURRENCY} in flight (peak seen: {peak}); ideal {ideal:.2f} s; {rounds} rounds",
        ["contender", "median s", "÷ ideal: median (min–max)"],
        rows,
    )
    text += f"\ngorgias_async ÷ the aiohttp loop, per round: {measured.cell(OURS)}\n"
    return {
        "table": text,
        "summary": [
            summary_row("latency: get_many ÷ ideal", vs_ideal, "≤ 1.1× ideal", lambda r: r <= 1.1),
            summary_row("latency: get_many ÷ aiohttp loop", measured.ratios(OURS)),
        ],
    }


if __name__ == "__main__":  # pragma: no cover
    print(asyncio.run(run(True))["table"])
