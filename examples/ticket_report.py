"""How long tickets stay open, per channel — and every closed ticket as a JSON line.

A typed tour of the models: fields the API always sends (``ticket.status``,
``ticket.channel``, ``ticket.created_datetime``, ``ticket.customer.id``…) are used
directly, datetimes are real ``datetime`` objects, optional fields are narrowed with a
plain ``if``, and ``to_dict()`` / ``json_default`` write JSON back exactly as received.
CI type-checks this file with ``mypy --strict``.

Run against the embedded fake account (no credentials needed)::

    python examples/ticket_report.py --sandbox > closed.jsonl

or against a real account (``GORGIAS_DOMAIN``, ``GORGIAS_USERNAME``,
``GORGIAS_API_KEY``)::

    python examples/ticket_report.py > closed.jsonl
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections import Counter, defaultdict
from datetime import UTC, datetime, timedelta
from typing import TextIO

from gorgias_async import AsyncGorgias
from gorgias_async.models import Ticket, json_default
from gorgias_async.testing import FakeGorgias


def open_for(ticket: Ticket) -> timedelta | None:
    """How long the ticket was open (None while it still is)."""
    closed = ticket.closed_datetime  # optional: narrowed by the ``if`` below
    if closed:
        return closed - ticket.created_datetime
    return None


async def report(client: AsyncGorgias, out: TextIO) -> dict[str, timedelta]:
    """Write closed tickets to ``out`` as JSON lines; return the median time open per channel."""
    durations: dict[str, list[timedelta]] = defaultdict(list)
    tags: Counter[str] = Counter()
    customers = 0
    async for pair in client.walk(["tickets", "customers"]):
        match pair:
            case ("tickets", ticket):
                tags.update(tag.name for tag in ticket.tags)
                duration = open_for(ticket)
                if duration is None or ticket.status != "closed":
                    continue
                durations[ticket.channel].append(duration)
                line = {
                    "ticket": ticket.to_dict(),
                    "customer_id": ticket.customer.id,
                    "hours_open": round(duration / timedelta(hours=1), 2),
                    "age_days": (datetime.now(UTC) - ticket.created_datetime).days,
                    "created_year": ticket.created_datetime.year,
                }
                out.write(json.dumps(line, default=json_default) + "\n")
            case ("customers", customer):
                customers += customer.id > 0
    print(f"{customers} customers, top tags: {tags.most_common(3)}", file=sys.stderr)
    return {channel: sorted(times)[len(times) // 2] for channel, times in durations.items()}


async def main(sandbox: bool) -> None:
    """Walk the account (or a seeded fake one) and print the medians."""
    if sandbox:
        async with (
            FakeGorgias(seed=1, tickets=300, customers=60, rate_limit=None) as fake,
            AsyncGorgias(
                base_url=fake.base_url, username=fake.username, api_key=fake.api_key
            ) as client,
        ):
            medians = await report(client, sys.stdout)
    else:
        async with AsyncGorgias() as client:
            medians = await report(client, sys.stdout)
    for channel, median in sorted(medians.items()):
        print(f"{channel:>18}: {median} median time open", file=sys.stderr)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sandbox", action="store_true", help="use the embedded fake account")
    asyncio.run(main(parser.parse_args().sandbox))
