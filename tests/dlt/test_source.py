"""The dlt source, loaded for real into a DuckDB file from the fake over HTTP."""

from __future__ import annotations

import asyncio
import os
import random
import re
import shlex
import signal
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import dlt
import duckdb
import pytest

from gorgias_async import AsyncGorgias
from gorgias_async._datetime import read
from gorgias_async.dlt import gorgias_source
from gorgias_async.export import STREAMS
from gorgias_async.testing import FakeGorgias, RateLimitRules

from .._cli import finish

ROOT = Path(__file__).resolve().parents[2]


def pipeline(folder: Path) -> Any:
    """A pipeline into ``folder/gorgias.duckdb``, its state in ``folder/pipelines``."""
    return dlt.pipeline(
        pipeline_name="gorgias",
        destination=dlt.destinations.duckdb(str(folder / "account.duckdb")),
        dataset_name="gorgias",
        pipelines_dir=str(folder / "pipelines"),
    )


def source(fake: FakeGorgias, **options: Any) -> Any:
    options.setdefault("rate_limit", "off")
    return gorgias_source(
        base_url=fake.base_url, username=fake.username, api_key=fake.api_key, **options
    )


async def load(folder: Path, data: Any, **options: Any) -> Any:
    """Run the pipeline off the event loop (the fake answers on it)."""
    return await asyncio.to_thread(pipeline(folder).run, data, **options)


def query(folder: Path, sql: str) -> list[tuple[Any, ...]]:
    db = duckdb.connect(str(folder / "account.duckdb"), read_only=True)
    try:
        return db.execute(sql).fetchall()
    finally:
        db.close()


def ids(folder: Path, table: str) -> list[int]:
    return [row[0] for row in query(folder, f"SELECT id FROM gorgias.{table} ORDER BY id")]


def assert_tickets_match(folder: Path, fake: FakeGorgias) -> None:
    """Ids and values of tickets, their tags and messages equal the account's."""
    tickets = fake.items("tickets")
    got = query(
        folder,
        "SELECT id, status, subject, channel, customer__id, created_datetime "
        "FROM gorgias.tickets ORDER BY id",
    )
    assert got == [
        (t["id"], t["status"], t["subject"], t["channel"], (t["customer"] or {}).get("id"),
         read(t["created_datetime"]))
        for t in tickets
    ]  # fmt: skip
    assert_tags_match(folder, fake)
    messages = query(folder, "SELECT id, ticket_id, body_text FROM gorgias.messages ORDER BY id")
    assert messages == [(m["id"], m["ticket_id"], m["body_text"]) for m in fake.items("messages")]


def assert_tags_match(folder: Path, fake: FakeGorgias) -> None:
    """The tickets' tags, in order, in the child table joined the dlt way."""
    tags = query(
        folder,
        "SELECT t.id, list(g.name ORDER BY g._dlt_list_idx) FROM gorgias.tickets t "
        "JOIN gorgias.tickets__tags g ON g._dlt_parent_id = t._dlt_id GROUP BY t.id ORDER BY t.id",
    )
    tickets = fake.items("tickets")
    assert tags == [(t["id"], [g["name"] for g in t["tags"]]) for t in tickets if t["tags"]]


class TestLoad:
    """A pipeline run loads every resource, ids and values as the account has them."""

    async def test_a_full_load_equals_the_account(self, fake, tmp_path):
        await load(tmp_path, source(fake))
        for stream in STREAMS:
            expected = sorted(item["id"] for item in fake.items(stream.name))
            assert ids(tmp_path, stream.name) == expected, stream.name
        assert_tickets_match(tmp_path, fake)
        customers = query(tmp_path, "SELECT id, email, name FROM gorgias.customers ORDER BY id")
        assert customers == [(c["id"], c["email"], c["name"]) for c in fake.items("customers")]

    async def test_runs_after_changes_converge_to_the_account(self, fake, tmp_path):
        rng = random.Random(3)
        names = ["tickets", "messages", "customers", "tags"]
        await load(tmp_path, source(fake, resources=names, page_size=5))
        full = fake.stats.requests
        async with AsyncGorgias(
            base_url=fake.base_url, username=fake.username, api_key=fake.api_key, rate_limit=None
        ) as client:
            for _ in range(2):
                tickets = [t["id"] for t in fake.items("tickets")]
                for ticket_id in rng.sample(tickets, 5):
                    await client.tickets.update(ticket_id, status="closed", subject="Changed")
                for ticket_id in rng.sample(tickets, 3):
                    await client.tickets.delete(ticket_id)
                await client.customers.delete(fake.items("customers")[0]["id"])
                await client.tags.delete(fake.items("tags")[0]["id"])
                await client.tickets.create(
                    subject="New one",
                    messages=[{"channel": "email", "via": "api", "from_agent": False,
                               "source": {"from": {"address": "a@example.org"}},
                               "sender": {"email": "a@example.org"}, "body_text": "hi"}],
                )  # fmt: skip
                before = fake.stats.requests
                await load(tmp_path, source(fake, resources=names, page_size=5))
                assert fake.stats.requests - before < full / 2  # changes only
                assert_tickets_match(tmp_path, fake)
                for name in ("customers", "tags"):
                    assert ids(tmp_path, name) == sorted(i["id"] for i in fake.items(name))
        orphans = query(
            tmp_path,
            "SELECT count(*) FROM gorgias.tickets__tags g LEFT JOIN gorgias.tickets t "
            "ON g._dlt_parent_id = t._dlt_id WHERE t.id IS NULL",
        )
        assert orphans == [(0,)]

    async def test_bad_options_fail_before_any_request(self, fake):
        for options, name in [
            ({"resources": ["nope"]}, "resources"),
            ({"page_size": 0}, "page_size"),
            ({"rate_limit": "fast"}, "rate_limit"),
            ({"max_concurrency": 99}, "max_concurrency"),
        ]:
            with pytest.raises(ValueError, match=name):
                source(fake, **options)
        assert fake.stats.requests == 0


