"""Incremental export: fetch only what changed in a resource since it was last synced.

Gorgias lists have no server-side time filter but for events, so each resource takes the
cheapest honest route (its :class:`~._plan.Stream` says which, from the catalog):

- resources sortable by update time (tickets, customers, macros): walk newest-first and
  stop after a page whose records are *all* older than the cutoff — a future-dated record
  sorts first and never ends the walk early;
- events: ``created_datetime[gte]=cutoff``, oldest first;
- messages: newest-first by creation (edits only show as events);
- the small configuration resources: walked whole and replaced.

Deletions are only visible as events (``ticket-deleted``, ``customer-deleted``,
``ticket-message-deleted``: each stream's ``deleted_event``); :func:`collect_deletions`
reads just those.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any

from .._datetime import instant, read
from .._pagination import iterate_pages, raw_fetcher
from ._plan import STREAMS, Stream
from ._sinks import Changes, Record

#: Re-read this much before the last sync: clocks and in-flight writes are not exact.
OVERLAP = timedelta(minutes=5)

#: Which stream each deletion event is about.
DELETION_EVENTS = {stream.deleted_event: stream.name for stream in STREAMS if stream.deleted_event}


def parse_since(value: str | datetime, name: str = "since") -> datetime:
    """A watermark (``since``) as an aware datetime (naive values are UTC)."""
    return instant(value, name)


def _stamp(record: Mapping[str, Any], field: str) -> datetime | None:
    return read(record.get(field))


async def collect(client: Any, stream: Stream, since: datetime, page_size: int) -> Changes:
    """The changes of ``stream`` since ``since`` (minus the overlap), each id once."""
    cutoff = since - OVERLAP
    params: dict[str, Any] = {"limit": page_size, **stream.params}
    stop_field: str | None = None
    replace = False
    if stream.since_filter:
        params["order_by"] = stream.order_by
        params[stream.since_filter] = {"gte": cutoff}
    elif stream.changed_order:
        params["order_by"] = stream.changed_order
        stop_field = stream.changed_order.split(":")[0]
    else:
        replace = stream.walked_whole
        if stream.order_by:
            params["order_by"] = stream.order_by

    records: dict[int, Record] = {}
    pages = 0
    async for page in iterate_pages(raw_fetcher(client.request, stream.path, params), prefetch=0):
        pages += 1
        for record in page.data:
            records.setdefault(record["id"], record)  # newest-first: the first is the newest
        if stop_field is not None and page.data:
            stamps = [_stamp(record, stop_field) for record in page.data]
            if all(stamp is not None and stamp < cutoff for stamp in stamps):
                break
    kept: Sequence[Record] = list(records.values())
    if stop_field is not None:
        kept = [r for r in kept if (_stamp(r, stop_field) or cutoff) >= cutoff]
    return Changes(kept, replace=replace, pages=pages)


async def collect_deletions(
    client: Any, since: datetime, page_size: int, events: Sequence[str] = tuple(DELETION_EVENTS)
) -> dict[str, set[int]]:
    """Ids deleted per resource since ``since`` (minus the overlap), from the events feed
    (``events``: the deletion event types to read)."""
    params: dict[str, Any] = {
        "limit": page_size,
        "order_by": "created_datetime:asc",
        "created_datetime": {"gte": since - OVERLAP},
        "types": list(events),
    }
    deleted: dict[str, set[int]] = {}
    async for page in iterate_pages(raw_fetcher(client.request, "/events", params), prefetch=0):
        for event in page.data:
            name = DELETION_EVENTS.get(str(event.get("type")))
            if name is not None and isinstance(event.get("object_id"), int):
                deleted.setdefault(name, set()).add(event["object_id"])
    return deleted
