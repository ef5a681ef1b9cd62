"""``Gorgias``: the blocking client — the async client run on a private event loop.

::

    with Gorgias("acme", username="me@acme.com", api_key="…") as client:
        ticket = client.tickets.get(42)
        for customer in client.customers.fetch_all():
            ...

Every service and method of :class:`~gorgias_async.AsyncGorgias` has a blocking twin
with the same name and parameters (generated into :mod:`gorgias_async._sync_generated`
by ``tools/gen_sync.py``): coroutines become plain calls, async iterators become
:class:`SyncIterator`, pages become :class:`SyncPage`.

How it works (the fsspec pattern):

* Each client owns one :class:`AsyncGorgias` and one private event loop running on a
  daemon thread, started on the first call. The aiohttp session, semaphore and budget
  live on that loop; every call is handed to it with
  :func:`asyncio.run_coroutine_threadsafe` and the calling thread blocks on the result.
* Any number of threads may share one client: their calls share its connections,
  semaphore and rate budget. Calls work from a plain script and from a thread that
  already runs an event loop (a notebook cell, inside ``asyncio.run``): that thread is
  simply blocked. ``on_page`` callbacks run on the client's loop thread and receive the
  async :class:`~gorgias_async.Page` (its data and cursors are what a checkpoint needs);
  a blocking call from that thread raises :class:`RuntimeError` instead of deadlocking.
* ``KeyboardInterrupt`` (or any other exception) while waiting cancels the request on
  the loop, then propagates. Errors of the call keep their type and traceback.
* Leaving a ``for`` loop over a :class:`SyncIterator` early closes the async iterator
  on its loop (at once when the iterator is dropped, or explicitly with ``close()`` or
  ``with``), so no request or task outlives the walk.
* ``close()`` (or the ``with`` block) closes the session on its loop and stops the
  thread. A client that is garbage-collected or still open at interpreter exit is closed
  the same way by a :func:`weakref.finalize` hook, without warnings.
* After ``os.fork()`` the child starts from a fresh loop and a fresh
  :class:`AsyncGorgias` with the same options (and a copy of the budget); the parent's
  loop, sockets and session are left untouched, as the child cannot use them.
"""

from __future__ import annotations

import asyncio
import collections
import concurrent.futures
import contextlib
import os
import threading
import time
import weakref
from collections.abc import AsyncIterator, Callable, Coroutine, Iterable, Iterator, Mapping
from types import TracebackType
from typing import Any, Concatenate, Generic, ParamSpec, TypeVar, overload

from ._config import DEFAULT_MAX_CONCURRENCY, DEFAULT_TIMEOUT, ClientConfig
from ._pagination import OnPage, Page, iterate_items
from ._ratelimit import RateLimit
from ._retry import RetryPolicy
from ._sync_generated import SyncClientMethods, SyncServiceAttributes
from ._transport import TransportStats
from ._validate import check_int
from .auth import Auth
from .client import _DEFAULT, AsyncGorgias
from .resources import StreamItem, StreamName

__all__ = ["Gorgias", "SyncIterator", "SyncPage"]

T = TypeVar("T")
K = TypeVar("K", bound=str)
P = ParamSpec("P")

# How long one wait on a result lasts before checking for a pending KeyboardInterrupt
# (signals interrupt the wait anyway; ``_thread.interrupt_main`` does not).
_POLL = 0.1
# How long ``close()`` waits for the session to close and the thread to end.
_CLOSE_TIMEOUT = 10.0
_END: Any = object()
_DEFAULT_RETRY = RetryPolicy()

# Loops, threads and clients a forked child inherited and must neither use nor
# close (their sockets and epoll set are shared with the parent): kept alive so that
# their finalizers never run in the child.
_ABANDONED_AFTER_FORK: list[Any] = []
# Tasks scheduled from the loop thread itself (finalizers run there by the GC).
_BACKGROUND: set[asyncio.Task[Any]] = set()


def _in_background(loop: asyncio.AbstractEventLoop, coro: Coroutine[Any, Any, Any]) -> None:
    task = loop.create_task(coro)
    _BACKGROUND.add(task)
    task.add_done_callback(_BACKGROUND.discard)


class _LoopThread:
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
    """The loop and its thread: what the finalizer of a :class:`_LoopThread` stops."""

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
            thread.join(_CLOSE_TIMEOUT)


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


class _ClientState:
    """The async client of one :class:`Gorgias` and its loop; what its finalizer closes."""

    def __init__(self, client: AsyncGorgias, loop: _LoopThread) -> None:
        self.client = client
        self.loop = loop
        self.closed = False
        loop.acquire()

    def close(self) -> None:
        """Close the session on its loop (if it ever started) and release the loop."""
        if self.closed:
            return
        self.closed = True
        loop = self.loop.loop
        if loop is not None and not loop.is_closed() and self.loop.in_loop_thread():
            # Collected on the loop thread itself: close, then release, without blocking.
            _in_background(loop, self._close_then_release())
            return
        try:
            if loop is not None and not loop.is_closed():
                self.loop.wait(self.client.aclose(), timeout=_CLOSE_TIMEOUT)
        finally:
            self.loop.release()

    async def _close_then_release(self) -> None:
        try:
            await self.client.aclose()
        finally:
            self.loop.release()

    def _after_fork(self) -> None:
        _ABANDONED_AFTER_FORK.append(self.client)
        self.client = self.client.with_options()