class TestCredentials:
    """dlt's config and secrets, or our environment variables; the key is written nowhere."""

    @pytest.mark.parametrize("prefix", ["SOURCES__GORGIAS__", "GORGIAS_"])
    async def test_from_dlt_config_and_secrets_or_our_variables(
        self, fake, tmp_path, monkeypatch, prefix
    ):
        monkeypatch.setenv(f"{prefix}BASE_URL", fake.base_url)
        monkeypatch.setenv(f"{prefix}USERNAME", fake.username)
        monkeypatch.setenv(f"{prefix}API_KEY", fake.api_key)
        await load(tmp_path, gorgias_source(["users"], rate_limit="off"))
        assert ids(tmp_path, "users") == sorted(u["id"] for u in fake.items("users"))

    async def test_missing_credentials_fail_before_any_request(self, fake, monkeypatch):
        for name in ("GORGIAS_USERNAME", "GORGIAS_API_KEY", "GORGIAS_ACCESS_TOKEN"):
            monkeypatch.delenv(name, raising=False)
        with pytest.raises(ValueError, match="GORGIAS_API_KEY"):
            gorgias_source(base_url=fake.base_url)
        assert fake.stats.requests == 0

    async def test_the_api_key_is_written_nowhere(self, fake, tmp_path):
        await load(tmp_path, source(fake, resources=["tickets", "users"]))
        key = fake.api_key.encode()
        for path in tmp_path.rglob("*"):
            if path.is_file():
                assert key not in path.read_bytes(), path


#: The child that runs one pipeline: what a scheduler (cron, Airflow) would start.
CHILD = Path(__file__).with_name("_child.py")


async def run_child(
    folder: Path,
    fake: FakeGorgias,
    kill_after: float | None = None,
    *,
    rate_limit: str = "40/0.5",
    die_after_staging_insert: str | None = None,
) -> int:
    """Run one pipeline in a child process; SIGKILL it after ``kill_after`` seconds, or
    let it kill itself right after its first staging insert into that table commits."""
    args = [str(folder), fake.base_url, fake.username, fake.api_key, rate_limit]
    if die_after_staging_insert is not None:
        args.append(die_after_staging_insert)
    process = await asyncio.create_subprocess_exec(
        sys.executable, str(CHILD), *args,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        env={**os.environ, "RUNTIME__LOG_LEVEL": "ERROR"},
    )  # fmt: skip
    outcome = await finish(process, kill_after)
    assert outcome.code in (0, -signal.SIGKILL), outcome.err
    return outcome.code


def assert_no_copies(folder: Path, fake: FakeGorgias, roots: Sequence[str]) -> None:
    """Every table of the dataset (root and child tables) holds each row once; each root
    table holds one row per record of the account, and nothing else."""
    tables = [
        row[0]
        for row in query(
            folder,
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'gorgias' "
            "AND table_name NOT LIKE '\\_dlt\\_%' ESCAPE '\\' ORDER BY table_name",
        )
    ]
    assert set(roots) <= set(tables)
    assert any("__" in table for table in tables)  # child tables are checked too
    for table in tables:
        rows, distinct = query(
            folder, f"SELECT count(*), count(DISTINCT _dlt_id) FROM gorgias.{table}"
        )[0]
        assert rows == distinct, f"{table}: {rows - distinct} rows more than once"
    for name in roots:
        sql = f"SELECT count(*), count(DISTINCT id) FROM gorgias.{name}"
        rows, distinct = query(folder, sql)[0]
        assert rows == distinct, f"{name}: {rows - distinct} records more than once"
        assert ids(folder, name) == sorted(i["id"] for i in fake.items(name)), name


