"""``examples/ticket_report.py`` runs against the fake (CI also type-checks it strictly)."""

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
