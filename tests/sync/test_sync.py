"""The blocking ``Gorgias`` facade against the fake server running on its own thread."""

from __future__ import annotations

import _thread
import asyncio
import itertools
import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
import traceback
import warnings
from collections.abc import Iterator
from typing import Any

import pytest

from gorgias_async import AsyncGorgias, Gorgias, NotFoundError, RateLimit
from gorgias_async.provision import AddTags, Macro, Spec, provision
from gorgias_async.sync import SyncIterator, SyncPage
from gorgias_async.testing import FakeGorgias, RateLimitRules


def make_client(fake: FakeGorgias, **options: Any) -> Gorgias:
    options.setdefault("rate_limit", None)
    options.setdefault("retry_base_delay", 0.001)
    return Gorgias(base_url=fake.base_url, username=fake.username, api_key=fake.api_key, **options)


def loop_tasks(client: Gorgias) -> set[asyncio.Task[Any]]:
    """Tasks pending on the client's private loop (read on that loop)."""
    loop = client._state.loop.loop
    assert loop is not None

    async def others() -> set[asyncio.Task[Any]]:
        return asyncio.all_tasks() - {asyncio.current_task()}

    return asyncio.run_coroutine_threadsafe(others(), loop).result(5)


def wait_until(predicate: Any, timeout: float = 3.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.01)
    return bool(predicate())


@pytest.fixture
def sync_fake() -> Iterator[FakeGorgias]:
    with FakeGorgias(seed=1, customers=20, tickets=50, rate_limit=None).run_in_thread() as fake:
        yield fake


@pytest.fixture
def sync_client(sync_fake: FakeGorgias) -> Iterator[Gorgias]:
    with make_client(sync_fake) as client:
        yield client


