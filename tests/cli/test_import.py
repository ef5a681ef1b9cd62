"""``gorgias-async import`` and ``bulk_*(results=…)`` as a journal a rerun resumes from.

The results file is append-only: a line before each request is sent and a line with the
outcome after it. Rerun with the same input and results file and the import skips what
is done, settles what a kill left ambiguous (by ``external_id``) and sends only the rest,
so no record is ever created twice.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import orjson
import pytest

from gorgias_async import AsyncGorgias, OAuth2
from gorgias_async.cli import main
from gorgias_async.testing import FakeGorgias, RateLimitRules

from .._cli import account_env, run_cli
from ..test_bulk import invalid_ticket
from ..test_bulk import ticket as bulk_ticket


def ticket(i: int) -> dict[str, Any]:
    """A valid ticket record with a unique external id."""
    message = {
        "channel": "email",
        "via": "email",
        "from_agent": False,
        "body_text": f"message {i}",
        "sender": {"email": f"customer{i % 50}@example.com"},
    }
    return {"subject": f"ticket {i}", "external_id": f"import-{i}", "messages": [message]}


def write_input(path: Path, records: list[dict[str, Any]]) -> Path:
    path.write_bytes(b"".join(orjson.dumps(record) + b"\n" for record in records))
    return path


def journal(path: Path) -> list[dict[str, Any]]:
    return [orjson.loads(line) for line in path.read_bytes().splitlines() if line.strip()]


def final_lines(path: Path) -> list[dict[str, Any]]:
    """The outcome lines of a journal (one per record once it is done)."""
    return [line for line in journal(path) if "status" in line]


def imported(fake: FakeGorgias) -> list[str]:
    """External ids of the tickets the imports created, with repeats."""
    return [
        t["external_id"]
        for t in fake.items("tickets")
        if str(t.get("external_id") or "").startswith("import-")
    ]


@pytest.mark.slow
class TestKilledImports:
    """Ten SIGKILLs at random points, then a rerun: every record exactly once."""

    async def test_ten_kills_then_rerun_create_each_record_once(self, tmp_path):
        rules = RateLimitRules(api_key=40, window=20.0)
        records = [ticket(i) for i in range(300)]
        source = write_input(tmp_path / "tickets.jsonl", records)
        results = tmp_path / "results.jsonl"
        rng = random.Random(14)
        async with FakeGorgias(
            seed=1, tickets=3, customers=3, rate_limit=rules, time_scale=20, latency=0.02
        ) as fake:
            env = account_env(fake)
            args = ["import", "tickets", str(source), "--results", str(results), "--quiet"]
            killed = 0
            for _ in range(10):
                outcome = await run_cli(*args, env=env, kill_after=rng.uniform(0.4, 1.2))
                killed += outcome.killed
            last = await run_cli(*args, env=env)
            again = await run_cli(*args, env=env)
            created = imported(fake)
            posts_after = [r for r in fake.requests if r.method == "POST"]
        assert killed >= 5, "most runs must really die mid-way"
        assert last.code == 0, last.err
        assert again.code == 0, again.err
        assert sorted(created) == sorted(f"import-{i}" for i in range(300))  # each once
        finals = final_lines(results)
        assert sorted(line["index"] for line in finals) == list(range(300))
        assert all(line["status"] == "created" for line in finals)
        assert len(posts_after) <= 300 + 10 * 25  # nothing re-sent beyond what was in flight


class TestJournal:
    """The journal: appended, never truncated; resumed; refused where it would lose data."""

    async def test_a_rerun_sends_nothing_already_done(self, tmp_path):
        source = write_input(tmp_path / "in.jsonl", [ticket(i) for i in range(12)])
        results = tmp_path / "results.jsonl"
        async with FakeGorgias(seed=1, tickets=2, customers=2, rate_limit=None) as fake:
            env = account_env(fake)
            args = ["import", "tickets", str(source), "--results", str(results)]
            first = await run_cli(*args, env=env)
            before = len(journal(results))
            posts = sum(r.method == "POST" for r in fake.requests)
            second = await run_cli(*args, env=env)
            posts_again = sum(r.method == "POST" for r in fake.requests)
            assert sorted(imported(fake)) == sorted(f"import-{i}" for i in range(12))
        assert first.code == 0, first.err
        assert second.code == 0, second.err
        assert posts_again == posts
        assert len(journal(results)) >= before  # appended to, never truncated
        assert journal(results)[:before] == journal(results)[:before]
        assert "12 from an earlier run" in second.out

    async def test_results_equal_to_the_input_is_refused(self, tmp_path):
        source = write_input(tmp_path / "in.jsonl", [ticket(0)])
        content = source.read_bytes()
        async with FakeGorgias(seed=1, tickets=2, customers=2, rate_limit=None) as fake:
            outcome = await run_cli(
                "import", "tickets", str(source), "--results", str(source), env=account_env(fake)
            )
            assert fake.stats.requests == 0
        assert outcome.code == 2
        assert "--results" in outcome.one_line_error()
        assert source.read_bytes() == content

    async def test_a_dry_run_leaves_a_real_journal_alone(self, tmp_path):
        source = write_input(tmp_path / "in.jsonl", [ticket(i) for i in range(3)])
        results = tmp_path / "results.jsonl"
        async with FakeGorgias(seed=1, tickets=2, customers=2, rate_limit=None) as fake:
            env = account_env(fake)
            real = await run_cli(
                "import", "tickets", str(source), "--results", str(results), env=env
            )
            assert real.code == 0, real.err
            content = results.read_bytes()
            dry = await run_cli(
                "import", "tickets", str(source), "--results", str(results), "--dry-run", env=env
            )
        assert dry.code == 2
        assert "--results" in dry.one_line_error()
        assert results.read_bytes() == content

    async def test_another_input_with_the_same_journal_is_refused(self, tmp_path):
        results = tmp_path / "results.jsonl"
        one = write_input(tmp_path / "one.jsonl", [ticket(i) for i in range(3)])
        other = write_input(tmp_path / "other.jsonl", [ticket(i) for i in range(3, 6)])
        async with FakeGorgias(seed=1, tickets=2, customers=2, rate_limit=None) as fake:
            env = account_env(fake)
            first = await run_cli("import", "tickets", str(one), "--results", str(results), env=env)
            assert first.code == 0, first.err
            content = results.read_bytes()
            second = await run_cli(
                "import", "tickets", str(other), "--results", str(results), env=env
            )
            assert sorted(imported(fake)) == ["import-0", "import-1", "import-2"]
        assert second.code == 2
        line = second.one_line_error()
        assert "results.jsonl" in line
        assert results.read_bytes() == content

    async def test_a_cut_last_line_is_dropped_and_the_run_resumes(self, tmp_path):
        source = write_input(tmp_path / "in.jsonl", [ticket(i) for i in range(5)])
        results = tmp_path / "results.jsonl"
        async with FakeGorgias(seed=1, tickets=2, customers=2, rate_limit=None) as fake:
            env = account_env(fake)
            args = ["import", "tickets", str(source), "--results", str(results)]
            assert (await run_cli(*args, env=env)).code == 0
            lines = results.read_bytes().splitlines(keepends=True)
            results.write_bytes(b"".join(lines[:-1]) + lines[-1][:10])  # killed mid-line
            again = await run_cli(*args, env=env)
            assert sorted(imported(fake)) == sorted(f"import-{i}" for i in range(5))
        assert again.code == 0, again.err
        assert sorted(line["index"] for line in final_lines(results)) == list(range(5))


class TestSecretsInTheJournal:
    """Tokens refreshed during the run are masked too."""

    async def test_a_refreshed_token_never_reaches_the_journal(self, tmp_path):
        results = tmp_path / "results.jsonl"
        async with FakeGorgias(seed=1, tickets=2, customers=2, rate_limit=None) as fake:
            tokens = fake.issue_oauth_tokens(lifetime=3600)
            seen: list[str] = []
            auth = OAuth2(
                tokens["access_token"],
                tokens["refresh_token"],
                fake.oauth_client_id,
                fake.oauth_client_secret,
                on_refresh=lambda new: seen.append(new.access_token),
            )
            async with AsyncGorgias(base_url=fake.base_url, auth=auth, rate_limit=None) as client:

                async def records():
                    for i in range(6):
                        if i == 3:
                            fake.expire_access_tokens()  # the next call refreshes
                        record = ticket(i)
                        # A record that echoes the current token (think: a field copied
                        # from a request log) must still be masked in the journal.
                        current = seen[-1] if seen else tokens["access_token"]
                        record["subject"] = f"token {current}"
                        yield record

                outcomes = [
                    r
                    async for r in client.tickets.bulk_create(
                        records(), results=results, concurrency=1
                    )
                ]
        assert seen, "the token was refreshed during the run"
        assert [r.status for r in outcomes] == ["created"] * 6
        text = results.read_text()
        for secret in [tokens["access_token"], tokens["refresh_token"], *seen]:
            assert secret not in text


class TestCommand:
    """``gorgias-async import`` against the sandbox: summary, results file, exit codes."""

    def write(self, path, records) -> str:
        path.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in records) + b"\nnot json\n")
        return str(path)

    def test_import_with_results(self, tmp_path, capsys):
        records = [{"subject": f"s{i}", "ref": f"r{i}", **bulk_ticket(i)} for i in range(12)]
        records[4] = invalid_ticket(4)
        source = self.write(tmp_path / "in.jsonl", records)
        out = tmp_path / "out.jsonl"
        code = main(["import", "tickets", source, "--sandbox", "--results", str(out),
                     "--exclude", "ref", "--rate-limit", "off"])  # fmt: skip
        captured = capsys.readouterr()
        assert code == 1
        assert "created 11, failed 2, unknown 0" in captured.out
        assert "record 4: failed" in captured.err
        assert "record 12: failed: line 14" in captured.err
        lines = [orjson.loads(line) for line in out.read_bytes().splitlines()]
        assert len([line for line in lines if "status" in line]) == 13  # one outcome each
        assert "sandbox-api-key" not in out.read_text()

    def test_dry_run_prints_requests(self, tmp_path, capsys):
        source = self.write(tmp_path / "in.jsonl", [{"mail": "a@example.com", "name": "A"}])
        code = main(["import", "customers", source, "--dry-run", "--map", "mail=email"])
        captured = capsys.readouterr()
        assert code == 1  # the line that is not JSON failed
        requests = [orjson.loads(line) for line in captured.out.splitlines()]
        assert requests == [
            {
                "method": "POST",
                "path": "/customers",
                "body": {"email": "a@example.com", "name": "A"},
            }
        ]
        assert "planned 1" in captured.err

    def test_bad_usage_exits_2(self, tmp_path, capsys):
        assert main(["import", "tickets", str(tmp_path / "missing.jsonl"), "--dry-run"]) == 2
        source = self.write(tmp_path / "in.jsonl", [])
        assert main(["import", "tickets", source, "--dry-run", "--map", "nope"]) == 2
        assert "--map" in capsys.readouterr().err
