"""The package's one cattrs converter, and the strict copy CI runs over the samples.

Both are ``cattrs.preconf.orjson`` converters. Every model class gets a structuring and an
unstructuring function generated once (on first use) by a hook factory registered on the
converter; nested models, tuples of models and typed maps call each other's generated
functions directly.

The lenient converter (:data:`CONVERTER`, behind :func:`structure`/:func:`unstructure`)
    * reads every key with one ``dict.get`` and builds the instance with one call — no
      per-field function call for strings, numbers and booleans (only a type check);
    * puts unknown keys in ``extra`` (checked with one ``frozenset.issuperset``);
    * never parses datetimes while structuring (:class:`~._datetime.Timestamp` is lazy);
    * if any field does not fit its type, falls back to a field-by-field pass that moves
      the misfits to ``extra`` instead of failing — only a top-level object that is not a
      JSON object, or lacks its required ``id``, raises.

The strict converter (:func:`make_strict_converter`) raises on unknown keys
(``forbid_extra_keys=True``), on values of the wrong JSON type and on datetimes that no
known spelling parses: it is how tests detect drift between the models and the reference.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Callable, Mapping
from typing import Any, Final, TypeVar, get_args, get_origin

import attrs
from cattrs.preconf.orjson import OrjsonConverter, make_converter

from ._base import (
    EMPTY,
    INT_FROM_STR,
    JSON_MARKER,
    KEY,
    UNSET,
    FrozenDict,
    GorgiasModel,
    IntFromStr,
    Unset,
    freeze,
    thaw,
)
from ._datetime import Timestamp

__all__ = [
    "CONVERTER",
    "StrictStructureError",
    "make_strict_converter",
    "register_union",
    "structure",
    "unstructure",
]

T = TypeVar("T")

Hook = Callable[..., Any]

_NONE = type(None)
#: JSON types accepted by a scalar field, by annotation (``None``/``UNSET`` always are).
_SCALARS: Final[dict[Any, frozenset[type]]] = {
    str: frozenset({str}),
    int: frozenset({int}),
    float: frozenset({int, float}),
    bool: frozenset({bool}),
    Any: frozenset({str, int, float, bool}),
}
_CONTAINERS: Final = frozenset({dict, list})

#: Unions of models: the annotation → a chooser (payload → class or ``None`` if unknown).
_UNIONS: dict[Any, Callable[[Mapping[str, Any]], type[GorgiasModel] | None]] = {}


class StrictStructureError(ValueError):
    """The strict converter met a payload that does not match the models exactly."""


def register_union(
    union: Any, chooser: Callable[[Mapping[str, Any]], type[GorgiasModel] | None]
) -> None:
    """Teach the converters a union of models: ``chooser`` picks the class for a payload.

    When it returns ``None`` the lenient converter keeps the value in ``extra``.
    """
    _UNIONS[union] = chooser


def _bad(value: Any) -> Any:
    raise TypeError(f"unexpected JSON value of type {type(value).__name__}")


# ---------------------------------------------------------------------------------------
# Field analysis


@attrs.frozen
class _Field:
    """How one attribute is read and written."""

    name: str
    key: str
    required: bool
    #: "scalar", "int_from_str", "json", "timestamp", "model", "tuple", "map", "union"
    kind: str
    #: scalar: accepted classes; model/union: the annotation; tuple/map: the item _Field
    arg: Any = None


def _strip(annotation: Any) -> Any:
    """The annotation without its ``None`` and ``Unset`` members."""
    if get_origin(annotation) in (typing.Union, types.UnionType):
        rest = [a for a in get_args(annotation) if a not in (_NONE, Unset)]
        if len(rest) == 1:
            return rest[0]
        return typing.Union[tuple(rest)]  # noqa: UP007
    return annotation


def _analyse(name: str, key: str, required: bool, annotation: Any) -> _Field:
    t = _strip(annotation)
    origin = get_origin(t)
    if origin is typing.Annotated and JSON_MARKER in t.__metadata__:
        return _Field(name, key, required, "json")
    if t in _SCALARS:
        return _Field(name, key, required, "scalar", _SCALARS[t])
    if t is Timestamp:
        return _Field(name, key, required, "timestamp")
    if isinstance(t, type) and issubclass(t, GorgiasModel):
        return _Field(name, key, required, "model", t)
    if origin is tuple:
        args = get_args(t)
        if len(args) != 2 or args[1] is not Ellipsis:
            raise TypeError(f"{name}: only tuple[X, ...] is supported, not {t}")
        return _Field(name, key, required, "tuple", _analyse(name, key, True, args[0]))
    if origin in (FrozenDict, Mapping, dict) or t in (FrozenDict, Mapping, dict):
        args = get_args(t)
        if not args or args[1] is Any:
            return _Field(name, key, required, "map")
        return _Field(name, key, required, "map", _analyse(name, key, True, args[1]))
    if origin in (typing.Union, types.UnionType) and t in _UNIONS:
        return _Field(name, key, required, "union", t)
    raise TypeError(f"{name}: no structuring rule for {t!r}")


def _fields(cls: type[GorgiasModel]) -> list[_Field]:
    attrs.resolve_types(cls)
    out = []
    for a in attrs.fields(cls):
        if a.name == "extra":
            continue
        key = a.metadata.get(KEY, a.name)
        if a.metadata.get(INT_FROM_STR):
            out.append(_Field(a.name, key, a.default is attrs.NOTHING, "int_from_str"))
        else:
            out.append(_analyse(a.name, key, a.default is attrs.NOTHING, a.type))
    return out


# ---------------------------------------------------------------------------------------
# Per-value functions (used by the slow path, the strict converter and nested containers)


def _value_fn(f: _Field, converter: OrjsonConverter, strict: bool) -> Hook:
    """A function structuring one present, non-null value of field ``f`` (or raising)."""
    kind = f.kind
    if kind == "scalar":
        accepted = f.arg

        def scalar(value: Any) -> Any:
            if value.__class__ in accepted:
                return value
            raise TypeError(f"expected {_names(accepted)}, got {type(value).__name__}")

        return scalar
    if kind == "int_from_str":
        return _int_from_str
    if kind == "json":
        return freeze
    if kind == "timestamp":
        if not strict:
            return Timestamp

        def timestamp(value: Any) -> Timestamp:
            stamp = Timestamp(value)
            if stamp.value is None:
                raise ValueError(f"unparseable datetime {value!r}")
            return stamp

        return timestamp
    if kind == "model":
        return _model_hook(f.arg, converter)
    if kind == "union":
        chooser = _UNIONS[f.arg]
        hooks: dict[type, Hook] = {}

        def union(value: Any) -> Any:
            if value.__class__ is not dict:
                raise TypeError(f"expected an object, got {type(value).__name__}")
            cls = chooser(value)
            if cls is None:
                raise ValueError(f"no model fits {sorted(value)}")
            hook = hooks.get(cls)
            if hook is None:
                hook = hooks[cls] = _model_hook(cls, converter)
            return hook(value)

        return union
    if kind == "tuple":
        item = _nullable(_value_fn(f.arg, converter, strict))
        if f.arg.kind == "scalar" and not strict:
            item_classes = f.arg.arg | {_NONE}

            def scalars(value: Any) -> tuple[Any, ...]:
                if value.__class__ is not list:
                    raise TypeError(f"expected an array, got {type(value).__name__}")
                for element in value:
                    if element.__class__ not in item_classes:
                        raise TypeError(f"unexpected {type(element).__name__} item")
                return tuple(value)

            return scalars

        def array(value: Any) -> tuple[Any, ...]:
            if value.__class__ is not list:
                raise TypeError(f"expected an array, got {type(value).__name__}")
            return tuple(map(item, value))

        return array
    if kind == "map":
        if f.arg is None:

            def mapping(value: Any) -> FrozenDict[str, Any]:
                if value.__class__ is not dict:
                    raise TypeError(f"expected an object, got {type(value).__name__}")
                return FrozenDict.adopt(value)

            return mapping
        entry = _nullable(_value_fn(f.arg, converter, strict))

        def typed_mapping(value: Any) -> FrozenDict[str, Any]:
            if value.__class__ is not dict:
                raise TypeError(f"expected an object, got {type(value).__name__}")
            return FrozenDict.adopt({k: entry(v) for k, v in value.items()})

        return typed_mapping
    raise AssertionError(kind)  # pragma: no cover


#: (converter id, class) whose structuring function is being generated right now.
_BUILDING: set[tuple[int, type]] = set()


def _model_hook(cls: type, converter: OrjsonConverter) -> Hook:
    """The converter's hook for ``cls``, bound late if ``cls`` is being built (recursion)."""
    if (id(converter), cls) in _BUILDING:
        return lambda value: converter.get_structure_hook(cls)(value, cls)
    return converter.get_structure_hook(cls)


