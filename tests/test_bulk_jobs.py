"""Batching where Gorgias batches: ticket updates, deletes and macros as server-side jobs.

Over real HTTP against the fake, whose jobs really run against its store, with their
statuses changing over time (``gorgias_async.testing._jobs``).
"""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import AsyncIterator
from typing import Any

import orjson
import pytest

from gorgias_async import AsyncGorgias, BulkResult
from gorgias_async.bulk import JOB_SIZE, JobFailedError
from gorgias_async.testing import FakeGorgias

from ._clients import blocking

# Jobs start after 1 s and work 100 tickets a second, in the fake's time: 50x faster.
SCALE = 50.0
POLL = 0.02


@pytest.fixture
async def fake() -> AsyncIterator[FakeGorgias]:
    async with FakeGorgias(seed=9, tickets=60, customers=5, rate_limit=None, time_scale=SCALE) as f:
        yield f


async def collect(results: AsyncIterator[BulkResult[Any]]) -> list[BulkResult[Any]]:
    return [result async for result in results]


def requests_by_kind(fake: FakeGorgias) -> Counter[str]:
    return Counter(f"{r.method} {r.path.split('/')[1]}" for r in fake.requests)


def ticket_ids(fake: FakeGorgias) -> list[int]:
    return [ticket["id"] for ticket in fake.items("tickets")]


class TestUpdateByJob:
    """``bulk_update(..., via="job")``: one job per change instead of a PUT per ticket."""

    async def test_two_changes_two_jobs_every_ticket_changed(self, fake, client):
        ids = ticket_ids(fake)
        records = [
            {"id": i, "status": "closed"} if n % 3 else {"id": i, "priority": "high"}
            for n, i in enumerate(ids)
        ]
        results = await collect(client.tickets.bulk_update(records, via="job", poll_interval=POLL))
        assert [r.index for r in results] == list(range(len(ids)))
        assert all(r.status == "updated" and r.job_id is not None for r in results)
        assert results[1].request.to_dict() == {
            "method": "PUT",
            "path": f"/tickets/{ids[1]}",
            "body": {"status": "closed"},
        }
        assert len({r.job_id for r in results}) == 2
        counts = requests_by_kind(fake)
        assert counts["POST jobs"] == 2
        assert counts["PUT tickets"] == 0
        stored = {t["id"]: t for t in fake.items("tickets")}
        for n, i in enumerate(ids):
            assert stored[i]["status" if n % 3 else "priority"] == ("closed" if n % 3 else "high")
        (job_body, *_) = [r.body for r in fake.requests if r.method == "POST"]
        assert job_body["type"] == "updateTicket"
        assert job_body["params"]["updates"] in ({"status": "closed"}, {"priority": "high"})

    async def test_results_file_names_the_job_and_a_rerun_sends_nothing(
        self, fake, client, tmp_path
    ):
        records = [{"id": i, "status": "closed"} for i in ticket_ids(fake)[:10]]
        path = tmp_path / "results.jsonl"
        await collect(
            client.tickets.bulk_update(records, via="job", results=path, poll_interval=POLL)
        )
        lines = [orjson.loads(line) for line in path.read_bytes().splitlines()]
        outcomes = [line for line in lines if line.get("status") == "updated"]
        assert len(outcomes) == 10
        assert all(line["job_id"] for line in outcomes)
        before = fake.stats.requests
        again = await collect(
            client.tickets.bulk_update(records, via="job", results=path, poll_interval=POLL)
        )
        assert all(r.resumed and r.status == "updated" for r in again)
        assert fake.stats.requests == before

    async def test_more_than_a_job_holds_is_split(self):
        async with FakeGorgias(tickets=0, rate_limit=None, time_scale=1000.0) as fake:
            ids = list(range(1, JOB_SIZE + 11))  # tickets that do not exist are skipped
            async with AsyncGorgias(
                base_url=fake.base_url, username=fake.username, api_key=fake.api_key
            ) as gorgias:
                results = await collect(
                    gorgias.tickets.bulk_update(
                        [{"id": i, "status": "open"} for i in ids], via="job", poll_interval=POLL
                    )
                )
            sizes = [
                len(r.body["params"]["ticket_ids"]) for r in fake.requests if r.method == "POST"
            ]
        assert sorted(sizes) == [10, JOB_SIZE]
        assert Counter(r.status for r in results) == {"updated": len(ids)}

    async def test_unusable_records_fail_alone(self, fake, client):
        ids = ticket_ids(fake)[:2]
        records = [
            {"id": ids[0], "status": "closed"},
            {"status": "closed"},
            {"id": ids[1], "status": "closed"},
        ]
        results = await collect(client.tickets.bulk_update(records, via="job", poll_interval=POLL))
        assert [r.status for r in results] == ["updated", "failed", "updated"]
        assert "id" in str(results[1].error)

    async def test_blocking_client(self, fake):
        ids = ticket_ids(fake)[:5]

        def run() -> list[BulkResult[Any]]:
            with blocking(fake) as client:
                records = [{"id": i, "status": "closed"} for i in ids]
                return list(client.tickets.bulk_update(records, via="job", poll_interval=POLL))

        results = await asyncio.to_thread(run)
        assert [r.status for r in results] == ["updated"] * 5
        assert {
            t["id"]: t["status"] for t in fake.items("tickets") if t["id"] in ids
        } == dict.fromkeys(ids, "closed")


