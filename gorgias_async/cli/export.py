"""``gorgias-async export``: the command-line face of :func:`~gorgias_async.export.export`.

Exit codes (:mod:`._outcome`): 0 done; 1 failed (the line says why and what to do; a run
that failed midway resumes when run again); 2 bad usage; 3 another export is writing to
``--out``; 130 interrupted (it resumes too).
"""

from __future__ import annotations

import argparse
import asyncio
from pathlib import Path
from typing import Any

import attrs

from .. import _json
from .._transport import TransportStats
from ..client import AsyncGorgias
from ..errors import (
    APIConnectionError,
    DecodeError,
    GorgiasError,
    InternalServerError,
    RateLimitError,
)
from ..export import FORMATS, STREAMS, ExportResult, Progress, check_options, export
from . import _outcome
from ._connection import add_connection_arguments, connected

HELP = "export an account's data to files"
#: How the export's arguments are spelled here, for its messages.
OPTION_NAMES = {"out_dir": "--out", "page_size": "--page-size", "since": "--since"}
#: Failures that the same command, run again, can get past (it resumes).
_TRANSIENT = (APIConnectionError, InternalServerError, RateLimitError, DecodeError)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The export command's options."""
    parser.add_argument(
        "resources",
        nargs="*",
        metavar="RESOURCE",
        help=f"what to export (default: everything): {', '.join(s.name for s in STREAMS)}",
    )
    parser.add_argument("--out", default="gorgias-export", help="output folder")
    parser.add_argument("--format", choices=FORMATS, default="jsonl", help="output format")
    parser.add_argument(
        "--resume",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="continue the export in --out (default); --no-resume starts over, deleting "
        "only the files this export wrote there",
    )
    parser.add_argument(
        "--since",
        metavar="WHEN",
        help="export only what changed since this ISO datetime (default: each resource "
        "already in --out gets its changes since its last run, the others a full walk)",
    )
    parser.add_argument("--page-size", type=int, default=100, help="records per page (1-100)")
    add_connection_arguments(
        parser, sandbox_help="export the embedded demo account (no credentials)"
    )


@attrs.frozen
class Finished:
    """An export run and the requests it took."""

    result: ExportResult
    stats: TransportStats


async def _run(args: argparse.Namespace) -> Finished:
    async with connected(args, tickets=2000, customers=600) as client:
        return await _export(client, args)


async def _export(client: AsyncGorgias, args: argparse.Namespace) -> Finished:
    names = [s.name for s in STREAMS] if not args.resources else list(args.resources)
    budget = client.rate_limit.snapshot if client.rate_limit else None
    progress = Progress(
        names,
        quiet=args.quiet,
        budget=budget,
        totals=earlier_totals(Path(args.out)),
        live=False if args.verbose else None,  # the request log and a live table would mix
    )
    try:
        async with client:
            result = await export(
                client,
                args.resources,
                Path(args.out),
                format=args.format,
                resume=args.resume,
                since=args.since,
                page_size=args.page_size,
                progress=progress,
            )
            return Finished(result, attrs.evolve(client.stats))
    finally:
        progress.stop()  # a live table gives the terminal back, whatever happened


def earlier_totals(out: Path) -> dict[str, int]:
    """The records of each resource the folder's last complete export held (from its
    ``manifest.json``), for the progress' ETA; empty when there is none."""
    try:
        manifest: Any = _json.loads((out / "manifest.json").read_bytes())
        resources = manifest["resources"]
        return {name: int(entry["count"]) for name, entry in resources.items() if entry["complete"]}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}


def _check_usage(args: argparse.Namespace) -> None:
    """Every argument error, before anything is sent or created."""
    check_options(
        args.resources,
        Path(args.out),
        format=args.format,
        page_size=args.page_size,
        since=args.since,
        names=OPTION_NAMES,
    )


def _failed(error: GorgiasError) -> str:
    resumes = " (run the same command again: it resumes)" if isinstance(error, _TRANSIENT) else ""
    return f"failed: {error}{resumes}"


WORDING = _outcome.Wording(
    failed=_failed, interrupted="interrupted; run the same command again to resume"
)


def run(args: argparse.Namespace) -> int:
    """Run the export command; returns the process exit code."""

    def work() -> int:
        _check_usage(args)
        finished = asyncio.run(_run(args))
        if not args.quiet:
            print(summary(finished.result, finished.stats))
        return _outcome.DONE

    return _outcome.run("gorgias-async export", work, WORDING, debug=args.debug)


def summary(result: ExportResult, stats: TransportStats | None = None) -> str:
    """What the run did, in words: per resource its records, what changed and its file;
    the requests, 429s and retries it took; how long; where the files are."""
    total = sum(result.counts.values())
    resources = len(result.counts)
    head = (
        f"Exported {total:,} records of {resources} resource{'s' if resources != 1 else ''} "
        f"in {result.duration:.1f}s"
    )
    if stats is not None:
        head += (
            f": {stats.requests:,} requests, {stats.rate_limited:,} answered 429, "
            f"{stats.retries:,} retried"
        )
    lines = [head]
    for name, count in result.counts.items():
        stream = result.state.streams[name]
        run = stream.last_run
        if result.modes[name] == "incremental":
            what = f"{run.get('changed', 0):,} changed, {run.get('deleted', 0):,} deleted"
        else:
            what = f"{run.get('added', 0):,} added ({result.modes[name]} walk)"
        lines.append(f"  {name:<24}{count:>10,}  {what:<32}{stream.file or ''}")
    lines.append(f"Files in {result.out_dir.resolve()} (manifest.json describes them)")
    return "\n".join(lines)
