"""``client.users``: agents and admins (``get(0)`` is the current user)."""

from __future__ import annotations

from ..models import User
from ._base import Resource


class UsersSpecials(Resource[User]):
    """Users (``/users``): agents and admins; ``get(0)`` is the current user."""

    async def get(self, id: int) -> User:
        """Get one by id; ``get(0)`` is the user the credentials belong to."""
        if id == 0 and type(id) is int:
            return self._structure(await self._call("GET", f"{self.path}/0"))
        return await self._get(id)
