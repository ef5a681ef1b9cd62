"""The export's disk work, with commits grouped and the waits off the event loop.

Writing a page durably means an fsync and a SQLite commit. Pages that arrive while a
commit is under way wait and go together into the next one: one fsync per file and one
transaction for all of them, however many walks there are — and a walk may hand over its
next pages before the last one is durable. An fsync that waits on the disk
(milliseconds on network disks) runs on a thread while the loop goes on; the rest of a
commit is CPU work that runs on the loop itself (a thread would only fight it for the
GIL). Heavy work —
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

T = TypeVar("T")
R = TypeVar("R")
V = TypeVar("V")
T_contra = TypeVar("T_contra", contravariant=True)
R_co = TypeVar("R_co", covariant=True)


class Batches(Protocol[T_contra, R_co]):
    """What the writer commits through (a sink): stage, make durable, seal."""

    def stage(self, items: Sequence[T_contra]) -> list[tuple[Path, int]]:
        """Write a batch; return the files (path, descriptor) to fsync."""

    def seal(self) -> Sequence[R_co]:
        """Commit the staged batch; one result per item."""

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

    def bind(self, batches: Batches[T, R]) -> None:
        """Set what batches are committed through (once the sink exists)."""
        self._batches = batches

    async def run(self, work: Callable[..., V], *args: object) -> V:
        """Run ``work(*args)`` on the writer thread, after the commits under way.

        Cancelling the caller does not interrupt work already started: the thread runs it
        to its end, so the sink is never left half-written by a cancellation.
        """
        async with self._lock:
            future = asyncio.get_running_loop().run_in_executor(self._executor, work, *args)
            return await asyncio.shield(future)

    def submit(self, item: T) -> asyncio.Future[R]:
        """Queue ``item`` for the next commit; the future gets its result once it is
        durable. Items of one caller are committed in the order submitted."""
        future: asyncio.Future[R] = asyncio.get_running_loop().create_future()
        self._waiting.append((item, future))
        if self._flushing is None or self._flushing.done():
            self._flushing = asyncio.create_task(self._flush())
        return future

    async def _flush(self) -> None:
        assert self._batches is not None
        while self._waiting:
            async with self._lock:
                batch, self._waiting = self._waiting, []
                try:
                    files = self._batches.stage([item for item, _ in batch])
                    if files:
                        await self._fsync(files)
                    results = self._batches.seal()
                except BaseException as exc:
                    self._batches.abort()
                    for _, future in [*batch, *self._waiting]:
                        if not future.done():
                            future.set_exception(exc)
                    self._waiting = []
                    if not isinstance(exc, Exception):
                        raise
                    return
            for (_, future), result in zip(batch, results, strict=True):
                if not future.done():
                    future.set_result(result)

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
