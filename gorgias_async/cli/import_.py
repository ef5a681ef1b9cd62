"""``gorgias-async import``: bulk-write a JSONL file of records through a service.

::

    gorgias-async import tickets records.jsonl --results results.jsonl
    gorgias-async import customers people.jsonl --map mail=email --exclude internal_note
    gorgias-async import tickets records.jsonl --dry-run          # prints the requests
    gorgias-async import tickets records.jsonl --sandbox          # against the demo fake

One record per line (blank lines skipped; a line that is not a JSON object fails alone).
The summary goes to stdout; the exit code (:mod:`._outcome`) is 0 when every record was
written, 1 when any failed or is unknown (see ``--results`` for each record's outcome),
2 on bad usage, 3 when another import is writing to the same ``--results`` file.

``--results`` is a journal: the same command run again after a crash (same input, same
results file) skips what is done, settles creates that were in flight by
``external_id`` and sends only the rest — nothing is created twice.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from .. import _json
from ..bulk import BulkResult, BulkSummary, InvalidRecord
from ..client import AsyncGorgias
from ..errors import GorgiasError
from ..resources import Resource
from ..resources._catalog import CATALOG
from . import _outcome
from ._connection import add_connection_arguments, connected

HELP = "create, update or delete records from a JSONL file"

#: What ``import`` can write to (the catalog's importable services).
RESOURCES = tuple(entry.attribute for entry in CATALOG if entry.importable)
OPERATIONS = ("create", "update", "delete")
#: Resources whose creates can be looked up by ``external_id``.
SETTLEABLE = tuple(entry.attribute for entry in CATALOG if entry.importable and entry.findable)
#: Failed or unknown records printed to stderr before "... and N more".
SHOWN_PROBLEMS = 20
# Dry runs send nothing: their client never connects anywhere.
_OFFLINE_URL = "https://dry-run.invalid/api"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The import command's options (connection options as ``export``'s)."""
    parser.add_argument("resource", choices=RESOURCES, help="what the records are")
    parser.add_argument("file", help="JSONL file of records, one per line ('-': stdin)")
    parser.add_argument(
        "--operation",
        choices=OPERATIONS,
        default="create",
        help="create (default), update (records carry id) or delete (records carry id)",
    )
    parser.add_argument(
        "--dry-run", action="store_true", help="print the requests as JSONL; send nothing"
    )
    parser.add_argument(
        "--results",
        metavar="PATH",
        help="journal of every record's outcome (JSONL); rerun with the same file to resume",
    )
    parser.add_argument(
        "--exclude", action="append", default=[], metavar="FIELD", help="drop a field (repeat)"
    )
    parser.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="SOURCE=FIELD",
        help="rename a record field to a Gorgias field (repeat)",
    )
    parser.add_argument(
        "--settle",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="look up creates that may or may not have happened by external_id (default on "
        "where the resource supports it)",
    )
    parser.add_argument(
        "--stop-on-error", action="store_true", help="start no new record after a failure"
    )
    add_connection_arguments(
        parser, sandbox_help="write to an embedded demo account (no credentials)"
    )


def parse_mapping(pairs: list[str]) -> dict[str, str]:
    """``["a=b", …]`` as ``{"a": "b", …}`` (ValueError naming ``--map``)."""
    mapping: dict[str, str] = {}
    for pair in pairs:
        source, equals, target = pair.partition("=")
        if not equals or not source or not target:
            raise ValueError(f"--map expects SOURCE=FIELD, not {pair!r}")
        mapping[source] = target
    return mapping


def read_records(stream: IO[bytes]) -> Iterator[Any]:
    """The records of a JSONL stream, lazily; an unusable line becomes an InvalidRecord."""
    for number, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        try:
            record = _json.loads(line)
        except ValueError as exc:
            yield InvalidRecord(f"line {number} is not JSON: {exc}")
            continue
        if not isinstance(record, dict):
            yield InvalidRecord(f"line {number} is not a JSON object")
            continue
        yield record


