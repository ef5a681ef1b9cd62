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
