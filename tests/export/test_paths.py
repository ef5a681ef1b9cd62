"""The export on the paths a data team really walks, over real HTTP against the fake.

A folder that grows new resources, files the user deleted, a rerun with ``--no-resume``
next to the user's own files, a second run started while the first works, strings with
every control character, a killed incremental run. Each class reproduces a defect the
export once had; the promise is the same everywhere: every record exactly once, and
files the user owns are never touched.
"""

from __future__ import annotations

import asyncio
import os
import random
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import orjson
import pytest

from gorgias_async import AsyncGorgias, OutputError, RateLimit
from gorgias_async.export import FORMATS, STREAMS, export
from gorgias_async.testing import FakeGorgias, RateLimitRules

from .._cli import account_env, finish, run_cli, start_cli
from ._read import progress, records, snapshot

COUNTS = {"customers": 15, "tickets": 40, "users": 4, "macros": 5, "voice_calls": 3}
ALL = [stream.name for stream in STREAMS]


@pytest.fixture
async def fake():
    """The account every test here exports (``client`` is conftest's, pointed at it)."""
    async with FakeGorgias(seed=4, rate_limit=None, **COUNTS) as server:
        yield server


def manifest(out: Path) -> dict[str, Any]:
    """The folder's manifest."""
    loaded: dict[str, Any] = orjson.loads((out / "manifest.json").read_bytes())
    return loaded


