"""The endpoints that are not plain CRUD: sub-resources, merges, search, stats, files."""

from __future__ import annotations

import asyncio
import base64
import secrets
from datetime import UTC, datetime, timedelta
from typing import Any

from aiohttp import BodyPartReader, web
from aiohttp.http_exceptions import HttpProcessingError

from ._crud import create_message, state_of, tag_by_id, tag_named, tag_summary, update_item
from ._http import (
    ApiError,
    field_error,
    int_list,
    json_response,
    no_content,
    not_found,
    path_id,
    read_json,
    read_object,
)
from ._listing import envelope, list_page
from ._resources import BY_NAME
from ._seed import iso
from ._state import AccountState, now_iso
from ._store import Item

routes = web.RouteTableDef()


def _ticket(state: AccountState, ticket_id: int) -> Item:
    ticket = state.collection("tickets").get(ticket_id)
    if ticket is None:
        raise not_found("Ticket")
    return ticket


# -- account ------------------------------------------------------------------------------


@routes.get("/api/account")
async def get_account(request: web.Request) -> web.StreamResponse:
    """``GET /account``."""
    return json_response(state_of(request).account)


@routes.get("/api/account/settings")
async def list_settings(request: web.Request) -> web.StreamResponse:
    """``GET /account/settings``: every setting, unpaged."""
    return json_response(envelope(request, list(state_of(request).collection("account_settings"))))


@routes.post("/api/account/settings")
async def create_setting(request: web.Request) -> web.StreamResponse:
    """``POST /account/settings``."""
    body = await read_object(request)
    if not isinstance(body.get("type"), str):
        raise field_error("type", "Missing data for required field.")
    settings = state_of(request).collection("account_settings")
    return json_response(settings.put(body | {"id": settings.next_id()}), status=201)


@routes.put(r"/api/account/settings/{id:\d+}")
async def update_setting(request: web.Request) -> web.StreamResponse:
    """``PUT /account/settings/{id}``."""
    settings = state_of(request).collection("account_settings")
    current = settings.get(path_id(request))
    if current is None:
        raise not_found("Setting")
    body = await read_object(request)
    return json_response(settings.put(current | body | {"id": current["id"]}), status=202)


# -- ticket tags ----------------------------------------------------------------------------


async def _tag_selection(request: web.Request, state: AccountState) -> list[Item]:
    """The tags a tags body names (by ``ids`` or ``names``; unknown names are created)."""
    body = await read_object(request)
    names = body.get("names") or []
    if not isinstance(names, list) or not all(isinstance(name, str) for name in names):
        raise field_error("names", "Must be a list of strings.")
    ids = int_list(body, "ids") if "ids" in body else []
    return [tag_by_id(state, tag_id, "ids") for tag_id in ids] + [
        tag_named(state, name) for name in names
    ]


def _set_ticket_tags(state: AccountState, ticket: Item, tags: list[Item]) -> None:
    update_item(state, BY_NAME["tickets"], ticket["id"], {"tags": [tag_summary(t) for t in tags]})


@routes.get(r"/api/tickets/{ticket_id:\d+}/tags")
async def list_ticket_tags(request: web.Request) -> web.StreamResponse:
    """``GET /tickets/{id}/tags``: unpaged."""
    state = state_of(request)
    ticket = _ticket(state, path_id(request, "ticket_id"))
    tags = state.collection("tags")
    blank = dict.fromkeys(tags.fields)  # a tag deleted since: what the ticket kept of it
    full = [tags.get(tag["id"]) or blank | tag for tag in ticket.get("tags") or []]
    return json_response(envelope(request, full))


@routes.post(r"/api/tickets/{ticket_id:\d+}/tags")
async def add_ticket_tags(request: web.Request) -> web.StreamResponse:
    """``POST /tickets/{id}/tags``: add, 201 without body."""
    state = state_of(request)
    ticket = _ticket(state, path_id(request, "ticket_id"))
    current = {tag["id"]: tag for tag in ticket.get("tags") or []}
    for tag in await _tag_selection(request, state):
        current.setdefault(tag["id"], tag)
    _set_ticket_tags(state, ticket, list(current.values()))
    return no_content(201)


