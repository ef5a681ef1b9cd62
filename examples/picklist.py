"""A low-code component's picklist: one page of ``{value, label}`` options of any listed
resource, filtered, with the cursor of the next page — the JSON such a component serves.

Every listed service has ``choices()``: ``(id, label)`` pairs with a label fit for a
person (a ticket's subject, a customer's name or email, an event's type, a message's
excerpt…). Filters are those of the service's ``list`` (``customer_id=12``); a digit
string is read as a number.

Against the embedded fake account::

    python examples/picklist.py tickets --sandbox --limit 5
    python examples/picklist.py custom_fields --filter object_type=Ticket --sandbox

or against a real account (``GORGIAS_DOMAIN``, ``GORGIAS_USERNAME``, ``GORGIAS_API_KEY``)::

    python examples/picklist.py customers --limit 20 --cursor <next_cursor>
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import Mapping, Sequence
from typing import Any, get_args

from gorgias_async import AsyncGorgias
from gorgias_async.resources import StreamName
from gorgias_async.testing import FakeGorgias

#: The resources offered here: every listed service of the client (``walk``'s names).
RESOURCES: list[str] = list(get_args(StreamName))


def parse_filters(pairs: Sequence[str]) -> dict[str, Any]:
    """``["customer_id=12", "object_type=Ticket"]`` → ``{"customer_id": 12, ...}``."""
    filters: dict[str, Any] = {}
    for pair in pairs:
        name, equals, value = pair.partition("=")
        if not equals or not name:
            raise ValueError(f"--filter takes NAME=VALUE, not {pair!r}")
        filters[name] = int(value) if value.isdigit() else value
    return filters


async def picklist(
    client: AsyncGorgias,
    resource: str,
    *,
    filters: Mapping[str, Any] | None = None,
    limit: int = 25,
    cursor: str | None = None,
) -> dict[str, Any]:
    """One page of options: ``{"options": [{"value", "label"}], "next_cursor"}``."""
    if resource not in RESOURCES:
        raise ValueError(f"resource must be one of {', '.join(RESOURCES)}, not {resource!r}")
    service: Any = client
    for part in resource.split("."):
        service = getattr(service, part)
    page = await service.choices(limit=limit, cursor=cursor, **(filters or {}))
    return {
        "options": [{"value": key, "label": label} for key, label in page.data],
        "next_cursor": page.next_cursor,
    }


async def main(argv: Sequence[str] | None = None) -> int:
    """Print one page of options as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("resource", choices=RESOURCES)
    parser.add_argument("--filter", action="append", default=[], metavar="NAME=VALUE")
    parser.add_argument("--limit", type=int, default=25)
    parser.add_argument("--cursor")
    parser.add_argument("--sandbox", action="store_true", help="use the embedded fake account")
    args = parser.parse_args(argv)
    try:
        filters = parse_filters(args.filter)
        if args.sandbox:
            async with (
                FakeGorgias(seed=1, tickets=40, customers=20, rate_limit=None) as fake,
                AsyncGorgias(
                    base_url=fake.base_url, username=fake.username, api_key=fake.api_key
                ) as client,
            ):
                page = await picklist(
                    client, args.resource, filters=filters, limit=args.limit, cursor=args.cursor
                )
        else:
            async with AsyncGorgias() as client:
                page = await picklist(
                    client, args.resource, filters=filters, limit=args.limit, cursor=args.cursor
                )
    except (TypeError, ValueError) as exc:  # a bad filter, limit or resource: what to fix
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(json.dumps(page, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
