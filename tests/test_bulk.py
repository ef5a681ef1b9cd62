"""Bulk writes against the fake server over real HTTP: one result per record, no dupes."""

from __future__ import annotations

import asyncio
import base64
import time
from collections.abc import AsyncIterator
from typing import Any

import attrs
import orjson
import pytest

from gorgias_async import (
    APIConnectionError,
    AsyncGorgias,
    BadRequestError,
    BulkResult,
    BulkSummary,
    Gorgias,
    InternalServerError,
    NotFoundError,
    RateLimit,
)
from gorgias_async.bulk import BACKLOG_FACTOR, BulkRequest, is_ambiguous
from gorgias_async.testing import FakeGorgias, Fault, RateLimitRules

# Gorgias' bucket (40 requests draining in 20 s) run 100x faster: 200 requests a second.
SCALE = 100.0
RULES = RateLimitRules(api_key=40, oauth=80, window=20.0)


def ticket(i: int, **extra: Any) -> dict[str, Any]:
    """A valid ticket record: one message from a customer, an external id."""
    message = {
        "channel": "email",
        "via": "email",
        "from_agent": False,
        "body_text": f"message {i}",
        "sender": {"email": f"customer{i % 50}@example.com"},
    }
    return {"subject": f"ticket {i}", "external_id": f"ext-{i}", "messages": [message], **extra}


def invalid_ticket(i: int) -> dict[str, Any]:
    """A ticket without messages: Gorgias (and the fake) answer 400."""
    record = ticket(i)
    del record["messages"]
    return record


def client_for(fake: FakeGorgias, **options: Any) -> AsyncGorgias:
    options.setdefault("rate_limit", None)
    options.setdefault("retry_base_delay", 0.001)
    return AsyncGorgias(
        base_url=fake.base_url, username=fake.username, api_key=fake.api_key, **options
    )


async def collect(results: AsyncIterator[BulkResult[Any]]) -> list[BulkResult[Any]]:
    return [result async for result in results]


def by_external_id(fake: FakeGorgias, resource: str = "tickets") -> dict[str, dict[str, Any]]:
    return {item["external_id"]: item for item in fake.items(resource) if item.get("external_id")}


@pytest.fixture
async def fake() -> AsyncIterator[FakeGorgias]:
    async with FakeGorgias(seed=3, tickets=5, customers=5, rate_limit=None) as server:
        yield server


@pytest.fixture
async def client(fake: FakeGorgias) -> AsyncIterator[AsyncGorgias]:
    async with client_for(fake) as gorgias:
        yield gorgias