class Report:
    """Counts results and shows the first problems on stderr."""

    def __init__(self, *, quiet: bool, dry_run: bool) -> None:
        self.summary = BulkSummary()
        self.quiet = quiet
        self.dry_run = dry_run
        self.shown = 0
        self.requests = ""

    def __call__(self, result: BulkResult[Any]) -> None:
        self.summary.add(result)
        if self.dry_run and result.request is not None and not self.quiet:
            sys.stdout.buffer.write(_json.dumps(result.request.to_dict()) + b"\n")
        if result.ok:
            return
        if self.shown < SHOWN_PROBLEMS:
            print(f"record {result.index}: {result.status}: {result.note}", file=sys.stderr)
        self.shown += 1


async def _connect(args: argparse.Namespace, work: Any) -> Any:
    """Run ``work(client)`` with the client the options describe (or the sandbox's)."""
    if args.dry_run:
        offline = AsyncGorgias(base_url=_OFFLINE_URL, username="dry@run", api_key="none")
        async with offline as client:
            return await work(client)
    async with connected(args, tickets=50, customers=20) as client, client:
        return await work(client)


async def _import(args: argparse.Namespace, report: Report) -> None:
    async def work(client: AsyncGorgias) -> None:
        service: Resource[Any] = getattr(client, args.resource)
        if not args.dry_run:
            await client.check_connection()  # bad credentials: one error, not one per record
        options: dict[str, Any] = {
            "mapping": parse_mapping(args.map),
            "dry_run": args.dry_run,
            "results": args.results,
            "stop_on_error": args.stop_on_error,
        }
        if args.operation != "delete":
            options["exclude"] = args.exclude
        if args.operation == "create":
            options["settle"] = args.settle and args.resource in SETTLEABLE
        with _open(args.file) as stream:
            bulk = getattr(service, f"bulk_{args.operation}")
            try:
                async for result in bulk(read_records(stream), **options):
                    report(result)
            finally:
                stats = client.stats
                if not args.dry_run:
                    report.requests = (
                        f": {stats.requests:,} requests, {stats.rate_limited:,} answered 429, "
                        f"{stats.retries:,} retried"
                    )

    await _connect(args, work)


def _open(name: str) -> IO[bytes]:
    if name == "-":
        return os.fdopen(os.dup(sys.stdin.fileno()), "rb")
    return Path(name).open("rb")


def _check(args: argparse.Namespace) -> None:
    parse_mapping(args.map)
    if args.file != "-" and not Path(args.file).is_file():
        raise ValueError(f"file: no such file: {args.file}")
    if args.operation == "delete" and args.exclude:
        raise ValueError("--exclude does not apply to deletes")
    if args.results is not None:
        _check_results(Path(args.results), args)


def _check_results(results: Path, args: argparse.Namespace) -> None:
    if not results.parent.is_dir():
        raise ValueError(f"--results: no such folder: {results.parent}")
    if results.is_dir():
        raise ValueError(f"--results: {results} is a folder; give a file")
    if args.file != "-" and results.exists() and results.samefile(args.file):
        raise ValueError(f"--results: {results} is the input file; give another file")
    if args.dry_run and results.exists() and results.stat().st_size > 0:
        raise ValueError(
            f"--results: {results} already holds a journal; a dry run writes only to a new file"
        )


def run(args: argparse.Namespace) -> int:
    """Run the import command; returns the process exit code."""
    report = Report(quiet=args.quiet, dry_run=args.dry_run)
    started = time.monotonic()

    def work() -> int:
        _check(args)
        asyncio.run(_import(args, report))
        summary = report.summary
        if report.shown > SHOWN_PROBLEMS:
            print(f"... and {report.shown - SHOWN_PROBLEMS:,} more problems", file=sys.stderr)
        if not args.quiet:
            out = sys.stderr if args.dry_run else sys.stdout
            seconds = time.monotonic() - started
            print(f"{args.resource}: {summary} in {seconds:.1f}s{report.requests}", file=out)
        return _outcome.DONE if summary.ok else _outcome.FAILED

    def failed(error: GorgiasError) -> str:
        again = (
            "run the same command again: it resumes from --results"
            if args.results
            else "records before it were written: give --results next time to resume"
        )
        return f"failed: {error} (before it: {report.summary}); {again}"

    return _outcome.run(
        "gorgias-async import", work, _outcome.Wording(failed=failed), debug=args.debug
    )
