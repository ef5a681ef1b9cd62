"""Watch positions and the checkpoints that keep them: exact, atomic, locked."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import textwrap
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from gorgias_async import CallableCheckpoint, FileCheckpoint, MemoryCheckpoint, Position
from gorgias_async._checkpoint import as_checkpoint
from gorgias_async.errors import OutputError, OutputLockedError

T0 = datetime(2026, 3, 1, 12, 0, 0, 123456, tzinfo=UTC)


class TestPosition:
    """A position round-trips as compact JSON; a corrupt one is refused, saying why."""

    def test_round_trip(self) -> None:
        position = Position(T0, T0 + timedelta(minutes=5), {1, 2, 3, 4, 9, 11, 12})
        text = position.dumps()
        assert Position.loads(text) == position
        assert '"seen":[[1,4],9,[11,12]]' in text

    def test_a_window_of_consecutive_ids_stays_small(self) -> None:
        position = Position(T0, T0, range(1_000, 101_000))
        assert len(position.dumps()) < 120
        assert len(Position.loads(position.dumps()).seen) == 100_000

    def test_naive_datetimes_are_utc(self) -> None:
        assert Position(T0.replace(tzinfo=None)).low == T0

    @pytest.mark.parametrize(
        ("text", "says"),
        [
            ("not json", "not JSON"),
            ("[]", "version"),
            ('{"version": 2, "low": "2026-01-01T00:00:00Z"}', "version"),
            ('{"version": 1, "low": "yesterday"}', "'low'"),
            ('{"version": 1, "low": "2026-01-01T00:00:00Z", "high": 3}', "'high'"),
            ('{"version": 1, "low": "2026-01-01T00:00:00Z", "seen": [[5, 1]]}', "bad run"),
            ('{"version": 1, "low": "2026-01-01T00:00:00Z", "seen": [[1, 99999999999]]}', "bad"),
            ('{"version": 1, "low": "2026-01-01T00:00:00Z", "seen": ["7"]}', "'7'"),
            ('{"version": 1, "low": "2026-01-01T00:00:00Z", "seen": 7}', "not a list"),
        ],
    )
    def test_corrupt_text_is_refused(self, text: str, says: str) -> None:
        with pytest.raises(ValueError, match=says):
            Position.loads(text)


class TestFileCheckpoint:
    """Saved atomically and durably; never through a link; one watcher per file."""

    async def test_save_then_load(self, tmp_path: Path) -> None:
        path = tmp_path / "watch.json"
        first = FileCheckpoint(path)
        assert await first.load() is None
        await first.save(Position(T0, T0, {5}))
        first.close()
        second = FileCheckpoint(path)
        assert await second.load() == Position(T0, T0, {5})
        second.close()
        assert sorted(os.listdir(tmp_path)) == ["watch.json", "watch.json.lock"]

    async def test_a_second_watcher_of_the_file_is_refused(self, tmp_path: Path) -> None:
        first = FileCheckpoint(tmp_path / "watch.json")
        await first.load()
        with pytest.raises(OutputLockedError, match="another watcher") as caught:
            await FileCheckpoint(tmp_path / "watch.json").load()
        assert caught.value.holder["pid"] == os.getpid()
        first.close()
        again = FileCheckpoint(tmp_path / "watch.json")
        assert await again.load() is None
        again.close()

    def test_the_lock_of_a_killed_process_does_not_block(self, tmp_path: Path) -> None:
        script = textwrap.dedent(
            f"""
            import asyncio, os, signal
            from gorgias_async import FileCheckpoint
            checkpoint = FileCheckpoint({str(tmp_path / "watch.json")!r})
            asyncio.run(checkpoint.load())
            os.kill(os.getpid(), signal.SIGKILL)
            """
        )
        done = subprocess.run([sys.executable, "-c", script], check=False, timeout=60)
        assert done.returncode == -9
        checkpoint = FileCheckpoint(tmp_path / "watch.json")
        assert asyncio.run(checkpoint.load()) is None
        checkpoint.close()

    async def test_a_corrupt_file_says_which_and_what_to_do(self, tmp_path: Path) -> None:
        path = tmp_path / "watch.json"
        path.write_text('{"version": 1, "low": ')
        checkpoint = FileCheckpoint(path)
        with pytest.raises(OutputError, match=r"watch\.json is unusable.*delete it"):
            await checkpoint.load()
        checkpoint.close()
        assert path.read_text() == '{"version": 1, "low": '  # the user's bytes, untouched

    async def test_a_symbolic_link_is_never_written_through(self, tmp_path: Path) -> None:
        target = tmp_path / "precious.txt"
        target.write_text("mine")
        (tmp_path / "watch.json").symlink_to(target)
        checkpoint = FileCheckpoint(tmp_path / "watch.json")
        with pytest.raises(OutputError, match="symbolic link"):
            await checkpoint.load()
        checkpoint.close()
        assert target.read_text() == "mine"

    def test_a_crash_mid_save_leaves_the_old_position(self, tmp_path: Path) -> None:
        """Killed after the new bytes are written and fsynced but before the rename."""
        path = tmp_path / "watch.json"
        script = textwrap.dedent(
            f"""
            import asyncio, os, signal
            from datetime import datetime, UTC
            from gorgias_async import FileCheckpoint, Position
            checkpoint = FileCheckpoint({str(path)!r})
            old = Position(datetime(2026, 1, 1, tzinfo=UTC), None, {{1}})
            asyncio.run(checkpoint.save(old))
            os.replace = lambda *args: os.kill(os.getpid(), signal.SIGKILL)
            asyncio.run(checkpoint.save(Position(datetime(2026, 2, 1, tzinfo=UTC), None, {{2}})))
            """
        )
        done = subprocess.run([sys.executable, "-c", script], check=False, timeout=60)
        assert done.returncode == -9
        assert Position.loads(path.read_text()).seen == {1}

    def test_bad_paths_are_refused_at_once(self, tmp_path: Path) -> None:
        with pytest.raises(ValueError, match="is a folder"):
            FileCheckpoint(tmp_path)
        with pytest.raises(ValueError, match="does not exist"):
            FileCheckpoint(tmp_path / "missing" / "watch.json")
        with pytest.raises(TypeError, match="path"):
            FileCheckpoint(3)  # type: ignore[arg-type]


class TestOtherCheckpoints:
    """Your own store through two callables (plain or async); memory; what is accepted."""

    async def test_plain_callables(self) -> None:
        store: dict[str, str] = {}
        checkpoint = CallableCheckpoint(
            lambda: store.get("pos"), lambda text: store.update(pos=text)
        )
        assert await checkpoint.load() is None
        await checkpoint.save(Position(T0, None, {3}))
        assert await checkpoint.load() == Position(T0, None, {3})
        assert "3" in store["pos"]

    async def test_async_callables(self) -> None:
        store: list[str] = []

        async def load() -> str | None:
            return store[-1] if store else None

        async def save(text: str) -> None:
            await asyncio.sleep(0)
            store.append(text)

        checkpoint = CallableCheckpoint(load, save)
        await checkpoint.save(Position(T0))
        assert await checkpoint.load() == Position(T0)

    async def test_a_bad_load_says_so(self) -> None:
        with pytest.raises(TypeError, match="not str"):
            await CallableCheckpoint(lambda: 3, lambda text: None).load()  # type: ignore[arg-type,return-value]
        with pytest.raises(ValueError, match="unusable position"):
            await CallableCheckpoint(lambda: "{}", lambda text: None).load()
        with pytest.raises(TypeError, match="two callables"):
            CallableCheckpoint("load", "save")  # type: ignore[arg-type]

    def test_memory(self) -> None:
        checkpoint = MemoryCheckpoint()
        checkpoint.save(Position(T0))
        assert checkpoint.load() == Position(T0)
        assert checkpoint.saves == 1

    def test_what_checkpoint_accepts(self, tmp_path: Path) -> None:
        assert as_checkpoint(None) is None
        assert isinstance(as_checkpoint(tmp_path / "w.json"), FileCheckpoint)
        assert isinstance(as_checkpoint(str(tmp_path / "w.json")), FileCheckpoint)
        memory = MemoryCheckpoint()
        assert as_checkpoint(memory) is memory
        with pytest.raises(TypeError, match="checkpoint must be"):
            as_checkpoint(42)
