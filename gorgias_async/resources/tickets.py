"""``client.tickets``: tickets, their tags and their custom field values."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Sequence
from typing import Any, Literal, TypedDict, Unpack

from .._pagination import OnPage, Page
from .._validate import check_id
from ..models import CustomFieldValue, Tag, Ticket
from ._base import GetManyResult, structure_list, tag_body
from ._bulk import BulkWrites

TicketOrder = Literal[
    "created_datetime:asc", "created_datetime:desc", "updated_datetime:asc", "updated_datetime:desc"
]


class TicketFilters(TypedDict, total=False):
    """Filters of ``GET /tickets``."""

    order_by: TicketOrder
    customer_id: int
    external_id: str
    view_id: int
    rule_id: int
    ticket_ids: Sequence[int]


class Tickets(BulkWrites[Ticket]):
    """Tickets (``/tickets``), with their tags and custom field values."""

    path = "/tickets"
    model = Ticket
    orders = TicketOrder.__args__  # type: ignore[attr-defined]
    filters = TicketFilters

    async def list(
        self, *, limit: int = 30, cursor: str | None = None, **filters: Unpack[TicketFilters]
    ) -> Page[Ticket]:
        """One page of tickets (``limit`` 1–100)."""
        return await self._list(limit, cursor, filters)

    def fetch_pages(
        self,
        *,
        page_size: int = 100,
        start_cursor: str | None = None,
        on_page: OnPage | None = None,
        prefetch: int = 1,
        **filters: Unpack[TicketFilters],
    ) -> AsyncIterator[Page[Ticket]]:
        """Every page of tickets, the next one prefetched while you work on this one."""
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
        **filters: Unpack[TicketFilters],
    ) -> AsyncIterator[Ticket]:
        """Every ticket matching ``filters``; ``on_page`` sees each page's cursors."""
        return self._all(
            filters,
            page_size=page_size,
            max_items=max_items,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
        )

    async def get(self, id: int, *, with_custom_fields: bool = False) -> Ticket:
        """One ticket, with its messages."""
        if with_custom_fields:
            return await self._get(id, relationships="custom_fields")
        return await self._get(id)

    async def get_many(
        self, ids: Iterable[int], *, raise_missing: bool = False
    ) -> GetManyResult[Ticket]:
        """Concurrent gets; tickets in input order, missing ids listed (or raised)."""
        return await self._get_many(ids, raise_missing=raise_missing)

    def iter_many(
        self, ids: Iterable[int], *, raise_missing: bool = False
    ) -> AsyncIterator[tuple[int, Ticket | None]]:
        """Concurrent gets yielding ``(id, ticket or None)`` in input order."""
        return self._iter_many(ids, raise_missing=raise_missing)

    async def create(self, params: Any = None, /, **fields: Any) -> Ticket:
        """Create a ticket (``messages`` is required); returns it with its messages."""
        return await self._create(params, fields)

    async def update(self, id: int, params: Any = None, /, **fields: Any) -> Ticket:
        """Partially update a ticket: only the fields given are sent."""
        return await self._update(id, params, fields)

    async def delete(self, id: int) -> None:
        """Delete a ticket."""
        await self._delete(id)

    # -- tags -------------------------------------------------------------------------

    async def list_tags(self, ticket_id: int) -> builtins.list[Tag]:
        """The ticket's tags."""
        body = await self._call("GET", f"{self._item_path(ticket_id, 'ticket_id')}/tags")
        return structure_list(body, Tag)

    async def add_tags(
        self, ticket_id: int, *, names: Sequence[str] = (), ids: Sequence[int] = ()
    ) -> None:
        """Add tags by name (created if new) or id."""
        await self._tags("POST", ticket_id, names, ids)

    async def set_tags(
        self, ticket_id: int, *, names: Sequence[str] = (), ids: Sequence[int] = ()
    ) -> None:
        """Replace the ticket's tags."""
        await self._tags("PUT", ticket_id, names, ids)

    async def remove_tags(
        self, ticket_id: int, *, names: Sequence[str] = (), ids: Sequence[int] = ()
    ) -> None:
        """Remove tags by name or id."""
        await self._tags("DELETE", ticket_id, names, ids)

    async def _tags(
        self, method: str, ticket_id: int, names: Sequence[str], ids: Sequence[int]
    ) -> None:
        body = tag_body(names, ids)
        await self._call(method, f"{self._item_path(ticket_id, 'ticket_id')}/tags", json=body)

    # -- custom field values ----------------------------------------------------------

    async def list_custom_fields(self, ticket_id: int) -> builtins.list[CustomFieldValue]:
        """The ticket's custom field values."""
        path = f"{self._item_path(ticket_id, 'ticket_id')}/custom-fields"
        return structure_list(await self._call("GET", path), CustomFieldValue)

    async def update_custom_fields(
        self, ticket_id: int, values: dict[int, Any]
    ) -> builtins.list[CustomFieldValue]:
        """Set several values at once: ``{field_id: value}``."""
        body = [
            {"id": check_id(field_id, "field_id"), "value": v} for field_id, v in values.items()
        ]
        path = f"{self._item_path(ticket_id, 'ticket_id')}/custom-fields"
        return structure_list(await self._call("PUT", path, json=body), CustomFieldValue)

    async def update_custom_field(
        self, ticket_id: int, field_id: int, value: Any
    ) -> builtins.list[CustomFieldValue]:
        """Set one value."""
        path = self._field_path(ticket_id, field_id)
        return structure_list(await self._call("PUT", path, json=value), CustomFieldValue)

    async def delete_custom_field(self, ticket_id: int, field_id: int) -> None:
        """Clear one value."""
        path = self._field_path(ticket_id, field_id)
        await self._call("DELETE", path)

    def _field_path(self, ticket_id: int, field_id: int) -> str:
        owner = self._item_path(ticket_id, "ticket_id")
        return f"{owner}/custom-fields/{check_id(field_id, 'field_id')}"
