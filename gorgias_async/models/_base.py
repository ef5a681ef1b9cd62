"""Building blocks shared by every model: ``UNSET``, :class:`FrozenDict`, ``Json``, the base class.

Three kinds of field
    ``id: int`` — the identity of a top-level resource: structuring fails without it.

    ``status: str = ALWAYS_SENT`` — a field the API always sends (typed without
    :class:`Unset`, ``T | None`` where the server sends ``null``). Which fields these are is
    decided from the reference's ``required`` lists and the recorded payloads, and checked by
    ``tests/models/test_types.py``. A payload that breaks the contract still structures
    (nothing is lost), and a model built in code may leave such a field out (a partial
    write body): the field then holds :data:`UNSET`, as an optional one would.

    ``subject: Maybe[str] = UNSET`` — a field the server may omit (:data:`UNSET`) or send
    as ``null`` (``None``). :data:`UNSET` is falsy, so ``if ticket.excerpt:`` narrows to
    ``str`` for mypy.

    Unstructuring omits ``UNSET`` fields and writes ``None`` as ``null``.

Nothing is lost
    Keys a model does not know land in its ``extra`` mapping and are written back out on
    unstructure. A value that does not fit its field's type (an object where a string is
    documented, a date no known spelling parses) is kept there too, leaving the field
    ``UNSET``: the model stays honest about its types and the payload still round-trips.

Read from JSON, built on demand
    A model structured from JSON keeps the payload (it must not be mutated afterwards) and
    checks its ``id``; its scalars are checked together on the first read of one of them,
    and nested models, tuples, free-form JSON, datetimes and ``extra`` are built from the
    payload on first access — all cached (see :mod:`._converter`). Unstructuring such a
    model writes its payload back unchanged, key order included. From the user's side
    nothing shows: models are frozen, hashable and compared by value (datetimes by their
    exact spelling too), lists are tuples and free-form JSON objects :class:`FrozenDict`.
"""

from __future__ import annotations

import enum
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Annotated, Any, ClassVar, Final, Literal, TypeAlias, TypeVar, cast

import attrs

from .. import _json
from .._datetime import Timestamp

