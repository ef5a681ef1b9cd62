"""Type-level checks of the models and walks, run by CI with ``mypy --strict``.

Not collected by pytest. Each ``# type: ignore[code]`` marks an error mypy must report
(strict mode fails on an ignore that is not needed), each ``assert_type`` a type it must
infer: together they pin the typing rule — fields the API always sends need no guard,
optional ones do, and ``walk`` is typed per stream.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any, assert_type

import attrs

from gorgias_async import AsyncGorgias, Gorgias, StreamItem
from gorgias_async.models import (
    UNSET,
    Customer,
    Tag,
    Ticket,
    TicketMessage,
    Timestamp,
    User,
    json_default,
)


def always_sent_fields_need_no_guard(ticket: Ticket, message: TicketMessage) -> None:
    assert_type(ticket.id, int)
    assert_type(ticket.status, str)
    assert_type(ticket.channel, str)
    assert_type(ticket.created_datetime, Timestamp)
    assert_type(ticket.customer, Customer)
    assert_type(ticket.customer.id, int)
    assert_type(ticket.tags, tuple[Tag, ...])
    assert_type(ticket.subject, str | None)
    assert_type(ticket.assignee_user, User | None)
    assert_type(message.channel, str)
    assert_type(message.sender.email, str)
    assert_type(message.created_datetime.year, int)


def datetimes_are_datetimes(ticket: Ticket) -> None:
    assert_type(datetime.now(UTC) - ticket.created_datetime, timedelta)
    assert_type(ticket.created_datetime + timedelta(days=1), Timestamp)
    assert_type(ticket.created_datetime.raw, str)
    assert_type(ticket.created_datetime < datetime.now(UTC), bool)


def optional_fields_need_a_guard(ticket: Ticket) -> None:
    ticket.excerpt.upper()  # type: ignore[union-attr]
    ticket.closed_datetime - ticket.created_datetime  # type: ignore[operator]
    ticket.subject.upper()  # type: ignore[union-attr]
    if ticket.closed_datetime:
        assert_type(ticket.closed_datetime - ticket.created_datetime, timedelta)
    if ticket.excerpt is not UNSET and ticket.excerpt is not None:
        assert_type(ticket.excerpt, str)


def models_are_frozen_and_evolve(ticket: Ticket) -> None:
    ticket.status = "closed"  # type: ignore[misc]
    closed = attrs.evolve(ticket, status="closed")
    assert_type(closed, Ticket)
    Ticket(id=1, status="open", subject=None)
    Ticket(status="open")  # type: ignore[call-arg]


def json_out(ticket: Ticket) -> None:
    assert_type(ticket.to_dict(), dict[str, Any])
    assert_type(ticket.to_json(), str)
    assert_type(json_default(ticket), Any)


async def walks_are_typed_per_stream(client: AsyncGorgias) -> None:
    async for pair in client.walk(["tickets", "messages"]):
        assert_type(pair, StreamItem)
        match pair:
            case ("tickets", ticket):
                assert_type(ticket, Ticket)
            case ("messages", message):
                assert_type(message, TicketMessage)
        if pair[0] == "customers":
            assert_type(pair[1], Customer)
    both = {"open": client.tickets.fetch_all(), "vip": client.tickets.fetch_all()}
    async for name, item in client.walk(both):
        assert_type(name, str)
        assert_type(item, Ticket)
    client.walk(["tickts"])  # type: ignore[list-item]


def sync_walks_are_typed_too(client: Gorgias) -> None:
    for pair in client.walk(["customers"]):
        match pair:
            case ("customers", customer):
                assert_type(customer, Customer)
    for _, ticket in client.walk({"all": client.tickets.fetch_all()}):
        assert_type(ticket, Ticket)