class TestScript:
    """Plain blocking use: same names as the async client, results not awaitables."""

    def test_calls_pages_and_iterators(self, sync_client: Gorgias) -> None:
        page = sync_client.tickets.list(limit=5)
        assert isinstance(page, SyncPage)
        assert len(page) == 5
        assert page.has_next
        assert page.cursor is None
        second = page.next()
        assert isinstance(second, SyncPage)
        assert {t.id for t in page}.isdisjoint({t.id for t in second.data})
        ticket = sync_client.tickets.get(page.data[0].id)
        assert ticket.id == page.data[0].id
        tickets = sync_client.tickets.fetch_all(page_size=20)
        assert isinstance(tickets, SyncIterator)
        assert len(list(tickets)) == 50
        pages = list(sync_client.tickets.fetch_pages(page_size=20))
        assert [len(p) for p in pages] == [20, 20, 10]
        assert all(isinstance(p, SyncPage) for p in pages)
        found = dict(sync_client.tickets.iter_many([ticket.id, 999_999]))
        assert found[999_999] is None
        assert found[ticket.id] is not None
        assert sync_client.search("customer", "e", size=3) is not None
        assert sync_client.check_connection()["domain"] == "sandbox"
        assert sync_client.voice_calls.events.list().data is not None
        assert sync_client.stats.requests > 0
        assert sync_client.stats.in_flight == 0

    @pytest.mark.parametrize(("max_items", "page_size"), [(None, 7), (7, 3), (6, 3), (0, 5)])
    def test_fetch_all_walks_like_the_async_client(
        self, sync_fake: FakeGorgias, sync_client: Gorgias, max_items: int | None, page_size: int
    ) -> None:
        """``fetch_all`` is served a page per hop: same items and on_page calls as async."""
        sync_pages: list[int] = []
        items = [
            t.id
            for t in sync_client.tickets.fetch_all(
                page_size=page_size,
                max_items=max_items,
                on_page=lambda page: sync_pages.append(len(page.data)),
            )
        ]

        async def walk() -> tuple[list[int], list[int]]:
            pages: list[int] = []
            async with AsyncGorgias(
                base_url=sync_fake.base_url,
                username=sync_fake.username,
                api_key=sync_fake.api_key,
                rate_limit=None,
            ) as client:
                found = [
                    t.id
                    async for t in client.tickets.fetch_all(
                        page_size=page_size,
                        max_items=max_items,
                        on_page=lambda page: pages.append(len(page.data)),
                    )
                ]
            return found, pages

        assert (items, sync_pages) == asyncio.run(walk())  # on_page: page sizes seen
        assert len(items) == (50 if max_items is None else max_items)
        with pytest.raises(ValueError, match="max_items"):
            sync_client.tickets.fetch_all(max_items=-1)

    def test_request_and_request_raw(self, sync_client: Gorgias) -> None:
        assert sync_client.request("GET", "/account")["domain"] == "sandbox"
        response = sync_client.request_raw("GET", "/account")
        assert response.status == 200

    def test_errors_keep_type_and_traceback(self, sync_client: Gorgias) -> None:
        with pytest.raises(NotFoundError) as info:
            sync_client.tickets.get(999_999)
        files = [frame.filename for frame in traceback.extract_tb(info.value.__traceback__)]
        assert any(name.endswith("_transport.py") for name in files)  # raised on the loop
        with pytest.raises(ValueError, match="page_size"):
            sync_client.tickets.fetch_all(page_size=0)  # validated at the call, as async

    def test_walk(self, sync_client: Gorgias) -> None:
        streams = {
            "tickets": sync_client.tickets.fetch_all(page_size=20),
            "customers": sync_client.customers.fetch_all(),
        }
        seen = [name for name, _ in sync_client.walk(streams)]
        assert seen.count("tickets") == 50
        assert seen.count("customers") == 20
        named = [name for name, _ in sync_client.walk(["customers"])]
        assert named.count("customers") == 20
        with pytest.raises(TypeError):
            sync_client.walk({"x": iter([1])})

    def test_run_async_runs_async_helpers_on_the_clients_loop(self, sync_client: Gorgias) -> None:
        spec = Spec(macros=[Macro(name="Sync-provisioned", actions=[AddTags(["sync"])])])
        first = sync_client.run_async(provision, spec)
        again = sync_client.run_async(provision, spec)
        assert first.counts["created"] == 1
        assert (again.counts["created"], again.counts["unchanged"]) == (0, 1)
        assert [m.name for m in sync_client.macros.fetch_all(search="Sync-provisioned")] == [
            "Sync-provisioned"
        ]

        async def count_tickets(client: AsyncGorgias, limit: int) -> int:
            return len((await client.tickets.list(limit=limit)).data)

        assert sync_client.run_async(count_tickets, 7) == 7
        with pytest.raises(NotFoundError):
            sync_client.run_async(lambda client: client.tickets.get(999_999))

    def test_paginate(self, sync_client: Gorgias) -> None:
        raw = list(sync_client.paginate("/customers", page_size=3))
        assert [c["id"] for c in raw] == [c.id for c in sync_client.customers.fetch_all()]
        assert all(isinstance(c, dict) for c in raw)

    def test_close_stops_the_thread_and_refuses_calls(self, sync_fake: FakeGorgias) -> None:
        with make_client(sync_fake) as client:
            client.account.get()
            thread = client._state.loop._state.thread
            assert thread is not None
            assert thread.is_alive()
        assert not thread.is_alive()
        client.close()  # idempotent
        with pytest.raises(RuntimeError, match="closed"):
            client.tickets.get(1)

    def test_with_options_shares_loop_and_budget(self, sync_fake: FakeGorgias) -> None:
        budget = RateLimit(40, 0.2)
        with make_client(sync_fake, rate_limit=budget) as client:
            derived = client.with_options(max_concurrency=2)
            assert derived.rate_limit is budget
            assert derived.max_concurrency == 2
            assert derived.account.get().domain == "sandbox"
            derived.close()
            assert client.account.get().domain == "sandbox"  # its loop still runs

    def test_finalizer_on_the_loop_thread_does_not_deadlock(self, sync_fake: FakeGorgias) -> None:
        """The GC may run a finalizer on the loop thread: it closes without blocking."""
        client = make_client(sync_fake)
        client.tickets.get(client.tickets.list(limit=1).data[0].id)
        loop = client._state.loop.loop
        thread = client._state.loop._state.thread
        assert loop is not None
        assert thread is not None
        loop.call_soon_threadsafe(client._finalizer)
        thread.join(5)
        assert not thread.is_alive()
        assert client._state.client._transport.closed

    def test_a_client_never_called_starts_no_thread(self, sync_fake: FakeGorgias) -> None:
        before = threading.active_count()
        client = make_client(sync_fake)
        assert threading.active_count() == before
        assert client._state.loop.loop is None
        client.close()