def _int_from_str(value: Any) -> int:
    cls = value.__class__
    if cls is int:
        return value  # type: ignore[no-any-return]
    if cls is str and value.isascii() and value.isdigit():
        number = IntFromStr(value)
        if str(number) == value:
            return number
    raise TypeError(f"expected an integer or a decimal string, got {value!r}")


def _nullable(fn: Hook) -> Hook:
    def nullable(value: Any) -> Any:
        return None if value is None else fn(value)

    return nullable


def _names(classes: frozenset[type]) -> str:
    return "/".join(sorted(c.__name__ for c in classes))


def _unstructure_value_fn(f: _Field, converter: OrjsonConverter) -> Hook:
    """A function writing one non-null value of field ``f`` back to JSON."""
    kind = f.kind
    if kind == "scalar":
        return _identity
    if kind == "int_from_str":
        return _unstructure_int
    if kind in ("json", "map") and (kind == "json" or f.arg is None):
        return thaw
    if kind == "timestamp":
        return _raw
    if kind in ("model", "union"):
        return converter.unstructure
    if kind == "tuple":
        if f.arg.kind == "scalar":
            return list
        item = _unstructure_value_fn(f.arg, converter)
        return lambda value: [None if x is None else item(x) for x in value]
    if kind == "map":
        entry = _unstructure_value_fn(f.arg, converter)
        return lambda value: {k: None if v is None else entry(v) for k, v in value._data.items()}
    raise AssertionError(kind)  # pragma: no cover


