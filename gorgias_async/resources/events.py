"""``client.events``: the account's event feed (read-only)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._validate import check_ids
from ..models import Event
from ._base import Resource


class EventsSpecials(Resource[Event]):
    """Events (``/events``): what happened in the account, oldest or newest first."""

    def _query(self, filters: Mapping[str, Any]) -> dict[str, Any]:
        if filters.get("user_ids") is not None:
            check_ids(filters["user_ids"], "user_ids", max_items=1)  # the API takes one
        return super()._query(filters)
