"""The fake server pages exactly like Gorgias, and its cursors survive writes."""

from __future__ import annotations

import asyncio
import base64

import orjson
import pytest

from gorgias_async.testing import FakeGorgias
from gorgias_async.testing._resources import RESOURCES

from ._http import api_session, get_json, walk

pytestmark = pytest.mark.asyncio


@pytest.fixture
async def fake():
    async with FakeGorgias(seed=3, customers=40, tickets=120, rate_limit=None) as server:
        yield server


class TestEnvelope:
    """Lists answer ``{data, object, uri, meta: {prev_cursor, next_cursor}}``."""

    async def test_envelope_shape_and_default_limit(self, fake):
        async with api_session(fake) as session:
            page = await get_json(session, "/tickets")
        assert set(page) == {"data", "object", "uri", "meta"}
        assert page["object"] == "list"
        assert page["uri"].startswith("/api/tickets")
        assert len(page["data"]) == 30
        assert page["meta"]["prev_cursor"] is None
        assert page["meta"]["next_cursor"]

    async def test_limit_above_100_is_a_400_with_field_error(self, fake):
        async with api_session(fake) as session:
            for bad in ("101", "0", "x"):
                async with session.get("/api/tickets", params={"limit": bad}) as response:
                    assert response.status == 400
                    body = await response.json()
                    assert "limit" in body["error"]["data"]

    async def test_unsupported_order_by_is_a_400(self, fake):
        async with api_session(fake) as session:
            async with session.get("/api/views", params={"order_by": "name:asc"}) as response:
                assert response.status == 400
                assert "order_by" in (await response.json())["error"]["data"]

    async def test_unknown_query_parameter_is_a_400(self, fake):
        async with api_session(fake) as session:
            async with session.get("/api/tickets", params={"page": "2"}) as response:
                assert response.status == 400

    async def test_cursor_is_opaque_base64_in_gorgias_shape(self, fake):
        async with api_session(fake) as session:
            page = await get_json(session, "/tickets", limit=5)
        decoded = orjson.loads(base64.urlsafe_b64decode(page["meta"]["next_cursor"]))
        assert decoded[0] == "next"


class TestWalks:
    """A cursor walk returns every item exactly once."""

    @pytest.mark.parametrize("resource", list(RESOURCES), ids=lambda r: r.name)
    async def test_every_list_endpoint_walks_every_item_once(self, fake, resource):
        params = {"limit": 7}
        if resource.required_query:
            params["object_type"] = "Ticket"
        async with api_session(fake) as session:
            items = await walk(session, resource.path, **params)
        ids = [item["id"] for item in items]
        assert len(ids) == len(set(ids))
        assert sorted(ids) == [item["id"] for item in fake.items(resource.name)]

    @pytest.mark.parametrize(
        "order_by",
        [
            "created_datetime:asc",
            "created_datetime:desc",
            "updated_datetime:asc",
            "updated_datetime:desc",
        ],
    )
    async def test_walk_follows_the_ordering(self, fake, order_by):
        async with api_session(fake) as session:
            items = await walk(session, "/tickets", limit=9, order_by=order_by)
        field, direction = order_by.split(":")
        keys = [(item[field], item["id"]) for item in items]
        assert keys == sorted(keys, reverse=direction == "desc")
        assert len(items) == 120

    async def test_prev_cursor_walks_back_to_the_same_pages(self, fake):
        async with api_session(fake) as session:
            first = await get_json(session, "/customers", limit=10)
            second = await get_json(
                session, "/customers", limit=10, cursor=first["meta"]["next_cursor"]
            )
            back = await get_json(
                session, "/customers", limit=10, cursor=second["meta"]["prev_cursor"]
            )
        assert [c["id"] for c in back["data"]] == [c["id"] for c in first["data"]]

    async def test_walk_with_concurrent_inserts_and_deletes_loses_nothing(self, fake):
        """Items present for the whole walk appear exactly once; inserts never duplicate."""
        original = {t["id"] for t in fake.items("tickets")}
        deleted: set[int] = set()
        message = {
            "channel": "email",
            "via": "api",
            "from_agent": False,
            "sender": {"email": "new@example.org"},
            "body_text": "hi",
        }
        async with api_session(fake) as session:
            seen: list[int] = []
            cursor = None
            pages = 0
            while True:
                params = {"limit": "10", "order_by": "created_datetime:asc"}
                if cursor:
                    params["cursor"] = cursor
                page = await get_json(session, "/tickets", **params)
                seen.extend(t["id"] for t in page["data"])
                pages += 1
                # Between pages: create two tickets and delete one not yet seen.
                for _ in range(2):
                    async with session.post("/api/tickets", json={"messages": [message]}) as r:
                        assert r.status == 201
                unseen = sorted(original - set(seen) - deleted)
                if unseen:
                    async with session.delete(f"/api/tickets/{unseen[-1]}") as r:
                        assert r.status == 204
                    deleted.add(unseen[-1])
                cursor = page["meta"]["next_cursor"]
                if not cursor or pages > 100:
                    break
        assert len(seen) == len(set(seen))
        assert original - deleted <= set(seen)

    async def test_filters_narrow_the_walk(self, fake):
        customer_id = fake.items("tickets")[0]["customer"]["id"]
        async with api_session(fake) as session:
            items = await walk(session, "/tickets", limit=5, customer_id=customer_id)
            some = await get_json(session, "/tickets", ticket_ids=["1", "2", "3"])
        expected = {t["id"] for t in fake.items("tickets") if t["customer"]["id"] == customer_id}
        assert {t["id"] for t in items} == expected
        assert {t["id"] for t in some["data"]} == {1, 2, 3}

    async def test_events_created_datetime_comparators(self, fake):
        events = fake.items("events")
        middle = sorted(e["created_datetime"] for e in events)[len(events) // 2]
        async with api_session(fake) as session:
            items = await walk(
                session,
                "/events",
                limit=100,
                order_by="created_datetime:asc",
                **{"created_datetime[gte]": middle},
            )
        assert items
        assert all(e["created_datetime"] >= middle for e in items)
        assert len(items) == sum(1 for e in events if e["created_datetime"] >= middle)


class TestCursorExpiry:
    """A cursor older than ``cursor_ttl`` gets the 400 the client must recognise."""

    async def test_expired_cursor_is_refused(self):
        async with FakeGorgias(tickets=20, rate_limit=None, cursor_ttl=0.05) as fake:
            async with api_session(fake) as session:
                page = await get_json(session, "/tickets", limit=5)
                await asyncio.sleep(0.1)
                async with session.get(
                    "/api/tickets", params={"limit": "5", "cursor": page["meta"]["next_cursor"]}
                ) as response:
                    assert response.status == 400
                    body = await response.json()
        assert "cursor" in body["error"]["data"]
        assert "expired" in body["error"]["msg"].lower()

    async def test_garbage_and_mismatched_cursors_are_400(self, fake):
        async with api_session(fake) as session:
            page = await get_json(session, "/tickets", limit=5)
            async with session.get("/api/tickets", params={"cursor": "!!!"}) as response:
                assert response.status == 400
            async with session.get(
                "/api/tickets",
                params={"cursor": page["meta"]["next_cursor"], "order_by": "updated_datetime:asc"},
            ) as response:
                assert response.status == 400
