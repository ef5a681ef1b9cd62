"""Generic list/get/create/update/delete handlers, driven by the resource table."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web

from . import _spec
from ._http import (
    STATE,
    ApiError,
    field_error,
    json_response,
    no_content,
    not_found,
    path_id,
    read_object,
)
from ._listing import list_page
from ._resources import BY_NAME, Resource
from ._state import AccountState, now_iso
from ._store import Item

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
PROTECTED = frozenset({"id", "uri", "created_datetime", "updated_datetime"})


def state_of(request: web.Request) -> AccountState:
    """The fake account behind ``request``."""
    state: AccountState = request.app[STATE]
    return state


def validate_create(body: dict[str, Any], template: str, *within: str) -> None:
    """Gorgias' 400 for a create body (``POST template``) missing a field the spec requires.

    The spec validation (``_validation``) checks this and more when it is on; this check
    also holds without it, as does the email one.
    """
    required = _spec.required_fields("POST", template, *within)
    missing = [field for field in required if body.get(field) is None]
    if missing:
        raise ApiError(
            400,
            "Validation error.",
            {field: ["Missing data for required field."] for field in missing},
        )
    _check_email(body)


def _check_email(body: dict[str, Any]) -> None:
    email = body.get("email")
    if email is not None and (not isinstance(email, str) or "@" not in email):
        raise field_error("email", "Not a valid email address.")


def new_item(resource: Resource, body: dict[str, Any], item_id: int, path: str) -> Item:
    """A stored object built from a create body, with server-side fields set."""
    stamp = now_iso()
    item = resource.defaults() | {k: v for k, v in body.items() if k not in PROTECTED}
    item.update(id=item_id, uri=f"/api{path}/{item_id}/", created_datetime=stamp)
    item["updated_datetime"] = stamp
    return item


_USER = ("id", "email", "name", "firstname", "lastname", "meta")
#: Objects a write names by id, which Gorgias answers with the named object's summary:
#: ``(resource, field) -> (collection, summary keys, a list of them?)``.
REFERENCES: dict[tuple[str, str], tuple[str, tuple[str, ...], bool]] = {
    ("views", "shared_with_teams"): ("teams", ("id", "name", "decoration"), True),
    ("views", "shared_with_users"): ("users", ("id", "name", "meta"), True),
    ("tickets", "assignee_team"): ("teams", ("id", "name", "decoration"), False),
    ("tickets", "assignee_user"): ("users", _USER, False),
}


def tag_by_id(state: AccountState, tag_id: int, field: str) -> Item:
    """The tag ``tag_id``, or a 400 on ``field``."""
    tag = state.collection("tags").get(tag_id)
    if tag is None:
        raise field_error(field, f"Tag {tag_id} not found.")
    return tag


def tag_named(state: AccountState, name: str) -> Item:
    """The tag called ``name``, created if there is none (as ticket writes do)."""
    tags = state.collection("tags")
    for tag in tags:
        if tag.get("name") == name:
            return tag
    tag_id = tags.next_id()
    fresh = BY_NAME["tags"].defaults() | {"name": name, "created_datetime": now_iso()}
    created = tags.put(fresh | {"id": tag_id, "uri": f"/api/tags/{tag_id}/"})
    state.record_event("tags", "created", created)
    return created


def tag_summary(tag: Item) -> Item:
    """A tag as tickets embed it."""
    return {"id": tag["id"], "name": tag["name"], "decoration": tag.get("decoration")}


def _ticket_tags(state: AccountState, entries: list[Any]) -> list[Item]:
    """A ticket's ``tags`` as written (``{"id"}``, ``{"name"}`` or names) as summaries."""
    chosen = []
    for entry in entries:
        name = entry.get("name") if isinstance(entry, dict) else entry
        ref = entry.get("id") if isinstance(entry, dict) else None
        if isinstance(ref, int) and not isinstance(ref, bool):
            chosen.append(tag_by_id(state, ref, "tags"))
        elif isinstance(name, str):
            chosen.append(tag_named(state, name))
        else:
            raise field_error("tags", "Each tag needs an id or a name.")
    return [tag_summary(tag) for tag in chosen]


