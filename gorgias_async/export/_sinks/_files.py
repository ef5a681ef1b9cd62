"""The sinks that write one file per resource (JSONL, CSV), checkpointed in a database."""

from __future__ import annotations

import abc
import itertools
import os
import sqlite3
import zlib
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, ClassVar

import attrs

from ..._files import fsync_directory, open_no_follow, refuse_link, remove_owned
from ...errors import OutputError
from .._plan import Stream
from .._state import CheckpointDb, ExportState, Pending, StreamState
from ._base import MANIFEST, Changes, PageCommit, Record, Sink, digest, snapshot, writing


def _chunks(values: Sequence[int], size: int = 900) -> Iterator[Sequence[int]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


@attrs.frozen
class _Rewrite:
    """How an incremental run rewrites a file, by position (0-based, header excluded).

    Attributes:
        replace: the file is replaced whole by ``appended`` (configuration resources).
        replaced: new bytes of records held at a position. left_out: positions deleted.
        touched: the id expected at each replaced or left-out position.
        appended: new records, in the order a fresh walk would list them.
        appended_ids: their ids, with their digests.
        replaced_ids: id → digest of the replaced records. gone_ids: the deleted ids.
    """

    replace: bool
    replaced: dict[int, bytes]
    left_out: set[int]
    touched: dict[int, int]
    appended: list[bytes]
    appended_ids: list[tuple[int, int]]
    replaced_ids: list[tuple[int, int]]
    gone_ids: list[int]

    @classmethod
    def of(
        cls,
        changes: Changes,
        encoded: dict[int, bytes],
        updates: dict[int, bytes],
        removed: set[int],
        held: dict[int, tuple[int, int]],
    ) -> _Rewrite:
        """The plan for ``updates`` (changed or new) and ``removed`` (held, deleted)."""
        if changes.replace:
            kept = [i for i in encoded if i not in removed]  # in walk order
            return cls(True, {}, set(), {}, [encoded[i] for i in kept],
                       [(i, digest(encoded[i])) for i in kept], [], [])  # fmt: skip
        replaced = {held[i][1]: raw for i, raw in updates.items() if i in held}
        left_out = {held[i][1] for i in removed}
        touched = {held[i][1]: i for i in (*removed, *(i for i in updates if i in held))}
        created = {r["id"]: str(r.get("created_datetime") or "") for r in changes.records}
        new = sorted((i for i in updates if i not in held), key=lambda i: (created[i], i))
        return cls(
            False,
            replaced,
            left_out,
            touched,
            [updates[i] for i in new],
            [(i, digest(updates[i])) for i in new],
            [(i, digest(raw)) for i, raw in updates.items() if i in held],
            sorted(removed),
        )

    def reindex(self, db: sqlite3.Connection, index: str, count: int) -> None:
        """Bring the id index to the rewritten file (``count``: records before it)."""
        if self.replace:
            db.execute(f'DELETE FROM "{index}"')
            first = 0
        else:
            db.executemany(f'DELETE FROM "{index}" WHERE id = ?', [(i,) for i in self.gone_ids])
            if self.left_out:  # later rows move up past each gap: one scan
                db.execute("CREATE TEMP TABLE IF NOT EXISTS _gone (o INTEGER PRIMARY KEY)")
                db.execute("DELETE FROM _gone")
                db.executemany("INSERT INTO _gone VALUES (?)", [(o,) for o in self.left_out])
                db.execute(
                    f'UPDATE "{index}" SET ordinal = ordinal - '
                    f'(SELECT count(*) FROM _gone WHERE o < "{index}".ordinal) '
                    "WHERE ordinal > ?",
                    (min(self.left_out),),
                )
            db.executemany(
                f'UPDATE "{index}" SET digest = ? WHERE id = ?',
                [(d, i) for i, d in self.replaced_ids],
            )
            first = count - len(self.left_out)
        db.executemany(
            f'INSERT OR REPLACE INTO "{index}" VALUES (?, ?, ?)',
            [(i, d, first + rank) for rank, (i, d) in enumerate(self.appended_ids)],
        )


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
        # The position (0-based, header excluded) the next appended record takes.
        self._next_ordinal: dict[str, int] = {}

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
                "(id INTEGER PRIMARY KEY, digest INTEGER NOT NULL, ordinal INTEGER NOT NULL)"
            )
            self.checkpoints.save_stream(stream.name, state)
        self._next_ordinal[stream.name] = state.count
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
        records = list(page.records)
        ids = [record["id"] for record in records]
        if len(set(ids)) < len(ids):  # an id twice in a page: its last version, once
            records = list({record["id"]: record for record in records}.values())
            ids = [record["id"] for record in records]
        encoded = self.encode_each(page.stream, records)
        new = self._index_new(name, ids, encoded)
        if new is not None:  # some were already written: only the others are
            records = [r for r, i in zip(records, ids, strict=True) if i in new]
            encoded = [raw for raw, i in zip(encoded, ids, strict=True) if i in new]
        with writing(self.out / self.state.streams[name].file):
            self._files[name].write(b"".join(encoded))
        return records

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

    def abort(self) -> None:
        """Undo a staged batch (the next records take the positions they would have)."""
        super().abort()
        for name in self._next_ordinal:
            self._next_ordinal[name] = self.state.streams[name].count

    def _index_new(
        self, name: str, ids: Sequence[int], encoded: Sequence[bytes]
    ) -> set[int] | None:
        """Add the ids not yet indexed, with their digests and positions in the file;
        returns those ids, or None if all of them were new."""
        if not ids:
            return None
        db, index = self.checkpoints.db, self._index(name)
        base = self._next_ordinal[name]
        # digest() computed by SQLite from each length and CRC-32: no Python loop.
        ordinals = range(base, base + len(ids))
        rows = zip(ids, map(len, encoded), map(zlib.crc32, encoded), ordinals, strict=True)
        values = list(itertools.chain.from_iterable(rows))
        marks = ", ".join(["(?, ? << 32 | ?, ?)"] * len(ids))
        query = f'INSERT OR IGNORE INTO "{index}" VALUES {marks} RETURNING id'
        inserted = db.execute(query, values).fetchall()
        self._next_ordinal[name] = base + len(inserted)
        if len(inserted) == len(ids):
            return None
        new = {row[0] for row in inserted}  # ids already held: the new ones close ranks
        kept = [record_id for record_id in ids if record_id in new]
        db.executemany(
            f'UPDATE "{index}" SET ordinal = ? WHERE id = ?',
            [(base + rank, record_id) for rank, record_id in enumerate(kept)],
        )
        return new

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
        held = self._held(index, [*encoded, *deleted])
        updates = {
            record_id: raw
            for record_id, raw in encoded.items()
            if record_id not in held or held[record_id][0] != digest(raw)
        }
        removed = {record_id for record_id in deleted if record_id in held}
        if changes.replace or updates or removed:
            plan = _Rewrite.of(changes, encoded, updates, removed, held)
            path = self.out / state.file
            self._files.pop(name).close()
            temporary = self.out / f".{state.file}.rewrite"
            remove_owned([temporary])
            offset, count = self._rewrite(stream, path, temporary, state.offset, plan)
            state.pending = Pending(temporary.name, offset, count, synced_at)
            # Durable before the rename: the state must never describe the old file while
            # the new one stands (the other commits may be lost to a power cut: they only
            # ever lose work, which the next run redoes).
            with self.checkpoints.transaction(durable=True):
                plan.reindex(db, index, state.count)
                self.checkpoints.save_stream(name, state)
            with writing(path):
                os.replace(temporary, path)
                fsync_directory(self.out)
            state.offset, state.count, state.pending = offset, count, None
        self._synced(state, changes, synced_at, since)
        with self.checkpoints.transaction():
            self.checkpoints.save_stream(name, state)
        return snapshot(state), {"changed": len(updates), "deleted": len(removed)}

    def _held(self, index: str, ids: Sequence[int]) -> dict[int, tuple[int, int]]:
        """``id → (digest, ordinal)`` of the records among ``ids`` the file holds."""
        found: dict[int, tuple[int, int]] = {}
        for chunk in _chunks(list(dict.fromkeys(ids))):
            marks = ", ".join("?" * len(chunk))
            query = f'SELECT id, digest, ordinal FROM "{index}" WHERE id IN ({marks})'
            found.update((i, (d, o)) for i, d, o in self.checkpoints.db.execute(query, chunk))
        return found

    def _rewrite(
        self, stream: Stream, path: Path, temporary: Path, limit: int, plan: _Rewrite
    ) -> tuple[int, int]:
        """Write the new file at ``temporary``; returns its size and record count.

        The old file is copied row by row without being parsed: the index says at which
        positions rows are replaced or left out, and only those rows are read to check
        they hold the ids the index says (a file edited by hand is refused, not mangled).
        """
        count = 0
        header = self.header(stream)
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC
        with writing(temporary), os.fdopen(os.open(temporary, flags, 0o644), "wb") as target:
            target.write(header)
            if not plan.replace:
                refuse_link(path)
                with path.open("rb") as source:
                    source.seek(len(header))
                    for ordinal, raw in enumerate(self.rows(source, limit - len(header))):
                        expected = plan.touched.get(ordinal)
                        if expected is not None and self.row_id(raw) != expected:
                            raise OutputError(
                                f"{path.name} in {self.out} was changed outside the export",
                                path=path,
                                hint="delete it: the next run walks that resource again in full",
                            )
                        if ordinal in plan.left_out:
                            continue
                        target.write(plan.replaced.get(ordinal, raw))
                        count += 1
            for raw in plan.appended:
                target.write(raw)
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
    def rows(self, source: IO[bytes], limit: int) -> Iterator[bytes]:
        """The bytes of each record among the next ``limit`` bytes of ``source``."""

    @abc.abstractmethod
    def row_id(self, raw: bytes) -> int | None:
        """The id of the record written as ``raw`` (None if it has none)."""
