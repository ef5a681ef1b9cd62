"""9. The export: speed against a hand-written loop, memory against account size, and the
cost of an incremental run against a full one.

- **Speed** (tickets, budget off): the export into each format against a hand-written
  page-to-JSONL aiohttp loop (no checkpoint, no fsync), against a server of generated
  tickets in its own process. Contenders run interleaved in shuffled order; the ratio
  is taken per round; median and spread over the rounds.
- **Memory**: peak RSS (``VmHWM`` of a fresh process, its own and nobody else's) of an
  export of 2,000,000 tickets against one of 200,000, per format.
- **Incremental**: a run after 1 % of the tickets changed, against the full run, on the
  fake (in its own process): wall time with the budget off (the local cost) and
  requests (what the time is under Gorgias' budget, which paces every request).

    python -m benchmarks --only export [--quick]
"""

from __future__ import annotations

import asyncio
import json
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import aiohttp
import orjson

from ._common import (
    OWN_PEAK_SOURCE,
    RemoteFake,
    Rounds,
    basic_header,
    client_for,
    fake_in_subprocess,
    interleave,
    spread_cell,
    summary_row,
    table,
)

FORMATS = ("jsonl", "csv", "sqlite", "parquet", "duckdb")


@asynccontextmanager
async def records_server(total: int) -> AsyncIterator[RemoteFake]:
    """The generated-tickets server (:mod:`benchmarks.records_server`) in a child process."""
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "benchmarks.records_server", str(total),
        stdout=asyncio.subprocess.PIPE,
    )  # fmt: skip
    try:
        assert process.stdout is not None
        line = await asyncio.wait_for(process.stdout.readline(), 60)
        yield RemoteFake(line.decode().strip())
    finally:
        process.kill()
        await process.wait()


# -- speed ---------------------------------------------------------------------------------


async def hand_loop(server: RemoteFake, out: Path) -> int:
    """Pages of tickets to a JSONL file: what one writes by hand, without checkpoints."""
    count, cursor = 0, None
    async with aiohttp.ClientSession(headers=basic_header(server)) as session:
        with (out / "tickets.jsonl").open("wb") as handle:
            while True:
                params = {"limit": "100", **({"cursor": cursor} if cursor else {})}
                async with session.get(server.base_url + "/tickets", params=params) as answer:
                    body = orjson.loads(await answer.read())
                handle.write(b"".join(orjson.dumps(record) + b"\n" for record in body["data"]))
                count += len(body["data"])
                cursor = body["meta"]["next_cursor"]
                if not cursor:
                    return count


def exporter(fmt: str) -> Callable[[RemoteFake, Path], Awaitable[int]]:
    """Our export of tickets in ``fmt``."""

    async def run(server: RemoteFake, out: Path) -> int:
        from gorgias_async.export import export

        async with client_for(server) as client:
            result = await export(client, ["tickets"], out / "export", format=fmt)
        return result.counts["tickets"]

    return run


async def speed(total: int, rounds: int) -> tuple[str, Rounds]:
    contenders = {"hand-written JSONL loop": hand_loop}
    contenders |= {f"export --format {fmt}": exporter(fmt) for fmt in FORMATS}
    async with records_server(total) as server:

        def timed_run(
            run: Callable[[RemoteFake, Path], Awaitable[int]],
        ) -> Callable[[], Awaitable[int]]:
            async def once() -> int:
                with tempfile.TemporaryDirectory(dir=".") as folder:
                    count = await run(server, Path(folder))
                assert count == total, count
                return count

            return once

        rounds_run = await interleave(
            {name: timed_run(run) for name, run in contenders.items()},
            rounds=rounds,
            baseline="hand-written JSONL loop",
            seed=9,
        )
    rows = [
        [
            name,
            f"{total / rounds_run.median(name):,.0f}",
            rounds_run.cell(name),
            rounds_run.cell(name, "export --format jsonl"),
        ]
        for name in contenders
    ]
    text = table(
        f"9a. Export speed — {total:,} tickets, budget off, {rounds} interleaved rounds",
        ["contender", "records/s (median)", "÷ hand loop: median (min–max)", "÷ our JSONL"],
        rows,
    )
    return text, rounds_run


# -- memory --------------------------------------------------------------------------------

CHILD = (
    r"""
import asyncio, json, sys
from gorgias_async import AsyncGorgias
from gorgias_async.export import export
"""
    + OWN_PEAK_SOURCE
    + r"""
async def main(base_url, fmt, out):
    async with AsyncGorgias(base_url=base_url, username="sandbox@example.com",
                            api_key="sandbox-api-key", rate_limit=None) as client:
        result = await export(client, ["tickets"], out, format=fmt)
    print(json.dumps({"records": result.counts["tickets"], "peak_mib": own_peak_rss_mib()}))

asyncio.run(main(*sys.argv[1:]))
"""
)


