"""1. Overhead: walking pages of tickets with ``fetch_all`` (models) and with ``paginate``
(dicts) against a hand-written aiohttp loop (JSON decode only), all against the same fake
on loopback with no latency and no budget. The fake runs in its own process, as a real
server would: the CPU column is the contender's own cost, the time column what a user
waits. Every round runs every contender once, in a new shuffled order; ratios are to the
aiohttp loop of the same round. References: the same loop decoding into msgspec Structs
(typed decoding in C), an httpx loop and a blocking requests loop. The "read 8 fields"
variants read id, status, channel, subject, created_datetime, customer email, assignee
and tags of every ticket (dicts for the loop, attributes for the models)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

import aiohttp
import orjson

from ._common import (
    RemoteFake,
    Rounds,
    basic_header,
    client_for,
    fake_in_subprocess,
    interleave,
    summary_row,
    table,
)

BASELINE = "hand-written aiohttp loop (dicts)"
MODELS = "gorgias_async fetch_all (models)"
PAGINATE = "gorgias_async paginate (dicts)"


def _read_dict(ticket: dict[str, Any]) -> tuple[Any, ...]:
    return (
        ticket["id"],
        ticket["status"],
        ticket["channel"],
        ticket["subject"],
        ticket["created_datetime"],
        ticket["customer"]["email"],
        ticket["assignee_user"],
        [tag["name"] for tag in ticket["tags"]],
    )


def _read_model(ticket: Any) -> tuple[Any, ...]:
    return (
        ticket.id,
        ticket.status,
        ticket.channel,
        ticket.subject,
        ticket.created_datetime,
        ticket.customer.email,
        ticket.assignee_user,
        [tag.name for tag in ticket.tags],
    )


Decode = Callable[[bytes], tuple[list[Any], str | None]]


def _plain(body: bytes) -> tuple[list[Any], str | None]:
    """A page's items and next cursor, decoded with orjson (what the loop baseline does)."""
    decoded = orjson.loads(body)
    return decoded["data"], decoded["meta"]["next_cursor"]


async def _aiohttp_loop(
    fake: RemoteFake, decode: Decode = _plain, read: Callable[[Any], Any] | None = None
) -> int:
    count, cursor = 0, None
    async with aiohttp.ClientSession(headers=basic_header(fake)) as session:
        while True:
            params = {"limit": "100", **({"cursor": cursor} if cursor else {})}
            async with session.get(fake.base_url + "/tickets", params=params) as response:
                items, cursor = decode(await response.read())
            if read is not None:
                for item in items:
                    read(item)
            count += len(items)
            if not cursor:
                return count


def _msgspec_decoder() -> Decode | None:
    """Decode a page into msgspec Structs shaped like the models' main ticket fields."""
    try:
        from ._msgspec_tickets import decode_page
    except ImportError:
        return None
    return decode_page


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


async def _ours(fake: RemoteFake, prefetch: int, read: Callable[[Any], Any] | None = None) -> int:
    count = 0
    async with client_for(fake) as client:
        async for ticket in client.tickets.fetch_all(prefetch=prefetch):
            if read is not None:
                read(ticket)
            count += 1
    return count


async def _ours_raw(fake: RemoteFake) -> int:
    async with client_for(fake) as client:
        return sum([1 async for _ in client.paginate("/tickets")])


def contenders(fake: RemoteFake) -> dict[str, Callable[[], Awaitable[int]]]:
    """Every contender that can run here (the references need the ``bench`` extra)."""
    chosen: dict[str, Callable[[], Awaitable[int]]] = {
        BASELINE: lambda: _aiohttp_loop(fake),
        "hand-written aiohttp loop, read 8 fields (dicts)": lambda: _aiohttp_loop(
            fake, read=_read_dict
        ),
        MODELS: lambda: _ours(fake, 1),
        "gorgias_async fetch_all, read 8 fields (models)": lambda: _ours(fake, 1, _read_model),
        "gorgias_async fetch_all, no prefetch (models)": lambda: _ours(fake, 0),
        PAGINATE: lambda: _ours_raw(fake),
    }
    decode = _msgspec_decoder()
    if decode is not None:
        chosen["reference: aiohttp loop decoding into msgspec Structs"] = lambda: _aiohttp_loop(
            fake, decode
        )
    try:
        import httpx  # noqa: F401

        chosen["reference: httpx loop (dicts)"] = lambda: _httpx_loop(fake)
    except ImportError:
        pass
    try:
        import requests  # noqa: F401

        chosen["reference: requests loop, blocking (dicts)"] = lambda: asyncio.to_thread(
            _requests_loop, fake
        )
    except ImportError:
        pass
    return chosen


async def run(quick: bool) -> dict[str, Any]:
    """Walk ``pages`` × 100 tickets with each contender, ``rounds`` times interleaved."""
    pages, rounds = (20, 3) if quick else (200, 7)
    tickets = pages * 100
    async with fake_in_subprocess(
        seed=1,
        tickets=tickets,
        customers=500,
        rate_limit=None,
        messages_per_ticket=(0, 0),
        events=False,
    ) as fake:
        chosen = contenders(fake)
        for make in chosen.values():  # warm up the fake, the hooks, the connections
            assert await make() == tickets
        measured = await interleave(chosen, rounds=rounds, baseline=BASELINE)
    rows = [_row(measured, name, tickets) for name in chosen]
    title = (
        f"1. Overhead — {pages} pages × 100 tickets, no latency, no budget; "
        f"{rounds} rounds, each in a shuffled order"
    )
    text = table(
        title,
        ["contender", "items/s", "CPU µs / item", "time ÷ aiohttp loop: median (min–max)"],
        rows,
    )
    return {
        "table": text,
        "summary": [
            summary_row(
                "overhead: fetch_all (models) ÷ aiohttp loop",
                measured.ratios(MODELS),
                "≤ 1.3×",
                lambda r: r <= 1.3,
            ),
            summary_row(
                "overhead: paginate (dicts) ÷ aiohttp loop",
                measured.ratios(PAGINATE),
                "≤ 1.1×",
                lambda r: r <= 1.1,
            ),
            summary_row(
                "overhead: fetch_all + read 8 fields ÷ aiohttp loop",
                measured.ratios("gorgias_async fetch_all, read 8 fields (models)"),
            ),
            *[
                summary_row("overhead: msgspec reference ÷ aiohttp loop", measured.ratios(n))
                for n in chosen
                if "msgspec" in n
            ],
        ],
    }


def _row(measured: Rounds, name: str, items: int) -> list[str]:
    wall = measured.median(name)
    cpu = measured.median(name, lambda t: t.cpu)
    return [name, f"{items / wall:,.0f}", f"{cpu / items * 1e6:.1f}", measured.cell(name)]
