"""Reading an export folder back, in every format: its records, and what it holds."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path
from typing import Any


def records(out: Path, fmt: str, name: str) -> list[dict[str, Any]]:
    """The records of one resource in an export folder, by id."""
    # The standard library's json: it reads the lone surrogates orjson refuses.
    if fmt == "jsonl":
        rows = [json.loads(line) for line in (out / f"{name}.jsonl").read_bytes().splitlines()]
    elif fmt == "csv":
        with (out / f"{name}.csv").open(encoding="utf-8", newline="") as handle:
            text = handle.read()
        csv.field_size_limit(1 << 30)
        rows = [json.loads(row["record"]) for row in csv.DictReader(io.StringIO(text))]
    else:
        rows = [json.loads(row["record"]) for row in table(out, fmt, name)]
    return sorted(rows, key=lambda record: record["id"])


def table(out: Path, fmt: str, name: str) -> list[dict[str, Any]]:
    """The rows of one resource's table (SQLite, DuckDB) or file (Parquet), by id."""
    if fmt == "sqlite":
        db = sqlite3.connect(out / "gorgias.sqlite")
        db.row_factory = sqlite3.Row
        try:
            return [dict(row) for row in db.execute(f'SELECT * FROM "{name}" ORDER BY id')]
        finally:
            db.close()
    if fmt == "parquet":
        import pyarrow.parquet as pq

        return pq.read_table(out / f"{name}.parquet").to_pylist()
    if fmt == "duckdb":
        import duckdb

        db = duckdb.connect(str(out / "gorgias.duckdb"), read_only=True)
        try:
            cursor = db.execute(f'SELECT * FROM "{name}" ORDER BY id')
            names = [column[0] for column in cursor.description]
            return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
        finally:
            db.close()
    raise AssertionError(f"no table in {fmt}")


def snapshot(out: Path, fmt: str, names: list[str]) -> dict[str, Any]:
    """What an export folder holds per resource: file bytes, or a table's rows."""
    if fmt in ("sqlite", "duckdb"):
        return {name: table(out, fmt, name) for name in names}
    return {name: (out / f"{name}.{fmt}").read_bytes() for name in names}


def progress(out: Path, fmt: str, names: list[str]) -> Any:
    """What a run has done so far: the output and, for the formats built from their
    checkpoint at the end of a run (Parquet, DuckDB), the checkpointed rows."""
    if fmt not in ("parquet", "duckdb"):
        return snapshot(out, fmt, names)
    db = sqlite3.connect(out / ".export-state.sqlite")
    try:
        staged = {n: db.execute(f'SELECT * FROM "{n}" ORDER BY id').fetchall() for n in names}
    finally:
        db.close()
    return snapshot(out, fmt, names), staged
