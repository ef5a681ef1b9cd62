"""Sync facade overhead: the blocking ``Gorgias`` against ``AsyncGorgias`` on the same calls.

    python benchmarks/sync_overhead.py [--quick]      (or: python -m benchmarks.sync_overhead)

Both clients talk to the same fake server, which runs in its own process (as a real
server would: it must not compete with the client threads for the GIL), with no latency
and no rate limit, so what differs is the facade's own cost: handing each call to the
client's loop thread and waking the caller up (and, for ``fetch_all``, one hop per item).
Calls are sequential on both sides; the best of three rounds is kept. Prints a markdown
table: calls (or items) per second for each client and their ratio (sync / async).
"""

from __future__ import annotations

import argparse
import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Any

from gorgias_async import AsyncGorgias, Gorgias

from ._common import fake_in_subprocess

ROUNDS = 3


def _best(measure: Callable[[], float]) -> float:
    return min(measure() for _ in range(ROUNDS))


async def _best_async(measure: Callable[[], Awaitable[float]]) -> float:
    return min([await measure() for _ in range(ROUNDS)])


async def run(quick: bool) -> dict[str, Any]:
    """Measure, print nothing; return the table and the ratio of ``tickets.get``."""
    calls = 50 if quick else 300
    tickets = 300 if quick else 2000
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

            async def async_gets() -> float:
                start = time.perf_counter()
                for index in range(calls):
                    await async_client.tickets.get(ids[index % len(ids)])
                return time.perf_counter() - start

            async def async_walk() -> float:
                start = time.perf_counter()
                async for _ in async_client.tickets.fetch_all():
                    pass
                return time.perf_counter() - start

            await async_gets()  # warm-up: connections, models
            async_get_time = await _best_async(async_gets)
            async_walk_time = await _best_async(async_walk)

        def measure_sync() -> tuple[float, float]:
            with Gorgias(**options) as sync_client:

                def sync_gets() -> float:
                    start = time.perf_counter()
                    for index in range(calls):
                        sync_client.tickets.get(ids[index % len(ids)])
                    return time.perf_counter() - start

                def sync_walk() -> float:
                    start = time.perf_counter()
                    for _ in sync_client.tickets.fetch_all():
                        pass
                    return time.perf_counter() - start

                sync_gets()
                return _best(sync_gets), _best(sync_walk)

        # From a plain thread, as sync code calls it (this one's loop must not be blocked).
        sync_get_time, sync_walk_time = await asyncio.to_thread(measure_sync)

    rows = [
        (f"`tickets.get` × {calls} (calls/s)", calls, async_get_time, sync_get_time),
        (f"`fetch_all` of {tickets} tickets (items/s)", tickets, async_walk_time, sync_walk_time),
    ]
    lines = [
        "### 6. Sync facade overhead (fake server in its own process, no latency, no budget)",
        "",
        "| workload | async /s | sync /s | time sync ÷ async | overhead per call/item |",
        "|---|---|---|---|---|",
    ]
    for label, count, async_time, sync_time in rows:
        overhead_us = (sync_time - async_time) / count * 1e6
        lines.append(
            f"| {label} | {count / async_time:,.0f} | {count / sync_time:,.0f} | "
            f"{sync_time / async_time:.2f}× | {overhead_us:+.0f} µs |"
        )
    ratio = sync_get_time / async_get_time
    return {
        "table": "\n".join(lines) + "\n",
        "ratio": ratio,
        "target": "≤ 1.25× per call",
        "met": ratio <= 1.25,
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