@routes.put(r"/api/tickets/{ticket_id:\d+}/tags")
async def set_ticket_tags(request: web.Request) -> web.StreamResponse:
    """``PUT /tickets/{id}/tags``: replace, 202 without body."""
    state = state_of(request)
    ticket = _ticket(state, path_id(request, "ticket_id"))
    _set_ticket_tags(state, ticket, await _tag_selection(request, state))
    return no_content(202)


@routes.delete(r"/api/tickets/{ticket_id:\d+}/tags")
async def remove_ticket_tags(request: web.Request) -> web.StreamResponse:
    """``DELETE /tickets/{id}/tags`` (with a JSON body): 204."""
    state = state_of(request)
    ticket = _ticket(state, path_id(request, "ticket_id"))
    removed = {tag["id"] for tag in await _tag_selection(request, state)}
    kept = [tag for tag in ticket.get("tags") or [] if tag["id"] not in removed]
    _set_ticket_tags(state, ticket, kept)
    return no_content()


# -- custom field values (tickets and customers) ------------------------------------------


def _values_store(request: web.Request) -> tuple[AccountState, dict[int, Item]]:
    state = state_of(request)
    owner = request.match_info["owner"]
    owner_id = path_id(request, "owner_id")
    if state.collection(owner).get(owner_id) is None:
        raise not_found(owner.rstrip("s").capitalize())
    values = state.ticket_field_values if owner == "tickets" else state.customer_field_values
    return state, values.setdefault(owner_id, {})


def _field_value(state: AccountState, field_id: int, value: Any) -> Item:
    field = state.collection("custom_fields").get(field_id)
    if field is None:
        raise field_error("id", f"Custom field {field_id} not found.")
    return {"field": field, "value": value, "prediction": None}


OWNER = r"/api/{owner:tickets|customers}/{owner_id:\d+}/custom-fields"


@routes.get(OWNER)
async def list_field_values(request: web.Request) -> web.StreamResponse:
    """``GET /tickets/{id}/custom-fields`` (and customers): unpaged."""
    _, values = _values_store(request)
    return json_response(envelope(request, list(values.values())))


@routes.put(OWNER)
async def update_field_values(request: web.Request) -> web.StreamResponse:
    """``PUT /tickets/{id}/custom-fields`` with ``[{id, value}]``: 200 with every value."""
    state, values = _values_store(request)
    body = await read_json(request)
    if not isinstance(body, list):
        raise ApiError(400, "The request body must be a list.")
    for entry in body:
        if not isinstance(entry, dict) or not isinstance(entry.get("id"), int):
            raise field_error("id", "Missing data for required field.")
        values[entry["id"]] = _field_value(state, entry["id"], entry.get("value"))
    return json_response(envelope(request, list(values.values())))


@routes.put(OWNER + r"/{id:\d+}")
async def update_field_value(request: web.Request) -> web.StreamResponse:
    """``PUT /tickets/{tid}/custom-fields/{id}`` with the bare value."""
    state, values = _values_store(request)
    field_id = path_id(request)
    values[field_id] = _field_value(state, field_id, await read_json(request))
    return json_response(envelope(request, list(values.values())))


@routes.delete(OWNER + r"/{id:\d+}")
async def delete_field_value(request: web.Request) -> web.StreamResponse:
    """``DELETE /tickets/{tid}/custom-fields/{id}``: 204."""
    _, values = _values_store(request)
    if values.pop(path_id(request), None) is None:
        raise not_found("Custom field value")
    return no_content()


# -- messages of a ticket -------------------------------------------------------------------


def _message(state: AccountState, request: web.Request) -> Item:
    ticket_id = path_id(request, "ticket_id")
    _ticket(state, ticket_id)
    message = state.collection("messages").get(path_id(request))
    if message is None or message.get("ticket_id") != ticket_id:
        raise not_found("Message")
    return message


def _check_action(request: web.Request) -> None:
    action = request.query.get("action")
    if action is not None and action not in ("force", "retry", "cancel"):
        raise field_error("action", "Must be one of: force, retry, cancel.")


