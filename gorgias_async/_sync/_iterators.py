"""Blocking iterators and pages over async ones, and the runner the generated services use.

:class:`Runner` is what a ``Gorgias`` hands its blocking services: it runs each async
method on the client's loop (:meth:`Runner.run`) and wraps what comes back — a page in a
:class:`SyncPage`, an async iterator in a :class:`SyncIterator`.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
from collections.abc import AsyncIterator, Callable, Coroutine, Iterator
from types import TracebackType
from typing import Any, Generic, ParamSpec, TypeVar

from .._pagination import Page, iterate_items
from .._validate import check_int
from ..client import AsyncGorgias
from ._loop import CLOSE_TIMEOUT, ClientState, LoopThread, in_background

__all__ = ["Runner", "SyncIterator", "SyncPage"]

T = TypeVar("T")
P = ParamSpec("P")
_END: Any = object()


class Runner:
    """Runs the async methods of one client on its loop, for its blocking twins.

    ``state`` is the client and its loop thread; the runner refuses every call once the
    client is closed, and calls from the loop's own thread (they would deadlock).
    ``owner`` is the ``Gorgias`` it runs for: the iterators and pages it returns hold the
    runner, and so keep their client alive — a client is never closed under a walk.
    """

    def __init__(self, state: ClientState, owner: object) -> None:
        self.state = state
        self.owner = owner

    @property
    def client(self) -> AsyncGorgias:
        """The async client (a fresh one after ``os.fork()``)."""
        if self.state.closed:
            raise RuntimeError("this Gorgias client is closed")
        return self.state.client

    def ready(self) -> LoopThread:
        """The loop, started; refuses (closed client, loop thread) before a coroutine or
        async generator is created that would then never run."""
        if self.state.closed:
            raise RuntimeError("this Gorgias client is closed")
        self.state.loop.get()
        return self.state.loop

    def run(
        self, function: Callable[P, Coroutine[Any, Any, T]], /, *args: P.args, **kwargs: P.kwargs
    ) -> T:
        """Run ``function(*args, **kwargs)`` on the loop and return its result."""
        loop = self.ready()
        return loop.wait(function(*args, **kwargs))

    def run_page(
        self,
        function: Callable[P, Coroutine[Any, Any, Page[T]]],
        /,
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> SyncPage[T]:
        """Like :meth:`run`, the page wrapped in a :class:`SyncPage`."""
        return SyncPage(self, self.run(function, *args, **kwargs))

    def iterate(
        self, function: Callable[P, AsyncIterator[T]], /, *args: P.args, **kwargs: P.kwargs
    ) -> SyncIterator[T]:
        """A :class:`SyncIterator` over ``function(*args, **kwargs)``."""
        self.ready()
        return SyncIterator(self, function(*args, **kwargs))

    def iterate_items(
        self,
        function: Callable[P, AsyncIterator[Page[T]]],
        max_items: int | None,
        /,
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> SyncIterator[T]:
        """The items of the pages of ``function(*args, **kwargs)``, ``max_items`` at most.

        ``fetch_all`` is generated on top of ``fetch_pages`` with this: one hop to the
        loop per page instead of per item, with the same item and ``on_page`` order.
        """
        if max_items is not None:
            check_int(max_items, "max_items", low=0)
        self.ready()
        pages = function(*args, **kwargs)
        return SyncIterator(self, pages, pages=True, max_items=max_items)

    def iterate_pages(
        self,
        function: Callable[P, AsyncIterator[Page[T]]],
        /,
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> SyncIterator[SyncPage[T]]:
        """Like :meth:`iterate`, each page wrapped in a :class:`SyncPage`."""
        self.ready()
        return SyncIterator(self, function(*args, **kwargs), lambda page: SyncPage(self, page))


class SyncIterator(Iterator[T]):
    """A blocking iterator over an async iterator that runs on a client's loop.

    Each ``next()`` runs one step on the loop — for ``fetch_all``, one step per *page*
    (its items are then served from that page, as the async walk does), so the thread
    hop is paid once per page, not once per item. Dropping the iterator, ``close()`` or
    leaving a ``with`` block closes the async iterator on its loop (``aclose()``), which
    cancels its prefetch and releases its connections.
    """

    def __init__(
        self,
        runner: Runner,
        aiterator: AsyncIterator[Any],
        convert: Callable[[Any], T] | None = None,
        *,
        pages: bool = False,
        max_items: int | None = None,
    ) -> None:
        self._runner = runner
        self._aiterator: AsyncIterator[Any] | None = aiterator
        self._convert = convert
        self._task: asyncio.Task[Any] | None = None
        self._started = False
        # Items mode: ``aiterator`` yields pages whose items are served one by one.
        self._pages = pages
        self._max_items = max_items
        self._buffer: collections.deque[Any] = collections.deque()
        self._served = 0

    def __iter__(self) -> SyncIterator[T]:
        return self

    def __next__(self) -> T:
        if self._pages:
            return self._next_item()
        item = self._step_blocking()
        return item if self._convert is None else self._convert(item)

    def _next_item(self) -> T:
        # The rules of _pagination.iterate_items: stop after max_items (closing the
        # walk when the next item is asked for), a page at a time.
        if self._max_items is not None and self._served >= self._max_items:
            self.close()
            raise StopIteration
        while not self._buffer:
            self._buffer.extend(self._step_blocking().data)
        self._served += 1
        item: T = self._buffer.popleft()
        return item

    def _step_blocking(self) -> Any:
        if self._aiterator is None:
            raise StopIteration
        state = self._runner.state
        if state.closed:
            raise RuntimeError("this Gorgias client is closed")
        self._started = True
        try:
            item = state.loop.wait(self._step(self._aiterator))
        except BaseException:
            # Finished by the error, or cancelled: clean up on the loop.
            with contextlib.suppress(Exception):
                self.close()
            raise
        if item is _END:
            self._aiterator = None
            raise StopIteration
        return item

    async def _step(self, aiterator: AsyncIterator[Any]) -> Any:
        self._task = asyncio.current_task()
        try:
            return await anext(aiterator)
        except StopAsyncIteration:
            return _END
        finally:
            self._task = None

    async def _aclose(self, aiterator: AsyncIterator[Any]) -> None:
        task = self._task
        if task is not None and not task.done():  # a step being cancelled
            task.cancel()
            await asyncio.wait([task])
        aclose = getattr(aiterator, "aclose", None)
        if aclose is not None:
            await aclose()

    def close(self) -> None:
        """Close the async iterator on its loop (idempotent)."""
        self._buffer.clear()
        aiterator, self._aiterator = self._aiterator, None
        if aiterator is None or not self._started:
            return  # an async generator never started needs no closing
        state = self._runner.state
        loop = state.loop.loop
        if state.closed or loop is None or loop.is_closed():
            return  # the loop's shutdown closed it
        if state.loop.in_loop_thread():
            in_background(loop, self._aclose(aiterator))
        else:
            state.loop.wait(self._aclose(aiterator), timeout=CLOSE_TIMEOUT)

    def _detach(self) -> AsyncIterator[Any]:
        """Hand the async iterator over (to ``walk``); this one becomes empty."""
        if self._aiterator is None or self._started or self._convert is not None:
            raise ValueError("walk() needs fresh fetch_all()/iter_many() iterators")
        aiterator, self._aiterator = self._aiterator, None
        if self._pages:
            return iterate_items(aiterator, max_items=self._max_items)
        return aiterator

    def __enter__(self) -> SyncIterator[T]:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __del__(self) -> None:
        with contextlib.suppress(Exception):  # best effort at garbage collection
            self.close()


class SyncPage(Generic[T]):
    """One page of a list endpoint, with a blocking :meth:`next`.

    Attributes:
        data: the items of this page, as models.
        next_cursor: the cursor of the following page, or None on the last page.
        prev_cursor: the cursor of the preceding page, or None on the first.
        cursor: the cursor this page was requested with (None for the first page).
    """

    __slots__ = ("_page", "_runner")

    def __init__(self, runner: Runner, page: Page[T]) -> None:
        self._runner = runner
        self._page = page

    @property
    def data(self) -> list[T]:
        """The items of this page."""
        return self._page.data

    @property
    def next_cursor(self) -> str | None:
        """The cursor of the following page (None on the last page)."""
        return self._page.next_cursor

    @property
    def prev_cursor(self) -> str | None:
        """The cursor of the preceding page (None on the first)."""
        return self._page.prev_cursor

    @property
    def cursor(self) -> str | None:
        """The cursor this page was requested with."""
        return self._page.cursor

    @property
    def has_next(self) -> bool:
        """Whether a following page exists."""
        return self._page.has_next

    def next(self) -> SyncPage[T]:
        """Fetch the following page (raises :class:`PaginationError` on the last page)."""
        return self._runner.run_page(self._page.next)

    def __iter__(self) -> Iterator[T]:
        return iter(self._page.data)

    def __len__(self) -> int:
        return len(self._page.data)

    def __repr__(self) -> str:
        more = ", has_next" if self.has_next else ""
        return f"<SyncPage of {len(self._page.data)} items{more}>"
