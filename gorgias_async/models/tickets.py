"""Tickets (``/tickets``, view items) with their embedded objects."""

from __future__ import annotations

from typing import ClassVar

import attrs

from .._datetime import Timestamp
from ._base import ALWAYS_SENT, UNSET, FrozenDict, GorgiasModel, Json, Maybe
from .custom_fields import TicketFieldValue
from .customers import Customer
from .messages import TicketMessage
from .surveys import SatisfactionSurvey
from .tags import Tag
from .teams import Team
from .users import User

__all__ = ["Ticket", "TicketEvent"]


@attrs.frozen(kw_only=True, repr=False, slots=False, eq=False)
class TicketEvent(GorgiasModel):
    """An event embedded in a ticket (``GET /tickets/{id}``): ``type``, ``user``, ``data``."""

    _repr_fields: ClassVar[tuple[str, ...]] = ("id", "type")

    id: Maybe[int] = UNSET
    type: Maybe[str] = UNSET
    user: Maybe[User] = UNSET
    data: Maybe[Json] = UNSET
    object_id: Maybe[int] = UNSET
    object_type: Maybe[str] = UNSET
    created_datetime: Maybe[Timestamp] = UNSET
    uri: Maybe[str] = UNSET


@attrs.frozen(kw_only=True, repr=False, slots=False, eq=False)
class Ticket(GorgiasModel):
    """A ticket: a conversation between agents and one customer.

    In lists the ticket carries summaries (``customer``, ``assignee_user``, ``tags``);
    ``GET /tickets/{id}`` adds ``messages``, ``events``, ``custom_fields``… ``status``,
    ``priority``, ``channel`` and ``via`` are plain strings (new values never fail).
    ``custom_fields`` maps a field id (as a string) to its value.
    """

    _repr_fields: ClassVar[tuple[str, ...]] = ("id", "subject", "status")

    id: int
    uri: Maybe[str] = UNSET
    external_id: Maybe[str] = UNSET
    subject: str | None = ALWAYS_SENT
    status: str = ALWAYS_SENT
    priority: Maybe[str] = UNSET
    channel: str = ALWAYS_SENT
    via: Maybe[str] = UNSET
    language: Maybe[str] = UNSET
    from_agent: Maybe[bool] = UNSET
    spam: Maybe[bool] = UNSET
    is_unread: Maybe[bool] = UNSET
    excerpt: Maybe[str] = UNSET
    summary: Maybe[Json] = UNSET
    customer: Customer = ALWAYS_SENT
    assignee_user: User | None = ALWAYS_SENT
    assignee_team: Team | None = ALWAYS_SENT
    tags: tuple[Tag, ...] = ALWAYS_SENT
    messages: Maybe[tuple[TicketMessage, ...]] = UNSET
    messages_count: Maybe[int] = UNSET
    events: Maybe[tuple[TicketEvent, ...]] = UNSET
    custom_fields: Maybe[FrozenDict[str, TicketFieldValue]] = UNSET
    satisfaction_survey: Maybe[SatisfactionSurvey] = UNSET
    integrations: Maybe[Json] = UNSET
    meta: Maybe[Json] = UNSET
    reply_options: Maybe[Json] = UNSET
    created_datetime: Timestamp = ALWAYS_SENT
    opened_datetime: Maybe[Timestamp] = UNSET
    updated_datetime: Maybe[Timestamp] = UNSET
    last_message_datetime: Maybe[Timestamp] = UNSET
    last_received_message_datetime: Maybe[Timestamp] = UNSET
    closed_datetime: Maybe[Timestamp] = UNSET
    snooze_datetime: Maybe[Timestamp] = UNSET
    trashed_datetime: Maybe[Timestamp] = UNSET
