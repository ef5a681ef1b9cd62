"""``client.rules``."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable
from typing import Any, Literal, TypedDict, Unpack

from .._pagination import OnPage, Page
from .._validate import check_id
from ..models import Rule
from ._base import GetManyResult, structure_list
from ._bulk import BulkWrites

RulesOrder = Literal[
    "created_datetime:asc",
    "created_datetime:desc",
]


class RulesFilters(TypedDict, total=False):
    """Filters of ``GET /rules``."""

    order_by: RulesOrder


class Rules(BulkWrites[Rule]):
    """Rules (``/rules``)."""

    path = "/rules"
    model = Rule
    orders = RulesOrder.__args__  # type: ignore[attr-defined]
    filters = RulesFilters

    async def list(
        self, *, limit: int = 100, cursor: str | None = None, **filters: Unpack[RulesFilters]
    ) -> Page[Rule]:
        """One page of rules (``limit`` 1–100)."""
        return await self._list(limit, cursor, filters)

    def fetch_pages(
        self,
        *,
        page_size: int = 100,
        start_cursor: str | None = None,
        on_page: OnPage | None = None,
        prefetch: int = 1,
        **filters: Unpack[RulesFilters],
    ) -> AsyncIterator[Page[Rule]]:
        """Every page of rules, the next one prefetched while you work on this one."""
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
        **filters: Unpack[RulesFilters],
    ) -> AsyncIterator[Rule]:
        """Every item matching ``filters``; ``on_page`` sees each page's cursors."""
        return self._all(
            filters,
            page_size=page_size,
            max_items=max_items,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
        )

    async def get(self, id: int) -> Rule:
        """Get one by id."""
        return await self._get(id)

    async def get_many(
        self, ids: Iterable[int], *, raise_missing: bool = False
    ) -> GetManyResult[Rule]:
        """Concurrent gets: objects in input order, missing ids listed (or raised)."""
        return await self._get_many(ids, raise_missing=raise_missing)

    def iter_many(
        self, ids: Iterable[int], *, raise_missing: bool = False
    ) -> AsyncIterator[tuple[int, Rule | None]]:
        """Concurrent gets yielding ``(id, object or None)`` in input order."""
        return self._iter_many(ids, raise_missing=raise_missing)

    async def create(self, params: Any = None, /, **fields: Any) -> Rule:
        """Create from a params object or mapping, and/or keyword fields."""
        return await self._create(params, fields)

    async def update(self, id: int, params: Any = None, /, **fields: Any) -> Rule:
        """Partially update by id: only the fields given are sent."""
        return await self._update(id, params, fields)

    async def delete(self, id: int) -> None:
        """Delete by id."""
        await self._delete(id)

    async def update_priorities(self, priorities: dict[int, int]) -> builtins.list[Rule]:
        """Set rule priorities: ``{rule_id: priority}`` (higher runs first)."""
        body = {
            "priorities": [
                {"id": check_id(rule_id, "rule_id"), "priority": priority}
                for rule_id, priority in priorities.items()
            ]
        }
        return structure_list(await self._call("POST", f"{self.path}/priorities", json=body), Rule)
