"""7. Model structuring: N realistic tickets in pages of 100, against plain ``orjson.loads``
of the same bytes. Each step runs once per round (fresh decoded pages every time), in a
shuffled order; ratios are to that round's ``orjson.loads``. "read 8 fields" reads id,
status, channel, subject, created_datetime, customer email, assignee and tag names; "read
every field" reads every attribute of every ticket (building everything once)."""

from __future__ import annotations

import gc
from collections.abc import Awaitable, Callable
from typing import Any

import attrs
import orjson

from gorgias_async.models import Ticket, unstructure
from gorgias_async.models._converter import structure_items
from gorgias_async.testing._seed import Seeder, SeedSpec

from ._common import interleave, summary_row, table

LOADS = "orjson.loads"
NAMES = [a.name for a in attrs.fields(Ticket)]


def _read_8(ticket: Ticket) -> None:
    ticket.id, ticket.status, ticket.channel, ticket.subject  # noqa: B018
    ticket.created_datetime, ticket.customer.email, ticket.assignee_user  # noqa: B018
    [tag.name for tag in ticket.tags]


def _read_all(ticket: Ticket) -> None:
    for name in NAMES:
        getattr(ticket, name)


async def run(quick: bool) -> dict[str, Any]:
    """Time loads, structure, reads and unstructure over ``rounds`` interleaved rounds."""
    count, rounds = (2_000, 3) if quick else (10_000, 7)
    seeder = Seeder(SeedSpec(seed=6, tickets=count, customers=500))
    users, customers, tags = seeder.users(), seeder.customers(), seeder.tags()
    tickets, _ = seeder.tickets_and_messages(customers, users, tags)
    pages = [orjson.dumps(tickets[i : i + 100]) for i in range(0, count, 100)]
    expected = [orjson.loads(page) for page in pages]

    def decoded() -> list[list[Any]]:
        return [orjson.loads(page) for page in pages]

    inputs: dict[str, Any] = {}

    def prepare() -> None:
        """A round's inputs, made outside the timings: fresh pages, models to write back."""
        inputs["pages"] = [decoded() for _ in range(3)]
        inputs["models"] = [structure_items(page, Ticket) for page in decoded()]
        gc.collect()

    def structured(read: Callable[[Ticket], None] | None) -> Callable[[], Awaitable[None]]:
        async def work() -> None:
            for page in inputs["pages"].pop():
                for ticket in structure_items(page, Ticket):
                    if read is not None:
                        read(ticket)

        return work

    async def loads() -> None:
        decoded()

    async def written_back() -> None:
        assert [unstructure(page) for page in inputs["models"]] == expected

    contenders = {
        LOADS: loads,
        "structure (models)": structured(None),
        "structure + read 8 fields": structured(_read_8),
        "structure + read every field": structured(_read_all),
        "unstructure (models read from JSON)": written_back,
    }
    measured = await interleave(contenders, rounds=rounds, baseline=LOADS, before_round=prepare)
    rows = [
        [
            name,
            f"{measured.median(name) / count * 1e6:.1f}",
            measured.cell(name),
        ]
        for name in contenders
    ]
    return {
        "table": table(
            f"7. Model structuring — {count:,} tickets in pages of 100; {rounds} rounds",
            ["step", "µs per ticket (median)", "÷ orjson.loads: median (min–max)"],
            rows,
        ),
        "summary": [
            summary_row("models: structure ÷ orjson.loads", measured.ratios("structure (models)")),
            summary_row(
                "models: structure + read 8 fields ÷ orjson.loads",
                measured.ratios("structure + read 8 fields"),
            ),
        ],
    }
