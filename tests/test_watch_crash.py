"""A watcher killed with SIGKILL at random points and restarted from its checkpoint.

The watcher runs in a child process (``tests/_watch_child.py``) against the fake over
real HTTP, while the parent keeps writing. Five times, after a random number of events,
the parent kills it with SIGKILL and starts it again; the sixth run goes until every
event of the log is handled.
"""

from __future__ import annotations

import asyncio
import random
import signal
import sqlite3
import sys
from pathlib import Path

import pytest

from gorgias_async.testing import FakeGorgias

from .test_watch import Writer, client_for, log_order, until

CHILD = Path(__file__).with_name("_watch_child.py")
KILLS = 5


async def run_child(mode: str, fake: FakeGorgias, store: Path, kill_after: int | None) -> int:
    """Run one watcher; SIGKILL it after ``kill_after`` events (None: leave it running
    until every event of the log is handled). Returns how many events it reported."""
    child = await asyncio.create_subprocess_exec(
        sys.executable, str(CHILD), mode, fake.base_url, str(store),
        stdout=asyncio.subprocess.PIPE,
    )  # fmt: skip
    assert child.stdout is not None
    reported = 0
    try:
        if kill_after is not None:
            while reported < kill_after:
                line = await asyncio.wait_for(child.stdout.readline(), 60)
                assert line, "the watcher ended by itself"
                reported += 1
        else:
            await until(lambda: set(handled(mode, store)) >= set(log_order(fake)), timeout=120)
            await asyncio.sleep(0.2)  # a few more reads of the feed: nothing more comes
    finally:
        child.send_signal(signal.SIGKILL)
        assert await child.wait() == -signal.SIGKILL
    return reported


def handled(mode: str, store: Path) -> list[int]:
    """The events the runs handled, in order, as their store durably says."""
    if mode == "sqlite":
        if not store.exists():
            return []
        with sqlite3.connect(store) as db:
            return [row[0] for row in db.execute("SELECT event_id FROM handled ORDER BY seq")]
    if not store.exists():
        return []
    return [int(line) for line in store.read_text().split() if line != "start"]


def runs(store: Path) -> list[list[int]]:
    """The journal of the ``file`` mode, one list per run."""
    found: list[list[int]] = []
    for line in store.read_text().split():
        if line == "start":
            found.append([])
        else:
            found[-1].append(int(line))
    return found


@pytest.mark.slow
class TestKilledAndRestarted:
    """The union of what the runs handled is the event log; nothing is lost."""

    async def kill_and_restart(self, mode: str, tmp_path: Path) -> tuple[FakeGorgias, Path]:
        rng = random.Random(f"sigkill-{mode}")
        store = tmp_path / ("handled.sqlite" if mode == "sqlite" else "handled.jsonl")
        async with FakeGorgias(seed=11, tickets=200, customers=80, rate_limit=None) as fake:
            async with client_for(fake) as client:
                writer = Writer(client, fake, rng)

                async def keep_writing() -> None:
                    for _ in range(40):
                        await writer.run(5, at_once=5)
                        await asyncio.sleep(0.02)

                writes = asyncio.ensure_future(keep_writing())
                try:
                    for _ in range(KILLS):
                        await run_child(mode, fake, store, kill_after=rng.randint(30, 250))
                    await writes
                    await run_child(mode, fake, store, kill_after=None)
                finally:
                    writes.cancel()
                    await asyncio.gather(writes, return_exceptions=True)
            return fake, store

    async def test_your_own_store_exactly_once(self, tmp_path: Path) -> None:
        """The effect and the position commit together: no gap, no repeat, in order."""
        fake, store = await self.kill_and_restart("sqlite", tmp_path)
        expected = log_order(fake)
        assert len(expected) > 1000
        assert handled("sqlite", store) == expected

    async def test_file_checkpoint_no_gap_and_only_the_event_in_hand_again(
        self, tmp_path: Path
    ) -> None:
        """Effect and position are two writes: a kill between them hands out that one event
        again, and nothing else is repeated or lost."""
        fake, store = await self.kill_and_restart("file", tmp_path)
        expected = log_order(fake)
        segments = runs(store)
        assert len(segments) == KILLS + 1
        joined: list[int] = []
        repeats = 0
        for previous, segment in zip([[], *segments], segments, strict=False):
            if previous and segment and segment[0] == previous[-1]:
                segment = segment[1:]  # the event in hand when the run was killed
                repeats += 1
            joined += segment
        assert joined == expected
        assert repeats <= KILLS
