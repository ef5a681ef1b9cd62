"""Cursor walking: pages, items, prefetch and several walks at once.

Gorgias cursors are sequential: page N+1 can only be asked for once page N has arrived.
What can overlap is the network wait of page N+1 with the caller's work on page N, and
the walks of different streams with each other — both under the client's one semaphore
and rate budget, which the transport owns. This module owns the walking rules, in one
place: end exactly when ``meta.next_cursor`` is empty, refuse a repeated cursor, bound
the pages buffered, and clean up on every way out.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import threading
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Mapping
from typing import Any, Generic, TypeVar

import attrs

from ._validate import check_int
from .errors import PaginationError

T = TypeVar("T")

#: Empty pages in a row, each with a fresh cursor, after which a walk stops (a server
#: that never ends an empty list would otherwise be followed forever).
MAX_EMPTY_PAGES = 20

Fetch = Callable[[str | None], Awaitable["Page[T]"]]
OnPage = Callable[["Page[Any]"], Awaitable[None] | None]


@attrs.define(eq=False, repr=False)
class Page(Generic[T]):
    """One page of a list endpoint.

    Attributes:
        data: the items of this page, as models.
        next_cursor: the cursor of the following page, or None on the last page.
        prev_cursor: the cursor of the preceding page, or None on the first.
        cursor: the cursor this page was requested with (None for the first page).

    A page built with ``build=`` keeps the decoded items and turns them into models on the
    first read of :attr:`data`: a walk that prefetches sends the next request as soon as
    a page's cursors are known, and the models are built while it is in flight.
    """

    _data: list[Any] = attrs.field(alias="data")
    next_cursor: str | None
    prev_cursor: str | None
    cursor: str | None = None
    _fetch: Fetch[T] | None = attrs.field(default=None, alias="fetch")
    _build: Callable[[list[Any]], list[T]] | None = attrs.field(default=None, alias="build")
    _lock: threading.Lock = attrs.field(factory=threading.Lock, init=False)

    @property
    def data(self) -> list[T]:
        """The items of this page (built on first read when the page was given ``build``)."""
        if self._build is not None:
            with self._lock:  # the sync facade may read it from two threads
                build = self._build
                if build is not None:
                    self._data = build(self._data)
                    self._build = None
        return self._data

    @property
    def has_next(self) -> bool:
        """Whether a following page exists."""
        return bool(self.next_cursor)

    async def next(self) -> Page[T]:
        """Fetch the following page (raises :class:`PaginationError` on the last page)."""
        if not self.next_cursor or self._fetch is None:
            raise PaginationError("this is the last page")
        return await self._fetch(self.next_cursor)

    def __iter__(self) -> Any:
        return iter(self.data)

    def __len__(self) -> int:
        return len(self.data)

    def __repr__(self) -> str:
        more = ", has_next" if self.has_next else ""
        return f"<Page of {len(self.data)} items{more}>"


def items_of(body: Any) -> list[Any]:
    """The items of an unpaged list answer: a bare array or the ``data`` of an envelope."""
    if isinstance(body, list):
        return body
    if isinstance(body, Mapping) and isinstance(body.get("data"), list):
        return list(body["data"])
    return []


def parse_page(body: Any) -> tuple[list[Any], str | None, str | None]:
    """Items and cursors of a list answer: the live envelope or a bare array."""
    if isinstance(body, list):
        return body, None, None
    if not isinstance(body, Mapping) or not isinstance(body.get("data"), list):
        raise PaginationError("the list answer has no 'data' array")
    meta = body.get("meta") or {}
    return body["data"], meta.get("next_cursor") or None, meta.get("prev_cursor") or None


def page_query(query: Mapping[str, Any], cursor: str | None) -> dict[str, Any]:
    """``query`` for one page: with its ``cursor``, or none for the first page."""
    return {**query, "cursor": cursor} if cursor else dict(query)


def raw_fetcher(
    request: Callable[..., Awaitable[Any]], path: str, query: Mapping[str, Any]
) -> Fetch[dict[str, Any]]:
    """Fetches pages of ``GET path`` with ``query`` through ``request`` (a client's), the
    items as the JSON objects the server sent."""

    async def fetch(cursor: str | None) -> Page[dict[str, Any]]:
        body = await request("GET", path, params=page_query(query, cursor))
        data, next_cursor, prev_cursor = parse_page(body)
        return Page(data, next_cursor, prev_cursor, cursor, fetch=fetch)

    return fetch


async def _call(callback: OnPage | None, page: Page[Any]) -> None:
    if callback is not None:
        result = callback(page)
        if result is not None:
            await result


async def iterate_pages(
    fetch: Fetch[T],
    *,
    start_cursor: str | None = None,
    prefetch: int = 1,
    max_pages: int | None = None,
    on_page: OnPage | None = None,
) -> AsyncIterator[Page[T]]:
    """Every page from ``start_cursor`` on, fetching up to ``prefetch`` pages ahead.

    ``on_page`` is called with each page after the caller has consumed the previous one
    and before the page is yielded: a checkpoint saved there covers everything the caller
    has received. Leaving the loop early (``break``, an exception, cancellation) cancels
    the prefetch and waits for it, so no task or response outlives the walk.
    """
    check_int(prefetch, "prefetch", low=0)
    if max_pages is not None:
        check_int(max_pages, "max_pages", low=1)
    if prefetch == 0:
        async for page in _sequential(fetch, start_cursor, max_pages):
            await _call(on_page, page)
            yield page
        return
    queue: asyncio.Queue[Page[T] | BaseException | None] = asyncio.Queue(maxsize=prefetch)

    async def produce() -> None:
        try:
            async for page in _sequential(fetch, start_cursor, max_pages):
                await queue.put(page)
        except Exception as exc:  # handed to the consumer, raised there
            await queue.put(exc)
        else:
            await queue.put(None)

    producer = asyncio.create_task(produce())
    try:
        while True:
            entry = await queue.get()
            if entry is None:
                return
            if isinstance(entry, BaseException):
                raise entry
            await _call(on_page, entry)
            yield entry
    finally:
        producer.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await producer


async def _sequential(
    fetch: Fetch[T], cursor: str | None, max_pages: int | None
) -> AsyncIterator[Page[T]]:
    seen: set[str] = set()
    pages = empty = 0
    while True:
        page = await fetch(cursor)
        pages += 1
        yield page
        following = page.next_cursor
        if not following or (max_pages is not None and pages >= max_pages):
            return
        if following in seen or following == cursor:
            raise PaginationError(f"the server repeated a cursor after {pages} pages")
        empty = 0 if page._data else empty + 1
        if empty >= MAX_EMPTY_PAGES:
            raise PaginationError(
                f"the server sent {empty} empty pages in a row, each with a new cursor, "
                f"after {pages} pages: stopping rather than following them without end"
            )
        seen.add(following)
        cursor = following


async def iterate_items(
    pages: AsyncIterator[Page[T]], *, max_items: int | None = None
) -> AsyncIterator[T]:
    """The items of ``pages``, in order, stopping after ``max_items``."""
    if max_items is not None:
        check_int(max_items, "max_items", low=0)
    count = 0
    try:
        if max_items == 0:
            return
        async for page in pages:
            for item in page.data:
                yield item
                count += 1
                if max_items is not None and count >= max_items:
                    return
    finally:
        await pages.aclose()  # type: ignore[attr-defined]


async def merge_streams(
    streams: Mapping[str, AsyncIterator[T]], *, buffer: int = 100
) -> AsyncIterator[tuple[str, T]]:
    """Walk several streams at once, yielding ``(name, item)`` as items arrive.

    Each stream's own order is kept. Every stream feeds a shared queue of ``buffer``
    items, so a slow consumer slows all walks instead of buffering without bound. The
    first error of any stream stops every walk and is raised.
    """
    queue: asyncio.Queue[tuple[str, T] | tuple[str, BaseException] | None] = asyncio.Queue(
        maxsize=max(1, buffer)
    )
    errors: list[BaseException] = []

    async def pump(name: str, stream: AsyncIterator[T]) -> None:
        try:
            async for item in stream:
                await queue.put((name, item))
        except Exception as exc:
            errors.append(exc)
        finally:
            await queue.put(None)

    tasks = [asyncio.create_task(pump(name, stream)) for name, stream in streams.items()]
    running = len(tasks)
    try:
        while running:
            entry = await queue.get()
            if entry is None:
                running -= 1
                if errors:
                    raise errors[0]
                continue
            yield entry  # type: ignore[misc]
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        for stream in streams.values():
            aclose = getattr(stream, "aclose", None)
            if aclose is not None:
                await aclose()


async def iterate_ordered(
    calls: Iterable[Callable[[], Awaitable[T]]], *, limit: int
) -> AsyncIterator[T | Exception]:
    """Run ``calls`` with at most ``limit`` in flight; yield results in input order.

    An error is yielded in its call's place (not raised), so one failure does not stop
    the rest. Leaving early cancels what is still running.
    """
    check_int(limit, "limit", low=1)
    pending: collections.deque[asyncio.Task[T]] = collections.deque()
    iterator = iter(calls)
    try:
        while True:
            while len(pending) < limit:
                call = next(iterator, None)
                if call is None:
                    break
                pending.append(asyncio.ensure_future(call()))
            if not pending:
                return
            head = pending.popleft()
            try:
                yield await head
            except Exception as exc:
                yield exc
    finally:
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)
