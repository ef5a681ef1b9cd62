"""The ``gorgias-async`` command: ``sandbox`` (the fake server), ``check``, ``export`` and
``import``."""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Sequence

from ._version import __version__
from .bulk_cli import add_arguments as add_import_arguments
from .check_cli import add_arguments as add_check_arguments
from .export.cli import add_arguments


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="gorgias-async", description="Gorgias helpdesk API tools."
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    sandbox = commands.add_parser("sandbox", help="run the fake Gorgias server on loopback")
    sandbox.add_argument("--port", type=int, default=8080, help="port to listen on (0: any)")
    sandbox.add_argument("--host", default="127.0.0.1", help="address to bind (default loopback)")
    sandbox.add_argument("--seed", type=int, default=0, help="seed of the demo data")
    sandbox.add_argument("--tickets", type=int, default=200, help="tickets to seed")
    sandbox.add_argument("--customers", type=int, default=80, help="customers to seed")
    sandbox.add_argument(
        "--no-rate-limit", action="store_true", help="do not enforce the leaky bucket"
    )

    check = commands.add_parser("check", help="test the credentials and domain")
    add_check_arguments(check)

    export = commands.add_parser("export", help="export an account's data to files")
    add_arguments(export)

    bulk = commands.add_parser("import", help="create, update or delete records from a JSONL file")
    add_import_arguments(bulk)
    return parser


async def _serve(args: argparse.Namespace) -> None:
    from .testing import FakeGorgias, RateLimitRules

    fake = FakeGorgias(
        seed=args.seed,
        tickets=args.tickets,
        customers=args.customers,
        host=args.host,
        port=args.port,
        rate_limit=None if args.no_rate_limit else RateLimitRules(),
    )
    async with fake:
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


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``gorgias-async`` command."""
    args = _parser().parse_args(argv)
    try:
        if args.command == "sandbox":
            asyncio.run(_serve(args))
            return 0
        if args.command == "check":
            from .check_cli import run_check

            return run_check(args)
        if args.command == "import":
            from .bulk_cli import run_import

            return run_import(args)
        from .export.cli import run_export

        return run_export(args)
    except KeyboardInterrupt:
        print("Interrupted.", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
