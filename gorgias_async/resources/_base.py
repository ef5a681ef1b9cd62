"""What every resource service shares: request building, structuring, listing, walking.

Services only build requests and structure answers; auth, budget, retries and errors are
the transport's, and the cursor rules are :mod:`gorgias_async._pagination`'s.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Mapping, Sequence
from typing import Any, ClassVar, Generic, Protocol, Self, TypeVar

import attrs

from .._http import Call, RequestOptions, Response
from .._pagination import (
    OnPage,
    Page,
    items_of,
    iterate_items,
    iterate_ordered,
    iterate_pages,
    page_query,
    parse_page,
)
from .._validate import check_filters, check_id, check_ids, check_limit, check_str
from ..auth import Auth
from ..errors import NotFoundError, ResponseShapeError
from ..models import plain, structure, unstructure
from ..models._converter import structure_items

M = TypeVar("M")
T = TypeVar("T")

#: A picklist entry: an object's id and the label to show for it.
Choice = tuple[int, str]
#: Labels longer than this are cut (with an ellipsis): a picklist shows one line.
LABEL_LENGTH = 80


def label_of(item: Mapping[str, Any], fields: Sequence[str]) -> str:
    """The label of a raw ``item``: the first of ``fields`` (dotted: nested) set to a
    non-empty value, on one line and cut to :data:`LABEL_LENGTH`; ``#<id>`` if none is."""
    for field in fields:
        value: Any = item
        for part in field.split("."):
            value = value.get(part) if isinstance(value, Mapping) else None
        if isinstance(value, bool) or value is None or isinstance(value, Mapping | list):
            continue
        text = " ".join(str(value).split())
        if text:
            return text if len(text) <= LABEL_LENGTH else text[: LABEL_LENGTH - 1] + "…"
    return f"#{item.get('id')}"


class Requester(Protocol):
    """What services send their calls through: a client's transport."""

    @property
    def max_concurrency(self) -> int:
        """Calls the client keeps in flight at most."""

    @property
    def auth(self) -> Auth:
        """The client's credentials (bulk journals mask their secrets)."""

    async def send(self, call: Call) -> Response:
        """Send one call (auth, budget, retries, errors); return the answer."""


def body_of(params: Any, fields: Mapping[str, Any]) -> dict[str, Any]:
    """A request body from a params object or mapping plus keyword fields.

    Only what the caller set is sent: a model's ``UNSET`` fields are left out, so an
    update never overwrites an omitted field with null. Models inside (an uploaded file
    in ``attachments``) are sent as their JSON.
    """
    body: dict[str, Any] = {}
    if params is not None:
        if attrs.has(type(params)):
            body.update(unstructure(params))
        elif isinstance(params, Mapping):
            body.update(params)
        else:
            raise TypeError(f"params must be a model or a mapping, not {type(params).__name__}")
    body.update(fields)
    plain_body: dict[str, Any] = plain(body)
    return plain_body


def structure_answer(data: Any, cls: type[M]) -> M:
    """An answer's JSON as ``cls``; a body of another shape is a :class:`ResponseShapeError`."""
    try:
        result: M = structure(data, cls)
    except (TypeError, ValueError) as exc:
        raise _shape_error(data, cls, exc) from exc
    return result


def structure_answers(items: list[Any], cls: type[M]) -> list[M]:
    """Items of an answer as ``cls`` models (a wrong shape: :class:`ResponseShapeError`)."""
    try:
        return structure_items(items, cls)
    except (TypeError, ValueError) as exc:
        raise _shape_error(items, cls, exc) from exc


def _shape_error(data: Any, cls: type[Any], exc: Exception) -> ResponseShapeError:
    got = "an empty answer" if data is None else f"a JSON {type(data).__name__}"
    name = getattr(cls, "__name__", repr(cls))
    return ResponseShapeError(f"expected {name} from the server, got {got}: {exc}")


def structure_list(body: Any, cls: type[M]) -> list[M]:
    """The items of an unpaged list answer, as ``cls`` models."""
    return structure_answers(items_of(body), cls)


