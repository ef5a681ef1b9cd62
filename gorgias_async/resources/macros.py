"""``client.macros``."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Sequence
from typing import Any, Literal, TypedDict, Unpack

from .._pagination import OnPage, Page
from .._validate import check_ids
from ..models import Macro
from ._base import GetManyResult, items_of
from ._bulk import BulkWrites

MacrosOrder = Literal[
    "name",
    "name:asc",
    "name:desc",
    "created_datetime",
    "created_datetime:asc",
    "created_datetime:desc",
    "updated_datetime",
    "updated_datetime:asc",
    "updated_datetime:desc",
    "usage",
    "usage:asc",
    "usage:desc",
    "relevance",
    "relevance:asc",
    "relevance:desc",
    "language",
    "language:asc",
    "language:desc",
]


class MacrosFilters(TypedDict, total=False):
    """Filters of ``GET /macros``."""

    order_by: MacrosOrder
    tags: Sequence[str]
    languages: Sequence[str]
    search: str
    message_id: int
    ticket_id: int
    archived: bool


class Macros(BulkWrites[Macro]):
    """Macros (``/macros``)."""

    path = "/macros"
    model = Macro
    orders = MacrosOrder.__args__  # type: ignore[attr-defined]
    filters = MacrosFilters

    async def list(
        self, *, limit: int = 30, cursor: str | None = None, **filters: Unpack[MacrosFilters]
    ) -> Page[Macro]:
        """One page of macros (``limit`` 1–100)."""
        return await self._list(limit, cursor, filters)

    def fetch_pages(
        self,
        *,
        page_size: int = 100,
        start_cursor: str | None = None,
        on_page: OnPage | None = None,
        prefetch: int = 1,
        **filters: Unpack[MacrosFilters],
    ) -> AsyncIterator[Page[Macro]]:
        """Every page of macros, the next one prefetched while you work on this one."""
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
        **filters: Unpack[MacrosFilters],
    ) -> AsyncIterator[Macro]:
        """Every item matching ``filters``; ``on_page`` sees each page's cursors."""
        return self._all(
            filters,
            page_size=page_size,
            max_items=max_items,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
        )

    async def get(self, id: int) -> Macro:
        """Get one by id."""
        return await self._get(id)

    async def get_many(
        self, ids: Iterable[int], *, raise_missing: bool = False
    ) -> GetManyResult[Macro]:
        """Concurrent gets: objects in input order, missing ids listed (or raised)."""
        return await self._get_many(ids, raise_missing=raise_missing)

    def iter_many(
        self, ids: Iterable[int], *, raise_missing: bool = False
    ) -> AsyncIterator[tuple[int, Macro | None]]:
        """Concurrent gets yielding ``(id, object or None)`` in input order."""
        return self._iter_many(ids, raise_missing=raise_missing)

    async def create(self, params: Any = None, /, **fields: Any) -> Macro:
        """Create from a params object or mapping, and/or keyword fields."""
        return await self._create(params, fields)

    async def update(self, id: int, params: Any = None, /, **fields: Any) -> Macro:
        """Partially update by id: only the fields given are sent."""
        return await self._update(id, params, fields)

    async def delete(self, id: int) -> None:
        """Delete by id."""
        await self._delete(id)

    async def archive(self, ids: Sequence[int]) -> builtins.list[Any]:
        """Archive up to 30 macros; returns the per-macro results (HTTP 207)."""
        return await self._archive("archive", ids)

    async def unarchive(self, ids: Sequence[int]) -> builtins.list[Any]:
        """Unarchive up to 30 macros; returns the per-macro results (HTTP 207)."""
        return await self._archive("unarchive", ids)

    async def _archive(self, action: str, ids: Sequence[int]) -> builtins.list[Any]:
        body = {"ids": check_ids(ids, "ids", max_items=30, min_items=1)}
        return items_of(await self._call("PUT", f"{self.path}/{action}", json=body))
