"""Bad arguments are refused before any request, with an error naming the argument.

Ids (0, -1, "x", True), page sizes (0, 101, non-ints), unknown filters, bad ``order_by``
values, too many ids and the other per-endpoint rules: each raises ValueError or
TypeError naming the argument, and the fake sees no request at all.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable
from typing import Any, get_args, get_type_hints

import pytest

from gorgias_async import AsyncGorgias, resources
from gorgias_async.resources import Resource, Tickets, Views
from gorgias_async.resources._catalog import CATALOG

from ._cases import service

#: Every cursor-paged service of the client, by its dotted path (from the catalog).
LISTABLE: dict[str, type[Resource[Any]]] = {
    entry.attribute: getattr(resources, entry.cls) for entry in CATALOG if entry.listable
}
#: Filters a list needs to be valid at all: the first choice of each one it requires.
BASE: dict[str, dict[str, Any]] = {
    entry.attribute: {
        name: get_args(get_args(entry.filters[name])[0])[0] for name in entry.required
    }
    for entry in CATALOG
    if entry.required
}

Call = Callable[[AsyncGorgias, Any], Any]


async def invoke(call: Callable[[], Any]) -> Any:
    """Call; await a coroutine, or take the first item of an async iterator."""
    result = call()
    if inspect.isawaitable(result):
        return await result
    if hasattr(result, "__anext__"):
        try:
            return await result.__anext__()
        finally:
            await result.aclose()
    return result


async def refused(fake, client, call: Callable[[AsyncGorgias], Any], error: type, name: str):
    """``call`` raises ``error`` naming ``name``, and nothing reached the server."""
    with pytest.raises(error, match=rf"(?<![\w]){re.escape(name)}(?![\w])"):
        await invoke(lambda: call(client))
    assert fake.requests == []
    assert fake.stats.requests == 0


# -- ids --------------------------------------------------------------------------------

BAD_IDS: list[tuple[Any, type]] = [(0, ValueError), (-1, ValueError), ("x", TypeError)]
BAD_IDS += [(True, TypeError), (None, TypeError)]


def _generic_id_calls() -> list[tuple[str, Call, str]]:
    calls: list[tuple[str, Call, str]] = []
    for dotted, cls in LISTABLE.items():
        for name in ("get", "update", "delete", "cancel"):
            if hasattr(cls, name) and dotted != "messages":  # messages: see below
                calls.append(
                    (
                        f"{dotted}.{name}",
                        lambda c, b, d=dotted, n=name: getattr(service(c, d), n)(b),
                        "id",
                    )
                )
        for name in ("get_many", "iter_many"):
            if hasattr(cls, name):
                calls.append(
                    (
                        f"{dotted}.{name}",
                        lambda c, b, d=dotted, n=name: getattr(service(c, d), n)([1, b]),
                        "ids",
                    )
                )
    return calls


ID_CALLS: list[tuple[str, Call, str]] = [
    *_generic_id_calls(),
    ("tickets.list_tags", lambda c, b: c.tickets.list_tags(b), "ticket_id"),
    ("tickets.bulk_apply_macro", lambda c, b: c.tickets.bulk_apply_macro([1], b), "macro_id"),
    ("tickets.add_tags", lambda c, b: c.tickets.add_tags(b, names=["x"]), "ticket_id"),
    ("tickets.add_tags", lambda c, b: c.tickets.add_tags(1, ids=[1, b]), "ids"),
    ("tickets.set_tags", lambda c, b: c.tickets.set_tags(b, ids=[1]), "ticket_id"),
    ("tickets.set_tags", lambda c, b: c.tickets.set_tags(1, ids=[b]), "ids"),
    ("tickets.remove_tags", lambda c, b: c.tickets.remove_tags(b, names=["x"]), "ticket_id"),
    ("tickets.remove_tags", lambda c, b: c.tickets.remove_tags(1, ids=[b]), "ids"),
    ("tickets.list_custom_fields", lambda c, b: c.tickets.list_custom_fields(b), "ticket_id"),
    (
        "tickets.update_custom_fields",
        lambda c, b: c.tickets.update_custom_fields(b, {1: "a"}),
        "ticket_id",
    ),
    (
        "tickets.update_custom_fields",
        lambda c, b: c.tickets.update_custom_fields(1, {2: "a", b: "b"}),
        "field_id",
    ),
    (
        "tickets.update_custom_field",
        lambda c, b: c.tickets.update_custom_field(b, 1, "v"),
        "ticket_id",
    ),
    (
        "tickets.update_custom_field",
        lambda c, b: c.tickets.update_custom_field(1, b, "v"),
        "field_id",
    ),
    ("tickets.delete_custom_field", lambda c, b: c.tickets.delete_custom_field(b, 1), "ticket_id"),
    ("tickets.delete_custom_field", lambda c, b: c.tickets.delete_custom_field(1, b), "field_id"),
    ("messages.get", lambda c, b: c.messages.get(b, 1), "ticket_id"),
    ("messages.get", lambda c, b: c.messages.get(1, b), "message_id"),
    ("messages.create", lambda c, b: c.messages.create(b, channel="email"), "ticket_id"),
    ("messages.update", lambda c, b: c.messages.update(b, 1, body_text="x"), "ticket_id"),
    ("messages.update", lambda c, b: c.messages.update(1, b, body_text="x"), "message_id"),
    ("messages.delete", lambda c, b: c.messages.delete(b, 1), "ticket_id"),
    ("messages.delete", lambda c, b: c.messages.delete(1, b), "message_id"),
    ("messages.list_for_ticket", lambda c, b: c.messages.list_for_ticket(b), "ticket_id"),
    ("customers.delete_many", lambda c, b: c.customers.delete_many([1, b]), "ids"),
    ("customers.merge", lambda c, b: c.customers.merge(b, 2), "source_id"),
    ("customers.merge", lambda c, b: c.customers.merge(1, b), "target_id"),
    ("customers.set_data", lambda c, b: c.customers.set_data(b, {}), "customer_id"),
    (
        "customers.list_custom_fields",
        lambda c, b: c.customers.list_custom_fields(b),
        "customer_id",
    ),
    (
        "customers.update_custom_field",
        lambda c, b: c.customers.update_custom_field(b, 1, "v"),
        "customer_id",
    ),
    (
        "customers.update_custom_field",
        lambda c, b: c.customers.update_custom_field(1, b, "v"),
        "field_id",
    ),
    (
        "customers.delete_custom_field",
        lambda c, b: c.customers.delete_custom_field(b, 1),
        "customer_id",
    ),
    (
        "customers.delete_custom_field",
        lambda c, b: c.customers.delete_custom_field(1, b),
        "field_id",
    ),
    ("tags.delete_many", lambda c, b: c.tags.delete_many([b]), "ids"),
    ("tags.merge", lambda c, b: c.tags.merge(b, [2]), "destination_id"),
    ("tags.merge", lambda c, b: c.tags.merge(1, [2, b]), "source_ids"),
    ("views.list_items", lambda c, b: c.views.list_items(b), "view_id"),
    ("views.fetch_items", lambda c, b: c.views.fetch_items(b), "view_id"),
    ("views.list_items", lambda c, b: c.views.list_items(1, ignored_item=b), "ignored_item"),
    ("views.fetch_items", lambda c, b: c.views.fetch_items(1, ignored_item=b), "ignored_item"),
    ("macros.archive", lambda c, b: c.macros.archive([1, b]), "ids"),
    ("macros.unarchive", lambda c, b: c.macros.unarchive([b]), "ids"),
    ("rules.update_priorities", lambda c, b: c.rules.update_priorities({b: 1}), "rule_id"),
    ("account.update_setting", lambda c, b: c.account.update_setting(b, data={}), "setting_id"),
    ("custom_fields.update_many", lambda c, b: c.custom_fields.update_many([{"id": b}]), "id"),
]


def _id_params() -> list[Any]:
    params = []
    for label, call, name in ID_CALLS:
        for bad, error in BAD_IDS:
            if label == "users.get" and bad == 0 and error is ValueError:
                continue  # users.get(0) is the current user
            if name == "ignored_item" and bad is None:
                continue  # optional: None means "leave nothing out"
            params.append(pytest.param(call, bad, error, name, id=f"{label}-{name}-{bad!r}"))
    return params


@pytest.mark.parametrize(("call", "bad", "error", "name"), _id_params())
async def test_bad_id(fake, client, call, bad, error, name):
    await refused(fake, client, lambda c: call(c, bad), error, name)


# -- page sizes -------------------------------------------------------------------------

BAD_LIMITS: list[tuple[Any, type]] = [(0, ValueError), (101, ValueError), ("10", TypeError)]
BAD_LIMITS += [(10.0, TypeError), (True, TypeError)]


def _limit_params() -> list[Any]:
    calls: list[tuple[str, Callable[[AsyncGorgias, Any], Any], str]] = []
    for dotted in LISTABLE:
        base = BASE.get(dotted, {})
        calls += [
            (
                f"{dotted}.list",
                lambda c, b, d=dotted, f=base: service(c, d).list(limit=b, **f),
                "limit",
            ),
            (
                f"{dotted}.fetch_pages",
                lambda c, b, d=dotted, f=base: service(c, d).fetch_pages(page_size=b, **f),
                "page_size",
            ),
            (
                f"{dotted}.choices",
                lambda c, b, d=dotted, f=base: service(c, d).choices(limit=b, **f),
                "limit",
            ),
            (
                f"{dotted}.fetch_all",
                lambda c, b, d=dotted, f=base: service(c, d).fetch_all(page_size=b, **f),
                "page_size",
            ),
        ]
    calls += [
        ("views.list_items", lambda c, b: c.views.list_items(1, limit=b), "limit"),
        ("views.fetch_items", lambda c, b: c.views.fetch_items(1, page_size=b), "page_size"),
    ]
    return [
        pytest.param(call, bad, error, name, id=f"{label}-{bad!r}")
        for label, call, name in calls
        for bad, error in BAD_LIMITS
    ]


@pytest.mark.parametrize(("call", "bad", "error", "name"), _limit_params())
async def test_bad_page_size(fake, client, call, bad, error, name):
    await refused(fake, client, lambda c: call(c, bad), error, name)


# -- filters ----------------------------------------------------------------------------


def _orders(cls: type[Resource[Any]]) -> bool:
    return "order_by" in get_type_hints(cls.filters)


def _listing(dotted: str) -> list[Any]:
    return [
        pytest.param(dotted, method, id=f"{dotted}.{method}")
        for method in ("list", "fetch_pages", "fetch_all", "choices")
    ]


LISTINGS = [param for dotted in LISTABLE for param in _listing(dotted)]


def _list_call(dotted: str, method: str, **filters: Any) -> Callable[[AsyncGorgias], Any]:
    def call(client: AsyncGorgias) -> Any:
        return getattr(service(client, dotted), method)(**{**BASE.get(dotted, {}), **filters})

    return call


@pytest.mark.parametrize(("dotted", "method"), LISTINGS)
async def test_unknown_filter(fake, client, dotted, method):
    call = _list_call(dotted, method, bogus_filter=1)
    await refused(fake, client, call, TypeError, "bogus_filter")


@pytest.mark.parametrize(("dotted", "method"), LISTINGS)
@pytest.mark.parametrize("order", ["nope", "created_datetime:sideways", "id:asc", ""])
async def test_bad_order_by(fake, client, dotted, method, order):
    # Voice lists have no order_by at all: the keyword itself is unknown.
    error = ValueError if _orders(LISTABLE[dotted]) else TypeError
    await refused(fake, client, _list_call(dotted, method, order_by=order), error, "order_by")


def test_order_by_choices_are_per_endpoint():
    assert "updated_datetime:asc" in Tickets.orders
    assert "updated_datetime:asc" not in Views.orders


@pytest.mark.parametrize(
    ("dotted", "filters", "error", "name"),
    [
        ("tickets", {"ticket_ids": list(range(1, 102))}, ValueError, "ticket_ids"),
        ("tickets", {"ticket_ids": [1, 0]}, ValueError, "ticket_ids"),
        ("tickets", {"ticket_ids": "1,2"}, TypeError, "ticket_ids"),
        ("tickets", {"customer_id": 0}, ValueError, "customer_id"),
        ("tickets", {"view_id": "3"}, TypeError, "view_id"),
        ("tickets", {"external_id": 5}, TypeError, "external_id"),
        ("views", {"order_by": "updated_datetime:asc"}, ValueError, "order_by"),
        ("events", {"user_ids": [1, 2]}, ValueError, "user_ids"),
        ("events", {"types": "ticket-created"}, TypeError, "types"),
        ("events", {"created_datetime": {"after": "2024-01-01"}}, ValueError, "created_datetime"),
        ("events", {"created_datetime": {"gte": "yesterday"}}, ValueError, "created_datetime"),
        ("events", {"created_datetime": "2024-01-01"}, TypeError, "created_datetime"),
        ("macros", {"archived": "yes"}, TypeError, "archived"),
        ("macros", {"tags": "vip"}, TypeError, "tags"),
        ("custom_fields", {"object_type": "Order"}, ValueError, "object_type"),
        ("users", {"roles": ["admin", 3]}, TypeError, "roles"),
    ],
)
async def test_bad_filter_value(fake, client, dotted, filters, error, name):
    await refused(fake, client, _list_call(dotted, "list", **filters), error, name)


@pytest.mark.parametrize("method", ["list", "fetch_pages", "fetch_all"])
async def test_custom_fields_need_object_type(fake, client, method):
    call = lambda c: getattr(c.custom_fields, method)()  # noqa: E731
    await refused(fake, client, call, TypeError, "object_type")


# -- everything else --------------------------------------------------------------------

TOO_MANY = list(range(1, 102))
URL = "https://uploads.gorgias.io/abc123/file.pdf"

OTHER: list[tuple[str, Callable[[AsyncGorgias], Any], type, str]] = [
    ("tickets.list-cursor", lambda c: c.tickets.list(cursor=5), TypeError, "cursor"),
    ("tickets.add_tags-none", lambda c: c.tickets.add_tags(1), ValueError, "names or ids"),
    ("tickets.add_tags-str", lambda c: c.tickets.add_tags(1, names="vip"), TypeError, "names"),
    ("tickets.set_tags-many", lambda c: c.tickets.set_tags(1, ids=TOO_MANY), ValueError, "ids"),
    ("tickets.create-params", lambda c: c.tickets.create(5), TypeError, "params"),
    ("tickets.update-params", lambda c: c.tickets.update(1, [1]), TypeError, "params"),
    ("tickets.get_many-str", lambda c: c.tickets.get_many("12"), TypeError, "ids"),
    ("messages.create-action", lambda c: c.messages.create(1, action="x"), ValueError, "action"),
    (
        "messages.update-action",
        lambda c: c.messages.update(1, 2, action="now"),
        ValueError,
        "action",
    ),
    ("customers.delete_many-0", lambda c: c.customers.delete_many([]), ValueError, "ids"),
    ("customers.delete_many-101", lambda c: c.customers.delete_many(TOO_MANY), ValueError, "ids"),
    ("tags.delete_many-0", lambda c: c.tags.delete_many([]), ValueError, "ids"),
    ("tags.merge-101", lambda c: c.tags.merge(200, TOO_MANY), ValueError, "source_ids"),
    ("macros.archive-31", lambda c: c.macros.archive(list(range(1, 32))), ValueError, "ids"),
    ("macros.archive-0", lambda c: c.macros.archive([]), ValueError, "ids"),
    ("macros.unarchive-str", lambda c: c.macros.unarchive("1"), TypeError, "ids"),
    ("custom_fields.update_many", lambda c: c.custom_fields.update_many([{}]), TypeError, "id"),
    ("files.upload-type", lambda c: c.files.upload(b"x", type="video"), ValueError, "type"),
    ("files.upload-source", lambda c: c.files.upload(123), TypeError, "source"),
    ("files.download-url", lambda c: c.files.download("https://x/"), ValueError, "url"),
    (
        "files.download-file_type",
        lambda c: c.files.download(URL, file_type="secret"),
        ValueError,
        "file_type",
    ),
    ("search-type", lambda c: c.search("planet", "x"), ValueError, "type"),
    ("search-query", lambda c: c.search("customer", 5), TypeError, "query"),
    ("search-size-0", lambda c: c.search("customer", "x", size=0), ValueError, "size"),
    ("search-size-51", lambda c: c.search("customer", "x", size=51), ValueError, "size"),
    ("search-size-bool", lambda c: c.search("customer", "x", size=True), ValueError, "size"),
    ("statistics.get-name", lambda c: c.statistics.get("../x"), ValueError, "name"),
    ("statistics.download-name", lambda c: c.statistics.download(""), ValueError, "name"),
    ("statistics.report-limit", lambda c: c.statistics.report("t", limit=0), ValueError, "limit"),
    (
        "views.list_items-direction",
        lambda c: c.views.list_items(1, direction="back"),
        ValueError,
        "direction",
    ),
    (
        "statistics.report-limit-max",
        lambda c: c.statistics.report("t", limit=10001),
        ValueError,
        "limit",
    ),
]


@pytest.mark.parametrize(
    ("call", "error", "name"),
    [pytest.param(call, error, name, id=label) for label, call, error, name in OTHER],
)
async def test_other_bad_arguments(fake, client, call, error, name):
    await refused(fake, client, call, error, name)
