"""Integrations (``/integrations``), with the settings of an HTTP integration."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from .._datetime import Timestamp
from ._base import ALWAYS_SENT, UNSET, FrozenDict, GorgiasModel, Json, Maybe, json_key
from .common import Ref

__all__ = ["HttpIntegrationSettings", "HttpTriggers", "Integration"]


@attrs.frozen(kw_only=True, repr=False, slots=False, eq=False)
class HttpTriggers(GorgiasModel):
    """Which ticket events call an HTTP integration (JSON keys are hyphenated)."""

    _repr_fields: ClassVar[tuple[str, ...]] = ()

    ticket_created: Maybe[bool] = attrs.field(default=UNSET, metadata=json_key("ticket-created"))
    ticket_updated: Maybe[bool] = attrs.field(default=UNSET, metadata=json_key("ticket-updated"))
    ticket_message_created: Maybe[bool] = attrs.field(
        default=UNSET, metadata=json_key("ticket-message-created")
    )
    ticket_self_unsnoozed: Maybe[bool] = attrs.field(
        default=UNSET, metadata=json_key("ticket-self-unsnoozed")
    )


@attrs.frozen(kw_only=True, repr=False, slots=False, eq=False)
class HttpIntegrationSettings(GorgiasModel):
    """The ``http`` object of an HTTP integration; ``url``/``headers``/``form`` are templates.

    ``headers`` often hold a secret: ``repr`` shows only ``method`` and ``url``.
    """

    _repr_fields: ClassVar[tuple[str, ...]] = ("method", "url")

    id: Maybe[int] = UNSET
    url: str = ALWAYS_SENT
    method: Maybe[str] = UNSET
    headers: Maybe[FrozenDict[str, Any]] = UNSET
    form: Maybe[Json] = UNSET
    request_content_type: Maybe[str] = UNSET
    response_content_type: Maybe[str] = UNSET
    triggers: Maybe[HttpTriggers] = UNSET


@attrs.frozen(kw_only=True, repr=False, slots=False, eq=False)
class Integration(GorgiasModel):
    """An integration (``type`` ``http``, ``shopify``, ``email``…; a plain string)."""

    _repr_fields: ClassVar[tuple[str, ...]] = ("id", "name", "type")

    id: int
    name: str = ALWAYS_SENT
    type: Maybe[str] = UNSET
    description: Maybe[str] = UNSET
    http: Maybe[HttpIntegrationSettings] = UNSET
    meta: Maybe[Json] = UNSET
    user: Maybe[Ref] = UNSET
    application_id: Maybe[str] = UNSET
    created_datetime: Timestamp = ALWAYS_SENT
    updated_datetime: Maybe[Timestamp] = UNSET
    deactivated_datetime: Maybe[Timestamp] = UNSET
    locked_datetime: Maybe[Timestamp] = UNSET
    uri: str = ALWAYS_SENT