@pytest.mark.slow
class TestKilledInTheLoad:
    """SIGKILL right after dlt's load step committed an insert into a staging table, the
    job not yet marked done (so the rerun inserts that file again), then a rerun: every
    table of the dataset holds each row once, and the account's records and values."""

    @pytest.mark.parametrize("table", ["tickets", "tickets__tags", "customers"])
    async def test_a_full_load_killed_then_rerun(self, fake, tmp_path, table):
        await self.killed_then_rerun(tmp_path, fake, table)

    @pytest.mark.parametrize("table", ["tickets", "tickets__tags"])
    async def test_a_load_of_changes_killed_then_rerun(self, fake, tmp_path, table):
        assert await run_child(tmp_path, fake, rate_limit="off") == 0
        async with AsyncGorgias(
            base_url=fake.base_url, username=fake.username, api_key=fake.api_key, rate_limit=None
        ) as client:
            tagged = [t["id"] for t in fake.items("tickets") if t["tags"]]
            for ticket_id in tagged[:6]:
                await client.tickets.update(ticket_id, status="closed", subject="Changed")
            await client.tickets.delete(tagged[-1])
            await client.customers.update(fake.items("customers")[1]["id"], name="Renamed")
        await self.killed_then_rerun(tmp_path, fake, table)

    @staticmethod
    async def killed_then_rerun(folder: Path, fake: FakeGorgias, table: str) -> None:
        """A run that kills itself after its staging insert into ``table``, a rerun, and
        the checks of the result."""
        run = {"rate_limit": "off", "die_after_staging_insert": table}
        assert await run_child(folder, fake, **run) == -signal.SIGKILL
        assert (folder / "killed").exists()
        assert await run_child(folder, fake, **run) == 0
        # the rerun did load that job's file into the staging dataset a second time
        staged = f"SELECT count(*) - count(DISTINCT _dlt_id) FROM gorgias_staging.{table}"
        assert query(folder, staged)[0][0] > 0
        assert_no_copies(folder, fake, ["tickets", "messages", "customers"])
        assert_tickets_match(folder, fake)
        customers = query(folder, "SELECT id, email, name FROM gorgias.customers ORDER BY id")
        assert customers == [(c["id"], c["email"], c["name"]) for c in fake.items("customers")]


@pytest.mark.slow
class TestKilled:
    """A run killed with SIGKILL, then run again: no duplicate, no gap."""

    async def test_killed_runs_then_a_rerun_leave_no_duplicate_and_no_gap(self, tmp_path):
        rng = random.Random(8)
        rules = RateLimitRules(api_key=40, window=20.0)
        async with FakeGorgias(
            seed=9, tickets=150, customers=60, rate_limit=rules, time_scale=40
        ) as fake:
            started = asyncio.get_running_loop().time()
            assert await run_child(tmp_path / "clean", fake) == 0
            took = asyncio.get_running_loop().time() - started
            killed = 0
            for trial in range(4):
                if trial == 2:  # changes between runs: the incremental path too
                    async with AsyncGorgias(
                        base_url=fake.base_url, username=fake.username, api_key=fake.api_key
                    ) as client:
                        tickets = [t["id"] for t in fake.items("tickets")]
                        for ticket_id in rng.sample(tickets, 4):
                            await client.tickets.update(ticket_id, status="closed")
                        await client.tickets.delete(tickets[0])
                code = await run_child(tmp_path / "killed", fake, rng.uniform(0.2, 0.9) * took)
                killed += code == -signal.SIGKILL
            assert await run_child(tmp_path / "killed", fake) == 0
        assert killed >= 2
        folder = tmp_path / "killed"
        assert_no_copies(folder, fake, ["tickets", "messages", "customers"])
        assert_tickets_match(folder, fake)


class TestReadmeCommand:
    """The README's dlt command loads the sandbox into DuckDB and prints the join."""

    async def test_the_readme_command_runs(self, tmp_path):
        readme = (ROOT / "README.md").read_text()
        line = re.search(r"^python -m gorgias_async\.dlt .*$", readme, re.MULTILINE)
        assert line is not None
        args = shlex.split(line.group(0))[1:]
        process = await asyncio.create_subprocess_exec(
            sys.executable, *args, "--pipelines-dir", str(tmp_path / "pipelines"),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE, cwd=tmp_path,
        )  # fmt: skip
        out, err = await process.communicate()
        assert process.returncode == 0, err.decode()
        rows = out.decode().splitlines()
        assert rows[0].split()[:3] == ["ticket", "status", "messages"]
        assert len(rows) == 11  # the header and ten tickets
        assert (tmp_path / "gorgias_dlt.duckdb").exists()
        db = duckdb.connect(str(tmp_path / "gorgias_dlt.duckdb"), read_only=True)
        try:
            joined = db.execute(
                "SELECT count(*) FROM gorgias.tickets t "
                "JOIN gorgias.messages m ON m.ticket_id = t.id"
            ).fetchall()
        finally:
            db.close()
        assert joined[0][0] > 0
