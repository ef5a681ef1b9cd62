"""Teams of users (``/teams``), also embedded as a ticket's ``assignee_team``."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from .._datetime import Timestamp
from ._base import ALWAYS_SENT, UNSET, FrozenDict, GorgiasModel, Maybe
from .users import User

__all__ = ["Team"]


@attrs.frozen(kw_only=True, repr=False, slots=False, eq=False)
class Team(GorgiasModel):
    """A group of users tickets can be assigned to; ``decoration`` is free-form (emoji…)."""

    _repr_fields: ClassVar[tuple[str, ...]] = ("id", "name")

    id: int
    name: str = ALWAYS_SENT
    description: Maybe[str] = UNSET
    decoration: FrozenDict[str, Any] | None = ALWAYS_SENT
    members: Maybe[tuple[User, ...]] = UNSET
    created_datetime: Maybe[Timestamp] = UNSET
    updated_datetime: Maybe[Timestamp] = UNSET
    uri: Maybe[str] = UNSET
