"""Jobs (``/jobs``): long-running bulk tasks."""

from __future__ import annotations

from typing import ClassVar

import attrs

from .._datetime import Timestamp
from ._base import ALWAYS_SENT, UNSET, GorgiasModel, Json, Maybe

__all__ = ["Job", "JobParams"]


@attrs.frozen(kw_only=True, repr=False, slots=False, eq=False)
class JobParams(GorgiasModel):
    """A job's parameters (which depend on its ``type``)."""

    _repr_fields: ClassVar[tuple[str, ...]] = ()

    ticket_ids: Maybe[tuple[int, ...]] = UNSET
    view_id: Maybe[int] = UNSET
    view: Maybe[Json] = UNSET
    macro_id: Maybe[int] = UNSET
    apply_and_close: Maybe[bool] = UNSET
    updates: Maybe[Json] = UNSET
    url: Maybe[str] = UNSET
    start_datetime: Maybe[Timestamp] = UNSET
    end_datetime: Maybe[Timestamp] = UNSET


@attrs.frozen(kw_only=True, repr=False, slots=False, eq=False)
class Job(GorgiasModel):
    """A job; poll ``status`` (a plain string: ``pending``, ``running``, ``done``…)."""

    _repr_fields: ClassVar[tuple[str, ...]] = ("id", "type", "status")

    id: int
    type: Maybe[str] = UNSET
    status: Maybe[str] = UNSET
    params: Maybe[JobParams] = UNSET
    info: Maybe[Json] = UNSET
    meta: Maybe[Json] = UNSET
    user_id: Maybe[int] = UNSET
    created_datetime: Timestamp = ALWAYS_SENT
    updated_datetime: Maybe[Timestamp] = UNSET
    scheduled_datetime: Maybe[Timestamp] = UNSET
    started_datetime: Maybe[Timestamp] = UNSET
    locked_datetime: Maybe[Timestamp] = UNSET
    ended_datetime: Maybe[Timestamp] = UNSET
    failed_datetime: Maybe[Timestamp] = UNSET
    cancel_requested_datetime: Maybe[Timestamp] = UNSET
    cancelled_datetime: Maybe[Timestamp] = UNSET
    uri: str = ALWAYS_SENT
