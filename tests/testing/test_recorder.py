"""Record an account's answers through the proxy, scrubbed; replay them from a fake.

The "real" account is a fake itself, with other data than the replaying one, so a
replayed answer can only come from the cassette.
"""

from __future__ import annotations

import asyncio
import threading

import pytest

from gorgias_async import AsyncGorgias, Gorgias
from gorgias_async.testing import Cassette, FakeGorgias, Recorder

SECRET_HEADER = "integration-header-secret-123"


async def record(account: FakeGorgias, path) -> None:
    async with Recorder(account.base_url, save_to=path) as recorder:
        async with AsyncGorgias(
            base_url=recorder.base_url,
            username=account.username,
            api_key=account.api_key,
            rate_limit=None,
        ) as client:
            await client.tickets.list(limit=3)
            await client.tickets.get(1)
            await client.integrations.create(
                name="CRM",
                type="http",
                http={"url": "https://crm.example", "headers": {"x-api-token": SECRET_HEADER}},
            )
            with pytest.raises(Exception, match="404"):
                await client.tickets.get(999_999)


class TestRecordReplay:
    """What the account answered is what the replaying fake answers."""

    async def test_round_trip(self, tmp_path):
        path = tmp_path / "account.jsonl"
        async with FakeGorgias(seed=1, tickets=5, rate_limit=None, api_key="real-key-42") as real:
            await record(real, path)
            expected = real.items("tickets")[0]
        text = path.read_text()
        assert "real-key-42" not in text
        assert "Authorization" not in text
        assert "Basic " not in text
        assert SECRET_HEADER not in text
        cassette = Cassette.load(path)
        assert [e.status for e in cassette] == [200, 200, 201, 404]

        async with FakeGorgias(seed=99, tickets=1, rate_limit=None, replay=path) as replaying:
            async with AsyncGorgias(
                base_url=replaying.base_url,
                username=replaying.username,
                api_key=replaying.api_key,
                rate_limit=None,
            ) as client:
                ticket = await client.tickets.get(1)
                assert ticket.subject == expected["subject"]
                assert ticket.created_datetime is not None
                assert len((await client.tickets.list(limit=3)).data) == 3  # seeded 1
                with pytest.raises(Exception, match="404"):
                    await client.tickets.get(999_999)
                # not recorded: the fake's own answer
                assert (await client.customers.list(limit=100)).data

    async def test_replay_still_needs_credentials(self, tmp_path):
        path = tmp_path / "account.jsonl"
        async with FakeGorgias(seed=1, tickets=2, rate_limit=None) as real:
            await record(real, path)
        async with FakeGorgias(replay=path, rate_limit=None) as replaying:
            async with AsyncGorgias(
                base_url=replaying.base_url, username="x@y.z", api_key="wrong", rate_limit=None
            ) as client:
                with pytest.raises(Exception, match="401"):
                    await client.tickets.get(1)


class TestRunInThread:
    """The threaded fake serves blocking clients from any thread."""

    def test_blocking_client_and_restart_refused(self):
        threaded = FakeGorgias(tickets=4, rate_limit=None).run_in_thread()
        with threaded as fake:
            assert threading.current_thread() is threading.main_thread()
            with Gorgias(
                base_url=fake.base_url, username=fake.username, api_key=fake.api_key
            ) as client:
                assert len(client.tickets.list(limit=10).data) == 4
            with pytest.raises(RuntimeError, match="already running"):
                threaded.start()
            assert threaded.call(asyncio.sleep(0, result=7)) == 7
        threaded.stop()  # idempotent
