"""``client.widgets``: sidebar widgets."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable
from typing import Any, Literal, TypedDict, Unpack

from .._pagination import OnPage, Page
from ..models import Widget
from ._base import GetManyResult
from ._bulk import BulkWrites

WidgetsOrder = Literal[
    "created_datetime:asc",
    "created_datetime:desc",
    "order:asc",
    "order:desc",
]


class WidgetsFilters(TypedDict, total=False):
    """Filters of ``GET /widgets``."""

    order_by: WidgetsOrder
    integration_id: int
    app_id: str


class Widgets(BulkWrites[Widget]):
    """Widgets (``/widgets``)."""

    path = "/widgets"
    model = Widget
    orders = WidgetsOrder.__args__  # type: ignore[attr-defined]
    filters = WidgetsFilters

    async def list(
        self, *, limit: int = 30, cursor: str | None = None, **filters: Unpack[WidgetsFilters]
    ) -> Page[Widget]:
        """One page of widgets (``limit`` 1–100)."""
        return await self._list(limit, cursor, filters)

    def fetch_pages(
        self,
        *,
        page_size: int = 100,
        start_cursor: str | None = None,
        on_page: OnPage | None = None,
        prefetch: int = 1,
        **filters: Unpack[WidgetsFilters],
    ) -> AsyncIterator[Page[Widget]]:
        """Every page of widgets, the next one prefetched while you work on this one."""
        return self._pages(
            filters,
            page_size=page_size,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
        )

    def fetch_all(
        self,
        *,
        page_size: int = 100,
        max_items: int | None = None,
        start_cursor: str | None = None,
        on_page: OnPage | None = None,
        prefetch: int = 1,
        **filters: Unpack[WidgetsFilters],
    ) -> AsyncIterator[Widget]:
        """Every item matching ``filters``; ``on_page`` sees each page's cursors."""
        return self._all(
            filters,
            page_size=page_size,
            max_items=max_items,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
        )

    async def get(self, id: int) -> Widget:
        """Get one by id."""
        return await self._get(id)

    async def get_many(
        self, ids: Iterable[int], *, raise_missing: bool = False
    ) -> GetManyResult[Widget]:
        """Concurrent gets: objects in input order, missing ids listed (or raised)."""
        return await self._get_many(ids, raise_missing=raise_missing)

    def iter_many(
        self, ids: Iterable[int], *, raise_missing: bool = False
    ) -> AsyncIterator[tuple[int, Widget | None]]:
        """Concurrent gets yielding ``(id, object or None)`` in input order."""
        return self._iter_many(ids, raise_missing=raise_missing)

    async def create(self, params: Any = None, /, **fields: Any) -> Widget:
        """Create from a params object or mapping, and/or keyword fields."""
        return await self._create(params, fields)

    async def update(self, id: int, params: Any = None, /, **fields: Any) -> Widget:
        """Partially update by id: only the fields given are sent."""
        return await self._update(id, params, fields)

    async def delete(self, id: int) -> None:
        """Delete by id."""
        await self._delete(id)
