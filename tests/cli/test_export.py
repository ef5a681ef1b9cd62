"""``gorgias-async export`` as a process: exit codes, sandbox, and SIGKILL at any moment."""

from __future__ import annotations

import random
import signal

import orjson
import pytest

from gorgias_async.testing import FakeGorgias, RateLimitRules

from .._cli import run_cli as run_command

RESOURCES = ["tickets", "messages", "customers", "events"]


async def run_cli(*args: str, env: dict[str, str] | None = None, kill_after: float | None = None):
    """Run ``gorgias-async export ARGS…``; SIGKILL it after ``kill_after`` seconds if given."""
    outcome = await run_command("export", *args, env=env, kill_after=kill_after)
    return outcome.code, outcome.out, outcome.err


class TestCommand:
    """Exit codes and the sandbox run."""

    async def test_sandbox_export(self, tmp_path):
        code, out, err = await run_cli(
            "--sandbox",
            "--out",
            str(tmp_path),
            "--quiet",
            "--rate-limit",
            "off",
            "tickets",
            "customers",
        )
        assert code == 0, err
        assert out == ""
        tickets = (tmp_path / "tickets.jsonl").read_bytes().splitlines()
        assert len(tickets) == 2000
        manifest = orjson.loads((tmp_path / "manifest.json").read_bytes())
        assert manifest["resources"]["customers"]["count"] == 600
        assert manifest["rate_limited"] == 0

    async def test_bad_arguments_exit_2_with_one_line(self, tmp_path):
        code, _, err = await run_cli("--sandbox", "--out", str(tmp_path), "nope")
        assert code == 2
        assert len(err.strip().splitlines()) == 1
        assert "nope" in err

    async def test_failure_exits_1_with_one_line_and_no_secret(self, tmp_path):
        async with FakeGorgias(rate_limit=None, tickets=5) as fake:
            env = {
                "GORGIAS_BASE_URL": fake.base_url,
                "GORGIAS_USERNAME": fake.username,
                "GORGIAS_API_KEY": "secret-key-xyz",
            }
            code, _, err = await run_cli("--out", str(tmp_path), "tickets", env=env)
        assert code == 1
        assert len(err.strip().splitlines()) == 1
        assert "401" in err
        assert "secret-key-xyz" not in err


@pytest.mark.slow
class TestKillAndResume:
    """SIGKILL at random points, then resume: the same files as an uninterrupted run."""

    @pytest.mark.parametrize("fmt", ["jsonl", "sqlite"])
    async def test_random_kills_then_resume_equal_an_uninterrupted_run(self, tmp_path, fmt):
        rules = RateLimitRules(api_key=40, window=20.0)
        async with FakeGorgias(
            seed=9, tickets=300, customers=120, rate_limit=rules, time_scale=40, latency=0.005
        ) as fake:
            env = {
                "GORGIAS_BASE_URL": fake.base_url,
                "GORGIAS_USERNAME": fake.username,
                "GORGIAS_API_KEY": fake.api_key,
            }
            common = [
                "--format",
                fmt,
                "--page-size",
                "10",
                "--rate-limit",
                "40/0.5",
                "--quiet",
                *RESOURCES,
            ]
            code, _, err = await run_cli("--out", str(tmp_path / "clean"), *common, env=env)
            assert code == 0, err
            rng = random.Random(fmt)
            killed = 0
            target = tmp_path / "killed"
            for _ in range(3):
                code, _, _ = await run_cli(
                    "--out", str(target), *common, env=env, kill_after=rng.uniform(0.6, 2.0)
                )
                killed += code == -signal.SIGKILL
            code, _, err = await run_cli("--out", str(target), *common, env=env)
            assert code == 0, err
            assert fake.stats.rate_limited == 0
        assert killed >= 1  # at least one run really died mid-way
        if fmt == "jsonl":
            for name in RESOURCES:
                clean = (tmp_path / "clean" / f"{name}.jsonl").read_bytes()
                assert (target / f"{name}.jsonl").read_bytes() == clean, name
        else:
            import sqlite3

            for name in RESOURCES:
                query = f'SELECT * FROM "{name}" ORDER BY id'
                clean = sqlite3.connect(tmp_path / "clean" / "gorgias.sqlite").execute(query)
                resumed = sqlite3.connect(target / "gorgias.sqlite").execute(query)
                assert resumed.fetchall() == clean.fetchall(), name
