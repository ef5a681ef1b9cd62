"""``client.customers``: customers, their data, merges and custom field values."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import Any

from .._validate import check_id, check_ids
from ..models import Customer, CustomFieldValue
from ._base import Resource, body_of, structure_list


class CustomersSpecials(Resource[Customer]):
    """Customers (``/customers``), their data, merges and custom field values."""

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
