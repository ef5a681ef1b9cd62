"""Bulk writes as a pipeline destination: nested excludes, refused typos, extra headers.

Over real HTTP against the fake, async and blocking.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import pytest

from gorgias_async import BulkResult
from gorgias_async.testing import FakeGorgias

from ._clients import blocking


def ticket(i: int) -> dict[str, Any]:
    """A ticket record with a nested customer and a message carrying private fields."""
    return {
        "subject": f"ticket {i}",
        "external_id": f"ext-{i}",
        "internal_score": i,
        "customer": {"email": f"c{i}@example.com", "name": f"C {i}"},
        "messages": [
            {
                "channel": "email",
                "via": "email",
                "from_agent": False,
                "body_text": f"message {i}",
                "sender": {"email": f"c{i}@example.com", "phone": "+33 6 00 00 00 00"},
            }
        ],
    }


async def collect(results: AsyncIterator[BulkResult[Any]]) -> list[BulkResult[Any]]:
    return [result async for result in results]


def posted(fake: FakeGorgias, path: str) -> list[Any]:
    return [r.body for r in fake.requests if r.method == "POST" and r.path == path]


class TestNestedExclude:
    """``exclude=["customer.email"]`` reaches into nested objects (was silently ignored)."""

    async def test_dotted_excludes_reach_the_wire(self, fake, client):
        records = [ticket(i) for i in range(3)]
        results = await collect(
            client.tickets.bulk_create(
                records, exclude=["internal_score", "customer.email", "messages.sender.phone"]
            )
        )
        assert [r.status for r in results] == ["created"] * 3
        for body in posted(fake, "/tickets"):
            assert "internal_score" not in body
            assert body["customer"] == {"name": body["customer"]["name"]}
            assert body["messages"][0]["sender"] == {
                "email": body["messages"][0]["sender"]["email"]
            }
        assert records[0]["customer"]["email"] == "c0@example.com"  # the input is untouched
        assert records[0]["messages"][0]["sender"]["phone"]

    async def test_dotted_mapping_renames_inside_the_parent(self, fake, client):
        record = ticket(0) | {"customer": {"mail": "m@example.com", "name": "M"}}
        (result,) = await collect(
            client.tickets.bulk_create(
                [record], exclude=["internal_score"], mapping={"customer.mail": "email"}
            )
        )
        assert result.status == "created"
        assert posted(fake, "/tickets")[0]["customer"] == {"email": "m@example.com", "name": "M"}

    async def test_blocking_client(self, fake):
        def run() -> list[BulkResult[Any]]:
            with blocking(fake) as client:
                records = [ticket(1)]
                return list(client.tickets.bulk_create(records, exclude=["customer.email"]))

        (result,) = await asyncio.to_thread(run)
        assert result.status == "created"
        assert "email" not in posted(fake, "/tickets")[0]["customer"]


class TestUnmatchedPaths:
    """An exclude or mapping that matches no field of any record is refused, not ignored."""

    @pytest.mark.parametrize(
        ("options", "named"),
        [
            ({"exclude": ["customer.emial"]}, "exclude 'customer.emial'"),
            ({"exclude": ["subject.x"]}, "exclude 'subject.x'"),  # a str has no fields
            ({"mapping": {"mail": "email"}}, "mapping 'mail'"),
        ],
    )
    async def test_a_list_is_refused_before_any_request(self, fake, client, options, named):
        with pytest.raises(ValueError, match=named):
            client.tickets.bulk_create([ticket(0), ticket(1)], **options)
        assert fake.stats.requests == 0

    async def test_a_path_matching_some_record_is_fine(self, fake, client):
        records = [ticket(0), {k: v for k, v in ticket(1).items() if k != "internal_score"}]
        results = await collect(client.tickets.bulk_create(records, exclude=["internal_score"]))
        assert [r.status for r in results] == ["created", "created"]

    async def test_a_lazy_input_is_refused_when_it_ends(self, fake, client):
        async def records() -> AsyncIterator[dict[str, Any]]:
            yield ticket(0)

        seen: list[BulkResult[Any]] = []

        async def run() -> None:
            async for result in client.tickets.bulk_create(records(), exclude=["customer.emial"]):
                seen.append(result)

        with pytest.raises(ValueError, match=r"customer\.emial"):
            await run()
        assert [r.status for r in seen] == ["created"]  # what was sent is still reported

    async def test_a_dry_run_is_refused_too(self, fake, client):
        with pytest.raises(ValueError, match="mapping 'nope'"):
            client.tickets.bulk_update([{"id": 1}], mapping={"nope": "status"}, dry_run=True)

    async def test_blocking_client_is_refused_before_any_request(self, fake):
        def run() -> None:
            with blocking(fake) as client:
                client.tickets.bulk_create([ticket(0)], exclude=["customer.emial"])

        with pytest.raises(ValueError, match=r"customer\.emial"):
            await asyncio.to_thread(run)
        assert fake.stats.requests == 0

    @pytest.mark.parametrize(
        ("exclude", "mapping", "error"),
        [
            (["a..b"], None, ValueError),
            ([""], None, ValueError),
            ((), {"a.b": "c.d"}, ValueError),  # a rename stays within its parent
            ((), {"a": "x", "b": "x"}, ValueError),
        ],
    )
    def test_bad_paths(self, exclude, mapping, error):
        from gorgias_async._shape import Shaper

        with pytest.raises(error):
            Shaper(exclude, mapping)

    def test_renames_at_once_swap(self):
        from gorgias_async._shape import Shaper

        shaper = Shaper((), {"a": "b", "b": "a"})
        assert shaper.apply({"a": 1, "b": 2}) == {"a": 2, "b": 1}
        assert shaper.unmatched() is None


class TestHeaders:
    """``headers=`` reaches the wire on every write of a batch."""

    async def test_every_write_carries_them(self, fake, client):
        headers = {"X-Source": "pipeline-7", "X-Trace": "abc"}
        results = await collect(
            client.tickets.bulk_create(
                [ticket(i) for i in range(3)], exclude=["internal_score"], headers=headers
            )
        )
        results += await collect(
            client.tickets.bulk_update([{"id": 1, "status": "closed"}], headers=headers)
        )
        results += await collect(client.tickets.bulk_delete([2], headers=headers))
        assert all(r.ok for r in results)
        writes = [r for r in fake.requests if r.method in ("POST", "PUT", "DELETE")]
        assert len(writes) == 5
        for request in writes:
            assert request.headers["X-Source"] == "pipeline-7"
            assert request.headers["X-Trace"] == "abc"

    async def test_blocking_client(self, fake):
        def run() -> list[BulkResult[Any]]:
            with blocking(fake) as client:
                return list(client.customers.bulk_delete([1], headers={"X-Source": "sync"}))

        (result,) = await asyncio.to_thread(run)
        assert result.status == "deleted"
        (delete,) = [r for r in fake.requests if r.method == "DELETE"]
        assert delete.headers["X-Source"] == "sync"

    @pytest.mark.parametrize(
        ("headers", "error"),
        [
            (["X-A"], TypeError),
            ({"X-A": 1}, TypeError),
            ({"X-A": "a\r\nX-B: b"}, ValueError),
            ({"Bad Name": "x"}, ValueError),
            ({"Authorization": "Basic x"}, ValueError),
        ],
    )
    async def test_bad_headers_fail_before_any_request(self, fake, client, headers, error):
        with pytest.raises(error, match="headers"):
            client.tickets.bulk_delete([1], headers=headers)
        assert fake.stats.requests == 0
