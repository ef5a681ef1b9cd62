"""A server of N generated tickets that holds none of them: each page is built from its
offset, so it serves millions in constant memory (the fake keeps every object).

    python -m benchmarks.records_server 2000000      # prints its base URL, serves forever

Tickets have the shape and size of the fake's (customer, assignee, tags, datetimes, a
subject with unicode); ids are 1…N in creation order. Only what the export's full walk
uses is answered: ``GET /api/account`` and ``GET /api/tickets?limit=&cursor=``.
"""

from __future__ import annotations

import asyncio
import sys
from datetime import UTC, datetime, timedelta
from typing import Any

import orjson
from aiohttp import web

EPOCH = datetime(2024, 1, 1, tzinfo=UTC)
SUBJECTS = ("Where is my order?", "Refund request", "Wrong size — can I exchange?", "配送について")


def ticket(number: int) -> dict[str, Any]:
    """Ticket ``number``, the same every time."""
    created = (EPOCH + timedelta(seconds=number * 7)).isoformat(timespec="microseconds")
    updated = (EPOCH + timedelta(seconds=number * 7 + 3600)).isoformat(timespec="microseconds")
    customer = number % 5000 + 1
    return {
        "id": number,
        "uri": f"/api/tickets/{number}/",
        "external_id": f"ext-{number}",
        "language": "en",
        "status": "closed" if number % 3 else "open",
        "priority": "normal",
        "channel": ("email", "chat", "sms", "api")[number % 4],
        "via": "email",
        "from_agent": False,
        "customer": {
            "id": customer,
            "email": f"customer{customer}@example.com",
            "name": f"Customer {customer}",
            "firstname": "Ada",
            "lastname": "Lovelace",
            "meta": {"vip": number % 7 == 0},
        },
        "assignee_user": {"id": number % 9 + 1, "email": "agent@example.com", "name": "Agent"},
        "assignee_team": None,
        "subject": f"{SUBJECTS[number % len(SUBJECTS)]} (#{number})",
        "excerpt": "Hello, I ordered last week and nothing arrived yet. Can you check?",
        "integrations": [],
        "meta": {"source": "benchmark"},
        "tags": [
            {"id": number % 8 + 1, "name": ("vip", "refund", "shipping", "urgent")[number % 4]}
        ],
        "messages_count": 2,
        "is_unread": False,
        "spam": False,
        "created_datetime": created,
        "opened_datetime": created,
        "last_received_message_datetime": updated,
        "last_message_datetime": updated,
        "updated_datetime": updated,
        "closed_datetime": updated if number % 3 else None,
        "snooze_datetime": None,
        "trashed_datetime": None,
    }


def make_app(total: int) -> web.Application:
    """The app serving ``total`` tickets."""

    async def account(request: web.Request) -> web.Response:
        body = {"domain": "benchmark", "status": {"status": "active"}}
        return web.Response(body=orjson.dumps(body), content_type="application/json")

    async def tickets(request: web.Request) -> web.Response:
        limit = int(request.query.get("limit", "30"))
        start = int(request.query.get("cursor") or "0")
        end = min(total, start + limit)
        data = [ticket(number) for number in range(start + 1, end + 1)]
        meta = {"next_cursor": str(end) if end < total else None, "prev_cursor": None}
        body = orjson.dumps({"data": data, "meta": meta, "object": "list", "uri": "/api/tickets"})
        return web.Response(body=body, content_type="application/json")

    app = web.Application()
    app.router.add_get("/api/account", account)
    app.router.add_get("/api/tickets", tickets)
    return app


async def serve(total: int) -> None:
    """Serve on a free loopback port and print the base URL."""
    runner = web.AppRunner(make_app(total), access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    print(f"http://127.0.0.1:{port}/api", flush=True)
    await asyncio.Event().wait()


if __name__ == "__main__":
    asyncio.run(serve(int(sys.argv[1])))
