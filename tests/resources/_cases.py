"""Table-driven service tests: each case is one public service call against the fake.

A :class:`Case` names the method it covers (``"tickets.get"``, ``"voice_calls.events.list"``,
``"search.__call__"``), how to call it, the requests the fake must see (method, path,
parsed query, JSON body, status) and what the call must return. :func:`run_case` runs it
over real HTTP and checks all of that; ``test_coverage`` fails when a public
service method has no case.
"""

from __future__ import annotations

import math
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from typing import Any
from unittest.mock import ANY

import attrs

from gorgias_async import AsyncGorgias
from gorgias_async._pagination import Page
from gorgias_async.resources import GetManyResult
from gorgias_async.testing import FakeGorgias

__all__ = [
    "ANY",
    "Case",
    "Ctx",
    "Req",
    "collect",
    "list_of",
    "many_of",
    "page_of",
    "q",
    "run_case",
    "walk",
]


@attrs.define
class Ctx:
    """Ids of seeded objects to address, and whatever a case's ``setup`` returned."""

    fake: FakeGorgias
    ticket: int
    message: int
    setup: Any = None

    @classmethod
    def of(cls, fake: FakeGorgias) -> Ctx:
        ticket = fake.items("tickets")[0]["id"]
        message = next(m["id"] for m in fake.items("messages") if m["ticket_id"] == ticket)
        return cls(fake=fake, ticket=ticket, message=message)

    def count(self, resource: str) -> int:
        """How many objects the fake holds."""
        return len(self.fake.items(resource))

    def ids(self, resource: str) -> set[int]:
        """The ids the fake holds."""
        return {item["id"] for item in self.fake.items(resource)}

    def item(self, resource: str, item_id: int) -> dict[str, Any]:
        """The stored object ``item_id`` of ``resource``."""
        return self.fake.state.collection(resource).items[item_id]

    def __getitem__(self, name: str) -> Any:  # for str.format_map
        return getattr(self, name)


Value = Any  # a value, or a callable of the Ctx giving it


def _resolve(value: Value, ctx: Ctx) -> Any:
    return value(ctx) if callable(value) else value


def q(**params: Any) -> dict[str, list[str]]:
    """A parsed query as the fake records it: every value a list of strings."""
    out: dict[str, list[str]] = {}
    for key, value in params.items():
        values = value if isinstance(value, list | tuple) else [value]
        out[key] = [_text(v) for v in values]
    return out


def _text(value: Any) -> Any:
    if value is ANY:
        return ANY
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


@attrs.frozen
class Req:
    """One request the fake must see. ``path`` is formatted with the Ctx (``{ticket}``)."""

    method: str
    path: Value
    query: Value = attrs.field(factory=dict)
    body: Value = None  # the parsed JSON body; None: no body
    status: int | str = "ok"  # "ok": any 2xx or 3xx

    def expected(self, ctx: Ctx) -> tuple[str, str, Any, Any, int | str]:
        path = _resolve(self.path, ctx).format_map(ctx)
        return self.method, path, _resolve(self.query, ctx), _resolve(self.body, ctx), self.status


def _status(status: int) -> int | str:
    return "ok" if 200 <= status < 400 else status


Check = Callable[[Any, Ctx], Any]


@attrs.frozen
class Case:
    """One call of one public service method, and what it must do."""

    method: str  # "tickets.get": the service's dotted path on the client, then the method
    call: Callable[[AsyncGorgias, Ctx], Awaitable[Any]]
    requests: Sequence[Req] | Callable[[Ctx], Sequence[Req]]
    result: Any  # a type, None, or a Check (see page_of, list_of…)
    check: Check | None = None  # more about the result or the fake's data afterwards
    setup: Callable[[AsyncGorgias, Ctx], Awaitable[Any]] | None = None
    unordered: bool = False  # concurrent requests: compare as a multiset
    label: str = ""

    @property
    def id(self) -> str:
        return f"{self.method}[{self.label}]" if self.label else self.method


def page_of(model: type) -> Check:
    """A :class:`Page` whose items are all ``model``."""

    def check(result: Any, ctx: Ctx) -> bool:
        return isinstance(result, Page) and all(isinstance(i, model) for i in result.data)

    check.__name__ = f"page_of({model.__name__})"
    return check


