"""Macros (``/macros``): canned responses made of actions."""

from __future__ import annotations

from typing import ClassVar

import attrs

from .._datetime import Timestamp
from ._base import ALWAYS_SENT, UNSET, GorgiasModel, Json, Maybe

__all__ = ["Macro", "MacroAction"]


@attrs.frozen(kw_only=True, repr=False, slots=False, eq=False)
class MacroAction(GorgiasModel):
    """One action of a macro (``addTags``, ``setResponseText``…); ``arguments`` is free-form."""

    _repr_fields: ClassVar[tuple[str, ...]] = ("name", "type")

    name: str = ALWAYS_SENT
    title: str = ALWAYS_SENT
    type: str = ALWAYS_SENT
    description: Maybe[str] = UNSET
    arguments: Json = ALWAYS_SENT


@attrs.frozen(kw_only=True, repr=False, slots=False, eq=False)
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
    created_datetime: Timestamp = ALWAYS_SENT
    updated_datetime: Maybe[Timestamp] = UNSET
    archived_datetime: Maybe[Timestamp] = UNSET
    uri: str = ALWAYS_SENT
