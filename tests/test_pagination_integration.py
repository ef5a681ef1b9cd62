"""Walks over real HTTP: complete under faults and writes, fair, and leak-free on exit."""

from __future__ import annotations

import asyncio
from typing import get_args

import pytest

from gorgias_async import AsyncGorgias, RateLimit, StreamItem, StreamName
from gorgias_async.models import Ticket
from gorgias_async.resources import Resource
from gorgias_async.testing import FakeGorgias, Fault, RateLimitRules

MESSAGE = {
    "channel": "email",
    "via": "api",
    "from_agent": False,
    "sender": {"email": "walker@example.org"},
    "body_text": "hi",
}


def client_tasks() -> set[asyncio.Task[object]]:
    """Running tasks, leaving out the fake server's own request handlers."""
    return {
        task
        for task in asyncio.all_tasks()
        if not getattr(task.get_coro(), "__qualname__", "").startswith("RequestHandler.")
    }


async def settle(before: set[asyncio.Task[object]]) -> set[asyncio.Task[object]]:
    """Let async-generator finalizers run; return client tasks still left over."""
    for _ in range(100):
        if client_tasks() <= before:
            break
        await asyncio.sleep(0)
    return client_tasks() - before


class TestCompleteness:
    """fetch_all ends exactly when the data ends — never early, never twice."""

    async def test_storm_of_429_and_5xx_changes_nothing(self, fake, client):
        fake.faults.add(
            Fault.status(429, path="/tickets", probability=0.2, retry_after=0.001),
            Fault.status(503, path="/tickets", probability=0.2),
            Fault.drop(path="/tickets", probability=0.1),
        )
        ids = [t.id async for t in client.tickets.fetch_all(page_size=7)]
        assert sorted(ids) == [t["id"] for t in fake.items("tickets")]
        assert len(ids) == len(set(ids))
        assert client.stats.retries > 0

    async def test_items_created_during_the_walk(self, fake, client):
        before = {t["id"] for t in fake.items("tickets")}
        seen = []
        async for ticket in client.tickets.fetch_all(page_size=10, order_by="created_datetime:asc"):
            seen.append(ticket.id)
            if len(seen) % 10 == 0 and len(seen) <= 40:
                await client.tickets.create(messages=[MESSAGE])
        created = {t["id"] for t in fake.items("tickets")} - before
        assert before <= set(seen)
        assert len(seen) == len(set(seen))
        assert created <= set(seen)  # ascending order: new tickets come at the end

    async def test_start_cursor_and_on_page_resume_a_walk(self, fake, client):
        cursors = []
        first = []
        async for ticket in client.tickets.fetch_all(
            page_size=10, on_page=lambda page: cursors.append(page.next_cursor)
        ):
            first.append(ticket.id)
            if len(first) == 20:
                break
        rest = [t.id async for t in client.tickets.fetch_all(page_size=10, start_cursor=cursors[1])]
        assert first + rest == [t.id async for t in client.tickets.fetch_all(page_size=10)]

    async def test_expired_cursor_raises_with_the_last_good_position(self):
        from gorgias_async import CursorExpiredError

        async with FakeGorgias(rate_limit=None, tickets=30, cursor_ttl=0.05) as fake:
            async with AsyncGorgias(
                base_url=fake.base_url,
                username=fake.username,
                api_key=fake.api_key,
                rate_limit=None,
            ) as client:
                page = await client.tickets.list(limit=10)
                await asyncio.sleep(0.1)
                with pytest.raises(CursorExpiredError) as caught:
                    await page.next()
        assert caught.value.cursor == page.next_cursor


class TestPrefetchHidesModelBuilding:
    """With prefetch, a page's models are built while the next page is in flight."""

    async def test_the_next_request_is_out_before_the_models_are_built(
        self, fake, client, monkeypatch
    ):
        fake.latency = 0.01
        service = client.tickets
        build = service._structure_items
        in_flight_at_build = []

        def spy(items):
            in_flight_at_build.append(client.stats.in_flight)
            return build(items)

        monkeypatch.setattr(service, "_structure_items", spy)
        pages = [page async for page in service.fetch_pages(page_size=10, prefetch=1)]
        assert in_flight_at_build == []  # nothing built until read
        for page in pages:
            assert page.data
        assert len(pages) > 2
        in_flight_at_build.clear()
        async for page in service.fetch_pages(page_size=10, prefetch=1):
            assert page.data
        assert in_flight_at_build[:-1] == [1] * (len(pages) - 1)

    async def test_pages_and_items_are_models_however_they_are_read(self, client):
        page = await client.tickets.list(limit=5)
        assert all(type(t) is Ticket for t in page.data)
        assert page.data is page.data
        following = await page.next()
        assert [type(t) for t in following] == [Ticket] * len(following)
        assert len(following) == len(following.data)