class TestDeleteByJob:
    async def test_ids_deleted_by_one_job(self, fake, client):
        ids = ticket_ids(fake)[:20]
        results = await collect(client.tickets.bulk_delete(ids, via="job", poll_interval=POLL))
        assert [r.status for r in results] == ["deleted"] * 20
        assert not set(ids) & set(ticket_ids(fake))
        assert requests_by_kind(fake)["POST jobs"] == 1
        deleted = [e for e in fake.items("events") if e["type"] == "ticket-deleted"]
        assert {e["object_id"] for e in deleted} >= set(ids)


class TestApplyMacro:
    async def test_macro_applied_and_closed(self, fake, client):
        macro = await client.macros.create(
            name="VIP",
            actions=[
                {
                    "name": "addTags",
                    "title": "Add tags",
                    "type": "user",
                    "arguments": {"tags": "vip"},
                },
            ],
        )
        ids = ticket_ids(fake)[:8]
        results = await collect(
            client.tickets.bulk_apply_macro(ids, macro.id, apply_and_close=True, poll_interval=POLL)
        )
        assert [r.status for r in results] == ["updated"] * 8
        for ticket in fake.items("tickets"):
            if ticket["id"] in ids:
                assert ticket["status"] == "closed"
                assert "vip" in {tag["name"] for tag in ticket["tags"]}
        (body,) = [r.body for r in fake.requests if r.method == "POST" and r.path == "/jobs"]
        assert body == {
            "type": "applyMacro",
            "params": {"ticket_ids": ids, "macro_id": macro.id, "apply_and_close": True},
        }

    async def test_a_failed_job_fails_its_records(self, fake, client):
        results = await collect(
            client.tickets.bulk_apply_macro([1, 2], 999_999, poll_interval=POLL)
        )
        assert [r.status for r in results] == ["failed", "failed"]
        assert isinstance(results[0].error, JobFailedError)
        assert results[0].error.job.status == "errored"
        assert "999999" in str(results[0].error.job.info)

    async def test_blocking_client(self, fake):
        def run() -> list[BulkResult[Any]]:
            with blocking(fake) as client:
                return list(client.tickets.bulk_apply_macro([1], 1, poll_interval=POLL))

        (result,) = await asyncio.to_thread(run)
        assert result.status == "updated"


class TestFakeJobsRun:
    """The fake's jobs change status over time and can be cancelled."""

    async def test_scheduled_running_done(self, fake, client):
        ids = ticket_ids(fake)
        job = await client.jobs.create(
            type="updateTicket", params={"ticket_ids": ids, "updates": {"status": "closed"}}
        )
        seen = [job.status]
        progress = []
        while seen[-1] != "done":
            await asyncio.sleep(0.005)
            job = await client.jobs.get(job.id)
            if job.status != seen[-1]:
                seen.append(job.status)
            progress.append((job.info or {}).get("progress_count", 0))
        assert seen == ["scheduled", "running", "done"]
        assert progress == sorted(progress)
        assert progress[-1] == len(ids)
        assert job.started_datetime is not None
        assert job.ended_datetime is not None

    async def test_cancelled_between_steps(self, fake, client):
        job = await client.jobs.create(type="deleteTicket", params={"ticket_ids": ticket_ids(fake)})
        await client.jobs.cancel(job.id)
        for _ in range(500):  # polled, as a client would; 5 s at most
            job = await client.jobs.get(job.id)
            if job.status in ("canceled", "done"):
                break
            await asyncio.sleep(0.01)
        assert job.status == "canceled"
        assert len(ticket_ids(fake)) == 60  # cancelled before its first step


class TestWhereNoBatchExists:
    async def test_other_services_refuse_via_job_before_any_request(self, fake, client):
        with pytest.raises(ValueError, match="no batch endpoint"):
            client.customers.bulk_update([{"id": 1, "name": "x"}], via="job")
        with pytest.raises(ValueError, match="via"):
            client.tickets.bulk_update([{"id": 1}], via="batch")  # type: ignore[arg-type]
        with pytest.raises(ValueError, match="poll_interval"):
            client.tickets.bulk_update([{"id": 1}], via="job", poll_interval=0)
        with pytest.raises(ValueError, match="macro_id"):
            client.tickets.bulk_apply_macro([1], 0)
        assert fake.stats.requests == 0
