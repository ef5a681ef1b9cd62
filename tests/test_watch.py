"""``client.events.watch``: the change stream against the fake over real HTTP."""

from __future__ import annotations

import _thread
import asyncio
import logging
import random
import threading
from collections import Counter
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from gorgias_async import AsyncGorgias, Change, MemoryCheckpoint, Position, RateLimit
from gorgias_async.export import export
from gorgias_async.models import Customer, Ticket, TicketMessage
from gorgias_async.testing import FakeGorgias, Fault, RateLimitRules
from gorgias_async.testing._seed import iso

START = "2000-01-01T00:00:00Z"  # before every seeded event


def client_for(fake: FakeGorgias, **options: Any) -> AsyncGorgias:
    options.setdefault("rate_limit", None)
    options.setdefault("retry_base_delay", 0.001)
    return AsyncGorgias(
        base_url=fake.base_url, username=fake.username, api_key=fake.api_key, **options
    )


def new_ticket(email: str, text: str = "Where is my parcel?") -> dict[str, Any]:
    message = {
        "channel": "email",
        "via": "api",
        "from_agent": False,
        "sender": {"email": email},
        "body_text": text,
        "source": {"type": "email", "from": {"address": email}},
    }
    return {"messages": [message], "subject": text}


def log_order(fake: FakeGorgias, after: int = 0) -> list[int]:
    """The ids of the fake's events (past ``after``) in the feed's order."""
    events = [event for event in fake.items("events") if event["id"] > after]
    events.sort(key=lambda event: (event["created_datetime"], event["id"]))
    return [event["id"] for event in events]


