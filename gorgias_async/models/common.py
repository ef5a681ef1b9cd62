"""Small pieces shared by several resources: references and the list envelope's ``meta``."""

from __future__ import annotations

from typing import ClassVar

import attrs

from ._base import ALWAYS_SENT, UNSET, GorgiasModel, Json, Maybe

__all__ = ["ListMeta", "ListResponse", "NamedRef", "Ref"]


@attrs.frozen(kw_only=True, repr=False, slots=False, eq=False)
class Ref(GorgiasModel):
    """A reference to another object by id (a message's ``macros``, an integration's ``user``)."""

    id: int = ALWAYS_SENT


@attrs.frozen(kw_only=True, repr=False, slots=False, eq=False)
class NamedRef(GorgiasModel):
    """A reference by id with a display name (a customer channel's ``user``/``customer``)."""

    _repr_fields: ClassVar[tuple[str, ...]] = ("id", "name")

    id: int = ALWAYS_SENT
    name: str = ALWAYS_SENT


@attrs.frozen(kw_only=True, repr=False, slots=False, eq=False)
class ListMeta(GorgiasModel):
    """The ``meta`` of a list answer: cursors (view items also give ready-made item URLs)."""

    _repr_fields: ClassVar[tuple[str, ...]] = ("next_cursor",)

    next_cursor: Maybe[str] = UNSET
    prev_cursor: Maybe[str] = UNSET
    current_cursor: Maybe[str] = UNSET
    next_items: Maybe[str] = UNSET
    prev_items: Maybe[str] = UNSET


@attrs.frozen(kw_only=True, repr=False, slots=False, eq=False)
class ListResponse(GorgiasModel):
    """A list answer's envelope; ``data`` is left as free-form JSON for the caller to type."""

    _repr_fields: ClassVar[tuple[str, ...]] = ("uri", "meta")

    data: Maybe[Json] = UNSET
    meta: Maybe[ListMeta] = UNSET
    object: Maybe[str] = UNSET
    uri: Maybe[str] = UNSET
