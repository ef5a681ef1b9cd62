"""``gorgias-async export``: the command-line face of :func:`~gorgias_async.export.export`."""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .._ratelimit import RateLimit
from .._validate import check_limit
from ..client import AsyncGorgias
from ..errors import GorgiasError
from ._incremental import parse_since
from ._job import ExportResult, export
from ._plan import STREAMS, select
from ._progress import Progress
from ._sinks import FORMATS

#: The sandbox runs Gorgias' real bucket (40 per 20 s) ten times faster.
SANDBOX_TIME_SCALE = 10.0


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The export command's options."""
    parser.add_argument(
        "resources",
        nargs="*",
        metavar="RESOURCE",
        help=f"what to export (default: everything): {', '.join(s.name for s in STREAMS)}",
    )
    parser.add_argument("--out", default="gorgias-export", help="output directory")
    parser.add_argument("--format", choices=FORMATS, default="jsonl", help="output format")
    parser.add_argument(
        "--resume",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="continue an interrupted export in --out (default) or start over",
    )
    parser.add_argument(
        "--since",
        metavar="WHEN",
        help="export only what changed since this ISO datetime (default after a complete "
        "export into --out: since that export started)",
    )
    parser.add_argument(
        "--sandbox", action="store_true", help="export the embedded demo account (no credentials)"
    )
    parser.add_argument("--max-concurrency", type=int, default=8, help="requests in flight (1-25)")
    parser.add_argument("--page-size", type=int, default=100, help="records per page (1-100)")
    parser.add_argument(
        "--rate-limit",
        type=_rate_limit,
        default="auto",
        metavar="CAPACITY/WINDOW",
        help="the account's budget, e.g. 40/20 (API key), 80/20 (OAuth), 40/10 "
        "(Enterprise); 'off' disables pacing; default: by auth kind",
    )
    parser.add_argument("--quiet", action="store_true", help="print nothing but errors")
    parser.add_argument("--domain", help="Gorgias subdomain (or GORGIAS_DOMAIN)")
    parser.add_argument("--base-url", help="API base URL with /api (or GORGIAS_BASE_URL)")
    parser.add_argument("--username", help="user email (or GORGIAS_USERNAME)")
    parser.add_argument(
        "--api-key-env",
        default="GORGIAS_API_KEY",
        help="environment variable holding the API key (keys never go on the command line)",
    )


def _rate_limit(text: str) -> RateLimit | str | None:
    if text in ("auto", "off"):
        return None if text == "off" else text
    capacity, _, window = text.partition("/")
    try:
        return RateLimit(int(capacity), float(window))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected CAPACITY/WINDOW like 40/20, 'auto' or 'off', not {text!r}"
        ) from None


def _client(
    args: argparse.Namespace, default_budget: RateLimit | None, **connection: Any
) -> AsyncGorgias:
    """A client with the command's budget: ``--rate-limit``, else ``default_budget``, else
    the auth kind's Gorgias budget."""
    budget = default_budget if args.rate_limit == "auto" else args.rate_limit
    if budget is None and args.rate_limit == "auto":
        return AsyncGorgias(max_concurrency=args.max_concurrency, **connection)
    return AsyncGorgias(max_concurrency=args.max_concurrency, rate_limit=budget, **connection)


async def _run(args: argparse.Namespace) -> ExportResult:
    if args.sandbox:
        from ..testing import FakeGorgias, RateLimitRules

        fake = FakeGorgias(
            seed=7,
            tickets=2000,
            customers=600,
            rate_limit=RateLimitRules(),
            time_scale=SANDBOX_TIME_SCALE,
        )
        async with fake:
            if not args.quiet:
                print(f"Sandbox Gorgias running at {fake.base_url}", file=sys.stderr)
            client = _client(
                args,
                RateLimit(40, 20.0 / SANDBOX_TIME_SCALE),
                base_url=fake.base_url,
                username=fake.username,
                api_key=fake.api_key,
            )
            return await _export(client, args)
    client = _client(
        args,
        None,
        domain=args.domain,
        base_url=args.base_url,
        username=args.username,
        api_key=os.environ.get(args.api_key_env) if args.username else None,
    )
    return await _export(client, args)


async def _export(client: AsyncGorgias, args: argparse.Namespace) -> ExportResult:
    names = [s.name for s in STREAMS] if not args.resources else list(args.resources)
    budget = client.rate_limit.snapshot if client.rate_limit else None
    progress = Progress(names, quiet=args.quiet, budget=budget)
    async with client:
        return await export(
            client,
            args.resources,
            Path(args.out),
            format=args.format,
            resume=args.resume,
            since=args.since,
            page_size=args.page_size,
            progress=progress,
        )


def run_export(args: argparse.Namespace) -> int:
    """Run the export command; returns the process exit code."""
    try:
        select(args.resources)  # unknown names fail before anything starts
        check_limit(args.page_size, "page_size")
        if args.since is not None:
            parse_since(args.since)
        result = asyncio.run(_run(args))
    except (ValueError, TypeError) as exc:
        print(f"gorgias-async export: {exc}", file=sys.stderr)
        return 2
    except (GorgiasError, ExceptionGroup) as exc:
        print(f"gorgias-async export: failed: {_first(exc)} (run again to resume)", file=sys.stderr)
        return 1
    if not args.quiet:
        total = sum(result.counts.values())
        what = (
            f"Updated with the changes since {result.state.since}: {total:,} records"
            if result.state.since
            else f"Exported {total:,} records"
        )
        print(
            f"{what} from {len(result.counts)} resources in {result.duration:.1f}s "
            f"to {result.out_dir.resolve()}"
        )
        for path in result.files:
            print(f"  {path}")
    return 0


def _first(error: BaseException) -> BaseException:
    while isinstance(error, BaseExceptionGroup):
        error = error.exceptions[0]
    return error


def main(argv: Sequence[str] | None = None) -> int:  # pragma: no cover - convenience
    """Run ``export`` alone."""
    parser = argparse.ArgumentParser(prog="gorgias-async export")
    add_arguments(parser)
    return run_export(parser.parse_args(argv))
