"""Shared pieces of the benchmarks: a fake account, timers, rounds, a bare client, tables.

Trustworthy numbers, by construction:

* :func:`interleave` runs every contender once per round, each round in a freshly
  shuffled order, and :class:`Rounds` gives each contender's ratio to the baseline *of
  the same round* — its median (what targets are stated on) and its spread (min–max);
* :func:`own_peak_rss_mib` reads a process's own high-water mark (``VmHWM``): a child's
  ``ru_maxrss`` keeps the peak of the parent that spawned it on Linux, so it cannot tell
  a small walk from a big one.
"""

from __future__ import annotations

import asyncio
import base64
import inspect
import json
import random
import statistics
import sys
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
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


def own_peak_rss_mib() -> float:
    """This process's own peak resident set size (``VmHWM``), in MiB (Linux)."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM in /proc/self/status (Linux only)")


#: The source of :func:`own_peak_rss_mib`, for child scripts that measure themselves.
OWN_PEAK_SOURCE = inspect.getsource(own_peak_rss_mib)


@attrs.frozen
class Rounds:
    """Timings of contenders run once per round, in a shuffled order each round."""

    baseline: str
    timings: dict[str, list[Timing]]
    orders: list[list[str]]

    def walls(self, name: str) -> list[float]:
        """Wall seconds of ``name``, round by round."""
        return [t.wall for t in self.timings[name]]

    def ratios(self, name: str, baseline: str | None = None) -> list[float]:
        """``name`` ÷ the baseline, each round's own."""
        base = self.walls(baseline or self.baseline)
        return [mine / theirs for mine, theirs in zip(self.walls(name), base, strict=True)]

    def ratio(self, name: str, baseline: str | None = None) -> float:
        """The median ratio (targets are stated on it)."""
        return statistics.median(self.ratios(name, baseline))

    def spread(self, name: str, baseline: str | None = None) -> tuple[float, float]:
        """The lowest and highest ratio of the rounds."""
        ratios = self.ratios(name, baseline)
        return min(ratios), max(ratios)

    def cell(self, name: str, baseline: str | None = None) -> str:
        """``1.23× (1.18–1.31)``: the median ratio and its spread."""
        return spread_cell(self.ratios(name, baseline))

    def median(self, name: str, of: Callable[[Timing], float] = lambda t: t.wall) -> float:
        """The median of a per-round measure (wall seconds by default)."""
        return statistics.median(of(t) for t in self.timings[name])


async def interleave(
    contenders: Mapping[str, Callable[[], Awaitable[Any]]],
    *,
    rounds: int,
    baseline: str,
    seed: int | None = None,
    before_round: Callable[[], None] | None = None,
) -> Rounds:
    """Run each contender once per round, in a new random order every round.

    ``before_round`` prepares a round's inputs outside the timings.
    """
    rng = random.Random(seed)
    timings: dict[str, list[Timing]] = {name: [] for name in contenders}
    orders = []
    for _ in range(rounds):
        if before_round is not None:
            before_round()
        order = list(contenders)
        rng.shuffle(order)
        orders.append(order)
        for name in order:
            with timed() as t:
                await contenders[name]()
            timings[name].append(t)
    return Rounds(baseline, timings, orders)


def summary_row(
    label: str,
    ratios: list[float],
    target: str = "reference",
    met: Callable[[float], bool] | None = None,
) -> dict[str, Any]:
    """One line of the summary: the median of per-round ``ratios``, their spread, target."""
    median = statistics.median(ratios)
    return {
        "label": label,
        "ratio": median,
        "spread": (min(ratios), max(ratios)),
        "rounds": len(ratios),
        "target": target,
        "met": None if met is None else met(median),
    }


def spread_cell(ratios: list[float]) -> str:
    """``1.23× (1.18–1.31)`` for per-round ratios."""
    return f"{statistics.median(ratios):.2f}× ({min(ratios):.2f}–{max(ratios):.2f})"


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
