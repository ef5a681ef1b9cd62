"""A receiver paired with the events feed: each event to the handlers exactly once.

Two sources tell of the same change: Gorgias' request (fast, but only while the receiver
is up, and at least once) and the feed's event (durable, ordered, with an id). Handing
both to the handlers would need to match them, and a delivery carries no event id — only
a type and ids, which pin down a creation but not *which* of several ``ticket-updated``
of one ticket it is. Matching on that would drop real updates or repeat them.

So the feed is the one source of events: a watcher reads it from a durable checkpoint
(saved after each event's handlers ran) and hands out each event once, by id, in order —
those that happened while the receiver was down included. A delivery is only a doorbell:
it makes the watcher read the feed at once instead of waiting out its poll interval, and,
should the feed not show the event yet (it may lag behind the request), read again every
second until it does (for up to a minute).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, Final

from .._checkpoint import CheckpointLike, as_checkpoint, close_checkpoint
from .._watch import Watcher, _seconds
from ._events import TicketMessageCreated, WebhookEvent, event_from_feed
from ._tasks import stop_task

if TYPE_CHECKING:
    from ..client import AsyncGorgias
    from ._receiver import WebhookReceiver

log = logging.getLogger("gorgias_async.webhooks")

#: How long a delivery whose event the feed does not show yet keeps the reads frequent.
EXPECT_FOR: Final = 60.0
#: The wait between reads while such a delivery is pending.
EAGER_INTERVAL: Final = 1.0


def _key(event: WebhookEvent) -> tuple[Any, ...]:
    if isinstance(event, TicketMessageCreated):
        return (event.type, event.message_id)
    return (event.type, event.ticket_id)


class FeedFollower:
    """Reads the feed for a :class:`~gorgias_async.webhooks.WebhookReceiver`."""

    def __init__(
        self,
        receiver: WebhookReceiver,
        client: AsyncGorgias,
        *,
        checkpoint: CheckpointLike,
        since: datetime | str | None,
        poll_interval: float | timedelta,
        overlap: float | timedelta,
    ) -> None:
        checked = as_checkpoint(checkpoint)
        if checked is None:
            raise TypeError("reconcile() needs a checkpoint: the feed's position must survive")
        self._receiver = receiver
        self._client = client
        self._options: dict[str, Any] = {
            "checkpoint": checked,
            "since": since,
            "poll_interval": poll_interval,
            "overlap": overlap,
        }
        self._poll_interval = _seconds(poll_interval, "poll_interval", positive=True)
        Watcher(client.request, {}, **self._options)  # checks every option now
        self._expected: dict[tuple[Any, ...], float] = {}
        self._watcher: Watcher | None = None
        self._task: asyncio.Task[None] | None = None
        self._handling: asyncio.Event | None = None

    def notice(self, event: WebhookEvent) -> None:
        """A delivery arrived: read the feed now, and often until it shows ``event``."""
        self._expected[_key(event)] = time.monotonic() + EXPECT_FOR
        if self._watcher is not None:
            self._watcher.wake()

    def _delay(self) -> float:
        now = time.monotonic()
        for key, until in list(self._expected.items()):
            if until <= now:
                del self._expected[key]
        return min(EAGER_INTERVAL, self._poll_interval) if self._expected else self._poll_interval

    async def start(self) -> None:
        """Take the feed's position (the first time ever: its end, now), then read it in
        the background (in the running loop)."""
        if self._task is not None and not self._task.done():
            return
        watcher = self._new_watcher()
        await watcher.open()
        self._handling = asyncio.Event()
        self._handling.set()
        self._task = asyncio.create_task(self._run(watcher), name="gorgias-webhook-feed")

    def _new_watcher(self) -> Watcher:
        types = sorted(self._receiver.types)
        self._watcher = Watcher(
            self._client.request, {"types": types}, **self._options, delay=self._delay
        )
        return self._watcher

    async def _run(self, watcher: Watcher) -> None:
        while True:
            try:
                async with contextlib.aclosing(watcher.changes()) as changes:
                    async for change in changes:
                        event = event_from_feed(change.event)
                        if event is None:
                            continue
                        self._expected.pop(_key(event), None)
                        await self._handle(event)
            except Exception:
                log.exception(
                    "reading the events feed failed; again in %.0f s", self._poll_interval
                )
                await asyncio.sleep(self._poll_interval)
            watcher = self._new_watcher()

    async def _handle(self, event: WebhookEvent) -> None:
        assert self._handling is not None
        self._handling.clear()
        try:
            await self._receiver.dispatch(event)
        finally:
            self._handling.set()

    async def stop(self, timeout: float) -> None:
        """Stop reading; an event being handled is finished (and saved) first."""
        task, handling = self._task, self._handling
        self._task = None
        if task is None:
            return
        await stop_task(task, handling.wait() if handling is not None else None, timeout)
        self._watcher = None
        await close_checkpoint(self._options["checkpoint"])  # cancelled before it ran, too