@routes.get(r"/api/tickets/{ticket_id:\d+}/messages")
async def list_ticket_messages(request: web.Request) -> web.StreamResponse:
    """``GET /tickets/{id}/messages`` (deprecated): the ticket's messages."""
    state = state_of(request)
    ticket_id = path_id(request, "ticket_id")
    _ticket(state, ticket_id)
    body = list_page(
        request,
        BY_NAME["messages"],
        state.collection("messages"),
        cursor_ttl=state.cursor_ttl,
        predicate=lambda item: item.get("ticket_id") == ticket_id,
    )
    return json_response(body)


@routes.post(r"/api/tickets/{ticket_id:\d+}/messages")
async def create_ticket_message(request: web.Request) -> web.StreamResponse:
    """``POST /tickets/{id}/messages``: 201 with the message."""
    state = state_of(request)
    _check_action(request)
    ticket = _ticket(state, path_id(request, "ticket_id"))
    message = create_message(state, ticket, await read_object(request))
    update_item(state, BY_NAME["tickets"], ticket["id"], {})
    return json_response(message, status=201)


@routes.get(r"/api/tickets/{ticket_id:\d+}/messages/{id:\d+}")
async def get_ticket_message(request: web.Request) -> web.StreamResponse:
    """``GET /tickets/{tid}/messages/{id}``."""
    return json_response(_message(state_of(request), request))


@routes.put(r"/api/tickets/{ticket_id:\d+}/messages/{id:\d+}")
async def update_ticket_message(request: web.Request) -> web.StreamResponse:
    """``PUT /tickets/{tid}/messages/{id}``: 202 with the message."""
    state = state_of(request)
    _check_action(request)
    message = _message(state, request)
    body = await read_object(request)
    return json_response(update_item(state, BY_NAME["messages"], message["id"], body), status=202)


@routes.delete(r"/api/tickets/{ticket_id:\d+}/messages/{id:\d+}")
async def delete_ticket_message(request: web.Request) -> web.StreamResponse:
    """``DELETE /tickets/{tid}/messages/{id}``: 204."""
    state = state_of(request)
    message = _message(state, request)
    state.collection("messages").delete(message["id"])
    state.record_event("messages", "deleted", message)
    return no_content()


# -- customers --------------------------------------------------------------------------------


@routes.put("/api/customers/merge")
async def merge_customers(request: web.Request) -> web.StreamResponse:
    """``PUT /customers/merge?source_id=&target_id=``: 202 with the merged customer."""
    state = state_of(request)
    ids = {}
    for name in ("source_id", "target_id"):
        try:
            ids[name] = int(request.query[name])
        except (KeyError, ValueError):
            raise field_error(name, "Missing data for required field.") from None
    customers = state.collection("customers")
    source, target = customers.get(ids["source_id"]), customers.get(ids["target_id"])
    if source is None or target is None:
        raise not_found("Customer")
    body = await read_object(request) if request.body_exists else {}
    customers.delete(source["id"])
    merged = update_item(state, BY_NAME["customers"], target["id"], body)
    state.record_event("customers", "merged", merged)
    return json_response(merged, status=202)


@routes.put(r"/api/customers/{id:\d+}/data")
async def set_customer_data(request: web.Request) -> web.StreamResponse:
    """``PUT /customers/{id}/data``: 202 without body; an older ``version`` is ignored."""
    state = state_of(request)
    customer = state.collection("customers").get(path_id(request))
    if customer is None:
        raise not_found("Customer")
    body = await read_object(request)
    if "data" not in body:
        raise field_error("data", "Missing data for required field.")
    version = body.get("version")
    current = customer.get("_data_version")
    if version is None or current is None or str(version) >= str(current):
        changes = {"data": body["data"]}
        update_item(state, BY_NAME["customers"], customer["id"], changes)
        if version is not None:
            state.collection("customers").items[customer["id"]]["_data_version"] = version
    return no_content(202)


async def _bulk_delete(request: web.Request, name: str) -> web.StreamResponse:
    state = state_of(request)
    collection = state.collection(name)
    for item_id in int_list(await read_object(request), "ids"):
        item = collection.delete(item_id)
        if item is not None:
            state.record_event(name, "deleted", item)
    return no_content()


@routes.delete("/api/customers")
async def delete_customers(request: web.Request) -> web.StreamResponse:
    """``DELETE /customers`` with ``{"ids": […]}``: 204."""
    return await _bulk_delete(request, "customers")