def tag_body(names: Sequence[str], ids: Sequence[int]) -> dict[str, Any]:
    """The ``{names, ids}`` body of the tag endpoints, checked."""
    if isinstance(names, str):
        raise TypeError("names must be a sequence of str, not a str")
    if not names and not ids:
        raise ValueError("give tag names or ids")
    body: dict[str, Any] = {}
    if names:
        body["names"] = list(names)
    if ids:
        body["ids"] = check_ids(ids, "ids")
    return body


@attrs.frozen
class GetManyResult(Generic[M]):
    """What :meth:`Resource.get_many` found: items in input order, and the ids missing."""

    items: list[M]
    missing: list[int]


class OptionsRequester:
    """A requester that applies one call's :class:`RequestOptions` to every call it sends
    (a service method may send several: a ``get_many``, a walk's pages, a bulk write)."""

    def __init__(self, requester: Requester, options: RequestOptions) -> None:
        self._inner = requester
        self.options = options

    @property
    def max_concurrency(self) -> int:
        """Calls the client keeps in flight at most."""
        return self._inner.max_concurrency

    @property
    def auth(self) -> Auth:
        """The client's credentials."""
        return self._inner.auth

    async def send(self, call: Call) -> Response:
        """Send ``call`` with the options merged in."""
        return await self._inner.send(self.options.apply(call))


class Service:
    """Base of every service: holds what its calls go through.

    Every public method of a generated service class takes the per-call options
    (``extra_query``, ``extra_headers``, ``extra_body``, ``timeout``, ``max_retries``,
    ``debug``) and runs on :meth:`_using` them: a twin of the service whose every call
    carries them.
    """

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def __repr__(self) -> str:
        return f"<{type(self).__name__}>"

    def _using(self, options: RequestOptions) -> Self:
        """This service, or (when ``options`` change anything) a twin of it whose calls
        all carry ``options``."""
        if options.empty:
            return self
        return type(self)(OptionsRequester(self._requester, options))

    async def _call(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        files: Mapping[str, Any] | None = None,
    ) -> Any:
        """Send one call and return its JSON answer (None when empty)."""
        call = Call(method, path, params=params, json=json, files=files, parse_json=True)
        return (await self._requester.send(call)).json()

    async def _call_raw(
        self, method: str, path: str, *, json: Any = None
    ) -> Response:  # for answers that are not JSON (downloads)
        """Send one call and return the raw answer."""
        return await self._requester.send(Call(method, path, json=json))


