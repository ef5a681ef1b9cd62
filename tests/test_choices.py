"""Picklists: ``choices()`` gives ``(id, label)`` pairs, paginated and filtered, async and sync.

Every listable service has it (generated from the catalog's ``labels``); its request and
result shape per service are in the ``tests/resources`` tables. Here: the labels.
"""

from __future__ import annotations

import asyncio

import pytest

from gorgias_async.resources._base import LABEL_LENGTH, label_of
from gorgias_async.resources._catalog import CATALOG
from gorgias_async.testing import FakeGorgias

from ._clients import blocking


def stored(fake: FakeGorgias, resource: str) -> dict[int, dict]:
    return {item["id"]: item for item in fake.items(resource)}


class TestLabels:
    async def test_tickets_by_subject(self, fake, client):
        page = await client.tickets.choices(limit=100)
        tickets = stored(fake, "tickets")
        assert sorted(key for key, _ in page.data) == sorted(tickets)
        for key, label in page.data:
            ticket = tickets[key]
            customer = ticket["customer"]
            assert label == (ticket["subject"] or customer["name"] or customer["email"])
        assert any(not ticket["subject"] for ticket in tickets.values())  # the fallback ran

    async def test_customers_by_name_else_email(self, fake, client):
        nameless = await client.customers.create(email="no-name@example.org", channels=[])
        page = await client.customers.choices(limit=100)
        labels = dict(page.data)
        assert labels[nameless.id] == "no-name@example.org"
        named = next(c for c in fake.items("customers") if c.get("name"))
        assert labels[named["id"]] == named["name"]

    async def test_events_by_type_messages_by_excerpt(self, fake, client):
        events = await client.events.choices(limit=20)
        assert all(label == stored(fake, "events")[key]["type"] for key, label in events.data)
        ticket = fake.items("tickets")[0]["id"]
        long = "word " * 40
        message = await client.messages.create(
            ticket,
            channel="email",
            via="api",
            from_agent=True,
            sender={"email": "agent@example.org"},
            source={"type": "email", "from": {"address": "agent@example.org"}, "to": []},
            body_text=long,
            stripped_text=long,
        )
        labels = dict((await client.messages.choices(ticket_id=ticket, limit=100)).data)
        assert len(labels[message.id]) == LABEL_LENGTH
        assert labels[message.id].endswith("…")
        assert labels[message.id].startswith("word word")

    async def test_paginated_and_filtered(self, fake, client):
        first = await client.tickets.choices(limit=5)
        second = await first.next()
        assert len(first.data) == 5
        assert not {k for k, _ in first.data} & {k for k, _ in second.data}
        again = await client.tickets.choices(limit=5, cursor=first.next_cursor)
        assert again.data == second.data
        customer = fake.items("tickets")[0]["customer"]["id"]
        mine = await client.tickets.choices(customer_id=customer)
        owned = {t["id"] for t in fake.items("tickets") if t["customer"]["id"] == customer}
        assert {k for k, _ in mine.data} == owned
        fields = await client.custom_fields.choices(object_type="Ticket")
        assert all(label.startswith("Field") for _, label in fields.data)

    async def test_refused_before_any_request(self, fake, client):
        with pytest.raises(ValueError, match="limit"):
            await client.tickets.choices(limit=0)
        with pytest.raises(TypeError, match="bogus"):
            await client.tickets.choices(bogus=1)  # type: ignore[call-arg]
        assert fake.stats.requests == 0

    async def test_blocking_client(self, fake):
        def run() -> tuple[list, list]:
            with blocking(fake) as client:
                page = client.customers.choices(limit=3)
                return page.data, page.next().data

        first, second = await asyncio.to_thread(run)
        customers = stored(fake, "customers")
        assert len(first) == len(second) == 3
        assert all(label in (customers[k]["name"], customers[k]["email"]) for k, label in first)


class TestLabelRule:
    def test_first_set_field_one_line_else_the_id(self):
        assert label_of({"id": 3, "name": "", "email": "a@b.c"}, ("name", "email")) == "a@b.c"
        assert label_of({"id": 3, "customer": {"name": "Ann"}}, ("customer.name",)) == "Ann"
        assert label_of({"id": 3, "subject": "a\n  b"}, ("subject",)) == "a b"
        assert label_of({"id": 3, "score": 5}, ("score",)) == "5"
        assert label_of({"id": 3, "name": None, "flag": True}, ("name", "flag")) == "#3"

    def test_every_listed_service_declares_labels(self):
        for entry in CATALOG:
            if entry.listable:
                assert entry.labels, entry.attribute
