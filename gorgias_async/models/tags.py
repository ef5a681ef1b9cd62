"""Tags (``/tags``), also embedded in tickets."""

from __future__ import annotations

from typing import ClassVar

import attrs

from .._datetime import Timestamp
from ._base import ALWAYS_SENT, UNSET, GorgiasModel, Maybe

__all__ = ["Tag", "TagDecoration", "TicketTag"]


@attrs.frozen(kw_only=True, repr=False, slots=False, eq=False)
class TagDecoration(GorgiasModel):
    """How a tag is displayed (``{"color": "#F58D86"}``)."""

    _repr_fields: ClassVar[tuple[str, ...]] = ("color",)

    color: str = ALWAYS_SENT


@attrs.frozen(kw_only=True, repr=False, slots=False, eq=False)
class Tag(GorgiasModel):
    """A ticket tag; inside a ticket only ``id``, ``name``, ``uri``, ``decoration`` are sent."""

    _repr_fields: ClassVar[tuple[str, ...]] = ("id", "name")

    id: int
    name: str = ALWAYS_SENT
    description: Maybe[str] = UNSET
    usage: Maybe[int] = UNSET
    decoration: TagDecoration | None = ALWAYS_SENT
    created_datetime: Maybe[Timestamp] = UNSET
    updated_datetime: Maybe[Timestamp] = UNSET
    deleted_datetime: Maybe[Timestamp] = UNSET
    uri: Maybe[str] = UNSET


#: The tags of a ticket (``/tickets/{id}/tags``) are plain :class:`Tag` objects.
TicketTag = Tag