def _identity(value: Any) -> Any:
    return value


def _unstructure_int(value: int) -> int | str:
    return str(value) if value.__class__ is IntFromStr else value


def _raw(value: Timestamp) -> str:
    return value.raw


# ---------------------------------------------------------------------------------------
# Generated functions


def _is_model(t: Any) -> bool:
    return isinstance(t, type) and issubclass(t, GorgiasModel) and attrs.has(t)


def _structure_factory(cls: type[GorgiasModel], converter: OrjsonConverter) -> Hook:
    strict = bool(getattr(converter, "forbid_extra_keys", False))
    fields = _fields(cls)
    known = frozenset(f.key for f in fields)
    building = (id(converter), cls)
    _BUILDING.add(building)
    try:
        value_fns = {f.name: _value_fn(f, converter, strict) for f in fields}
    finally:
        _BUILDING.discard(building)
    required = [f for f in fields if f.required]

    def slow(o: Any, _: Any = None) -> Any:
        """Field by field: misfits go to ``extra`` (lenient) or raise (strict)."""
        if not isinstance(o, Mapping):
            error: type[Exception] = StrictStructureError if strict else TypeError
            raise error(f"{cls.__name__}: expected a JSON object, got {type(o).__name__}")
        for f in required:
            if f.key not in o:
                missing: type[Exception] = StrictStructureError if strict else ValueError
                raise missing(f"{cls.__name__}: the payload has no {f.key!r}")
        kwargs: dict[str, Any] = {}
        extra: dict[str, Any] = {}
        for f in fields:
            if f.key not in o:
                continue
            value = o[f.key]
            if value is None and not f.required:
                kwargs[f.name] = None
                continue
            try:
                kwargs[f.name] = value_fns[f.name](value)
            except Exception as exc:
                if strict:
                    raise StrictStructureError(f"{cls.__name__}.{f.name}: {exc}") from exc
                if f.required:
                    exc.add_note(f"structuring {cls.__name__}.{f.name}")
                    raise
                extra[f.key] = value
        unknown = [key for key in o if key not in known]
        if unknown and strict:
            raise StrictStructureError(f"{cls.__name__}: unknown keys {sorted(unknown)}")
        for key in unknown:
            extra[key] = o[key]
        return cls(**kwargs, extra=FrozenDict.adopt(extra) if extra else EMPTY)

    if strict:
        return slow

    # The fast path: one generated expression per field, one constructor call.
    globs: dict[str, Any] = {
        "__cls": cls,
        "__U": UNSET,
        "__E": EMPTY,
        "__K": known,
        "__bad": _bad,
        "__slow": slow,
        "__extra": _collect_extra,
        "__C": _CONTAINERS,
        "__freeze": freeze,
    }
    args = []
    for i, f in enumerate(fields):
        get = f"o[{f.key!r}]" if f.required else f"g({f.key!r}, __U)"
        if f.kind == "scalar":
            classes = f"__S{i}"
            globs[classes] = f.arg if f.required else f.arg | {_NONE, Unset}
            expr = f"(v if (v := {get}).__class__ in {classes} else __bad(v))"
        elif f.kind == "json":
            expr = f"(__freeze(v) if (v := {get}).__class__ in __C else v)"
        else:
            fn = f"__f{i}"
            globs[fn] = value_fns[f.name]
            expr = f"(v if (v := {get}) is __U or v is None else {fn}(v))"
        args.append(f"    {f.name}={expr},")
    lines = [
        "def structure(o, _=None):",
        "  try:",
        "    g = o.get",
        "    return __cls(",
        *[f"  {a}" for a in args],
        "      extra=__E if __K.issuperset(o) else __extra(o, __K),",
        "    )",
        "  except Exception:",
        "    return __slow(o)",
    ]
    return _compile(lines, globs, "structure", cls)


