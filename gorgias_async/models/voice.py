"""Phone: voice calls, their events and recordings (``/phone/...``)."""

from __future__ import annotations

from typing import ClassVar

import attrs

from .._datetime import Timestamp
from ._base import ALWAYS_SENT, UNSET, GorgiasModel, Json, Maybe

__all__ = ["VoiceCall", "VoiceCallEvent", "VoiceCallRecording"]


@attrs.frozen(kw_only=True, repr=False, slots=False, eq=False)
class VoiceCall(GorgiasModel):
    """A phone call; ``status`` and ``direction`` are plain strings."""

    _repr_fields: ClassVar[tuple[str, ...]] = ("id", "direction", "status")

    id: int
    integration_id: int = ALWAYS_SENT
    ticket_id: Maybe[int] = UNSET
    phone_number_id: Maybe[int] = UNSET
    external_id: str = ALWAYS_SENT
    provider: str = ALWAYS_SENT
    status: str = ALWAYS_SENT
    direction: str = ALWAYS_SENT
    phone_number_source: Maybe[str] = UNSET
    country_source: Maybe[str] = UNSET
    phone_number_destination: Maybe[str] = UNSET
    country_destination: Maybe[str] = UNSET
    duration: Maybe[int] = UNSET
    initiated_by_agent_id: Maybe[int] = UNSET
    last_answered_by_agent_id: Maybe[int] = UNSET
    customer_id: Maybe[int] = UNSET
    has_voicemail: Maybe[bool] = UNSET
    has_call_recording: Maybe[bool] = UNSET
    started_datetime: Maybe[Timestamp] = UNSET
    created_datetime: Timestamp = ALWAYS_SENT
    updated_datetime: Maybe[Timestamp] = UNSET


@attrs.frozen(kw_only=True, repr=False, slots=False, eq=False)
class VoiceCallRecording(GorgiasModel):
    """A call recording or a voicemail (``type``)."""

    _repr_fields: ClassVar[tuple[str, ...]] = ("id", "call_id", "type")

    id: int
    call_id: Maybe[int] = UNSET
    external_id: Maybe[str] = UNSET
    url: Maybe[str] = UNSET
    duration: Maybe[int] = UNSET
    type: Maybe[str] = UNSET
    error_code: Maybe[str] = UNSET
    deleted_by_user_id: Maybe[int] = UNSET
    created_datetime: Timestamp = ALWAYS_SENT
    deleted_datetime: Maybe[Timestamp] = UNSET


@attrs.frozen(kw_only=True, repr=False, slots=False, eq=False)
class VoiceCallEvent(GorgiasModel):
    """An event of a call (``phone-call-ringing``, ``completed-phone-call``…)."""

    _repr_fields: ClassVar[tuple[str, ...]] = ("id", "call_id", "type")

    id: int
    type: Maybe[str] = UNSET
    account_id: Maybe[int] = UNSET
    call_id: Maybe[int] = UNSET
    user_id: Maybe[int] = UNSET
    customer_id: Maybe[int] = UNSET
    meta: Maybe[Json] = UNSET
    created_datetime: Timestamp = ALWAYS_SENT
