"""The change stream: tail ``/events`` forever, each event once and in order, resumable.

Each *read* of the feed asks ``GET /events?created_datetime[gte]=<low>&order_by=
created_datetime:asc`` and walks its pages to the end; an event whose id was already
handled is skipped, every other one is handed out, in the feed's order (time, then id).
Between reads the watcher idles ``poll_interval`` seconds without a request. ``low``
trails the newest event handled by ``overlap`` (5 minutes by default), so that

- events sharing one timestamp are all read, whichever of them were handled already;
- an event that becomes visible late — dated before events already handed out, as a
  transaction that commits after a younger one — is still found and handed out once,
  provided it shows up within ``overlap`` of its timestamp (a later one is missed: the
  price of not re-reading the whole feed).

Only the ids of handled events dated at or after ``low`` are remembered, so memory and
the checkpoint stay the size of the overlap window. ``low`` never passes the local clock
minus the overlap, so an event dated in the future cannot push the window past events
still to come. Each read re-reads the window: ⌈events in it / page size⌉ requests, all
under the client's one budget (a watcher and an export together see no 429).

The position (:class:`~gorgias_async._checkpoint.Position`) is saved after each event
(or batch) is handled — when the consumer comes back for the next — so a watcher killed
at any point and restarted from its checkpoint hands out every event it had not finished,
and none it had. Leaving the loop (``break``, an error in the loop body, Ctrl-C) does not
count the event in hand as handled: it is handed out again by the next watcher.
"""

from __future__ import annotations

import asyncio
import contextlib
import heapq
import logging
import math
from collections.abc import (
    AsyncGenerator,
    AsyncIterator,
    Awaitable,
    Callable,
    Iterator,
    Mapping,
    Sequence,
)
from datetime import UTC, datetime, timedelta
from typing import Any, Final, TypeGuard, TypeVar

import attrs

from ._checkpoint import Checkpoint, Position, as_checkpoint, close_checkpoint, settle
from ._pagination import items_of, iterate_pages, raw_fetcher
from ._validate import check_limit
from .errors import APIConnectionError, InternalServerError, NotFoundError, RateLimitError
from .models import (
    Customer,
    Event,
    GorgiasModel,
    Integration,
    Macro,
    Rule,
    SatisfactionSurvey,
    Tag,
    Team,
    Ticket,
    TicketMessage,
    User,
    View,
    Widget,
    format_datetime,
    parse_datetime,
    structure,
)

__all__ = ["Change", "DEFAULT_OVERLAP", "DEFAULT_POLL_INTERVAL", "WatchBatch", "Watcher"]

log = logging.getLogger("gorgias_async.watch")

#: Seconds between two reads of the feed once caught up.
DEFAULT_POLL_INTERVAL: Final = 10.0
#: How far behind the newest handled event each read starts, in seconds.
DEFAULT_OVERLAP: Final = 300.0
#: The longest wait between two reads after errors (the wait doubles from poll_interval).
MAX_ERROR_WAIT: Final = 300.0
#: Errors a watcher that follows the feed rides out (the transport already retried).
TRANSIENT: Final = (APIConnectionError, InternalServerError, RateLimitError)

#: Where one object of each type is read, for ``expand=True`` (tickets go 100 at a time).
_SINGLE: Final[dict[str, tuple[str, type[GorgiasModel]]]] = {
    "Customer": ("/customers/{id}", Customer),
    "User": ("/users/{id}", User),
    "Team": ("/teams/{id}", Team),
    "Tag": ("/tags/{id}", Tag),
    "View": ("/views/{id}", View),
    "Macro": ("/macros/{id}", Macro),
    "Rule": ("/rules/{id}", Rule),
    "Integration": ("/integrations/{id}", Integration),
    "Widget": ("/widgets/{id}", Widget),
    "SatisfactionSurvey": ("/satisfaction-surveys/{id}", SatisfactionSurvey),
    "TicketMessage": ("/tickets/{ticket_id}/messages/{id}", TicketMessage),
}
_TICKETS_PER_REQUEST: Final = 100


@attrs.frozen
class Change:
    """One event of the feed and, with ``expand=True``, the object it names.

    Attributes:
        event: the event, as the feed has it.
        object: the ticket, customer, message… the event names, as it is *now* (read
            once per batch); None without ``expand``, after a ``*-deleted`` event, when
            the object is gone, or for an object type that cannot be read.
    """

    event: Event
    object: GorgiasModel | None = None


