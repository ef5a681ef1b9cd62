"""``client.events``: the account's event feed (read-only)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any, TypedDict, Unpack

from .._checkpoint import CheckpointLike
from .._validate import check_ids
from .._watch import Change, WatchBatch, Watcher
from ..models import Event
from ._base import Resource


class WatchFilters(TypedDict, total=False):
    """The filters of a watch: those of ``GET /events`` but the order and the time range,
    which the watcher owns."""

    object_id: int
    object_type: str
    types: Sequence[str]
    user_ids: Sequence[int]


class EventsSpecials(Resource[Event]):
    """Events (``/events``): what happened in the account, oldest or newest first."""

    def _query(self, filters: Mapping[str, Any]) -> dict[str, Any]:
        if filters.get("user_ids") is not None:
            check_ids(filters["user_ids"], "user_ids", max_items=1)  # the API takes one
        return super()._query(filters)

    # -- the change stream (the logic lives in gorgias_async._watch) ---------------------

    def _watcher(self, filters: Mapping[str, Any], **options: Any) -> Watcher:
        owned = sorted(set(filters) & {"order_by", "created_datetime"})
        if owned:
            raise TypeError(f"watch() sets {', '.join(owned)} itself; leave it out")
        return Watcher(self._call, self._query(filters), **options)

    def watch(
        self,
        *,
        since: datetime | str | None = None,
        checkpoint: CheckpointLike | None = None,
        poll_interval: float | timedelta = 10.0,
        overlap: float | timedelta = 300.0,
        page_size: int = 100,
        expand: bool = False,
        follow: bool = True,
        **filters: Unpack[WatchFilters],
    ) -> AsyncIterator[Change]:
        """Every new event, once each and in order, forever: a durable change stream.

        Reads ``/events`` from ``since`` (default: from now on) and, once caught up,
        again every ``poll_interval`` seconds under the client's budget, re-reading the
        last ``overlap`` seconds so that events sharing a timestamp or showing up late
        are handed out too, each once (by id). ``checkpoint`` (a file path, a
        ``FileCheckpoint``, a ``CallableCheckpoint`` for your own store…) keeps the
        position, saved after each event: a watcher restarted after a crash resumes
        there, ``since`` then ignored. The event in hand when the loop is left is not
        counted as handled. ``expand=True`` also reads the objects the events name
        (tickets 100 per request). ``follow=False`` ends once caught up. Filters:
        ``types``, ``object_type``, ``object_id``, ``user_ids``.
        """
        return self._watcher(
            filters,
            since=since,
            checkpoint=checkpoint,
            poll_interval=poll_interval,
            overlap=overlap,
            page_size=page_size,
            expand=expand,
            follow=follow,
        ).changes()

    def watch_batches(
        self,
        *,
        since: datetime | str | None = None,
        checkpoint: CheckpointLike | None = None,
        poll_interval: float | timedelta = 10.0,
        overlap: float | timedelta = 300.0,
        page_size: int = 100,
        expand: bool = False,
        follow: bool = True,
        **filters: Unpack[WatchFilters],
    ) -> AsyncIterator[WatchBatch]:
        """Like :meth:`watch`, a page of new events at a time (the position is saved
        after each batch): fewer saves, and one transaction per batch in your store."""
        return self._watcher(
            filters,
            since=since,
            checkpoint=checkpoint,
            poll_interval=poll_interval,
            overlap=overlap,
            page_size=page_size,
            expand=expand,
            follow=follow,
        ).batches()