class TestSeveralWalks:
    """client.walk: several streams under one budget, each in its own order."""

    async def test_walk_yields_every_item_of_every_stream_in_order(self, fake, client):
        got: dict[str, list[int]] = {}
        async for name, item in client.walk(["tickets", "customers", "events", "messages"]):
            got.setdefault(name, []).append(item.id)
        for name in ("tickets", "customers", "events", "messages"):
            assert sorted(got[name]) == [x["id"] for x in fake.items(name)]
        tickets = [t.id async for t in client.tickets.fetch_all()]
        assert got["tickets"] == tickets

    async def test_budget_is_respected_and_streams_interleave(self):
        rules = RateLimitRules(api_key=10, window=1.0)
        async with FakeGorgias(
            rate_limit=rules, time_scale=4, tickets=60, customers=60, messages_per_ticket=(1, 1)
        ) as fake:
            async with AsyncGorgias(
                base_url=fake.base_url,
                username=fake.username,
                api_key=fake.api_key,
                rate_limit=RateLimit(10, 0.25),
                max_concurrency=8,
            ) as client:
                streams = ["tickets", "customers", "messages", "events"]
                walked = [name async for name, _ in client.walk(streams, page_size=5)]
                assert len(walked) == sum(len(fake.items(name)) for name in streams)
            log = [r.path for r in fake.requests]
        assert fake.stats.rate_limited == 0
        # fairness: every stream got a request in before any stream got its tenth
        first = {
            path: log.index(path) for path in {"/tickets", "/customers", "/messages", "/events"}
        }
        tenth_of_any = min(
            [i for i, p in enumerate(log) if log[: i + 1].count(p) == 10] or [len(log)]
        )
        assert max(first.values()) < tenth_of_any

    async def test_the_stream_types_name_every_listable_service_and_its_model(self, client):
        """``StreamName``/``StreamItem`` (walk's typing) match the client's services."""
        listable = {
            name: service.model
            for name, service in vars(client).items()
            if isinstance(service, Resource)
        }
        assert set(get_args(StreamName)) == set(listable)
        typed = {}
        for pair in get_args(StreamItem):
            literal, model = get_args(pair)
            (name,) = get_args(literal)
            typed[name] = model
        assert typed == listable

    async def test_items_are_the_models_their_name_says(self, client):
        async for name, item in client.walk(["tickets", "customers", "tags"]):
            assert type(item) is getattr(client, name).model

    async def test_bad_stream_name(self, client):
        with pytest.raises(ValueError, match="streams"):
            client.walk(["tickets", "nope"])


class TestCleanExit:
    """break, cancellation or an error in the consumer leak nothing."""

    async def test_break_after_three_items_leaks_nothing(self, fake, client):
        asyncio.get_running_loop().set_debug(True)
        fake.latency = 0.01
        await client.request("GET", "/account")  # open the session before the baseline
        before = client_tasks()
        taken = []
        async for ticket in client.tickets.fetch_all(page_size=5, prefetch=3):
            taken.append(ticket)
            if len(taken) == 3:
                break
        assert await settle(before) == set()
        assert client.stats.in_flight == 0
        assert client._transport._semaphore._value == client.max_concurrency
        connector = client._transport.sender._session.connector
        assert not connector._acquired  # no response left open

    async def test_cancelling_the_consumer_task_leaks_nothing(self, fake, client):
        fake.latency = 0.05
        await client.request("GET", "/account")
        before = client_tasks()

        async def consume() -> None:
            async for _ in client.messages.fetch_all(page_size=5, prefetch=2):
                await asyncio.sleep(0)

        task = asyncio.create_task(consume())
        await asyncio.sleep(0.12)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert await settle(before) == set()
        assert client.stats.in_flight == 0

    async def test_error_in_consumer_closes_the_walk(self, fake, client):
        await client.request("GET", "/account")
        before = client_tasks()

        async def consume() -> None:
            async for _ in client.customers.fetch_all(page_size=3):
                raise LookupError

        with pytest.raises(LookupError):
            await consume()
        assert await settle(before) == set()
        assert client.stats.in_flight == 0


class TestPaginate:
    """``client.paginate``: the raw walk over any list endpoint, dicts as sent."""

    async def test_yields_the_servers_objects_unchanged(self, fake, client):
        items = [item async for item in client.paginate("/tickets", page_size=7)]
        by_id = {item["id"]: item for item in items}
        assert len(by_id) == len(items)
        assert by_id == {ticket["id"]: ticket for ticket in fake.items("tickets")}
        assert len(fake.requests) == -(-len(items) // 7)

    async def test_params_filters_and_max_items(self, fake, client):
        customer_id = fake.items("tickets")[0]["customer"]["id"]
        expected = [t.id async for t in client.tickets.fetch_all(customer_id=customer_id)]
        fake.reset_observations()
        got = [
            t
            async for t in client.paginate(
                "/tickets", params={"customer_id": customer_id}, max_items=2
            )
        ]
        assert [t["id"] for t in got] == expected[:2]
        assert fake.requests[0].query["customer_id"] == [str(customer_id)]

    @pytest.mark.parametrize(
        ("arguments", "error", "name"),
        [
            ({"path": "tickets"}, ValueError, "path"),
            ({"path": "/tickets", "page_size": 0}, ValueError, "page_size"),
            ({"path": "/tickets", "page_size": "5"}, TypeError, "page_size"),
        ],
    )
    async def test_bad_arguments_fail_before_any_request(
        self, fake, client, arguments, error, name
    ):
        with pytest.raises(error, match=name):
            client.paginate(**arguments)
        assert fake.requests == []
