"""Tags (``/tags``), also embedded in tickets."""

from __future__ import annotations

from typing import ClassVar

import attrs

from ._base import UNSET, GorgiasModel, Maybe
from ._datetime import Timestamp

__all__ = ["Tag", "TagDecoration", "TicketTag"]


@attrs.frozen(kw_only=True, repr=False)
class TagDecoration(GorgiasModel):
    """How a tag is displayed (``{"color": "#F58D86"}``)."""

    _repr_fields: ClassVar[tuple[str, ...]] = ("color",)

    color: Maybe[str] = UNSET


@attrs.frozen(kw_only=True, repr=False)
class Tag(GorgiasModel):
    """A ticket tag; inside a ticket only ``id``, ``name``, ``uri``, ``decoration`` are sent."""

    _repr_fields: ClassVar[tuple[str, ...]] = ("id", "name")

    id: int
    name: Maybe[str] = UNSET
    description: Maybe[str] = UNSET
    usage: Maybe[int] = UNSET
    decoration: Maybe[TagDecoration] = UNSET
    created_datetime: Maybe[Timestamp] = UNSET
    updated_datetime: Maybe[Timestamp] = UNSET
    deleted_datetime: Maybe[Timestamp] = UNSET
    uri: Maybe[str] = UNSET


#: The tags of a ticket (``/tickets/{id}/tags``) are plain :class:`Tag` objects.
TicketTag = Tag
