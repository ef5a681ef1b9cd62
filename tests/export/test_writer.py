"""The export's writer: items are staged as they come and made durable in groups — one
fsync and one seal per group — and a group closes at once when someone waits for it."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Sequence
from pathlib import Path

from gorgias_async.export import _writer
from gorgias_async.export._writer import Writer


class Recorder:
    """A sink that records what the writer asks of it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.descriptor = os.open(path, os.O_WRONLY | os.O_CREAT)
        self.staged: list[str] = []
        self.calls: list[object] = []

    def stage(self, items: Sequence[str]) -> list[tuple[Path, int]]:
        self.calls.append(("stage", list(items)))
        self.staged += items
        return [(self.path, self.descriptor)]

    def seal(self) -> list[str]:
        self.calls.append("seal")
        sealed, self.staged = self.staged, []
        return [f"{item} durable" for item in sealed]

    def abort(self) -> None:
        self.calls.append("abort")
        self.staged = []


async def test_items_of_a_group_share_one_seal_and_are_staged_as_they_come(
    tmp_path: Path,
) -> None:
    writer: Writer[str, str] = Writer()
    sink = Recorder(tmp_path / "data")
    writer.bind(sink)
    first = writer.submit("a")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    assert sink.staged == ["a"]  # written at once, not durable yet
    assert not first.done()
    second = writer.submit("b")
    last = writer.submit("c", now=True)  # someone waits: the group closes now
    assert await asyncio.gather(first, second, last) == ["a durable", "b durable", "c durable"]
    assert sink.calls.count("seal") == 1
    assert sink.calls[0] == ("stage", ["a"])
    writer.shutdown()
    os.close(sink.descriptor)


async def test_a_group_closes_by_size_by_time_and_before_other_work(tmp_path: Path) -> None:
    writer: Writer[str, str] = Writer()
    sink = Recorder(tmp_path / "data")
    writer.bind(sink)
    futures = [writer.submit(str(i)) for i in range(_writer.GROUP_ITEMS)]
    await asyncio.gather(*futures)  # full: committed without waiting for the time
    assert sink.calls.count("seal") == 1

    lone = writer.submit("lone")  # nobody waits: committed once the group is old enough
    assert await asyncio.wait_for(lone, 10 * _writer.GROUP_SECONDS + 1) == "lone durable"
    assert sink.calls.count("seal") == 2

    pending = writer.submit("before the work")
    await asyncio.sleep(0)
    assert await writer.run(lambda: sink.calls.count("seal")) == 3  # sealed first
    assert pending.result() == "before the work durable"
    writer.shutdown()
    os.close(sink.descriptor)
