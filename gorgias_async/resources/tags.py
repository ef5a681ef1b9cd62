"""``client.tags``."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Sequence
from typing import Any, Literal, TypedDict, Unpack

from .._pagination import OnPage, Page
from .._validate import check_ids
from ..models import Tag
from ._base import GetManyResult
from ._bulk import BulkWrites

TagsOrder = Literal[
    "created_datetime",
    "name",
    "usage",
    "created_datetime:asc",
    "created_datetime:desc",
    "name:asc",
    "name:desc",
    "usage:asc,name:asc",
    "usage:desc,name:desc",
]


class TagsFilters(TypedDict, total=False):
    """Filters of ``GET /tags``."""

    order_by: TagsOrder
    search: str


class Tags(BulkWrites[Tag]):
    """Tags (``/tags``)."""

    path = "/tags"
    model = Tag
    orders = TagsOrder.__args__  # type: ignore[attr-defined]
    filters = TagsFilters

    async def list(
        self, *, limit: int = 30, cursor: str | None = None, **filters: Unpack[TagsFilters]
    ) -> Page[Tag]:
        """One page of tags (``limit`` 1–100)."""
        return await self._list(limit, cursor, filters)

    def fetch_pages(
        self,
        *,
        page_size: int = 100,
        start_cursor: str | None = None,
        on_page: OnPage | None = None,
        prefetch: int = 1,
        **filters: Unpack[TagsFilters],
    ) -> AsyncIterator[Page[Tag]]:
        """Every page of tags, the next one prefetched while you work on this one."""
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
        **filters: Unpack[TagsFilters],
    ) -> AsyncIterator[Tag]:
        """Every item matching ``filters``; ``on_page`` sees each page's cursors."""
        return self._all(
            filters,
            page_size=page_size,
            max_items=max_items,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
        )

    async def get(self, id: int) -> Tag:
        """Get one by id."""
        return await self._get(id)

    async def get_many(
        self, ids: Iterable[int], *, raise_missing: bool = False
    ) -> GetManyResult[Tag]:
        """Concurrent gets: objects in input order, missing ids listed (or raised)."""
        return await self._get_many(ids, raise_missing=raise_missing)

    def iter_many(
        self, ids: Iterable[int], *, raise_missing: bool = False
    ) -> AsyncIterator[tuple[int, Tag | None]]:
        """Concurrent gets yielding ``(id, object or None)`` in input order."""
        return self._iter_many(ids, raise_missing=raise_missing)

    async def create(self, params: Any = None, /, **fields: Any) -> Tag:
        """Create from a params object or mapping, and/or keyword fields."""
        return await self._create(params, fields)

    async def update(self, id: int, params: Any = None, /, **fields: Any) -> Tag:
        """Partially update by id: only the fields given are sent."""
        return await self._update(id, params, fields)

    async def delete(self, id: int) -> None:
        """Delete by id."""
        await self._delete(id)

    async def delete_many(self, ids: Sequence[int]) -> None:
        """Delete several tags at once (``DELETE /tags``)."""
        await self._call("DELETE", self.path, json={"ids": check_ids(ids, "ids", min_items=1)})

    async def merge(self, destination_id: int, source_ids: Sequence[int]) -> Tag:
        """Merge ``source_ids`` into the tag ``destination_id``."""
        path = f"{self._item_path(destination_id, 'destination_id')}/merge"
        body = {"source_tags_ids": check_ids(source_ids, "source_ids")}
        return self._structure(await self._call("PUT", path, json=body))
