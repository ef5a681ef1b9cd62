"""``client.custom_fields``: ticket (and customer) field definitions."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Mapping, Sequence
from typing import Any, Literal, TypedDict, Unpack

from .._pagination import OnPage, Page
from .._validate import check_id
from ..models import CustomField
from ._base import GetManyResult, body_of, structure_list
from ._bulk import BulkWrites

CustomFieldsOrder = Literal[
    "priority:asc",
    "priority:desc",
]


class CustomFieldsFilters(TypedDict, total=False):
    """Filters of ``GET /custom-fields``."""

    order_by: CustomFieldsOrder
    object_type: Literal["Ticket", "Customer"]
    search: str
    archived: bool


class CustomFields(BulkWrites[CustomField]):
    """Custom fields (``/custom-fields``)."""

    path = "/custom-fields"
    model = CustomField
    orders = CustomFieldsOrder.__args__  # type: ignore[attr-defined]
    filters = CustomFieldsFilters

    def _query(self, filters: Mapping[str, Any]) -> dict[str, Any]:
        if filters.get("object_type") is None:
            raise TypeError("object_type is required: 'Ticket' or 'Customer'")
        return super()._query(filters)

    async def list(
        self, *, limit: int = 30, cursor: str | None = None, **filters: Unpack[CustomFieldsFilters]
    ) -> Page[CustomField]:
        """One page of the custom fields of ``object_type`` (required; ``limit`` 1–100)."""
        return await self._list(limit, cursor, filters)

    def fetch_pages(
        self,
        *,
        page_size: int = 100,
        start_cursor: str | None = None,
        on_page: OnPage | None = None,
        prefetch: int = 1,
        **filters: Unpack[CustomFieldsFilters],
    ) -> AsyncIterator[Page[CustomField]]:
        """Every page of custom fields, the next one prefetched while you work on this one."""
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
        **filters: Unpack[CustomFieldsFilters],
    ) -> AsyncIterator[CustomField]:
        """Every item matching ``filters``; ``on_page`` sees each page's cursors."""
        return self._all(
            filters,
            page_size=page_size,
            max_items=max_items,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
        )

    async def get(self, id: int) -> CustomField:
        """Get one by id."""
        return await self._get(id)

    async def get_many(
        self, ids: Iterable[int], *, raise_missing: bool = False
    ) -> GetManyResult[CustomField]:
        """Concurrent gets: objects in input order, missing ids listed (or raised)."""
        return await self._get_many(ids, raise_missing=raise_missing)

    def iter_many(
        self, ids: Iterable[int], *, raise_missing: bool = False
    ) -> AsyncIterator[tuple[int, CustomField | None]]:
        """Concurrent gets yielding ``(id, object or None)`` in input order."""
        return self._iter_many(ids, raise_missing=raise_missing)

    async def create(self, params: Any = None, /, **fields: Any) -> CustomField:
        """Create from a params object or mapping, and/or keyword fields."""
        return await self._create(params, fields)

    async def update(self, id: int, params: Any = None, /, **fields: Any) -> CustomField:
        """Partially update by id: only the fields given are sent."""
        return await self._update(id, params, fields)

    async def update_many(self, fields: Sequence[Any]) -> builtins.list[CustomField]:
        """Bulk-update custom fields: each item a mapping or model with its ``id``."""
        body = [body_of(item, {}) for item in fields]
        for item in body:
            check_id(item.get("id"), "id")
        return structure_list(await self._call("PUT", self.path, json=body), CustomField)