class TestBulkCreate:
    """One result per record, in input order; bad records fail alone with typed errors."""

    @pytest.mark.slow
    async def test_1000_tickets_5_invalid_under_the_real_bucket_without_a_429(self):
        invalid = {3, 250, 499, 500, 998}
        records = (invalid_ticket(i) if i in invalid else ticket(i) for i in range(1000))
        async with FakeGorgias(rate_limit=RULES, time_scale=SCALE, tickets=0) as fake:
            budget = RateLimit(capacity=40, window=RULES.window / SCALE)
            async with client_for(fake, rate_limit=budget, max_concurrency=8) as client:
                started = time.monotonic()
                results = await collect(client.tickets.bulk_create(records))
                elapsed = time.monotonic() - started
            assert [r.index for r in results] == list(range(1000))
            summary = BulkSummary.of(results)
            assert (summary.created, summary.failed, summary.unknown) == (995, 5, 0)
            failed = [r for r in results if not r.ok]
            assert {r.index for r in failed} == invalid
            for result in failed:
                assert isinstance(result.error, BadRequestError)
                assert result.error.status == 400
                assert "messages" in result.error.field_errors
            assert fake.stats.rate_limited == 0
            assert client.stats.rate_limited == 0
            assert fake.stats.requests == 1000
            assert len(fake.items("tickets")) == 995
            assert results[0].value is not None
            assert results[0].value.subject == "ticket 0"
        print(f"\n1000 bulk creates: {elapsed:.2f}s, {fake.stats.requests} requests, 0 429s")

    async def test_async_iterable_input_is_read_lazily(self, fake, client):
        pulled = 0

        async def records() -> AsyncIterator[dict[str, Any]]:
            nonlocal pulled
            for i in range(100_000):
                pulled += 1
                yield ticket(i)

        seen = []
        async for result in client.tickets.bulk_create(records(), concurrency=4):
            seen.append(result.index)
            if len(seen) == 10:
                break
        assert seen == list(range(10))
        assert pulled <= 10 + 4 * BACKLOG_FACTOR + 1
        await asyncio.sleep(0)
        assert fake.stats.in_flight == 0

    async def test_models_and_unusable_records(self, fake, client):
        @attrs.define
        class NewCustomer:
            email: str
            name: str
            channels: list[Any] = attrs.Factory(list)  # the spec requires them

        records = [NewCustomer("model@example.com", "From a model"), 42, {"email": "nope"}]
        results = await collect(client.customers.bulk_create(records))
        assert [r.status for r in results] == ["created", "failed", "failed"]
        assert results[0].value.email == "model@example.com"
        assert isinstance(results[1].error, TypeError)
        assert results[1].request is None
        assert isinstance(results[2].error, BadRequestError)  # the server judges the email

    async def test_order_completed_yields_as_writes_finish(self, fake, client):
        fake.faults.add(Fault.latency(0.3, method="POST", path="/tickets", nth=[1]))
        records = [ticket(i) for i in range(6)]
        results = await collect(client.tickets.bulk_create(records, order="completed"))
        assert sorted(r.index for r in results) == list(range(6))
        assert results[-1].index == 0  # the slow first write came last
        assert all(r.status == "created" for r in results)

    async def test_input_order_waits_for_the_slow_one(self, fake, client):
        fake.faults.add(Fault.latency(0.2, method="POST", path="/tickets", nth=[1]))
        results = await collect(client.tickets.bulk_create([ticket(i) for i in range(6)]))
        assert [r.index for r in results] == list(range(6))

    async def test_stop_on_error_starts_nothing_new(self, fake, client):
        records = [invalid_ticket(i) if i == 5 else ticket(i) for i in range(100)]
        results = await collect(
            client.tickets.bulk_create(records, stop_on_error=True, concurrency=2)
        )
        assert [r.index for r in results] == list(range(len(results)))
        assert results[5].status == "failed"
        assert 6 <= len(results) <= 8  # the writes already in flight finish and are reported
        assert fake.stats.requests == len(results)

    async def test_without_stop_on_error_the_batch_goes_on(self, fake, client):
        records = [invalid_ticket(i) if i % 3 == 0 else ticket(i) for i in range(9)]
        results = await collect(client.tickets.bulk_create(records))
        assert [r.status for r in results] == ["failed", "created", "created"] * 3


class TestShaping:
    """exclude drops fields, then mapping renames them; the server sees the result."""

    async def test_exclude_and_mapping(self, fake, client):
        records = [
            {
                "mail": f"p{i}@example.com",
                "full_name": f"P {i}",
                "ref": f"r{i}",
                "internal": 1,
                "channels": [],
            }
            for i in range(3)
        ]
        results = await collect(
            client.customers.bulk_create(
                records,
                exclude=["internal"],
                mapping={"mail": "email", "full_name": "name", "ref": "external_id"},
            )
        )
        assert all(r.status == "created" for r in results)
        stored = by_external_id(fake, "customers")
        assert stored["r1"]["email"] == "p1@example.com"
        assert stored["r1"]["name"] == "P 1"
        assert "internal" not in stored["r1"]
        assert "mail" not in stored["r1"]
        assert results[1].request.body == {
            "email": "p1@example.com",
            "name": "P 1",
            "external_id": "r1",
            "channels": [],
        }


