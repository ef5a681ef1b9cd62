"""``client.events``, ``client.users`` and ``client.teams`` against the fake."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from gorgias_async.models import Event, Team, User

from ._cases import Case, Req, collect, q, resource_cases, run_case

PARIS = timezone(timedelta(hours=2))


def created_since(ctx, moment):
    return {
        e["id"]
        for e in ctx.fake.items("events")
        if e["object_type"] == "Ticket" and datetime.fromisoformat(e["created_datetime"]) >= moment
    }


def created_tickets(ctx):
    """The ``ticket-created`` events in the feed's order."""
    found = [e for e in ctx.fake.items("events") if e["type"] == "ticket-created"]
    return [e["id"] for e in sorted(found, key=lambda e: (e["created_datetime"], e["id"]))]


#: One read of the feed from ``since``, oldest first (the watcher owns order and range).
WATCH_QUERY = q(types="ticket-created", order_by="created_datetime:asc", limit=100) | {
    "created_datetime[gte]": ["2000-01-01T00:00:00.000000Z"]
}

CASES = [
    *resource_cases(
        "events",
        "/events",
        Event,
        "events",
        ops=(),
        filters={
            "object_type": "Ticket",
            "types": ["ticket-created", "ticket-updated"],
            "user_ids": [1],
            "order_by": "created_datetime:asc",
        },
        filter_check=lambda r, x: all(
            e.object_type == "Ticket" and e.type in ("ticket-created", "ticket-updated")
            for e in r.data
        ),
    ),
    Case(
        "events.list",
        lambda c, x: c.events.list(
            limit=100,
            created_datetime={"gte": datetime(2025, 1, 1, 2, tzinfo=PARIS), "lt": "2026-01-01"},
            object_type="Ticket",
        ),
        [
            Req(
                "GET",
                "/events",
                q(limit=100, object_type="Ticket")
                | {
                    "created_datetime[gte]": ["2025-01-01T00:00:00Z"],
                    "created_datetime[lt]": ["2026-01-01T00:00:00Z"],
                },
            )
        ],
        lambda r, x: {e.id for e in r.data} == created_since(x, datetime(2025, 1, 1, tzinfo=UTC)),
        label="created_datetime",
    ),
    Case(
        "events.watch",
        lambda c, x: collect(
            c.events.watch(since="2000-01-01T00:00:00Z", types=["ticket-created"], follow=False)
        ),
        [Req("GET", "/events", WATCH_QUERY)],
        lambda r, x: [change.event.id for change in r] == created_tickets(x),
    ),
    Case(
        "events.watch_batches",
        lambda c, x: collect(
            c.events.watch_batches(
                since="2000-01-01T00:00:00Z", types=["ticket-created"], follow=False
            )
        ),
        [Req("GET", "/events", WATCH_QUERY)],
        lambda r, x: [change.event.id for batch in r for change in batch] == created_tickets(x),
    ),
    *resource_cases(
        "users",
        "/users",
        User,
        "users",
        filters={
            "email": "sandbox@example.com",
            "external_id": "x",
            "roles": ["admin", "agent"],
            "relationships": ["availability_status"],
            "order_by": "name:desc",
        },
        create={"email": "agent@example.org", "name": "New Agent", "role": {"name": "agent"}},
        update={"bio": "Night shift", "name": "Renamed"},
    ),
    Case(
        "users.get",
        lambda c, x: c.users.get(0),
        [Req("GET", "/users/0")],
        User,
        check=lambda r, x: r.id == x.fake.state.current_user_id,
        label="current-user",
    ),
    *resource_cases(
        "teams",
        "/teams",
        Team,
        "teams",
        filters={"order_by": "name:asc"},
        filter_check=lambda r, x: [t.name for t in r.data] == sorted(t.name for t in r.data),
        create={"name": "Night shift", "description": "22h-6h"},
        update={"name": "Day shift"},
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
async def test_call(case, fake, client):
    await run_case(case, fake, client)
