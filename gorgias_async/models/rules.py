"""Rules (``/rules``): code run on ticket events."""

from __future__ import annotations

from typing import ClassVar

import attrs

from .._datetime import Timestamp
from ._base import ALWAYS_SENT, UNSET, GorgiasModel, Json, Maybe

__all__ = ["Rule"]


@attrs.frozen(kw_only=True, repr=False, slots=False, eq=False)
class Rule(GorgiasModel):
    """A rule; ``event_types`` is the comma-separated string Gorgias sends."""

    _repr_fields: ClassVar[tuple[str, ...]] = ("id", "name", "priority")

    id: int
    name: Maybe[str] = UNSET
    description: Maybe[str] = UNSET
    code: Maybe[str] = UNSET
    code_ast: Maybe[Json] = UNSET
    event_types: Maybe[str] = UNSET
    priority: Maybe[int] = UNSET
    created_datetime: Timestamp = ALWAYS_SENT
    updated_datetime: Maybe[Timestamp] = UNSET
    deactivated_datetime: Maybe[Timestamp] = UNSET
    uri: str = ALWAYS_SENT
