"""List endpoints: query validation, cursors and the Gorgias list envelope."""

from __future__ import annotations

import time
from datetime import datetime
from typing import Any

from aiohttp import web
from multidict import MultiMapping

from .._datetime import read
from ._cursor import Cursor, CursorError
from ._http import ApiError, field_error
from ._resources import Resource
from ._store import Collection, Item, Ordering, Predicate, key_from_json

PAGING = frozenset({"cursor", "limit", "order_by"})
COMPARATORS = {
    "gt": lambda a, b: a > b,
    "gte": lambda a, b: a >= b,
    "lt": lambda a, b: a < b,
    "lte": lambda a, b: a <= b,
}


def parse_datetime(value: str) -> datetime:
    """A datetime in any spelling Gorgias sends (naive is UTC), or ValueError."""
    parsed = read(value)
    if parsed is None:
        raise ValueError(f"not a datetime: {value!r}")
    return parsed


def parse_limit(query: MultiMapping[str], default: int) -> int:
    """``limit`` in 1–100, or Gorgias' 400."""
    raw = query.get("limit")
    if raw is None:
        return default
    try:
        limit = int(raw)
    except ValueError:
        raise field_error("limit", "Not a valid integer.") from None
    if not 1 <= limit <= 100:
        raise field_error(
            "limit", "Must be greater than or equal to 1 and less than or equal to 100."
        )
    return limit


def _comparator_filter(query: MultiMapping[str], names: set[str]) -> list[Predicate]:
    """``created_datetime[gte]=…`` style filters (deepObject), events only."""
    predicates: list[Predicate] = []
    for name in list(names):
        field, _, rest = name.partition("[")
        op = rest.rstrip("]")
        if field != "created_datetime" or op not in COMPARATORS:
            continue
        names.discard(name)
        try:
            bound = parse_datetime(query[name])
        except ValueError:
            raise field_error(name, "Not a valid datetime.") from None
        compare = COMPARATORS[op]

        def predicate(item: Item, bound: datetime = bound, compare: Any = compare) -> bool:
            return bool(compare(parse_datetime(item["created_datetime"]), bound))

        predicates.append(predicate)
    return predicates


def build_predicate(resource: Resource, query: MultiMapping[str]) -> Predicate | None:
    """Validate the filters of ``query`` and combine them into one predicate."""
    names = set(query.keys()) - PAGING - {"direction", "ignored_item"}
    predicates: list[Predicate] = []
    if resource.name == "events":
        predicates.extend(_comparator_filter(query, names))
    unknown = sorted(names - set(resource.filters))
    if unknown:
        raise ApiError(400, "Unknown query parameter(s).", {n: ["Unknown field."] for n in unknown})
    for required in resource.required_query:
        if required not in query:
            raise field_error(required, "Missing data for required field.")
    for name in sorted(names):
        match = resource.filters[name]
        values = query.getall(name)
        convert = getattr(match, "convert", None)
        try:
            if convert is not None:
                for value in values:
                    convert(value)
        except ValueError:
            raise field_error(name, "Not a valid value.") from None
        max_items = getattr(match, "max_items", None)
        if max_items is not None and len(values) > max_items:
            raise field_error(name, f"Longer than maximum length {max_items}.")

        def predicate(item: Item, match: Any = match, values: list[str] = values) -> bool:
            return bool(match(item, values))

        predicates.append(predicate)
    if not predicates:
        return None
    if len(predicates) == 1:
        return predicates[0]
    return lambda item: all(predicate(item) for predicate in predicates)


def _without(item_id: int, predicate: Predicate | None) -> Predicate:
    """``predicate``, also refusing the item ``item_id`` (the ``ignored_item`` parameter)."""
    if predicate is None:
        return lambda item: item.get("id") != item_id
    return lambda item: item.get("id") != item_id and predicate(item)


def list_page(
    request: web.Request,
    resource: Resource,
    collection: Collection,
    *,
    cursor_ttl: float | None,
    predicate: Predicate | None = None,
    render: Any = None,
) -> dict[str, Any]:
    """Serve one page of ``collection`` as Gorgias would, envelope included."""
    query = request.query
    limit = parse_limit(query, resource.default_limit)
    order_by = query.get("order_by", resource.default_order)
    if order_by not in resource.orders:
        raise field_error("order_by", f"Must be one of: {', '.join(resource.orders)}.")
    ordering = Ordering.parse(order_by)
    filters = build_predicate(resource, query)
    ignored = query.get("ignored_item")
    if ignored is not None:
        if not ignored.isdigit():
            raise field_error("ignored_item", "Not a valid integer.")
        predicate = _without(int(ignored), predicate)
    if predicate is not None and filters is not None:
        base = filters
        filters = lambda item: predicate(item) and base(item)  # noqa: E731
    elif predicate is not None:
        filters = predicate
    now = time.time()
    after = before = None
    token = query.get("cursor")
    if token:
        try:
            cursor = Cursor.decode(token, order_by=order_by, now=now, ttl=cursor_ttl)
            key = key_from_json(list(cursor.key))
        except CursorError as exc:
            raise ApiError(400, str(exc), {"cursor": [str(exc)]}) from None
        except ValueError:
            raise ApiError(400, "Invalid cursor.", {"cursor": ["Invalid cursor."]}) from None
        if cursor.direction == "next":
            after = key
        else:
            before = key
    if query.get("direction") == "prev" and after is not None:
        after, before = None, after
    page = collection.page(ordering, after=after, before=before, limit=limit, predicate=filters)
    next_cursor = prev_cursor = None
    if page.more_after and page.last_key is not None:
        next_cursor = Cursor("next", page.last_key, order_by, now).encode()
    if page.more_before and page.first_key is not None:
        prev_cursor = Cursor("prev", page.first_key, order_by, now).encode()
    items = [render(item) for item in page.items] if render else page.items
    return envelope(request, items, prev_cursor=prev_cursor, next_cursor=next_cursor)


def envelope(
    request: web.Request,
    items: list[Item],
    *,
    prev_cursor: str | None = None,
    next_cursor: str | None = None,
) -> dict[str, Any]:
    """The live list envelope: ``{data, object, uri, meta}``."""
    return {
        "data": items,
        "object": "list",
        "uri": str(request.rel_url),
        "meta": {"prev_cursor": prev_cursor, "next_cursor": next_cursor},
    }