@routes.delete("/api/tags")
async def delete_tags(request: web.Request) -> web.StreamResponse:
    """``DELETE /tags`` with ``{"ids": […]}``: 204."""
    return await _bulk_delete(request, "tags")


@routes.put(r"/api/tags/{id:\d+}/merge")
async def merge_tags(request: web.Request) -> web.StreamResponse:
    """``PUT /tags/{dest}/merge`` with ``{"source_tags_ids": […]}``: 202 with the tag."""
    state = state_of(request)
    tags = state.collection("tags")
    destination = tags.get(path_id(request))
    if destination is None:
        raise not_found("Tag")
    for tag_id in int_list(await read_object(request), "source_tags_ids"):
        source = tags.delete(tag_id)
        if source is not None:
            state.record_event("tags", "merged", source)
    return json_response(destination, status=202)


# -- views, rules, macros, custom fields ------------------------------------------------------


async def _view_items(request: web.Request) -> web.StreamResponse:
    state = state_of(request)
    if state.collection("views").get(path_id(request, "view_id")) is None:
        raise not_found("View")
    if request.method == "PUT":
        await read_json(request)
    resource = BY_NAME["tickets"]
    body = list_page(
        request,
        resource.__class__(
            "view_items",
            "/tickets",
            orders=("updated_datetime:desc",),
            default_order="updated_datetime:desc",
        ),
        state.collection("tickets"),
        cursor_ttl=state.cursor_ttl,
    )
    return json_response(body, status=202 if request.method == "PUT" else 200)


routes.get(r"/api/views/{view_id:\d+}/items")(_view_items)
routes.put(r"/api/views/{view_id:\d+}/items")(_view_items)


@routes.post("/api/rules/priorities")
async def rule_priorities(request: web.Request) -> web.StreamResponse:
    """``POST /rules/priorities`` with ``{"priorities": [{id, priority}]}``."""
    state = state_of(request)
    body = await read_object(request)
    entries = body.get("priorities")
    if not isinstance(entries, list):
        raise field_error("priorities", "Missing data for required field.")
    rules = state.collection("rules")
    for entry in entries:
        rule_id = entry.get("id") if isinstance(entry, dict) else None
        rule = rules.get(rule_id) if isinstance(rule_id, int) else None
        if rule is None:
            raise field_error("priorities", "Unknown rule.")
        rules.put(rule | {"priority": entry.get("priority")})
    return json_response(envelope(request, [rules.items[e["id"]] for e in entries]), status=202)


async def _archive(request: web.Request, archived: bool) -> web.StreamResponse:
    state = state_of(request)
    ids = int_list(await read_object(request), "ids")
    if len(ids) > 30:
        raise field_error("ids", "Longer than maximum length 30.")
    macros = state.collection("macros")
    results = []
    for macro_id in ids:
        macro = macros.get(macro_id)
        if macro is None:
            results.append({"id": macro_id, "status": 404, "error": {"msg": "Macro not found."}})
            continue
        macros.put(macro | {"archived": archived, "updated_datetime": now_iso()})
        results.append({"id": macro_id, "status": 200})
    return json_response({"data": results}, status=207)


@routes.put("/api/macros/archive")
async def archive_macros(request: web.Request) -> web.StreamResponse:
    """``PUT /macros/archive`` with ``{"ids": […]}`` (≤ 30): 207 with per-item results."""
    return await _archive(request, True)


@routes.put("/api/macros/unarchive")
async def unarchive_macros(request: web.Request) -> web.StreamResponse:
    """``PUT /macros/unarchive``: 207 with per-item results."""
    return await _archive(request, False)


@routes.put("/api/custom-fields")
async def bulk_update_custom_fields(request: web.Request) -> web.StreamResponse:
    """``PUT /custom-fields`` with a list of partial fields (each with ``id``)."""
    state = state_of(request)
    body = await read_json(request)
    if not isinstance(body, list):
        raise ApiError(400, "The request body must be a list.")
    updated = []
    for entry in body:
        if not isinstance(entry, dict) or not isinstance(entry.get("id"), int):
            raise field_error("id", "Missing data for required field.")
        updated.append(update_item(state, BY_NAME["custom_fields"], entry["id"], entry))
    return json_response(envelope(request, updated), status=202)