def choices_page(result: Any, ctx: Ctx) -> bool:
    """A :class:`Page` of ``(id, label)`` pairs, each label one non-empty line ≤ 80."""
    return isinstance(result, Page) and all(
        isinstance(key, int)
        and isinstance(label, str)
        and 0 < len(label) <= 80
        and "\n" not in label
        for key, label in result.data
    )


def list_of(model: type, *, nonempty: bool = True) -> Check:
    """A list whose items are all ``model`` (and at least one, unless told)."""

    def check(result: Any, ctx: Ctx) -> bool:
        return (
            isinstance(result, list)
            and (bool(result) or not nonempty)
            and all(isinstance(i, model) for i in result)
        )

    check.__name__ = f"list_of({model.__name__})"
    return check


def many_of(model: type, ids: Sequence[int], missing: Sequence[int] = ()) -> Check:
    """A :class:`GetManyResult` with ``ids`` found in order and ``missing`` listed."""

    def check(result: Any, ctx: Ctx) -> bool:
        return (
            isinstance(result, GetManyResult)
            and all(isinstance(i, model) for i in result.items)
            and [i.id for i in result.items] == list(ids)
            and result.missing == list(missing)
        )

    check.__name__ = f"many_of({model.__name__})"
    return check


async def collect(iterator: AsyncIterator[Any]) -> list[Any]:
    """Every item of an async iterator."""
    return [item async for item in iterator]


def walk(method: str, path: str, size: int, total: int, **query: Any) -> list[Req]:
    """The GETs of a full cursor walk over ``total`` items, ``size`` a page."""
    pages = max(1, math.ceil(total / size))
    return [
        Req(method, path, q(limit=size, **query, **({"cursor": ANY} if n else {})))
        for n in range(pages)
    ]


async def run_case(case: Case, fake: FakeGorgias, client: AsyncGorgias) -> Any:
    """Run ``case`` and check the requests the fake saw and the result."""
    ctx = Ctx.of(fake)
    if case.setup is not None:
        ctx.setup = await case.setup(client, ctx)
    fake.reset_observations()
    result = await case.call(client, ctx)

    seen = [(r.method, r.path, r.query, r.body, _status(r.status)) for r in fake.requests]
    requests = case.requests(ctx) if callable(case.requests) else case.requests
    expected = [req.expected(ctx) for req in requests]
    if case.unordered:
        seen.sort(key=repr)
        expected.sort(key=repr)
    assert seen == expected

    if case.result is None:
        assert result is None
    elif isinstance(case.result, type):
        assert isinstance(result, case.result), result
    else:
        assert case.result(result, ctx), result
    if case.check is not None:
        assert case.check(result, ctx), result
    return result


def service(client: AsyncGorgias, dotted: str) -> Any:
    """The service at ``dotted`` on the client (``"voice_calls.events"``)."""
    found: Any = client
    for part in dotted.split("."):
        found = getattr(found, part)
    return found


def _page_size(total: int) -> int:
    """A page size that walks ``total`` items in about three pages."""
    return max(1, math.ceil(total / 3))


MISSING = 999_999