async def until(predicate: Callable[[], bool], timeout: float = 30.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not predicate():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError("timed out waiting")
        await asyncio.sleep(0.01)


async def feed_read(fake: FakeGorgias) -> None:
    """Wait until the fake has answered a read of the feed (a watcher has its start)."""
    await until(lambda: any(request.path == "/events" for request in fake.requests))


class Watching:
    """A watch running in a task, collecting what it hands out."""

    def __init__(self, changes: AsyncIterator[Change]) -> None:
        self.changes: list[Change] = []
        self._iterator = changes
        self.task = asyncio.ensure_future(self._run())

    async def _run(self) -> None:
        async for change in self._iterator:
            self.changes.append(change)

    @property
    def ids(self) -> list[int]:
        return [change.event.id for change in self.changes]

    async def stop(self) -> None:
        self.task.cancel()
        await asyncio.gather(self.task, return_exceptions=True)


class TestExactlyOnceInOrder:
    """Every event once, in the feed's order, however the writes land."""

    @pytest.mark.slow
    async def test_a_watcher_started_before_1000_writes(self, tmp_path: Path) -> None:
        async with FakeGorgias(seed=3, tickets=30, customers=30, rate_limit=None) as fake:
            async with client_for(fake, max_concurrency=8) as client:
                before = max(event["id"] for event in fake.items("events"))
                path = tmp_path / "watch.json"
                watching = Watching(client.events.watch(checkpoint=path, poll_interval=0.02))
                await until(path.exists)  # started: from now on
                await Writer(client, fake, random.Random(19)).run(1000)
                expected = log_order(fake, after=before)
                await until(lambda: len(watching.changes) >= len(expected))
                await asyncio.sleep(0.2)  # a few more reads: nothing more comes
                await watching.stop()
        assert watching.ids == expected
        types = Counter(change.event.type for change in watching.changes)
        for kind in ("ticket-created", "ticket-updated", "ticket-deleted", "customer-created",
                     "customer-updated", "customer-deleted", "ticket-message-created"):  # fmt: skip
            assert types[kind] > 0, kind
        stamps = Counter(str(change.event.created_datetime) for change in watching.changes)
        assert sum(1 for count in stamps.values() if count > 1) > 100  # several per timestamp
        assert len(expected) > 1500

    async def test_shared_timestamps_across_pages_and_restarts(self, fake, client) -> None:
        """Pages of 2 cut through groups of events sharing one instant; each restart from
        the checkpoint goes on with the very next event."""
        before = max(event["id"] for event in fake.items("events"))
        for number in range(8):  # each: customer, ticket and message created at one instant
            await client.tickets.create(new_ticket(f"shared{number}@example.com"))
        expected = log_order(fake, after=before)
        since = min(e["created_datetime"] for e in fake.items("events") if e["id"] > before)
        checkpoint = MemoryCheckpoint()
        handed: list[int] = []
        for stop_after in (5, 1, 7, 100):
            changes = client.events.watch(
                since=since, checkpoint=checkpoint, page_size=2, follow=False
            )
            async for change in changes:
                handed.append(change.event.id)
                if len(handed) % stop_after == 0:
                    break  # the event in hand is not counted: the next watcher hands it out
        deduplicated = [event_id for i, event_id in enumerate(handed) if event_id not in handed[:i]]
        assert deduplicated == expected
        assert len(handed) - len(expected) == 3  # one repeat per break, the event in hand

    async def test_batches_resume_after_the_last_batch_handled(self, fake, client) -> None:
        checkpoint = MemoryCheckpoint()
        first: list[list[int]] = []
        async for batch in client.events.watch_batches(
            since=START, checkpoint=checkpoint, page_size=50, follow=False
        ):
            first.append([change.event.id for change in batch])
            if len(first) == 3:
                break
        rest = [
            [change.event.id for change in batch]
            async for batch in client.events.watch_batches(
                checkpoint=checkpoint, page_size=50, follow=False
            )
        ]
        assert rest[0][0] == first[2][0]  # the batch in hand when the loop was left
        handed = [event_id for batch in first[:2] + rest for event_id in batch]
        assert handed == log_order(fake)

    async def test_an_event_showing_up_late_is_handed_out_once(self, fake, client) -> None:
        """Dated before events already handed out, within the overlap: found, once. Older
        than the overlap: missed, as documented."""
        watching = Watching(client.events.watch(poll_interval=0.02, overlap=120))
        await feed_read(fake)
        await client.tickets.create(new_ticket("late@example.com"))
        await until(lambda: len(watching.changes) == 3)
        ticket = fake.items("tickets")[-1]
        now = datetime.now(UTC)
        fake.state.record_event("tickets", "updated", ticket, at=iso(now - timedelta(seconds=60)))
        late = fake.items("events")[-1]["id"]
        await until(lambda: late in watching.ids)
        fake.state.record_event("tickets", "updated", ticket, at=iso(now - timedelta(minutes=10)))
        too_late = fake.items("events")[-1]["id"]
        await client.tickets.update(ticket["id"], subject="after")
        after = fake.items("events")[-1]["id"]
        await until(lambda: after in watching.ids)
        await asyncio.sleep(0.1)
        await watching.stop()
        assert watching.ids.count(late) == 1
        assert too_late not in watching.ids
        assert len(watching.ids) == len(set(watching.ids)) == 5

    async def test_an_event_dated_in_the_future_does_not_hide_the_present(
        self, fake, client
    ) -> None:
        watching = Watching(client.events.watch(poll_interval=0.02, overlap=5))
        await feed_read(fake)
        ticket = fake.items("tickets")[0]
        future = iso(datetime.now(UTC) + timedelta(days=3))
        fake.state.record_event("tickets", "updated", ticket, at=future)
        await until(lambda: len(watching.changes) == 1)
        await client.tickets.update(ticket["id"], subject="now")
        now = fake.items("events")[-1]["id"]
        await until(lambda: now in watching.ids)
        await watching.stop()


class TestIdling:
    """Caught up, a watcher sends nothing until its poll interval is out."""

    async def test_no_request_while_idle(self, fake, client) -> None:
        watching = Watching(client.events.watch(poll_interval=30))
        await until(lambda: len(fake.requests) == 2)  # the feed's end, then one read
        await asyncio.sleep(0.3)
        assert [(r.path, r.query["order_by"]) for r in fake.requests] == [
            ("/events", ["created_datetime:desc"]),
            ("/events", ["created_datetime:asc"]),
        ]
        await watching.stop()


class TestWhereItStarts:
    """From now on by default; from ``since``; from the checkpoint above all."""

    async def test_from_now_on_by_default(self, fake, client) -> None:
        watching = Watching(client.events.watch(poll_interval=0.02))
        await feed_read(fake)
        await asyncio.sleep(0.1)
        assert watching.changes == []  # the seeded history is not handed out
        await client.customers.create(email="new@example.com", channels=[])
        await until(lambda: len(watching.changes) == 1)
        await watching.stop()
        assert watching.changes[0].event.type == "customer-created"

    async def test_since_and_follow_false(self, fake, client) -> None:
        handed = [
            change.event.id async for change in client.events.watch(since=START, follow=False)
        ]
        assert handed == log_order(fake)

    async def test_the_checkpoint_wins_over_since(self, fake, client) -> None:
        checkpoint = MemoryCheckpoint()
        everything = [
            c async for c in client.events.watch(since=START, checkpoint=checkpoint, follow=False)
        ]
        assert everything
        again = [
            c async for c in client.events.watch(since=START, checkpoint=checkpoint, follow=False)
        ]
        assert again == []

    async def test_a_fresh_start_is_saved_before_the_first_event(
        self, fake, client, tmp_path
    ) -> None:
        """Stopped before anything came, restarted later: what happened between is handed out."""
        path = tmp_path / "watch.json"
        watching = Watching(client.events.watch(checkpoint=path, poll_interval=0.02))
        await until(path.exists)
        await watching.stop()
        await client.customers.create(email="between@example.com", channels=[])
        handed = [c async for c in client.events.watch(checkpoint=path, follow=False)]
        assert [c.event.type for c in handed] == ["customer-created"]

    async def test_filters(self, fake, client) -> None:
        created = [
            c.event
            async for c in client.events.watch(
                since=START, types=["ticket-created"], object_type="Ticket", follow=False
            )
        ]
        assert created
        assert {event.type for event in created} == {"ticket-created"}
        assert len(created) == len(fake.items("tickets"))

    async def test_position_stays_the_size_of_the_window(self, fake, client) -> None:
        checkpoint = MemoryCheckpoint()
        handed = [
            c async for c in client.events.watch(since=START, checkpoint=checkpoint, follow=False)
        ]
        position = checkpoint.position
        assert isinstance(position, Position)
        newest = max(c.event.created_datetime for c in handed if c.event.created_datetime)
        assert position.high == newest
        assert position.low == newest - timedelta(minutes=5)
        window = [c.event.id for c in handed if c.event.created_datetime >= position.low]
        assert position.seen == set(window)
        assert len(position.seen) < len(handed) / 10  # the seeded history spans two years
        assert checkpoint.saves == len(handed) + 1  # at the start, then after each event


class TestBadInput:
    """Bad arguments raise before any request, naming the argument."""

    @pytest.mark.parametrize(
        ("options", "error", "says"),
        [
            ({"poll_interval": 0}, ValueError, "poll_interval"),
            ({"poll_interval": "soon"}, TypeError, "poll_interval"),
            ({"poll_interval": True}, TypeError, "poll_interval"),
            ({"overlap": -1}, ValueError, "overlap"),
            ({"overlap": float("nan")}, TypeError, "overlap"),
            ({"page_size": 0}, ValueError, "page_size"),
            ({"page_size": 101}, ValueError, "page_size"),
            ({"since": "last tuesday"}, ValueError, "since"),
            ({"since": 1234}, TypeError, "since"),
            ({"checkpoint": 42}, TypeError, "checkpoint"),
            ({"expand": "yes"}, TypeError, "expand"),
            ({"follow": 1}, TypeError, "follow"),
            ({"order_by": "created_datetime:desc"}, TypeError, "order_by"),
            ({"created_datetime": {"gte": "2026-01-01"}}, TypeError, "created_datetime"),
            ({"status": "open"}, TypeError, "status"),
            ({"user_ids": [1, 2]}, ValueError, "user_ids"),
            ({"object_id": -3}, ValueError, "object_id"),
        ],
    )
    def test_refused_at_once(self, fake, client, options, error, says) -> None:
        with pytest.raises(error, match=says):
            client.events.watch(**options)
        with pytest.raises(error, match=says):
            client.events.watch_batches(**options)
        assert fake.stats.requests == 0


class TestExpand:
    """``expand=True``: the objects the events name, read once per batch."""

    async def test_objects_read_once_per_batch(self, fake, client) -> None:
        before = max(event["id"] for event in fake.items("events"))
        tickets = [await client.tickets.create(new_ticket(f"x{n}@example.com")) for n in range(3)]
        for ticket in tickets:
            await client.tickets.update(ticket.id, subject="again")
        await client.tickets.delete(tickets[0].id)
        since = fake.items("events")[before]["created_datetime"]
        fake.reset_observations()
        batches = [
            batch
            async for batch in client.events.watch_batches(since=since, expand=True, follow=False)
        ]
        changes = [change for batch in batches for change in batch]
        assert [c.event.id for c in changes] == log_order(fake, after=before)
        by_type = {c.event.type: c for c in changes}
        assert isinstance(by_type["customer-created"].object, Customer)
        assert isinstance(by_type["ticket-message-created"].object, TicketMessage)
        assert by_type["ticket-deleted"].object is None
        for change in changes:
            if change.event.type in ("ticket-created", "ticket-updated"):
                if change.event.object_id == tickets[0].id:
                    assert change.object is None  # deleted since
                else:
                    assert isinstance(change.object, Ticket)
                    assert change.object.subject == "again"  # as it is now
        ticket_reads = [r for r in fake.requests if r.path == "/tickets"]
        assert len(ticket_reads) == len(batches) == 1
        assert sorted(map(int, ticket_reads[0].query["ticket_ids"])) == [t.id for t in tickets]


class TestOutages:
    """A watcher that follows the feed rides out server errors, then carries on."""

    async def test_errors_are_ridden_out(self, fake, caplog) -> None:
        async with client_for(fake, max_retries=0) as client:
            watching = Watching(client.events.watch(poll_interval=0.02))
            await feed_read(fake)
            fake.faults.add(Fault.status(503, path="/events", nth=[1, 2, 3]))
            with caplog.at_level(logging.WARNING, logger="gorgias_async.watch"):
                await client.customers.create(email="during@example.com", channels=[])
                await until(lambda: len(watching.changes) == 1)
            await watching.stop()
        assert "reading the events feed failed" in caplog.text
        assert fake.stats.by_status[503] == 3

    async def test_without_follow_an_error_is_raised(self, fake) -> None:
        async with client_for(fake, max_retries=0) as client:
            fake.faults.add(Fault.status(503, path="/events"))
            with pytest.raises(Exception, match="503"):
                async for _ in client.events.watch(since=START, follow=False):
                    pass


class TestSharedBudget:
    """A watcher and an export on one client share its budget: no 429 at all."""

    @pytest.mark.slow
    async def test_watch_and_export_together_see_no_429(self, tmp_path: Path) -> None:
        scale = 20.0
        rules = RateLimitRules(api_key=40, window=20.0)
        async with FakeGorgias(
            seed=5, tickets=300, customers=150, rate_limit=rules, time_scale=scale
        ) as fake:
            budget = RateLimit(capacity=40, window=rules.window / scale)
            async with client_for(fake, rate_limit=budget, max_concurrency=8) as client:
                path = tmp_path / "watch.json"
                watching = Watching(client.events.watch(checkpoint=path, poll_interval=0.05))
                await until(path.exists)
                before = max(event["id"] for event in fake.items("events"))
                names = ["tickets", "customers", "messages"]
                result, _ = await asyncio.gather(
                    export(client, names, tmp_path / "out", page_size=20),
                    Writer(client, fake, random.Random(7)).run(80),
                )
                expected = log_order(fake, after=before)
                await until(lambda: len(watching.changes) >= len(expected))
                await watching.stop()
        assert watching.ids == expected
        assert result.counts["tickets"] >= 300
        assert fake.stats.requests > 3 * 40  # well past the bucket: the pacer had to wait
        assert fake.stats.rate_limited == 0
        assert client.stats.rate_limited == 0


class Writer:
    """Creates, updates and deletes tickets, customers and messages, several at once."""

    def __init__(self, client: AsyncGorgias, fake: FakeGorgias, rng: random.Random) -> None:
        self.client = client
        self.rng = rng
        self.tickets = [ticket["id"] for ticket in fake.items("tickets")]
        self.customers = [customer["id"] for customer in fake.items("customers")]
        self.count = 0
        self.busy: set[tuple[str, int]] = set()  # written in this round: not deleted in it

    def _pick(self, kind: str, ids: list[int]) -> int:
        chosen = self.rng.choice(ids)
        self.busy.add((kind, chosen))
        return chosen

    def _pop(self, kind: str, ids: list[int]) -> int | None:
        free = [i for i in ids if (kind, i) not in self.busy]
        if not free:
            return None
        chosen = self.rng.choice(free)
        ids.remove(chosen)
        self.busy.add((kind, chosen))
        return chosen

    async def one(self) -> None:
        self.count += 1
        number, client = self.count, self.client
        choice = self.rng.random()
        if choice < 0.3 or len(self.tickets) < 5:
            ticket = await client.tickets.create(new_ticket(f"w{number}@example.com"))
            self.tickets.append(ticket.id)
        elif choice < 0.5:
            ticket_id = self._pick("ticket", self.tickets)
            await client.tickets.update(ticket_id, subject=f"update {number}")
        elif choice < 0.6:
            gone = self._pop("ticket", self.tickets)
            if gone is not None:
                await client.tickets.delete(gone)
        elif choice < 0.75:
            await client.messages.create(
                self._pick("ticket", self.tickets),
                channel="email",
                via="api",
                from_agent=True,
                source={"type": "email"},
                body_text=f"reply {number}",
            )
        elif choice < 0.85:
            customer = await client.customers.create(email=f"c{number}@example.com", channels=[])
            self.customers.append(customer.id)
        elif choice < 0.95:
            customer_id = self._pick("customer", self.customers)
            await client.customers.update(customer_id, name=f"Name {number}")
        else:
            gone = self._pop("customer", self.customers)
            if gone is not None:
                await client.customers.delete(gone)

    async def run(self, writes: int, at_once: int = 8) -> None:
        """``writes`` writes, ``at_once`` in flight."""
        for start in range(0, writes, at_once):
            self.busy.clear()
            await asyncio.gather(*(self.one() for _ in range(min(at_once, writes - start))))


class TestBlocking:
    """``Gorgias.events.watch``: a blocking iterator that stops cleanly."""

    def test_break_then_ctrl_c_while_idle(self, tmp_path: Path) -> None:
        from gorgias_async import FileCheckpoint, Gorgias

        from .sync.test_sync import loop_tasks, wait_until

        path = tmp_path / "watch.json"
        threaded = FakeGorgias(seed=2, tickets=6, customers=4, rate_limit=None)
        with (
            threaded.run_in_thread() as fake,
            Gorgias(
                base_url=fake.base_url,
                username=fake.username,
                api_key=fake.api_key,
                rate_limit=None,
            ) as client,
        ):
            expected = log_order(fake)
            first: list[int] = []
            for change in client.events.watch(since=START, checkpoint=path, poll_interval=0.05):
                first.append(change.event.id)
                if len(first) == 10:
                    break
            assert wait_until(lambda: not loop_tasks(client))
            probe = FileCheckpoint(path)  # the lock was released at the break
            asyncio.run(probe.load())
            probe.close()

            rest: list[int] = []
            timer = threading.Timer(0.3, _thread.interrupt_main)

            def follow() -> None:
                for change in client.events.watch(checkpoint=path, poll_interval=0.05):
                    rest.append(change.event.id)
                    if len(first) - 1 + len(rest) == len(expected):
                        timer.start()  # caught up: Ctrl-C lands while it idles

            with pytest.raises(KeyboardInterrupt):
                follow()
            timer.cancel()
            assert wait_until(lambda: not loop_tasks(client))
            assert rest[0] == first[-1]  # the event in hand at the break
            assert first[:-1] + rest == expected
            again = list(client.events.watch(checkpoint=path, follow=False))
            assert again == []  # everything handed out before Ctrl-C was saved
