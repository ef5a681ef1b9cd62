"""Where exported records go: JSONL, CSV or SQLite, each with a durable checkpoint.

A sink makes a page's records durable *before* the checkpoint that covers them, and
writes that checkpoint atomically, so a crash at any instant leaves output that the next
run continues without losing or repeating a record:

- JSONL/CSV: pages are appended and fsynced; then, in one SQLite transaction of
  ``.export-state.sqlite``, the ids written (the walk's dedupe index, on disk so memory
  stays flat however large the account) and the new state. On the next start each file
  is cut back to the offset its state covers.
- SQLite: records and state are written in the same transaction of ``gorgias.sqlite``.

Several pages (of different resources) are committed together when they arrive
together: one fsync per file and one transaction for all of them.

Incremental changes replace records in place (JSONL/CSV: a streamed copy of the file,
renamed over it atomically; SQLite: upserts), so applying the same changes twice gives
the same output — which is what makes a killed incremental run safe to run again.
"""

from __future__ import annotations

import abc
import csv
import io
import itertools
import os
import sqlite3
import zlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, ClassVar

import attrs

from .. import _json
from ..errors import OutputError, error_from_os
from ._folder import fsync_directory, open_no_follow, refuse_link, remove_owned
from ._plan import Stream
from ._state import CheckpointDb, ExportState, Pending, StreamState, read_state

Record = dict[str, Any]
STATE_DB = ".export-state.sqlite"
SQLITE_DB = "gorgias.sqlite"
MANIFEST = "manifest.json"
FORMATS = ("jsonl", "csv", "sqlite")


def dig(record: Record, path: str) -> Any:
    """The value at a dotted ``path`` of ``record`` (None where absent)."""
    value: Any = record
    for part in path.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    return value


def stamp_of(record: Record) -> str | None:
    """The record's newest timestamp as sent (``updated_datetime``, else created)."""
    stamp = record.get("updated_datetime") or record.get("created_datetime")
    return stamp if isinstance(stamp, str) else None


@attrs.frozen
class PageCommit:
    """One page of a full walk, to be made durable with the cursor that follows it."""

    stream: Stream
    records: Sequence[Record]
    cursor: str | None
    done: bool


@attrs.frozen
class Changes:
    """What an incremental run found for one resource.

    Attributes:
        records: changed or new records (each id once, the newest version).
        replace: the records are the whole resource (small configuration lists).
        pages: pages fetched to find them.
    """

    records: Sequence[Record] = ()
    replace: bool = False
    pages: int = 0


def snapshot(state: StreamState) -> StreamState:
    """A copy of ``state`` the loop thread may read while the writer changes the original."""
    return attrs.evolve(state, last_run=dict(state.last_run))


