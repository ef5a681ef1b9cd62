"""``gorgias-async export``: the command-line face of :func:`~gorgias_async.export.export`."""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Sequence
from pathlib import Path

from .._cli_connection import add_connection_arguments, connected
from .._validate import check_limit
from ..client import AsyncGorgias
from ..errors import GorgiasError
from ._incremental import parse_since
from ._job import ExportResult, export
from ._plan import STREAMS, select
from ._progress import Progress
from ._sinks import FORMATS


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
    parser.add_argument("--page-size", type=int, default=100, help="records per page (1-100)")
    add_connection_arguments(
        parser, sandbox_help="export the embedded demo account (no credentials)"
    )


async def _run(args: argparse.Namespace) -> ExportResult:
    async with connected(args, tickets=2000, customers=600) as client:
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