class Resource(Service, Generic[M]):
    """A resource with a list endpoint and, where the API has them, get/create/update/delete.

    The implementations the typed methods delegate to. The classes of the client's
    services (:mod:`._generated`, from the catalog) set the class attributes and bind the
    verbs (:mod:`._verbs`) their endpoint has.

    Attributes:
        path: the list endpoint. model: the model of its items.
        orders: the ``order_by`` values it takes. filters: its filters' ``TypedDict``.
        findable: objects can be looked up by ``external_id`` (bulk writes settle so).
        labels: the fields a picklist label is taken from, first set first (``choices``).
    """

    path: ClassVar[str]
    model: ClassVar[type[Any]]
    orders: ClassVar[tuple[str, ...]] = ()
    filters: ClassVar[type] = dict
    findable: ClassVar[bool] = False
    id_name: ClassVar[str] = "id"
    labels: ClassVar[tuple[str, ...]] = ("name",)

    def _structure(self, data: Any) -> M:
        result: M = structure_answer(data, self.model)
        return result

    def _structure_items(self, items: list[Any]) -> list[M]:
        structured: list[M] = structure_answers(items, self.model)
        return structured

    def _item_path(self, item_id: int, name: str | None = None) -> str:
        return f"{self.path}/{check_id(item_id, name or self.id_name)}"

    # -- one object -------------------------------------------------------------------

    async def _get(self, item_id: int, name: str | None = None, **params: Any) -> M:
        path = self._item_path(item_id, name)
        return self._structure(await self._call("GET", path, params=params or None))

    async def _create(self, params: Any, fields: Mapping[str, Any]) -> M:
        return self._structure(await self._call("POST", self.path, json=body_of(params, fields)))

    async def _update(self, item_id: int, params: Any, fields: Mapping[str, Any]) -> M:
        body = body_of(params, fields)
        return self._structure(await self._call("PUT", self._item_path(item_id), json=body))

    async def _delete(self, item_id: int) -> None:
        await self._call("DELETE", self._item_path(item_id))

    # -- lists ------------------------------------------------------------------------

    def _query(self, filters: Mapping[str, Any]) -> dict[str, Any]:
        return check_filters(filters, self.filters, self.orders)

    async def _fetch_page(
        self, query: Mapping[str, Any], limit: int, cursor: str | None, path: str | None = None
    ) -> Page[M]:
        return await self._fetch_built(query, limit, cursor, path, self._structure_items)

    async def _fetch_built(
        self,
        query: Mapping[str, Any],
        limit: int,
        cursor: str | None,
        path: str | None,
        build: Callable[[list[Any]], list[T]],
    ) -> Page[T]:
        params = page_query({**query, "limit": limit}, cursor)
        body = await self._call("GET", path or self.path, params=params)
        data, next_cursor, prev_cursor = parse_page(body)

        async def following(next_token: str | None) -> Page[T]:
            return await self._fetch_built(query, limit, next_token, path, build)

        return Page(data, next_cursor, prev_cursor, cursor, fetch=following, build=build)

    async def _choices(
        self, limit: int, cursor: str | None, filters: Mapping[str, Any]
    ) -> Page[Choice]:
        check_limit(limit)
        if cursor is not None:
            check_str(cursor, "cursor")
        labels = self.labels

        def build(items: list[Any]) -> list[Choice]:
            return [(item["id"], label_of(item, labels)) for item in items]

        return await self._fetch_built(self._query(filters), limit, cursor, None, build)

    async def _list(
        self, limit: int, cursor: str | None, filters: Mapping[str, Any], path: str | None = None
    ) -> Page[M]:
        check_limit(limit)
        if cursor is not None:
            check_str(cursor, "cursor")
        return await self._fetch_page(self._query(filters), limit, cursor, path)

    def _pages(
        self,
        filters: Mapping[str, Any],
        *,
        page_size: int,
        start_cursor: str | None,
        on_page: OnPage | None,
        prefetch: int,
        max_pages: int | None = None,
        path: str | None = None,
    ) -> AsyncIterator[Page[M]]:
        check_limit(page_size, "page_size")
        query = self._query(filters)

        async def fetch(cursor: str | None) -> Page[M]:
            return await self._fetch_page(query, page_size, cursor, path)

        return iterate_pages(
            fetch,
            start_cursor=start_cursor,
            prefetch=prefetch,
            max_pages=max_pages,
            on_page=on_page,
        )

    def _all(
        self,
        filters: Mapping[str, Any],
        *,
        page_size: int,
        max_items: int | None,
        start_cursor: str | None,
        on_page: OnPage | None,
        prefetch: int,
        path: str | None = None,
    ) -> AsyncIterator[M]:
        pages = self._pages(
            filters,
            page_size=page_size,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
            path=path,
        )
        return iterate_items(pages, max_items=max_items)

    # -- many gets --------------------------------------------------------------------

    def _iter_many(
        self, ids: Iterable[int], *, raise_missing: bool
    ) -> AsyncIterator[tuple[int, M | None]]:
        """Concurrent gets, ``(id, object)`` in input order; ``(id, None)`` if missing."""
        checked = [check_id(item_id, "ids") for item_id in ids]

        def getter(item_id: int) -> Callable[[], Awaitable[M]]:
            return lambda: self._get(item_id)

        async def run() -> AsyncIterator[tuple[int, M | None]]:
            results = iterate_ordered(
                [getter(item_id) for item_id in checked], limit=self._requester.max_concurrency
            )
            position = 0
            try:
                async for result in results:
                    item_id = checked[position]
                    position += 1
                    if isinstance(result, Exception):
                        if isinstance(result, NotFoundError) and not raise_missing:
                            yield item_id, None
                            continue
                        raise result
                    yield item_id, result
            finally:
                await results.aclose()  # type: ignore[attr-defined]

        return run()

    async def _get_many(self, ids: Iterable[int], *, raise_missing: bool) -> GetManyResult[M]:
        items: list[M] = []
        missing: list[int] = []
        async for item_id, item in self._iter_many(ids, raise_missing=raise_missing):
            if item is None:
                missing.append(item_id)
            else:
                items.append(item)
        return GetManyResult(items, missing)
