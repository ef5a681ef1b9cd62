"""What every export format shares: the sink contract, the records, the bookkeeping.

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
import zlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, ClassVar

import attrs

from ...errors import error_from_os
from .._plan import Stream
from .._state import CheckpointDb, ExportState, StreamState

Record = dict[str, Any]
#: The checkpoint database of the formats whose output is not a database of their own.
STATE_DB = ".export-state.sqlite"
MANIFEST = "manifest.json"


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


@attrs.frozen
class _Staged:
    """What a staged page moves its resource's state by, without its records."""

    name: str
    cursor: str | None
    done: bool
    count: int
    first_id: int | None
    last_id: int | None
    newest: str | None

    @classmethod
    def of(cls, page: PageCommit, fresh: Sequence[Record]) -> _Staged:
        """The summary of ``page``, whose new records were ``fresh``."""
        first, last = (fresh[0]["id"], fresh[-1]["id"]) if fresh else (None, None)
        newest = max(filter(None, map(stamp_of, fresh)), default=None)
        return cls(page.stream.name, page.cursor, page.done, len(fresh), first, last, newest)

    def advance(self, state: StreamState) -> None:
        """Move ``state`` past this page."""
        if self.count:
            state.first_id = self.first_id if state.first_id is None else state.first_id
            state.last_id = self.last_id
            state.watermark = _newest(state.watermark, self.newest)
        state.count += self.count
        state.pages += 1
        state.cursor = self.cursor
        if self.done:
            state.done = True
            state.cursor = None
            state.synced_at = state.walk_started


def snapshot(state: StreamState) -> StreamState:
    """A copy of ``state`` the loop thread may read while the writer changes the original."""
    return attrs.evolve(state, last_run=dict(state.last_run))


class Sink(abc.ABC):
    """Durable output of one export folder. Every method runs on the writer thread.

    Attributes:
        format: its ``--format`` name.
        database: the file of its checkpoints (and of its records, if
            ``database_is_output``), in the folder.
        database_is_output: the database is the output itself: a file of that name that
            the export did not write is the user's, never overwritten.
    """

    format: ClassVar[str]
    database: ClassVar[str] = STATE_DB
    database_is_output: ClassVar[bool] = False

    def __init__(self, out: Path, checkpoints: CheckpointDb, state: ExportState) -> None:
        self.out = out
        self.checkpoints = checkpoints
        self.state = state
        self._staged: list[_Staged] = []

    # -- streams --------------------------------------------------------------------

    @abc.abstractmethod
    def start(self, stream: Stream, run_started: str) -> StreamState:
        """Make the resource's output match its state (a new or damaged one restarts
        with a full walk); returns a snapshot of the state."""

    def stage(self, pages: Sequence[PageCommit]) -> list[tuple[Path, int]]:
        """Write the pages' new records in the open transaction (the first call after a
        seal opens it); returns the files (path, descriptor) to fsync before
        :meth:`seal` writes the states covering every page staged since."""
        if not self.checkpoints.db.in_transaction:
            self.checkpoints.begin()
        # Only what the state needs is kept, not the records: they are freed at once.
        self._staged += [_Staged.of(page, self._stage_page(page)) for page in pages]
        return self._to_sync({page.stream.name for page in pages})

    def seal(self) -> list[StreamState]:
        """Advance the staged pages' states and commit; their snapshots, in order."""
        touched: dict[str, None] = {}
        for staged in self._staged:
            staged.advance(self.state.streams[staged.name])
            touched[staged.name] = None
        for name in touched:
            self._before_save(name)
            self.checkpoints.save_stream(name, self.state.streams[name])
        self.checkpoints.commit()
        done, self._staged = self._staged, []
        return [snapshot(self.state.streams[staged.name]) for staged in done]

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

    @classmethod
    def check_available(cls) -> None:
        """ValueError naming the extra to install if the format needs a missing library."""
        return  # most formats need nothing beyond the base install

    def finish(self, stream: Stream) -> None:  # noqa: B027 - most sinks write as they go
        """Bring ``stream``'s output up to its checkpoint, at the end of a run (the formats
        that build their files from the checkpointed rows)."""

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


def _newest(current: str | None, stamp: str | None) -> str | None:
    if stamp is not None and (current is None or stamp > current):
        return stamp
    return current


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
