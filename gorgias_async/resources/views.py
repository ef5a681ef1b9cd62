"""``client.views``, and the tickets a view shows."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from typing import Any, Literal

from .._pagination import Page, iterate_items, iterate_pages, page_query, parse_page
from .._validate import check_choice, check_id, check_limit
from ..models import Ticket, View
from ..models._converter import structure_items
from ._base import Resource


class ViewsSpecials(Resource[View]):
    """Views (``/views``), and the tickets each shows."""

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
