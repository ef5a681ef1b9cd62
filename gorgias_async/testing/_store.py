"""In-memory collections with keyset pagination that stays correct under writes.

Every ordering a resource supports keeps a sorted index of ``(sort key…, id)`` tuples that
is updated in place on every insert, update and delete. A page is a bisect into that index
plus a short walk, so serving a page costs the same for 100 items or 100,000, and a cursor
(the key of the last item seen) never skips or repeats an item that was not itself moved.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator
from typing import Any

import attrs

Item = dict[str, Any]
Key = tuple[Any, ...]
Predicate = Callable[[Item], bool]


@attrs.frozen
class Ordering:
    """A parsed ``order_by``: the fields compared in turn, and the direction."""

    fields: tuple[str, ...]
    descending: bool

    @classmethod
    def parse(cls, order_by: str) -> Ordering:
        """Parse ``created_datetime:desc`` or ``usage:desc,name:desc`` (one direction)."""
        fields: list[str] = []
        directions: set[str] = set()
        for part in order_by.split(","):
            name, _, direction = part.partition(":")
            fields.append(name)
            directions.add(direction or "asc")
        if len(directions) != 1:
            raise ValueError(f"mixed directions in {order_by!r}")
        return cls(tuple(fields), directions.pop() == "desc")


def _sort_value(value: Any) -> tuple[bool, Any]:
    # None sorts before every value; the flag keeps None from being compared to one.
    if value is None:
        return (False, 0)
    if isinstance(value, dict | list):
        return (True, str(value))
    return (True, value)


def key_from_json(raw: list[Any]) -> Key:
    """Rebuild an index key from its JSON form (lists back to tuples)."""
    return tuple(tuple(part) if isinstance(part, list) else part for part in raw)


@attrs.define
class Page:
    """One page of a listing, with the keys that bound it."""

    items: list[Item]
    first_key: Key | None
    last_key: Key | None
    more_before: bool
    more_after: bool


class Collection:
    """The items of one resource, by id, with sorted indexes for its orderings."""

    def __init__(self, name: str, orderings: list[Ordering] | None = None) -> None:
        self.name = name
        self.items: dict[int, Item] = {}
        self._next_id = 1
        self._indexes: dict[tuple[str, ...], list[Key]] = {}
        for ordering in orderings or []:
            self._indexes.setdefault(ordering.fields, [])

    def __len__(self) -> int:
        return len(self.items)

    def __iter__(self) -> Iterator[Item]:
        return iter(self.items.values())

    def next_id(self) -> int:
        """Reserve the next id."""
        value = self._next_id
        self._next_id += 1
        return value

    @staticmethod
    def key(item: Item, fields: tuple[str, ...]) -> Key:
        """The index key of ``item`` for an ordering on ``fields``."""
        return (*(_sort_value(item.get(field)) for field in fields), item["id"])

    def _index(self, fields: tuple[str, ...]) -> list[Key]:
        index = self._indexes.get(fields)
        if index is None:
            index = sorted(self.key(item, fields) for item in self.items.values())
            self._indexes[fields] = index
        return index

    def get(self, item_id: int) -> Item | None:
        """The item with ``item_id``, or None."""
        return self.items.get(item_id)

    def put(self, item: Item) -> Item:
        """Insert or replace ``item`` (its ``id`` is assigned if missing)."""
        if "id" not in item:
            item["id"] = self.next_id()
        else:
            self._next_id = max(self._next_id, item["id"] + 1)
        old = self.items.get(item["id"])
        for fields, index in self._indexes.items():
            if old is not None:
                self._remove_key(index, self.key(old, fields))
            bisect.insort(index, self.key(item, fields))
        self.items[item["id"]] = item
        return item

    def delete(self, item_id: int) -> Item | None:
        """Remove and return the item with ``item_id``, or None."""
        old = self.items.pop(item_id, None)
        if old is not None:
            for fields, index in self._indexes.items():
                self._remove_key(index, self.key(old, fields))
        return old

    @staticmethod
    def _remove_key(index: list[Key], key: Key) -> None:
        position = bisect.bisect_left(index, key)
        if position < len(index) and index[position] == key:
            del index[position]

    def page(
        self,
        ordering: Ordering,
        *,
        after: Key | None = None,
        before: Key | None = None,
        limit: int,
        predicate: Predicate | None = None,
    ) -> Page:
        """Up to ``limit`` matching items in ``ordering``, after or before a cursor key."""
        index = self._index(ordering.fields)
        backwards = before is not None
        # Walk the ascending index in the direction that ordering and cursor imply.
        step = -1 if ordering.descending != backwards else 1
        bound = before if backwards else after
        if bound is None:
            position = len(index) - 1 if step < 0 else 0
        elif step > 0:
            position = bisect.bisect_right(index, bound)
        else:
            position = bisect.bisect_left(index, bound) - 1
        found: list[Key] = []
        while 0 <= position < len(index) and len(found) <= limit:
            key = index[position]
            if predicate is None or predicate(self.items[key[-1]]):
                found.append(key)
            position += step
        more = len(found) > limit
        found = found[:limit]
        if backwards:
            found.reverse()
        items = [self.items[key[-1]] for key in found]
        first = found[0] if found else None
        last = found[-1] if found else None
        if backwards:
            return Page(items, first, last, more_before=more, more_after=True)
        return Page(items, first, last, more_before=after is not None, more_after=more)


class Store:
    """Every collection of one fake account."""

    def __init__(self) -> None:
        self.collections: dict[str, Collection] = {}

    def add(self, name: str, orderings: list[Ordering]) -> Collection:
        """Create the collection ``name`` with indexes for ``orderings``."""
        collection = Collection(name, orderings)
        self.collections[name] = collection
        return collection

    def __getitem__(self, name: str) -> Collection:
        return self.collections[name]
