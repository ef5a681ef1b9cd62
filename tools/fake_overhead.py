"""The fake's own cost per request, in µs (client and server share one loop: both counted).

    python tools/fake_overhead.py [--validate on|off] [--requests 2000]

Three request kinds, run back to back: ``GET /tickets?limit=30`` (a page), ``GET
/tickets/{id}`` (one object) and ``POST /tags`` (a validated write). Prints one JSON line
with the median µs per request of each kind over 5 rounds. For before/after comparisons,
run it from each checkout in alternation (see the issue-20 note).
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import inspect
import json
import statistics
import time

import aiohttp

from gorgias_async.testing import FakeGorgias


async def measure(validate: str, count: int) -> dict[str, float]:
    options = {"rate_limit": None, "tickets": 200, "customers": 50}
    if "validate" in inspect.signature(FakeGorgias).parameters:
        options["validate"] = validate == "on"
    async with FakeGorgias(**options) as fake:
        token = base64.b64encode(f"{fake.username}:{fake.api_key}".encode()).decode()
        headers = {"Authorization": f"Basic {token}"}
        async with aiohttp.ClientSession(fake.origin, headers=headers) as session:
            kinds = {
                "list": lambda i: session.get("/api/tickets", params={"limit": "30"}),
                "get": lambda i: session.get(f"/api/tickets/{1 + i % 200}"),
                "create": lambda i: session.post("/api/tags", json={"name": f"t{i}"}),
            }
            rounds: dict[str, list[float]] = {kind: [] for kind in kinds}
            for _ in range(5):
                for kind, make in kinds.items():
                    started = time.perf_counter()
                    for i in range(count // 5):
                        async with make(i) as response:
                            await response.read()
                            assert response.status < 300, await response.text()
                    rounds[kind].append((time.perf_counter() - started) / (count // 5) * 1e6)
    return {kind: round(statistics.median(values), 1) for kind, values in rounds.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--validate", choices=("on", "off"), default="on")
    parser.add_argument("--requests", type=int, default=2000)
    args = parser.parse_args()
    print(json.dumps(asyncio.run(measure(args.validate, args.requests))))


if __name__ == "__main__":
    main()