class TestDryRun:
    """A dry run yields the exact requests and sends nothing."""

    async def test_sends_nothing_and_shows_the_requests(self, fake, client):
        records = [ticket(0), {"subject": "kept"}, "not a record"]
        results = await collect(
            client.tickets.bulk_create(records, dry_run=True, exclude=["external_id"])
        )
        assert fake.stats.requests == 0
        assert fake.requests == []
        assert [r.status for r in results] == ["planned", "planned", "failed"]
        first = results[0].request
        assert (first.method, first.path) == ("POST", "/tickets")
        assert first.body == {k: v for k, v in ticket(0).items() if k != "external_id"}
        assert isinstance(results[2].error, TypeError)

    async def test_update_and_delete_paths(self, fake, client):
        updates = await collect(
            client.tickets.bulk_update(
                [{"id": 7, "status": "closed"}, {"status": "x"}], dry_run=True
            )
        )
        assert updates[0].request.to_dict() == {
            "method": "PUT",
            "path": "/tickets/7",
            "body": {"status": "closed"},
        }
        assert updates[1].status == "failed"
        assert "'id'" in str(updates[1].error)
        deletes = await collect(client.tickets.bulk_delete([3, {"id": 4}], dry_run=True))
        assert [(r.request.method, r.request.path) for r in deletes] == [
            ("DELETE", "/tickets/3"),
            ("DELETE", "/tickets/4"),
        ]
        messages = await collect(
            client.messages.bulk_update([{"ticket_id": 2, "id": 9, "body_text": "x"}], dry_run=True)
        )
        assert messages[0].request.path == "/tickets/2/messages/9"
        assert fake.stats.requests == 0


class TestUpdateAndDelete:
    """Updates and deletes go through the services' own calls; ids come from the records."""

    async def test_bulk_update_customers(self, fake, client):
        ids = [item["id"] for item in fake.items("customers")]
        records = [{"id": i, "note": f"vip {i}"} for i in ids] + [{"id": 999_999, "note": "x"}]
        results = await collect(client.customers.bulk_update(records))
        assert [r.status for r in results] == ["updated"] * len(ids) + ["failed"]
        assert isinstance(results[-1].error, NotFoundError)
        assert {c["note"] for c in fake.items("customers")} == {f"vip {i}" for i in ids}
        assert results[0].value.note == f"vip {ids[0]}"

    async def test_bulk_delete_tickets(self, fake, client):
        ids = [item["id"] for item in fake.items("tickets")]
        results = await collect(client.tickets.bulk_delete([ids[0], {"id": ids[1]}, 999_999]))
        assert [r.status for r in results] == ["deleted", "deleted", "failed"]
        assert results[0].value is None
        assert {t["id"] for t in fake.items("tickets")} == set(ids[2:])

    async def test_messages_are_written_through_their_ticket(self, fake, client):
        ticket_id = fake.items("tickets")[0]["id"]
        kind = {"channel": "api", "via": "api", "from_agent": True}
        message = {**kind, "source": {"type": "api"}, "body_text": "hello"}
        created = await collect(client.messages.bulk_create([{"ticket_id": ticket_id, **message}]))
        assert created[0].status == "created"
        assert created[0].request.path == f"/tickets/{ticket_id}/messages"
        assert "ticket_id" not in created[0].request.body
        message_id = created[0].value.id
        record = {"ticket_id": ticket_id, "id": message_id, "body_text": "edited", **kind}
        updated = await collect(client.messages.bulk_update([record]))
        assert updated[0].value.body_text == "edited"
        deleted = await collect(
            client.messages.bulk_delete([{"ticket_id": ticket_id, "id": message_id}])
        )
        assert deleted[0].status == "deleted"
        missing = await collect(client.messages.bulk_delete([{"id": message_id}]))
        assert missing[0].status == "failed"
        assert "ticket_id" in str(missing[0].error)