def expand_references(state: AccountState, resource: str, body: Item) -> Item:
    """``body`` with the ids it names (``{"id": 3}``, or ``3`` in a list) as summaries."""
    expanded = dict(body)
    if resource == "tickets" and isinstance(body.get("tags"), list):
        expanded["tags"] = _ticket_tags(state, body["tags"])
    for (owner, field), (name, keys, many) in REFERENCES.items():
        if owner != resource or field not in body:
            continue
        value = body[field]
        if many and isinstance(value, list):
            expanded[field] = [_summary(state, field, name, keys, entry) for entry in value]
        elif not many and isinstance(value, dict):
            expanded[field] = _summary(state, field, name, keys, value.get("id"))
    return expanded


def _summary(state: AccountState, field: str, name: str, keys: tuple[str, ...], ref: Any) -> Any:
    if ref is None:
        return None  # ``{}``: assigned to nobody
    if not isinstance(ref, int) or isinstance(ref, bool):
        return ref
    found = state.collection(name).get(ref)
    if found is None:
        raise field_error(field, f"{name.capitalize()[:-1]} {ref} not found.")
    return {key: found.get(key) for key in keys}


def render(state: AccountState, resource: Resource, item: Item, request: web.Request) -> Item:
    """How ``GET`` on one object shows it (``?relationships=custom_fields`` on tickets)."""
    if resource.name != "tickets":
        return item
    fields = "custom_fields" in request.query.getall("relationships", [])
    return state.ticket_view(item, custom_fields=fields)


def list_handler(resource: Resource) -> Handler:
    """``GET <path>``: one page of the resource."""

    async def handle(request: web.Request) -> web.StreamResponse:
        state = state_of(request)
        body = list_page(
            request, resource, state.collection(resource.name), cursor_ttl=state.cursor_ttl
        )
        return json_response(body)

    return handle


def get_handler(resource: Resource) -> Handler:
    """``GET <path>/{id}``."""

    async def handle(request: web.Request) -> web.StreamResponse:
        state = state_of(request)
        item_id = path_id(request)
        if resource.name == "users" and item_id == 0:
            item_id = state.current_user_id
        item = state.collection(resource.name).get(item_id)
        if item is None:
            raise not_found(resource.name.rstrip("s").replace("_", " ").capitalize())
        status = 202 if resource.name == "jobs" else 200
        return json_response(render(state, resource, item, request), status=status)

    return handle


def create_handler(resource: Resource) -> Handler:
    """``POST <path>``: 201 with the new object."""

    async def handle(request: web.Request) -> web.StreamResponse:
        state = state_of(request)
        body = await read_object(request)
        validate_create(body, "/api" + resource.path)
        if resource.name == "tickets":
            return json_response(create_ticket(state, body), status=201)
        body = expand_references(state, resource.name, body)
        collection = state.collection(resource.name)
        item = collection.put(new_item(resource, body, collection.next_id(), resource.path))
        state.record_event(resource.name, "created", item)
        return json_response(item, status=201)

    return handle


def update_handler(resource: Resource) -> Handler:
    """``PUT <path>/{id}``: a partial update, 202 with the object."""

    async def handle(request: web.Request) -> web.StreamResponse:
        state = state_of(request)
        body = expand_references(state, resource.name, await read_object(request))
        item = update_item(state, resource, path_id(request), body)
        return json_response(render(state, resource, item, request), status=202)

    return handle


def update_item(state: AccountState, resource: Resource, item_id: int, body: Item) -> Item:
    """Apply a partial update to one stored object and record the event."""
    collection = state.collection(resource.name)
    old = collection.get(item_id)
    if old is None:
        raise not_found(resource.name)
    if "email" in body:
        _check_email(body)
    changes = {k: v for k, v in body.items() if k not in PROTECTED and k != "messages"}
    item = old | changes | {"updated_datetime": now_iso()}
    collection.put(item)
    state.record_event(resource.name, "updated", item)
    return item