class Sink(abc.ABC):
    """Durable output of one export folder. Every method runs on the writer thread."""

    format: ClassVar[str]

    def __init__(self, out: Path, checkpoints: CheckpointDb, state: ExportState) -> None:
        self.out = out
        self.checkpoints = checkpoints
        self.state = state
        self._staged: list[tuple[PageCommit, list[Record]]] = []

    # -- streams --------------------------------------------------------------------

    @abc.abstractmethod
    def start(self, stream: Stream, run_started: str) -> StreamState:
        """Make the resource's output match its state (a new or damaged one restarts
        with a full walk); returns a snapshot of the state."""

    def stage(self, pages: Sequence[PageCommit]) -> list[tuple[Path, int]]:
        """Open a transaction and write the pages' new records; returns the files
        (path, descriptor) to fsync before :meth:`seal` writes the states covering them."""
        self.checkpoints.begin()
        self._staged = [(page, self._stage_page(page)) for page in pages]
        return self._to_sync({page.stream.name for page in pages})

    def seal(self) -> list[StreamState]:
        """Advance the staged pages' states and commit; their snapshots, in order."""
        touched: dict[str, None] = {}
        for page, fresh in self._staged:
            self._advance(self.state.streams[page.stream.name], page, fresh)
            touched[page.stream.name] = None
        for name in touched:
            self._before_save(name)
            self.checkpoints.save_stream(name, self.state.streams[name])
        self.checkpoints.commit()
        staged, self._staged = self._staged, []
        return [snapshot(self.state.streams[page.stream.name]) for page, _ in staged]

    def abort(self) -> None:
        """Undo a staged batch that could not be made durable."""
        self._staged = []
        self.checkpoints.rollback()

    @abc.abstractmethod
    def _stage_page(self, page: PageCommit) -> list[Record]:
        """Write one page's new records (inside the transaction); returns them."""

    def _to_sync(self, names: set[str]) -> list[tuple[Path, int]]:
        return []

    def _before_save(self, name: str) -> None:  # noqa: B027 - most sinks have nothing to add
        """Bring ``name``'s state up to the staged writes (before it is saved)."""

    @abc.abstractmethod
    def apply(
        self, stream: Stream, changes: Changes, deleted: set[int], synced_at: str, since: str
    ) -> tuple[StreamState, dict[str, int]]:
        """Merge an incremental run's changes (since ``since``) by id; the resource is then
        synced up to ``synced_at``. Returns the state and the records changed and deleted.
        Applying the same changes again gives the same output."""

    @staticmethod
    def _synced(state: StreamState, changes: Changes, synced_at: str, since: str) -> None:
        if not state.done:  # changes only, by request: say so, and never walk it whole
            state.done, state.cursor, state.only_since = True, None, since
        state.synced_at = synced_at
        state.pages += changes.pages
        for record in changes.records:
            state.watermark = _newest(state.watermark, stamp_of(record))

    def record_run(self, name: str, run: dict[str, Any]) -> None:
        """Keep what this run did to ``name`` for the manifest."""
        state = self.state.streams[name]
        state.last_run = run
        with self.checkpoints.transaction():
            self.checkpoints.save_stream(name, state)

    # -- files ----------------------------------------------------------------------

    @abc.abstractmethod
    def owned_files(self) -> list[Path]:
        """Every file this export wrote (what starting over deletes)."""

    def close(self) -> None:
        """Release files and the database."""
        self.checkpoints.close()

    # -- shared bookkeeping ---------------------------------------------------------

    @staticmethod
    def _fresh_state(stream: Stream, file: str, run_started: str) -> StreamState:
        return StreamState(file=file, walk_started=run_started)

    @staticmethod
    def _advance(state: StreamState, page: PageCommit, fresh: Sequence[Record]) -> None:
        if fresh:
            state.first_id = fresh[0]["id"] if state.first_id is None else state.first_id
            state.last_id = fresh[-1]["id"]
            stamps = [stamp for record in fresh if (stamp := stamp_of(record)) is not None]
            state.watermark = _newest(state.watermark, max(stamps, default=None))
        state.count += len(fresh)
        state.pages += 1
        state.cursor = page.cursor
        if page.done:
            state.done = True
            state.cursor = None
            state.synced_at = state.walk_started

    @staticmethod
    def _dedupe(records: Sequence[Record], known: set[int]) -> list[Record]:
        """``records`` without the ids in ``known`` or repeated within the page."""
        fresh: list[Record] = []
        for record in records:
            if record["id"] not in known:
                known.add(record["id"])
                fresh.append(record)
        return fresh


def _newest(current: str | None, stamp: str | None) -> str | None:
    if stamp is not None and (current is None or stamp > current):
        return stamp
    return current


def _known_ids(db: sqlite3.Connection, table: str, records: Sequence[Record]) -> set[int]:
    ids = [record["id"] for record in records]
    if not ids:
        return set()
    marks = ", ".join("?" * len(ids))
    rows = db.execute(f'SELECT id FROM "{table}" WHERE id IN ({marks})', ids)
    return {row[0] for row in rows}


