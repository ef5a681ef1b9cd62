"""Widgets (``/widgets``): sidebar cards rendering integration data."""

from __future__ import annotations

from typing import ClassVar

import attrs

from .._datetime import Timestamp
from ._base import ALWAYS_SENT, UNSET, GorgiasModel, Json, Maybe

__all__ = ["Widget", "WidgetTemplate"]


@attrs.frozen(kw_only=True, repr=False, slots=False, eq=False)
class WidgetTemplate(GorgiasModel):
    """A node of a widget's template tree (``wrapper`` → ``card`` → ``text``…)."""

    _repr_fields: ClassVar[tuple[str, ...]] = ("type", "title", "path")

    type: str = ALWAYS_SENT
    title: Maybe[str] = UNSET
    path: Maybe[str] = UNSET
    order: Maybe[int] = UNSET
    meta: Maybe[Json] = UNSET
    widgets: Maybe[tuple[WidgetTemplate, ...]] = UNSET


@attrs.frozen(kw_only=True, repr=False, slots=False, eq=False)
class Widget(GorgiasModel):
    """A widget shown in the ``ticket``/``customer``/``user`` sidebar."""

    _repr_fields: ClassVar[tuple[str, ...]] = ("id", "type", "context")

    id: int
    context: Maybe[str] = UNSET
    type: Maybe[str] = UNSET
    integration_id: Maybe[int] = UNSET
    app_id: Maybe[str] = UNSET
    order: Maybe[int] = UNSET
    template: Maybe[WidgetTemplate] = UNSET
    created_datetime: Timestamp = ALWAYS_SENT
    updated_datetime: Maybe[Timestamp] = UNSET
    deactivated_datetime: Maybe[Timestamp] = UNSET
    uri: str = ALWAYS_SENT