# Every loop and client state of this process, for the fork hook.
_LIVE: weakref.WeakSet[Any] = weakref.WeakSet()


def _after_fork_in_child() -> None:
    for owner in list(_LIVE):
        owner._after_fork()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)


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
        owner: Gorgias,
        aiterator: AsyncIterator[Any],
        convert: Callable[[Any], T] | None = None,
        *,
        pages: bool = False,
        max_items: int | None = None,
    ) -> None:
        self._owner = owner
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
        state = self._owner._state
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
        state = self._owner._state
        loop = state.loop.loop
        if state.closed or loop is None or loop.is_closed():
            return  # the loop's shutdown closed it
        if state.loop.in_loop_thread():
            _in_background(loop, self._aclose(aiterator))
        else:
            state.loop.wait(self._aclose(aiterator), timeout=_CLOSE_TIMEOUT)

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

    __slots__ = ("_owner", "_page")

    def __init__(self, owner: Gorgias, page: Page[T]) -> None:
        self._owner = owner
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
        return self._owner._run_page(self._page.next)

    def __iter__(self) -> Iterator[T]:
        return iter(self._page.data)

    def __len__(self) -> int:
        return len(self._page.data)

    def __repr__(self) -> str:
        more = ", has_next" if self.has_next else ""
        return f"<SyncPage of {len(self._page.data)} items{more}>"


