"""Where exported records go: JSONL, CSV or SQLite, each with its own durable checkpoint.

A sink makes a page's records durable *before* the checkpoint that covers them, and
makes that checkpoint atomic, so a crash at any instant leaves output that a resumed run
can continue without losing or repeating a record:

- JSONL/CSV: records are appended and fsynced, then ``.export-state.json`` is replaced
  atomically; on resume each file is cut back to the byte offset its checkpoint covers.
- SQLite: records are upserted by id and the checkpoint row is written in the same
  transaction.
"""

from __future__ import annotations

import abc
import csv
import io
import os
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Any, BinaryIO

import orjson

from ._plan import Stream
from ._state import ExportState, StreamState, write_atomic

Record = dict[str, Any]
STATE_FILE = ".export-state.json"
FORMATS = ("jsonl", "csv", "sqlite")


def dig(record: Record, path: str) -> Any:
    """The value at a dotted ``path`` of ``record`` (None where absent)."""
    value: Any = record
    for part in path.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    return value


class Sink(abc.ABC):
    """Durable output for the export: records first, then the checkpoint covering them."""

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = out_dir

    @abc.abstractmethod
    def load_state(self) -> ExportState | None:
        """The checkpoint of an earlier run into this directory, if any."""

    @abc.abstractmethod
    def prepare(self, stream: Stream, state: StreamState) -> set[int]:
        """Make the stream's output match ``state``; return the ids it already holds."""

    @abc.abstractmethod
    def commit(self, stream: Stream, records: Sequence[Record], state: ExportState) -> None:
        """Write ``records`` durably, then the checkpoint ``state`` (which covers them)."""

    @abc.abstractmethod
    def apply(
        self,
        stream: Stream,
        records: Sequence[Record],
        deleted: set[int],
        replace: bool,
        state: ExportState,
    ) -> int:
        """Merge an incremental run's changes by id (or replace everything); returns the
        stream's record count afterwards. Durable before the state that covers it."""

    @abc.abstractmethod
    def paths(self) -> list[Path]:
        """The files this sink writes."""

    @abc.abstractmethod
    def close(self) -> None:
        """Release open files or connections."""


class FileSink(Sink):
    """One file per stream plus an atomic state file (JSONL and CSV)."""

    suffix = ""

    def __init__(self, out_dir: Path) -> None:
        super().__init__(out_dir)
        self._files: dict[str, BinaryIO] = {}
        self._streams: dict[str, Stream] = {}

    def path(self, stream: Stream) -> Path:
        """The output file of ``stream``."""
        return self.out_dir / f"{stream.name}{self.suffix}"

    def load_state(self) -> ExportState | None:
        """Read ``.export-state.json`` if present."""
        path = self.out_dir / STATE_FILE
        return ExportState.from_json(path.read_bytes()) if path.exists() else None

    def prepare(self, stream: Stream, state: StreamState) -> set[int]:
        """Cut the file back to the checkpointed offset and read the ids it holds."""
        path = self.path(stream)
        handle = path.open("ab+")
        handle.truncate(state.offset)
        handle.seek(0)
        ids = self.read_ids(handle.read())
        handle.seek(0, os.SEEK_END)
        self._files[stream.name] = handle
        self._streams[stream.name] = stream
        return ids

    def commit(self, stream: Stream, records: Sequence[Record], state: ExportState) -> None:
        """Append, fsync, then replace the state file."""
        handle = self._files[stream.name]
        handle.write(self.encode(stream, records, first=handle.tell() == 0))
        handle.flush()
        os.fsync(handle.fileno())
        state.streams[stream.name].offset = handle.tell()
        write_atomic(self.out_dir / STATE_FILE, state.to_json())

    def apply(
        self,
        stream: Stream,
        records: Sequence[Record],
        deleted: set[int],
        replace: bool,
        state: ExportState,
    ) -> int:
        """Rewrite the stream file merged by id (atomically), then the state file."""
        path = self.path(stream)
        current = [] if replace or not path.exists() else self.read_records(path.read_bytes())
        merged = merge_by_id(current, records, deleted)
        data = self.encode(stream, merged, first=True)
        write_atomic(path, data)
        self._streams[stream.name] = stream
        stream_state = state.streams.setdefault(stream.name, StreamState())
        stream_state.offset = len(data)
        stream_state.count = len(merged)
        write_atomic(self.out_dir / STATE_FILE, state.to_json())
        return len(merged)

    def paths(self) -> list[Path]:
        """The stream files written so far."""
        return [self.path(stream) for stream in self._streams.values()]

    def close(self) -> None:
        """Close every stream file."""
        for handle in self._files.values():
            handle.close()
        self._files.clear()

    @abc.abstractmethod
    def encode(self, stream: Stream, records: Sequence[Record], *, first: bool) -> bytes:
        """The bytes appended for ``records`` (``first``: the file is empty)."""

    @abc.abstractmethod
    def read_records(self, content: bytes) -> list[Record]:
        """The records in a file's committed content."""

    def read_ids(self, content: bytes) -> set[int]:
        """The record ids in a file's committed content."""
        return {record["id"] for record in self.read_records(content)}


class JsonlSink(FileSink):
    """``<stream>.jsonl``: one JSON object per line, exactly as the API returned it."""

    suffix = ".jsonl"

    def encode(self, stream: Stream, records: Sequence[Record], *, first: bool) -> bytes:
        """One line per record."""
        return b"".join(orjson.dumps(record) + b"\n" for record in records)

    def read_records(self, content: bytes) -> list[Record]:
        """One record per line."""
        return [orjson.loads(line) for line in content.splitlines() if line]


