"""``client.macros`` and ``client.rules`` against the fake: requests and results."""

from __future__ import annotations

import pytest

from gorgias_async.models import Macro, Rule

from ._cases import Case, Req, list_of, page_of, q, resource_cases, run_case

ACTION = {
    "name": "setResponseText",
    "title": "Add response text",
    "type": "user",
    "arguments": {"body_text": "Hi {{ticket.customer.firstname}},"},
}


def archived(ctx, ids):
    return [ctx.item("macros", i)["archived"] for i in ids]


async def archive_two(client, ctx):
    await client.macros.archive([1, 2])


CASES = [
    *resource_cases(
        "macros",
        "/macros",
        Macro,
        "macros",
        filters={
            "search": "refund",
            "languages": ["fr", "en"],
            "archived": False,
            "message_id": 3,
            "ticket_id": 4,
            "order_by": "name:asc",
        },
        filter_check=lambda r, x: r.data and all("refund" in m.name for m in r.data),
        create={"name": "Refund", "actions": [ACTION], "language": "en"},
        update={"name": "Refund v2", "actions": []},
    ),
    Case(
        "macros.list",
        lambda c, x: c.macros.list(limit=3, tags=["vip", "refund"], order_by="usage:desc"),
        [
            Req(
                "GET",
                "/macros",
                q(limit=3, tags=["vip", "refund"], order_by="usage:desc"),
            )
        ],
        page_of(Macro),
        label="tags",
    ),
    Case(
        "macros.archive",
        lambda c, x: c.macros.archive([1, 2, 99]),
        [Req("PUT", "/macros/archive", body={"ids": [1, 2, 99]})],
        lambda r, x: [item["status"] for item in r] == [200, 200, 404],
        check=lambda r, x: archived(x, [1, 2, 3]) == [True, True, False],
    ),
    Case(
        "macros.unarchive",
        lambda c, x: c.macros.unarchive([2]),
        [Req("PUT", "/macros/unarchive", body={"ids": [2]})],
        lambda r, x: r == [{"id": 2, "status": 200}],
        check=lambda r, x: archived(x, [1, 2]) == [True, False],
        setup=archive_two,
    ),
    *resource_cases(
        "rules",
        "/rules",
        Rule,
        "rules",
        default_limit=100,
        filters={"order_by": "created_datetime:asc"},
        create={"name": "Auto-tag", "code": "if (true) {}", "event_types": "ticket-created"},
        update={"description": "Tags VIPs", "code": "if (false) {}"},
    ),
    Case(
        "rules.update_priorities",
        lambda c, x: c.rules.update_priorities({3: 10, 1: 5}),
        [
            Req(
                "POST",
                "/rules/priorities",
                body={"priorities": [{"id": 3, "priority": 10}, {"id": 1, "priority": 5}]},
            )
        ],
        list_of(Rule),
        check=lambda r, x: [(rule.id, rule.priority) for rule in r] == [(3, 10), (1, 5)],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
async def test_call(case, fake, client):
    await run_case(case, fake, client)