class TestAmbiguousCreates:
    """A create that may have happened is "unknown", never retried; settle resolves it."""

    def faults(self, fake: FakeGorgias) -> None:
        # 2nd POST: processed, then the answer is cut (created, but we cannot know).
        # 4th POST: the connection drops before processing. 6th: a 502 from "a proxy".
        fake.faults.add(
            Fault.truncate(method="POST", path="/tickets", nth=[2]),
            Fault.drop(method="POST", path="/tickets", nth=[4]),
            Fault.status(502, method="POST", path="/tickets", nth=[6]),
        )

    async def test_unknown_without_settle(self, fake, client):
        self.faults(fake)
        results = await collect(
            client.tickets.bulk_create([ticket(i) for i in range(7)], concurrency=1)
        )
        assert [r.status for r in results] == [
            "created", "unknown", "created", "unknown", "created", "unknown", "created"
        ]  # fmt: skip
        assert isinstance(results[1].error, APIConnectionError)
        assert results[1].error.sent
        assert isinstance(results[5].error, InternalServerError)
        assert "check before retrying" in results[1].note
        assert fake.stats.requests == 7  # not retried
        assert "ext-1" in by_external_id(fake)  # the cut one was created after all

    async def test_settle_resolves_both_ways(self, fake, client):
        self.faults(fake)
        records = [ticket(i) for i in range(7)]
        results = await collect(client.tickets.bulk_create(records, settle=True, concurrency=1))
        stored = by_external_id(fake)
        assert results[1].status == "created"
        assert results[1].settled
        assert results[1].value.id == stored["ext-1"]["id"]
        assert results[1].error is None
        for index in (3, 5):
            assert results[index].status == "failed"
            assert results[index].settled
            assert f"ext-{index}" not in stored
            assert "safe to retry" in results[index].note
        assert len([key for key in stored if key.startswith("ext-")]) == 5
        assert [r.request.method for r in results] == ["POST"] * 7

    async def test_settle_unknown_later(self, fake, client):
        self.faults(fake)
        records = [ticket(i) for i in range(7)]
        results = await collect(client.tickets.bulk_create(records, concurrency=1))
        settled = await collect(client.tickets.settle_unknown(results))
        assert [r.status for r in settled] == [
            "created", "created", "created", "failed", "created", "failed", "created"
        ]  # fmt: skip
        assert settled[0] is results[0]

    async def test_without_external_id_it_stays_unknown(self, fake, client):
        fake.faults.add(Fault.drop(method="POST", path="/tickets", nth=[1]))
        record = {k: v for k, v in ticket(0).items() if k != "external_id"}
        results = await collect(client.tickets.bulk_create([record], settle=True))
        assert results[0].status == "unknown"
        assert not results[0].settled


class TestResultsSink:
    """Every result goes to the sink: a JSONL file (no secrets) or a callback."""

    async def test_jsonl_file_one_line_per_record_without_secrets(self, fake, client, tmp_path):
        fake.faults.add(Fault.drop(method="POST", path="/tickets", nth=[3]))
        records = [invalid_ticket(i) if i == 1 else ticket(i) for i in range(5)]
        out = tmp_path / "results.jsonl"
        results = await collect(client.tickets.bulk_create(records, results=out))
        text = out.read_bytes()
        lines = [orjson.loads(line) for line in text.splitlines()]
        lines = [line for line in lines if "status" in line]  # the outcomes of the journal
        assert [line["index"] for line in lines] == [r.index for r in results] == list(range(5))
        assert [line["status"] for line in lines] == [
            "created", "failed", "unknown", "created", "created"
        ]  # fmt: skip
        assert lines[0]["response"]["id"] == results[0].value.id
        assert lines[0]["external_id"] == "ext-0"
        error = lines[1]["error"]
        assert error["type"] == "BadRequestError"
        assert error["status"] == 400
        assert error["body"]["error"]["data"] == {"messages": ["Missing data for required field."]}
        assert error["request_id"].startswith("req-")
        assert lines[2]["error"]["sent"] is True
        assert "check before retrying" in lines[2]["note"]
        encoded = base64.b64encode(f"{fake.username}:{fake.api_key}".encode())
        assert fake.api_key.encode() not in text
        assert encoded not in text

    async def test_callbacks_sync_and_async(self, fake, client):
        seen: list[int] = []
        awaited: list[str] = []

        async def record(result: BulkResult[Any]) -> None:
            await asyncio.sleep(0)
            awaited.append(result.status)

        await collect(
            client.tickets.bulk_create(
                [ticket(0), ticket(1)], results=lambda r: seen.append(r.index)
            )
        )
        await collect(client.tickets.bulk_create([ticket(2)], results=record, dry_run=True))
        assert seen == [0, 1]
        assert awaited == ["planned"]


