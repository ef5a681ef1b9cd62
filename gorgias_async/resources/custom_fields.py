"""``client.custom_fields``: ticket (and customer) field definitions."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import Any

from .._validate import check_id
from ..models import CustomField
from ._base import Resource, body_of, structure_list


class CustomFieldsSpecials(Resource[CustomField]):
    """Custom fields (``/custom-fields``): ticket and customer field definitions."""

    async def update_many(self, fields: Sequence[Any]) -> builtins.list[CustomField]:
        """Bulk-update custom fields: each item a mapping or model with its ``id``."""
        body = [body_of(item, {}) for item in fields]
        for item in body:
            check_id(item.get("id"), "id")
        return structure_list(await self._call("PUT", self.path, json=body), CustomField)