# -- search and statistics --------------------------------------------------------------------

SEARCH_TYPES = {
    "agent": ("users", ("name", "email")),
    "customer": ("customers", ("name", "email")),
    "customer_profile": ("customers", ("name", "email")),
    "customer_channel": ("customers", ("email",)),
    "customer_channel_email": ("customers", ("email",)),
    "customer_channel_phone": ("customers", ("phone",)),
    "customers_by_phone": ("customers", ("phone",)),
    "integration": ("integrations", ("name",)),
    "team": ("teams", ("name",)),
    "tag": ("tags", ("name",)),
}


@routes.post("/api/search")
async def search(request: web.Request) -> web.StreamResponse:
    """``POST /search`` with ``{type, query, size ≤ 50}``: 201 with matches, unpaged."""
    state = state_of(request)
    body = await read_object(request)
    kind = body.get("type")
    if not isinstance(kind, str) or kind not in SEARCH_TYPES:
        raise field_error("type", f"Must be one of: {', '.join(SEARCH_TYPES)}.")
    query = body.get("query", "")
    if not isinstance(query, str):
        raise field_error("query", "Not a valid string.")
    size = body.get("size", 10)
    if not isinstance(size, int) or not 1 <= size <= 50:
        raise field_error("size", "Must be between 1 and 50.")
    name, fields = SEARCH_TYPES[kind]
    needle = query.lower()
    found = [
        item
        for item in state.collection(name)
        if any(needle in str(item.get(field) or "").lower() for field in fields)
    ][:size]
    return json_response({"data": found, "object": "list", "uri": "/api/search"}, status=201)


@routes.post(r"/api/stats/{name}")
async def statistic(request: web.Request) -> web.StreamResponse:
    """``POST /stats/{name}``: 201 with ``{data, meta}`` (a small, deterministic statistic)."""
    state = state_of(request)
    body = await read_object(request) if request.body_exists else {}
    tickets = state.collection("tickets")
    closed = sum(1 for ticket in tickets if ticket.get("status") == "closed")
    filters = body.get("filters")
    data = {
        "name": request.match_info["name"],
        "filters": filters,
        "data": {"total": len(tickets), "closed": closed, "open": len(tickets) - closed},
    }
    period = filters.get("period") if isinstance(filters, dict) else None
    if not isinstance(period, dict):  # Gorgias' default period: the last seven days
        end = datetime.now(UTC)
        period = {"start_datetime": iso(end - timedelta(days=7)), "end_datetime": iso(end)}
    meta = {key: period.get(key) for key in ("start_datetime", "end_datetime")}
    return json_response({"data": data, "meta": meta}, status=201)


@routes.post(r"/api/stats/{name}/download")
async def statistic_csv(request: web.Request) -> web.StreamResponse:
    """``POST /stats/{name}/download``: the statistic as CSV."""
    tickets = state_of(request).collection("tickets")
    closed = sum(1 for ticket in tickets if ticket.get("status") == "closed")
    csv = f"metric,value\ntotal,{len(tickets)}\nclosed,{closed}\n"
    return web.Response(text=csv, content_type="text/csv", status=201)


@routes.post("/api/reporting/stats")
async def reporting(request: web.Request) -> web.StreamResponse:
    """``POST /reporting/stats`` with ``{query: {scope, filters, timezone}}``."""
    body = await read_object(request)
    query = body.get("query")
    if not isinstance(query, dict) or "scope" not in query:
        raise field_error("query", "Missing data for required field.")
    limit = body.get("limit", 100)
    if not isinstance(limit, int) or not 1 <= limit <= 10000:
        raise field_error("limit", "Must be between 1 and 10000.")
    tickets = state_of(request).collection("tickets")
    return json_response({"data": [{"scope": query["scope"], "ticketCount": len(tickets)}]})


# -- files ---------------------------------------------------------------------------------------

FILE_TYPES = ("attachment", "public_attachment", "profile_picture", "widget_picture")


async def _read_parts(request: web.Request) -> list[tuple[str, str, bytes]]:
    """``(name, content type, bytes)`` of each file part of a multipart body."""
    reader = await request.multipart()
    parts = []
    async for part in reader:
        if not isinstance(part, BodyPartReader):
            continue
        name = part.filename or part.name or "file"
        content_type = part.headers.get("Content-Type", "application/octet-stream")
        parts.append((name, content_type, bytes(await part.read())))
    return parts


