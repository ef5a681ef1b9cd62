"""Events (``/events``): what happened to which object, when."""

from __future__ import annotations

from typing import ClassVar

import attrs

from .._datetime import Timestamp
from ._base import ALWAYS_SENT, UNSET, GorgiasModel, Json, Maybe

__all__ = ["Event"]


@attrs.frozen(kw_only=True, repr=False, slots=False, eq=False)
class Event(GorgiasModel):
    """An event (``ticket-created``, ``customer-merged``…; ``type`` is a plain string)."""

    _repr_fields: ClassVar[tuple[str, ...]] = ("id", "type", "object_type", "object_id")

    id: int
    type: Maybe[str] = UNSET
    object_type: Maybe[str] = UNSET
    object_id: Maybe[int] = UNSET
    user_id: Maybe[int] = UNSET
    context: Maybe[str] = UNSET
    data: Maybe[Json] = UNSET
    created_datetime: Timestamp = ALWAYS_SENT
    uri: str = ALWAYS_SENT
