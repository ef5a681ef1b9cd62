"""Sync facade overhead: the blocking ``Gorgias`` against ``AsyncGorgias`` on the same calls.

    python -m benchmarks --only sync_overhead [--quick]    (or: python -m benchmarks.sync_overhead)

Both clients talk to the same fake server, which runs in its own process (as a real
server would: it must not compete with the client threads for the GIL), with no latency
and no rate limit, so what differs is the facade's own cost: handing each call to the
client's loop thread and waking the caller up (and, for ``fetch_all``, one hop per page).
Calls are sequential on both sides. The four workloads (async and sync ``tickets.get``,
async and sync ``fetch_all``) run once per round, in a shuffled order; each round
compares sync with async on that round's own numbers.
"""

from __future__ import annotations

import argparse
import asyncio
from typing import Any

from gorgias_async import AsyncGorgias, Gorgias

from ._common import fake_in_subprocess, interleave, spread_cell, summary_row, table

ASYNC_GETS, SYNC_GETS = "async tickets.get", "sync tickets.get"
ASYNC_WALK, SYNC_WALK = "async fetch_all", "sync fetch_all"


async def run(quick: bool) -> dict[str, Any]:
    """Measure, print nothing; return the table and the ratios."""
    calls, tickets, rounds = (50, 300, 3) if quick else (300, 2000, 7)
    async with fake_in_subprocess(
        seed=1, tickets=tickets, customers=50, rate_limit=None, messages_per_ticket=(0, 0)
    ) as fake:
        options: dict[str, Any] = {
            "base_url": fake.base_url,
            "username": fake.username,
            "api_key": fake.api_key,
            "rate_limit": None,
        }
        async with AsyncGorgias(**options) as async_client:
            ids = [t.id for t in (await async_client.tickets.list(limit=50)).data]
            sync_client = Gorgias(**options)
            try:

                async def async_gets() -> None:
                    for index in range(calls):
                        await async_client.tickets.get(ids[index % len(ids)])

                async def async_walk() -> None:
                    async for _ in async_client.tickets.fetch_all():
                        pass

                def sync_gets() -> None:
                    for index in range(calls):
                        sync_client.tickets.get(ids[index % len(ids)])

                def sync_walk() -> None:
                    for _ in sync_client.tickets.fetch_all():
                        pass

                # Sync code calls from a plain thread (this loop must not be blocked).
                contenders = {
                    ASYNC_GETS: async_gets,
                    SYNC_GETS: lambda: asyncio.to_thread(sync_gets),
                    ASYNC_WALK: async_walk,
                    SYNC_WALK: lambda: asyncio.to_thread(sync_walk),
                }
                for make in contenders.values():  # warm-up: connections, models
                    await make()
                measured = await interleave(contenders, rounds=rounds, baseline=ASYNC_GETS)
            finally:
                await asyncio.to_thread(sync_client.close)
    get_ratios = measured.ratios(SYNC_GETS, ASYNC_GETS)
    walk_ratios = measured.ratios(SYNC_WALK, ASYNC_WALK)
    rows = []
    for label, count, mine, theirs, ratios in (
        (f"`tickets.get` × {calls} (calls/s)", calls, ASYNC_GETS, SYNC_GETS, get_ratios),
        (
            f"`fetch_all` of {tickets} tickets (items/s)",
            tickets,
            ASYNC_WALK,
            SYNC_WALK,
            walk_ratios,
        ),
    ):
        async_time, sync_time = measured.median(mine), measured.median(theirs)
        rows.append(
            [
                label,
                f"{count / async_time:,.0f}",
                f"{count / sync_time:,.0f}",
                spread_cell(ratios),
                f"{(sync_time - async_time) / count * 1e6:+.0f} µs",
            ]
        )
    return {
        "table": table(
            "6. Sync facade overhead (fake server in its own process, no latency, no budget); "
            f"{rounds} rounds",
            [
                "workload",
                "async /s",
                "sync /s",
                "time sync ÷ async: median (min–max)",
                "overhead per call/item",
            ],
            rows,
        ),
        "summary": [
            summary_row(
                "sync overhead: tickets.get, sync ÷ async",
                get_ratios,
                "≤ 1.25× per call",
                lambda r: r <= 1.25,
            ),
            summary_row("sync overhead: fetch_all, sync ÷ async", walk_ratios),
        ],
    }


def main() -> None:
    """Parse ``--quick``, run, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a small run")
    args = parser.parse_args()
    result = asyncio.run(run(args.quick))
    print(result["table"])


if __name__ == "__main__":
    main()
