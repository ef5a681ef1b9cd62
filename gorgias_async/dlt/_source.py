"""The dlt source: one resource per exported stream, walked by our client on the export's rules.

Each resource keeps its place in dlt's resource state, which dlt commits together with
the data it covers (a load that never finished leaves the state as it was before):

- no ``synced_at`` yet: a full walk, oldest first where the endpoint sorts so;
- ``synced_at``: only the changes since then, found as the incremental export finds them
  (:func:`~gorgias_async.export._incremental.collect`: the same watermarks, overlap and
  stop rule), plus the deletions the events feed announces, loaded as hard deletes.
  Resources the API can only list whole are listed whole; ids gone since the last run
  are deleted.

Every record is merged by ``id``, so a run that is killed and run again, or that re-reads
the overlap, never leaves a record twice; its lists are child tables of their own
(:mod:`._tables`), so that a load job dlt runs twice after a crash never does either.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Sequence
from types import TracebackType
from typing import Any

import dlt
from dlt.common.data_types.typing import TDataType
from dlt.common.schema.typing import TColumnSchema
from dlt.extract.resource import DltResource

from .._datetime import now
from .._pagination import iterate_pages, raw_fetcher
from .._ratelimit import RateLimit
from .._validate import check_int, check_limit
from ..client import AsyncGorgias
from ..export._incremental import collect, collect_deletions, parse_since
from ..export._plan import Stream, select
from ._tables import KEY_COLUMNS, MAX_TABLE_NESTING, Tables


def parse_budget(text: str) -> RateLimit | str | None:
    """``rate_limit``: ``"auto"`` (the auth kind's Gorgias budget), ``"off"`` or
    ``"CAPACITY/WINDOW"`` (``"40/20"``); ValueError naming ``rate_limit`` otherwise."""
    if text == "auto":
        return text
    if text == "off":
        return None
    capacity, _, window = str(text).partition("/")
    try:
        return RateLimit(int(capacity), float(window))
    except ValueError:
        raise ValueError(
            f"rate_limit must be 'auto', 'off' or CAPACITY/WINDOW like '40/20', not {text!r}"
        ) from None


class SharedClient:
    """One client for every resource of a run, so all walks share one budget.

    dlt runs the resources' async generators on one event loop of its own; the client is
    made on that loop by the first resource that needs it and closed by the last one out.
    """

    def __init__(self, make: Callable[[], AsyncGorgias]) -> None:
        self._make = make
        self._client: AsyncGorgias | None = None
        self._users = 0
        self._lock: asyncio.Lock | None = None

    async def __aenter__(self) -> AsyncGorgias:
        if self._lock is None:
            self._lock = asyncio.Lock()
        async with self._lock:
            if self._client is None:
                client = self._make()
                await client.__aenter__()
                self._client = client
            self._users += 1
            return self._client

    async def __aexit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        assert self._lock is not None
        async with self._lock:
            self._users -= 1
            if self._users == 0 and self._client is not None:
                client, self._client = self._client, None
                await client.aclose()
                self._lock = None


@dlt.source(name="gorgias", max_table_nesting=MAX_TABLE_NESTING)
def gorgias_source(
    resources: Sequence[str] = (),
    domain: str | None = dlt.config.value,
    base_url: str | None = dlt.config.value,
    username: str | None = dlt.config.value,
    api_key: str | None = dlt.secrets.value,
    rate_limit: str = "auto",
    max_concurrency: int = 8,
    page_size: int = 100,
) -> list[DltResource]:
    """A Gorgias account as dlt resources: one per resource the bulk export writes.

    Args:
        resources: the resources to load (all when empty), by their export names.
        domain, base_url, username: where and as whom (dlt config:
            ``[sources.gorgias]`` in ``.dlt/config.toml`` or ``SOURCES__GORGIAS__DOMAIN``;
            else ``GORGIAS_DOMAIN``/``GORGIAS_BASE_URL``/``GORGIAS_USERNAME``).
        api_key: the API key (dlt secrets: ``.dlt/secrets.toml`` or
            ``SOURCES__GORGIAS__API_KEY``; else ``GORGIAS_API_KEY``). Without username
            and key, ``GORGIAS_ACCESS_TOKEN`` (OAuth) is used.
        rate_limit: the account's budget, ``"auto"`` (by auth kind), ``"off"`` or
            ``"CAPACITY/WINDOW"``.
        max_concurrency: requests in flight (1–25). page_size: items per page (1–100).

    Raises:
        ValueError/TypeError: an unknown resource, a bad option or missing credentials,
            before any request.
    """
    streams = select(list(resources))
    check_limit(page_size, "page_size")
    check_int(max_concurrency, "max_concurrency", low=1, high=25)
    budget = parse_budget(rate_limit)
    options: dict[str, Any] = {
        "domain": domain,
        "base_url": base_url,
        "username": username,
        "api_key": api_key,
        "max_concurrency": max_concurrency,
    }
    if budget != "auto":
        options["rate_limit"] = budget
    AsyncGorgias(**options)  # the options' and credentials' errors, before any request
    shared = SharedClient(lambda: AsyncGorgias(**options))
    return [_resource(stream, shared, page_size) for stream in streams]


#: dlt's data type of each column kind (``names`` are lists: dlt makes child tables).
DLT_TYPES: dict[str, TDataType] = {
    "integer": "bigint",
    "boolean": "bool",
    "datetime": "timestamp",
    "text": "text",
}


def column_hints(stream: Stream) -> dict[str, TColumnSchema]:
    """dlt column hints: the export's typed columns (so a column null in every record so
    far still exists, with its type), the row key and the hard-delete marker."""
    hints: dict[str, TColumnSchema] = {
        column.path.replace(".", "__"): {"data_type": DLT_TYPES[column.kind]}
        for column in stream.columns
        if column.kind in DLT_TYPES
    }
    return {**hints, **KEY_COLUMNS}


def _resource(stream: Stream, shared: SharedClient, page_size: int) -> DltResource:
    # Every table gets its hints as a variant (Tables), so the child tables start from
    # this bare template, not from the root table's columns and key.
    root_hints = dlt.mark.make_hints(
        table_name=stream.name,
        write_disposition="merge",
        primary_key="id",
        columns=column_hints(stream),
    )

    @dlt.resource(name=stream.name, write_disposition="merge")
    async def records() -> AsyncIterator[Any]:
        state = dlt.current.resource_state()
        tables = Tables(stream.name, root_hints, dlt.current.source_schema())
        started = now().isoformat()
        async with shared as client:
            if state.get("synced_at") is None:
                ids: list[int] = []
                async for page in _walk(client, stream, page_size):
                    if stream.walked_whole:
                        ids.extend(record["id"] for record in page)
                    for batch in tables.batches(page):
                        yield batch
                if stream.walked_whole:
                    state["ids"] = sorted(set(ids))
            else:
                changed, deleted = await _changes(client, stream, state, page_size)
                for batch in tables.batches(changed, sorted(deleted)):
                    yield batch
        state["synced_at"] = started

    return records()


async def _walk(
    client: AsyncGorgias, stream: Stream, page_size: int
) -> AsyncIterator[list[dict[str, Any]]]:
    """The pages of a full walk, as the export walks it."""
    params: dict[str, Any] = {"limit": page_size, **stream.params}
    if stream.order_by:
        params["order_by"] = stream.order_by
    async for page in iterate_pages(raw_fetcher(client.request, stream.path, params)):
        yield page.data


async def _changes(
    client: AsyncGorgias, stream: Stream, state: dict[str, Any], page_size: int
) -> tuple[list[dict[str, Any]], set[int]]:
    """The records changed since the last sync, and the ids deleted since then."""
    since = parse_since(state["synced_at"])
    changes = await collect(client, stream, since, page_size)
    deleted: set[int] = set()
    if stream.deleted_event:
        found = await collect_deletions(client, since, page_size, events=(stream.deleted_event,))
        deleted = found.get(stream.name, set())
    if changes.replace:
        listed = {record["id"] for record in changes.records}
        deleted |= set(state.get("ids", ())) - listed
        state["ids"] = sorted(listed)
    return [r for r in changes.records if r["id"] not in deleted], deleted
