"""``client.views``, and the tickets a view shows."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Mapping
from typing import Any, Literal, TypedDict, Unpack

from .._pagination import OnPage, Page, iterate_items, iterate_pages, page_query, parse_page
from .._validate import check_choice, check_id, check_limit
from ..models import Ticket, View
from ..models._converter import structure_items
from ._base import GetManyResult
from ._bulk import BulkWrites

ViewsOrder = Literal[
    "created_datetime:asc",
    "created_datetime:desc",
]


class ViewsFilters(TypedDict, total=False):
    """Filters of ``GET /views``."""

    order_by: ViewsOrder


class Views(BulkWrites[View]):
    """Views (``/views``)."""

    path = "/views"
    model = View
    orders = ViewsOrder.__args__  # type: ignore[attr-defined]
    filters = ViewsFilters

    async def list(
        self, *, limit: int = 30, cursor: str | None = None, **filters: Unpack[ViewsFilters]
    ) -> Page[View]:
        """One page of views (``limit`` 1–100)."""
        return await self._list(limit, cursor, filters)

    def fetch_pages(
        self,
        *,
        page_size: int = 100,
        start_cursor: str | None = None,
        on_page: OnPage | None = None,
        prefetch: int = 1,
        **filters: Unpack[ViewsFilters],
    ) -> AsyncIterator[Page[View]]:
        """Every page of views, the next one prefetched while you work on this one."""
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
        **filters: Unpack[ViewsFilters],
    ) -> AsyncIterator[View]:
        """Every item matching ``filters``; ``on_page`` sees each page's cursors."""
        return self._all(
            filters,
            page_size=page_size,
            max_items=max_items,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
        )

    async def get(self, id: int) -> View:
        """Get one by id."""
        return await self._get(id)

    async def get_many(
        self, ids: Iterable[int], *, raise_missing: bool = False
    ) -> GetManyResult[View]:
        """Concurrent gets: objects in input order, missing ids listed (or raised)."""
        return await self._get_many(ids, raise_missing=raise_missing)

    def iter_many(
        self, ids: Iterable[int], *, raise_missing: bool = False
    ) -> AsyncIterator[tuple[int, View | None]]:
        """Concurrent gets yielding ``(id, object or None)`` in input order."""
        return self._iter_many(ids, raise_missing=raise_missing)

    async def create(self, params: Any = None, /, **fields: Any) -> View:
        """Create from a params object or mapping, and/or keyword fields."""
        return await self._create(params, fields)

    async def update(self, id: int, params: Any = None, /, **fields: Any) -> View:
        """Partially update by id: only the fields given are sent."""
        return await self._update(id, params, fields)

    async def delete(self, id: int) -> None:
        """Delete by id."""
        await self._delete(id)

    async def list_items(
        self,
        view_id: int,
        *,
        limit: int = 30,
        cursor: str | None = None,
        direction: Literal["next", "prev"] | None = None,
        ignored_item: int | None = None,
        search: Mapping[str, Any] | None = None,
    ) -> Page[Ticket]:
        """One page of the tickets a view shows; ``search`` posts a view definition to
        search with instead (``PUT /views/{id}/items``).

        ``direction="prev"`` returns the items before ``cursor`` (default: after it);
        ``ignored_item`` leaves one ticket out (e.g. the one the agent has open).
        """
        check_limit(limit)
        extra: dict[str, Any] = {}
        if direction is not None:
            extra["direction"] = check_choice(direction, ("next", "prev"), "direction")
        if ignored_item is not None:
            extra["ignored_item"] = check_id(ignored_item, "ignored_item")
        return await self._items_page(view_id, limit, cursor, search, extra)

    def fetch_items(
        self,
        view_id: int,
        *,
        page_size: int = 100,
        max_items: int | None = None,
        start_cursor: str | None = None,
        prefetch: int = 1,
        ignored_item: int | None = None,
    ) -> AsyncIterator[Ticket]:
        """Every ticket a view shows, in the view's order (but ``ignored_item``)."""
        check_id(view_id, "view_id")
        check_limit(page_size, "page_size")
        extra = (
            {} if ignored_item is None else {"ignored_item": check_id(ignored_item, "ignored_item")}
        )

        async def fetch(cursor: str | None) -> Page[Ticket]:
            return await self._items_page(view_id, page_size, cursor, None, extra)

        pages = iterate_pages(fetch, start_cursor=start_cursor, prefetch=prefetch)
        return iterate_items(pages, max_items=max_items)

    async def _items_page(
        self,
        view_id: int,
        limit: int,
        cursor: str | None,
        search: Mapping[str, Any] | None,
        extra: Mapping[str, Any],
    ) -> Page[Ticket]:
        path = f"{self._item_path(view_id, 'view_id')}/items"
        params = page_query({"limit": limit, **extra}, cursor)
        if search is None:
            body = await self._call("GET", path, params=params)
        else:
            body = await self._call("PUT", path, params=params, json={"view": dict(search)})
        data, next_cursor, prev_cursor = parse_page(body)

        # Following pages go on forward from their own cursor, still leaving out the item.
        onward = {k: v for k, v in extra.items() if k != "direction"}

        async def following(token: str | None) -> Page[Ticket]:
            return await self._items_page(view_id, limit, token, search, onward)

        return Page(
            data, next_cursor, prev_cursor, cursor, fetch=following, build=_structure_tickets
        )


def _structure_tickets(items: list[Any]) -> list[Ticket]:
    return structure_items(items, Ticket)
