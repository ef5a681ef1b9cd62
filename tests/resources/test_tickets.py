"""``client.tickets`` and ``client.messages`` against the fake: requests and results."""

from __future__ import annotations

import pytest

from gorgias_async.models import CustomFieldValue, Tag, Ticket, TicketMessage

from ._cases import Case, Req, collect, list_of, page_of, q, resource_cases, run_case

MESSAGE = {
    "channel": "email",
    "via": "api",
    "from_agent": False,
    "sender": {"email": "buyer@example.org"},
    "source": {"type": "email", "from": {"address": "buyer@example.org"}, "to": []},
    "body_text": "Where is my parcel?",
}
#: What Gorgias requires in every message update (gorgias-api.md §1, and the spec).
MESSAGE_KIND = {"channel": "email", "via": "api", "from_agent": False}


def tag_names(ctx, ticket_id):
    return {tag["name"] for tag in ctx.item("tickets", ticket_id)["tags"]}


async def set_two_values(client, ctx):
    await client.tickets.update_custom_fields(ctx.ticket, {1: "a", 2: "b"})


TICKETS = [
    *resource_cases(
        "tickets",
        "/tickets",
        Ticket,
        "tickets",
        filters={"ticket_ids": [1, 2, 3], "order_by": "updated_datetime:asc"},
        filter_check=lambda r, x: sorted(t.id for t in r.data) == [1, 2, 3],
        create={"messages": [MESSAGE], "subject": "Parcel"},
        stored=["subject"],
        update={"status": "closed", "subject": "Parcel found"},
    ),
    Case(
        "tickets.list",
        lambda c, x: c.tickets.list(
            limit=100, customer_id=18, external_id="ext-1", view_id=4, rule_id=5
        ),
        [
            Req(
                "GET",
                "/tickets",
                q(limit=100, customer_id=18, external_id="ext-1", view_id=4, rule_id=5),
            )
        ],
        page_of(Ticket),
        label="every-filter",
    ),
    Case(
        "tickets.get",
        lambda c, x: c.tickets.get(x.ticket, with_custom_fields=True),
        [Req("GET", "/tickets/{ticket}", q(relationships="custom_fields"))],
        Ticket,
        check=lambda r, x: r.id == x.ticket and r.messages,
        label="with_custom_fields",
    ),
    Case(
        "tickets.update",
        lambda c, x: c.tickets.update(x.ticket, {"subject": "From params"}, status="closed"),
        [Req("PUT", "/tickets/{ticket}", body={"subject": "From params", "status": "closed"})],
        Ticket,
        check=lambda r, x: r.subject == "From params" and r.status == "closed",
        label="params-and-fields",
    ),
    Case(
        "tickets.list_tags",
        lambda c, x: c.tickets.list_tags(x.ticket),
        [Req("GET", "/tickets/{ticket}/tags")],
        list_of(Tag),
        check=lambda r, x: {t.name for t in r} == tag_names(x, x.ticket),
    ),
    Case(
        "tickets.add_tags",
        lambda c, x: c.tickets.add_tags(x.ticket, names=["brand-new"], ids=[1]),
        [Req("POST", "/tickets/{ticket}/tags", body={"names": ["brand-new"], "ids": [1]})],
        None,
        check=lambda r, x: {"brand-new", "vip"} <= tag_names(x, x.ticket),
    ),
    Case(
        "tickets.set_tags",
        lambda c, x: c.tickets.set_tags(x.ticket, ids=[1, 2]),
        [Req("PUT", "/tickets/{ticket}/tags", body={"ids": [1, 2]})],
        None,
        check=lambda r, x: tag_names(x, x.ticket) == {"vip", "refund"},
    ),
    Case(
        "tickets.remove_tags",
        lambda c, x: c.tickets.remove_tags(x.ticket, names=["shipping"]),
        [Req("DELETE", "/tickets/{ticket}/tags", body={"names": ["shipping"]})],
        None,
        check=lambda r, x: "shipping" not in tag_names(x, x.ticket),
    ),
    Case(
        "tickets.list_custom_fields",
        lambda c, x: c.tickets.list_custom_fields(x.ticket),
        [Req("GET", "/tickets/{ticket}/custom-fields")],
        list_of(CustomFieldValue),
        check=lambda r, x: {(v.field.id, v.value) for v in r} == {(1, "a"), (2, "b")},
        setup=set_two_values,
    ),
    Case(
        "tickets.update_custom_fields",
        lambda c, x: c.tickets.update_custom_fields(x.ticket, {1: "a", 3: 7}),
        [
            Req(
                "PUT",
                "/tickets/{ticket}/custom-fields",
                body=[{"id": 1, "value": "a"}, {"id": 3, "value": 7}],
            )
        ],
        list_of(CustomFieldValue),
        check=lambda r, x: {(v.field.id, v.value) for v in r} == {(1, "a"), (3, 7)},
    ),
    Case(
        "tickets.update_custom_field",
        lambda c, x: c.tickets.update_custom_field(x.ticket, 2, "refund"),
        [Req("PUT", "/tickets/{ticket}/custom-fields/2", body="refund")],
        list_of(CustomFieldValue),
        check=lambda r, x: (2, "refund") in {(v.field.id, v.value) for v in r},
    ),
    Case(
        "tickets.delete_custom_field",
        lambda c, x: c.tickets.delete_custom_field(x.ticket, 1),
        [Req("DELETE", "/tickets/{ticket}/custom-fields/1")],
        None,
        check=lambda r, x: set(x.fake.state.ticket_field_values[x.ticket]) == {2},
        setup=set_two_values,
    ),
    Case(
        "tickets.bulk_apply_macro",
        # The fake starts a job after 1 s and works 1 ticket in 0.01 s: one look at 2 s.
        lambda c, x: collect(
            c.tickets.bulk_apply_macro([x.ticket], 1, apply_and_close=True, poll_interval=2.0)
        ),
        lambda x: [
            Req(
                "POST",
                "/jobs",
                body={
                    "type": "applyMacro",
                    "params": {"ticket_ids": [x.ticket], "macro_id": 1, "apply_and_close": True},
                },
            ),
            Req("GET", f"/jobs/{max(x.ids('jobs'))}"),
        ],
        lambda r, x: [result.status for result in r] == ["updated"],
        check=lambda r, x: x.item("tickets", x.ticket)["status"] == "closed",
    ),
]


