"""1. Overhead: walking pages of tickets with ``fetch_all`` (models included) and with
``paginate`` (dicts) against a hand-written aiohttp loop (JSON decode only), an httpx loop
and a blocking requests loop, all against the same fake on loopback with no latency and
no budget. The fake runs in its own process, as a real server would: the CPU column is
the contender's own cost, and the wall column what a user waits."""

from __future__ import annotations

import asyncio
from typing import Any

import aiohttp
import orjson

from ._common import RemoteFake, basic_header, client_for, fake_in_subprocess, table, timed


async def _aiohttp_loop(fake: RemoteFake) -> int:
    count, cursor = 0, None
    async with aiohttp.ClientSession(headers=basic_header(fake)) as session:
        while True:
            params = {"limit": "100", **({"cursor": cursor} if cursor else {})}
            async with session.get(fake.base_url + "/tickets", params=params) as response:
                body = orjson.loads(await response.read())
            count += len(body["data"])
            cursor = body["meta"]["next_cursor"]
            if not cursor:
                return count


async def _httpx_loop(fake: RemoteFake) -> int:
    import httpx

    count, cursor = 0, None
    async with httpx.AsyncClient(headers=basic_header(fake)) as session:
        while True:
            params = {"limit": "100", **({"cursor": cursor} if cursor else {})}
            response = await session.get(fake.base_url + "/tickets", params=params)
            body = orjson.loads(response.content)
            count += len(body["data"])
            cursor = body["meta"]["next_cursor"]
            if not cursor:
                return count


def _requests_loop(fake: RemoteFake) -> int:
    import requests

    count, cursor = 0, None
    with requests.Session() as session:
        session.headers.update(basic_header(fake))
        while True:
            params = {"limit": "100", **({"cursor": cursor} if cursor else {})}
            body = orjson.loads(session.get(fake.base_url + "/tickets", params=params).content)
            count += len(body["data"])
            cursor = body["meta"]["next_cursor"]
            if not cursor:
                return count


async def _ours(fake: RemoteFake, prefetch: int) -> int:
    async with client_for(fake) as client:
        return sum([1 async for _ in client.tickets.fetch_all(prefetch=prefetch)])


async def _ours_raw(fake: RemoteFake) -> int:
    async with client_for(fake) as client:
        return sum([1 async for _ in client.paginate("/tickets")])


async def run(quick: bool) -> dict[str, Any]:
    """Walk ``pages`` × 100 tickets with each contender; returns the table and ratios."""
    pages = 20 if quick else 200
    async with fake_in_subprocess(
        seed=1,
        tickets=pages * 100,
        customers=500,
        rate_limit=None,
        messages_per_ticket=(0, 0),
        events=False,
    ) as fake:
        contenders: dict[str, Any] = {
            "hand-written aiohttp loop (dicts)": lambda: _aiohttp_loop(fake),
            "gorgias_async fetch_all (models)": lambda: _ours(fake, 1),
            "gorgias_async fetch_all, no prefetch": lambda: _ours(fake, 0),
            "gorgias_async paginate (dicts)": lambda: _ours_raw(fake),
        }
        try:
            import httpx  # noqa: F401

            contenders["httpx loop (dicts)"] = lambda: _httpx_loop(fake)
        except ImportError:
            pass
        results = {}
        await _aiohttp_loop(fake)  # warm up the fake
        async with client_for(fake) as client:  # build the model hooks outside the timing
            await client.tickets.list(limit=100)
        for name, make in contenders.items():
            with timed() as t:
                items = await make()
            results[name] = (items, t)
        try:
            import requests  # noqa: F401

            with timed() as t:
                items = await asyncio.to_thread(_requests_loop, fake)
            results["requests loop, blocking (dicts)"] = (items, t)
        except ImportError:
            pass
    base = results["hand-written aiohttp loop (dicts)"][1]
    rows = []
    for name, (items, t) in results.items():
        rows.append(
            [
                name,
                f"{items:,}",
                f"{items / t.wall:,.0f}",
                f"{t.cpu / items * 1000:.3f}",
                f"{t.wall / base.wall:.2f}×",
            ]
        )
    ours = results["gorgias_async fetch_all (models)"][1]
    return {
        "table": table(
            f"1. Overhead — {pages} pages × 100 tickets, no latency, no budget",
            ["contender", "items", "items/s", "CPU s / 1,000 items", "time vs aiohttp loop"],
            rows,
        ),
        "ratio": ours.wall / base.wall,
        "target": "≤ 1.3× the aiohttp loop",
        "met": ours.wall / base.wall <= 1.3,
    }
