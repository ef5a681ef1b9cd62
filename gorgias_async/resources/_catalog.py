"""Every service of the client, declared once: one row per service.

A row says what a service is — its attribute on the client, its path, its model, the
standard verbs it binds, its list's orders and filters, its own methods (``specials``:
the hand-written class of its module) — and how the bulk export writes it. From these
rows come:

- the service classes, their typed ``list`` / ``fetch_pages`` / ``fetch_all``, their
  filter ``TypedDict`` s, the client's typed attributes and the ``walk`` stream types:
  :mod:`._generated`, written by ``python tools/gen_sync.py`` (``--check`` in CI), which
  also writes their blocking twins;
- the export's streams (:data:`gorgias_async.export.STREAMS`), what ``gorgias-async
  import`` accepts, and the tests' lists of services.

Adding a resource is adding its model and a row here (its module only when it has
methods of its own), then running the generator.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any, Literal, Required, get_origin

import attrs

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
from ._base import Service
from .account import AccountSpecials
from .custom_fields import CustomFieldsSpecials
from .customers import CustomersSpecials
from .events import EventsSpecials
from .files import FilesSpecials
from .jobs import JobsSpecials
from .macros import MacrosSpecials
from .messages import MessagesSpecials
from .rules import RulesSpecials
from .search import SearchSpecials, StatisticsSpecials
from .tags import TagsSpecials
from .tickets import TicketsSpecials
from .users import UsersSpecials
from .views import ViewsSpecials

__all__ = ["BY_ATTRIBUTE", "CATALOG", "CRUD", "Entry", "Export"]

CRUD = frozenset({"get", "create", "update", "delete"})
GET = frozenset({"get"})
CREATED = ("created_datetime:asc", "created_datetime:desc")
UPDATED = ("updated_datetime:asc", "updated_datetime:desc")
NAME = ("name:asc", "name:desc")
USAGE_THEN_NAME = ("usage:asc,name:asc", "usage:desc,name:desc")
MACRO_FIELDS = ("name", "created_datetime", "updated_datetime", "usage", "relevance", "language")
WRITES = ("create", "update", "delete")


@attrs.frozen
class Export:
    """How the bulk export writes a resource (:mod:`gorgias_async.export`).

    Attributes:
        columns: the fields an analyst looks for, kept as their own typed columns (CSV,
            SQLite, Parquet, DuckDB) besides ``id`` and the whole record (a dot reaches into
            a nested object: ``customer.id``; types: :mod:`gorgias_async.export._columns`).
            Append, never reorder: files and tables of earlier runs keep their columns.
        name: the output name (default: the attribute).
        order_by: the order of a full walk (default: oldest first by creation, where the
            endpoint sorts so, so that records created during the run come last).
        params: fixed query parameters the walk needs.
        changes_by_creation: an incremental run looks for changes newest-first by creation
            time (records whose edits only show as events), not by update time.
        deleted_event: the event type that announces a deletion, if Gorgias sends one.
    """

    columns: tuple[str, ...] = ("created_datetime", "updated_datetime")
    name: str | None = None
    order_by: str | None = None
    params: Mapping[str, str] = attrs.field(factory=dict)
    changes_by_creation: bool = False
    deleted_event: str | None = None


@attrs.frozen
class Entry:
    """One service of the client.

    Attributes:
        attribute: where it hangs on the client (``tickets``, ``voice_calls.events``).
        cls: the class name of the service.
        path: its list endpoint (None: a service without one, written by hand whole).
        model: the model of its items.
        specials: the hand-written class of its own methods (for a service without a
            list, the service itself).
        verbs: the standard verbs it binds (:data:`._verbs.VERBS`).
        orders: the ``order_by`` values its list takes (none: it takes no ``order_by``).
        filters: its list's filters, name → type (``Required[...]`` for one it needs).
        default_limit: the page size of ``list()`` when none is given.
        export: how the bulk export writes it (None: not exported).
        importable: ``gorgias-async import`` writes it.
        labels: the fields its picklist labels come from, the first one set wins
            (``choices()``; a dot reaches into a nested object; none set: ``#<id>``).
    """

    attribute: str
    cls: str
    path: str | None = None
    model: type[Any] | None = None
    specials: type[Service] | None = None
    verbs: frozenset[str] = frozenset()
    orders: tuple[str, ...] = ()
    filters: Mapping[str, Any] = attrs.field(factory=dict)
    default_limit: int = 30
    export: Export | None = None
    importable: bool = False
    labels: tuple[str, ...] = ("name",)

    @property
    def listable(self) -> bool:
        """Whether it has a cursor-paged list (and so a generated class)."""
        return self.path is not None

    @property
    def required(self) -> tuple[str, ...]:
        """The filters a list needs (``Required[...]``)."""
        return tuple(name for name, hint in self.filters.items() if get_origin(hint) is Required)

    @property
    def findable(self) -> bool:
        """Whether an object can be looked up by ``external_id`` (bulk writes settle so)."""
        return "external_id" in self.filters

    @property
    def writes(self) -> bool:
        """Whether it creates, updates or deletes (and so has bulk writes)."""
        own = any(callable(getattr(self.specials, verb, None)) for verb in WRITES)
        return bool(self.verbs & set(WRITES)) or own

    @property
    def noun(self) -> str:
        """What its items are called in prose: ``VoiceCallEvents`` → ``voice call events``."""
        return " ".join(re.findall(r"[A-Z][a-z]*", self.cls)).lower()

    @property
    def export_name(self) -> str:
        """The export's name for it (``tickets.jsonl``, table ``tickets``)."""
        assert self.export is not None
        return self.export.name or self.attribute


CATALOG: tuple[Entry, ...] = (
    Entry("account", "AccountService", specials=AccountSpecials),
    Entry(
        "tickets",
        "Tickets",
        "/tickets",
        Ticket,
        TicketsSpecials,
        CRUD,
        CREATED + UPDATED,
        {
            "customer_id": int,
            "external_id": str,
            "view_id": int,
            "rule_id": int,
            "ticket_ids": Sequence[int],
            "trashed": bool,
        },
        export=Export(
            (
                "created_datetime",
                "updated_datetime",
                "status",
                "channel",
                "customer.id",
                "customer.email",
                "assignee_user.id",
                "assignee_team.id",
                "subject",
                "tags",
                "via",
                "priority",
                "language",
                "messages_count",
                "spam",
                "external_id",
                "opened_datetime",
                "closed_datetime",
                "last_message_datetime",
            ),
            deleted_event="ticket-deleted",
        ),
        importable=True,
        labels=("subject", "customer.name", "customer.email"),
    ),
    Entry(
        "messages",
        "Messages",
        "/messages",
        TicketMessage,
        MessagesSpecials,
        orders=CREATED,
        filters={"ticket_id": int},
        export=Export(
            (
                "created_datetime",
                "ticket_id",
                "channel",
                "from_agent",
                "via",
                "public",
                "sender.id",
                "sender.email",
                "receiver.id",
                "subject",
                "body_text",
                "sent_datetime",
                "integration_id",
            ),
            changes_by_creation=True,
            deleted_event="ticket-message-deleted",
        ),
        importable=True,
        labels=("stripped_text", "body_text", "subject"),
    ),
    Entry(
        "customers",
        "Customers",
        "/customers",
        Customer,
        CustomersSpecials,
        CRUD,
        CREATED + UPDATED,
        {
            "id": int,
            "email": str,
            "external_id": str,
            "name": str,
            "language": str,
            "timezone": str,
            "view_id": int,
            "channel_type": str,
            "channel_address": str,
        },
        export=Export(
            (
                "created_datetime",
                "updated_datetime",
                "email",
                "external_id",
                "name",
                "firstname",
                "lastname",
                "language",
                "timezone",
                "active",
            ),
            deleted_event="customer-deleted",
        ),
        importable=True,
        labels=("name", "email"),
    ),
    Entry(
        "events",
        "Events",
        "/events",
        Event,
        EventsSpecials,
        GET,
        ("created_datetime", *CREATED),
        {
            "created_datetime": Mapping[str, datetime | str],
            "object_id": int,
            "object_type": str,
            "types": Sequence[str],
            "user_ids": Sequence[int],
        },
        export=Export(("created_datetime", "type", "object_type", "object_id", "user_id")),
        labels=("type",),
    ),
    Entry(
        "users",
        "Users",
        "/users",
        User,
        UsersSpecials,
        CRUD,
        CREATED + NAME + ("email:asc", "email:desc", "role.name:asc", "role.name:desc"),
        {
            "email": str,
            "external_id": str,
            "roles": Sequence[str],
            "relationships": Sequence[str],
            "search": str,
            "available_first": bool,
        },
        export=Export(
            ("created_datetime", "updated_datetime", "email", "name", "role.name", "active")
        ),
        labels=("name", "email"),
    ),
    Entry(
        "teams",
        "Teams",
        "/teams",
        Team,
        None,
        CRUD,
        CREATED + NAME,
        export=Export(("created_datetime", "updated_datetime", "name")),
    ),
    Entry(
        "tags",
        "Tags",
        "/tags",
        Tag,
        TagsSpecials,
        CRUD,
        ("created_datetime", "name", "usage", *CREATED, *NAME, *USAGE_THEN_NAME),
        {"search": str},
        export=Export(("created_datetime", "name", "usage")),
    ),
    Entry(
        "views",
        "Views",
        "/views",
        View,
        ViewsSpecials,
        CRUD,
        CREATED,
        export=Export(("created_datetime", "updated_datetime", "name", "type", "visibility")),
    ),
    Entry(
        "macros",
        "Macros",
        "/macros",
        Macro,
        MacrosSpecials,
        CRUD,
        tuple(
            f"{field}{direction}" for field in MACRO_FIELDS for direction in ("", ":asc", ":desc")
        ),
        {
            "tags": Sequence[str],
            "languages": Sequence[str],
            "search": str,
            "message_id": int,
            "ticket_id": int,
            "archived": bool,
            "number_predictions": int,
        },
        export=Export(
            ("created_datetime", "updated_datetime", "name", "language", "usage", "archived")
        ),
    ),
    Entry(
        "rules",
        "Rules",
        "/rules",
        Rule,
        RulesSpecials,
        CRUD,
        CREATED,
        default_limit=100,
        export=Export(
            ("created_datetime", "updated_datetime", "name", "event_types", "deactivated_datetime")
        ),
    ),
    Entry(
        "integrations",
        "Integrations",
        "/integrations",
        Integration,
        None,
        CRUD,
        CREATED,
        {"type": str},
        export=Export(("created_datetime", "updated_datetime", "type", "name")),
    ),
    Entry(
        "widgets",
        "Widgets",
        "/widgets",
        Widget,
        None,
        CRUD,
        (*CREATED, "order:asc", "order:desc"),
        {"integration_id": int, "app_id": str},
        export=Export(
            ("created_datetime", "updated_datetime", "context", "type", "integration_id")
        ),
        labels=("type", "context"),
    ),
    Entry(
        "satisfaction_surveys",
        "SatisfactionSurveys",
        "/satisfaction-surveys",
        SatisfactionSurvey,
        None,
        frozenset({"get", "create", "update"}),
        CREATED,
        {"ticket_id": int},
        export=Export(
            (
                "created_datetime",
                "updated_datetime",
                "score",
                "ticket_id",
                "customer_id",
                "body_text",
                "scored_datetime",
            )
        ),
        labels=("body_text", "score"),
    ),
    Entry(
        "custom_fields",
        "CustomFields",
        "/custom-fields",
        CustomField,
        CustomFieldsSpecials,
        frozenset({"get", "create", "update"}),
        ("priority:asc", "priority:desc"),
        {
            "object_type": Required[Literal["Ticket", "Customer"]],
            "search": str,
            "archived": bool,
        },
        export=Export(
            ("created_datetime", "label", "object_type", "required"),
            order_by="priority:asc",
            params={"object_type": "Ticket"},
        ),
        labels=("label",),
    ),
    Entry(
        "jobs",
        "Jobs",
        "/jobs",
        Job,
        JobsSpecials,
        frozenset({"get", "create", "update"}),
        CREATED,
        {"status": str, "type": str},
        export=Export(("created_datetime", "updated_datetime", "status", "type")),
        labels=("type",),
    ),
    Entry("files", "Files", specials=FilesSpecials),
    # The voice endpoints take no order_by: their default order is walked.
    Entry(
        "voice_calls",
        "VoiceCalls",
        "/phone/voice-calls",
        VoiceCall,
        None,
        GET,
        filters={"ticket_id": int},
        export=Export(
            (
                "created_datetime",
                "updated_datetime",
                "ticket_id",
                "customer_id",
                "direction",
                "status",
                "duration",
            )
        ),
        labels=("phone_number_source", "phone_number_destination"),
    ),
    Entry(
        "voice_calls.events",
        "VoiceCallEvents",
        "/phone/voice-call-events",
        VoiceCallEvent,
        None,
        GET,
        filters={"call_id": int},
        export=Export(("created_datetime", "call_id", "type"), name="voice_call_events"),
        labels=("type",),
    ),
    Entry(
        "voice_calls.recordings",
        "VoiceCallRecordings",
        "/phone/voice-call-recordings",
        VoiceCallRecording,
        None,
        frozenset({"get", "delete"}),
        filters={"call_id": int},
        export=Export(("created_datetime", "call_id", "duration"), name="voice_call_recordings"),
        labels=("name", "url"),
    ),
    Entry("search", "Search", specials=SearchSpecials),
    Entry("statistics", "Statistics", specials=StatisticsSpecials),
)

#: The rows by attribute (``"voice_calls.events"``).
BY_ATTRIBUTE: dict[str, Entry] = {entry.attribute: entry for entry in CATALOG}
