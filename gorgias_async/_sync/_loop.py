"""The blocking facade's event loop: one loop on a daemon thread per client, and its end.

:class:`LoopThread` starts its loop on first use and stops it when the last client using
it is released or it is collected; :meth:`LoopThread.wait` runs a coroutine there and
blocks until it ends, cancelling it on any exception while waiting (``KeyboardInterrupt``,
a timeout). :class:`ClientState` is the async client of one ``Gorgias`` and its loop —
what a finalizer closes. After ``os.fork()`` the child gets fresh loops and clients; the
parent's are left alone (the fsspec pattern: loop plumbing apart from the API).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import os
import threading
import time
import weakref
from collections.abc import Coroutine
from typing import Any, TypeVar

from ..client import AsyncGorgias

__all__ = ["CLOSE_TIMEOUT", "ClientState", "LoopThread", "in_background"]

T = TypeVar("T")

# How long one wait on a result lasts before checking for a pending KeyboardInterrupt
# (signals interrupt the wait anyway; ``_thread.interrupt_main`` does not).
_POLL = 0.1
#: How long ``close()`` waits for the session to close and the thread to end.
CLOSE_TIMEOUT = 10.0

# Loops, threads and clients a forked child inherited and must neither use nor
# close (their sockets and epoll set are shared with the parent): kept alive so that
# their finalizers never run in the child.
_ABANDONED_AFTER_FORK: list[Any] = []
# Tasks scheduled from the loop thread itself (finalizers run there by the GC).
_BACKGROUND: set[asyncio.Task[Any]] = set()


def in_background(loop: asyncio.AbstractEventLoop, coro: Coroutine[Any, Any, Any]) -> None:
    task = loop.create_task(coro)
    _BACKGROUND.add(task)
    task.add_done_callback(_BACKGROUND.discard)


class LoopThread:
    """An event loop running on a daemon thread, started on first use.

    Several clients may share one (``with_options``); it stops when the last user
    releases it, or when it is garbage-collected.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._state = _LoopState()
        self._users = 0
        # Runs when this object is collected or at exit; holds no reference to it.
        self._finalizer = weakref.finalize(self, self._state.stop)
        _LIVE.add(self)

    @property
    def loop(self) -> asyncio.AbstractEventLoop | None:
        """The running loop, or None if not started (or stopped)."""
        return self._state.loop

    def acquire(self) -> None:
        """Count one more client using this loop."""
        with self._lock:
            self._users += 1

    def release(self) -> None:
        """One client fewer; the last one stops the loop."""
        with self._lock:
            self._users -= 1
            last = self._users <= 0
        if last:
            self._state.stop()

    def in_loop_thread(self) -> bool:
        """Whether the caller is this loop's own thread."""
        return self._state.thread_id == threading.get_ident()

    def get(self) -> asyncio.AbstractEventLoop:
        """The loop, started if needed; refuses calls from the loop's own thread."""
        state = self._state
        if state.thread_id == threading.get_ident():
            raise RuntimeError(
                "a blocking Gorgias call was made from the client's own event-loop thread "
                "(e.g. from an on_page callback); it would deadlock — use AsyncGorgias "
                "(await) in code that runs on that loop"
            )
        loop = state.loop
        return loop if loop is not None else state.start()

    def wait(self, coro: Coroutine[Any, Any, T], timeout: float | None = None) -> T:
        """Run ``coro`` on the loop and block until it ends.

        Any exception while waiting (``KeyboardInterrupt``, a ``timeout``) cancels the
        coroutine on the loop before propagating.
        """
        try:
            loop = self.get()
            future = asyncio.run_coroutine_threadsafe(coro, loop)
        except BaseException:
            coro.close()  # never scheduled: no "never awaited" warning
            raise
        try:
            return _result(future, timeout)
        except BaseException:
            future.cancel()
            raise

    def _after_fork(self) -> None:
        # Runs in the child only. Another parent thread may have held the locks: the
        # new state brings its own.
        _ABANDONED_AFTER_FORK.append(self._state)
        self._lock = threading.Lock()
        self._finalizer.detach()
        self._state = _LoopState()
        self._finalizer = weakref.finalize(self, self._state.stop)


