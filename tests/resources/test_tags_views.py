"""``client.tags`` and ``client.views`` (with the tickets a view shows) against the fake."""

from __future__ import annotations

import pytest

from gorgias_async.models import Tag, Ticket, View

from ._cases import ANY, Case, Req, collect, page_of, q, resource_cases, run_case, walk

VIEW = {"filters": "eq(ticket.status, 'open')", "order_by": "updated_datetime"}


async def items_cursor(client, ctx):
    page = await client.views.list_items(1, limit=5)
    return page.next_cursor


async def first_item(client, ctx):
    return (await client.views.list_items(1, limit=5)).data[0].id


async def first_items(client, ctx):
    page = await client.views.list_items(1, limit=5)
    return page.next_cursor, [t.id for t in page.data]


CASES = [
    *resource_cases(
        "tags",
        "/tags",
        Tag,
        "tags",
        filters={"search": "ship", "order_by": "usage:desc,name:desc"},
        filter_check=lambda r, x: [t.name for t in r.data] == ["shipping"],
        create={"name": "fresh", "description": "New arrivals"},
        update={"name": "renamed", "decoration": {"color": "#ff0000"}},
    ),
    Case(
        "tags.update",
        lambda c, x: c.tags.update(1, Tag(id=1, name="from-model")),
        [Req("PUT", "/tags/1", body={"id": 1, "name": "from-model"})],
        Tag,
        check=lambda r, x: x.item("tags", 1)["name"] == "from-model",
        label="model-params",
    ),
    Case(
        "tags.delete_many",
        lambda c, x: c.tags.delete_many([4, 5]),
        [Req("DELETE", "/tags", body={"ids": [4, 5]})],
        None,
        check=lambda r, x: not {4, 5} & x.ids("tags"),
    ),
    Case(
        "tags.merge",
        lambda c, x: c.tags.merge(1, [2, 3]),
        [Req("PUT", "/tags/1/merge", body={"source_tags_ids": [2, 3]})],
        Tag,
        check=lambda r, x: r.id == 1 and not {2, 3} & x.ids("tags"),
    ),
    *resource_cases(
        "views",
        "/views",
        View,
        "views",
        filters={"order_by": "created_datetime:asc"},
        create={"name": "Mine", "slug": "mine", **VIEW},
        update={"name": "Renamed", "visibility": "private"},
    ),
    Case(
        "views.list_items",
        lambda c, x: c.views.list_items(2),
        [Req("GET", "/views/2/items", q(limit=30))],
        page_of(Ticket),
        check=lambda r, x: len(r.data) == 30 and r.next_cursor,
    ),
    Case(
        "views.list_items",
        lambda c, x: c.views.list_items(1, limit=5, cursor=x.setup),
        lambda x: [Req("GET", "/views/1/items", q(limit=5, cursor=x.setup))],
        page_of(Ticket),
        check=lambda r, x: len(r.data) == 5,
        setup=items_cursor,
        label="cursor",
    ),
    Case(
        "views.list_items",
        lambda c, x: c.views.list_items(1, limit=5, ignored_item=x.setup),
        lambda x: [Req("GET", "/views/1/items", q(limit=5, ignored_item=x.setup))],
        page_of(Ticket),
        check=lambda r, x: len(r.data) == 5 and x.setup not in [t.id for t in r.data],
        setup=first_item,
        label="ignored_item",
    ),
    Case(
        "views.list_items",
        lambda c, x: c.views.list_items(1, limit=5, cursor=x.setup[0], direction="prev"),
        lambda x: [Req("GET", "/views/1/items", q(limit=5, cursor=x.setup[0], direction="prev"))],
        page_of(Ticket),
        # The items before the cursor's own (the first page's last): the rest of page one.
        check=lambda r, x: [t.id for t in r.data] == x.setup[1][:-1],
        setup=first_items,
        label="direction prev",
    ),
    Case(
        "views.fetch_items",
        lambda c, x: collect(c.views.fetch_items(1, page_size=25, ignored_item=x.setup)),
        lambda x: walk("GET", "/views/1/items", 25, x.count("tickets") - 1, ignored_item=x.setup),
        lambda r, x: all(isinstance(t, Ticket) for t in r),
        check=lambda r, x: sorted(t.id for t in r) == sorted(set(x.ids("tickets")) - {x.setup}),
        setup=first_item,
        label="ignored_item",
    ),
    Case(
        "views.list_items",
        lambda c, x: c.views.list_items(3, limit=10, search=VIEW),
        [Req("PUT", "/views/3/items", q(limit=10), body={"view": VIEW})],
        page_of(Ticket),
        check=lambda r, x: len(r.data) == 10,
        label="search",
    ),
    Case(
        "views.fetch_items",
        lambda c, x: collect(c.views.fetch_items(1, page_size=25)),
        lambda x: walk("GET", "/views/1/items", 25, x.count("tickets")),
        lambda r, x: all(isinstance(t, Ticket) for t in r),
        check=lambda r, x: sorted(t.id for t in r) == sorted(x.ids("tickets")),
    ),
    Case(
        "views.fetch_items",
        lambda c, x: collect(c.views.fetch_items(1, page_size=10, max_items=15, prefetch=0)),
        [
            Req("GET", "/views/1/items", q(limit=10)),
            Req("GET", "/views/1/items", q(limit=10, cursor=ANY)),
        ],
        lambda r, x: len(r) == 15 and all(isinstance(t, Ticket) for t in r),
        label="max_items",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
async def test_call(case, fake, client):
    await run_case(case, fake, client)
