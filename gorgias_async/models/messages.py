"""Ticket messages (``/tickets/{id}/messages``, ``/messages``) and their parts."""

from __future__ import annotations

from typing import ClassVar

import attrs

from .._datetime import Timestamp
from ._base import ALWAYS_SENT, INT_FROM_STR_FIELD, UNSET, GorgiasModel, Json, Maybe, json_key
from .common import Ref

__all__ = [
    "Attachment",
    "MessageParticipant",
    "MessageSource",
    "SourceAddress",
    "TicketMessage",
]


@attrs.frozen(kw_only=True, repr=False, slots=False, eq=False)
class Attachment(GorgiasModel):
    """A file attached to a message (the objects ``POST /upload`` returns, plus ``public``).

    The server's own ``extra`` key is :attr:`extra_` (``extra`` holds unknown keys).
    ``size`` sent as a decimal string is read as an ``int`` and written back as a string.
    """

    _repr_fields: ClassVar[tuple[str, ...]] = ("name", "content_type")

    url: str = ALWAYS_SENT
    name: str = ALWAYS_SENT
    size: int | None = attrs.field(default=ALWAYS_SENT, metadata=INT_FROM_STR_FIELD)
    content_type: str = ALWAYS_SENT
    public: bool = ALWAYS_SENT
    extra_: Maybe[Json] = attrs.field(default=UNSET, metadata=json_key("extra"))


@attrs.frozen(kw_only=True, repr=False, slots=False, eq=False)
class SourceAddress(GorgiasModel):
    """An address in a message's ``source`` (email address, phone number, page id…)."""

    _repr_fields: ClassVar[tuple[str, ...]] = ("name", "address")

    id: Maybe[int] = UNSET
    name: str | None = ALWAYS_SENT
    address: str = ALWAYS_SENT


@attrs.frozen(kw_only=True, repr=False, slots=False, eq=False)
class MessageSource(GorgiasModel):
    """Where a message came from and went to; the JSON key ``from`` is :attr:`from_`."""

    _repr_fields: ClassVar[tuple[str, ...]] = ("type", "from_")

    type: Maybe[str] = UNSET
    from_: Maybe[SourceAddress] = attrs.field(default=UNSET, metadata=json_key("from"))
    to: Maybe[tuple[SourceAddress, ...]] = UNSET
    cc: Maybe[tuple[SourceAddress, ...]] = UNSET
    bcc: Maybe[tuple[SourceAddress, ...]] = UNSET
    extra_: Maybe[Json] = attrs.field(default=UNSET, metadata=json_key("extra"))


@attrs.frozen(kw_only=True, repr=False, slots=False, eq=False)
class MessageParticipant(GorgiasModel):
    """A message's ``sender`` or ``receiver``: a customer or a user summary."""

    _repr_fields: ClassVar[tuple[str, ...]] = ("id", "name")

    id: int = ALWAYS_SENT
    email: str = ALWAYS_SENT
    name: str = ALWAYS_SENT
    firstname: str = ALWAYS_SENT
    lastname: str = ALWAYS_SENT
    meta: Maybe[Json] = UNSET


@attrs.frozen(kw_only=True, repr=False, slots=False, eq=False)
class TicketMessage(GorgiasModel):
    """A message of a ticket (email, chat, SMS, comment, internal note…).

    ``channel`` and ``via`` are plain strings: Gorgias adds channels over time.
    """

    _repr_fields: ClassVar[tuple[str, ...]] = ("id", "ticket_id", "channel", "from_agent")

    id: int
    uri: str = ALWAYS_SENT
    ticket_id: Maybe[int] = UNSET
    external_id: Maybe[str] = UNSET
    message_id: Maybe[str] = UNSET
    channel: str = ALWAYS_SENT
    via: str = ALWAYS_SENT
    from_agent: bool = ALWAYS_SENT
    public: Maybe[bool] = UNSET
    sender: MessageParticipant = ALWAYS_SENT
    receiver: Maybe[MessageParticipant] = UNSET
    source: Maybe[MessageSource] = UNSET
    subject: Maybe[str] = UNSET
    body_text: Maybe[str] = UNSET
    body_html: Maybe[str] = UNSET
    stripped_text: Maybe[str] = UNSET
    stripped_html: Maybe[str] = UNSET
    stripped_signature: Maybe[str] = UNSET
    attachments: Maybe[tuple[Attachment, ...]] = UNSET
    integration_id: Maybe[int] = UNSET
    rule_id: Maybe[int] = UNSET
    macros: Maybe[tuple[Ref, ...]] = UNSET
    actions: Maybe[Json] = UNSET
    meta: Maybe[Json] = UNSET
    headers: Maybe[Json] = UNSET
    last_sending_error: Maybe[Json] = UNSET
    created_datetime: Timestamp = ALWAYS_SENT
    sent_datetime: Maybe[Timestamp] = UNSET
    failed_datetime: Maybe[Timestamp] = UNSET
    opened_datetime: Maybe[Timestamp] = UNSET
    deleted_datetime: Maybe[Timestamp] = UNSET
