"""Views (``/views``): saved ticket lists."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from .._datetime import Timestamp
from ._base import ALWAYS_SENT, UNSET, FrozenDict, GorgiasModel, Maybe
from .teams import Team
from .users import User

__all__ = ["View"]


@attrs.frozen(kw_only=True, repr=False, slots=False, eq=False)
class View(GorgiasModel):
    """A saved, filtered and sorted list of tickets; ``filters`` is Gorgias' rule syntax."""

    _repr_fields: ClassVar[tuple[str, ...]] = ("id", "name", "slug")

    id: int
    name: Maybe[str] = UNSET
    slug: Maybe[str] = UNSET
    type: Maybe[str] = UNSET
    category: Maybe[str] = UNSET
    visibility: Maybe[str] = UNSET
    filters: Maybe[str] = UNSET
    search: Maybe[str] = UNSET
    fields: Maybe[tuple[str, ...]] = UNSET
    order_by: Maybe[str] = UNSET
    order_dir: Maybe[str] = UNSET
    decoration: Maybe[FrozenDict[str, Any]] = UNSET
    shared_with_teams: Maybe[tuple[Team, ...]] = UNSET
    shared_with_users: Maybe[tuple[User, ...]] = UNSET
    created_datetime: Timestamp = ALWAYS_SENT
    updated_datetime: Maybe[Timestamp] = UNSET
    deactivated_datetime: Maybe[Timestamp] = UNSET
    uri: str = ALWAYS_SENT
