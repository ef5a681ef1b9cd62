"""Shared pieces of the benchmarks: a fake account, timers, a bare client, table output."""

from __future__ import annotations

import base64
import resource
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import attrs

from gorgias_async import AsyncGorgias
from gorgias_async.testing import FakeGorgias


@attrs.define
class Timing:
    """Wall and CPU seconds of a block."""

    wall: float = 0.0
    cpu: float = 0.0


@contextmanager
def timed() -> Iterator[Timing]:
    """Measure wall-clock and process CPU time of the ``with`` block."""
    result = Timing()
    wall, cpu = time.perf_counter(), time.process_time()
    yield result
    result.wall = time.perf_counter() - wall
    result.cpu = time.process_time() - cpu


def basic_header(fake: FakeGorgias) -> dict[str, str]:
    """The Authorization header a hand-written baseline sends."""
    token = base64.b64encode(f"{fake.username}:{fake.api_key}".encode()).decode()
    return {"Authorization": f"Basic {token}", "Accept": "application/json"}


def client_for(fake: FakeGorgias, **options: Any) -> AsyncGorgias:
    """Our client, pointed at ``fake``."""
    options.setdefault("rate_limit", None)
    return AsyncGorgias(
        base_url=fake.base_url, username=fake.username, api_key=fake.api_key, **options
    )


def peak_rss_mb() -> float:
    """Peak resident set size of this process, in MiB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def table(title: str, header: list[str], rows: list[list[Any]]) -> str:
    """A markdown table with a heading."""
    lines = [
        f"### {title}",
        "",
        "| " + " | ".join(header) + " |",
        "|" + "|".join("---" for _ in header) + "|",
    ]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"
