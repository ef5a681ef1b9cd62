"""SQLite: ``gorgias.sqlite``, a table per resource keyed by id, the checkpoints inside."""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Any, ClassVar

from ... import _json
from .._columns import RECORD, Column, text_row
from .._plan import Stream
from .._state import StreamState
from ._base import MANIFEST, Changes, PageCommit, Record, Sink, snapshot

SQLITE_DB = "gorgias.sqlite"

#: The declared SQLite type of each column kind (SQLite has no datetime type: ISO 8601
#: text in UTC, which compares and sorts as time does).
SQL_TYPES = {
    "integer": "INTEGER",
    "boolean": "INTEGER",
    "datetime": "TEXT",
    "names": "TEXT",
    "text": "TEXT",
}
#: Datetime columns indexed besides the references (the ones queries filter by).
INDEXED_DATETIMES = frozenset({"created_datetime", "updated_datetime"})


def indexed(column: Column) -> bool:
    """Whether the SQL formats index ``column``: a reference to another record
    (``customer.id``, ``ticket_id``) or a creation/update time."""
    return column.is_reference or column.path in INDEXED_DATETIMES


class SqliteSink(Sink):
    """``gorgias.sqlite``: a table per resource keyed by id, with the resource's typed
    columns (:mod:`.._columns`), indexes on references and times, and ``record``; the
    state in the same commits."""

    format = "sqlite"
    database = SQLITE_DB
    database_is_output = True
    #: Whether tables have the typed columns and indexes (a staging table has only the
    #: record).
    typed: ClassVar[bool] = True

    def columns(self, stream: Stream) -> tuple[Column, ...]:
        """The typed columns of ``stream``'s table."""
        return stream.columns if self.typed else ()

    def start(self, stream: Stream, run_started: str) -> StreamState:
        """Create the table; a table dropped or emptied by hand restarts a full walk."""
        db = self.checkpoints.db
        name = stream.name
        state = self.state.streams.get(name)
        exists = db.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
        ).fetchone()
        held = db.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] if exists else 0
        restart = state is None or held < state.count
        if restart:
            state = self._fresh_state(stream, name, run_started)
        assert state is not None
        self.state.streams[name] = state
        columns = self.columns(stream)
        declared = "".join(f'"{c.name}" {SQL_TYPES[c.kind]}, ' for c in columns)
        with self.checkpoints.transaction():
            if restart and exists:
                db.execute(f'DELETE FROM "{name}"')
            db.execute(
                f'CREATE TABLE IF NOT EXISTS "{name}" '
                f'(id INTEGER PRIMARY KEY, {declared}"{RECORD}" TEXT NOT NULL)'
            )
            self.checkpoints.save_stream(name, state)
        return snapshot(state)

    def finish(self, stream: Stream) -> None:
        """Index the references and times (once the rows are in: building an index over a
        loaded table is cheaper than keeping it up to date through a bulk load)."""
        name = stream.name
        with self.checkpoints.transaction() as db:
            for column in filter(indexed, self.columns(stream)):
                db.execute(
                    f'CREATE INDEX IF NOT EXISTS "{name}_{column.name}" '
                    f'ON "{name}" ("{column.name}")'
                )

    def _stage_page(self, page: PageCommit) -> list[Record]:
        """Insert the page's new records, in one statement that returns the ids it added
        (ids already in the table, this transaction's rows included, are left alone)."""
        stream = page.stream
        first: dict[int, Record] = {}
        for record in page.records:  # an id twice in a page: its first copy
            first.setdefault(record["id"], record)
        records = list(first.values())
        if not records:
            return []
        rows = self._rows(stream, records)
        marks = f"({', '.join('?' * len(rows[0]))})"
        sql = (
            f'INSERT INTO "{stream.name}" ({self._names(stream)}) '
            f"VALUES {', '.join([marks] * len(rows))} ON CONFLICT(id) DO NOTHING RETURNING id"
        )
        values = list(itertools.chain.from_iterable(rows))
        try:
            added = self.checkpoints.db.execute(sql, values).fetchall()
        except UnicodeEncodeError:  # a lone surrogate in a column: rare, so checked late
            added = self.checkpoints.db.execute(sql, list(map(_bindable, values))).fetchall()
        new = {row[0] for row in added}
        return [record for record in records if record["id"] in new]

    def apply(
        self, stream: Stream, changes: Changes, deleted: set[int], synced_at: str, since: str
    ) -> tuple[StreamState, dict[str, int]]:
        """Upsert, delete and record the state in one transaction."""
        db = self.checkpoints.db
        name = stream.name
        state = self.state.streams[name]
        with self.checkpoints.transaction():
            if changes.replace:
                db.execute(f'DELETE FROM "{name}"')
            self._write(self._upsert_sql(stream), self._rows(stream, changes.records))
            removed = db.executemany(
                f'DELETE FROM "{name}" WHERE id = ?', [(i,) for i in sorted(deleted)]
            ).rowcount
            state.count = db.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
            self._synced(state, changes, synced_at, since)
            self.checkpoints.save_stream(name, state)
        return snapshot(state), {"changed": len(changes.records), "deleted": removed}

    def _names(self, stream: Stream) -> str:
        names = ["id", *(column.name for column in self.columns(stream)), RECORD]
        return ", ".join(f'"{name}"' for name in names)

    def _upsert_sql(self, stream: Stream) -> str:
        names = [column.name for column in self.columns(stream)] + [RECORD]
        updates = ", ".join(f'"{name}" = excluded."{name}"' for name in names)
        marks = ", ".join("?" * (len(names) + 1))
        return (
            f'INSERT INTO "{stream.name}" ({self._names(stream)}) VALUES ({marks}) '
            f"ON CONFLICT(id) DO UPDATE SET {updates}"
        )

    def _rows(self, stream: Stream, records: Sequence[Record]) -> list[tuple[Any, ...]]:
        values = text_row(self.columns(stream))
        # The record as text: sqlite3 binds str as UTF-8, and the JSON escapes any lone
        # surrogate; a column holding one shows its escape (see _bindable).
        return [(*values(record), _json.dumps(record).decode()) for record in records]

    def _write(self, sql: str, rows: list[tuple[Any, ...]]) -> sqlite3.Cursor:
        try:
            return self.checkpoints.db.executemany(sql, rows)
        except UnicodeEncodeError:  # a lone surrogate in a column: rare, so checked late
            return self.checkpoints.db.executemany(sql, [tuple(map(_bindable, r)) for r in rows])

    def owned_files(self) -> list[Path]:
        """The database (with its WAL files) and the manifest."""
        db = self.checkpoints.path
        return [db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm"),
                self.out / MANIFEST]  # fmt: skip


def _bindable(value: Any) -> Any:
    """``value`` as sqlite3 can bind it: a lone surrogate becomes its escape."""
    if isinstance(value, str):
        return value.encode("utf-8", "backslashreplace").decode("utf-8")
    return value