@routes.post("/api/upload")
async def upload(request: web.Request) -> web.StreamResponse:
    """``POST /upload?type=…`` (multipart): 201 with ``[{url, name, size, content_type}]``."""
    state = state_of(request)
    file_type = request.query.get("type", "attachment")
    if file_type not in FILE_TYPES:
        raise field_error("type", f"Must be one of: {', '.join(FILE_TYPES)}.")
    if not request.content_type.startswith("multipart/"):
        raise ApiError(415, "Unsupported media type: this endpoint takes multipart/form-data.")
    hashed = state.account["meta"]["hashed_domain"]
    try:
        parts = await _read_parts(request)
    except (ValueError, HttpProcessingError, asyncio.IncompleteReadError):
        # Whatever the parser stumbles on is in the client's bytes: Gorgias' 400.
        raise ApiError(400, "Invalid multipart body.") from None
    uploaded = []
    for name, content_type, data in parts:
        stored = f"{secrets.token_hex(4)}-{name}"
        state.files[stored] = (content_type, data)
        uploaded.append(
            {
                "url": f"https://uploads.gorgias.io/{hashed}/{stored}",
                "name": name,
                "size": str(len(data)),
                "content_type": content_type,
            }
        )
    if not uploaded:
        raise ApiError(400, "No file in the request.")
    return json_response(uploaded, status=201)


@routes.get("/api/{file_type}/download/{domain_hash}/{name}")
async def download(request: web.Request) -> web.StreamResponse:
    """``GET /{file_type}/download/{hash}/{name}``: a redirect to a short-lived signed URL."""
    state = state_of(request)
    name = request.match_info["name"]
    if request.match_info["file_type"] not in FILE_TYPES or name not in state.files:
        raise not_found("File")
    raise web.HTTPFound(f"/_signed/{name}?signature={secrets.token_hex(8)}")


@routes.get("/_signed/{name}")
async def signed_file(request: web.Request) -> web.StreamResponse:
    """The signed URL a download redirects to; it needs (and wants) no credentials."""
    state = state_of(request)
    found = state.files.get(request.match_info["name"])
    if found is None:
        raise web.HTTPNotFound()
    content_type, data = found
    return web.Response(body=data, content_type=content_type)


# -- OAuth2 ------------------------------------------------------------------------------------


@routes.get("/oauth/authorize")
async def authorize(request: web.Request) -> web.StreamResponse:
    """Auto-consent: redirect to ``redirect_uri`` with a one-time ``code``."""
    state = state_of(request)
    query = request.query
    if query.get("client_id") != state.oauth_client_id or "redirect_uri" not in query:
        return json_response({"error": "invalid_request"}, status=400)
    code = secrets.token_urlsafe(12)
    state.auth_codes[code] = query["redirect_uri"]
    target = f"{query['redirect_uri']}?code={code}&state={query.get('state', '')}"
    raise web.HTTPFound(target)


@routes.post("/oauth/token")
async def token(request: web.Request) -> web.StreamResponse:
    """The token endpoint: ``authorization_code`` and ``refresh_token`` grants."""
    state = state_of(request)
    form = await request.post()
    client_id = form.get("client_id")
    client_secret = form.get("client_secret")
    basic = request.headers.get("Authorization", "")
    if basic.startswith("Basic "):
        client_id, _, client_secret = base64.b64decode(basic[6:]).decode().partition(":")
    if client_id != state.oauth_client_id or client_secret != state.oauth_client_secret:
        return json_response({"error": "invalid_client"}, status=401)
    grant = form.get("grant_type")
    tokens: dict[str, Any] | None = None
    if grant == "authorization_code":
        redirect = state.auth_codes.pop(str(form.get("code")), None)
        if redirect is not None and redirect == form.get("redirect_uri"):
            tokens = state.issue_tokens()
    elif grant == "refresh_token":
        tokens = state.refresh(str(form.get("refresh_token")))
    else:
        return json_response({"error": "unsupported_grant_type"}, status=400)
    if tokens is None:
        return json_response({"error": "invalid_grant"}, status=400)
    return json_response(tokens)
