"""3. Budget use: a 600-request export across 4 resources under the fake's real leaky
bucket (time-scaled), against a naive concurrent loop that only reacts to 429s; then two
accounts the fixed-window budget served badly (issue 16), learned against fixed side by
side: a busy account another app has spent 30/40 of (25-way concurrency), and an
Enterprise account whose bucket drains in 10 s."""

from __future__ import annotations

import asyncio
import statistics
from collections.abc import Awaitable, Callable
from typing import Any

import aiohttp
import orjson

from gorgias_async import RateLimit
from gorgias_async._ratelimit import WINDOW
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


class FixedWindow(RateLimit):
    """The budget before issue 16: Gorgias' 20 s window assumed, no slow start."""

    def __init__(self, capacity: int, window: float) -> None:
        super().__init__(capacity, window, learn_window=False)

    @property
    def knows_account(self) -> bool:
        return True  # never probes: the opening burst goes out at once


LEARNED = "default budget (slow start, window learned)"
FIXED = "fixed 20 s window (before)"
#: case → (bucket rules, units another app spent first, client concurrency)
CASES = {
    "busy account (30/40 spent), 25-way": (RateLimitRules(api_key=40, window=20.0), 30, 25),
    "Enterprise (40 per 10 s), 8-way": (RateLimitRules(api_key=40, window=10.0), 0, 8),
}


async def _account_case(case: str, name: str, requests: int) -> dict[str, Any]:
    rules, spent, concurrency = CASES[case]
    rate = rules.api_key / rules.window * SCALE
    seed = {"tickets": 50, "customers": 5, "messages_per_ticket": (0, 0), "events": False}
    async with FakeGorgias(seed=3, rate_limit=rules, time_scale=SCALE, **seed) as fake:
        if spent:
            fake.spend_budget(spent)
        budget = (
            RateLimit.for_auth("basic", time_scale=SCALE)
            if name == LEARNED
            else FixedWindow(40, WINDOW / SCALE)
        )
        async with client_for(fake, rate_limit=budget, max_concurrency=concurrency) as client:
            with timed() as t:
                await asyncio.gather(*(client.tickets.get(i % 50 + 1) for i in range(requests)))
        ok = fake.stats.requests - fake.stats.rate_limited
        achieved = (ok - (rules.api_key - spent)) / t.wall
        return {"429s": fake.stats.rate_limited, "ratio": achieved / rate, "seconds": t.wall}


async def _accounts(quick: bool) -> tuple[str, list[Any]]:
    requests, rounds = (120, 2) if quick else (600, 5)
    rows: list[list[Any]] = []
    summary: list[Any] = []
    for case in CASES:
        runs: dict[str, list[dict[str, Any]]] = {LEARNED: [], FIXED: []}

        def contender(
            name: str, case: str = case, runs: dict[str, list[dict[str, Any]]] = runs
        ) -> Callable[[], Awaitable[None]]:
            async def calls() -> None:
                runs[name].append(await _account_case(case, name, requests))

            return calls

        contenders = {name: contender(name) for name in runs}
        await interleave(contenders, rounds=rounds, baseline=LEARNED)
        for name, results in runs.items():
            rows.append(
                [
                    case,
                    name,
                    "/".join(str(r["429s"]) for r in results),
                    f"{statistics.median(r['seconds'] for r in results):.2f}",
                    spread_cell([r["ratio"] for r in results]),
                ]
            )
        learned = runs[LEARNED]
        summary.append(
            summary_row(
                f"budget, {case}: default ÷ the account's rate",
                [r["ratio"] for r in learned],
                "≥ 0.95, no 429 in any round",
                lambda r, learned=learned: r >= 0.95 and all(x["429s"] == 0 for x in learned),
            )
        )
    text = table(
        f"3b. Budget use on accounts the fixed window served badly — {requests} gets each, "
        f"bucket at {SCALE:.0f}×; {rounds} rounds, a fresh account each",
        [
            "account",
            "budget",
            "429s per round",
            "median seconds",
            "÷ account rate: median (min–max)",
        ],
        rows,
    )
    return text, summary


async def run(quick: bool) -> dict[str, Any]:
    """Achieved rate ÷ budget rate, and 429s, for ours and the naive loop, per round; then
    the busy and Enterprise accounts, learned budget against the fixed window."""
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
    accounts_table, accounts_summary = await _accounts(quick)
    return {
        "table": "\n\n".join(
            [
                table(
                    f"3. Budget use — ~{requests} pages over 3 streams, bucket 40/20 s at "
                    f"{SCALE:.0f}× (= {rate:.0f} req/s); {rounds} rounds, a fresh account each",
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
                accounts_table,
            ]
        ),
        "summary": [
            *accounts_summary,
            summary_row(
                "budget: paced walk ÷ the budget rate",
                [r["ratio"] for r in ours],
                "≥ 0.95, no 429 in any round",
                lambda r: r >= 0.95 and no_429s,
            ),
        ],
    }
