"""The account (``GET /account``) and its settings."""

from __future__ import annotations

from typing import ClassVar

import attrs

from .._datetime import Timestamp
from ._base import ALWAYS_SENT, UNSET, GorgiasModel, Json, Maybe

__all__ = ["Account", "AccountSetting", "AccountStatus"]


@attrs.frozen(kw_only=True, repr=False, slots=False, eq=False)
class AccountSetting(GorgiasModel):
    """One account-wide setting: ``type`` (e.g. ``business-hours``) and free-form ``data``."""

    _repr_fields: ClassVar[tuple[str, ...]] = ("id", "type")

    id: Maybe[int] = UNSET
    type: str = ALWAYS_SENT
    data: Maybe[Json] = UNSET


@attrs.frozen(kw_only=True, repr=False, slots=False, eq=False)
class AccountStatus(GorgiasModel):
    """The account's status object (``{"status": "active"}``)."""

    _repr_fields: ClassVar[tuple[str, ...]] = ("status",)

    status: Maybe[str] = UNSET


@attrs.frozen(kw_only=True, repr=False, slots=False, eq=False)
class Account(GorgiasModel):
    """A Gorgias helpdesk account."""

    _repr_fields: ClassVar[tuple[str, ...]] = ("domain",)

    domain: Maybe[str] = UNSET
    created_datetime: Maybe[Timestamp] = UNSET
    deactivated_datetime: Maybe[Timestamp] = UNSET
    settings: Maybe[tuple[AccountSetting, ...]] = UNSET
    status: Maybe[AccountStatus] = UNSET