class CsvSink(FileSink):
    """``<stream>.csv``: ``id``, the stream's useful columns, and the whole ``record``.

    The column set is fixed per stream (never inferred from the data), so files of
    different runs line up; the ``record`` column keeps the object whole, unknown fields
    included, as JSON.
    """

    suffix = ".csv"

    @staticmethod
    def header(stream: Stream) -> list[str]:
        """The columns of ``stream``."""
        return ["id", *stream.columns, "record"]

    def encode(self, stream: Stream, records: Sequence[Record], *, first: bool) -> bytes:
        """CSV rows (with the header when the file is empty)."""
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        if first:
            writer.writerow(self.header(stream))
        for record in records:
            cells = [_cell(dig(record, column)) for column in stream.columns]
            writer.writerow([record["id"], *cells, orjson.dumps(record).decode()])
        return buffer.getvalue().encode()

    def read_records(self, content: bytes) -> list[Record]:
        """The ``record`` column."""
        rows = csv.reader(io.StringIO(content.decode()))
        next(rows, None)
        return [orjson.loads(row[-1]) for row in rows if row]


def _cell(value: Any) -> Any:
    if isinstance(value, dict | list):
        return orjson.dumps(value).decode()
    return "" if value is None else value


class SqliteSink(Sink):
    """``gorgias.sqlite``: a table per stream keyed by id; checkpoints in the same commits."""

    def __init__(self, out_dir: Path) -> None:
        super().__init__(out_dir)
        self.path = out_dir / "gorgias.sqlite"
        self.db = sqlite3.connect(self.path, isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=FULL")
        self.db.execute("CREATE TABLE IF NOT EXISTS _export_state (id INTEGER PRIMARY KEY, state)")

    def load_state(self) -> ExportState | None:
        """The checkpoint row, if any."""
        row = self.db.execute("SELECT state FROM _export_state WHERE id = 1").fetchone()
        return ExportState.from_json(row[0].encode()) if row else None

    @staticmethod
    def columns(stream: Stream) -> list[str]:
        """SQL column names of the stream's useful columns (dots become underscores)."""
        return [column.replace(".", "_") for column in stream.columns]

    def prepare(self, stream: Stream, state: StreamState) -> set[int]:
        """Create the table; return the ids it holds."""
        extra = ", ".join(f'"{column}"' for column in self.columns(stream))
        self.db.execute(
            f'CREATE TABLE IF NOT EXISTS "{stream.name}" '
            f"(id INTEGER PRIMARY KEY, {extra}, json TEXT NOT NULL)"
        )
        return {row[0] for row in self.db.execute(f'SELECT id FROM "{stream.name}"')}

    def commit(self, stream: Stream, records: Sequence[Record], state: ExportState) -> None:
        """Upsert the records and the checkpoint in one transaction."""
        rows = [self._row(stream, record) for record in records]
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.executemany(self._upsert_sql(stream), rows)
            self._save_state(state)
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    def apply(
        self,
        stream: Stream,
        records: Sequence[Record],
        deleted: set[int],
        replace: bool,
        state: ExportState,
    ) -> int:
        """Upsert, delete and checkpoint in one transaction."""
        self.prepare(stream, state.streams.setdefault(stream.name, StreamState()))
        self.db.execute("BEGIN IMMEDIATE")
        try:
            if replace:
                self.db.execute(f'DELETE FROM "{stream.name}"')
            self.db.executemany(self._upsert_sql(stream), [self._row(stream, r) for r in records])
            self.db.executemany(
                f'DELETE FROM "{stream.name}" WHERE id = ?', [(i,) for i in sorted(deleted)]
            )
            (count,) = self.db.execute(f'SELECT count(*) FROM "{stream.name}"').fetchone()
            state.streams[stream.name].count = count
            self._save_state(state)
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")
        return int(count)

    def _save_state(self, state: ExportState) -> None:
        self.db.execute(
            "INSERT INTO _export_state (id, state) VALUES (1, ?) "
            "ON CONFLICT(id) DO UPDATE SET state = excluded.state",
            (state.to_json().decode(),),
        )

    def _upsert_sql(self, stream: Stream) -> str:
        names = ["id", *self.columns(stream), "json"]
        quoted = ", ".join(f'"{name}"' for name in names)
        updates = ", ".join(f'"{name}" = excluded."{name}"' for name in names[1:])
        return (
            f'INSERT INTO "{stream.name}" ({quoted}) VALUES ({", ".join("?" * len(names))}) '
            f"ON CONFLICT(id) DO UPDATE SET {updates}"
        )

    @staticmethod
    def _row(stream: Stream, record: Record) -> tuple[Any, ...]:
        values = [_sql_value(dig(record, column)) for column in stream.columns]
        return (record["id"], *values, orjson.dumps(record).decode())

    def paths(self) -> list[Path]:
        """The database file."""
        return [self.path]

    def close(self) -> None:
        """Close the connection."""
        self.db.close()


def merge_by_id(
    current: Sequence[Record], changes: Sequence[Record], deleted: set[int]
) -> list[Record]:
    """``current`` with changed records replaced in place, new ones appended, deleted gone."""
    merged = {record["id"]: record for record in current}
    for record in changes:
        merged[record["id"]] = record
    return [record for key, record in merged.items() if key not in deleted]


def _sql_value(value: Any) -> Any:
    if isinstance(value, dict | list):
        return orjson.dumps(value).decode()
    if isinstance(value, bool):
        return int(value)
    return value


def make_sink(fmt: str, out_dir: Path) -> Sink:
    """The sink for ``fmt`` (``jsonl``, ``csv`` or ``sqlite``)."""
    sinks: dict[str, type[Sink]] = {"jsonl": JsonlSink, "csv": CsvSink, "sqlite": SqliteSink}
    if fmt not in sinks:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    return sinks[fmt](out_dir)
