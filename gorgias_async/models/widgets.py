"""Widgets (``/widgets``): sidebar cards rendering integration data."""

from __future__ import annotations

from typing import ClassVar

import attrs

from ._base import UNSET, GorgiasModel, Json, Maybe
from ._datetime import Timestamp

__all__ = ["Widget", "WidgetTemplate"]


@attrs.frozen(kw_only=True, repr=False)
class WidgetTemplate(GorgiasModel):
    """A node of a widget's template tree (``wrapper`` → ``card`` → ``text``…)."""

    _repr_fields: ClassVar[tuple[str, ...]] = ("type", "title", "path")

    type: Maybe[str] = UNSET
    title: Maybe[str] = UNSET
    path: Maybe[str] = UNSET
    order: Maybe[int] = UNSET
    meta: Maybe[Json] = UNSET
    widgets: Maybe[tuple[WidgetTemplate, ...]] = UNSET


@attrs.frozen(kw_only=True, repr=False)
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
    created_datetime: Maybe[Timestamp] = UNSET
    updated_datetime: Maybe[Timestamp] = UNSET
    deactivated_datetime: Maybe[Timestamp] = UNSET
    uri: Maybe[str] = UNSET
