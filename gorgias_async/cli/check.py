"""``gorgias-async check``: test a connection the way the other commands would make it.

Prints the account, how the client authenticates and the budget it will pace with, or
the actionable error (bad domain, bad key, missing scope, inactive account); the exit
code is 0 when the connection works, 1 when it does not, 2 on bad usage.
"""

from __future__ import annotations

import argparse
import asyncio
from typing import Any

from ..client import AsyncGorgias, account_state
from ..errors import GorgiasError
from . import _outcome
from ._connection import add_connection_arguments, connected

HELP = "test the credentials and domain"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The check command's options: the connection options of ``export``."""
    add_connection_arguments(parser, sandbox_help="check the embedded demo account")


async def _check(args: argparse.Namespace) -> tuple[AsyncGorgias, Any]:
    async with connected(args, tickets=10, customers=10) as client, client:
        return client, await client.check_connection()


def describe(client: AsyncGorgias, account: Any) -> str:
    """What a working connection looks like, in a few lines (no secrets)."""
    domain = account.get("domain") if isinstance(account, dict) else None
    state = account_state(account)
    budget = client.rate_limit
    pacing = f"{budget.capacity} requests / {budget.window:g} s" if budget else "off"
    return "\n".join(
        [
            f"OK: account {domain!r} ({state or 'status unknown'}) at {client.base_url}",
            f"  auth:   {client.auth.kind}",
            f"  budget: {pacing}, {client.max_concurrency} requests in flight at most",
        ]
    )


def _failed(error: GorgiasError) -> str:
    return f"{type(error).__name__}: {error}"


def run(args: argparse.Namespace) -> int:
    """Run the check command; returns the process exit code."""

    def work() -> int:
        client, account = asyncio.run(_check(args))
        print(describe(client, account))
        return _outcome.DONE

    return _outcome.run(
        "gorgias-async check", work, _outcome.Wording(failed=_failed), debug=args.debug
    )
