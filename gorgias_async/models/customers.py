"""Customers (``/customers``), also embedded (as a summary) in tickets."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from .._datetime import Timestamp
from ._base import ALWAYS_SENT, UNSET, FrozenDict, GorgiasModel, Json, Maybe
from .common import NamedRef

__all__ = ["Customer", "CustomerChannel"]


@attrs.frozen(kw_only=True, repr=False, slots=False, eq=False)
class CustomerChannel(GorgiasModel):
    """One way to reach a customer: ``type`` (email, phone, …) and ``address``."""

    _repr_fields: ClassVar[tuple[str, ...]] = ("id", "type", "address")

    id: int = ALWAYS_SENT
    type: str = ALWAYS_SENT
    address: str = ALWAYS_SENT
    preferred: bool = ALWAYS_SENT
    user: Maybe[NamedRef] = UNSET
    customer: Maybe[NamedRef] = UNSET
    created_datetime: Maybe[Timestamp] = UNSET
    updated_datetime: Maybe[Timestamp] = UNSET
    deleted_datetime: Maybe[Timestamp] = UNSET


@attrs.frozen(kw_only=True, repr=False, slots=False, eq=False)
class Customer(GorgiasModel):
    """A customer; inside a ticket only a summary (id, email, names…) is sent.

    ``integrations`` maps an integration id to the data that integration stored (an HTTP
    integration's JSON reply, Shopify orders…), ``data``/``meta`` are free-form.
    """

    _repr_fields: ClassVar[tuple[str, ...]] = ("id", "name", "email")

    id: int
    external_id: Maybe[str] = UNSET
    active: Maybe[bool] = UNSET
    email: Maybe[str] = UNSET
    name: Maybe[str] = UNSET
    firstname: Maybe[str] = UNSET
    lastname: Maybe[str] = UNSET
    language: Maybe[str] = UNSET
    timezone: Maybe[str] = UNSET
    note: Maybe[str] = UNSET
    channels: Maybe[tuple[CustomerChannel, ...]] = UNSET
    data: Maybe[Json] = UNSET
    meta: Maybe[Json] = UNSET
    customer: Maybe[Json] = UNSET
    integrations: Maybe[FrozenDict[str, Any]] = UNSET
    external_data: Maybe[Json] = UNSET
    ecommerce_data: Maybe[FrozenDict[str, Any]] = UNSET
    created_datetime: Maybe[Timestamp] = UNSET
    updated_datetime: Maybe[Timestamp] = UNSET
    deactivated_datetime: Maybe[Timestamp] = UNSET
    uri: Maybe[str] = UNSET
