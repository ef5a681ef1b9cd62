"""``client.search(...)`` and ``client.statistics``: the unpaged query endpoints."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

from .._pagination import items_of
from .._validate import check_choice, check_int, check_str
from ..models import Statistic
from ._base import Service, structure_answer

SearchType = Literal[
    "agent",
    "customer",
    "customer_profile",
    "customer_channel",
    "customer_channel_email",
    "customer_channel_phone",
    "customers_by_phone",
    "integration",
    "team",
    "tag",
]
SEARCH_TYPES = SearchType.__args__  # type: ignore[attr-defined]


class SearchSpecials(Service):
    """``POST /search``: callable as ``await client.search(type, query, size=10)``."""

    async def __call__(self, type: SearchType, query: str, *, size: int = 10) -> list[Any]:
        """Find resources of ``type`` matching ``query`` (at most ``size``, 1–50).

        The result objects are returned as received: their shape depends on ``type``.
        """
        check_choice(type, SEARCH_TYPES, "type")
        check_str(query, "query")
        check_int(size, "size", low=1, high=50, wrong_type=ValueError)
        body = await self._call(
            "POST", "/search", json={"type": type, "query": query, "size": size}
        )
        return items_of(body)


class StatisticsSpecials(Service):
    """``POST /stats/{name}`` (+ CSV download) and ``POST /reporting/stats``."""

    async def get(self, name: str, *, filters: Mapping[str, Any] | None = None) -> Statistic:
        """One named statistic over ``filters`` (period, agents, channels, tags…)."""
        body = await self._call("POST", f"/stats/{_name(name)}", json={"filters": filters or {}})
        result: Statistic = structure_answer(body, Statistic)  # the answer is {data, meta}
        return result

    async def download(self, name: str, *, filters: Mapping[str, Any] | None = None) -> bytes:
        """The statistic as CSV bytes."""
        response = await self._call_raw(
            "POST", f"/stats/{_name(name)}/download", json={"filters": filters or {}}
        )
        content: bytes = response.body
        return content

    async def report(
        self,
        scope: str,
        *,
        filters: Any = None,
        timezone: str = "UTC",
        limit: int | None = None,
    ) -> list[Any]:
        """A reporting query (``POST /reporting/stats``): rows as received."""
        body: dict[str, Any] = {
            "query": {"scope": scope, "filters": filters or [], "timezone": timezone}
        }
        if limit is not None:
            body["limit"] = check_int(limit, "limit", low=1, high=10000, wrong_type=ValueError)
        return items_of(await self._call("POST", "/reporting/stats", json=body))


def _name(name: str) -> str:
    if (
        not isinstance(name, str)
        or not name
        or not name.replace("-", "").replace("_", "").isalnum()
    ):
        raise ValueError(f"name must be a statistic name like 'overview', not {name!r}")
    return name
