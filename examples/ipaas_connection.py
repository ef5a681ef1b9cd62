"""An iPaaS connection: subdomain + username/password, a test, and a borrowed pool.

An integration platform gives each *connection* (one Gorgias account) a pool of
concurrent requests that every flow using the connection borrows from, and a "test
connection" button. Here:

- one :class:`~gorgias_async.RateLimit` (the account's budget) and one
  :class:`~gorgias_async.ConcurrencyLimit` (the connection's pool, at most 25) are made
  per connection, and every client of a flow is given both — async flows and blocking
  ones, in other threads — so together they never exceed the pool or the budget;
- :meth:`~gorgias_async.AsyncGorgias.check_connection` is the test button: a wrong
  password, subdomain or role fails at once with one line saying what to fix;
- a flow that needs an extra header on every call (a gateway's) sets ``default_headers``;
  a one-off filter the typed API lacks goes in ``extra_query``.

Run against the embedded fake account (no credentials needed)::

    python examples/ipaas_connection.py --sandbox

or against a real account (``GORGIAS_DOMAIN``, ``GORGIAS_USERNAME``, ``GORGIAS_API_KEY``)::

    python examples/ipaas_connection.py
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import threading
from typing import Any

import attrs

from gorgias_async import AsyncGorgias, ConcurrencyLimit, Gorgias, GorgiasError, RateLimit
from gorgias_async.testing import FakeGorgias


@attrs.define
class Connection:
    """One account as the platform stores it, with the pool and budget its flows share."""

    domain: str | None
    username: str
    password: str
    base_url: str | None = None
    pool: ConcurrencyLimit = attrs.field(factory=lambda: ConcurrencyLimit(4))
    budget: RateLimit = attrs.field(factory=RateLimit)

    def options(self) -> dict[str, Any]:
        """The client options every flow of this connection uses."""
        place = {"base_url": self.base_url} if self.base_url else {"domain": self.domain}
        return {
            **place,
            "username": self.username,
            "api_key": self.password,
            "rate_limit": self.budget,
            "concurrency": self.pool,
            "max_concurrency": self.pool.limit,
            "default_headers": {"X-Connection": "ipaas-demo"},
        }

    async def test(self) -> str:
        """The "test connection" button: one line, what works or what to fix."""
        async with AsyncGorgias(**self.options()) as client:
            try:
                account = await client.check_connection()
            except GorgiasError as error:
                return f"failed: {error}"
        return f"ok: connected to {account.get('domain')!r}"


async def async_flow(connection: Connection) -> int:
    """A flow of the platform: open tickets, not trashed (a documented filter)."""
    async with AsyncGorgias(**connection.options()) as client:
        count = 0
        async for _ in client.tickets.fetch_all(trashed=False, page_size=25):
            count += 1
        return count


def blocking_flow(connection: Connection, found: list[int]) -> None:
    """Another flow, blocking, in its own thread: the same pool and budget."""
    with Gorgias(**connection.options()) as client:
        found.append(sum(1 for _ in client.customers.fetch_all(page_size=25)))


async def run(connection: Connection) -> dict[str, Any]:
    """Test the connection, then run two flows at once on its shared pool."""
    status = await connection.test()
    if not status.startswith("ok"):
        return {"status": status}
    customers: list[int] = []
    thread = threading.Thread(target=blocking_flow, args=(connection, customers))
    thread.start()
    tickets = await async_flow(connection)
    await asyncio.to_thread(thread.join)
    return {
        "status": status,
        "tickets": tickets,
        "customers": customers[0] if customers else None,
        "peak_in_flight": connection.pool.peak,
        "pool": connection.pool.limit,
    }


async def main(sandbox: bool) -> int:
    """Run the demo against the fake account or the account in the environment."""
    if sandbox:
        async with FakeGorgias(seed=1, tickets=60, customers=30, rate_limit=None) as fake:
            fake.latency = 0.01
            connection = Connection(None, fake.username, fake.api_key, base_url=fake.base_url)
            result = await run(connection)
    else:
        connection = Connection(
            os.environ.get("GORGIAS_DOMAIN"),
            os.environ.get("GORGIAS_USERNAME", ""),
            os.environ.get("GORGIAS_API_KEY", ""),
        )
        result = await run(connection)
    for key, value in result.items():
        print(f"{key:>15}: {value}")
    return 0 if str(result["status"]).startswith("ok") else 1


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sandbox", action="store_true", help="use the embedded fake account")
    sys.exit(asyncio.run(main(parser.parse_args().sandbox)))
