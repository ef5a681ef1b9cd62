"""Statistics (``POST /stats/{name}``)."""

from __future__ import annotations

from typing import ClassVar

import attrs

from .._datetime import Timestamp
from ._base import ALWAYS_SENT, UNSET, GorgiasModel, Json, Maybe

__all__ = ["Statistic", "StatisticMeta"]


@attrs.frozen(kw_only=True, repr=False, slots=False, eq=False)
class StatisticMeta(GorgiasModel):
    """The period a statistic covers (and the previous one, for comparison)."""

    _repr_fields: ClassVar[tuple[str, ...]] = ("start_datetime", "end_datetime")

    start_datetime: Timestamp = ALWAYS_SENT
    end_datetime: Timestamp = ALWAYS_SENT
    previous_start_datetime: Maybe[Timestamp] = UNSET
    previous_end_datetime: Maybe[Timestamp] = UNSET


@attrs.frozen(kw_only=True, repr=False, slots=False, eq=False)
class Statistic(GorgiasModel):
    """A statistic's answer: free-form ``data`` (axes, lines…) and its period."""

    _repr_fields: ClassVar[tuple[str, ...]] = ("meta",)

    data: Maybe[Json] = UNSET
    meta: Maybe[StatisticMeta] = UNSET
