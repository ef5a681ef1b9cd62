"""``client.customers``: customers, their data, merges and custom field values."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Sequence
from typing import Any, Literal, TypedDict, Unpack

from .._pagination import OnPage, Page
from .._validate import check_id, check_ids
from ..models import Customer, CustomFieldValue
from ._base import GetManyResult, body_of, structure_list
from ._bulk import BulkWrites

CustomersOrder = Literal[
    "created_datetime:asc",
    "created_datetime:desc",
    "updated_datetime:asc",
    "updated_datetime:desc",
]


class CustomersFilters(TypedDict, total=False):
    """Filters of ``GET /customers``."""

    order_by: CustomersOrder
    id: int
    email: str
    external_id: str
    name: str
    language: str
    timezone: str
    view_id: int


class Customers(BulkWrites[Customer]):
    """Customers (``/customers``)."""

    path = "/customers"
    model = Customer
    orders = CustomersOrder.__args__  # type: ignore[attr-defined]
    filters = CustomersFilters

    async def list(
        self, *, limit: int = 30, cursor: str | None = None, **filters: Unpack[CustomersFilters]
    ) -> Page[Customer]:
        """One page of customers (``limit`` 1–100)."""
        return await self._list(limit, cursor, filters)

    def fetch_pages(
        self,
        *,
        page_size: int = 100,
        start_cursor: str | None = None,
        on_page: OnPage | None = None,
        prefetch: int = 1,
        **filters: Unpack[CustomersFilters],
    ) -> AsyncIterator[Page[Customer]]:
        """Every page of customers, the next one prefetched while you work on this one."""
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
        **filters: Unpack[CustomersFilters],
    ) -> AsyncIterator[Customer]:
        """Every item matching ``filters``; ``on_page`` sees each page's cursors."""
        return self._all(
            filters,
            page_size=page_size,
            max_items=max_items,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
        )

    async def get(self, id: int) -> Customer:
        """Get one by id."""
        return await self._get(id)

    async def get_many(
        self, ids: Iterable[int], *, raise_missing: bool = False
    ) -> GetManyResult[Customer]:
        """Concurrent gets: objects in input order, missing ids listed (or raised)."""
        return await self._get_many(ids, raise_missing=raise_missing)

    def iter_many(
        self, ids: Iterable[int], *, raise_missing: bool = False
    ) -> AsyncIterator[tuple[int, Customer | None]]:
        """Concurrent gets yielding ``(id, object or None)`` in input order."""
        return self._iter_many(ids, raise_missing=raise_missing)

    async def create(self, params: Any = None, /, **fields: Any) -> Customer:
        """Create from a params object or mapping, and/or keyword fields."""
        return await self._create(params, fields)

    async def update(self, id: int, params: Any = None, /, **fields: Any) -> Customer:
        """Partially update by id: only the fields given are sent."""
        return await self._update(id, params, fields)

    async def delete(self, id: int) -> None:
        """Delete by id."""
        await self._delete(id)

    async def delete_many(self, ids: Sequence[int]) -> None:
        """Delete several customers at once (``DELETE /customers``)."""
        await self._call("DELETE", self.path, json={"ids": check_ids(ids, "ids", min_items=1)})

    async def merge(
        self, source_id: int, target_id: int, params: Any = None, /, **fields: Any
    ) -> Customer:
        """Merge ``source_id`` into ``target_id``; ``fields`` set the merged customer's data."""
        query = {
            "source_id": check_id(source_id, "source_id"),
            "target_id": check_id(target_id, "target_id"),
        }
        body = await self._call(
            "PUT", f"{self.path}/merge", params=query, json=body_of(params, fields)
        )
        return self._structure(body)

    async def set_data(self, customer_id: int, data: Any, *, version: str | None = None) -> None:
        """Replace the customer's ``data``; an older ``version`` than the stored one is ignored."""
        body: dict[str, Any] = {"data": data}
        if version is not None:
            body["version"] = version
        await self._call("PUT", f"{self._item_path(customer_id, 'customer_id')}/data", json=body)

    async def list_custom_fields(self, customer_id: int) -> builtins.list[CustomFieldValue]:
        """The customer's custom field values."""
        path = f"{self._item_path(customer_id, 'customer_id')}/custom-fields"
        return structure_list(await self._call("GET", path), CustomFieldValue)

    async def update_custom_field(
        self, customer_id: int, field_id: int, value: Any
    ) -> builtins.list[CustomFieldValue]:
        """Set one custom field value of the customer."""
        path = (
            f"{self._item_path(customer_id, 'customer_id')}/custom-fields/"
            f"{check_id(field_id, 'field_id')}"
        )
        return structure_list(await self._call("PUT", path, json=value), CustomFieldValue)

    async def delete_custom_field(self, customer_id: int, field_id: int) -> None:
        """Clear one custom field value of the customer."""
        path = (
            f"{self._item_path(customer_id, 'customer_id')}/custom-fields/"
            f"{check_id(field_id, 'field_id')}"
        )
        await self._call("DELETE", path)
