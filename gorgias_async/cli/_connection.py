"""How every command reaches an account: the connection options, the client, the sandbox.

``check``, ``export``, ``import`` and the provisioning spec scripts take the same options
to reach an account, or the embedded sandbox (:func:`sandbox`: the one recipe of a demo
account), and build their client the same way, here.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING, Any

from .._ratelimit import RateLimit
from ..client import AsyncGorgias

if TYPE_CHECKING:
    from ..testing import FakeGorgias

#: The sandbox's demo data, and its clock: Gorgias' real bucket, ten times faster.
SANDBOX_SEED = 7
SANDBOX_TIME_SCALE = 10.0


def add_connection_arguments(parser: argparse.ArgumentParser, *, sandbox_help: str) -> None:
    """``--sandbox``, ``--domain``/``--base-url``/``--username``/``--api-key-env``,
    ``--max-concurrency``, ``--rate-limit`` and ``--quiet``."""
    parser.add_argument("--sandbox", action="store_true", help=sandbox_help)
    parser.add_argument("--max-concurrency", type=int, default=8, help="requests in flight (1-25)")
    parser.add_argument(
        "--rate-limit",
        type=parse_rate_limit,
        default="auto",
        metavar="CAPACITY/WINDOW",
        help="the account's budget, e.g. 40/20 (API key), 80/20 (OAuth), 40/10 "
        "(Enterprise); 'off' disables pacing; default: by auth kind",
    )
    parser.add_argument("--quiet", action="store_true", help="print nothing but errors")
    parser.add_argument(
        "--domain", help="Gorgias subdomain, acme for acme.gorgias.com [env: GORGIAS_DOMAIN]"
    )
    parser.add_argument(
        "--base-url", help="API base URL with /api, instead of --domain [env: GORGIAS_BASE_URL]"
    )
    parser.add_argument("--username", help="the user's email [env: GORGIAS_USERNAME]")
    parser.add_argument(
        "--api-key-env",
        default="GORGIAS_API_KEY",
        help="environment variable holding the API key (keys never go on the command line); "
        "an OAuth token comes from GORGIAS_ACCESS_TOKEN",
    )


def parse_rate_limit(text: str) -> RateLimit | str | None:
    """``--rate-limit``: ``CAPACITY/WINDOW``, ``auto`` (kept as the string) or ``off``."""
    if text in ("auto", "off"):
        return None if text == "off" else text
    capacity, _, window = text.partition("/")
    try:
        return RateLimit(int(capacity), float(window))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected CAPACITY/WINDOW like 40/20, 'auto' or 'off', not {text!r}"
        ) from None


def client_from_args(
    args: argparse.Namespace, default_budget: RateLimit | None, **connection: Any
) -> AsyncGorgias:
    """A client with the command's budget: ``--rate-limit``, else ``default_budget``, else
    the auth kind's Gorgias budget."""
    budget = default_budget if args.rate_limit == "auto" else args.rate_limit
    if budget is None and args.rate_limit == "auto":
        return AsyncGorgias(max_concurrency=args.max_concurrency, **connection)
    return AsyncGorgias(max_concurrency=args.max_concurrency, rate_limit=budget, **connection)


@asynccontextmanager
async def sandbox(
    *, tickets: int, customers: int, announce: bool = True
) -> AsyncIterator[FakeGorgias]:
    """An embedded demo account while this lasts: the fake server on loopback, seeded with
    ``tickets`` and ``customers``, metering requests as Gorgias does, ten times faster."""
    from ..testing import FakeGorgias, RateLimitRules

    fake = FakeGorgias(
        seed=SANDBOX_SEED,
        tickets=tickets,
        customers=customers,
        rate_limit=RateLimitRules(),
        time_scale=SANDBOX_TIME_SCALE,
    )
    async with fake:
        if announce:
            print(f"Sandbox Gorgias running at {fake.base_url}", file=sys.stderr)
        yield fake


@asynccontextmanager
async def connected(
    args: argparse.Namespace, *, tickets: int, customers: int
) -> AsyncIterator[AsyncGorgias]:
    """The (not yet entered) client the options describe; with ``--sandbox``, a client of
    a :func:`sandbox` account of ``tickets`` and ``customers``, running while this lasts."""
    if not args.sandbox:
        yield client_from_args(
            args,
            None,
            domain=args.domain,
            base_url=args.base_url,
            username=args.username,
            api_key=os.environ.get(args.api_key_env) if args.username else None,
        )
        return
    async with sandbox(tickets=tickets, customers=customers, announce=not args.quiet) as fake:
        yield client_from_args(
            args,
            RateLimit.for_auth("basic", time_scale=SANDBOX_TIME_SCALE),
            base_url=fake.base_url,
            username=fake.username,
            api_key=fake.api_key,
        )
