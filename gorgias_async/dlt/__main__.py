"""``python -m gorgias_async.dlt``: load an account into DuckDB with dlt, then query it.

``python -m gorgias_async.dlt --sandbox`` loads the embedded demo account into
``gorgias.duckdb`` and prints its busiest tickets (tickets ⨝ messages). Run it again and
only the changes are loaded. Without ``--sandbox`` it reads the account the connection
options (or dlt's config and secrets) name.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import dlt

from .._ratelimit import RateLimit
from ..cli import _outcome
from ..cli._connection import SANDBOX_TIME_SCALE, add_connection_arguments, sandbox
from ..errors import GorgiasError
from ._source import gorgias_source

#: The query the command prints: each ticket with its messages.
QUERY = """
SELECT t.id, t.status, t.subject, count(m.id) AS messages, max(m.created_datetime) AS last
FROM {dataset}.tickets AS t JOIN {dataset}.messages AS m ON m.ticket_id = t.id
GROUP BY t.id, t.status, t.subject
ORDER BY messages DESC, t.id
LIMIT {limit}
"""


def parser() -> argparse.ArgumentParser:
    """The command's options."""
    parser = argparse.ArgumentParser(
        prog="python -m gorgias_async.dlt",
        description="Load a Gorgias account into DuckDB with dlt and print tickets ⨝ messages.",
    )
    parser.add_argument("resources", nargs="*", help="resources to load (default: all)")
    parser.add_argument("--duckdb", default="gorgias_dlt.duckdb", help="the DuckDB file")
    parser.add_argument("--dataset", default="gorgias", help="the DuckDB schema")
    parser.add_argument(
        "--pipelines-dir", help="where dlt keeps the pipeline's state (default: dlt's)"
    )
    parser.add_argument("--limit", type=int, default=10, help="rows of the query to print")
    add_connection_arguments(parser, sandbox_help="load the embedded demo account")
    return parser


def _budget(args: argparse.Namespace, time_scale: float) -> str:
    if args.rate_limit is None:
        return "off"
    if isinstance(args.rate_limit, RateLimit):
        return f"{args.rate_limit.capacity}/{args.rate_limit.window:g}"
    if time_scale == 1.0:
        return "auto"
    budget = RateLimit.for_auth("basic", time_scale=time_scale)
    return f"{budget.capacity}/{budget.window:g}"


def load(args: argparse.Namespace, **connection: Any) -> list[tuple[Any, ...]]:
    """Run the pipeline into ``args.duckdb``; the query's rows."""
    source = gorgias_source(args.resources, max_concurrency=args.max_concurrency, **connection)
    where = {"pipelines_dir": args.pipelines_dir} if args.pipelines_dir else {}
    pipeline = dlt.pipeline(
        pipeline_name="gorgias",
        destination=dlt.destinations.duckdb(str(Path(args.duckdb).resolve())),
        dataset_name=args.dataset,
        **where,
    )
    pipeline.run(source)
    with pipeline.sql_client() as client:
        rows = client.execute_sql(QUERY.format(dataset=args.dataset, limit=args.limit))
    return [tuple(row) for row in rows or []]


async def _main(args: argparse.Namespace) -> list[tuple[Any, ...]]:
    if not args.sandbox:
        account = {"domain": args.domain, "base_url": args.base_url, "username": args.username}
        return await asyncio.to_thread(load, args, rate_limit=_budget(args, 1.0), **account)
    async with sandbox(tickets=200, customers=50, announce=not args.quiet) as fake:
        demo = {"base_url": fake.base_url, "username": fake.username, "api_key": fake.api_key}
        budget = _budget(args, SANDBOX_TIME_SCALE)
        return await asyncio.to_thread(load, args, rate_limit=budget, **demo)


def _cause(error: BaseException) -> BaseException:
    """Our error inside dlt's wrappers (a step failed ← a resource failed ← ours)."""
    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, GorgiasError | ValueError | TypeError):
            return seen
        seen = seen.__cause__ or seen.__context__
    return error


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; its exit code."""
    args = parser().parse_args(argv)
    if args.quiet:
        os.environ.setdefault("RUNTIME__LOG_LEVEL", "ERROR")  # dlt's own logging

    def work() -> int:
        try:
            rows = asyncio.run(_main(args))
        except Exception as error:
            raise _cause(error) from None
        print("ticket  status    messages  last message (UTC)  subject")
        for ticket_id, status, subject, messages, last in rows:
            when = f"{last:%Y-%m-%d %H:%M}" if last is not None else ""
            print(f"{ticket_id:<7} {status or '':<9} {messages:<9} {when:<19} {subject or ''}")
        return _outcome.DONE

    return _outcome.run("gorgias_async.dlt", work)


if __name__ == "__main__":
    sys.exit(main())