class TestThreads:
    """Many threads share one client: one pool, one semaphore, one budget."""

    def test_eight_threads_under_the_real_bucket(self) -> None:
        rules = RateLimitRules(api_key=40, window=20.0)
        threaded = FakeGorgias(seed=1, tickets=30, rate_limit=rules, time_scale=100, latency=0.02)
        with threaded.run_in_thread() as fake:
            ids = [t["id"] for t in fake.items("tickets")]
            with make_client(fake, rate_limit=RateLimit(40, 0.2), max_concurrency=4) as client:
                errors: list[BaseException] = []

                def work(offset: int) -> None:
                    try:
                        for index in range(20):
                            client.tickets.get(ids[(offset + index) % len(ids)])
                    except BaseException as exc:
                        errors.append(exc)

                threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
                for thread in threads:
                    thread.start()
                for thread in threads:
                    thread.join(60)
                assert not errors
                assert client.stats.requests == 160
                assert fake.stats.rate_limited == 0
                assert client.stats.rate_limited == 0
                assert 1 < fake.stats.peak_in_flight <= client.max_concurrency


class TestInsideEventLoop:
    """From a thread that runs a loop (a notebook cell), calls block instead of raising."""

    def test_inside_asyncio_run(self, sync_client: Gorgias) -> None:
        async def cell() -> int:
            ticket = sync_client.tickets.list(limit=1).data[0]
            return sum(1 for _ in sync_client.customers.fetch_all(max_items=5)) + ticket.id * 0

        assert asyncio.run(cell()) == 5

    def test_call_from_the_loop_thread_raises(self, sync_client: Gorgias) -> None:
        def on_page(page: Any) -> None:
            sync_client.tickets.get(1)  # runs on the client's own loop

        with pytest.raises(RuntimeError, match="own event-loop thread"):
            list(sync_client.tickets.fetch_all(on_page=on_page))
        assert sync_client.account.get().domain == "sandbox"  # the client still works


class TestEarlyExit:
    """Leaving an iterator early closes its async generator on the loop."""

    def test_break_leaves_no_task(self, sync_client: Gorgias) -> None:
        for _ in sync_client.tickets.fetch_all(page_size=5, prefetch=2):
            break
        for _ in sync_client.tickets.iter_many([1, 2, 3, 4, 5, 6]):
            break
        time.sleep(0.05)
        assert wait_until(lambda: not loop_tasks(sync_client))
        assert sync_client.stats.in_flight == 0

    def test_close_and_with(self, sync_client: Gorgias) -> None:
        iterator = sync_client.tickets.fetch_all(page_size=5)
        next(iterator)
        iterator.close()
        assert list(iterator) == []
        with sync_client.customers.fetch_pages(page_size=5) as pages:
            next(pages)
        assert wait_until(lambda: not loop_tasks(sync_client))


