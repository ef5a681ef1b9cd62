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


#: Rank of each JSON type in a sort key: None first, then booleans, numbers, strings, and
#: lists and objects last. Values of different types never meet in a comparison, so no
#: stored value (``"name": false`` among strings) can make the index unsortable.
_NONE, _BOOL, _NUMBER, _STRING, _OTHER = range(5)


#: What the second half of a key holds, per rank (as :func:`_sort_value` builds it).
_RANK_TYPES: dict[int, type | tuple[type, ...]] = {
    _NONE: int,
    _BOOL: int,
    _NUMBER: (int, float),
    _STRING: str,
    _OTHER: str,
}


def _sort_value(value: Any) -> tuple[int, Any]:
    if value is None:
        return (_NONE, 0)
    if isinstance(value, bool):
        return (_BOOL, int(value))
    if isinstance(value, int | float):
        return (_NUMBER, value)
    if isinstance(value, str):
        return (_STRING, value)
    return (_OTHER, repr(value))


def key_from_json(raw: list[Any]) -> Key:
    """Rebuild an index key from its JSON form (``[[rank, value]…, id]``).

    Raises ValueError when ``raw`` is not shaped like a key (a forged cursor).
    """
    if not raw:
        raise ValueError("not an index key")
    *parts, item_id = raw
    if isinstance(item_id, bool) or not isinstance(item_id, int):
        raise ValueError("not an index key")
    key: list[tuple[int, Any]] = []
    for part in parts:
        if not (isinstance(part, list) and len(part) == 2 and type(part[0]) is int):
            raise ValueError("not an index key")
        rank, value = part
        expected = _RANK_TYPES.get(rank)
        if expected is None or isinstance(value, bool) or not isinstance(value, expected):
            raise ValueError("not an index key")
        key.append((rank, value))
    return (*key, item_id)


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

    def __init__(
        self, name: str, orderings: list[Ordering] | None = None, fields: tuple[str, ...] = ()
    ) -> None:
        self.name = name
        #: Keys every stored item carries (None when unset), as Gorgias' answers do.
        self.fields = fields
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
        for field in self.fields:
            item.setdefault(field, None)
        old = self.items.get(item["id"])
        # Every key is computed before any index changes: a write is whole or not at all.
        changes = [
            (index, None if old is None else self.key(old, fields), self.key(item, fields))
            for fields, index in self._indexes.items()
        ]
        for index, old_key, new_key in changes:
            if old_key is not None:
                self._remove_key(index, old_key)
            bisect.insort(index, new_key)
        self.items[item["id"]] = item
        return item

    def delete(self, item_id: int) -> Item | None:
        """Remove and return the item with ``item_id``, or None."""
        old = self.items.pop(item_id, None)
        if old is not None:
            for fields, index in self._indexes.items():
                self._remove_key(index, self.key(old, fields))
        return old

    def consistent(self) -> bool:
        """Whether every index holds exactly one key per item, in order (for tests)."""
        for fields, index in self._indexes.items():
            expected = sorted(self.key(item, fields) for item in self.items.values())
            if index != expected:
                return False
        return True

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

    def add(self, name: str, orderings: list[Ordering], fields: tuple[str, ...] = ()) -> Collection:
        """Create the collection ``name`` with indexes for ``orderings``."""
        collection = Collection(name, orderings, fields)
        self.collections[name] = collection
        return collection

    def __getitem__(self, name: str) -> Collection:
        return self.collections[name]
