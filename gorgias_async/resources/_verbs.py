"""The standard verbs, written once: a service binds those its endpoint has.

``class Tickets(..., Gettable[Ticket], Creatable[Ticket], Updatable[Ticket],
Deletable[Ticket])`` — which verbs a service binds is declared by its row of the catalog
(:mod:`._catalog`), and the generated class (:mod:`._generated`) lists them as bases. A
service whose verb takes other arguments (a message is addressed through its ticket)
writes its own in its module instead.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable
from typing import Any, TypeVar

from ._base import GetManyResult, Resource

__all__ = ["VERBS", "Creatable", "Deletable", "Gettable", "Updatable"]

M = TypeVar("M")


class Gettable(Resource[M]):
    """``get``, and the concurrent ``get_many`` / ``iter_many`` built on it."""

    async def get(self, id: int) -> M:
        """Get one by id."""
        return await self._get(id)

    async def get_many(
        self, ids: Iterable[int], *, raise_missing: bool = False
    ) -> GetManyResult[M]:
        """Concurrent gets: objects in input order, missing ids listed (or raised)."""
        return await self._get_many(ids, raise_missing=raise_missing)

    def iter_many(
        self, ids: Iterable[int], *, raise_missing: bool = False
    ) -> AsyncIterator[tuple[int, M | None]]:
        """Concurrent gets yielding ``(id, object or None)`` in input order."""
        return self._iter_many(ids, raise_missing=raise_missing)


class Creatable(Resource[M]):
    """``create``."""

    async def create(self, params: Any = None, /, **fields: Any) -> M:
        """Create from a params object or mapping, and/or keyword fields."""
        return await self._create(params, fields)


class Updatable(Resource[M]):
    """``update``."""

    async def update(self, id: int, params: Any = None, /, **fields: Any) -> M:
        """Partially update by id: only the fields given are sent.

        It is a ``PUT``: Gorgias has no ``PATCH``, and its ``PUT`` changes only the fields
        the body names (the others keep their values).
        """
        return await self._update(id, params, fields)


class Deletable(Resource[M]):
    """``delete``."""

    async def delete(self, id: int) -> None:
        """Delete by id."""
        await self._delete(id)


#: The verb names a catalog row may declare, and the mixin that binds each.
VERBS: dict[str, type[Resource[Any]]] = {
    "get": Gettable,
    "create": Creatable,
    "update": Updatable,
    "delete": Deletable,
}
