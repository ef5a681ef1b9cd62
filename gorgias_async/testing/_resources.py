"""The table of resources the fake serves: paths, orderings, filters, defaults.

One row per Gorgias resource; the generic handlers in ``_app`` read it, so adding a
resource is adding a row, not a copy of twenty handlers.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import attrs

from ._store import Item

#: Parses one query value (or the repeated values) of a filter, raising ValueError if bad.
Match = Callable[[Item, list[str]], bool]

CREATED = ("created_datetime:asc", "created_datetime:desc")
UPDATED = ("updated_datetime:asc", "updated_datetime:desc")
NAME = ("name:asc", "name:desc")

MACRO_ORDERS = tuple(
    f"{field}{suffix}"
    for field in ("name", "created_datetime", "updated_datetime", "usage", "relevance", "language")
    for suffix in ("", ":asc", ":desc")
)

CRUD = frozenset({"list", "get", "create", "update", "delete"})
READ = frozenset({"list", "get"})


def _to_int(value: str) -> int:
    return int(value)


def equals(field: str, convert: Callable[[str], Any] = str) -> Match:
    """Items whose ``field`` equals the (single) query value."""

    def match(item: Item, values: list[str]) -> bool:
        return bool(item.get(field) == convert(values[-1]))

    match.convert = convert  # type: ignore[attr-defined]
    return match


def nested_equals(field: str, key: str, convert: Callable[[str], Any] = str) -> Match:
    """Items whose embedded object ``field`` has ``key`` equal to the query value."""

    def match(item: Item, values: list[str]) -> bool:
        return bool((item.get(field) or {}).get(key) == convert(values[-1]))

    match.convert = convert  # type: ignore[attr-defined]
    return match


def one_of(field: str, *, max_items: int | None = None) -> Match:
    """Items whose integer ``field`` is one of the repeated query values."""

    def match(item: Item, values: list[str]) -> bool:
        return item.get(field) in {int(value) for value in values}

    match.convert = _to_int  # type: ignore[attr-defined]
    match.max_items = max_items  # type: ignore[attr-defined]
    return match


def contains(*fields: str) -> Match:
    """Items where any of ``fields`` contains the query text, case-insensitively."""

    def match(item: Item, values: list[str]) -> bool:
        needle = values[-1].lower()
        return any(needle in str(item.get(field) or "").lower() for field in fields)

    return match


def has_all(field: str) -> Match:
    """Items whose list ``field`` (of names or ``{name}`` objects) holds every value."""

    def match(item: Item, values: list[str]) -> bool:
        present = {
            entry.get("name") if isinstance(entry, dict) else entry
            for entry in item.get(field) or []
        }
        return set(values) <= present

    return match


def has_any(field: str) -> Match:
    """Items whose ``field`` is one of the query values."""

    def match(item: Item, values: list[str]) -> bool:
        return item.get(field) in set(values)

    return match


def role_in() -> Match:
    """Users whose role name is one of the query values."""

    def match(item: Item, values: list[str]) -> bool:
        return (item.get("role") or {}).get("name") in set(values)

    return match


def boolean(field: str) -> Match:
    """Items whose boolean ``field`` matches ``true``/``false``."""

    def convert(value: str) -> bool:
        if value.lower() not in ("true", "false", "1", "0"):
            raise ValueError(value)
        return value.lower() in ("true", "1")

    def match(item: Item, values: list[str]) -> bool:
        return bool(item.get(field)) == convert(values[-1])

    match.convert = convert  # type: ignore[attr-defined]
    return match


def trashed() -> Match:
    """``trashed=false`` leaves out trashed tickets (Gorgias' default, true, keeps them)."""
    flag = boolean("trashed_datetime")
    convert = flag.convert  # type: ignore[attr-defined]

    def match(item: Item, values: list[str]) -> bool:
        return convert(values[-1]) or item.get("trashed_datetime") is None

    match.convert = convert  # type: ignore[attr-defined]
    return match


def accepted() -> Match:
    """A filter the fake accepts but does not apply (its data has no such relation)."""

    def match(item: Item, values: list[str]) -> bool:
        return True

    return match


@attrs.frozen
class Resource:
    """One Gorgias resource as the fake serves it."""

    name: str
    path: str
    orders: tuple[str, ...] = CREATED
    default_order: str = "created_datetime:desc"
    default_limit: int = 30
    filters: Mapping[str, Match] = attrs.field(factory=dict)
    required_query: tuple[str, ...] = ()
    operations: frozenset[str] = CRUD
    object_type: str | None = None
    event_prefix: str | None = None
    defaults: Callable[[], dict[str, Any]] = dict


def _ticket_defaults() -> dict[str, Any]:
    return {
        "status": "open",
        "priority": "normal",
        "channel": "api",
        "via": "api",
        "tags": [],
        "assignee_user": None,
        "assignee_team": None,
        "spam": False,
        "meta": None,
        "external_id": None,
        "language": None,
        "closed_datetime": None,
        "snooze_datetime": None,
    }


RESOURCES: tuple[Resource, ...] = (
    Resource(
        "customers",
        "/customers",
        orders=CREATED + UPDATED,
        filters={
            "id": equals("id", _to_int),
            "email": equals("email"),
            "external_id": equals("external_id"),
            "name": equals("name"),
            "language": equals("language"),
            "timezone": equals("timezone"),
            "view_id": accepted(),
            "channel_type": accepted(),
            "channel_address": accepted(),
        },
        object_type="Customer",
        event_prefix="customer",
        defaults=lambda: {"channels": [], "data": None, "meta": {}, "note": None},
    ),
    Resource(
        "tickets",
        "/tickets",
        orders=CREATED + UPDATED,
        filters={
            "customer_id": nested_equals("customer", "id", _to_int),
            "external_id": equals("external_id"),
            "view_id": accepted(),
            "rule_id": accepted(),
            "ticket_ids": one_of("id", max_items=100),
            "trashed": trashed(),
        },
        object_type="Ticket",
        event_prefix="ticket",
        defaults=_ticket_defaults,
    ),
    Resource(
        "messages",
        "/messages",
        filters={"ticket_id": equals("ticket_id", _to_int)},
        operations=frozenset({"list"}),  # one message is addressed through its ticket
        object_type="TicketMessage",
        event_prefix="ticket-message",
    ),
    Resource(
        "events",
        "/events",
        orders=(*CREATED, "created_datetime"),
        filters={
            "object_id": equals("object_id", _to_int),
            "object_type": equals("object_type"),
            "types": has_any("type"),
            "user_ids": one_of("user_id", max_items=1),
        },
        operations=READ,
    ),
    Resource(
        "users",
        "/users",
        orders=CREATED + NAME + ("email:asc", "email:desc", "role.name:asc", "role.name:desc"),
        default_order="name:asc",
        filters={
            "email": equals("email"),
            "external_id": equals("external_id"),
            "roles": role_in(),
            "relationships": accepted(),
            "search": contains("name", "email"),
            "available_first": accepted(),
        },
        object_type="User",
        event_prefix="user",
        defaults=lambda: {"role": {"name": "agent"}, "active": True, "meta": {}},
    ),
    Resource(
        "teams",
        "/teams",
        orders=CREATED + NAME,
        object_type="Team",
        event_prefix="team",
        defaults=lambda: {"members": [], "decoration": None},
    ),
    Resource(
        "tags",
        "/tags",
        orders=(
            "created_datetime",
            "name",
            "usage",
            *CREATED,
            *NAME,
            "usage:asc,name:asc",
            "usage:desc,name:desc",
        ),
        filters={"search": contains("name")},
        object_type="Tag",
        event_prefix="tag",
        defaults=lambda: {"usage": 0, "decoration": None, "description": None},
    ),
    Resource(
        "views",
        "/views",
        object_type="View",
        event_prefix="view",
        defaults=lambda: {"type": "ticket-list", "filters": "", "visibility": "public"},
    ),
    Resource(
        "macros",
        "/macros",
        orders=MACRO_ORDERS,
        default_order="usage",
        filters={
            "tags": has_all("tags"),
            "languages": has_any("language"),
            "search": contains("name"),
            "message_id": accepted(),
            "ticket_id": accepted(),
            "number_predictions": accepted(),
            "_fallback_order_by": accepted(),
            "archived": boolean("archived"),
        },
        object_type="Macro",
        event_prefix="macro",
        defaults=lambda: {"actions": [], "usage": 0, "language": None, "archived": False},
    ),
    Resource(
        "rules",
        "/rules",
        default_limit=100,
        object_type="Rule",
        event_prefix="rule",
        defaults=lambda: {"deactivated_datetime": None, "priority": 0, "event_types": None},
    ),
    Resource(
        "integrations",
        "/integrations",
        filters={"type": equals("type")},
        object_type="Integration",
        event_prefix="integration",
        defaults=lambda: {"deactivated_datetime": None, "meta": {}, "http": None},
    ),
    Resource(
        "widgets",
        "/widgets",
        orders=(*CREATED, "order:asc", "order:desc"),
        filters={"integration_id": equals("integration_id", _to_int), "app_id": equals("app_id")},
        object_type="Widget",
        event_prefix="widget",
        defaults=lambda: {"context": "ticket", "order": 0, "integration_id": None, "app_id": None},
    ),
    Resource(
        "satisfaction_surveys",
        "/satisfaction-surveys",
        filters={"ticket_id": equals("ticket_id", _to_int)},
        operations=frozenset({"list", "get", "create", "update"}),
        defaults=lambda: {"score": None, "body_text": None, "sent_datetime": None},
    ),
    Resource(
        "custom_fields",
        "/custom-fields",
        orders=("priority:asc", "priority:desc"),
        default_order="priority:desc",
        filters={
            "object_type": equals("object_type"),
            "search": contains("label"),
            "archived": boolean("deactivated"),
        },
        required_query=("object_type",),
        operations=frozenset({"list", "get", "create", "update"}),
        defaults=lambda: {"priority": 0, "deactivated_datetime": None, "required": False},
    ),
    Resource(
        "jobs",
        "/jobs",
        filters={"status": equals("status"), "type": equals("type")},
        defaults=lambda: {"status": "scheduled", "info": {}, "meta": {}},
    ),
    Resource(
        "voice_calls",
        "/phone/voice-calls",
        filters={"ticket_id": equals("ticket_id", _to_int)},
        operations=READ,
    ),
    Resource(
        "voice_call_events",
        "/phone/voice-call-events",
        filters={"call_id": equals("call_id", _to_int)},
        operations=READ,
    ),
    Resource(
        "voice_call_recordings",
        "/phone/voice-call-recordings",
        filters={"call_id": equals("call_id", _to_int)},
        operations=frozenset({"list", "get", "delete"}),
    ),
)

BY_NAME: dict[str, Resource] = {resource.name: resource for resource in RESOURCES}
