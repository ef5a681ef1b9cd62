"""The examples run against the fake (CI also type-checks them strictly)."""

from __future__ import annotations

import importlib.util
import io
import json
from datetime import timedelta
from pathlib import Path
from types import ModuleType

from gorgias_async import AsyncGorgias
from gorgias_async.testing import FakeGorgias

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def example(name: str) -> ModuleType:
    """Import ``examples/<name>.py`` (the examples are scripts, not a package)."""
    spec = importlib.util.spec_from_file_location(f"examples_{name}", EXAMPLES / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


async def test_ticket_report(fake: FakeGorgias, client: AsyncGorgias) -> None:
    """Closed tickets come out as JSON lines holding the server's own objects."""
    out = io.StringIO()
    medians = await example("ticket_report").report(client, out)
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    closed = [t for t in fake.items("tickets") if t["status"] == "closed" and t["closed_datetime"]]
    assert lines
    assert sorted(line["ticket"]["id"] for line in lines) == sorted(t["id"] for t in closed)
    by_id = {t["id"]: t for t in fake.items("tickets")}
    assert all(line["ticket"] == by_id[line["ticket"]["id"]] for line in lines)
    assert all(isinstance(median, timedelta) for median in medians.values())
    assert set(medians) == {t["channel"] for t in closed}


async def test_pipeline_destination(fake: FakeGorgias, client: AsyncGorgias, tmp_path) -> None:
    """Mixed creates/updates/deletes with excludes: one results line per input line."""
    module = example("pipeline_destination")
    ids = [t["id"] for t in fake.items("tickets")]
    source = tmp_path / "changes.jsonl"
    module.write_sample(source, ids)
    out = io.StringIO()
    summary = await module.load(
        client, source, out, exclude=["internal_score", "customer.email"], headers={"X-P": "1"}
    )
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert sorted(line["line"] for line in lines) == list(range(1, 12))
    assert (summary.created, summary.updated, summary.deleted, summary.failed) == (5, 3, 2, 1)
    posted = [r for r in fake.requests if r.method == "POST" and r.path == "/tickets"]
    assert len(posted) == 5
    assert all("internal_score" not in r.body and "email" not in r.body["customer"] for r in posted)
    assert all(r.headers["X-P"] == "1" for r in fake.requests if r.method != "GET")
    stored = {t["id"]: t for t in fake.items("tickets")}
    assert all(stored[i]["status"] == "closed" for i in ids[:3])
    assert not set(ids[3:5]) & set(stored)


async def test_pipeline_destination_sandbox_and_typo(tmp_path) -> None:
    """``--sandbox`` runs end to end; an exclude matching nothing is one error line, exit 2."""
    module = example("pipeline_destination")
    results = tmp_path / "results.jsonl"
    assert await module.main(["--sandbox", "--via-job", "--results", str(results)]) == 1
    statuses = [json.loads(line)["status"] for line in results.read_text().splitlines()]
    assert sorted(statuses) == sorted(
        ["created"] * 5 + ["updated"] * 3 + ["deleted"] * 2 + ["failed"]
    )
    assert await module.main(["--sandbox", "--exclude", "customer.emial"]) == 2


async def test_picklist(fake: FakeGorgias, client: AsyncGorgias, capsys) -> None:
    """Options with labels, the next cursor, filters; ``--sandbox`` prints JSON."""
    module = example("picklist")
    first = await module.picklist(client, "customers", limit=5)
    customers = {c["id"]: c for c in fake.items("customers")}
    assert all(
        option["label"] in (customers[option["value"]]["name"], customers[option["value"]]["email"])
        for option in first["options"]
    )
    second = await module.picklist(client, "customers", limit=5, cursor=first["next_cursor"])
    assert {o["value"] for o in first["options"]}.isdisjoint(o["value"] for o in second["options"])
    assert module.parse_filters(["customer_id=12", "object_type=Ticket"]) == {
        "customer_id": 12,
        "object_type": "Ticket",
    }
    assert await module.main(["tickets", "--sandbox", "--limit", "3"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert len(printed["options"]) == 3
    assert await module.main(["tickets", "--sandbox", "--filter", "bogus=1"]) == 2


async def test_ipaas_connection_shares_one_pool_between_sync_and_async_flows() -> None:
    """The iPaaS example: its test button passes, its two flows (one blocking, in a
    thread) run at once and stay within the connection's one pool."""
    module = example("ipaas_connection")
    async with FakeGorgias(seed=1, tickets=60, customers=30, rate_limit=None) as fake:
        fake.latency = 0.02
        connection = module.Connection(None, fake.username, fake.api_key, base_url=fake.base_url)
        result = await module.run(connection)
        assert result["status"].startswith("ok")
        assert result["tickets"] == 60
        assert result["customers"] == 30
        assert result["peak_in_flight"] <= result["pool"]
        assert fake.stats.peak_in_flight <= result["pool"]
        assert all(r.headers.get("X-Connection") == "ipaas-demo" for r in fake.requests)


async def test_ipaas_connection_test_button_says_what_to_fix() -> None:
    module = example("ipaas_connection")
    async with FakeGorgias(seed=1, tickets=5, customers=5, rate_limit=None) as fake:
        connection = module.Connection(None, fake.username, "wrong", base_url=fake.base_url)
        status = await connection.test()
    assert status.startswith("failed:")
    assert "API key" in status
    assert "wrong" not in status


def test_ipaas_connection_runs_with_sandbox() -> None:
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, str(EXAMPLES / "ipaas_connection.py"), "--sandbox"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "ok: connected" in done.stdout
