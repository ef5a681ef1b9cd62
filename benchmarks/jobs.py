"""11. Batching where Gorgias batches: 5,000 ticket updates as server-side jobs
(``bulk_update(..., via="job")``) against one ``PUT`` per ticket, under the fake's real
leaky bucket (time-scaled), a fresh account each round.

Requests are counted at the fake. Wall time of the per-record path is set by the budget
(40 requests / 20 s); that of the job path by how fast the server works its jobs: the
fake's jobs start 1 s after creation and work 100 tickets a second
(``gorgias_async.testing._jobs``) — an assumption, Gorgias documents no job speed. The
ratio of wall times is therefore the fake's, not a promise about Gorgias; the ratio of
requests is the library's own.

    python -m benchmarks --only jobs
"""

from __future__ import annotations

import statistics
from collections.abc import Awaitable, Callable
from typing import Any

from gorgias_async import RateLimit
from gorgias_async.bulk import Via
from gorgias_async.testing import FakeGorgias, RateLimitRules

from ._common import client_for, interleave, spread_cell, summary_row, table, timed

SCALE = 100.0  # 40 per 20 s becomes 200 requests a second
RULES = RateLimitRules(api_key=40, window=20.0)
JOB = "via='job' (updateTicket jobs)"
RECORDS = "per record (one PUT each)"
VIAS: dict[str, Via] = {JOB: "job", RECORDS: "records"}


async def _once(name: str, tickets: int) -> dict[str, Any]:
    """Close every ticket of a fresh account by ``name``'s path; requests, seconds, result."""
    async with FakeGorgias(
        seed=4, tickets=tickets, customers=50, rate_limit=RULES, time_scale=SCALE, events=False
    ) as fake:
        ids = [ticket["id"] for ticket in fake.items("tickets")]
        records = [{"id": i, "status": "closed"} for i in ids]
        budget = RateLimit(RULES.api_key, RULES.window / SCALE)
        fake.stats.reset()
        with timed() as t:
            async with client_for(fake, rate_limit=budget, max_concurrency=8) as client:
                updates = client.tickets.bulk_update(
                    records, via=VIAS[name], poll_interval=2.0 / SCALE
                )
                statuses = [result.status async for result in updates]
        closed = sum(ticket["status"] == "closed" for ticket in fake.items("tickets"))
        assert statuses == ["updated"] * len(ids), "every record must be updated"
        assert closed == len(ids), "every ticket must be closed"
        return {
            "requests": fake.stats.requests,
            "429s": fake.stats.rate_limited,
            "seconds": t.wall,
        }


async def run(quick: bool) -> dict[str, Any]:
    """Requests and wall seconds of each path, per round; ratios per-record ÷ job."""
    tickets, rounds = (500, 1) if quick else (5000, 3)
    runs: dict[str, list[dict[str, Any]]] = {JOB: [], RECORDS: []}

    def contender(name: str) -> Callable[[], Awaitable[None]]:
        async def update() -> None:
            runs[name].append(await _once(name, tickets))

        return update

    await interleave({name: contender(name) for name in runs}, rounds=rounds, baseline=JOB)
    rows = [
        [
            name,
            statistics.median(r["requests"] for r in results),
            "/".join(str(r["429s"]) for r in results),
            f"{statistics.median(r['seconds'] for r in results):.2f}",
            f"{statistics.median(r['seconds'] for r in results) * SCALE:.0f}",
        ]
        for name, results in runs.items()
    ]
    request_ratios = [
        slow["requests"] / fast["requests"]
        for slow, fast in zip(runs[RECORDS], runs[JOB], strict=True)
    ]
    time_ratios = [
        slow["seconds"] / fast["seconds"]
        for slow, fast in zip(runs[RECORDS], runs[JOB], strict=True)
    ]
    rows.append(["per record ÷ job: requests", spread_cell(request_ratios), "", "", ""])
    rows.append(["per record ÷ job: wall time", spread_cell(time_ratios), "", "", ""])
    return {
        "table": table(
            f"11. {tickets:,} ticket updates (one change), job vs per record — bucket 40/20 s "
            f"at {SCALE:.0f}×; {rounds} round(s), a fresh account each",
            [
                "path",
                "requests (median)",
                "429s per round",
                "median seconds",
                "≈ seconds at real speed",
            ],
            rows,
        ),
        "summary": [
            summary_row(
                "jobs: requests per record ÷ via='job'",
                request_ratios,
                "≥ 50 (under 1 request per 100 tickets)",
                lambda r: r >= 50,
            ),
            summary_row(
                "jobs: wall time per record ÷ via='job' (fake's job speed)",
                time_ratios,
            ),
        ],
    }
