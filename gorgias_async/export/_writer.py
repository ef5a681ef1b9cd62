"""The export's disk work, with commits grouped and the waits off the event loop.

Writing a page durably means an fsync and a SQLite commit. Each page is written (and
indexed, inside the open transaction) as soon as it arrives, so its records are freed at
once; the pages of a group — however many walks there are — are then made durable
together: one fsync per file, one transaction. A walk hands over its next pages before
the last one is durable. An fsync that waits on the disk (milliseconds on network
disks) runs on a thread while the loop goes on; the rest of a commit is CPU work that
runs on the loop itself (a thread would only fight it for the GIL). Heavy work —
opening the folder, rewriting a file for an incremental run — runs on the writer's own
thread. Everything that touches the sink is serialized here.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import os
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Generic, Protocol, TypeVar

from ..errors import error_from_os

#: fsyncs that take less than this (on average) are not worth a thread hand-off. Measured
#: on a 2-core VM: inline fsyncs of ~0.3 ms gave 1.12–1.19× a loop without any, handing
#: them to a thread 1.5× (the hand-off and the GIL cost more than the wait they hide).
INLINE_FSYNC = 0.0005
#: Items are written as they come and made durable in groups (one fsync per file, one
#: transaction): a group gathers for this long, or until it has this many items or
#: someone waits for it (a walk's last page, other work for the writer). A crash loses at
#: most the group under way: work the next run does again from the last commit's state.
GROUP_SECONDS = 0.05
GROUP_ITEMS = 16

T = TypeVar("T")
R = TypeVar("R")
V = TypeVar("V")
T_contra = TypeVar("T_contra", contravariant=True)
R_co = TypeVar("R_co", covariant=True)


class Batches(Protocol[T_contra, R_co]):
    """What the writer commits through (a sink): stage, make durable, seal."""

    def stage(self, items: Sequence[T_contra]) -> list[tuple[Path, int]]:
        """Write items (more may follow before the seal); return the files (path,
        descriptor) to fsync."""

    def seal(self) -> Sequence[R_co]:
        """Commit every item staged since the last seal; one result per item."""

    def abort(self) -> None:
        """Undo the staged batch."""


def _fsync_all(files: list[tuple[Path, int]]) -> None:
    for path, descriptor in files:
        try:
            os.fsync(descriptor)
        except OSError as exc:
            raise error_from_os(exc, path) from exc


class Writer(Generic[T, R]):
    """Serializes the sink's work; :meth:`submit` groups items into batches."""

    def __init__(self) -> None:
        self._executor = concurrent.futures.ThreadPoolExecutor(
            max_workers=1, thread_name_prefix="gorgias-export-writer"
        )
        self._batches: Batches[T, R] | None = None
        self._lock = asyncio.Lock()
        self._waiting: list[tuple[T, asyncio.Future[R]]] = []
        self._flushing: asyncio.Task[None] | None = None
        self._fsync_seconds = 0.0  # a moving average of recent fsyncs
        self._more = asyncio.Event()  # an item was submitted (or the group's time is up)
        self._urgent = False  # an item submitted with ``now``
        self._runs = 0  # calls of :meth:`run` waiting for the lock

    def bind(self, batches: Batches[T, R]) -> None:
        """Set what batches are committed through (once the sink exists)."""
        self._batches = batches

    async def run(self, work: Callable[..., V], *args: object) -> V:
        """Run ``work(*args)`` on the writer thread, after the commits under way.

        Cancelling the caller does not interrupt work already started: the thread runs it
        to its end, so the sink is never left half-written by a cancellation.
        """
        self._runs += 1
        self._more.set()  # a group being staged commits now
        try:
            await self._lock.acquire()
        finally:
            self._runs -= 1
        try:
            future = asyncio.get_running_loop().run_in_executor(self._executor, work, *args)
            return await asyncio.shield(future)
        finally:
            self._lock.release()

    def submit(self, item: T, *, now: bool = False) -> asyncio.Future[R]:
        """Queue ``item`` for the next commit; the future gets its result once it is
        durable. Items of one caller are committed in the order submitted. ``now``: the
        caller waits for it (a walk's last page), so its group commits at once."""
        future: asyncio.Future[R] = asyncio.get_running_loop().create_future()
        self._waiting.append((item, future))
        self._urgent = self._urgent or now
        self._more.set()
        if self._flushing is None or self._flushing.done():
            self._flushing = asyncio.create_task(self._flush())
        return future

    async def _flush(self) -> None:
        assert self._batches is not None
        loop = asyncio.get_running_loop()
        while self._waiting:
            async with self._lock:
                group: list[asyncio.Future[R]] = []
                files: dict[Path, int] = {}
                closes = loop.time() + GROUP_SECONDS
                try:
                    while True:  # write each item as it comes, make the group durable
                        batch, self._waiting = self._waiting, []
                        group += [future for _, future in batch]
                        files.update(self._batches.stage([item for item, _ in batch]))
                        del batch  # the items are written: free them now
                        if self._full(len(group)) or not await self._gather(closes):
                            break
                    self._urgent = False
                    if files:
                        await self._fsync(list(files.items()))
                    results = self._batches.seal()
                except BaseException as exc:
                    self._batches.abort()
                    for future in [*group, *(future for _, future in self._waiting)]:
                        if not future.done():
                            future.set_exception(exc)
                    self._waiting = []
                    if not isinstance(exc, Exception):
                        raise
                    return
            for future, result in zip(group, results, strict=True):
                if not future.done():
                    future.set_result(result)

    def _full(self, items: int) -> bool:
        """Whether a group of ``items`` is to be committed now."""
        return self._urgent or self._runs > 0 or items >= GROUP_ITEMS

    async def _gather(self, closes: float) -> bool:
        """Wait for more items (True) until the loop time ``closes`` (False)."""
        self._more.clear()
        if not self._waiting:
            timer = asyncio.get_running_loop().call_at(closes, self._more.set)
            try:
                await self._more.wait()
            finally:
                timer.cancel()
        return bool(self._waiting)

    async def _fsync(self, files: list[tuple[Path, int]]) -> None:
        # Handing a call to a thread costs about a tenth of a millisecond of CPU: an fsync
        # that the disk answers faster than that (a local SSD, a cache) runs inline; one
        # that waits on the disk runs on a thread, so the walks go on meanwhile.
        if self._fsync_seconds < INLINE_FSYNC:
            started = time.perf_counter()
            _fsync_all(files)
        else:
            started = time.perf_counter()
            await asyncio.shield(asyncio.to_thread(_fsync_all, files))
        took = time.perf_counter() - started
        self._fsync_seconds = 0.8 * self._fsync_seconds + 0.2 * took

    async def drain(self) -> None:
        """Wait until every commit queued so far is written (or failed)."""
        if self._flushing is not None:
            await asyncio.gather(self._flushing, return_exceptions=True)

    def shutdown(self) -> None:
        """Stop the thread once the work queued on it is done (blocks until then)."""
        self._executor.shutdown(wait=True)
