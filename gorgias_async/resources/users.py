"""``client.users``: agents and admins (``get(0)`` is the current user)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Sequence
from typing import Any, Literal, TypedDict, Unpack

from .._pagination import OnPage, Page
from ..models import User
from ._base import GetManyResult
from ._bulk import BulkWrites

UsersOrder = Literal[
    "created_datetime:asc",
    "created_datetime:desc",
    "name:asc",
    "name:desc",
]


class UsersFilters(TypedDict, total=False):
    """Filters of ``GET /users``."""

    order_by: UsersOrder
    email: str
    external_id: str
    roles: Sequence[str]
    relationships: Sequence[str]


class Users(BulkWrites[User]):
    """Users (``/users``)."""

    path = "/users"
    model = User
    orders = UsersOrder.__args__  # type: ignore[attr-defined]
    filters = UsersFilters

    async def list(
        self, *, limit: int = 30, cursor: str | None = None, **filters: Unpack[UsersFilters]
    ) -> Page[User]:
        """One page of users (``limit`` 1–100)."""
        return await self._list(limit, cursor, filters)

    def fetch_pages(
        self,
        *,
        page_size: int = 100,
        start_cursor: str | None = None,
        on_page: OnPage | None = None,
        prefetch: int = 1,
        **filters: Unpack[UsersFilters],
    ) -> AsyncIterator[Page[User]]:
        """Every page of users, the next one prefetched while you work on this one."""
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
        **filters: Unpack[UsersFilters],
    ) -> AsyncIterator[User]:
        """Every item matching ``filters``; ``on_page`` sees each page's cursors."""
        return self._all(
            filters,
            page_size=page_size,
            max_items=max_items,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
        )

    async def get(self, id: int) -> User:
        """Get one by id; ``get(0)`` is the user the credentials belong to."""
        if id == 0 and type(id) is int:
            return self._structure(await self._call("GET", f"{self.path}/0"))
        return await self._get(id)

    async def get_many(
        self, ids: Iterable[int], *, raise_missing: bool = False
    ) -> GetManyResult[User]:
        """Concurrent gets: objects in input order, missing ids listed (or raised)."""
        return await self._get_many(ids, raise_missing=raise_missing)

    def iter_many(
        self, ids: Iterable[int], *, raise_missing: bool = False
    ) -> AsyncIterator[tuple[int, User | None]]:
        """Concurrent gets yielding ``(id, object or None)`` in input order."""
        return self._iter_many(ids, raise_missing=raise_missing)

    async def create(self, params: Any = None, /, **fields: Any) -> User:
        """Create from a params object or mapping, and/or keyword fields."""
        return await self._create(params, fields)

    async def update(self, id: int, params: Any = None, /, **fields: Any) -> User:
        """Partially update by id: only the fields given are sent."""
        return await self._update(id, params, fields)

    async def delete(self, id: int) -> None:
        """Delete by id."""
        await self._delete(id)