class TestInterrupt:
    """Ctrl-C or a timeout while waiting cancels the request on the loop."""

    def test_keyboard_interrupt_cancels_the_request(
        self, sync_fake: FakeGorgias, sync_client: Gorgias
    ) -> None:
        ticket_id = sync_client.tickets.list(limit=1).data[0].id
        sync_fake.latency = 2.0
        timer = threading.Timer(0.3, _thread.interrupt_main)
        started = time.monotonic()
        timer.start()
        try:
            with pytest.raises(KeyboardInterrupt):
                sync_client.tickets.get(ticket_id)
        finally:
            timer.cancel()
        assert wait_until(lambda: sync_client.stats.in_flight == 0, timeout=0.5)
        assert wait_until(lambda: not loop_tasks(sync_client), timeout=0.5)
        assert time.monotonic() - started < 1.5  # well before the answer would come
        sync_fake.latency = 0.0
        assert sync_client.tickets.get(ticket_id).id == ticket_id

    def test_keyboard_interrupt_inside_an_iterator(
        self, sync_fake: FakeGorgias, sync_client: Gorgias
    ) -> None:
        iterator = sync_client.tickets.fetch_all(page_size=5)
        next(iterator)
        sync_fake.latency = 2.0
        timer = threading.Timer(0.2, _thread.interrupt_main)
        timer.start()
        try:
            with pytest.raises(KeyboardInterrupt):
                list(itertools.islice(iterator, 20))
        finally:
            timer.cancel()
        sync_fake.latency = 0.0
        assert wait_until(lambda: sync_client.stats.in_flight == 0, timeout=1.0)
        assert wait_until(lambda: not loop_tasks(sync_client), timeout=1.0)

    def test_timeout_cancels(self, sync_client: Gorgias) -> None:
        sync_client.account.get()
        with pytest.raises(TimeoutError):
            sync_client._state.loop.wait(asyncio.sleep(10), timeout=0.1)
        assert wait_until(lambda: not loop_tasks(sync_client), timeout=1.0)

    def test_timeout_error_of_the_call_itself_is_raised(self, sync_client: Gorgias) -> None:
        async def fails() -> None:
            raise TimeoutError("from the call")

        with pytest.raises(TimeoutError, match="from the call"):
            sync_client._state.loop.wait(fails())


GC_SCRIPT = textwrap.dedent(
    """
    import asyncio, gc, itertools, threading
    from gorgias_async import Gorgias
    from gorgias_async.testing import FakeGorgias

    threaded = FakeGorgias(seed=1, tickets=30, customers=10, rate_limit=None).run_in_thread()
    fake = threaded.start()

    def client():
        return Gorgias(base_url=fake.base_url, username=fake.username,
                       api_key=fake.api_key, rate_limit=None)

    dropped = client()
    dropped.tickets.get(dropped.tickets.list(limit=1).data[0].id)
    started = dropped.customers.fetch_all(page_size=3)
    next(started)
    del dropped, started
    gc.collect()

    left_open = client()  # still open at exit: closed by its finalizer
    left_open.tickets.list(limit=2)
    pending = left_open.tickets.fetch_all(page_size=2)
    next(pending)
    for _ in left_open.customers.fetch_all(page_size=2):
        break

    never_called = client()

    threaded.stop()
    print("ok")
    """
)


class TestGarbageCollection:
    """A client dropped or left open closes its session on its loop, without warnings."""

    def test_no_warnings_with_warnings_as_errors(self) -> None:
        done = subprocess.run(
            [sys.executable, "-W", "error", "-c", GC_SCRIPT],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip() == "ok"
        assert done.stderr == ""


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")
class TestFork:
    """A forked child gets a fresh loop and client; the parent is unaffected."""

    def test_child_uses_a_fresh_loop(self, sync_client: Gorgias) -> None:
        ticket_id = sync_client.tickets.list(limit=1).data[0].id  # loop and session live
        parent_loop = sync_client._state.loop.loop
        read, write = os.pipe()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)  # fork with threads (3.12+)
            pid = os.fork()
        if pid == 0:  # the child: never return into pytest
            code = 1
            try:
                signal.alarm(20)
                os.close(read)
                got = sync_client.tickets.get(ticket_id).id
                walked = sum(1 for _ in sync_client.customers.fetch_all(max_items=3))
                fresh = sync_client._state.loop.loop is not parent_loop
                os.write(write, f"{got} {walked} {fresh}".encode())
                sync_client.close()
                code = 0
            except BaseException:
                os.write(write, traceback.format_exc().encode())
            finally:
                os._exit(code)
        os.close(write)
        deadline = time.monotonic() + 30
        status = None
        while time.monotonic() < deadline:
            finished, status = os.waitpid(pid, os.WNOHANG)
            if finished:
                break
            time.sleep(0.05)
        else:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            pytest.fail("the forked child hung")
        with os.fdopen(read, "rb") as pipe:
            report = pipe.read().decode()
        assert os.waitstatus_to_exitcode(status) == 0, report
        assert report == f"{ticket_id} 3 True"
        assert sync_client.tickets.get(ticket_id).id == ticket_id  # the parent still works
