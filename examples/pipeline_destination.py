"""A data-pipeline destination: load a JSONL of mixed creates, updates and deletes into
Gorgias, with excludes, extra headers and a results sink.

Each input line is ``{"op": "create" | "update" | "delete", "record": {...}}`` (a delete's
record may be just ``{"id": 7}``). Creates go first, then updates, then deletes, each as
one bulk write under the account's budget; ``--exclude`` drops fields (dotted paths reach
into nested objects: ``customer.email``) and refuses one that matches no record;
``--via-job`` sends ticket updates and deletes as server-side jobs. Every input line gets
one line in the results file: its line number, its op and the outcome
(``created``/``updated``/``deleted``, or ``failed`` with Gorgias' error).

Against the embedded fake account, with a sample input written for you::

    python examples/pipeline_destination.py --sandbox --results results.jsonl

or against a real account (``GORGIAS_DOMAIN``, ``GORGIAS_USERNAME``, ``GORGIAS_API_KEY``)::

    python examples/pipeline_destination.py changes.jsonl --exclude internal_score \\
        --header X-Pipeline=nightly --results results.jsonl
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Literal, TextIO

from gorgias_async import AsyncGorgias, BulkResult, BulkSummary, RateLimit
from gorgias_async.bulk import InvalidRecord, Via
from gorgias_async.testing import FakeGorgias, RateLimitRules

Op = Literal["create", "update", "delete"]
OPS: tuple[Op, ...] = ("create", "update", "delete")
SANDBOX_SCALE = 10.0  # the sandbox drains Gorgias' budget ten times faster


def read_operations(path: Path) -> dict[Op, list[tuple[int, Any]]]:
    """The input's records by op, each with its line number (a bad line: InvalidRecord)."""
    by_op: dict[Op, list[tuple[int, Any]]] = {op: [] for op in OPS}
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                entry = json.loads(line)
                op, record = entry["op"], entry["record"]
            except (ValueError, KeyError, TypeError) as exc:
                by_op["create"].append((number, InvalidRecord(f"line {number}: {exc}")))
                continue
            if op not in OPS:
                reason = f"line {number}: op must be create, update or delete, not {op!r}"
                by_op["create"].append((number, InvalidRecord(reason)))
                continue
            by_op[op].append((number, record))
    return by_op


def has_field(record: Any, path: str) -> bool:
    """Whether ``record`` has the field at dotted ``path`` (in a list: in any element)."""
    head, _, rest = path.partition(".")
    if isinstance(record, list):
        return any(has_field(item, path) for item in record)
    if not isinstance(record, dict) or head not in record:
        return False
    return not rest or has_field(record[head], rest)


def excludes_by_op(
    by_op: dict[Op, list[tuple[int, Any]]], exclude: Sequence[str]
) -> dict[Op, list[str]]:
    """Each exclude for the ops whose records have it; ValueError for one no record has
    (a typo). The library refuses an exclude that matches nothing in one bulk write; a
    file mixes ops, so a name is checked against the whole file here."""
    chosen: dict[Op, list[str]] = {op: [] for op in OPS}
    for name in exclude:
        ops = [op for op in OPS if any(has_field(r, name) for _, r in by_op[op])]
        if not ops:
            raise ValueError(f"exclude {name!r} matches no field of any record")
        for op in ops:
            chosen[op].append(name)
    return chosen


async def load(
    client: AsyncGorgias,
    path: Path,
    results: TextIO,
    *,
    exclude: Sequence[str] = (),
    headers: dict[str, str] | None = None,
    via_job: bool = False,
) -> BulkSummary:
    """Load ``path`` into the account's tickets; one results line per input line."""
    summary = BulkSummary()
    via: Via = "job" if via_job else "records"
    by_op = read_operations(path)
    excludes = excludes_by_op(by_op, exclude)
    for op, entries in by_op.items():
        if not entries:
            continue
        lines = [number for number, _ in entries]
        records = [record for _, record in entries]

        def sink(result: BulkResult[Any], op: Op = op, lines: list[int] = lines) -> None:
            summary.add(result)
            line = {"line": lines[result.index], "op": op, **result.to_dict()}
            results.write(json.dumps(line, default=str) + "\n")

        tickets = client.tickets
        mine = excludes[op]
        if op == "create":
            writes = tickets.bulk_create(records, exclude=mine, headers=headers, results=sink)
        elif op == "update":
            writes = tickets.bulk_update(
                records, exclude=mine, headers=headers, results=sink, via=via
            )
        else:
            writes = tickets.bulk_delete(records, headers=headers, results=sink, via=via)
        async for _ in writes:
            pass
    return summary


