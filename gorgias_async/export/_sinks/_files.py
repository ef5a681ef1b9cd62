"""The sinks that write one file per resource (JSONL, CSV), checkpointed in a database."""

from __future__ import annotations

import abc
import itertools
import os
import zlib
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, ClassVar

from ...errors import OutputError
from .._folder import fsync_directory, open_no_follow, refuse_link, remove_owned
from .._plan import Stream
from .._state import CheckpointDb, ExportState, Pending, StreamState
from ._base import MANIFEST, Changes, PageCommit, Record, Sink, digest, snapshot, writing


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
