"""The design comparison behind the lazy models (issue 22), kept to be re-run.

    python -m benchmarks.lazy_designs

Three ways of building a ticket lazily from its decoded dict, on the seeded tickets:

* ``shipped``: the package's converter — the dict kept under ``_raw``, the ``id`` checked
  at once, the scalars checked together on the first read of any, every nested field a
  non-data descriptor caching into the instance ``__dict__`` (later reads are plain);
* ``eager scalars``: the same, but the scalars checked while structuring (what a nested
  model does);
* ``prototype``: the issue's prototype — a copy of the dict adopted as the instance
  ``__dict__``, scalars checked at once, nested fields as *data* descriptors replacing the
  raw value with the built one (every read goes through the descriptor). Adopting the
  dict itself, without the copy, would write built objects into the caller's payload.

The prototype is a simplified rebuild (plain classes, datetimes via ``fromisoformat``),
enough to time the mechanism, not a model layer. Steps are interleaved in shuffled order
over rounds; medians in µs per ticket.
"""

from __future__ import annotations

import gc
import random
import statistics
import time
from collections.abc import Callable
from typing import Any

import orjson

import gorgias_async.models as models
from gorgias_async._datetime import Timestamp
from gorgias_async.models._base import UNSET, FrozenDict, freeze
from gorgias_async.models._converter import CONVERTER, model_fields
from gorgias_async.testing._seed import Seeder, SeedSpec

NAMES = [f.name for f in model_fields(models.Ticket)]
RAW_CLASSES = {
    "json": (dict, list),
    "timestamp": (str,),
    "model": (dict,),
    "tuple": (list,),
    "map": (dict,),
    "union": (dict,),
    "int_from_str": (str,),
}


def _frozen(self: Any, name: str, value: Any) -> None:
    raise AttributeError("frozen")


def prototype() -> Callable[[dict[str, Any]], Any]:
    """The issue's prototype: a copied payload as ``__dict__``, data descriptors."""
    structures: dict[type, Callable[[dict[str, Any]], Any]] = {}

    def builder(f: Any) -> Callable[[Any], Any]:
        if f.kind == "json":
            return freeze
        if f.kind == "timestamp":
            return Timestamp.fromisoformat
        if f.kind == "model":
            return lambda value, cls=f.arg: structures[cls](value)
        if f.kind == "tuple":
            item = builder(f.arg)
            return lambda value: tuple(item(x) for x in value)
        if f.kind == "map":
            if f.arg is None:
                return FrozenDict.adopt
            entry = builder(f.arg)
            return lambda value: FrozenDict.adopt({k: entry(v) for k, v in value.items()})
        return lambda value: value

    class Lazy:
        __slots__ = ("build", "name", "raw")

        def __get__(self, inst: Any, owner: Any = None) -> Any:
            d = inst.__dict__
            value = d.get(self.name, UNSET)
            if value.__class__ in self.raw:
                value = d[self.name] = self.build(value)
            return value

        def __set__(self, inst: Any, value: Any) -> None:
            raise AttributeError("frozen")

    def make(cls: type) -> None:
        fields = model_fields(cls)
        new_cls = type("P" + cls.__name__, (), {"__setattr__": _frozen})
        scalars = [f for f in fields if f.kind == "scalar"]
        for f in scalars:
            if not f.required:
                setattr(new_cls, f.name, UNSET)
        for f in fields:
            if f.kind != "scalar":
                lazy = Lazy()
                lazy.name, lazy.build, lazy.raw = f.name, builder(f), RAW_CLASSES[f.kind]
                setattr(new_cls, f.name, lazy)
        checks = [
            (f.key, f.arg if f.required else f.arg | {type(None), type(UNSET)}) for f in scalars
        ]
        new, set_dict = object.__new__, object.__setattr__

        def structure(o: dict[str, Any]) -> Any:
            for key, classes in checks:
                if o.get(key, UNSET).__class__ not in classes:
                    raise TypeError(key)
            inst = new(new_cls)
            set_dict(inst, "__dict__", o.copy())
            return inst

        structures[cls] = structure

    for cls in (models.Ticket, models.Customer, models.User, models.Team, models.Tag):
        make(cls)
    return structures[models.Ticket]


def shipped() -> Callable[[dict[str, Any]], Any]:
    hook = CONVERTER.get_structure_hook(models.Ticket)
    return lambda o: hook(o, models.Ticket)


def eager_scalars() -> Callable[[dict[str, Any]], Any]:
    return CONVERTER.get_structure_hook(models.Ticket).nested  # type: ignore[no-any-return]


def read_8(t: Any) -> None:
    t.id, t.status, t.channel, t.subject, t.created_datetime, t.customer.email  # noqa: B018
    t.assignee_user  # noqa: B018
    [tag.name for tag in t.tags]


def read_all(t: Any) -> None:
    for name in NAMES:
        getattr(t, name)


def read_twice(t: Any) -> None:
    for _ in range(10):
        t.customer, t.created_datetime, t.tags, t.status  # noqa: B018


def main(count: int = 10_000, rounds: int = 7) -> None:
    """Print the table."""
    seeder = Seeder(SeedSpec(seed=6, tickets=count, customers=500))
    users, customers, tags = seeder.users(), seeder.customers(), seeder.tags()
    tickets, _ = seeder.tickets_and_messages(customers, users, tags)
    pages = [orjson.dumps(tickets[i : i + 100]) for i in range(0, count, 100)]
    designs = {"shipped": shipped(), "eager scalars": eager_scalars(), "prototype": prototype()}
    steps: dict[str, Callable[[Any], None] | None] = {
        "structure": None,
        "+ read 8 fields": read_8,
        "+ read every field": read_all,
    }
    timings: dict[tuple[str, str], list[float]] = {(d, s): [] for d in designs for s in steps}
    repeated: dict[str, list[float]] = {d: [] for d in designs}
    rng = random.Random()
    for _ in range(rounds):
        order = list(timings)
        rng.shuffle(order)
        for design, step in order:
            decoded = [orjson.loads(page) for page in pages]
            gc.collect()
            build, read = designs[design], steps[step]
            started = time.perf_counter()
            built = [build(item) for page in decoded for item in page]
            if read is not None:
                for ticket in built:
                    read(ticket)
            timings[design, step].append((time.perf_counter() - started) / count * 1e6)
            if step == "+ read every field":
                started = time.perf_counter()
                for ticket in built:
                    read_twice(ticket)
                repeated[design].append((time.perf_counter() - started) / count / 40 * 1e9)
    print(f"| design | {' | '.join(steps)} | cached read, ns |")
    print("|---|" + "---|" * (len(steps) + 1))
    for design in designs:
        cells = [f"{statistics.median(timings[design, step]):.2f}" for step in steps]
        print(f"| {design} | {' | '.join(cells)} | {statistics.median(repeated[design]):.0f} |")


if __name__ == "__main__":
    main()
