"""``Gorgias``: the blocking client — the async client run on a private event loop.

::

    with Gorgias("acme", username="me@acme.com", api_key="…") as client:
        ticket = client.tickets.get(42)
        for customer in client.customers.fetch_all():
            ...

Every service and method of :class:`~gorgias_async.AsyncGorgias` has a blocking twin
with the same name and parameters (generated into :mod:`gorgias_async._sync._generated`
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

import weakref
from collections.abc import AsyncIterator, Callable, Coroutine, Iterable, Iterator, Mapping
from types import TracebackType
from typing import Any, Concatenate, ParamSpec, TypeVar, overload

from ._concurrency import ConcurrencyLimit
from ._config import DEFAULT_MAX_CONCURRENCY, DEFAULT_TIMEOUT, ClientConfig
from ._pagination import OnPage
from ._ratelimit import RateLimit
from ._retry import RetryPolicy
from ._sync._generated import SyncClientMethods, SyncServiceAttributes
from ._sync._iterators import Runner, SyncIterator, SyncPage
from ._sync._loop import ClientState, LoopThread
from ._transport import TransportStats
from .auth import Auth
from .client import _DEFAULT, AsyncGorgias
from .resources import StreamItem, StreamName

__all__ = ["Gorgias", "SyncIterator", "SyncPage"]

T = TypeVar("T")
K = TypeVar("K", bound=str)
P = ParamSpec("P")

_DEFAULT_RETRY = RetryPolicy()


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
        default_headers: Mapping[str, str] | None = None,
        concurrency: ConcurrencyLimit | None = None,
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
            default_headers=default_headers,
            concurrency=concurrency,
        )
        self._setup(client, LoopThread())

    def _setup(self, client: AsyncGorgias, loop: LoopThread) -> None:
        self._state = ClientState(client, loop)
        self._runner = Runner(self._state, self)
        # Closes the session on its loop when this client is collected or at exit; the
        # state it closes holds no reference to this object.
        self._finalizer = weakref.finalize(self, self._state.close)
        SyncClientMethods.__init__(self, self._runner, lambda async_client: async_client)
        self._attach_sync_services(self._runner)

    def __repr__(self) -> str:
        client = self._state.client
        return f"Gorgias(base_url={client.base_url!r}, auth={client.auth!r})"

    @property
    def _async_client(self) -> AsyncGorgias:
        return self._runner.client

    # -- options and state ------------------------------------------------------------

    def with_options(self, **overrides: Any) -> Gorgias:
        """A new client with some options changed (see :meth:`AsyncGorgias.with_options`).

        It shares this one's budget, auth, connections and event-loop thread (the budget
        must be used from one loop); closing it closes nothing of this one.
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
                if not isinstance(stream, SyncIterator) or stream._runner is not self._runner:
                    raise TypeError(f"streams[{name!r}] is not an iterator of this client")
                converted[name] = stream._detach()
            chosen = converted
        walk: Callable[..., AsyncIterator[tuple[Any, Any]]] = self._async_client.walk
        return self._runner.iterate(walk, chosen, buffer=buffer, page_size=page_size)

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
        return self._runner.iterate(
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
        return self._runner.run(function, self._async_client, *args, **kwargs)

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
