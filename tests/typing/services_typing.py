"""Type-level checks of the services the catalog declares, run by CI with ``mypy --strict``.

Not collected by pytest. Each ``# type: ignore[code]`` marks an error mypy must report
(strict mode fails on an ignore that is not needed), each ``assert_type`` a type it must
infer: the generated lists take their service's filters, typed, in both clients.
"""

from __future__ import annotations

from typing import assert_type

from gorgias_async import AsyncGorgias, Gorgias, Page
from gorgias_async.models import CustomField, Ticket
from gorgias_async.resources import TicketsFilters


async def filters_are_typed(client: AsyncGorgias) -> None:
    page = await client.tickets.list(customer_id=1, order_by="updated_datetime:desc")
    assert_type(page, Page[Ticket])
    await client.tickets.list(nope=1)  # type: ignore[call-arg]
    await client.tickets.list(order_by="sideways")  # type: ignore[arg-type]
    await client.custom_fields.list()  # type: ignore[call-arg]
    fields = await client.custom_fields.list(object_type="Ticket")
    assert_type(fields, Page[CustomField])
    wanted: TicketsFilters = {"view_id": 3}
    async for ticket in client.tickets.fetch_all(**wanted):
        assert_type(ticket, Ticket)


def the_blocking_twin_takes_the_same(client: Gorgias) -> None:
    client.custom_fields.fetch_all()  # type: ignore[call-arg]
    for field in client.custom_fields.fetch_all(object_type="Customer"):
        assert_type(field, CustomField)


async def every_call_takes_the_escape_hatches(client: AsyncGorgias) -> None:
    ticket = await client.tickets.get(
        1, extra_query={"a": 1}, extra_headers={"X": "y"}, timeout=5, max_retries=0, debug=True
    )
    assert_type(ticket, Ticket)
    await client.tickets.create(subject="s", extra_body={"via": "api"})
    await client.tickets.list(trashed=False, extra_query={"x": "1"})
    await client.account.get(timeout=1.5)
    await client.tickets.get(1, timeout="soon")  # type: ignore[arg-type]
    await client.tickets.get(1, extra_headers={"X": 1})  # type: ignore[dict-item]


def the_blocking_twin_takes_the_hatches(client: Gorgias) -> None:
    ticket = client.tickets.get(1, extra_query={"a": 1}, max_retries=2)
    assert_type(ticket, Ticket)
    client.users.list(order_by="role.name:asc", search="x", available_first=True)
    client.users.list(order_by="phone:asc")  # type: ignore[arg-type]
