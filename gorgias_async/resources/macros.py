"""``client.macros``: its own methods (the rest comes from its row in ``_catalog``)."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import Any

from .._pagination import items_of
from .._validate import check_ids
from ..models import Macro
from ._base import Resource


class MacrosSpecials(Resource[Macro]):
    """Macros (``/macros``), archived and unarchived several at once."""

    async def archive(self, ids: Sequence[int]) -> builtins.list[Any]:
        """Archive up to 30 macros; returns the per-macro results (HTTP 207)."""
        return await self._archive("archive", ids)

    async def unarchive(self, ids: Sequence[int]) -> builtins.list[Any]:
        """Unarchive up to 30 macros; returns the per-macro results (HTTP 207)."""
        return await self._archive("unarchive", ids)

    async def _archive(self, action: str, ids: Sequence[int]) -> builtins.list[Any]:
        body = {"ids": check_ids(ids, "ids", max_items=30, min_items=1)}
        return items_of(await self._call("PUT", f"{self.path}/{action}", json=body))
