"""Satisfaction surveys (``/satisfaction-surveys``), also embedded in tickets."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from .._datetime import Timestamp
from ._base import ALWAYS_SENT, UNSET, FrozenDict, GorgiasModel, Maybe

__all__ = ["SatisfactionSurvey"]


@attrs.frozen(kw_only=True, repr=False, slots=False, eq=False)
class SatisfactionSurvey(GorgiasModel):
    """A customer satisfaction survey of one ticket; ``score`` 1–5 once answered."""

    _repr_fields: ClassVar[tuple[str, ...]] = ("id", "ticket_id", "score")

    id: int
    ticket_id: Maybe[int] = UNSET
    customer_id: Maybe[int] = UNSET
    score: Maybe[int] = UNSET
    body_text: Maybe[str] = UNSET
    meta: Maybe[FrozenDict[str, Any]] = UNSET
    created_datetime: Timestamp = ALWAYS_SENT
    scored_datetime: Maybe[Timestamp] = UNSET
    sent_datetime: Maybe[Timestamp] = UNSET
    should_send_datetime: Maybe[Timestamp] = UNSET
    updated_datetime: Maybe[Timestamp] = UNSET
    uri: str = ALWAYS_SENT
