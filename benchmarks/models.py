"""7. Model structuring: cattrs structure/unstructure of N realistic tickets vs plain
``orjson.loads`` of the same bytes."""

from __future__ import annotations

import gc
from typing import Any

import orjson

from gorgias_async.models import Ticket, structure, unstructure
from gorgias_async.testing._seed import Seeder, SeedSpec

from ._common import table, timed


async def run(quick: bool) -> dict[str, Any]:
    """Time loads, structure and unstructure, whole body and per page of 100."""
    count = 2_000 if quick else 10_000
    seeder = Seeder(SeedSpec(seed=6, tickets=count, customers=500))
    users, customers, tags = seeder.users(), seeder.customers(), seeder.tags()
    tickets, _ = seeder.tickets_and_messages(customers, users, tags)
    pages = [orjson.dumps({"data": tickets[i : i + 100]}) for i in range(0, count, 100)]
    gc.collect()
    with timed() as loads:
        decoded = [orjson.loads(page)["data"] for page in pages]
    with timed() as struct:
        models = [structure(item, Ticket) for page in decoded for item in page]
    with timed() as unstruct:
        back = [unstructure(model) for model in models]
    assert back == [item for page in decoded for item in page]
    factor = (loads.wall + struct.wall) / loads.wall
    per = struct.wall / count * 1e6
    return {
        "table": table(
            f"7. Model structuring — {count:,} tickets in pages of 100",
            ["step", "seconds", "µs per ticket", "vs orjson.loads"],
            [
                ["orjson.loads", f"{loads.wall:.3f}", f"{loads.wall / count * 1e6:.1f}", "1.00×"],
                [
                    "structure (cattrs, models)",
                    f"{struct.wall:.3f}",
                    f"{per:.1f}",
                    f"{struct.wall / loads.wall:.2f}×",
                ],
                [
                    "unstructure",
                    f"{unstruct.wall:.3f}",
                    f"{unstruct.wall / count * 1e6:.1f}",
                    f"{unstruct.wall / loads.wall:.2f}×",
                ],
                ["loads + structure", f"{loads.wall + struct.wall:.3f}", "", f"{factor:.2f}×"],
            ],
        ),
        "ratio": factor,
        "target": "report the factor",
        "met": None,
    }