def message_ids(ctx, ticket_id):
    return {m["id"] for m in ctx.fake.items("messages") if m["ticket_id"] == ticket_id}


MESSAGES = [
    *(
        case
        for case in resource_cases(
            "messages",
            "/messages",
            TicketMessage,
            "messages",
            ops=(),
            filters=lambda x: {"ticket_id": x.ticket, "order_by": "created_datetime:asc"},
            filter_check=lambda r, x: {m.id for m in r.data} == message_ids(x, x.ticket),
        )
        # one message is addressed through its ticket: /tickets/{id}/messages/{id}
        if case.method not in ("messages.get", "messages.get_many", "messages.iter_many")
    ),
    Case(
        "messages.get",
        lambda c, x: c.messages.get(x.ticket, x.message),
        [Req("GET", "/tickets/{ticket}/messages/{message}")],
        TicketMessage,
        check=lambda r, x: (r.id, r.ticket_id) == (x.message, x.ticket),
    ),
    Case(
        "messages.create",
        lambda c, x: c.messages.create(x.ticket, MESSAGE),
        [Req("POST", "/tickets/{ticket}/messages", body=MESSAGE)],
        TicketMessage,
        check=lambda r, x: r.ticket_id == x.ticket and r.id in message_ids(x, x.ticket),
    ),
    Case(
        "messages.create",
        lambda c, x: c.messages.create(
            x.ticket, action="force", sent_datetime="2024-01-01T00:00:00Z", **MESSAGE
        ),
        [
            Req(
                "POST",
                "/tickets/{ticket}/messages",
                q(action="force"),
                body={"sent_datetime": "2024-01-01T00:00:00Z", **MESSAGE},
            )
        ],
        TicketMessage,
        check=lambda r, x: x.item("messages", r.id)["sent_datetime"] == "2024-01-01T00:00:00Z",
        label="action-and-sent_datetime",
    ),
    Case(
        "messages.update",
        lambda c, x: c.messages.update(x.ticket, x.message, body_text="Edited", **MESSAGE_KIND),
        [
            Req(
                "PUT",
                "/tickets/{ticket}/messages/{message}",
                body={"body_text": "Edited", **MESSAGE_KIND},
            )
        ],
        TicketMessage,
        check=lambda r, x: r.body_text == "Edited",
    ),
    Case(
        "messages.update",
        lambda c, x: c.messages.update(x.ticket, x.message, MESSAGE_KIND, action="retry"),
        [
            Req(
                "PUT",
                "/tickets/{ticket}/messages/{message}",
                q(action="retry"),
                body=MESSAGE_KIND,
            )
        ],
        TicketMessage,
        label="action",
    ),
    Case(
        "messages.list_for_ticket",
        lambda c, x: c.messages.list_for_ticket(x.ticket),
        [Req("GET", "/tickets/{ticket}/messages")],
        list_of(TicketMessage),
        check=lambda r, x: {m.id for m in r} == message_ids(x, x.ticket),
    ),
    Case(
        "messages.delete",
        lambda c, x: c.messages.delete(x.ticket, x.message),
        [Req("DELETE", "/tickets/{ticket}/messages/{message}")],
        None,
        check=lambda r, x: x.message not in x.ids("messages"),
    ),
]

CASES = TICKETS + MESSAGES


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
async def test_call(case, fake, client):
    await run_case(case, fake, client)