def _peak(base_url: str, fmt: str) -> dict[str, Any]:
    folder = tempfile.mkdtemp(dir=".")
    try:
        done = subprocess.run(
            [sys.executable, "-c", CHILD, base_url, fmt, str(Path(folder) / "out")],
            check=True, capture_output=True, text=True,
        )  # fmt: skip
        measured: dict[str, Any] = json.loads(done.stdout)
        return measured
    finally:
        shutil.rmtree(folder)


async def memory(small: int, large: int) -> tuple[str, dict[str, float]]:
    rows, ratios = [], {}
    peaks: dict[tuple[str, int], dict[str, Any]] = {}
    for total in (small, large):
        async with records_server(total) as server:
            for fmt in FORMATS:
                peaks[fmt, total] = await asyncio.to_thread(_peak, server.base_url, fmt)
    for fmt in FORMATS:
        low, high = peaks[fmt, small], peaks[fmt, large]
        assert (low["records"], high["records"]) == (small, large)
        ratios[fmt] = high["peak_mib"] / low["peak_mib"]
        rows.append(
            [fmt, f"{low['peak_mib']:.1f}", f"{high['peak_mib']:.1f}", f"{ratios[fmt]:.2f}×"]
        )
    text = table(
        f"9b. Export memory — peak RSS of a fresh process, {large:,} ÷ {small:,} tickets",
        ["format", f"{small:,} MiB", f"{large:,} MiB", "ratio"],
        rows,
    )
    return text, ratios


# -- incremental ---------------------------------------------------------------------------


async def incremental(total: int) -> tuple[str, float, float]:
    from gorgias_async.export import export

    changed = total // 100
    async with fake_in_subprocess(
        seed=3, tickets=total, customers=1000, messages_per_ticket=(0, 0)
    ) as fake:
        folder = Path(tempfile.mkdtemp(dir="."))
        try:
            async with client_for(fake, max_concurrency=8) as client:
                started = time.perf_counter()
                await export(client, ["tickets"], folder)
                full_time, full_requests = time.perf_counter() - started, client.stats.requests
                ids = random.Random(1).sample(range(1, total + 1), changed)
                await asyncio.gather(*(client.tickets.update(i, status="closed") for i in ids))
                before = client.stats.requests
                started = time.perf_counter()
                result = await export(client, ["tickets"], folder)
                inc_time = time.perf_counter() - started
                inc_requests = client.stats.requests - before
            assert result.modes["tickets"] == "incremental"
            assert result.state.streams["tickets"].last_run["changed"] >= changed
        finally:
            shutil.rmtree(folder)
    rows = [
        ["full run", f"{full_time:.2f}", f"{full_requests:,}"],
        [f"incremental, {changed:,} changed (1 %)", f"{inc_time:.2f}", f"{inc_requests:,}"],
        ["ratio", f"{inc_time / full_time:.3f}", f"{inc_requests / full_requests:.3f}"],
    ]
    text = table(
        f"9c. Incremental run after 1 % of {total:,} tickets changed, against the full run",
        ["run", "wall s (budget off)", "requests (∝ time under the budget)"],
        rows,
    )
    return text, inc_time / full_time, inc_requests / full_requests


# -- the dlt pipeline under the budget ------------------------------------------------------

BUDGET_SCALE = 20.0  # Gorgias' 40 per 20 s becomes 40 per second
BUDGET_RULES = {"api_key": 40, "window": 20.0}
BUDGET_STREAMS = ["tickets", "customers", "messages"]
PLAIN = "export (JSONL)"
DLT = "dlt pipeline → DuckDB (extract)"


async def _under_budget(name: str, requests: int) -> dict[str, Any]:
    """One run of ``name`` against a fresh account and bucket: its rate ÷ the budget."""
    import dlt

    from gorgias_async import RateLimit
    from gorgias_async.dlt import gorgias_source
    from gorgias_async.export import export
    from gorgias_async.testing import FakeGorgias, RateLimitRules

    rules = RateLimitRules(**BUDGET_RULES)  # type: ignore[arg-type]
    per = requests // 3 * 10  # pages of 10 over three resources (one message per ticket)
    seed = {"tickets": per, "customers": per, "messages_per_ticket": (1, 1), "events": False}
    window = rules.window / BUDGET_SCALE
    folder = Path(tempfile.mkdtemp(dir="."))
    try:
        async with FakeGorgias(seed=3, rate_limit=rules, time_scale=BUDGET_SCALE, **seed) as fake:
            started = time.perf_counter()
            if name == PLAIN:
                budget = RateLimit(rules.api_key, window)
                async with client_for(fake, rate_limit=budget, max_concurrency=8) as client:
                    await export(client, BUDGET_STREAMS, folder, page_size=10)
                loaded = 0.0
            else:
                source = gorgias_source(
                    BUDGET_STREAMS, base_url=fake.base_url, username=fake.username,
                    api_key=fake.api_key, rate_limit=f"{rules.api_key}/{window:g}", page_size=10,
                )  # fmt: skip
                pipeline = dlt.pipeline(
                    pipeline_name="bench",
                    destination=dlt.destinations.duckdb(str(folder / "bench.duckdb")),
                    dataset_name="gorgias",
                    pipelines_dir=str(folder / "pipelines"),
                )
                await asyncio.to_thread(pipeline.extract, source)
                extracted = time.perf_counter()
                await asyncio.to_thread(pipeline.normalize)
                await asyncio.to_thread(pipeline.load)
                loaded = time.perf_counter() - extracted
            wall = time.perf_counter() - started - loaded
            ok = fake.stats.requests - fake.stats.rate_limited
            rate = rules.api_key / window
            # The rate while requests are sent (the fake's clock, first request to last
            # answer: a pipeline's start-up is not the budget's); the first `capacity`
            # requests are a free burst.
            sent = fake.requests
            span = max(r.started + r.elapsed for r in sent) - min(r.started for r in sent)
            achieved = (ok - rules.api_key) / span
            return {"ok": ok, "429s": fake.stats.rate_limited, "seconds": wall,
                    "load_s": loaded, "ratio": achieved / rate}  # fmt: skip
    finally:
        shutil.rmtree(folder)