class TestValidation:
    """Bad options fail at the call, before any record is read or request sent."""

    @pytest.mark.parametrize(
        ("options", "error", "name"),
        [
            ({"order": "random"}, ValueError, "order"),
            ({"exclude": "subject"}, TypeError, "exclude"),
            ({"exclude": [1]}, TypeError, "exclude"),
            ({"mapping": ["a"]}, TypeError, "mapping"),
            ({"mapping": {"a": "x", "b": "x"}}, ValueError, "mapping"),
            ({"results": 42}, TypeError, "results"),
            ({"dry_run": "yes"}, TypeError, "dry_run"),
            ({"stop_on_error": 1}, TypeError, "stop_on_error"),
            ({"settle": None}, TypeError, "settle"),
            ({"concurrency": 0}, ValueError, "concurrency"),
            ({"concurrency": 26}, ValueError, "concurrency"),
            ({"concurrency": 2.0}, TypeError, "concurrency"),
        ],
    )
    async def test_bad_options(self, fake, client, options, error, name):
        with pytest.raises(error, match=name):
            client.tickets.bulk_create([ticket(0)], **options)
        assert fake.stats.requests == 0

    async def test_bad_inputs_and_services(self, fake, client):
        with pytest.raises(TypeError, match="records"):
            client.tickets.bulk_create(ticket(0))  # one record, not an iterable of them
        with pytest.raises(TypeError, match="records"):
            client.tickets.bulk_create(None)
        with pytest.raises(ValueError, match="settle"):
            client.messages.bulk_create([], settle=True)  # messages have no external_id
        assert not hasattr(client.events, "bulk_create")  # read-only: no bulk writes
        with pytest.raises(TypeError, match="Jobs cannot delete"):
            client.jobs.bulk_delete([1])
        with pytest.raises(ValueError, match="external_id"):
            client.messages.settle_unknown([])
        assert fake.stats.requests == 0


class TestSummary:
    """BulkSummary counts by status."""

    def test_counts_and_text(self):
        results = [
            BulkResult(0, "created"),
            BulkResult(1, "failed", error=ValueError("x")),
            BulkResult(2, "unknown"),
        ]
        summary = BulkSummary.of(results)
        assert (summary.total, summary.created, summary.failed, summary.unknown) == (3, 1, 1, 1)
        assert not summary.ok
        assert str(summary) == "3 records: created 1, failed 1, unknown 1"
        assert [r.ok for r in results] == [True, False, False]


class TestSyncFacade:
    """The blocking client has the same bulk calls, returning iterators."""

    async def test_sync_bulk_create(self, fake):
        def run() -> list[BulkResult[Any]]:
            with Gorgias(
                base_url=fake.base_url,
                username=fake.username,
                api_key=fake.api_key,
                rate_limit=None,
            ) as client:
                return list(client.tickets.bulk_create(iter([ticket(0), invalid_ticket(1)])))

        results = await asyncio.to_thread(run)
        assert [r.status for r in results] == ["created", "failed"]


class TestAmbiguity:
    """Which failures of a create leave its outcome unknown, and settling after a timeout."""

    def test_is_ambiguous(self):
        from gorgias_async import APITimeoutError, DecodeError, RateLimitError

        def status(cls: type, code: int) -> Any:
            return cls("x", method="POST", path="/tickets", status=code, body=None, request_id=None)

        sent = APIConnectionError("x", method="POST", path="/tickets")
        never = APIConnectionError("x", method="POST", path="/tickets", sent=False)
        timeout = APITimeoutError("x", method="POST", path="/tickets")
        cut = DecodeError("x", method="POST", path="/tickets", status=201, text="{")
        assert [
            is_ambiguous(e) for e in (sent, timeout, cut, status(InternalServerError, 503))
        ] == [True] * 4
        assert not is_ambiguous(never)
        assert not is_ambiguous(status(RateLimitError, 429))  # 429: not processed
        assert not is_ambiguous(status(BadRequestError, 400))

    async def test_a_timeout_not_found_yet_stays_unknown(self, fake, client):
        from gorgias_async import APITimeoutError

        error = APITimeoutError("x", method="POST", path="/tickets")
        request = BulkRequest("POST", "/tickets", {"external_id": "never-seen"})
        result: BulkResult[Any] = BulkResult(0, "unknown", error=error, request=request)
        settled = await collect(client.tickets.settle_unknown([result]))
        assert settled == [result]
        assert fake.stats.requests == 1  # it looked