class TestFolderThatGrows:
    """Resources added to a folder later get a full walk, like a fresh export."""

    @pytest.mark.parametrize("fmt", FORMATS)
    async def test_resources_added_later_equal_a_fresh_export(self, client, tmp_path, fmt):
        grown, fresh = tmp_path / "grown", tmp_path / "fresh"
        await export(client, ["tickets"], grown, format=fmt)
        await export(client, [], grown, format=fmt)
        await export(client, [], fresh, format=fmt)
        assert snapshot(grown, fmt, ALL) == snapshot(fresh, fmt, ALL)

    async def test_the_manifest_lists_every_resource_of_the_folder(self, client, tmp_path):
        await export(client, ["tickets"], tmp_path)
        await export(client, ["customers"], tmp_path)
        listed = manifest(tmp_path)["resources"]
        assert set(listed) == {"tickets", "customers"}
        assert listed["tickets"]["count"] == 40
        assert listed["customers"]["count"] == 15

    @pytest.mark.parametrize("fmt", ["jsonl", "csv"])
    async def test_a_deleted_or_truncated_file_gets_a_full_walk(self, client, tmp_path, fmt):
        out, fresh = tmp_path / "out", tmp_path / "fresh"
        names = ["tickets", "customers", "users"]
        await export(client, names, out, format=fmt)
        (out / f"tickets.{fmt}").unlink()
        customers = out / f"customers.{fmt}"
        customers.write_bytes(customers.read_bytes()[: customers.stat().st_size // 2])
        await export(client, names, out, format=fmt)
        await export(client, names, fresh, format=fmt)
        assert snapshot(out, fmt, names) == snapshot(fresh, fmt, names)

    async def test_a_dropped_sqlite_table_gets_a_full_walk(self, client, tmp_path):
        out, fresh = tmp_path / "out", tmp_path / "fresh"
        await export(client, ["tickets", "customers"], out, format="sqlite")
        db = sqlite3.connect(out / "gorgias.sqlite")
        db.execute("DROP TABLE tickets")
        db.execute("DELETE FROM customers WHERE id > 3")
        db.commit()
        db.close()
        await export(client, ["tickets", "customers"], out, format="sqlite")
        await export(client, ["tickets", "customers"], fresh, format="sqlite")
        names = ["tickets", "customers"]
        assert snapshot(out, "sqlite", names) == snapshot(fresh, "sqlite", names)


class TestFilesTheUserOwns:
    """``--no-resume`` deletes only what this export wrote; links are never followed."""

    def user_files(self, out: Path) -> dict[str, bytes]:
        files = {
            "budget.csv": b"month,amount\n1,2\n",
            "notes.jsonl": b'{"mine": true}\n',
            "photos.sqlite": b"not ours",
            "customers.txt": b"keep me",
        }
        for name, content in files.items():
            (out / name).write_bytes(content)
        return files

    @pytest.mark.parametrize("fmt", FORMATS)
    async def test_no_resume_keeps_the_users_files(self, fake, tmp_path, fmt):
        out = tmp_path / "home"
        out.mkdir()
        mine = self.user_files(out)
        env = account_env(fake)
        args = ["export", "--out", str(out), "--format", fmt, "--quiet", "tickets"]
        first = await run_cli(*args, env=env)
        assert first.code == 0, first.err
        again = await run_cli(*args, "--no-resume", env=env)
        assert again.code == 0, again.err
        for name, content in mine.items():
            assert (out / name).read_bytes() == content, name
        assert len(records(out, fmt, "tickets")) == 40

    async def test_a_planted_symlink_is_not_followed(self, fake, tmp_path):
        out = tmp_path / "out"
        target = tmp_path / "precious.txt"
        target.write_bytes(b"precious")
        env = account_env(fake)
        args = ["export", "--out", str(out), "--quiet", "tickets"]
        assert (await run_cli(*args, env=env)).code == 0
        (out / "tickets.jsonl").unlink()
        (out / "tickets.jsonl").symlink_to(target)
        for extra in ([], ["--no-resume"]):
            outcome = await run_cli(*args, *extra, env=env)
            assert outcome.code == 1, outcome
            line = outcome.one_line_error()
            assert "tickets.jsonl" in line
            assert "link" in line
            assert target.read_bytes() == b"precious"
            assert (out / "tickets.jsonl").is_symlink()

    @pytest.mark.parametrize(
        ("fmt", "name"),
        [("jsonl", "tickets.jsonl"), ("parquet", "tickets.parquet"), ("duckdb", "gorgias.duckdb")],
    )
    async def test_a_users_file_named_like_an_export_file_is_not_overwritten(
        self, fake, tmp_path, fmt, name
    ):
        out = tmp_path / "out"
        out.mkdir()
        (out / name).write_bytes(b'{"id": 1, "mine": true}\n')
        outcome = await run_cli(
            "export", "--out", str(out), "--quiet", "--format", fmt, "tickets",
            env=account_env(fake),
        )  # fmt: skip
        assert outcome.code == 1
        assert name in outcome.one_line_error()
        assert (out / name).read_bytes() == b'{"id": 1, "mine": true}\n'

    @pytest.mark.parametrize(
        ("out", "says"),
        [
            ("a-file", "is a file"),
            ("missing/parent/out", "does not exist"),
            ("/sys", "cannot write"),
        ],
    )
    async def test_an_unusable_out_is_refused_in_one_line(self, fake, tmp_path, out, says):
        (tmp_path / "a-file").write_bytes(b"x")
        outcome = await run_cli(
            "export", "--out", out, "tickets", env=account_env(fake), cwd=tmp_path
        )
        assert outcome.code == 2, outcome
        line = outcome.one_line_error()
        assert "--out" in line
        assert says in line
        assert fake.stats.requests == 0


class TestTwoRunsAtOnce:
    """A second export into a busy folder is refused at once; the first stays exact."""

    async def test_the_second_run_is_refused_and_the_first_is_exact(self, tmp_path):
        rules = RateLimitRules(api_key=40, window=20.0)
        async with FakeGorgias(
            seed=2, tickets=600, customers=100, rate_limit=rules, time_scale=20
        ) as fake:
            env = account_env(fake)
            # 47 pages under 40 requests / 20 s: the first run lasts about 5 s.
            common = ["--quiet", "--page-size", "15", "--rate-limit", "40/20"]
            common += ["tickets", "customers"]
            first = await start_cli("export", "--out", str(tmp_path / "busy"), *common, env=env)
            lock = tmp_path / "busy" / ".export.lock"
            for _ in range(200):
                if lock.exists() and lock.read_bytes():
                    break
                await asyncio.sleep(0.05)
            second = await run_cli("export", "--out", str(tmp_path / "busy"), *common, env=env)
            done = await finish(first)
            clean = await run_cli("export", "--out", str(tmp_path / "clean"), *common, env=env)
        assert second.code == 3, second
        line = second.one_line_error()
        assert f"pid {first.pid}" in line
        assert "since" in line
        assert done.code == 0, done.err
        assert clean.code == 0, clean.err
        names = ["tickets", "customers"]
        assert snapshot(tmp_path / "busy", "jsonl", names) == snapshot(
            tmp_path / "clean", "jsonl", names
        )

    async def test_a_stale_lock_of_a_dead_process_does_not_block(self, client, tmp_path):
        tmp_path.joinpath(".export.lock").write_text("pid 999999 on nowhere since yesterday\n")
        result = await export(client, ["tickets"], tmp_path)
        assert result.counts["tickets"] == 40


class TestRepeatedIncrementalRuns:
    """Run after run, the files follow the account; nothing changed, nothing rewritten."""

    @pytest.mark.parametrize("fmt", ["jsonl", "csv"])
    async def test_rounds_of_changes_converge_and_quiet_runs_rewrite_nothing(
        self, fake, client, tmp_path, fmt
    ):
        rng = random.Random(fmt)
        names = ["tickets", "customers"]
        await export(client, names, tmp_path, format=fmt)
        for _ in range(3):
            tickets = [t["id"] for t in fake.items("tickets")]
            for ticket_id in rng.sample(tickets, 5):
                await client.tickets.update(ticket_id, status="closed")
            for ticket_id in rng.sample(tickets, 3):
                await client.tickets.delete(ticket_id)
            await client.tickets.create(
                messages=[{"channel": "email", "via": "api", "from_agent": False,
                           "source": {"from": {"address": "a@example.org"}},
                           "sender": {"email": "a@example.org"}, "body_text": "hi"}]
            )  # fmt: skip
            await export(client, names, tmp_path, format=fmt)
            for name in names:
                assert records(tmp_path, fmt, name) == fake.items(name), name
        before = {name: (tmp_path / f"{name}.{fmt}").stat().st_ino for name in names}
        result = await export(client, names, tmp_path, format=fmt)
        assert {name: result.state.streams[name].last_run["changed"] for name in names} == {
            "tickets": 0,
            "customers": 0,
        }
        assert {name: (tmp_path / f"{name}.{fmt}").stat().st_ino for name in names} == before

    async def test_a_file_edited_by_hand_is_refused_not_mangled(self, fake, client, tmp_path):
        await export(client, ["tickets"], tmp_path)
        path = tmp_path / "tickets.jsonl"
        lines = path.read_bytes().splitlines(keepends=True)
        path.write_bytes(b"".join([lines[1], lines[0], *lines[2:]]))  # same size, swapped
        first = orjson.loads(lines[0])["id"]
        await client.tickets.update(first, status="closed")
        with pytest.raises(OutputError, match="changed outside the export"):
            await export(client, ["tickets"], tmp_path)
        path.unlink()
        await export(client, ["tickets"], tmp_path)
        assert records(tmp_path, "jsonl", "tickets") == fake.items("tickets")


#: Every string shape the API can send: control characters, NUL, separators, a lone
#: surrogate, quotes and CSV-looking text.
ODD = "".join(chr(c) for c in range(32)) + '\x7f\u2028\u2029"quoted",;\r\n\ud800 end'


class TestEveryString:
    """Any string the API sends round-trips through every format, and runs resume on it."""

    async def plant(self, fake: FakeGorgias) -> None:
        tickets = fake.state.collection("tickets").items
        first, second = sorted(tickets)[:2]
        tickets[first] = {
            **tickets[first],
            "subject": ODD,
            "tags": [{"id": 1, "name": "vip\rgold"}],
        }
        tickets[second] = {**tickets[second], "subject": "x" * 1_000_000}
        customers = fake.state.collection("customers").items
        key = sorted(customers)[0]
        customers[key] = {**customers[key], "name": "\r", "note": "\x00" + ODD}

    @pytest.mark.parametrize("fmt", FORMATS)
    async def test_odd_strings_round_trip_and_resume(self, fake, client, tmp_path, fmt):
        await self.plant(fake)
        names = ["tickets", "customers"]
        await export(client, names, tmp_path, format=fmt)
        for name in names:
            assert records(tmp_path, fmt, name) == fake.items(name), name
        await export(client, names, tmp_path, format=fmt)  # the incremental rerun reads it back
        for name in names:
            assert records(tmp_path, fmt, name) == fake.items(name), name


async def _change_the_account(fake: FakeGorgias, rng: random.Random, budget: RateLimit) -> None:
    """Updates, creates and deletes through the fake's HTTP API, paced like any client."""
    async with AsyncGorgias(
        base_url=fake.base_url,
        username=fake.username,
        api_key=fake.api_key,
        rate_limit=budget,
        max_concurrency=8,
    ) as client:
        tickets = [t["id"] for t in fake.items("tickets")]
        customers = [c["id"] for c in fake.items("customers")]
        writes = [client.tickets.update(i, status="closed") for i in rng.sample(tickets, 120)]
        writes += [client.tickets.delete(i) for i in rng.sample(tickets, 8)]
        writes += [client.customers.update(i, note="changed") for i in rng.sample(customers, 40)]
        writes += [
            client.tickets.create(
                messages=[
                    {
                        "channel": "email",
                        "via": "api",
                        "from_agent": False,
                        "sender": {"email": f"late{number}@example.org"},
                        "body_text": f"new {number}",
                    }
                ]
            )
            for number in range(25)
        ]
        await asyncio.gather(*writes)


@pytest.mark.slow
class TestKilledIncrementalRun:
    """SIGKILL while an incremental run works, then rerun: the same as no kill at all."""

    KILLS = 7  # per case: 21 kills over three seeds and formats

    @pytest.mark.parametrize(("seed", "fmt"), list(enumerate(FORMATS, start=1)))
    async def test_killed_incremental_runs_end_like_uninterrupted_ones(self, tmp_path, seed, fmt):
        rng = random.Random(seed)
        rules = RateLimitRules(api_key=40, window=20.0)
        names = ["tickets", "messages", "customers", "events"]
        async with FakeGorgias(
            seed=9, tickets=300, customers=120, rate_limit=rules, time_scale=40
        ) as fake:
            env = account_env(fake)
            common = ["--format", fmt, "--page-size", "10", "--rate-limit", "40/0.5", "--quiet"]
            base = tmp_path / "base"
            full = await run_cli("export", "--out", str(base), *common, *names, env=env)
            assert full.code == 0, full.err
            await _change_the_account(fake, rng, RateLimit(40, 0.5))
            clean = tmp_path / "clean"
            shutil.copytree(base, clean)
            started = asyncio.get_running_loop().time()
            uninterrupted = await run_cli("export", "--out", str(clean), *common, *names, env=env)
            took = asyncio.get_running_loop().time() - started
            assert uninterrupted.code == 0, uninterrupted.err
            killed = midway = 0
            before, after = progress(base, fmt, names), progress(clean, fmt, names)
            trial = 0
            # Kill at random moments; go on (up to 3x) until a kill has landed while the
            # changes were being written, so that path is always exercised.
            while trial < self.KILLS or (midway == 0 and trial < 3 * self.KILLS):
                trial += 1
                target = tmp_path / f"killed-{trial}"
                shutil.copytree(base, target)
                outcome = await run_cli(
                    "export",
                    "--out",
                    str(target),
                    *common,
                    *names,
                    env=env,
                    kill_after=rng.uniform(0.3, 1.0) * took,
                )
                killed += outcome.killed
                between = progress(target, fmt, names)
                midway += between not in (before, after)
                rerun = await run_cli("export", "--out", str(target), *common, *names, env=env)
                assert rerun.code == 0, rerun.err
                assert snapshot(target, fmt, names) == snapshot(clean, fmt, names), trial
                shutil.rmtree(target)
        assert killed >= self.KILLS // 2  # most runs really died mid-way
        # Some kills landed while the changes were being written: part applied.
        assert midway >= 1, midway


class TestErrorsInOneLine:
    """Every failure: what happened, which file, what to do; exit 1; resumable."""

    async def test_wrong_credentials_create_nothing(self, fake, tmp_path):
        out = tmp_path / "out"
        outcome = await run_cli(
            "export",
            "--out",
            str(out),
            "tickets",
            env=account_env(fake, GORGIAS_API_KEY="wrong-key-123"),
        )
        assert outcome.code == 1
        line = outcome.one_line_error()
        assert "API key" in line  # check's hint: what to fix
        assert "resume" not in line
        assert "wrong-key-123" not in line
        assert not out.exists()

    @pytest.mark.parametrize("fmt", FORMATS)
    async def test_a_corrupt_checkpoint_names_the_file_and_the_fix(self, fake, tmp_path, fmt):
        out = tmp_path / "out"
        env = account_env(fake)
        args = ["export", "--out", str(out), "--format", fmt, "--quiet", "tickets"]
        assert (await run_cli(*args, env=env)).code == 0
        state = out / ("gorgias.sqlite" if fmt == "sqlite" else ".export-state.sqlite")
        state.write_bytes(b"garbage" * 100)
        for path in out.glob(f"{state.name}-*"):
            path.unlink()
        outcome = await run_cli(*args, env=env)
        assert outcome.code == 1
        line = outcome.one_line_error()
        assert state.name in line
        assert "run again" not in line
        assert "--no-resume" in line or "remove" in line

    async def test_a_corrupt_manifest_is_rewritten(self, fake, tmp_path):
        out = tmp_path / "out"
        env = account_env(fake)
        args = ["export", "--out", str(out), "--quiet", "tickets"]
        assert (await run_cli(*args, env=env)).code == 0
        (out / "manifest.json").write_bytes(b"{not json")
        assert (await run_cli(*args, env=env)).code == 0
        assert manifest(out)["resources"]["tickets"]["count"] == 40

    async def test_an_out_below_a_file_is_one_line(self, fake, tmp_path):
        (tmp_path / "plain").write_bytes(b"x")
        outcome = await run_cli(
            "export", "--out", str(tmp_path / "plain" / "sub"), "tickets", env=account_env(fake)
        )
        assert outcome.code == 2
        assert "plain" in outcome.one_line_error()

    @pytest.mark.parametrize(
        ("errno_name", "says"), [("ENOSPC", "disk is full"), ("EACCES", "permission")]
    )
    async def test_disk_errors_are_one_line_and_the_state_resumes(
        self, fake, tmp_path, monkeypatch, capsys, errno_name, says
    ):
        import errno

        from gorgias_async import cli

        out = tmp_path / "out"
        env = account_env(fake)
        for name, value in env.items():
            monkeypatch.setenv(name, value)
        real_fsync = os.fsync
        calls = 0

        def failing_fsync(descriptor: int) -> None:
            nonlocal calls
            calls += 1
            if calls >= 5:  # every sync from the fifth on: the disk stays full
                code = getattr(errno, errno_name)
                raise OSError(code, os.strerror(code))
            real_fsync(descriptor)

        monkeypatch.setattr(os, "fsync", failing_fsync)
        args = ["export", "--out", str(out), "--quiet", "--page-size", "5", "tickets", "users"]
        code = await asyncio.to_thread(cli.main, args)
        err = capsys.readouterr().err
        assert code == 1
        lines = [line for line in err.splitlines() if line.strip()]
        assert len(lines) == 1, err
        assert says in lines[0]
        assert "Traceback" not in err
        monkeypatch.setattr(os, "fsync", real_fsync)
        assert await asyncio.to_thread(cli.main, args) == 0
        assert records(out, "jsonl", "tickets") == fake.items("tickets")
        assert records(out, "jsonl", "users") == fake.items("users")
