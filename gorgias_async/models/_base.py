"""Building blocks shared by every model: ``UNSET``, :class:`FrozenDict`, ``Json``, the base class.

Three states for a field
    Every field of a model (except the ``id`` of a top-level resource) defaults to
    :data:`UNSET`, which means *the server did not send this key*. ``None`` means *the
    server sent ``null``*. Unstructuring omits ``UNSET`` fields and writes ``None`` as
    ``null``, so ``unstructure(structure(payload, cls)) == payload`` holds exactly. A field
    is therefore typed ``Maybe[T]`` (``T | None | Unset``); :data:`UNSET` is falsy, so
    ``if ticket.subject:`` narrows to ``str`` for mypy.

Nothing is lost
    Keys a model does not know land in its ``extra`` mapping and are written back out on
    unstructure. A value that does not fit its field's type (an object where a string is
    documented, a date that is not a string) is moved to ``extra`` too, leaving the field
    ``UNSET``: the model stays honest about its types and the payload still round-trips.

Hashable by value
    Models are frozen attrs classes, hashable and comparable by value. Lists become tuples
    and free-form JSON objects become :class:`FrozenDict`, an immutable mapping that hashes
    lazily (once, on first use) by a recursive freeze of its content.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Iterator, Mapping
from typing import Annotated, Any, ClassVar, Final, Literal, TypeAlias, TypeVar, cast

import attrs

__all__ = [
    "UNSET",
    "FrozenDict",
    "GorgiasModel",
    "Json",
    "Maybe",
    "Unset",
    "json_key",
]

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")

#: Metadata key under which a field stores its JSON key when it differs from its name.
KEY: Final = "gorgias_async.key"
#: Metadata key of an ``int`` field that may arrive as a decimal string.
INT_FROM_STR: Final = "gorgias_async.int_from_str"


class Unset(enum.Enum):
    """The type of :data:`UNSET`: a key the server did not send."""

    UNSET = "UNSET"

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


#: The default of every optional field: the key was absent from the payload.
UNSET: Final = Unset.UNSET

#: A field the server may omit (``UNSET``) or send as ``null`` (``None``).
Maybe: TypeAlias = T | Unset | None


class _JsonMarker:
    """Marks a field whose value is free-form JSON of any shape."""

    def __repr__(self) -> str:
        return "Json"


#: Free-form JSON of any shape: objects are :class:`FrozenDict`, arrays are tuples.
Json = Annotated[Any, _JsonMarker()]
JSON_MARKER: Final = Json.__metadata__[0]


class FrozenDict(Mapping[K, V]):
    """An immutable, hashable mapping for free-form JSON objects (``meta``, ``data``…).

    Reading a nested object returns a :class:`FrozenDict` view and a nested array a tuple,
    so the content cannot be changed through the mapping. Equality is by content (also
    against a plain ``dict``); the hash is computed once, on first use, from a recursive
    freeze of the content. :meth:`thaw` returns a deep, mutable copy as plain JSON.

    ``FrozenDict(mapping)`` deep-copies its argument. The converter instead adopts the
    dictionaries of a payload without copying them (payloads are usually fresh from
    ``orjson.loads``): don't mutate a payload after structuring it.
    """

    __slots__ = ("_data", "_hash")

    _data: dict[K, V]
    _hash: int | None

    def __init__(self, data: Mapping[K, V] | Iterable[tuple[K, V]] = (), /, **kwargs: V) -> None:
        source: dict[Any, Any] = dict(data, **kwargs)
        self._data = cast("dict[K, V]", thaw(source))
        self._hash = None

    @classmethod
    def adopt(cls, data: dict[K, V]) -> FrozenDict[K, V]:
        """Wrap ``data`` without copying it; the caller must never mutate it again."""
        inst = cls.__new__(cls)
        inst._data = data
        inst._hash = None
        return inst

    def __getitem__(self, key: K) -> V:
        return cast("V", freeze(self._data[key]))

    def __iter__(self) -> Iterator[K]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __contains__(self, key: object) -> bool:
        return key in self._data

    def __eq__(self, other: object) -> bool:
        if isinstance(other, FrozenDict):
            return self._data == other._data
        if isinstance(other, dict):
            return self._data == other
        if isinstance(other, Mapping):
            return self._data == dict(other.items())
        return NotImplemented

    def __hash__(self) -> int:
        if self._hash is None:
            self._hash = hash(hashable(self._data))
        return self._hash

    def __repr__(self) -> str:
        return f"FrozenDict({self._data!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (FrozenDict, (self._data,))

    def thaw(self) -> dict[K, Any]:
        """A deep, mutable copy of the content as plain JSON (dicts and lists)."""
        return cast("dict[K, Any]", thaw(self._data))


#: The shared empty mapping (the default of every ``extra``).
EMPTY: Final[FrozenDict[str, Any]] = FrozenDict.adopt({})


def freeze(value: Any) -> Any:
    """Free-form JSON made immutable: objects as :class:`FrozenDict`, arrays as tuples."""
    cls = value.__class__
    if cls is dict:
        return FrozenDict.adopt(value)
    if cls is list:
        return tuple([freeze(item) for item in value])
    return value


def thaw(value: Any) -> Any:
    """A deep copy of frozen or plain JSON as plain, mutable JSON (dicts and lists)."""
    cls = value.__class__
    if cls is dict:
        return {key: thaw(item) for key, item in value.items()}
    if cls is list or cls is tuple:
        return [thaw(item) for item in value]
    if cls is FrozenDict:
        return thaw(value._data)
    return value


def hashable(value: Any) -> Any:
    """A hashable stand-in for JSON content, equal whenever the content is equal."""
    cls = value.__class__
    if cls is dict:
        return frozenset([(key, hashable(item)) for key, item in value.items()])
    if cls is list or cls is tuple:
        return tuple([hashable(item) for item in value])
    if cls is FrozenDict:
        return hashable(value._data)
    return value


def json_key(key: str) -> dict[str, Any]:
    """Field metadata naming the JSON key of a field whose name differs (``from_`` ↔ ``from``).

    Use as ``attrs.field(default=UNSET, metadata=json_key("from"))``.
    """
    return {KEY: key}


#: Field metadata of an ``int`` field that may arrive as a decimal string (``"784554"``);
#: the string is read as an :class:`IntFromStr` and written back unchanged.
INT_FROM_STR_FIELD: Final = {INT_FROM_STR: True}


class IntFromStr(int):
    """An ``int`` that arrived as a decimal string; it unstructures back to that string."""

    __slots__ = ()


@attrs.frozen(kw_only=True, repr=False)
class GorgiasModel:
    """Base of every model.

    Attributes:
        extra: the keys of the payload this model does not know (or whose values did not
            fit the field's type), exactly as received; written back out on unstructure.
    """

    #: Fields shown by ``repr`` (when set); every other set field shows as ``…``.
    _repr_fields: ClassVar[tuple[str, ...]] = ("id",)

    extra: FrozenDict[str, Any] = attrs.field(default=EMPTY)

    def __repr__(self) -> str:
        cls = type(self)
        parts = []
        shown = cls._repr_fields
        for name in shown:
            value = getattr(self, name, UNSET)
            if value is not UNSET:
                parts.append(f"{name}={value!r}")
        more = any(
            getattr(self, a.name) is not UNSET
            for a in attrs.fields(cls)
            if a.name not in shown and a.name != "extra"
        ) or bool(self.extra)
        if more:
            parts.append("…")
        return f"{cls.__name__}({', '.join(parts)})"
