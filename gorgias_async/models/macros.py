"""Macros (``/macros``): canned responses made of actions."""

from __future__ import annotations

from typing import ClassVar

import attrs

from ._base import UNSET, GorgiasModel, Json, Maybe
from ._datetime import Timestamp

__all__ = ["Macro", "MacroAction"]


@attrs.frozen(kw_only=True, repr=False)
class MacroAction(GorgiasModel):
    """One action of a macro (``addTags``, ``setResponseText``…); ``arguments`` is free-form."""

    _repr_fields: ClassVar[tuple[str, ...]] = ("name", "type")

    name: Maybe[str] = UNSET
    title: Maybe[str] = UNSET
    type: Maybe[str] = UNSET
    description: Maybe[str] = UNSET
    arguments: Maybe[Json] = UNSET


@attrs.frozen(kw_only=True, repr=False)
class Macro(GorgiasModel):
    """A macro; ``intent`` is a plain string (``order/status``, ``refund/request``…)."""

    _repr_fields: ClassVar[tuple[str, ...]] = ("id", "name")

    id: int
    external_id: Maybe[str] = UNSET
    name: Maybe[str] = UNSET
    intent: Maybe[str] = UNSET
    language: Maybe[str] = UNSET
    usage: Maybe[int] = UNSET
    archived: Maybe[bool] = UNSET
    actions: Maybe[tuple[MacroAction, ...]] = UNSET
    created_datetime: Maybe[Timestamp] = UNSET
    updated_datetime: Maybe[Timestamp] = UNSET
    archived_datetime: Maybe[Timestamp] = UNSET
    uri: Maybe[str] = UNSET
