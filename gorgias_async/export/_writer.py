"""The export's disk work, off the event loop, with commits grouped.

Writing a page durably means fsync and a SQLite commit: milliseconds on real disks, and
every concurrent walk would stall behind them if they ran on the loop. The writer runs
all of the sink's work on one thread of its own (the sink is only ever touched there).
Pages that arrive while a commit is under way wait and go together into the next one:
one fsync per file and one transaction for all of them, however many walks there are —
and a walk may hand over its next pages before the last one is durable.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

T = TypeVar("T")
R = TypeVar("R")
V = TypeVar("V")


class Writer(Generic[T, R]):
    """Runs disk work on its own thread; :meth:`commit` groups items into batches.

    Args:
        commit_batch: writes a batch of items durably (on the writer thread) and returns
            one result per item, in order.
    """

    def __init__(self, commit_batch: Callable[[Sequence[T]], Sequence[R]] | None = None) -> None:
        self._executor = concurrent.futures.ThreadPoolExecutor(
            max_workers=1, thread_name_prefix="gorgias-export-writer"
        )
        self._commit_batch = commit_batch
        self._waiting: list[tuple[T, asyncio.Future[R]]] = []
        self._flushing: asyncio.Task[None] | None = None

    def bind(self, commit_batch: Callable[[Sequence[T]], Sequence[R]]) -> None:
        """Set the batch function (once the sink it belongs to exists)."""
        self._commit_batch = commit_batch

    async def run(self, work: Callable[..., V], *args: object) -> V:
        """Run ``work(*args)`` on the writer thread, after everything queued before it.

        Cancelling the caller does not interrupt work already started: the thread runs it
        to its end, so the sink is never left half-written by a cancellation.
        """
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

    async def commit(self, item: T) -> R:
        """Commit ``item`` with whatever else is waiting; returns its result."""
        return await self.submit(item)

    async def _flush(self) -> None:
        while self._waiting:
            batch, self._waiting = self._waiting, []
            assert self._commit_batch is not None
            try:
                results = await self.run(self._commit_batch, [item for item, _ in batch])
            except BaseException as exc:
                for _, future in batch:
                    if not future.done():
                        future.set_exception(exc)
                for _, future in self._waiting:
                    if not future.done():
                        future.set_exception(exc)
                self._waiting = []
                if not isinstance(exc, Exception):
                    raise
                return
            for (_, future), result in zip(batch, results, strict=True):
                if not future.done():
                    future.set_result(result)

    async def drain(self) -> None:
        """Wait until every commit queued so far is written (or failed)."""
        if self._flushing is not None:
            await asyncio.gather(self._flushing, return_exceptions=True)

    def shutdown(self) -> None:
        """Stop the thread once the work queued on it is done (blocks until then)."""
        self._executor.shutdown(wait=True)