def write_sample(path: Path, ticket_ids: Sequence[int]) -> None:
    """A sample input: creates with private fields to exclude, updates, deletes, a bad line."""
    lines: list[Any] = []
    for i in range(5):
        message = {
            "channel": "email",
            "via": "api",
            "from_agent": False,
            "body_text": f"Order #{1000 + i} has not arrived",
            "sender": {"email": f"buyer{i}@example.org"},
            "source": {"type": "email", "from": {"address": f"buyer{i}@example.org"}, "to": []},
        }
        record = {
            "subject": f"Where is order #{1000 + i}?",
            "external_id": f"shop-{1000 + i}",
            "internal_score": i,
            "customer": {"email": f"buyer{i}@example.org", "name": f"Buyer {i}"},
            "messages": [message],
        }
        lines.append({"op": "create", "record": record})
    lines += [
        {"op": "update", "record": {"id": i, "status": "closed", "internal_score": 0}}
        for i in ticket_ids[:3]
    ]
    lines += [{"op": "delete", "record": {"id": i}} for i in ticket_ids[3:5]]
    text = "\n".join(json.dumps(line) for line in lines) + "\n{not json\n"
    path.write_text(text, encoding="utf-8")


async def main(argv: Sequence[str] | None = None) -> int:
    """Load the input (or, with ``--sandbox``, a sample into a fake account)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input", nargs="?", type=Path, help="the JSONL of operations")
    parser.add_argument("--sandbox", action="store_true", help="use the embedded fake account")
    parser.add_argument("--results", type=Path, help="results JSONL (default: stdout)")
    parser.add_argument("--exclude", default="internal_score,customer.email")
    parser.add_argument("--header", action="append", default=[], metavar="NAME=VALUE")
    parser.add_argument("--via-job", action="store_true", help="ticket updates/deletes as jobs")
    args = parser.parse_args(argv)
    if args.input is None and not args.sandbox:
        parser.error("give the input JSONL, or --sandbox for a sample")
    headers = dict(item.partition("=")[::2] for item in args.header) or None
    exclude = [name for name in args.exclude.split(",") if name]
    out = args.results.open("w", encoding="utf-8") if args.results else sys.stdout
    try:
        if args.sandbox:
            rules = RateLimitRules()
            async with FakeGorgias(
                seed=1, tickets=20, customers=10, rate_limit=rules, time_scale=SANDBOX_SCALE
            ) as fake:
                budget = RateLimit.for_auth("basic", time_scale=SANDBOX_SCALE)
                async with AsyncGorgias(
                    base_url=fake.base_url,
                    username=fake.username,
                    api_key=fake.api_key,
                    rate_limit=budget,
                ) as client:
                    with tempfile.TemporaryDirectory() as folder:
                        sample = args.input or Path(folder) / "sample.jsonl"
                        if args.input is None:
                            write_sample(sample, [t["id"] for t in fake.items("tickets")])
                        summary = await load(
                            client, sample, out, exclude=exclude, headers=headers,
                            via_job=args.via_job,
                        )  # fmt: skip
        else:
            async with AsyncGorgias() as client:
                summary = await load(
                    client, args.input, out, exclude=exclude, headers=headers,
                    via_job=args.via_job,
                )  # fmt: skip
    except ValueError as exc:  # a bad option or an exclude matching nothing: say what to fix
        print(f"error: {exc}", file=sys.stderr)
        return 2
    finally:
        if out is not sys.stdout:
            out.close()
    print(summary, file=sys.stderr)
    return 0 if summary.ok else 1


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
