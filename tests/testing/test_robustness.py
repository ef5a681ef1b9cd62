"""The fake refuses bad input with Gorgias' 400/415 and is never corrupted by it."""

from __future__ import annotations

import aiohttp
import pytest

from gorgias_async.testing import FakeGorgias

from ._http import api_session

LISTS = ("/tags", "/teams", "/widgets", "/customers", "/tickets", "/users", "/views", "/macros")


@pytest.fixture
async def fake():
    async with FakeGorgias(seed=3, customers=5, tickets=5, rate_limit=None) as server:
        yield server


@pytest.fixture
async def session(fake):
    async with api_session(fake) as client_session:
        yield client_session


async def answer(response: aiohttp.ClientResponse) -> tuple[int, object]:
    body = await response.json(content_type=None) if response.content_length != 0 else None
    return response.status, body


def assert_validation_error(status: int, body: object, field: str | None = None) -> None:
    """A 400 in Gorgias' shape: ``{"error": {"msg": str, "data": {field: [str, …]}}}``."""
    assert status == 400, body
    assert isinstance(body, dict)
    error = body["error"]
    assert isinstance(error["msg"], str)
    if field is not None:
        messages = error["data"][field]
        assert messages
        assert all(isinstance(message, str) for message in messages)


async def assert_lists_healthy(session: aiohttp.ClientSession) -> None:
    for path in LISTS:
        async with session.get("/api" + path, params={"limit": 100}) as response:
            assert response.status == 200, (path, await response.text())


class TestWrongTypes:
    """Wrong JSON types are 400 field errors, not 500s."""

    @pytest.mark.parametrize(
        ("path", "body", "field"),
        [
            ("/tags", {"name": False}, "name"),
            ("/tags", {"name": 12}, "name"),
            ("/teams", {"name": ["a"]}, "name"),
            ("/widgets", {"type": "http", "template": {}, "order": "first"}, "order"),
            ("/search", {"type": {}, "query": "x"}, "type"),
            ("/search", {"type": "customer", "query": "x", "size": 0}, "size"),
            ("/customers", {"email": 5}, "email"),
        ],
    )
    async def test_refused_and_the_store_stays_whole(self, session, path, body, field):
        async with session.post("/api" + path, json=body) as response:
            assert_validation_error(*await answer(response), field)
        await assert_lists_healthy(session)

    async def test_a_statistic_with_a_json_array_body(self, session):
        async with session.post("/api/stats/overview", json=[1, 2]) as response:
            assert_validation_error(*await answer(response))

    async def test_an_unknown_statistic(self, session):
        async with session.post("/api/stats/no-such-stat", json={"filters": {}}) as response:
            assert response.status in (400, 404)

    async def test_an_update_with_a_wrong_type(self, session, fake):
        tag = fake.items("tags")[0]
        async with session.put(f"/api/tags/{tag['id']}", json={"name": None}) as response:
            assert_validation_error(*await answer(response), "name")
        await assert_lists_healthy(session)


class TestBrokenBodies:
    """Malformed JSON and broken multipart are 400s, the wrong content type a 415."""

    @pytest.mark.parametrize(
        ("path", "content_type", "data", "status"),
        [
            ("/tags", "application/json", b'{"name": ', 400),  # malformed JSON
            ("/tags", "text/plain", b'{"name": "x"}', 415),
            ("/tags", None, None, 400),  # the required body missing
            ("/upload", "multipart/form-data", b"--x\r\n\r\n", 400),  # no boundary
            ("/upload", "multipart/form-data; boundary=zz", b"--zz\r\nno-end", 400),
            ("/upload", "application/json", b'{"a": 1}', 415),
        ],
    )
    async def test_refused(self, session, path, content_type, data, status):
        headers = {"Content-Type": content_type} if content_type else {}
        async with session.post("/api" + path, data=data, headers=headers) as response:
            got, body = await answer(response)
        assert got == status, body
        assert isinstance(body, dict)
        assert isinstance(body["error"]["msg"], str)
        await assert_lists_healthy(session)


class TestStoreIntegrity:
    """Whatever a write stores, every list keeps answering."""

    async def test_mixed_types_in_a_sort_field(self, session, fake):
        # Written around the HTTP validation, as a test or a fault of ours could do.
        tags = fake.state.collection("tags")
        tags.put({"id": tags.next_id(), "name": False, "created_datetime": None})
        tags.put({"id": tags.next_id(), "name": ["x"], "created_datetime": 3})
        for order in ("name:asc", "name:desc", "created_datetime:asc", "usage:desc,name:desc"):
            async with session.get("/api/tags", params={"order_by": order}) as response:
                assert response.status == 200, await response.text()
                assert len((await response.json())["data"]) == len(tags)
        assert tags.consistent()