async def dlt_budget(requests: int, rounds: int) -> tuple[str, list[float], list[float]]:
    """The dlt pipeline's request rate ÷ the budget, beside the plain export's, per round."""
    runs: dict[str, list[dict[str, Any]]] = {PLAIN: [], DLT: []}

    def contender(name: str) -> Callable[[], Awaitable[None]]:
        async def once() -> None:
            runs[name].append(await _under_budget(name, requests))

        return once

    await interleave({name: contender(name) for name in runs}, rounds=rounds, baseline=PLAIN)
    rows = [
        [
            name,
            f"{statistics.median(r['ok'] for r in results):.0f}",
            "/".join(str(r["429s"]) for r in results),
            f"{statistics.median(r['seconds'] for r in results):.2f}",
            f"{statistics.median(r['load_s'] for r in results):.2f}" if name == DLT else "—",
            spread_cell([r["ratio"] for r in results]),
        ]
        for name, results in runs.items()
    ]
    rate = BUDGET_RULES["api_key"] / BUDGET_RULES["window"] * BUDGET_SCALE
    text = table(
        f"9d. The dlt pipeline under the budget — ~{requests} pages over 3 resources, bucket "
        f"40/20 s at {BUDGET_SCALE:.0f}× (= {rate:.0f} req/s); {rounds} rounds, a fresh "
        "account each",
        ["contender", "requests answered", "429s per round", "seconds (requests)",
         "then normalize + load s", "rate ÷ budget: median (min–max)"],
        rows,
    )  # fmt: skip
    dlt_ratios = [r["ratio"] for r in runs[DLT]]
    relative = [d["ratio"] / p["ratio"] for d, p in zip(runs[DLT], runs[PLAIN], strict=True)]
    return text, dlt_ratios, relative


async def run(quick: bool) -> dict[str, Any]:
    """All three parts: speed, memory and the incremental run."""
    speed_text, rounds = await speed(2_000 if quick else 50_000, 2 if quick else 7)
    memory_text, peaks = await memory(*((2_000, 20_000) if quick else (200_000, 2_000_000)))
    inc_text, wall_ratio, request_ratio = await incremental(2_000 if quick else 20_000)
    dlt_text, dlt_ratios, dlt_relative = await dlt_budget(*((90, 1) if quick else (300, 5)))
    large = "20,000" if quick else "2,000,000"
    summary = [
        summary_row(
            "export: JSONL ÷ hand-written loop",
            rounds.ratios("export --format jsonl"),
            "≤ 1.25×",
            lambda r: r <= 1.25,
        )
    ]
    summary += [
        summary_row(
            f"export: {fmt} ÷ our JSONL",
            rounds.ratios(f"export --format {fmt}", "export --format jsonl"),
            "≤ 1.5×",
            lambda r: r <= 1.5,
        )
        for fmt in ("csv", "sqlite")
    ]
    summary += [
        summary_row(
            f"export: {fmt} ÷ our JSONL",
            rounds.ratios(f"export --format {fmt}", "export --format jsonl"),
        )
        for fmt in ("parquet", "duckdb")
    ]
    summary += [
        summary_row(
            f"export memory: {fmt}, {large} ÷ a tenth", [value], "≤ 1.2×", lambda r: r <= 1.2
        )
        for fmt, value in peaks.items()
    ]
    summary.append(
        summary_row("export: incremental (1 % changed) ÷ full, requests", [request_ratio])
    )
    summary.append(summary_row("export: incremental (1 % changed) ÷ full, wall", [wall_ratio]))
    summary.append(
        summary_row(
            "dlt pipeline: request rate ÷ budget", dlt_ratios, "≥ 0.95", lambda r: r >= 0.95
        )
    )
    summary.append(
        summary_row(
            "dlt pipeline ÷ plain export, rate under the budget",
            dlt_relative,
            "≥ 0.90 (within 10 %)",
            lambda r: r >= 0.90,
        )
    )
    tables = [speed_text, memory_text, inc_text, dlt_text]
    return {"table": "\n".join(tables), "summary": summary}