def resource_cases(
    name: str,
    path: str,
    model: type,
    resource: str,
    *,
    ops: Sequence[str] = ("create", "update", "delete"),
    base: dict[str, Any] | None = None,
    filters: Value = None,
    filter_query: Value = None,
    filter_check: Check | None = None,
    default_limit: int = 30,
    create: dict[str, Any] | None = None,
    update: dict[str, Any] | None = None,
    stored: Sequence[str] | None = None,
) -> list[Case]:
    """The cases every cursor-paged resource shares: list (default, filtered, cursor),
    fetch_pages, fetch_all, get, get_many, iter_many and the writes in ``ops``.

    ``base`` filters go with every list call (``object_type`` of custom fields);
    ``filters`` (a mapping, or a callable of the Ctx) is one filtered ``list(limit=5)``,
    expected as ``filter_query`` (default: ``q(**filters)``). The fields of ``create``
    (or only those named in ``stored``) and of ``update`` must be stored by the fake.
    """
    base = base or {}
    item, other = 1, 2

    def svc(client: AsyncGorgias) -> Any:
        return service(client, name)

    def size(ctx: Ctx) -> int:
        return _page_size(ctx.count(resource))

    async def first_cursor(client: AsyncGorgias, ctx: Ctx) -> Any:
        page = await svc(client).list(limit=1, **base)
        assert page.next_cursor
        return page.next_cursor

    cases = [
        Case(
            f"{name}.list",
            lambda c, x: svc(c).list(**base),
            [Req("GET", path, q(limit=default_limit, **base))],
            page_of(model),
            check=lambda r, x: len(r.data) == min(default_limit, x.count(resource)),
            label="default",
        ),
        Case(
            f"{name}.list",
            lambda c, x: svc(c).list(limit=1, cursor=x.setup, **base),
            lambda x: [Req("GET", path, q(limit=1, cursor=x.setup, **base))],
            page_of(model),
            check=lambda r, x: len(r.data) == 1 and r.cursor == x.setup,
            setup=first_cursor,
            label="cursor",
        ),
        Case(
            f"{name}.fetch_pages",
            lambda c, x: collect(svc(c).fetch_pages(page_size=size(x), **base)),
            lambda x: walk("GET", path, size(x), x.count(resource), **base),
            lambda r, x: all(page_of(model)(p, x) for p in r),
            check=lambda r, x: sum(len(p.data) for p in r) == x.count(resource),
        ),
        Case(
            f"{name}.fetch_all",
            lambda c, x: collect(svc(c).fetch_all(page_size=size(x), **base)),
            lambda x: walk("GET", path, size(x), x.count(resource), **base),
            list_of(model),
            check=lambda r, x: sorted(i.id for i in r) == sorted(x.ids(resource)),
        ),
        Case(
            f"{name}.choices",
            lambda c, x: svc(c).choices(limit=size(x), **base),
            lambda x: [Req("GET", path, q(limit=size(x), **base))],
            choices_page,
            check=lambda r, x: (
                {key for key, _ in r.data} <= x.ids(resource)
                and len(r.data) == min(size(x), x.count(resource))
            ),
        ),
        Case(
            f"{name}.get",
            lambda c, x: svc(c).get(item),
            [Req("GET", f"{path}/{item}")],
            model,
            check=lambda r, x: r.id == item,
        ),
        Case(
            f"{name}.get_many",
            lambda c, x: svc(c).get_many([other, MISSING, item]),
            [
                Req("GET", f"{path}/{other}"),
                Req("GET", f"{path}/{MISSING}", status=404),
                Req("GET", f"{path}/{item}"),
            ],
            many_of(model, [other, item], [MISSING]),
            unordered=True,
        ),
        Case(
            f"{name}.iter_many",
            lambda c, x: collect(svc(c).iter_many([other, item])),
            [Req("GET", f"{path}/{other}"), Req("GET", f"{path}/{item}")],
            lambda r, x: (
                [i for i, _ in r] == [other, item]
                and all(isinstance(m, model) and m.id == i for i, m in r)
            ),
            unordered=True,
        ),
    ]
    if filters is not None:
        cases.append(
            Case(
                f"{name}.list",
                lambda c, x: svc(c).list(limit=5, **base, **_resolve(filters, x)),
                lambda x: [
                    Req(
                        "GET",
                        path,
                        q(limit=5, **base)
                        | (_resolve(filter_query, x) or q(**_resolve(filters, x))),
                    )
                ],
                page_of(model),
                check=filter_check,
                label="filters",
            )
        )
    if "create" in ops:
        assert create is not None
        cases.append(
            Case(
                f"{name}.create",
                lambda c, x: svc(c).create(**create),
                [Req("POST", path, body=create)],
                model,
                check=lambda r, x: all(
                    x.item(resource, r.id)[k] == create[k] for k in stored or create
                ),
            )
        )
    if "update" in ops:
        assert update is not None
        cases.append(
            Case(
                f"{name}.update",
                lambda c, x: svc(c).update(item, **update),
                [Req("PUT", f"{path}/{item}", body=update)],
                model,
                check=lambda r, x: (
                    r.id == item and all(x.item(resource, item)[k] == v for k, v in update.items())
                ),
            )
        )
    for op in ("delete", "cancel"):
        if op in ops:
            cases.append(
                Case(
                    f"{name}.{op}",
                    lambda c, x, op=op: getattr(svc(c), op)(item),
                    [Req("DELETE", f"{path}/{item}")],
                    None,
                    check=_cancelled(resource, item) if op == "cancel" else _gone(resource, item),
                )
            )
    return cases


def _gone(resource: str, item: int) -> Check:
    return lambda r, x: item not in x.ids(resource)


def _cancelled(resource: str, item: int) -> Check:
    return lambda r, x: x.item(resource, item)["status"] == "cancel_requested"
