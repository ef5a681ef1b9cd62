"""``gorgias-async export``: preview until the full export job lands.

For now this starts the embedded sandbox and writes the first page of every list
endpoint to ``<out>/<resource>.jsonl``, so the README's main-job command shows the data.
It is not the resumable, exactly-once export job yet.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
from pathlib import Path

import aiohttp
import orjson

from ..testing import FakeGorgias
from ..testing._resources import RESOURCES


async def _preview(out: Path) -> dict[str, int]:
    counts: dict[str, int] = {}
    async with FakeGorgias(seed=0, tickets=200, customers=80, rate_limit=None) as fake:
        token = base64.b64encode(f"{fake.username}:{fake.api_key}".encode()).decode()
        headers = {"Authorization": f"Basic {token}", "Accept": "application/json"}
        async with aiohttp.ClientSession(headers=headers) as session:
            for resource in RESOURCES:
                params = {"limit": "100"}
                if resource.required_query:
                    params["object_type"] = "Ticket"
                async with session.get(fake.base_url + resource.path, params=params) as response:
                    response.raise_for_status()
                    page = await response.json()
                lines = b"".join(orjson.dumps(item) + b"\n" for item in page["data"])
                (out / f"{resource.name}.jsonl").write_bytes(lines)
                counts[resource.name] = len(page["data"])
    return counts


def run_export(args: argparse.Namespace) -> int:
    """Run the export command; returns the process exit code."""
    if not args.sandbox:
        print("Only --sandbox is supported until the export job lands.")
        return 2
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    counts = asyncio.run(_preview(out))
    for name, count in counts.items():
        print(f"  {name:<24} {count:>5} records (first page)")
    print(f"Preview written to {out.resolve()}")
    return 0