class Gorgias(SyncServiceAttributes, SyncClientMethods):
    """A blocking client for one Gorgias account: :class:`AsyncGorgias` on a private loop.

    ::

        with Gorgias("acme", username="me@acme.com", api_key="…") as client:
            ticket = client.tickets.get(42)
            for customer in client.customers.fetch_all():
                ...

    Takes exactly the options of :class:`AsyncGorgias` and has the same services and
    methods, blocking. Safe to share between threads (they share the connections, the
    concurrency cap and the rate budget); usable where an event loop already runs (the
    calling thread blocks). Close it with :meth:`close` or a ``with`` block; a client
    left open is closed when collected or at exit.
    """

    def __init__(
        self,
        domain: str | None = None,
        *,
        username: str | None = None,
        api_key: str | None = None,
        auth: Auth | None = None,
        base_url: str | None = None,
        max_concurrency: int = DEFAULT_MAX_CONCURRENCY,
        timeout: float = DEFAULT_TIMEOUT,
        max_retries: int = _DEFAULT_RETRY.max_retries,
        max_retry_time: float = _DEFAULT_RETRY.max_time,
        retry_base_delay: float = _DEFAULT_RETRY.base_delay,
        retry_non_idempotent: bool = False,
        rate_limit: RateLimit | None = _DEFAULT,
    ) -> None:
        client = AsyncGorgias(
            domain,
            username=username,
            api_key=api_key,
            auth=auth,
            base_url=base_url,
            max_concurrency=max_concurrency,
            timeout=timeout,
            max_retries=max_retries,
            max_retry_time=max_retry_time,
            retry_base_delay=retry_base_delay,
            retry_non_idempotent=retry_non_idempotent,
            rate_limit=rate_limit,
        )
        self._setup(client, _LoopThread())

    def _setup(self, client: AsyncGorgias, loop: _LoopThread) -> None:
        self._state = _ClientState(client, loop)
        _LIVE.add(self._state)
        # Closes the session on its loop when this client is collected or at exit; the
        # state it closes holds no reference to this object.
        self._finalizer = weakref.finalize(self, self._state.close)
        SyncClientMethods.__init__(self, self, lambda async_client: async_client)
        self._attach_sync_services(self)

    def __repr__(self) -> str:
        client = self._state.client
        return f"Gorgias(base_url={client.base_url!r}, auth={client.auth!r})"

    # -- the async client and the runners the generated methods call ----------------

    @property
    def _async_client(self) -> AsyncGorgias:
        state = self._state
        if state.closed:
            raise RuntimeError("this Gorgias client is closed")
        return state.client

    def _run(
        self, function: Callable[P, Coroutine[Any, Any, T]], /, *args: P.args, **kwargs: P.kwargs
    ) -> T:
        """Run ``function(*args, **kwargs)`` on the loop and return its result."""
        loop = self._ready()
        return loop.wait(function(*args, **kwargs))

    def _ready(self) -> _LoopThread:
        # Refuse (closed client, loop thread) before creating a coroutine or async
        # generator that would then never run.
        state = self._state
        if state.closed:
            raise RuntimeError("this Gorgias client is closed")
        state.loop.get()
        return state.loop

    def _run_page(
        self,
        function: Callable[P, Coroutine[Any, Any, Page[T]]],
        /,
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> SyncPage[T]:
        """Like :meth:`_run`, the page wrapped in a :class:`SyncPage`."""
        return SyncPage(self, self._run(function, *args, **kwargs))

    def _iterate(
        self, function: Callable[P, AsyncIterator[T]], /, *args: P.args, **kwargs: P.kwargs
    ) -> SyncIterator[T]:
        """A :class:`SyncIterator` over ``function(*args, **kwargs)``."""
        self._ready()
        return SyncIterator(self, function(*args, **kwargs))

    def _iterate_items(
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
        self._ready()
        pages = function(*args, **kwargs)
        return SyncIterator(self, pages, pages=True, max_items=max_items)

    def _iterate_pages(
        self,
        function: Callable[P, AsyncIterator[Page[T]]],
        /,
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> SyncIterator[SyncPage[T]]:
        """Like :meth:`_iterate`, each page wrapped in a :class:`SyncPage`."""
        self._ready()
        return SyncIterator(self, function(*args, **kwargs), lambda page: SyncPage(self, page))

    # -- options and state ------------------------------------------------------------

    def with_options(self, **overrides: Any) -> Gorgias:
        """A new client with some options changed (see :meth:`AsyncGorgias.with_options`).

        It shares this one's budget, auth and event-loop thread (the budget must be used
        from one loop); its connections are its own. Close it as any client.
        """
        derived = Gorgias.__new__(Gorgias)
        derived._setup(self._async_client.with_options(**overrides), self._state.loop)
        return derived

    @property
    def config(self) -> ClientConfig:
        """The resolved configuration."""
        return self._state.client.config

    @property
    def auth(self) -> Auth:
        """The credentials in use."""
        return self._state.client.auth

    @property
    def base_url(self) -> str:
        """The API base URL, ``/api`` included."""
        return self._state.client.base_url

    @property
    def max_concurrency(self) -> int:
        """Requests in flight at most."""
        return self._state.client.max_concurrency

    @property
    def rate_limit(self) -> RateLimit | None:
        """The budget requests are paced with (None: pacing off)."""
        return self._state.client.rate_limit

    @property
    def stats(self) -> TransportStats:
        """Requests sent, retries, 429s seen, requests in flight and their peak."""
        return self._state.client.stats

    # -- several walks at once --------------------------------------------------------

    # A mapping of names to iterators also iterates names: the first overload wins for it.
    @overload
    def walk(  # type: ignore[overload-overlap]
        self,
        streams: Mapping[K, SyncIterator[T]],
        *,
        buffer: int = 100,
        page_size: int = 100,
    ) -> SyncIterator[tuple[K, T]]: ...

    @overload
    def walk(
        self,
        streams: Iterable[StreamName],
        *,
        buffer: int = 100,
        page_size: int = 100,
    ) -> SyncIterator[StreamItem]: ...

    def walk(
        self,
        streams: Mapping[Any, Iterator[Any]] | Iterable[str],
        *,
        buffer: int = 100,
        page_size: int = 100,
    ) -> SyncIterator[tuple[Any, Any]]:
        """Walk several streams at once under this client's one budget and semaphore.

        ``streams`` maps names to fresh iterators of this client (``{"open":
        client.tickets.fetch_all(...), "events": client.events.fetch_all()}``), or names
        services whose whole list to walk. Yields ``(name, item)`` as items arrive, typed
        per stream as :meth:`AsyncGorgias.walk` documents.
        """
        chosen: Mapping[str, AsyncIterator[Any]] | Iterable[Any] = streams
        if isinstance(streams, Mapping):
            converted: dict[str, AsyncIterator[Any]] = {}
            for name, stream in streams.items():
                if not isinstance(stream, SyncIterator) or stream._owner is not self:
                    raise TypeError(f"streams[{name!r}] is not an iterator of this client")
                converted[name] = stream._detach()
            chosen = converted
        walk: Callable[..., AsyncIterator[tuple[Any, Any]]] = self._async_client.walk
        return self._iterate(walk, chosen, buffer=buffer, page_size=page_size)

    def paginate(
        self,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        page_size: int = 100,
        max_items: int | None = None,
        start_cursor: str | None = None,
        on_page: OnPage | None = None,
        prefetch: int = 1,
    ) -> SyncIterator[dict[str, Any]]:
        """Every item of any list endpoint as raw JSON objects (see
        :meth:`AsyncGorgias.paginate`)."""
        return self._iterate(
            self._async_client.paginate,
            path,
            params=params,
            page_size=page_size,
            max_items=max_items,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
        )

    # -- anything async ---------------------------------------------------------------

    def run_async(
        self,
        function: Callable[Concatenate[AsyncGorgias, P], Coroutine[Any, Any, T]],
        /,
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> T:
        """Run ``await function(async_client, *args, **kwargs)`` on this client's loop.

        For the async-only helpers that take an :class:`AsyncGorgias`, from blocking
        code: ``client.run_async(provision, spec)``,
        ``client.run_async(export, ["tickets"], Path("out"))``. They share this client's
        connections and budget.
        """
        return self._run(function, self._async_client, *args, **kwargs)

    # -- lifecycle --------------------------------------------------------------------

    def close(self) -> None:
        """Close the connections on the loop and stop the loop thread (idempotent)."""
        self._finalizer()

    def __enter__(self) -> Gorgias:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