@attrs.frozen
class WatchBatch:
    """The new events of one page of the feed, in order (at most ``page_size``)."""

    changes: tuple[Change, ...]

    def __iter__(self) -> Iterator[Change]:
        return iter(self.changes)

    def __len__(self) -> int:
        return len(self.changes)


T = TypeVar("T")


def _is_int(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


@contextlib.asynccontextmanager
async def _closing(iterator: AsyncIterator[T]) -> AsyncIterator[AsyncIterator[T]]:
    """``iterator``, closed on the way out (``aclose()``, as async generators have it)."""
    try:
        yield iterator
    finally:
        aclose = getattr(iterator, "aclose", None)
        if aclose is not None:
            await aclose()


def _created(raw: Mapping[str, Any]) -> datetime | None:
    value = raw.get("created_datetime")
    return parse_datetime(value) if isinstance(value, str) else None


def _seconds(value: Any, name: str, *, positive: bool) -> float:
    if isinstance(value, timedelta):
        value = value.total_seconds()
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise TypeError(f"{name} must be a number of seconds (or a timedelta)")
    if value < 0 or (positive and value == 0):
        raise ValueError(f"{name} must be {'> 0' if positive else '>= 0'}, not {value}")
    return float(value)


def _since(value: Any) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return None if value is None else value if value.tzinfo else value.replace(tzinfo=UTC)
    if isinstance(value, str):
        parsed = parse_datetime(value)
        if parsed is None:
            raise ValueError(f"since: {value!r} is not an ISO 8601 datetime")
        return parsed
    raise TypeError(f"since must be a datetime, an ISO 8601 string or None, not {type(value)}")


class _Window:
    """The ids handled inside the overlap window, and the window's bounds."""

    def __init__(self, position: Position, overlap: timedelta) -> None:
        self.low = position.low
        self.high = position.high
        self.overlap = overlap
        # id -> its created_datetime (None: loaded from a checkpoint, not read back yet).
        self.created: dict[int, datetime | None] = dict.fromkeys(position.seen)
        self._unknown = set(position.seen)
        self._heap: list[tuple[datetime, int]] = []

    def __contains__(self, event_id: int) -> bool:
        return event_id in self.created

    def met(self, event_id: int, created: datetime | None) -> None:
        """A read came across ``event_id``: learn its date if a checkpoint omitted it."""
        if event_id in self._unknown and created is not None:
            self._unknown.discard(event_id)
            self._remember(event_id, created)

    def read_to_the_end(self) -> None:
        """A whole read is done: a remembered id it did not meet lies below ``low``."""
        for event_id in self._unknown:
            self.created.pop(event_id, None)
        self._unknown.clear()

    def handled(self, event_id: int, created: datetime | None, now: datetime) -> None:
        """``event_id`` was handled: remember it, and move the window on."""
        self._unknown.discard(event_id)
        self._remember(event_id, created or now)  # undated: remembered an overlap long
        if created is not None and (self.high is None or created > self.high):
            self.high = created
        if self.high is not None:
            low = min(self.high, now) - self.overlap
            if low > self.low:
                self.low = low
                self._forget_older()

    def _remember(self, event_id: int, created: datetime) -> None:
        self.created[event_id] = created
        heapq.heappush(self._heap, (created, event_id))

    def _forget_older(self) -> None:
        heap = self._heap
        while heap and heap[0][0] < self.low:
            created, event_id = heapq.heappop(heap)
            if self.created.get(event_id) == created:
                del self.created[event_id]

    def position(self) -> Position:
        """Where the stream stands now."""
        return Position(self.low, self.high, frozenset(self.created))


class Watcher:
    """Tails the events feed through ``request`` (a client's :meth:`request`, or a
    service's call: same signature); see the module docstring.

    Made by :meth:`Events.watch <gorgias_async.resources.Events.watch>` and
    :meth:`~gorgias_async.resources.Events.watch_batches`, which check every argument
    before anything is sent. Asyncio objects are created on first use, inside the loop.
    """

    def __init__(
        self,
        request: Callable[..., Awaitable[Any]],
        query: Mapping[str, Any],
        *,
        since: datetime | str | None = None,
        checkpoint: Any = None,
        poll_interval: float | timedelta = DEFAULT_POLL_INTERVAL,
        overlap: float | timedelta = DEFAULT_OVERLAP,
        page_size: int = 100,
        expand: bool = False,
        follow: bool = True,
        delay: Callable[[], float] | None = None,
    ) -> None:
        self._request = request
        self._query = dict(query)
        self._since = _since(since)
        self._checkpoint: Checkpoint | None = as_checkpoint(checkpoint)
        self.poll_interval = _seconds(poll_interval, "poll_interval", positive=True)
        self._overlap = timedelta(seconds=_seconds(overlap, "overlap", positive=False))
        self._page_size = check_limit(page_size, "page_size")
        if not isinstance(expand, bool):
            raise TypeError("expand must be a bool")
        if not isinstance(follow, bool):
            raise TypeError("follow must be a bool")
        self._expand = expand
        self._follow = follow
        self._delay = delay
        self._window: _Window | None = None
        self._wake: asyncio.Event | None = None
        self._woken = False
        self._used = False

    # -- what users iterate ---------------------------------------------------------

    async def changes(self) -> AsyncGenerator[Change, None]:
        """Every new event, one at a time; the position is saved after each one."""
        async with contextlib.aclosing(self._batches()) as batches:
            async for batch in batches:
                for change in batch.changes:
                    yield change
                    await self._commit((change,))

    async def batches(self) -> AsyncGenerator[WatchBatch, None]:
        """The new events page by page; the position is saved after each batch."""
        async with contextlib.aclosing(self._batches()) as batches:
            async for batch in batches:
                yield batch
                await self._commit(batch.changes)

    @property
    def position(self) -> Position | None:
        """Where the stream stands (None before it started)."""
        return None if self._window is None else self._window.position()

    async def open(self) -> Position:
        """Load the position (or find the feed's end and save it) now rather than on the
        first iteration: "from now on" then means from this call. Idempotent."""
        if self._window is None:
            self._window = _Window(await self._open(), self._overlap)
        return self._window.position()

    def wake(self) -> None:
        """Read the feed now instead of waiting out the poll interval (same loop only)."""
        self._woken = True
        if self._wake is not None:
            self._wake.set()

    # -- the reads ------------------------------------------------------------------

    async def _batches(self) -> AsyncGenerator[WatchBatch, None]:
        if self._used:
            raise RuntimeError("a watcher can be iterated once; call watch() again")
        self._used = True
        try:
            await self.open()
            failures = 0
            while True:
                try:
                    async with contextlib.aclosing(self._read()) as pages:
                        async for raws in pages:
                            yield await self._batch(raws)
                    failures = 0
                except TRANSIENT as exc:
                    if not self._follow:
                        raise
                    failures += 1
                    wait = min(MAX_ERROR_WAIT, self.poll_interval * 2 ** (failures - 1))
                    log.warning("reading the events feed failed (%s); again in %.0f s", exc, wait)
                    await self._idle(wait)
                    continue
                if not self._follow:
                    return
                await self._idle(self._delay() if self._delay else self.poll_interval)
        finally:
            await close_checkpoint(self._checkpoint)

    async def _read(self) -> AsyncGenerator[list[dict[str, Any]], None]:
        """One read of the feed from ``low`` to its end: each page's unseen events."""
        window = self._window
        assert window is not None
        query = {
            **self._query,
            "order_by": "created_datetime:asc",
            "created_datetime": {"gte": format_datetime(window.low)},
            "limit": self._page_size,
        }
        pages = iterate_pages(raw_fetcher(self._request, "/events", query), prefetch=1)
        async with _closing(pages):
            async for page in pages:
                fresh: dict[int, dict[str, Any]] = {}
                for raw in page.data:
                    event_id = raw.get("id") if isinstance(raw, dict) else None
                    if not _is_int(event_id):
                        log.debug("skipping an event without an integer id: %r", raw)
                        continue
                    window.met(event_id, _created(raw))
                    if event_id not in window:
                        fresh.setdefault(event_id, raw)
                if fresh:
                    yield list(fresh.values())
        window.read_to_the_end()

    async def _open(self) -> Position:
        """The saved position, else a new one (saved at once, so a crash before the first
        event still resumes from here)."""
        checkpoint = self._checkpoint
        saved = await settle(checkpoint.load()) if checkpoint is not None else None
        if saved is not None:
            if not isinstance(saved, Position):
                raise TypeError(f"checkpoint load() returned {type(saved).__name__}")
            return saved
        if self._since is not None:
            position = Position(low=self._since)
        else:
            position = await self._position_now()
        if checkpoint is not None:
            await settle(checkpoint.save(position))
        return position

    async def _position_now(self) -> Position:
        """The feed's current end: every event visible now counts as handled."""
        now = datetime.now(UTC)
        query = {**self._query, "order_by": "created_datetime:desc", "limit": self._page_size}
        seen: dict[int, datetime] = {}
        high: datetime | None = None
        pages = iterate_pages(raw_fetcher(self._request, "/events", query), prefetch=0)
        async with _closing(pages):
            async for page in pages:
                older = False
                for raw in page.data:
                    created, event_id = _created(raw), raw.get("id")
                    if not _is_int(event_id) or created is None:
                        continue
                    high = created if high is None else max(high, created)
                    if created < min(high, now) - self._overlap:
                        older = True
                        break
                    seen[event_id] = created
                if older:
                    break
        low = min(high, now) - self._overlap if high is not None else now - self._overlap
        return Position(low, high, [i for i, created in seen.items() if created >= low])

    async def _idle(self, seconds: float) -> None:
        """Wait ``seconds`` without a request, or until :meth:`wake`."""
        if self._woken:
            self._woken = False
            return
        if self._wake is None:
            self._wake = asyncio.Event()
        self._wake.clear()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._wake.wait(), seconds)
        self._woken = False

    # -- handing out ----------------------------------------------------------------

    async def _batch(self, raws: Sequence[dict[str, Any]]) -> WatchBatch:
        events = [structure(raw, Event) for raw in raws]
        objects = await self._objects(raws) if self._expand else {}
        return WatchBatch(
            tuple(
                Change(event, objects.get((raw.get("object_type"), raw.get("object_id"))))
                for raw, event in zip(raws, events, strict=True)
            )
        )

    async def _commit(self, changes: Sequence[Change]) -> None:
        """Count ``changes`` as handled and save the position; a cancellation arriving
        meanwhile waits for the save to end, so the checkpoint says what was done."""
        window = self._window
        assert window is not None
        now = datetime.now(UTC)
        for change in changes:
            stamp = change.event.created_datetime
            window.handled(change.event.id, stamp if isinstance(stamp, datetime) else None, now)
        if self._checkpoint is None:
            return
        saving = asyncio.ensure_future(settle(self._checkpoint.save(window.position())))
        try:
            await asyncio.shield(saving)
        except asyncio.CancelledError:
            with contextlib.suppress(Exception):
                await saving
            raise

    async def _objects(
        self, raws: Sequence[Mapping[str, Any]]
    ) -> dict[tuple[Any, Any], GorgiasModel | None]:
        """The objects the events name, each read once (tickets 100 per request)."""
        wanted: dict[tuple[str, int], Mapping[str, Any]] = {}
        for raw in raws:
            kind, object_id = raw.get("object_type"), raw.get("object_id")
            deleted = str(raw.get("type", "")).endswith("-deleted")
            if isinstance(kind, str) and _is_int(object_id) and not deleted:
                wanted.setdefault((kind, object_id), raw)
        found: dict[tuple[Any, Any], GorgiasModel | None] = {}
        tickets = [object_id for kind, object_id in wanted if kind == "Ticket"]
        for start in range(0, len(tickets), _TICKETS_PER_REQUEST):
            chunk = tickets[start : start + _TICKETS_PER_REQUEST]
            params = {"ticket_ids": chunk, "limit": _TICKETS_PER_REQUEST}
            for item in items_of(await self._request("GET", "/tickets", params=params)):
                found[("Ticket", item.get("id"))] = structure(item, Ticket)
        singles = [(key, raw) for key, raw in wanted.items() if key[0] in _SINGLE]
        results = await asyncio.gather(*(self._one(key, raw) for key, raw in singles))
        found.update(zip((key for key, _ in singles), results, strict=True))
        return found

    async def _one(self, key: tuple[str, int], raw: Mapping[str, Any]) -> GorgiasModel | None:
        template, model = _SINGLE[key[0]]
        data = raw.get("data")
        ticket_id = data.get("ticket_id") if isinstance(data, Mapping) else None
        if "{ticket_id}" in template and not _is_int(ticket_id):
            return None  # a message is read through its ticket
        try:
            body = await self._request("GET", template.format(id=key[1], ticket_id=ticket_id))
        except NotFoundError:
            return None
        result: GorgiasModel = structure(body, model)
        return result
