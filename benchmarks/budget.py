"""3. Budget use: a 600-request export across 4 resources under the fake's real leaky
bucket (time-scaled), against a naive concurrent loop that only reacts to 429s."""

from __future__ import annotations

import asyncio
import statistics
from collections.abc import Awaitable, Callable
from typing import Any

import aiohttp
import orjson

from gorgias_async import RateLimit
from gorgias_async.testing import FakeGorgias, RateLimitRules

from ._common import basic_header, client_for, interleave, spread_cell, summary_row, table, timed

SCALE = 20.0  # 40 per 20 s becomes 40 per second
RULES = RateLimitRules(api_key=40, window=20.0)
STREAMS = ["tickets", "customers", "messages"]


def _seed(requests: int) -> dict[str, Any]:
    # pages of 10: `requests` pages split over the 3 streams (messages: one per ticket)
    per = requests // 3 * 10
    return {"tickets": per, "customers": per, "messages_per_ticket": (1, 1), "events": False}


async def _naive(fake: FakeGorgias) -> int:
    """Four concurrent walks that retry on 429 after Retry-After, no pacing."""
    sent = 0

    async def walk(session: aiohttp.ClientSession, path: str) -> None:
        nonlocal sent
        cursor = None
        while True:
            params = {"limit": "10", **({"cursor": cursor} if cursor else {})}
            async with session.get(fake.base_url + path, params=params) as response:
                sent += 1
                if response.status == 429:
                    await asyncio.sleep(float(response.headers["Retry-After"]))
                    continue
                body = orjson.loads(await response.read())
            cursor = body["meta"]["next_cursor"]
            if not cursor:
                return

    async with aiohttp.ClientSession(headers=basic_header(fake)) as session:
        await asyncio.gather(*(walk(session, f"/{name}") for name in STREAMS))
    return sent


OURS = "gorgias_async walk (paced)"
NAIVE = "naive loop (reacts to 429)"


async def _once(name: str, requests: int) -> dict[str, Any]:
    """One walk by ``name`` against a fresh fake account (and a fresh bucket)."""
    rate = RULES.api_key / RULES.window * SCALE
    async with FakeGorgias(seed=3, rate_limit=RULES, time_scale=SCALE, **_seed(requests)) as fake:
        with timed() as t:
            if name == OURS:
                budget = RateLimit(40, RULES.window / SCALE)
                async with client_for(fake, rate_limit=budget, max_concurrency=8) as client:
                    async for _ in client.walk(STREAMS, page_size=10):
                        pass
                sent = fake.stats.requests
            else:
                sent = await _naive(fake)
        ok = fake.stats.requests - fake.stats.rate_limited
        # The first `capacity` requests are a free burst; the rest drain at `rate`.
        achieved = (ok - RULES.api_key) / t.wall
        return {
            "sent": sent,
            "ok": ok,
            "429s": fake.stats.rate_limited,
            "seconds": t.wall,
            "achieved": achieved,
            "ratio": achieved / rate,
        }


async def run(quick: bool) -> dict[str, Any]:
    """Achieved rate ÷ budget rate, and 429s, for ours and the naive loop, per round."""
    requests, rounds = (200, 2) if quick else (300, 5)
    rate = RULES.api_key / RULES.window * SCALE
    runs: dict[str, list[dict[str, Any]]] = {OURS: [], NAIVE: []}

    def contender(name: str) -> Callable[[], Awaitable[None]]:
        async def walk() -> None:
            runs[name].append(await _once(name, requests))

        return walk

    await interleave({name: contender(name) for name in runs}, rounds=rounds, baseline=OURS)
    rows = []
    for name, results in runs.items():
        rows.append(
            [
                name,
                statistics.median(r["sent"] for r in results),
                statistics.median(r["ok"] for r in results),
                "/".join(str(r["429s"]) for r in results),
                f"{statistics.median(r['seconds'] for r in results):.2f}",
                f"{statistics.median(r['achieved'] for r in results):.1f}",
                spread_cell([r["ratio"] for r in results]),
            ]
        )
    ours = runs[OURS]
    no_429s = all(r["429s"] == 0 for r in ours)
    return {
        "table": table(
            f"3. Budget use — ~{requests} pages over 3 streams, bucket 40/20 s at {SCALE:.0f}× "
            f"(= {rate:.0f} req/s); {rounds} rounds, a fresh account each",
            [
                "contender",
                "requests sent (median)",
                "answered",
                "429s per round",
                "median seconds",
                "steady req/s (after burst)",
                "÷ budget rate: median (min–max)",
            ],
            rows,
        ),
        "summary": [
            summary_row(
                "budget: paced walk ÷ the budget rate",
                [r["ratio"] for r in ours],
                "≥ 0.95, no 429 in any round",
                lambda r: r >= 0.95 and no_429s,
            )
        ],
    }