class _LoopState:
    """The loop and its thread: what the finalizer of a :class:`LoopThread` stops."""

    def __init__(self) -> None:
        self.lock = threading.RLock()
        self.loop: asyncio.AbstractEventLoop | None = None
        self.thread: threading.Thread | None = None
        self.thread_id: int | None = None
        self.stopped = False

    def start(self) -> asyncio.AbstractEventLoop:
        """Start the loop thread unless it runs already; return the loop."""
        with self.lock:
            if self.stopped:
                raise RuntimeError("this Gorgias client is closed")
            if self.loop is not None:
                return self.loop
            loop = asyncio.new_event_loop()
            started = threading.Event()

            def run() -> None:
                self.thread_id = threading.get_ident()
                asyncio.set_event_loop(loop)
                started.set()
                try:
                    loop.run_forever()
                finally:
                    _shutdown(loop)
                    self.thread_id = None  # thread ids are reused

            thread = threading.Thread(target=run, name="gorgias-sync-loop", daemon=True)
            thread.start()
            started.wait()
            self.thread, self.loop = thread, loop
            return loop

    def stop(self) -> None:
        """Stop the loop (cancelling what still runs on it) and wait for its thread."""
        with self.lock:
            self.stopped = True
            loop, thread = self.loop, self.thread
            self.loop = None
        if loop is None or thread is None or loop.is_closed():
            return
        try:
            loop.call_soon_threadsafe(loop.stop)
        except RuntimeError:  # closed meanwhile
            return
        if thread.ident != threading.get_ident():
            thread.join(CLOSE_TIMEOUT)


def _shutdown(loop: asyncio.AbstractEventLoop) -> None:
    """Cancel the loop's remaining tasks, finish its async generators, close it."""
    try:
        tasks = asyncio.all_tasks(loop)
        for task in tasks:
            task.cancel()
        if tasks:
            loop.run_until_complete(asyncio.gather(*tasks, return_exceptions=True))
        loop.run_until_complete(loop.shutdown_asyncgens())
        loop.run_until_complete(loop.shutdown_default_executor())
    finally:
        loop.close()


def _result(future: concurrent.futures.Future[T], timeout: float | None) -> T:
    """``future.result(timeout)``, waking up regularly so that Ctrl-C gets through."""
    deadline = None if timeout is None else time.monotonic() + timeout
    while True:
        wait = _POLL
        if deadline is not None:
            wait = min(wait, deadline - time.monotonic())
            if wait <= 0:
                raise TimeoutError(f"the call did not finish within {timeout} s")
        try:
            return future.result(wait)
        except TimeoutError:
            if future.done():  # the call itself raised TimeoutError
                raise


class ClientState:
    """The async client of one :class:`Gorgias` and its loop; what its finalizer closes."""

    def __init__(self, client: AsyncGorgias, loop: LoopThread) -> None:
        self.client = client
        self.loop = loop
        self.closed = False
        loop.acquire()
        _LIVE.add(self)

    def close(self) -> None:
        """Close the session on its loop (if it ever started) and release the loop."""
        if self.closed:
            return
        self.closed = True
        loop = self.loop.loop
        if loop is not None and not loop.is_closed() and self.loop.in_loop_thread():
            # Collected on the loop thread itself: close, then release, without blocking.
            in_background(loop, self._close_then_release())
            return
        try:
            if loop is not None and not loop.is_closed():
                self.loop.wait(self.client.aclose(), timeout=CLOSE_TIMEOUT)
        finally:
            self.loop.release()

    async def _close_then_release(self) -> None:
        try:
            await self.client.aclose()
        finally:
            self.loop.release()

    def _after_fork(self) -> None:
        _ABANDONED_AFTER_FORK.append(self.client)
        self.client = self.client._derive({})


# Every loop and client state of this process, for the fork hook.
_LIVE: weakref.WeakSet[Any] = weakref.WeakSet()


def _after_fork_in_child() -> None:
    for owner in list(_LIVE):
        owner._after_fork()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)