__all__ = [
    "ALWAYS_SENT",
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
#: The instance-``__dict__`` key holding the payload a model was structured from.
RAW: Final = "_raw"


class Unset(enum.Enum):
    """The type of :data:`UNSET`: a key the server did not send."""

    UNSET = "UNSET"

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


#: The default of every optional field: the key was absent from the payload.
UNSET: Final = Unset.UNSET

#: The default of a field the API always sends (``status: str = ALWAYS_SENT``). At run time
#: it is :data:`UNSET` (a model built in code, or a payload that breaks the contract, may
#: lack the field); to the type checker it fits the field's own type.
ALWAYS_SENT: Final[Any] = UNSET

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
        return {
            key: thaw(item) if item.__class__ in _NESTED else item for key, item in value.items()
        }
    if cls is list or cls is tuple:
        return [thaw(item) if item.__class__ in _NESTED else item for item in value]
    if cls is FrozenDict:
        return thaw(value._data)
    return value


#: The containers :func:`thaw` copies (anything else is a JSON scalar, kept as is).
_NESTED: Final = frozenset({dict, list, tuple, FrozenDict})


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


def compile_function(lines: list[str], globs: dict[str, Any], name: str, cls: type) -> Any:
    """Compile generated source ``lines`` defining ``name`` (one function per model class)."""
    source = "\n".join(lines)
    code = compile(source, f"<gorgias_async {name} {cls.__qualname__}>", "exec")
    namespace: dict[str, Any] = {}
    exec(code, globs, namespace)
    fn = namespace[name]
    fn.__qualname__ = f"{name}_{cls.__name__}"
    return fn


@attrs.frozen
class ClassInfo:
    """What the base class needs to know about a model class, computed once per class."""

    #: JSON key → field name (``extra`` excluded).
    names: dict[str, str]
    #: The JSON keys of the fields ``repr`` shows.
    shown_keys: frozenset[str]
    #: ``model → tuple`` of its field values, datetimes by spelling: equality and hash.
    eq_key: Callable[[Any], tuple[Any, ...]]


_INFO: dict[type, ClassInfo] = {}
_INFO_LOCK = threading.Lock()
# The package's converter: it is built on these classes, so it puts itself here when it is
# imported (the package imports it) rather than being imported by them.
_CONVERTER: list[Any] = []


def install_converter(converter: Any) -> None:
    """Make ``converter`` the one models structure and unstructure themselves with."""
    _CONVERTER[:] = [converter]


def _converter() -> Any:
    return _CONVERTER[0]


def class_info(cls: type[GorgiasModel]) -> ClassInfo:
    """The :class:`ClassInfo` of a model class (built on first use, thread-safely)."""
    info = _INFO.get(cls)
    if info is None:
        with _INFO_LOCK:
            info = _INFO.get(cls) or _build_info(cls)
            _INFO[cls] = info
    return info


def _build_info(cls: type[GorgiasModel]) -> ClassInfo:
    fields = attrs.fields(cls)
    names = {a.metadata.get(KEY, a.name): a.name for a in fields if a.name != "extra"}
    shown = {a.metadata.get(KEY, a.name) for a in fields if a.name in cls._repr_fields}
    # Datetimes compare by instant; models compare by what they would write back.
    parts = [f"(v.raw if (v := self.{a.name}).__class__ is __T else v)," for a in fields]
    eq_key = compile_function(
        ["def eq_key(self):", "  return (", *[f"    {p}" for p in parts], "  )"],
        {"__T": Timestamp},
        "eq_key",
        cls,
    )
    return ClassInfo(names, frozenset(shown), eq_key)


class _Extra:
    """``model.extra`` of a model read from JSON: computed on first access, then cached.

    The unknown keys of the payload, plus the keys whose value did not fit its field (the
    field reads ``UNSET`` although the key was sent) — which is why reading it builds every
    lazy field once.
    """

    def __get__(self, inst: Any, owner: Any = None) -> Any:
        if inst is None:
            return self
        d = inst.__dict__
        raw = d[RAW]
        names = class_info(type(inst)).names
        extra = {}
        for key, value in raw.items():
            name = names.get(key)
            if name is None or getattr(inst, name) is UNSET:
                extra[key] = value
        return d.setdefault("extra", FrozenDict.adopt(extra) if extra else EMPTY)


@attrs.frozen(kw_only=True, repr=False, slots=False, eq=False)
class GorgiasModel:
    """Base of every model.

    Attributes:
        extra: the keys of the payload this model does not know (or whose values did not
            fit the field's type), exactly as received; written back out on unstructure.
    """

    #: Fields shown by ``repr`` (when set); every other set field shows as ``…``.
    _repr_fields: ClassVar[tuple[str, ...]] = ("id",)

    extra: FrozenDict[str, Any] = attrs.field(default=EMPTY)

    def to_dict(self) -> dict[str, Any]:
        """This object as plain JSON (fresh dicts and lists), exactly as the server sent it.

        A model read from the API gives back its payload unchanged (key order and datetime
        spellings included); one built in code (or changed with ``attrs.evolve``) gives its
        set fields, then ``extra``. Same as :func:`~gorgias_async.models.unstructure`.
        """
        result: dict[str, Any] = _converter().unstructure(self)
        return result

    def to_json(self) -> str:
        """This object as a JSON string (what :meth:`to_dict` gives, serialised compactly)."""
        raw = self.__dict__.get(RAW)
        return _json.dumps(raw if raw is not None else self.to_dict()).decode()

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        mine = self.__dict__.get(RAW)
        if mine is not None and mine is other.__dict__.get(RAW):
            return True
        eq_key = class_info(type(self)).eq_key
        return eq_key(self) == eq_key(other)

    def __hash__(self) -> int:
        return hash(class_info(type(self)).eq_key(self))

    def __repr__(self) -> str:
        cls = type(self)
        shown = cls._repr_fields
        parts = []
        for name in shown:
            value = getattr(self, name, UNSET)
            if value is not UNSET:
                parts.append(f"{name}={value!r}")
        raw = self.__dict__.get(RAW)
        if raw is not None:
            # Anything else sent (or a shown field whose value was set aside) is "more".
            shown_keys = class_info(cls).shown_keys
            more = len(parts) < sum(1 for key in shown_keys if key in raw) or any(
                key not in shown_keys for key in raw
            )
        else:
            more = any(
                getattr(self, a.name) is not UNSET
                for a in attrs.fields(cls)
                if a.name not in shown and a.name != "extra"
            ) or bool(self.extra)
        if more:
            parts.append("…")
        return f"{cls.__name__}({', '.join(parts)})"

    def __reduce__(self) -> tuple[Any, ...]:
        cls = type(self)
        raw = self.__dict__.get(RAW)
        if raw is not None:
            return (_restructure, (cls, raw))
        return (_rebuild, (cls, {a.name: getattr(self, a.name) for a in attrs.fields(cls)}))


# attrs removed the class attribute of the field; models read from JSON compute it lazily
# (those built in code have it in their __dict__, which takes precedence).
type.__setattr__(GorgiasModel, "extra", _Extra())


def _restructure(cls: type[GorgiasModel], raw: Any) -> GorgiasModel:
    """Unpickle a model read from JSON: structure its payload again."""
    model: GorgiasModel = _converter().structure(raw, cls)
    return model


def _rebuild(cls: type[GorgiasModel], fields: dict[str, Any]) -> GorgiasModel:
    """Unpickle a model built in code."""
    return cls(**fields)
