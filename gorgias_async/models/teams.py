"""Teams of users (``/teams``), also embedded as a ticket's ``assignee_team``."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from ._base import UNSET, FrozenDict, GorgiasModel, Maybe
from ._datetime import Timestamp
from .users import User

__all__ = ["Team"]


@attrs.frozen(kw_only=True, repr=False)
class Team(GorgiasModel):
    """A group of users tickets can be assigned to; ``decoration`` is free-form (emoji…)."""

    _repr_fields: ClassVar[tuple[str, ...]] = ("id", "name")

    id: int
    name: Maybe[str] = UNSET
    description: Maybe[str] = UNSET
    decoration: Maybe[FrozenDict[str, Any]] = UNSET
    members: Maybe[tuple[User, ...]] = UNSET
    created_datetime: Maybe[Timestamp] = UNSET
    updated_datetime: Maybe[Timestamp] = UNSET
    uri: Maybe[str] = UNSET
