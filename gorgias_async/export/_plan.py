"""What the export walks: one stream per exported service of the catalog, in its order."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, get_origin

import attrs

from ..resources._catalog import CATALOG, Entry
from ._columns import Column, columns_of

#: The order of a full walk where the endpoint has it: oldest first, so that records
#: created during the run come last instead of being skipped.
WALK_ORDER = "created_datetime:asc"
#: The order of an incremental run where the endpoint has it: newest change first.
CHANGES_ORDER = "updated_datetime:desc"


@attrs.frozen
class Stream:
    """One exportable list endpoint.

    Attributes:
        name: the output name (``tickets`` → ``tickets.jsonl``, table ``tickets``).
        path: the list path relative to the API base URL.
        order_by: an ascending order the endpoint supports, so records created during the
            run land at the end of the walk instead of being skipped.
        params: fixed query parameters the endpoint requires.
        columns: the typed columns taken from each record besides ``id`` and the record
            (:mod:`._columns`).
        changed_order: a newest-first order for incremental runs (sort and stop at the
            cutoff), by update time where the endpoint sorts so; None means the stream is
            re-walked whole (unless it filters by time, as events do).
        since_filter: a ``datetime[gte]`` filter the endpoint takes, which an incremental
            run asks the changes with.
        deleted_event: the event type announcing that a record was deleted.
    """

    name: str
    path: str
    order_by: str | None = WALK_ORDER
    params: Mapping[str, str] = attrs.field(factory=dict)
    columns: tuple[Column, ...] = columns_of(("created_datetime", "updated_datetime"))
    changed_order: str | None = None
    since_filter: str | None = None
    deleted_event: str | None = None

    @property
    def walked_whole(self) -> bool:
        """An incremental run lists it whole (it can neither sort by change nor filter by
        time): what it no longer lists was deleted."""
        return self.since_filter is None and self.changed_order is None

    @classmethod
    def of(cls, entry: Entry) -> Stream:
        """The stream of a catalog row that the export writes."""
        export = entry.export
        assert export is not None
        assert entry.path is not None
        if export.changes_by_creation:
            changed: str | None = "created_datetime:desc"
        else:
            changed = CHANGES_ORDER if CHANGES_ORDER in entry.orders else None
        since = "created_datetime" if _is_range(entry.filters.get("created_datetime")) else None
        return cls(
            name=entry.export_name,
            path=entry.path,
            order_by=export.order_by or (WALK_ORDER if WALK_ORDER in entry.orders else None),
            params=dict(export.params),
            columns=columns_of(export.columns),
            changed_order=changed,
            since_filter=since,
            deleted_event=export.deleted_event,
        )


def _is_range(hint: Any) -> bool:
    """Whether a filter's type is a mapping of comparators (``{"gte": …}``)."""
    return get_origin(hint) is Mapping


STREAMS: tuple[Stream, ...] = tuple(Stream.of(entry) for entry in CATALOG if entry.export)

BY_NAME: dict[str, Stream] = {stream.name: stream for stream in STREAMS}


def select(names: Sequence[str]) -> list[Stream]:
    """The streams named (all when empty), or ValueError naming the unknown ones."""
    if not names:
        return list(STREAMS)
    unknown = [name for name in names if name not in BY_NAME]
    if unknown:
        raise ValueError(
            f"resources: unknown {', '.join(unknown)}; choose from {', '.join(BY_NAME)}"
        )
    return [BY_NAME[name] for name in dict.fromkeys(names)]
