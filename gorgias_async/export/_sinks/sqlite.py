"""SQLite: ``gorgias.sqlite``, a table per resource keyed by id, the checkpoints inside."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ... import _json
from .._plan import Stream
from .._state import StreamState
from ._base import MANIFEST, Changes, PageCommit, Record, Sink, dig, snapshot

SQLITE_DB = "gorgias.sqlite"


def _known_ids(db: sqlite3.Connection, table: str, records: Sequence[Record]) -> set[int]:
    ids = [record["id"] for record in records]
    if not ids:
        return set()
    marks = ", ".join("?" * len(ids))
    rows = db.execute(f'SELECT id FROM "{table}" WHERE id IN ({marks})', ids)
    return {row[0] for row in rows}


class SqliteSink(Sink):
    """``gorgias.sqlite``: a table per resource keyed by id; the state in the same commits."""

    format = "sqlite"
    database = SQLITE_DB
    database_is_output = True

    @staticmethod
    def columns(stream: Stream) -> list[str]:
        """SQL column names of the resource's useful columns (dots become underscores)."""
        return [column.replace(".", "_") for column in stream.columns]

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
        extra = ", ".join(f'"{column}"' for column in self.columns(stream))
        with self.checkpoints.transaction():
            if restart and exists:
                db.execute(f'DELETE FROM "{name}"')
            db.execute(
                f'CREATE TABLE IF NOT EXISTS "{name}" '
                f"(id INTEGER PRIMARY KEY, {extra}, json TEXT NOT NULL)"
            )
            self.checkpoints.save_stream(name, state)
        return snapshot(state)

    def _stage_page(self, page: PageCommit) -> list[Record]:
        """Insert the page's new records (ids already in the table, this transaction's
        rows included, are dropped)."""
        db = self.checkpoints.db
        known = _known_ids(db, page.stream.name, page.records)
        fresh = self._dedupe(page.records, known)
        db.executemany(self._upsert_sql(page.stream), [self._row(page.stream, r) for r in fresh])
        return fresh

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
            db.executemany(
                self._upsert_sql(stream), [self._row(stream, r) for r in changes.records]
            )
            removed = db.executemany(
                f'DELETE FROM "{name}" WHERE id = ?', [(i,) for i in sorted(deleted)]
            ).rowcount
            state.count = db.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
            self._synced(state, changes, synced_at, since)
            self.checkpoints.save_stream(name, state)
        return snapshot(state), {"changed": len(changes.records), "deleted": removed}

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
        return (record["id"], *values, _json.dumps(record).decode())

    def owned_files(self) -> list[Path]:
        """The database (with its WAL files) and the manifest."""
        db = self.checkpoints.path
        return [db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm"),
                self.out / MANIFEST]  # fmt: skip


def _sql_value(value: Any) -> Any:
    if isinstance(value, dict | list):
        return _json.dumps(value).decode()
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, str) and not value.isascii():
        # sqlite3 binds str as UTF-8: a lone surrogate becomes its escape (the JSON
        # column keeps it exactly).
        return value.encode("utf-8", "backslashreplace").decode("utf-8")
    return value
