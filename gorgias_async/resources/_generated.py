"""The client's services, as the catalog declares them — GENERATED, do not edit.

Written by ``python tools/gen_sync.py`` from :mod:`gorgias_async.resources._catalog`
(``--check`` in CI fails when this file is stale): for each service with a list, its
``order_by`` values, its filters and its class — the methods of its own module, bulk
writes, the standard verbs its row names, and typed ``list`` / ``fetch_pages`` /
``fetch_all``; then the client's typed service attributes and the types of ``walk``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping, Sequence
from datetime import datetime
from typing import Literal, Required, TypeAlias, TypedDict, Unpack

from .._pagination import OnPage, Page
from ..models import (
    Customer,
    CustomField,
    Event,
    Integration,
    Job,
    Macro,
    Rule,
    SatisfactionSurvey,
    Tag,
    Team,
    Ticket,
    TicketMessage,
    User,
    View,
    VoiceCall,
    VoiceCallEvent,
    VoiceCallRecording,
    Widget,
)
from ._base import Choice, Requester
from ._bulk import BulkWrites
from ._verbs import Creatable, Deletable, Gettable, Updatable
from .account import AccountService
from .custom_fields import CustomFieldsSpecials
from .customers import CustomersSpecials
from .events import EventsSpecials
from .files import Files
from .jobs import JobsSpecials
from .macros import MacrosSpecials
from .messages import MessagesSpecials
from .rules import RulesSpecials
from .search import Search, Statistics
from .tags import TagsSpecials
from .tickets import TicketsSpecials
from .users import UsersSpecials
from .views import ViewsSpecials

__all__ = [
    "AccountService",
    "Files",
    "Search",
    "Statistics",
    "Tickets",
    "TicketsFilters",
    "Messages",
    "MessagesFilters",
    "Customers",
    "CustomersFilters",
    "Events",
    "EventsFilters",
    "Users",
    "UsersFilters",
    "Teams",
    "TeamsFilters",
    "Tags",
    "TagsFilters",
    "Views",
    "ViewsFilters",
    "Macros",
    "MacrosFilters",
    "Rules",
    "RulesFilters",
    "Integrations",
    "IntegrationsFilters",
    "Widgets",
    "WidgetsFilters",
    "SatisfactionSurveys",
    "SatisfactionSurveysFilters",
    "CustomFields",
    "CustomFieldsFilters",
    "Jobs",
    "JobsFilters",
    "VoiceCalls",
    "VoiceCallsFilters",
    "VoiceCallEvents",
    "VoiceCallEventsFilters",
    "VoiceCallRecordings",
    "VoiceCallRecordingsFilters",
    "TicketsOrder",
    "MessagesOrder",
    "CustomersOrder",
    "EventsOrder",
    "UsersOrder",
    "TeamsOrder",
    "TagsOrder",
    "ViewsOrder",
    "MacrosOrder",
    "RulesOrder",
    "IntegrationsOrder",
    "WidgetsOrder",
    "SatisfactionSurveysOrder",
    "CustomFieldsOrder",
    "JobsOrder",
    "ServiceAttributes",
    "StreamItem",
    "StreamName",
]


TicketsOrder = Literal[
    "created_datetime:asc", "created_datetime:desc", "updated_datetime:asc", "updated_datetime:desc"
]


class TicketsFilters(TypedDict, total=False):
    """Filters of ``GET /tickets``."""

    order_by: TicketsOrder
    customer_id: int
    external_id: str
    view_id: int
    rule_id: int
    ticket_ids: Sequence[int]


class Tickets(
    TicketsSpecials,
    BulkWrites[Ticket],
    Gettable[Ticket],
    Creatable[Ticket],
    Updatable[Ticket],
    Deletable[Ticket],
):
    """Tickets (``/tickets``), with their tags and custom field values.

    Many tickets given the same change are best updated or deleted as server-side jobs:
    ``bulk_update(records, via="job")``, ``bulk_delete(ids, via="job")`` and
    :meth:`bulk_apply_macro`.
    """

    path = "/tickets"
    model = Ticket
    orders = (
        "created_datetime:asc",
        "created_datetime:desc",
        "updated_datetime:asc",
        "updated_datetime:desc",
    )
    filters = TicketsFilters
    findable = True
    labels = ("subject", "customer.name", "customer.email")

    async def list(
        self, *, limit: int = 30, cursor: str | None = None, **filters: Unpack[TicketsFilters]
    ) -> Page[Ticket]:
        """One page of tickets (``limit`` 1–100)."""
        return await self._list(limit, cursor, filters)

    async def choices(
        self, *, limit: int = 100, cursor: str | None = None, **filters: Unpack[TicketsFilters]
    ) -> Page[Choice]:
        """One page of ``(id, label)`` pairs of tickets, for a picklist.

        Label: ``subject``, else ``customer.name``, else ``customer.email``
        (on one line, cut at 80 characters; ``#<id>`` when none is set).
        ``limit`` 1–100, any filter of :meth:`list`; ``page.next()`` (or
        ``cursor=page.next_cursor``) for the following page.
        """
        return await self._choices(limit, cursor, filters)

    def fetch_pages(
        self,
        *,
        page_size: int = 100,
        start_cursor: str | None = None,
        on_page: OnPage | None = None,
        prefetch: int = 1,
        **filters: Unpack[TicketsFilters],
    ) -> AsyncIterator[Page[Ticket]]:
        """Every page of tickets, the next prefetched while you work on this one."""
        return self._pages(
            filters,
            page_size=page_size,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
        )

    def fetch_all(
        self,
        *,
        page_size: int = 100,
        max_items: int | None = None,
        start_cursor: str | None = None,
        on_page: OnPage | None = None,
        prefetch: int = 1,
        **filters: Unpack[TicketsFilters],
    ) -> AsyncIterator[Ticket]:
        """Every item matching ``filters``; ``on_page`` sees each page's cursors."""
        return self._all(
            filters,
            page_size=page_size,
            max_items=max_items,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
        )


MessagesOrder = Literal["created_datetime:asc", "created_datetime:desc"]


class MessagesFilters(TypedDict, total=False):
    """Filters of ``GET /messages``."""

    order_by: MessagesOrder
    ticket_id: int


class Messages(MessagesSpecials, BulkWrites[TicketMessage]):
    """Ticket messages: listed globally (``/messages``), addressed through their ticket.

    ``client.messages.list()`` walks every message of the account in one cursor (what an
    export needs: no request per ticket); ``list(ticket_id=…)`` one ticket's messages.
    """

    path = "/messages"
    model = TicketMessage
    orders = ("created_datetime:asc", "created_datetime:desc")
    filters = MessagesFilters
    labels = ("stripped_text", "body_text", "subject")

    async def list(
        self, *, limit: int = 30, cursor: str | None = None, **filters: Unpack[MessagesFilters]
    ) -> Page[TicketMessage]:
        """One page of messages (``limit`` 1–100)."""
        return await self._list(limit, cursor, filters)

    async def choices(
        self, *, limit: int = 100, cursor: str | None = None, **filters: Unpack[MessagesFilters]
    ) -> Page[Choice]:
        """One page of ``(id, label)`` pairs of messages, for a picklist.

        Label: ``stripped_text``, else ``body_text``, else ``subject``
        (on one line, cut at 80 characters; ``#<id>`` when none is set).
        ``limit`` 1–100, any filter of :meth:`list`; ``page.next()`` (or
        ``cursor=page.next_cursor``) for the following page.
        """
        return await self._choices(limit, cursor, filters)

    def fetch_pages(
        self,
        *,
        page_size: int = 100,
        start_cursor: str | None = None,
        on_page: OnPage | None = None,
        prefetch: int = 1,
        **filters: Unpack[MessagesFilters],
    ) -> AsyncIterator[Page[TicketMessage]]:
        """Every page of messages, the next prefetched while you work on this one."""
        return self._pages(
            filters,
            page_size=page_size,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
        )

    def fetch_all(
        self,
        *,
        page_size: int = 100,
        max_items: int | None = None,
        start_cursor: str | None = None,
        on_page: OnPage | None = None,
        prefetch: int = 1,
        **filters: Unpack[MessagesFilters],
    ) -> AsyncIterator[TicketMessage]:
        """Every item matching ``filters``; ``on_page`` sees each page's cursors."""
        return self._all(
            filters,
            page_size=page_size,
            max_items=max_items,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
        )


CustomersOrder = Literal[
    "created_datetime:asc", "created_datetime:desc", "updated_datetime:asc", "updated_datetime:desc"
]


class CustomersFilters(TypedDict, total=False):
    """Filters of ``GET /customers``."""

    order_by: CustomersOrder
    id: int
    email: str
    external_id: str
    name: str
    language: str
    timezone: str
    view_id: int


class Customers(
    CustomersSpecials,
    BulkWrites[Customer],
    Gettable[Customer],
    Creatable[Customer],
    Updatable[Customer],
    Deletable[Customer],
):
    """Customers (``/customers``), their data, merges and custom field values."""

    path = "/customers"
    model = Customer
    orders = (
        "created_datetime:asc",
        "created_datetime:desc",
        "updated_datetime:asc",
        "updated_datetime:desc",
    )
    filters = CustomersFilters
    findable = True
    labels = ("name", "email")

    async def list(
        self, *, limit: int = 30, cursor: str | None = None, **filters: Unpack[CustomersFilters]
    ) -> Page[Customer]:
        """One page of customers (``limit`` 1–100)."""
        return await self._list(limit, cursor, filters)

    async def choices(
        self, *, limit: int = 100, cursor: str | None = None, **filters: Unpack[CustomersFilters]
    ) -> Page[Choice]:
        """One page of ``(id, label)`` pairs of customers, for a picklist.

        Label: ``name``, else ``email``
        (on one line, cut at 80 characters; ``#<id>`` when none is set).
        ``limit`` 1–100, any filter of :meth:`list`; ``page.next()`` (or
        ``cursor=page.next_cursor``) for the following page.
        """
        return await self._choices(limit, cursor, filters)

    def fetch_pages(
        self,
        *,
        page_size: int = 100,
        start_cursor: str | None = None,
        on_page: OnPage | None = None,
        prefetch: int = 1,
        **filters: Unpack[CustomersFilters],
    ) -> AsyncIterator[Page[Customer]]:
        """Every page of customers, the next prefetched while you work on this one."""
        return self._pages(
            filters,
            page_size=page_size,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
        )

    def fetch_all(
        self,
        *,
        page_size: int = 100,
        max_items: int | None = None,
        start_cursor: str | None = None,
        on_page: OnPage | None = None,
        prefetch: int = 1,
        **filters: Unpack[CustomersFilters],
    ) -> AsyncIterator[Customer]:
        """Every item matching ``filters``; ``on_page`` sees each page's cursors."""
        return self._all(
            filters,
            page_size=page_size,
            max_items=max_items,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
        )


EventsOrder = Literal["created_datetime", "created_datetime:asc", "created_datetime:desc"]


class EventsFilters(TypedDict, total=False):
    """Filters of ``GET /events``."""

    order_by: EventsOrder
    created_datetime: Mapping[str, datetime | str]
    object_id: int
    object_type: str
    types: Sequence[str]
    user_ids: Sequence[int]


class Events(EventsSpecials, Gettable[Event]):
    """Events (``/events``): what happened in the account, oldest or newest first."""

    path = "/events"
    model = Event
    orders = ("created_datetime", "created_datetime:asc", "created_datetime:desc")
    filters = EventsFilters
    labels = ("type",)

    async def list(
        self, *, limit: int = 30, cursor: str | None = None, **filters: Unpack[EventsFilters]
    ) -> Page[Event]:
        """One page of events (``limit`` 1–100)."""
        return await self._list(limit, cursor, filters)

    async def choices(
        self, *, limit: int = 100, cursor: str | None = None, **filters: Unpack[EventsFilters]
    ) -> Page[Choice]:
        """One page of ``(id, label)`` pairs of events, for a picklist.

        Label: ``type``
        (on one line, cut at 80 characters; ``#<id>`` when none is set).
        ``limit`` 1–100, any filter of :meth:`list`; ``page.next()`` (or
        ``cursor=page.next_cursor``) for the following page.
        """
        return await self._choices(limit, cursor, filters)

    def fetch_pages(
        self,
        *,
        page_size: int = 100,
        start_cursor: str | None = None,
        on_page: OnPage | None = None,
        prefetch: int = 1,
        **filters: Unpack[EventsFilters],
    ) -> AsyncIterator[Page[Event]]:
        """Every page of events, the next prefetched while you work on this one."""
        return self._pages(
            filters,
            page_size=page_size,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
        )

    def fetch_all(
        self,
        *,
        page_size: int = 100,
        max_items: int | None = None,
        start_cursor: str | None = None,
        on_page: OnPage | None = None,
        prefetch: int = 1,
        **filters: Unpack[EventsFilters],
    ) -> AsyncIterator[Event]:
        """Every item matching ``filters``; ``on_page`` sees each page's cursors."""
        return self._all(
            filters,
            page_size=page_size,
            max_items=max_items,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
        )


UsersOrder = Literal["created_datetime:asc", "created_datetime:desc", "name:asc", "name:desc"]


class UsersFilters(TypedDict, total=False):
    """Filters of ``GET /users``."""

    order_by: UsersOrder
    email: str
    external_id: str
    roles: Sequence[str]
    relationships: Sequence[str]


class Users(
    UsersSpecials,
    BulkWrites[User],
    Gettable[User],
    Creatable[User],
    Updatable[User],
    Deletable[User],
):
    """Users (``/users``): agents and admins; ``get(0)`` is the current user."""

    path = "/users"
    model = User
    orders = ("created_datetime:asc", "created_datetime:desc", "name:asc", "name:desc")
    filters = UsersFilters
    findable = True
    labels = ("name", "email")

    async def list(
        self, *, limit: int = 30, cursor: str | None = None, **filters: Unpack[UsersFilters]
    ) -> Page[User]:
        """One page of users (``limit`` 1–100)."""
        return await self._list(limit, cursor, filters)

    async def choices(
        self, *, limit: int = 100, cursor: str | None = None, **filters: Unpack[UsersFilters]
    ) -> Page[Choice]:
        """One page of ``(id, label)`` pairs of users, for a picklist.

        Label: ``name``, else ``email``
        (on one line, cut at 80 characters; ``#<id>`` when none is set).
        ``limit`` 1–100, any filter of :meth:`list`; ``page.next()`` (or
        ``cursor=page.next_cursor``) for the following page.
        """
        return await self._choices(limit, cursor, filters)

    def fetch_pages(
        self,
        *,
        page_size: int = 100,
        start_cursor: str | None = None,
        on_page: OnPage | None = None,
        prefetch: int = 1,
        **filters: Unpack[UsersFilters],
    ) -> AsyncIterator[Page[User]]:
        """Every page of users, the next prefetched while you work on this one."""
        return self._pages(
            filters,
            page_size=page_size,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
        )

    def fetch_all(
        self,
        *,
        page_size: int = 100,
        max_items: int | None = None,
        start_cursor: str | None = None,
        on_page: OnPage | None = None,
        prefetch: int = 1,
        **filters: Unpack[UsersFilters],
    ) -> AsyncIterator[User]:
        """Every item matching ``filters``; ``on_page`` sees each page's cursors."""
        return self._all(
            filters,
            page_size=page_size,
            max_items=max_items,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
        )


TeamsOrder = Literal["created_datetime:asc", "created_datetime:desc", "name:asc", "name:desc"]


class TeamsFilters(TypedDict, total=False):
    """Filters of ``GET /teams``."""

    order_by: TeamsOrder


class Teams(BulkWrites[Team], Gettable[Team], Creatable[Team], Updatable[Team], Deletable[Team]):
    """Teams (``/teams``)."""

    path = "/teams"
    model = Team
    orders = ("created_datetime:asc", "created_datetime:desc", "name:asc", "name:desc")
    filters = TeamsFilters

    async def list(
        self, *, limit: int = 30, cursor: str | None = None, **filters: Unpack[TeamsFilters]
    ) -> Page[Team]:
        """One page of teams (``limit`` 1–100)."""
        return await self._list(limit, cursor, filters)

    async def choices(
        self, *, limit: int = 100, cursor: str | None = None, **filters: Unpack[TeamsFilters]
    ) -> Page[Choice]:
        """One page of ``(id, label)`` pairs of teams, for a picklist.

        Label: ``name``
        (on one line, cut at 80 characters; ``#<id>`` when none is set).
        ``limit`` 1–100, any filter of :meth:`list`; ``page.next()`` (or
        ``cursor=page.next_cursor``) for the following page.
        """
        return await self._choices(limit, cursor, filters)

    def fetch_pages(
        self,
        *,
        page_size: int = 100,
        start_cursor: str | None = None,
        on_page: OnPage | None = None,
        prefetch: int = 1,
        **filters: Unpack[TeamsFilters],
    ) -> AsyncIterator[Page[Team]]:
        """Every page of teams, the next prefetched while you work on this one."""
        return self._pages(
            filters,
            page_size=page_size,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
        )

    def fetch_all(
        self,
        *,
        page_size: int = 100,
        max_items: int | None = None,
        start_cursor: str | None = None,
        on_page: OnPage | None = None,
        prefetch: int = 1,
        **filters: Unpack[TeamsFilters],
    ) -> AsyncIterator[Team]:
        """Every item matching ``filters``; ``on_page`` sees each page's cursors."""
        return self._all(
            filters,
            page_size=page_size,
            max_items=max_items,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
        )


TagsOrder = Literal[
    "created_datetime",
    "name",
    "usage",
    "created_datetime:asc",
    "created_datetime:desc",
    "name:asc",
    "name:desc",
    "usage:asc,name:asc",
    "usage:desc,name:desc",
]


class TagsFilters(TypedDict, total=False):
    """Filters of ``GET /tags``."""

    order_by: TagsOrder
    search: str


class Tags(
    TagsSpecials, BulkWrites[Tag], Gettable[Tag], Creatable[Tag], Updatable[Tag], Deletable[Tag]
):
    """Tags (``/tags``), deleted or merged several at once."""

    path = "/tags"
    model = Tag
    orders = (
        "created_datetime",
        "name",
        "usage",
        "created_datetime:asc",
        "created_datetime:desc",
        "name:asc",
        "name:desc",
        "usage:asc,name:asc",
        "usage:desc,name:desc",
    )
    filters = TagsFilters

    async def list(
        self, *, limit: int = 30, cursor: str | None = None, **filters: Unpack[TagsFilters]
    ) -> Page[Tag]:
        """One page of tags (``limit`` 1–100)."""
        return await self._list(limit, cursor, filters)

    async def choices(
        self, *, limit: int = 100, cursor: str | None = None, **filters: Unpack[TagsFilters]
    ) -> Page[Choice]:
        """One page of ``(id, label)`` pairs of tags, for a picklist.

        Label: ``name``
        (on one line, cut at 80 characters; ``#<id>`` when none is set).
        ``limit`` 1–100, any filter of :meth:`list`; ``page.next()`` (or
        ``cursor=page.next_cursor``) for the following page.
        """
        return await self._choices(limit, cursor, filters)

    def fetch_pages(
        self,
        *,
        page_size: int = 100,
        start_cursor: str | None = None,
        on_page: OnPage | None = None,
        prefetch: int = 1,
        **filters: Unpack[TagsFilters],
    ) -> AsyncIterator[Page[Tag]]:
        """Every page of tags, the next prefetched while you work on this one."""
        return self._pages(
            filters,
            page_size=page_size,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
        )

    def fetch_all(
        self,
        *,
        page_size: int = 100,
        max_items: int | None = None,
        start_cursor: str | None = None,
        on_page: OnPage | None = None,
        prefetch: int = 1,
        **filters: Unpack[TagsFilters],
    ) -> AsyncIterator[Tag]:
        """Every item matching ``filters``; ``on_page`` sees each page's cursors."""
        return self._all(
            filters,
            page_size=page_size,
            max_items=max_items,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
        )


ViewsOrder = Literal["created_datetime:asc", "created_datetime:desc"]


class ViewsFilters(TypedDict, total=False):
    """Filters of ``GET /views``."""

    order_by: ViewsOrder


class Views(
    ViewsSpecials,
    BulkWrites[View],
    Gettable[View],
    Creatable[View],
    Updatable[View],
    Deletable[View],
):
    """Views (``/views``), and the tickets each shows."""

    path = "/views"
    model = View
    orders = ("created_datetime:asc", "created_datetime:desc")
    filters = ViewsFilters

    async def list(
        self, *, limit: int = 30, cursor: str | None = None, **filters: Unpack[ViewsFilters]
    ) -> Page[View]:
        """One page of views (``limit`` 1–100)."""
        return await self._list(limit, cursor, filters)

    async def choices(
        self, *, limit: int = 100, cursor: str | None = None, **filters: Unpack[ViewsFilters]
    ) -> Page[Choice]:
        """One page of ``(id, label)`` pairs of views, for a picklist.

        Label: ``name``
        (on one line, cut at 80 characters; ``#<id>`` when none is set).
        ``limit`` 1–100, any filter of :meth:`list`; ``page.next()`` (or
        ``cursor=page.next_cursor``) for the following page.
        """
        return await self._choices(limit, cursor, filters)

    def fetch_pages(
        self,
        *,
        page_size: int = 100,
        start_cursor: str | None = None,
        on_page: OnPage | None = None,
        prefetch: int = 1,
        **filters: Unpack[ViewsFilters],
    ) -> AsyncIterator[Page[View]]:
        """Every page of views, the next prefetched while you work on this one."""
        return self._pages(
            filters,
            page_size=page_size,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
        )

    def fetch_all(
        self,
        *,
        page_size: int = 100,
        max_items: int | None = None,
        start_cursor: str | None = None,
        on_page: OnPage | None = None,
        prefetch: int = 1,
        **filters: Unpack[ViewsFilters],
    ) -> AsyncIterator[View]:
        """Every item matching ``filters``; ``on_page`` sees each page's cursors."""
        return self._all(
            filters,
            page_size=page_size,
            max_items=max_items,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
        )


MacrosOrder = Literal[
    "name",
    "name:asc",
    "name:desc",
    "created_datetime",
    "created_datetime:asc",
    "created_datetime:desc",
    "updated_datetime",
    "updated_datetime:asc",
    "updated_datetime:desc",
    "usage",
    "usage:asc",
    "usage:desc",
    "relevance",
    "relevance:asc",
    "relevance:desc",
    "language",
    "language:asc",
    "language:desc",
]


class MacrosFilters(TypedDict, total=False):
    """Filters of ``GET /macros``."""

    order_by: MacrosOrder
    tags: Sequence[str]
    languages: Sequence[str]
    search: str
    message_id: int
    ticket_id: int
    archived: bool


class Macros(
    MacrosSpecials,
    BulkWrites[Macro],
    Gettable[Macro],
    Creatable[Macro],
    Updatable[Macro],
    Deletable[Macro],
):
    """Macros (``/macros``), archived and unarchived several at once."""

    path = "/macros"
    model = Macro
    orders = (
        "name",
        "name:asc",
        "name:desc",
        "created_datetime",
        "created_datetime:asc",
        "created_datetime:desc",
        "updated_datetime",
        "updated_datetime:asc",
        "updated_datetime:desc",
        "usage",
        "usage:asc",
        "usage:desc",
        "relevance",
        "relevance:asc",
        "relevance:desc",
        "language",
        "language:asc",
        "language:desc",
    )
    filters = MacrosFilters

    async def list(
        self, *, limit: int = 30, cursor: str | None = None, **filters: Unpack[MacrosFilters]
    ) -> Page[Macro]:
        """One page of macros (``limit`` 1–100)."""
        return await self._list(limit, cursor, filters)

    async def choices(
        self, *, limit: int = 100, cursor: str | None = None, **filters: Unpack[MacrosFilters]
    ) -> Page[Choice]:
        """One page of ``(id, label)`` pairs of macros, for a picklist.

        Label: ``name``
        (on one line, cut at 80 characters; ``#<id>`` when none is set).
        ``limit`` 1–100, any filter of :meth:`list`; ``page.next()`` (or
        ``cursor=page.next_cursor``) for the following page.
        """
        return await self._choices(limit, cursor, filters)

    def fetch_pages(
        self,
        *,
        page_size: int = 100,
        start_cursor: str | None = None,
        on_page: OnPage | None = None,
        prefetch: int = 1,
        **filters: Unpack[MacrosFilters],
    ) -> AsyncIterator[Page[Macro]]:
        """Every page of macros, the next prefetched while you work on this one."""
        return self._pages(
            filters,
            page_size=page_size,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
        )

    def fetch_all(
        self,
        *,
        page_size: int = 100,
        max_items: int | None = None,
        start_cursor: str | None = None,
        on_page: OnPage | None = None,
        prefetch: int = 1,
        **filters: Unpack[MacrosFilters],
    ) -> AsyncIterator[Macro]:
        """Every item matching ``filters``; ``on_page`` sees each page's cursors."""
        return self._all(
            filters,
            page_size=page_size,
            max_items=max_items,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
        )


RulesOrder = Literal["created_datetime:asc", "created_datetime:desc"]


class RulesFilters(TypedDict, total=False):
    """Filters of ``GET /rules``."""

    order_by: RulesOrder


class Rules(
    RulesSpecials,
    BulkWrites[Rule],
    Gettable[Rule],
    Creatable[Rule],
    Updatable[Rule],
    Deletable[Rule],
):
    """Rules (``/rules``), and their priorities."""

    path = "/rules"
    model = Rule
    orders = ("created_datetime:asc", "created_datetime:desc")
    filters = RulesFilters

    async def list(
        self, *, limit: int = 100, cursor: str | None = None, **filters: Unpack[RulesFilters]
    ) -> Page[Rule]:
        """One page of rules (``limit`` 1–100)."""
        return await self._list(limit, cursor, filters)

    async def choices(
        self, *, limit: int = 100, cursor: str | None = None, **filters: Unpack[RulesFilters]
    ) -> Page[Choice]:
        """One page of ``(id, label)`` pairs of rules, for a picklist.

        Label: ``name``
        (on one line, cut at 80 characters; ``#<id>`` when none is set).
        ``limit`` 1–100, any filter of :meth:`list`; ``page.next()`` (or
        ``cursor=page.next_cursor``) for the following page.
        """
        return await self._choices(limit, cursor, filters)

    def fetch_pages(
        self,
        *,
        page_size: int = 100,
        start_cursor: str | None = None,
        on_page: OnPage | None = None,
        prefetch: int = 1,
        **filters: Unpack[RulesFilters],
    ) -> AsyncIterator[Page[Rule]]:
        """Every page of rules, the next prefetched while you work on this one."""
        return self._pages(
            filters,
            page_size=page_size,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
        )

    def fetch_all(
        self,
        *,
        page_size: int = 100,
        max_items: int | None = None,
        start_cursor: str | None = None,
        on_page: OnPage | None = None,
        prefetch: int = 1,
        **filters: Unpack[RulesFilters],
    ) -> AsyncIterator[Rule]:
        """Every item matching ``filters``; ``on_page`` sees each page's cursors."""
        return self._all(
            filters,
            page_size=page_size,
            max_items=max_items,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
        )


IntegrationsOrder = Literal["created_datetime:asc", "created_datetime:desc"]


class IntegrationsFilters(TypedDict, total=False):
    """Filters of ``GET /integrations``."""

    order_by: IntegrationsOrder
    type: str


class Integrations(
    BulkWrites[Integration],
    Gettable[Integration],
    Creatable[Integration],
    Updatable[Integration],
    Deletable[Integration],
):
    """Integrations (``/integrations``)."""

    path = "/integrations"
    model = Integration
    orders = ("created_datetime:asc", "created_datetime:desc")
    filters = IntegrationsFilters

    async def list(
        self, *, limit: int = 30, cursor: str | None = None, **filters: Unpack[IntegrationsFilters]
    ) -> Page[Integration]:
        """One page of integrations (``limit`` 1–100)."""
        return await self._list(limit, cursor, filters)

    async def choices(
        self, *, limit: int = 100, cursor: str | None = None, **filters: Unpack[IntegrationsFilters]
    ) -> Page[Choice]:
        """One page of ``(id, label)`` pairs of integrations, for a picklist.

        Label: ``name``
        (on one line, cut at 80 characters; ``#<id>`` when none is set).
        ``limit`` 1–100, any filter of :meth:`list`; ``page.next()`` (or
        ``cursor=page.next_cursor``) for the following page.
        """
        return await self._choices(limit, cursor, filters)

    def fetch_pages(
        self,
        *,
        page_size: int = 100,
        start_cursor: str | None = None,
        on_page: OnPage | None = None,
        prefetch: int = 1,
        **filters: Unpack[IntegrationsFilters],
    ) -> AsyncIterator[Page[Integration]]:
        """Every page of integrations, the next prefetched while you work on this one."""
        return self._pages(
            filters,
            page_size=page_size,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
        )

    def fetch_all(
        self,
        *,
        page_size: int = 100,
        max_items: int | None = None,
        start_cursor: str | None = None,
        on_page: OnPage | None = None,
        prefetch: int = 1,
        **filters: Unpack[IntegrationsFilters],
    ) -> AsyncIterator[Integration]:
        """Every item matching ``filters``; ``on_page`` sees each page's cursors."""
        return self._all(
            filters,
            page_size=page_size,
            max_items=max_items,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
        )


WidgetsOrder = Literal["created_datetime:asc", "created_datetime:desc", "order:asc", "order:desc"]


class WidgetsFilters(TypedDict, total=False):
    """Filters of ``GET /widgets``."""

    order_by: WidgetsOrder
    integration_id: int
    app_id: str


class Widgets(
    BulkWrites[Widget], Gettable[Widget], Creatable[Widget], Updatable[Widget], Deletable[Widget]
):
    """Widgets (``/widgets``)."""

    path = "/widgets"
    model = Widget
    orders = ("created_datetime:asc", "created_datetime:desc", "order:asc", "order:desc")
    filters = WidgetsFilters
    labels = ("type", "context")

    async def list(
        self, *, limit: int = 30, cursor: str | None = None, **filters: Unpack[WidgetsFilters]
    ) -> Page[Widget]:
        """One page of widgets (``limit`` 1–100)."""
        return await self._list(limit, cursor, filters)

    async def choices(
        self, *, limit: int = 100, cursor: str | None = None, **filters: Unpack[WidgetsFilters]
    ) -> Page[Choice]:
        """One page of ``(id, label)`` pairs of widgets, for a picklist.

        Label: ``type``, else ``context``
        (on one line, cut at 80 characters; ``#<id>`` when none is set).
        ``limit`` 1–100, any filter of :meth:`list`; ``page.next()`` (or
        ``cursor=page.next_cursor``) for the following page.
        """
        return await self._choices(limit, cursor, filters)

    def fetch_pages(
        self,
        *,
        page_size: int = 100,
        start_cursor: str | None = None,
        on_page: OnPage | None = None,
        prefetch: int = 1,
        **filters: Unpack[WidgetsFilters],
    ) -> AsyncIterator[Page[Widget]]:
        """Every page of widgets, the next prefetched while you work on this one."""
        return self._pages(
            filters,
            page_size=page_size,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
        )

    def fetch_all(
        self,
        *,
        page_size: int = 100,
        max_items: int | None = None,
        start_cursor: str | None = None,
        on_page: OnPage | None = None,
        prefetch: int = 1,
        **filters: Unpack[WidgetsFilters],
    ) -> AsyncIterator[Widget]:
        """Every item matching ``filters``; ``on_page`` sees each page's cursors."""
        return self._all(
            filters,
            page_size=page_size,
            max_items=max_items,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
        )


SatisfactionSurveysOrder = Literal["created_datetime:asc", "created_datetime:desc"]


class SatisfactionSurveysFilters(TypedDict, total=False):
    """Filters of ``GET /satisfaction-surveys``."""

    order_by: SatisfactionSurveysOrder


class SatisfactionSurveys(
    BulkWrites[SatisfactionSurvey],
    Gettable[SatisfactionSurvey],
    Creatable[SatisfactionSurvey],
    Updatable[SatisfactionSurvey],
):
    """Satisfaction surveys (``/satisfaction-surveys``)."""

    path = "/satisfaction-surveys"
    model = SatisfactionSurvey
    orders = ("created_datetime:asc", "created_datetime:desc")
    filters = SatisfactionSurveysFilters
    labels = ("body_text", "score")

    async def list(
        self,
        *,
        limit: int = 30,
        cursor: str | None = None,
        **filters: Unpack[SatisfactionSurveysFilters],
    ) -> Page[SatisfactionSurvey]:
        """One page of satisfaction surveys (``limit`` 1–100)."""
        return await self._list(limit, cursor, filters)

    async def choices(
        self,
        *,
        limit: int = 100,
        cursor: str | None = None,
        **filters: Unpack[SatisfactionSurveysFilters],
    ) -> Page[Choice]:
        """One page of ``(id, label)`` pairs of satisfaction surveys, for a picklist.

        Label: ``body_text``, else ``score``
        (on one line, cut at 80 characters; ``#<id>`` when none is set).
        ``limit`` 1–100, any filter of :meth:`list`; ``page.next()`` (or
        ``cursor=page.next_cursor``) for the following page.
        """
        return await self._choices(limit, cursor, filters)

    def fetch_pages(
        self,
        *,
        page_size: int = 100,
        start_cursor: str | None = None,
        on_page: OnPage | None = None,
        prefetch: int = 1,
        **filters: Unpack[SatisfactionSurveysFilters],
    ) -> AsyncIterator[Page[SatisfactionSurvey]]:
        """Every page of satisfaction surveys, the next prefetched while you work on this one."""
        return self._pages(
            filters,
            page_size=page_size,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
        )

    def fetch_all(
        self,
        *,
        page_size: int = 100,
        max_items: int | None = None,
        start_cursor: str | None = None,
        on_page: OnPage | None = None,
        prefetch: int = 1,
        **filters: Unpack[SatisfactionSurveysFilters],
    ) -> AsyncIterator[SatisfactionSurvey]:
        """Every item matching ``filters``; ``on_page`` sees each page's cursors."""
        return self._all(
            filters,
            page_size=page_size,
            max_items=max_items,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
        )


CustomFieldsOrder = Literal["priority:asc", "priority:desc"]


class CustomFieldsFilters(TypedDict, total=False):
    """Filters of ``GET /custom-fields``."""

    order_by: CustomFieldsOrder
    object_type: Required[Literal["Ticket", "Customer"]]
    search: str
    archived: bool


class CustomFields(
    CustomFieldsSpecials,
    BulkWrites[CustomField],
    Gettable[CustomField],
    Creatable[CustomField],
    Updatable[CustomField],
):
    """Custom fields (``/custom-fields``): ticket and customer field definitions."""

    path = "/custom-fields"
    model = CustomField
    orders = ("priority:asc", "priority:desc")
    filters = CustomFieldsFilters
    labels = ("label",)

    async def list(
        self, *, limit: int = 30, cursor: str | None = None, **filters: Unpack[CustomFieldsFilters]
    ) -> Page[CustomField]:
        """One page of custom fields (``object_type`` required; ``limit`` 1–100)."""
        return await self._list(limit, cursor, filters)

    async def choices(
        self, *, limit: int = 100, cursor: str | None = None, **filters: Unpack[CustomFieldsFilters]
    ) -> Page[Choice]:
        """One page of ``(id, label)`` pairs of custom fields, for a picklist.

        Label: ``label``
        (on one line, cut at 80 characters; ``#<id>`` when none is set).
        ``object_type`` required; ``limit`` 1–100, any filter of :meth:`list`; ``page.next()`` (or
        ``cursor=page.next_cursor``) for the following page.
        """
        return await self._choices(limit, cursor, filters)

    def fetch_pages(
        self,
        *,
        page_size: int = 100,
        start_cursor: str | None = None,
        on_page: OnPage | None = None,
        prefetch: int = 1,
        **filters: Unpack[CustomFieldsFilters],
    ) -> AsyncIterator[Page[CustomField]]:
        """Every page of custom fields, the next prefetched while you work on this one."""
        return self._pages(
            filters,
            page_size=page_size,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
        )

    def fetch_all(
        self,
        *,
        page_size: int = 100,
        max_items: int | None = None,
        start_cursor: str | None = None,
        on_page: OnPage | None = None,
        prefetch: int = 1,
        **filters: Unpack[CustomFieldsFilters],
    ) -> AsyncIterator[CustomField]:
        """Every item matching ``filters``; ``on_page`` sees each page's cursors."""
        return self._all(
            filters,
            page_size=page_size,
            max_items=max_items,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
        )


JobsOrder = Literal["created_datetime:asc", "created_datetime:desc"]


class JobsFilters(TypedDict, total=False):
    """Filters of ``GET /jobs``."""

    order_by: JobsOrder
    status: str
    type: str


class Jobs(JobsSpecials, BulkWrites[Job], Gettable[Job], Creatable[Job], Updatable[Job]):
    """Jobs (``/jobs``): bulk background jobs, cancelled rather than deleted."""

    path = "/jobs"
    model = Job
    orders = ("created_datetime:asc", "created_datetime:desc")
    filters = JobsFilters
    labels = ("type",)

    async def list(
        self, *, limit: int = 30, cursor: str | None = None, **filters: Unpack[JobsFilters]
    ) -> Page[Job]:
        """One page of jobs (``limit`` 1–100)."""
        return await self._list(limit, cursor, filters)

    async def choices(
        self, *, limit: int = 100, cursor: str | None = None, **filters: Unpack[JobsFilters]
    ) -> Page[Choice]:
        """One page of ``(id, label)`` pairs of jobs, for a picklist.

        Label: ``type``
        (on one line, cut at 80 characters; ``#<id>`` when none is set).
        ``limit`` 1–100, any filter of :meth:`list`; ``page.next()`` (or
        ``cursor=page.next_cursor``) for the following page.
        """
        return await self._choices(limit, cursor, filters)

    def fetch_pages(
        self,
        *,
        page_size: int = 100,
        start_cursor: str | None = None,
        on_page: OnPage | None = None,
        prefetch: int = 1,
        **filters: Unpack[JobsFilters],
    ) -> AsyncIterator[Page[Job]]:
        """Every page of jobs, the next prefetched while you work on this one."""
        return self._pages(
            filters,
            page_size=page_size,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
        )

    def fetch_all(
        self,
        *,
        page_size: int = 100,
        max_items: int | None = None,
        start_cursor: str | None = None,
        on_page: OnPage | None = None,
        prefetch: int = 1,
        **filters: Unpack[JobsFilters],
    ) -> AsyncIterator[Job]:
        """Every item matching ``filters``; ``on_page`` sees each page's cursors."""
        return self._all(
            filters,
            page_size=page_size,
            max_items=max_items,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
        )


class VoiceCallsFilters(TypedDict, total=False):
    """Filters of ``GET /phone/voice-calls``."""

    ticket_id: int


class VoiceCalls(Gettable[VoiceCall]):
    """Voice calls (``/phone/voice-calls``); ``.events`` and ``.recordings`` hang off it."""

    path = "/phone/voice-calls"
    model = VoiceCall
    orders = ()
    filters = VoiceCallsFilters
    labels = ("phone_number_source", "phone_number_destination")

    events: VoiceCallEvents
    recordings: VoiceCallRecordings

    def __init__(self, requester: Requester) -> None:
        super().__init__(requester)
        self.events = VoiceCallEvents(requester)
        self.recordings = VoiceCallRecordings(requester)

    async def list(
        self, *, limit: int = 30, cursor: str | None = None, **filters: Unpack[VoiceCallsFilters]
    ) -> Page[VoiceCall]:
        """One page of voice calls (``limit`` 1–100)."""
        return await self._list(limit, cursor, filters)

    async def choices(
        self, *, limit: int = 100, cursor: str | None = None, **filters: Unpack[VoiceCallsFilters]
    ) -> Page[Choice]:
        """One page of ``(id, label)`` pairs of voice calls, for a picklist.

        Label: ``phone_number_source``, else ``phone_number_destination``
        (on one line, cut at 80 characters; ``#<id>`` when none is set).
        ``limit`` 1–100, any filter of :meth:`list`; ``page.next()`` (or
        ``cursor=page.next_cursor``) for the following page.
        """
        return await self._choices(limit, cursor, filters)

    def fetch_pages(
        self,
        *,
        page_size: int = 100,
        start_cursor: str | None = None,
        on_page: OnPage | None = None,
        prefetch: int = 1,
        **filters: Unpack[VoiceCallsFilters],
    ) -> AsyncIterator[Page[VoiceCall]]:
        """Every page of voice calls, the next prefetched while you work on this one."""
        return self._pages(
            filters,
            page_size=page_size,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
        )

    def fetch_all(
        self,
        *,
        page_size: int = 100,
        max_items: int | None = None,
        start_cursor: str | None = None,
        on_page: OnPage | None = None,
        prefetch: int = 1,
        **filters: Unpack[VoiceCallsFilters],
    ) -> AsyncIterator[VoiceCall]:
        """Every item matching ``filters``; ``on_page`` sees each page's cursors."""
        return self._all(
            filters,
            page_size=page_size,
            max_items=max_items,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
        )


class VoiceCallEventsFilters(TypedDict, total=False):
    """Filters of ``GET /phone/voice-call-events``."""

    call_id: int


class VoiceCallEvents(Gettable[VoiceCallEvent]):
    """Voice call events (``/phone/voice-call-events``)."""

    path = "/phone/voice-call-events"
    model = VoiceCallEvent
    orders = ()
    filters = VoiceCallEventsFilters
    labels = ("type",)

    async def list(
        self,
        *,
        limit: int = 30,
        cursor: str | None = None,
        **filters: Unpack[VoiceCallEventsFilters],
    ) -> Page[VoiceCallEvent]:
        """One page of voice call events (``limit`` 1–100)."""
        return await self._list(limit, cursor, filters)

    async def choices(
        self,
        *,
        limit: int = 100,
        cursor: str | None = None,
        **filters: Unpack[VoiceCallEventsFilters],
    ) -> Page[Choice]:
        """One page of ``(id, label)`` pairs of voice call events, for a picklist.

        Label: ``type``
        (on one line, cut at 80 characters; ``#<id>`` when none is set).
        ``limit`` 1–100, any filter of :meth:`list`; ``page.next()`` (or
        ``cursor=page.next_cursor``) for the following page.
        """
        return await self._choices(limit, cursor, filters)

    def fetch_pages(
        self,
        *,
        page_size: int = 100,
        start_cursor: str | None = None,
        on_page: OnPage | None = None,
        prefetch: int = 1,
        **filters: Unpack[VoiceCallEventsFilters],
    ) -> AsyncIterator[Page[VoiceCallEvent]]:
        """Every page of voice call events, the next prefetched while you work on this one."""
        return self._pages(
            filters,
            page_size=page_size,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
        )

    def fetch_all(
        self,
        *,
        page_size: int = 100,
        max_items: int | None = None,
        start_cursor: str | None = None,
        on_page: OnPage | None = None,
        prefetch: int = 1,
        **filters: Unpack[VoiceCallEventsFilters],
    ) -> AsyncIterator[VoiceCallEvent]:
        """Every item matching ``filters``; ``on_page`` sees each page's cursors."""
        return self._all(
            filters,
            page_size=page_size,
            max_items=max_items,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
        )


class VoiceCallRecordingsFilters(TypedDict, total=False):
    """Filters of ``GET /phone/voice-call-recordings``."""

    call_id: int


class VoiceCallRecordings(
    BulkWrites[VoiceCallRecording], Gettable[VoiceCallRecording], Deletable[VoiceCallRecording]
):
    """Voice call recordings (``/phone/voice-call-recordings``)."""

    path = "/phone/voice-call-recordings"
    model = VoiceCallRecording
    orders = ()
    filters = VoiceCallRecordingsFilters
    labels = ("name", "url")

    async def list(
        self,
        *,
        limit: int = 30,
        cursor: str | None = None,
        **filters: Unpack[VoiceCallRecordingsFilters],
    ) -> Page[VoiceCallRecording]:
        """One page of voice call recordings (``limit`` 1–100)."""
        return await self._list(limit, cursor, filters)

    async def choices(
        self,
        *,
        limit: int = 100,
        cursor: str | None = None,
        **filters: Unpack[VoiceCallRecordingsFilters],
    ) -> Page[Choice]:
        """One page of ``(id, label)`` pairs of voice call recordings, for a picklist.

        Label: ``name``, else ``url``
        (on one line, cut at 80 characters; ``#<id>`` when none is set).
        ``limit`` 1–100, any filter of :meth:`list`; ``page.next()`` (or
        ``cursor=page.next_cursor``) for the following page.
        """
        return await self._choices(limit, cursor, filters)

    def fetch_pages(
        self,
        *,
        page_size: int = 100,
        start_cursor: str | None = None,
        on_page: OnPage | None = None,
        prefetch: int = 1,
        **filters: Unpack[VoiceCallRecordingsFilters],
    ) -> AsyncIterator[Page[VoiceCallRecording]]:
        """Every page of voice call recordings, the next prefetched while you work on this one."""
        return self._pages(
            filters,
            page_size=page_size,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
        )

    def fetch_all(
        self,
        *,
        page_size: int = 100,
        max_items: int | None = None,
        start_cursor: str | None = None,
        on_page: OnPage | None = None,
        prefetch: int = 1,
        **filters: Unpack[VoiceCallRecordingsFilters],
    ) -> AsyncIterator[VoiceCallRecording]:
        """Every item matching ``filters``; ``on_page`` sees each page's cursors."""
        return self._all(
            filters,
            page_size=page_size,
            max_items=max_items,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
        )


#: The services ``client.walk([...])`` walks by name (every service with a full list).
StreamName: TypeAlias = Literal[
    "tickets",
    "messages",
    "customers",
    "events",
    "users",
    "teams",
    "tags",
    "views",
    "macros",
    "rules",
    "integrations",
    "widgets",
    "satisfaction_surveys",
    "custom_fields",
    "jobs",
    "voice_calls",
]

#: What ``client.walk([...])`` yields: ``(name, item)`` with the item typed by the name, so
#: ``match pair: case ("tickets", ticket): ...`` (or ``if pair[0] == "tickets"``) narrows.
StreamItem: TypeAlias = (
    tuple[Literal["tickets"], Ticket]
    | tuple[Literal["messages"], TicketMessage]
    | tuple[Literal["customers"], Customer]
    | tuple[Literal["events"], Event]
    | tuple[Literal["users"], User]
    | tuple[Literal["teams"], Team]
    | tuple[Literal["tags"], Tag]
    | tuple[Literal["views"], View]
    | tuple[Literal["macros"], Macro]
    | tuple[Literal["rules"], Rule]
    | tuple[Literal["integrations"], Integration]
    | tuple[Literal["widgets"], Widget]
    | tuple[Literal["satisfaction_surveys"], SatisfactionSurvey]
    | tuple[Literal["custom_fields"], CustomField]
    | tuple[Literal["jobs"], Job]
    | tuple[Literal["voice_calls"], VoiceCall]
)


class ServiceAttributes:
    """The services of a client, as typed attributes (mixed into ``AsyncGorgias``)."""

    account: AccountService
    tickets: Tickets
    messages: Messages
    customers: Customers
    events: Events
    users: Users
    teams: Teams
    tags: Tags
    views: Views
    macros: Macros
    rules: Rules
    integrations: Integrations
    widgets: Widgets
    satisfaction_surveys: SatisfactionSurveys
    custom_fields: CustomFields
    jobs: Jobs
    files: Files
    voice_calls: VoiceCalls
    search: Search
    statistics: Statistics

    def _attach_services(self, requester: Requester) -> None:
        self.account = AccountService(requester)
        self.tickets = Tickets(requester)
        self.messages = Messages(requester)
        self.customers = Customers(requester)
        self.events = Events(requester)
        self.users = Users(requester)
        self.teams = Teams(requester)
        self.tags = Tags(requester)
        self.views = Views(requester)
        self.macros = Macros(requester)
        self.rules = Rules(requester)
        self.integrations = Integrations(requester)
        self.widgets = Widgets(requester)
        self.satisfaction_surveys = SatisfactionSurveys(requester)
        self.custom_fields = CustomFields(requester)
        self.jobs = Jobs(requester)
        self.files = Files(requester)
        self.voice_calls = VoiceCalls(requester)
        self.search = Search(requester)
        self.statistics = Statistics(requester)
