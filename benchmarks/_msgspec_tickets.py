"""The msgspec reference of the overhead benchmark: a ticket page decoded into Structs.

Shaped like the models' ticket (typed scalars, nested people and tags, real datetimes);
unknown keys are ignored, as msgspec does by default. Needs the ``bench`` extra.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import msgspec


class Person(msgspec.Struct):
    """A customer or user summary."""

    id: int
    email: str | None = None
    name: str | None = None
    firstname: str | None = None
    lastname: str | None = None
    external_id: str | None = None


class Tag(msgspec.Struct):
    """A tag inside a ticket."""

    id: int
    name: str
    decoration: dict[str, Any] | None = None


class Ticket(msgspec.Struct):
    """A ticket of a list page."""

    id: int
    status: str
    channel: str
    created_datetime: datetime
    customer: Person
    tags: list[Tag]
    subject: str | None = None
    assignee_user: Person | None = None
    assignee_team: dict[str, Any] | None = None
    uri: str | None = None
    external_id: str | None = None
    language: str | None = None
    priority: str | None = None
    via: str | None = None
    from_agent: bool | None = None
    spam: bool | None = None
    is_unread: bool | None = None
    excerpt: str | None = None
    integrations: list[Any] | None = None
    meta: dict[str, Any] | None = None
    messages_count: int | None = None
    updated_datetime: datetime | None = None
    opened_datetime: datetime | None = None
    last_message_datetime: datetime | None = None
    last_received_message_datetime: datetime | None = None
    closed_datetime: datetime | None = None
    snooze_datetime: datetime | None = None
    trashed_datetime: datetime | None = None


class Meta(msgspec.Struct):
    """A list page's cursors."""

    next_cursor: str | None = None


class Page(msgspec.Struct):
    """A list page."""

    data: list[Ticket]
    meta: Meta


_DECODER = msgspec.json.Decoder(Page)


def decode_page(body: bytes) -> tuple[list[Any], str | None]:
    """A page's tickets (as Structs) and its next cursor."""
    page = _DECODER.decode(body)
    return page.data, page.meta.next_cursor
