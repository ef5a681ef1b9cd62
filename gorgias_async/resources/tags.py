"""``client.tags``: its own methods (the rest comes from its row in ``_catalog``)."""

from __future__ import annotations

from collections.abc import Sequence

from .._validate import check_ids
from ..models import Tag
from ._base import Resource


class TagsSpecials(Resource[Tag]):
    """Tags (``/tags``), deleted or merged several at once."""

    async def delete_many(self, ids: Sequence[int]) -> None:
        """Delete several tags at once (``DELETE /tags``)."""
        await self._call("DELETE", self.path, json={"ids": check_ids(ids, "ids", min_items=1)})

    async def merge(self, destination_id: int, source_ids: Sequence[int]) -> Tag:
        """Merge ``source_ids`` into the tag ``destination_id``."""
        path = f"{self._item_path(destination_id, 'destination_id')}/merge"
        body = {"source_tags_ids": check_ids(source_ids, "source_ids")}
        return self._structure(await self._call("PUT", path, json=body))