def delete_handler(resource: Resource) -> Handler:
    """``DELETE <path>/{id}``: 204 (jobs are cancelled, not removed)."""

    async def handle(request: web.Request) -> web.StreamResponse:
        state = state_of(request)
        item_id = path_id(request)
        collection = state.collection(resource.name)
        item = collection.get(item_id)
        if item is None:
            raise not_found(resource.name)
        if resource.name == "jobs":
            collection.put(item | {"status": "cancel_requested", "updated_datetime": now_iso()})
            return no_content()
        collection.delete(item_id)
        state.record_event(resource.name, "deleted", item)
        return no_content()

    return handle


def create_ticket(state: AccountState, body: Item) -> Item:
    """Create a ticket with its first messages, as ``POST /tickets`` does."""
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages:
        raise field_error("messages", "Must contain at least one message.")
    for message in messages:
        if not isinstance(message, dict):
            raise field_error("messages", "Each message must be an object.")
        validate_create(message, *TICKET_MESSAGE)  # all of them, before anything is stored
    resource = BY_NAME["tickets"]
    tickets = state.collection("tickets")
    body = expand_references(state, "tickets", body)
    customer = resolve_customer(state, body.get("customer"), messages[0])
    ticket = new_item(resource, body, tickets.next_id(), resource.path)
    ticket.pop("messages", None)
    ticket["customer"] = customer
    ticket.setdefault("channel", messages[0].get("channel", "api"))
    ticket["messages_count"] = len(messages)
    tickets.put(ticket)
    state.record_event("tickets", "created", ticket)
    for message in messages:
        create_message(state, ticket, message, TICKET_MESSAGE)
    return state.ticket_view(ticket)


def resolve_customer(state: AccountState, given: Any, first_message: Item) -> Item | None:
    """The customer summary a new ticket embeds: by id, by email, or created."""
    customers = state.collection("customers")
    if isinstance(given, dict) and isinstance(given.get("id"), int):
        found = customers.get(given["id"])
        if found is None:
            raise field_error("customer", "Customer not found.")
        return summary(found)
    email = given.get("email") if isinstance(given, dict) else None
    if email is None and isinstance(first_message.get("sender"), dict):
        email = first_message["sender"].get("email")
    if email is None:
        return None
    for customer in customers:
        if customer.get("email") == email:
            return summary(customer)
    resource = BY_NAME["customers"]
    created = customers.put(new_item(resource, {"email": email}, customers.next_id(), "/customers"))
    state.record_event("customers", "created", created)
    return summary(created)


def summary(customer: Item) -> Item:
    """A customer as tickets embed it."""
    keys = ("id", "email", "name", "firstname", "lastname", "external_id")
    return {key: customer.get(key) for key in keys}


#: Where the fields a message must carry are said: its own endpoint, or a new ticket's.
MESSAGE_CREATE: tuple[str, ...] = ("/api/tickets/{ticket_id}/messages",)
TICKET_MESSAGE: tuple[str, ...] = ("/api/tickets", "messages", "items")


def create_message(
    state: AccountState, ticket: Item, body: Item, schema: tuple[str, ...] = MESSAGE_CREATE
) -> Item:
    """Validate and store one message of ``ticket``."""
    validate_create(body, *schema)
    stamp = now_iso()
    message = {k: v for k, v in body.items() if k not in PROTECTED} | {
        "ticket_id": ticket["id"],
        "created_datetime": stamp,
    }
    message.setdefault("sent_datetime", stamp)  # Gorgias sends a message created without one
    message.setdefault("attachments", [])
    message.setdefault("public", True)
    return state.add_message(message)


def generic_routes(resource: Resource) -> list[web.RouteDef]:
    """The CRUD routes of one table row."""
    item_path = resource.path + r"/{id:\d+}"
    table: dict[str, tuple[str, str, Callable[[Resource], Handler]]] = {
        "list": ("GET", resource.path, list_handler),
        "create": ("POST", resource.path, create_handler),
        "get": ("GET", item_path, get_handler),
        "update": ("PUT", item_path, update_handler),
        "delete": ("DELETE", item_path, delete_handler),
    }
    return [
        web.route(method, "/api" + path, factory(resource))
        for operation, (method, path, factory) in table.items()
        if operation in resource.operations
    ]
