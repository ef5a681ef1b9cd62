"""How fast the fake serves pages of a large account (the benchmarks' own floor).

Loads N tickets, then walks every page of 100 with a bare aiohttp loop and prints
pages per second; the baseline is the same loop against a static JSON handler of the
same size, so the ratio is the fake's own cost per page.

    python -m benchmarks.fake_server [--tickets 100000] [--quick]
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import time

import aiohttp
import orjson
from aiohttp import web

from gorgias_async.testing import FakeGorgias


async def walk_pages(session: aiohttp.ClientSession, url: str, max_pages: int) -> int:
    """Follow next cursors from ``url``; returns pages read."""
    cursor, pages = None, 0
    while pages < max_pages:
        params = {"limit": "100", **({"cursor": cursor} if cursor else {})}
        async with session.get(url, params=params) as response:
            body = orjson.loads(await response.read())
        pages += 1
        cursor = body["meta"]["next_cursor"]
        if not cursor:
            break
    return pages


async def static_baseline(page: bytes, pages: int) -> float:
    """Pages per second of a handler that returns a fixed page (no store, no cursor)."""

    async def handler(request: web.Request) -> web.Response:
        return web.Response(body=page, content_type="application/json")

    app = web.Application()
    app.router.add_get("/page", handler)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    try:
        async with aiohttp.ClientSession() as session:
            started = time.perf_counter()
            for _ in range(pages):
                async with session.get(f"http://127.0.0.1:{port}/page") as response:
                    orjson.loads(await response.read())
            return pages / (time.perf_counter() - started)
    finally:
        await runner.cleanup()


async def main(tickets: int, max_pages: int) -> None:
    """Load, walk and print the table."""
    started = time.perf_counter()
    fake = FakeGorgias(
        seed=1,
        tickets=tickets,
        customers=1000,
        messages_per_ticket=(0, 0),
        rate_limit=None,
        events=False,
    )
    load = time.perf_counter() - started
    async with fake:
        auth = base64.b64encode(f"{fake.username}:{fake.api_key}".encode()).decode()
        async with aiohttp.ClientSession(headers={"Authorization": f"Basic {auth}"}) as session:
            async with session.get(fake.base_url + "/tickets", params={"limit": "100"}) as r:
                sample = await r.read()
            began = time.perf_counter()
            pages = await walk_pages(session, fake.base_url + "/tickets", max_pages)
            fake_rate = pages / (time.perf_counter() - began)
    baseline = await static_baseline(sample, min(pages, 300))
    print("| tickets loaded | load s | pages walked | fake pages/s | static pages/s | ratio |")
    print("|---|---|---|---|---|---|")
    print(
        f"| {tickets:,} | {load:.2f} | {pages} | {fake_rate:.0f} | {baseline:.0f} "
        f"| {baseline / fake_rate:.2f}x |"
    )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tickets", type=int, default=100_000)
    parser.add_argument("--quick", action="store_true", help="2,000 tickets, 20 pages")
    args = parser.parse_args()
    if args.quick:
        asyncio.run(main(2_000, 20))
    else:
        asyncio.run(main(args.tickets, 1_000))