@contextmanager
def writing(path: Path) -> Iterator[None]:
    """Turn a failed file operation on ``path`` into a one-line :class:`OutputError`."""
    try:
        yield
    except OSError as exc:
        raise error_from_os(exc, path) from exc


def digest(raw: bytes) -> int:
    """A stable digest of a record's bytes: its length and CRC-32 (what tells a changed
    record from a re-read one: both would have to match by chance)."""
    return (len(raw) << 32) | zlib.crc32(raw)


def _chunks(values: Sequence[int], size: int = 900) -> Iterator[Sequence[int]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


class FileSink(Sink):
    """One file per resource plus ``.export-state.sqlite`` (JSONL and CSV).

    The state database also holds, per resource, the id and a digest of every record in
    the file: the full walk's dedupe index (on disk: memory stays flat however large
    the account), and what lets an incremental run skip records that did not really
    change and deletions of records the file does not hold.
    """

    suffix: ClassVar[str]

    def __init__(self, out: Path, checkpoints: CheckpointDb, state: ExportState) -> None:
        super().__init__(out, checkpoints, state)
        self._files: dict[str, IO[bytes]] = {}

    def file_name(self, stream: Stream) -> str:
        """The output file of ``stream`` (relative to the folder)."""
        return f"{stream.name}{self.suffix}"

    @staticmethod
    def _index(name: str) -> str:
        return f"_ids_{name}"

    def start(self, stream: Stream, run_started: str) -> StreamState:
        """Finish a replacement a crash interrupted, cut the file back to its checkpoint,
        and restart a resource whose file was deleted or cut short with a full walk."""
        path = self.out / self.file_name(stream)
        state = self.state.streams.get(stream.name)
        if state is None and (path.exists() or path.is_symlink()):
            raise OutputError(
                f"{path.name} in {self.out} was not written by this export",
                path=path,
                hint="move it away or choose another --out (the export never overwrites "
                "files it did not create)",
            )
        if state is not None and not self._finish_pending(state, path):
            state = None
        refuse_link(path)
        size = path.stat().st_size if path.exists() else None
        restart = state is None or size is None or size < state.offset
        if restart:
            state = self._fresh_state(stream, path.name, run_started)
        assert state is not None
        self.state.streams[stream.name] = state
        handle = os.fdopen(open_no_follow(path), "r+b")
        self._files[stream.name] = handle
        with writing(path):
            handle.truncate(state.offset)
            handle.seek(state.offset)
            if state.offset == 0:
                handle.write(self.header(stream))
                self._sync(handle)
                state.offset = handle.tell()
        index = self._index(stream.name)
        with self.checkpoints.transaction() as db:
            if restart:
                db.execute(f'DROP TABLE IF EXISTS "{index}"')
            db.execute(
                f'CREATE TABLE IF NOT EXISTS "{index}" '
                "(id INTEGER PRIMARY KEY, digest INTEGER NOT NULL)"
            )
            self.checkpoints.save_stream(stream.name, state)
        return snapshot(state)

    def _finish_pending(self, state: StreamState, path: Path) -> bool:
        """Complete a file replacement a crash interrupted; False if that is impossible
        (its new file vanished before the rename): then the resource starts over."""
        pending = state.pending
        if pending is None:
            return True
        temporary = self.out / pending.temporary
        if temporary.is_file() and not temporary.is_symlink():
            with writing(path):
                os.replace(temporary, path)
                fsync_directory(self.out)
        if not path.is_file() or path.stat().st_size != pending.offset:
            return False
        state.offset, state.count = pending.offset, pending.count
        state.synced_at, state.pending = pending.synced_at, None
        return True

    def _stage_page(self, page: PageCommit) -> list[Record]:
        """Index the page's ids (those already there are dropped), append the new ones."""
        name = page.stream.name
        records = list({record["id"]: record for record in page.records}.values())
        encoded = self.encode_each(page.stream, records)
        new = self._index_new(name, records, encoded)
        with writing(self.out / self.state.streams[name].file):
            self._files[name].write(
                b"".join(raw for r, raw in zip(records, encoded, strict=True) if r["id"] in new)
            )
        return [r for r in records if r["id"] in new]

    def _to_sync(self, names: set[str]) -> list[tuple[Path, int]]:
        files = []
        for name in names:
            path = self.out / self.state.streams[name].file
            with writing(path):
                self._files[name].flush()
            files.append((path, self._files[name].fileno()))
        return files

    def _before_save(self, name: str) -> None:
        self.state.streams[name].offset = self._files[name].tell()

    def _index_new(
        self, name: str, records: Sequence[Record], encoded: Sequence[bytes]
    ) -> set[int]:
        """Add the ids not yet indexed (with their digests); returns those ids."""
        if not records:
            return set()
        digests = [(len(raw) << 32) | zlib.crc32(raw) for raw in encoded]  # as digest()
        values = list(
            itertools.chain.from_iterable(zip([r["id"] for r in records], digests, strict=True))
        )
        marks = ", ".join(["(?, ?)"] * len(records))
        rows = self.checkpoints.db.execute(
            f'INSERT OR IGNORE INTO "{self._index(name)}" VALUES {marks} RETURNING id', values
        )
        return {row[0] for row in rows}

    def apply(
        self, stream: Stream, changes: Changes, deleted: set[int], synced_at: str, since: str
    ) -> tuple[StreamState, dict[str, int]]:
        """Stream the file into a new one with changed records replaced in place, deleted
        ones left out and new ones appended; record the replacement, rename, commit.

        Records identical to the ones held and deletions of records the file does not
        hold change nothing: without a real change the file is not rewritten.
        """
        name = stream.name
        state = self.state.streams[name]
        db = self.checkpoints.db
        index = self._index(name)
        encoded = dict(
            zip(
                (r["id"] for r in changes.records),
                self.encode_each(stream, changes.records),
                strict=True,
            )
        )
        held = self._digests(index, [*encoded, *deleted])
        updates = {
            record_id: raw
            for record_id, raw in encoded.items()
            if held.get(record_id) != digest(raw)
        }
        removed = {record_id for record_id in deleted if record_id in held}
        if changes.replace or updates or removed:
            path = self.out / state.file
            self._files.pop(name).close()
            temporary = self.out / f".{state.file}.rewrite"
            remove_owned([temporary])
            kept = encoded if changes.replace else updates
            created = {r["id"]: str(r.get("created_datetime") or "") for r in changes.records}
            offset, count = self._rewrite(
                stream, path, temporary, state.offset, kept, created, removed, changes.replace
            )
            state.pending = Pending(temporary.name, offset, count, synced_at)
            # Durable before the rename: the state must never describe the old file while
            # the new one stands (the other commits may be lost to a power cut: they only
            # ever lose work, which the next run redoes).
            with self.checkpoints.transaction(durable=True):
                if changes.replace:
                    db.execute(f'DELETE FROM "{index}"')
                db.executemany(f'DELETE FROM "{index}" WHERE id = ?', [(i,) for i in removed])
                db.executemany(
                    f'INSERT OR REPLACE INTO "{index}" VALUES (?, ?)',
                    [(i, digest(raw)) for i, raw in kept.items() if i not in removed],
                )
                self.checkpoints.save_stream(name, state)
            with writing(path):
                os.replace(temporary, path)
                fsync_directory(self.out)
            state.offset, state.count, state.pending = offset, count, None
        self._synced(state, changes, synced_at, since)
        with self.checkpoints.transaction():
            self.checkpoints.save_stream(name, state)
        return snapshot(state), {"changed": len(updates), "deleted": len(removed)}

    def _digests(self, index: str, ids: Sequence[int]) -> dict[int, int]:
        found: dict[int, int] = {}
        for chunk in _chunks(list(dict.fromkeys(ids))):
            marks = ", ".join("?" * len(chunk))
            query = f'SELECT id, digest FROM "{index}" WHERE id IN ({marks})'
            found.update(self.checkpoints.db.execute(query, chunk).fetchall())
        return found

    def _rewrite(
        self,
        stream: Stream,
        path: Path,
        temporary: Path,
        limit: int,
        updates: dict[int, bytes],
        created: dict[int, str],
        removed: set[int],
        replace: bool,
    ) -> tuple[int, int]:
        """Write the new file at ``temporary``; returns its size and record count."""
        pending = dict(updates)
        count = 0
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC
        with writing(temporary), os.fdopen(os.open(temporary, flags, 0o644), "wb") as target:
            target.write(self.header(stream))
            if not replace:
                refuse_link(path)
                with path.open("rb") as source:
                    for record_id, raw in self.rows(source, limit):
                        if record_id not in removed:
                            target.write(pending.pop(record_id, raw))
                            count += 1
            # What is left is new: appended in the order a fresh walk would list it (a
            # replacement keeps the order it was walked in).
            order = list(pending) if replace else sorted(pending, key=lambda i: (created[i], i))
            for record_id in order:
                if record_id not in removed:
                    target.write(pending[record_id])
                    count += 1
            self._sync(target)
            return target.tell(), count

    def owned_files(self) -> list[Path]:
        """The resource files, a replacement under way, the state database, the manifest."""
        files = [self.out / state.file for state in self.state.streams.values()]
        files += [
            self.out / state.pending.temporary
            for state in self.state.streams.values()
            if state.pending is not None
        ]
        db = self.checkpoints.path
        return [*files, db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm"),
                self.out / MANIFEST]  # fmt: skip

    def close(self) -> None:
        """Close every file and the database."""
        for handle in self._files.values():
            handle.close()
        self._files.clear()
        super().close()

    @staticmethod
    def _sync(handle: IO[bytes]) -> None:
        handle.flush()
        os.fsync(handle.fileno())

    # -- the format -------------------------------------------------------------------

    def header(self, stream: Stream) -> bytes:
        """What a file starts with before any record."""
        return b""

    @abc.abstractmethod
    def encode_each(self, stream: Stream, records: Sequence[Record]) -> list[bytes]:
        """The bytes of each record, as appended to the file."""

    @abc.abstractmethod
    def rows(self, source: IO[bytes], limit: int) -> Iterator[tuple[int, bytes]]:
        """``(id, bytes)`` of each record in the first ``limit`` bytes (header skipped)."""


class JsonlSink(FileSink):
    """``<resource>.jsonl``: one JSON object per line, exactly as the API returned it."""

    format = "jsonl"
    suffix = ".jsonl"

    def encode_each(self, stream: Stream, records: Sequence[Record]) -> list[bytes]:
        """One line per record."""
        return _json.dumps_lines(records)

    def rows(self, source: IO[bytes], limit: int) -> Iterator[tuple[int, bytes]]:
        """One record per line (JSON escapes every newline inside strings)."""
        read = 0
        for line in source:
            read += len(line)
            if read > limit:
                return
            yield _json.loads(line)["id"], line


class CsvSink(FileSink):
    """``<resource>.csv``: ``id``, the resource's useful columns, and the whole ``record``.

    RFC 4180: CRLF row ends, fields with a quote, comma, CR or LF quoted, UTF-8 (a lone
    surrogate in a column is written as its ``\\udxxx`` escape; the ``record`` column
    keeps it exactly, as JSON). The column set is fixed per resource (never inferred
    from the data), so files of different runs line up.
    """

    format = "csv"
    suffix = ".csv"

    @staticmethod
    def columns(stream: Stream) -> list[str]:
        """The header of ``stream``'s file."""
        return ["id", *stream.columns, "record"]

    def header(self, stream: Stream) -> bytes:
        """The header row."""
        return self._rows([self.columns(stream)])[0]

    def encode_each(self, stream: Stream, records: Sequence[Record]) -> list[bytes]:
        """One CSV row per record."""
        return self._rows(
            [
                [
                    record["id"],
                    *(_cell(dig(record, column)) for column in stream.columns),
                    _json.dumps(record).decode(),
                ]
                for record in records
            ]
        )

    @staticmethod
    def _rows(rows: list[list[Any]]) -> list[bytes]:
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        ends = []
        for row in rows:
            writer.writerow(row)
            ends.append(buffer.tell())
        text = buffer.getvalue()
        # A lone surrogate cannot be UTF-8: a column shows its escape (``record`` is exact).
        return [
            text[start:end].encode("utf-8", "backslashreplace")
            for start, end in zip([0, *ends], ends, strict=False)
        ]

    def rows(self, source: IO[bytes], limit: int) -> Iterator[tuple[int, bytes]]:
        """Rows, found by quote parity: a row ends at a line end outside quotes."""
        read = 0
        pending = b""
        for line in source:
            read += len(line)
            if read > limit:
                return
            pending += line
            if pending.count(b'"') % 2:
                continue  # inside a quoted field: the row goes on
            row, pending = pending, b""
            head = row.split(b",", 1)[0]
            if head.isdigit():
                yield int(head), row


def _cell(value: Any) -> Any:
    if isinstance(value, dict | list):
        return _json.dumps(value).decode()
    return "" if value is None else value


class SqliteSink(Sink):
    """``gorgias.sqlite``: a table per resource keyed by id; the state in the same commits."""

    format = "sqlite"

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


SINKS: dict[str, type[FileSink] | type[SqliteSink]] = {
    "jsonl": JsonlSink,
    "csv": CsvSink,
    "sqlite": SqliteSink,
}


def check_format(fmt: object) -> str:
    """``fmt`` if it names a sink, else ValueError naming ``format``."""
    if fmt not in SINKS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    assert isinstance(fmt, str)
    return fmt


def _database_of(out: Path, fmt: str) -> Path:
    return out / (SQLITE_DB if fmt == "sqlite" else STATE_DB)


def _existing(out: Path, fmt: str) -> tuple[Path, ExportState] | None:
    """The export already in ``out`` (its state database and state), if any.

    ``gorgias.sqlite`` may be a user's own file when the export is not SQLite: it is only
    read, and an unreadable one only matters to a SQLite export.
    """
    for path in (out / STATE_DB, out / SQLITE_DB):
        if not path.exists() and not path.is_symlink():
            continue
        try:
            state = read_state(path)
        except OutputError:
            if path.name == SQLITE_DB and fmt != "sqlite":
                continue
            raise
        if state is not None:
            return path, state
    return None


def open_sink(out: Path, fmt: str, *, resume: bool) -> Sink:
    """The sink of ``out`` in ``fmt``: the export found there continued, or (``resume``
    False, or nothing there) a new one — deleting only files the old one wrote."""
    try:
        found = _existing(out, fmt)
        if found is not None and not resume:
            path, old_state = found
            old = SINKS[old_state.format](out, CheckpointDb(path), old_state)
            owned = old.owned_files()
            old.close()
            remove_owned(owned)
            found = None
        if found is not None:
            path, state = found
            if state.format != fmt:
                raise OutputError(
                    f"{out} holds a {state.format} export, not {fmt}",
                    path=out,
                    hint=f"use --format {state.format}, --no-resume to replace it, "
                    "or another --out",
                )
            return SINKS[fmt](out, CheckpointDb(path), state)
        path = _database_of(out, fmt)
        if fmt == "sqlite" and path.exists() and path.stat().st_size > 0:
            raise OutputError(
                f"{path.name} in {out} was not written by this export",
                path=path,
                hint="move it away or choose another --out (the export never "
                "overwrites files it did not create)",
            )
        checkpoints = CheckpointDb(path)
        checkpoints.create(fmt)
        return SINKS[fmt](out, checkpoints, ExportState(format=fmt))
    except OSError as exc:
        raise error_from_os(exc, out) from exc
