"""Users (agents, admins…) as listed by ``/users`` and embedded as assignees."""

from __future__ import annotations

from typing import ClassVar

import attrs

from .._datetime import Timestamp
from ._base import ALWAYS_SENT, UNSET, GorgiasModel, Maybe

__all__ = ["Role", "User", "UserMeta"]


@attrs.frozen(kw_only=True, repr=False, slots=False, eq=False)
class UserMeta(GorgiasModel):
    """A user's ``meta``: SSO provider and profile picture (other keys land in ``extra``)."""

    _repr_fields: ClassVar[tuple[str, ...]] = ()

    sso: Maybe[str] = UNSET
    profile_picture_url: Maybe[str] = UNSET


@attrs.frozen(kw_only=True, repr=False, slots=False, eq=False)
class Role(GorgiasModel):
    """A user's role (``admin``, ``agent``, ``lite-agent``, ``observer-agent``…; a plain string)."""

    _repr_fields: ClassVar[tuple[str, ...]] = ("name",)

    id: Maybe[int] = UNSET
    name: Maybe[str] = UNSET


@attrs.frozen(kw_only=True, repr=False, slots=False, eq=False)
class User(GorgiasModel):
    """A user of the helpdesk; embedded summaries (assignee, team member) set fewer fields."""

    _repr_fields: ClassVar[tuple[str, ...]] = ("id", "name", "email")

    id: int
    active: Maybe[bool] = UNSET
    bio: Maybe[str] = UNSET
    country: Maybe[str] = UNSET
    email: Maybe[str] = UNSET
    external_id: Maybe[str] = UNSET
    firstname: Maybe[str] = UNSET
    lastname: Maybe[str] = UNSET
    name: str = ALWAYS_SENT
    language: Maybe[str] = UNSET
    timezone: Maybe[str] = UNSET
    meta: Maybe[UserMeta] = UNSET
    role: Maybe[Role] = UNSET
    created_datetime: Maybe[Timestamp] = UNSET
    updated_datetime: Maybe[Timestamp] = UNSET
    deactivated_datetime: Maybe[Timestamp] = UNSET
    uri: Maybe[str] = UNSET
