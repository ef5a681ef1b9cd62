"""Shared pieces of the benchmarks: a fake account, timers, a bare client, table output."""

from __future__ import annotations

import asyncio
import base64
import json
import resource
import sys
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from typing import Any

import attrs

from gorgias_async import AsyncGorgias
from gorgias_async.testing import DEFAULT_API_KEY, DEFAULT_USERNAME, FakeGorgias


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


def basic_header(fake: FakeGorgias | RemoteFake) -> dict[str, str]:
    """The Authorization header a hand-written baseline sends."""
    token = base64.b64encode(f"{fake.username}:{fake.api_key}".encode()).decode()
    return {"Authorization": f"Basic {token}", "Accept": "application/json"}


def client_for(fake: FakeGorgias | RemoteFake, **options: Any) -> AsyncGorgias:
    """Our client, pointed at ``fake``."""
    options.setdefault("rate_limit", None)
    return AsyncGorgias(
        base_url=fake.base_url, username=fake.username, api_key=fake.api_key, **options
    )


SERVER = r"""
import asyncio, json, sys
from gorgias_async.testing import DEFAULT_API_KEY, DEFAULT_USERNAME, FakeGorgias

async def main(options):
    async with FakeGorgias(**options) as fake:
        print(fake.base_url, flush=True)
        await asyncio.Event().wait()

options = json.loads(sys.argv[1])
options["messages_per_ticket"] = tuple(options.get("messages_per_ticket", (1, 4)))
asyncio.run(main(options))
"""


@attrs.frozen
class RemoteFake:
    """A fake server running in another process (its CPU is not the client's)."""

    base_url: str
    username: str = DEFAULT_USERNAME
    api_key: str = DEFAULT_API_KEY


@asynccontextmanager
async def fake_in_subprocess(**options: Any) -> AsyncIterator[RemoteFake]:
    """Run ``FakeGorgias(**options)`` in a child process (rate limiting off by default)."""
    options.setdefault("rate_limit", None)
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-c", SERVER, json.dumps(options), stdout=asyncio.subprocess.PIPE
    )
    try:
        assert process.stdout is not None
        line = await asyncio.wait_for(process.stdout.readline(), 120)
        yield RemoteFake(line.decode().strip())
    finally:
        process.kill()
        await process.wait()


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