def _collect_extra(o: Mapping[str, Any], known: frozenset[str]) -> FrozenDict[str, Any]:
    return FrozenDict.adopt({key: value for key, value in o.items() if key not in known})


def _unstructure_factory(cls: type[GorgiasModel], converter: OrjsonConverter) -> Hook:
    fields = _fields(cls)
    globs: dict[str, Any] = {"__U": UNSET, "__thaw": thaw}
    lines = ["def unstructure(obj):", "  out = {}"]
    for i, f in enumerate(fields):
        if f.kind == "scalar":
            write = "v"
        elif f.kind == "timestamp":
            write = "None if v is None else v.raw"
        else:
            fn = f"__f{i}"
            globs[fn] = _unstructure_value_fn(f, converter)
            write = f"None if v is None else {fn}(v)"
        lines.append(f"  v = obj.{f.name}")
        indent = "  "
        if not f.required:
            lines.append("  if v is not __U:")
            indent = "    "
        lines.append(f"{indent}out[{f.key!r}] = {write}")
    lines += [
        "  e = obj.extra",
        "  if e:",
        "    out.update(__thaw(e._data))",
        "  return out",
    ]
    return _compile(lines, globs, "unstructure", cls)


def _compile(lines: list[str], globs: dict[str, Any], name: str, cls: type) -> Hook:
    source = "\n".join(lines)
    code = compile(source, f"<gorgias_async {name} {cls.__qualname__}>", "exec")
    namespace: dict[str, Any] = {}
    exec(code, globs, namespace)
    fn: Hook = namespace[name]
    fn.__qualname__ = f"{name}_{cls.__name__}"
    return fn


# ---------------------------------------------------------------------------------------
# The converters


def _build(*, strict: bool) -> OrjsonConverter:
    converter = make_converter(forbid_extra_keys=strict, detailed_validation=False)
    structure_factory: Any = _structure_factory
    unstructure_factory: Any = _unstructure_factory
    converter.register_structure_hook_factory(_is_model, structure_factory)
    converter.register_unstructure_hook_factory(_is_model, unstructure_factory)
    converter.register_structure_hook(Timestamp, lambda value, _: Timestamp(value))
    converter.register_unstructure_hook(Timestamp, _raw)
    converter.register_structure_hook(FrozenDict, lambda value, _: FrozenDict(value))
    converter.register_unstructure_hook(FrozenDict, FrozenDict.thaw)
    converter.register_unstructure_hook(Unset, _unset_error)
    return converter


def _unset_error(value: Any) -> Any:
    raise TypeError("UNSET cannot be unstructured on its own")


#: The package's converter (lenient: unknown keys and misfits are kept in ``extra``).
CONVERTER: Final = _build(strict=False)


def make_strict_converter() -> OrjsonConverter:
    """A new converter that refuses unknown keys, wrong JSON types and unparseable dates."""
    return _build(strict=True)


def structure(data: Any, cls: type[T]) -> T:
    """Turn decoded JSON into ``cls`` (a model, or e.g. ``list[Ticket]``), losing nothing."""
    return CONVERTER.structure(data, cls)


def unstructure(obj: Any) -> Any:
    """Turn a model (or a list of models) back into plain JSON, exactly as received."""
    return CONVERTER.unstructure(obj)
