"""``gorgias-async sandbox``: the fake Gorgias server on loopback, until Ctrl-C."""

from __future__ import annotations

import argparse
import asyncio
import errno

from . import _outcome

HELP = "run the fake Gorgias server on loopback"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The sandbox command's options."""
    parser.add_argument("--port", type=int, default=8080, help="port to listen on (0: any)")
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default loopback)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the demo data")
    parser.add_argument("--tickets", type=int, default=200, help="tickets to seed")
    parser.add_argument("--customers", type=int, default=80, help="customers to seed")
    parser.add_argument(
        "--no-rate-limit", action="store_true", help="do not enforce the leaky bucket"
    )


async def _serve(args: argparse.Namespace) -> None:
    from ..testing import FakeGorgias, RateLimitRules

    fake = FakeGorgias(
        seed=args.seed,
        tickets=args.tickets,
        customers=args.customers,
        host=args.host,
        port=args.port,
        rate_limit=None if args.no_rate_limit else RateLimitRules(),
    )
    try:
        await fake.start()
    except OSError as exc:
        raise _unusable_address(exc, args) from exc
    try:
        print(f"Fake Gorgias listening on {fake.base_url}")
        print(f"  username: {fake.username}")
        print(f"  api key:  {fake.api_key}  (a public demo key: it opens only this sandbox)")
        print(f"  request validation against the spec: {'on' if fake.validates else 'off'}")
        print("To point a client or `gorgias-async check` at it:")
        print(f"  export GORGIAS_BASE_URL={fake.base_url}")
        print(f"  export GORGIAS_USERNAME={fake.username}")
        print(f"  export GORGIAS_API_KEY={fake.api_key}")
        print("Press Ctrl-C to stop.", flush=True)
        await asyncio.Event().wait()
    finally:
        await fake.close()


def _unusable_address(error: OSError, args: argparse.Namespace) -> ValueError:
    if error.errno == errno.EADDRINUSE:
        return ValueError(
            f"--port: {args.host}:{args.port} is in use; stop what listens there or choose "
            "another port (--port 0: any free one)"
        )
    reason = error.strerror or str(error)
    return ValueError(f"--host/--port: cannot listen on {args.host}:{args.port} ({reason})")


def run(args: argparse.Namespace) -> int:
    """Serve until interrupted; returns the process exit code."""

    def work() -> int:
        asyncio.run(_serve(args))
        return _outcome.DONE

    return _outcome.run(
        "gorgias-async sandbox", work, _outcome.Wording(interrupted="stopped"), debug=args.debug
    )
