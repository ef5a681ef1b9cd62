"""Serve a :class:`~gorgias_async.testing.FakeGorgias` from an event loop on its own thread.

Blocking code (the :class:`~gorgias_async.Gorgias` facade, ``requests``, a Django test)
cannot share a thread with the fake's loop: the first blocking call would wait for an
answer that the blocked loop never sends. Here the fake gets a daemon thread and a loop of
its own, so any thread may call it.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Awaitable
from types import TracebackType
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from .server import FakeGorgias

T = TypeVar("T")

#: Seconds to wait for the fake to start or stop before giving up.
TIMEOUT = 30.0


class ThreadedFake:
    """A context manager running ``fake`` on a background loop; ``with`` gives the fake.

    Made by :meth:`FakeGorgias.run_in_thread`. While it runs, everything on the fake that
    only reads (``base_url``, ``requests``, ``stats``, ``items()``) can be used from any
    thread; :meth:`call` runs a coroutine on the fake's loop and waits for its result.
    """

    def __init__(self, fake: FakeGorgias) -> None:
        self.fake = fake
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> FakeGorgias:
        """Start the loop thread and the fake; return the running fake."""
        if self._thread is not None:
            raise RuntimeError("this fake is already running in a thread")
        loop = asyncio.new_event_loop()
        thread = threading.Thread(target=loop.run_forever, name="gorgias-fake", daemon=True)
        thread.start()
        self._loop, self._thread = loop, thread
        try:
            self.call(self.fake.start())
        except BaseException:
            self._stop_loop()
            raise
        return self.fake

    def stop(self) -> None:
        """Stop the fake, then the loop and its thread (idempotent)."""
        if self._loop is None:
            return
        try:
            self.call(self.fake.close())
        finally:
            self._stop_loop()

    def call(self, coroutine: Awaitable[T], timeout: float = TIMEOUT) -> T:
        """Run ``coroutine`` on the fake's loop and return its result (blocking)."""
        if self._loop is None:
            raise RuntimeError("the fake is not running in a thread")

        async def run() -> T:
            return await coroutine

        return asyncio.run_coroutine_threadsafe(run(), self._loop).result(timeout)

    def _stop_loop(self) -> None:
        loop, thread = self._loop, self._thread
        self._loop = self._thread = None
        if loop is None or thread is None:
            return
        loop.call_soon_threadsafe(loop.stop)
        thread.join(TIMEOUT)
        loop.close()

    def __enter__(self) -> FakeGorgias:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
