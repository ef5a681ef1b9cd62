"""The package's one cattrs converter, and the strict copy CI runs over the samples.

Both are ``cattrs.preconf.orjson`` converters. Every model class gets a structuring and an
unstructuring function generated once (on first use) by a hook factory registered on the
converter; nested models, tuples of models and typed maps call each other's hooks.

The lenient converter (:data:`CONVERTER`, behind :func:`structure`/:func:`unstructure`)
builds a model *lazily*:

* structuring checks the ``id`` and keeps the payload itself, without copying it —
  a fraction of a microsecond per ticket whatever its size;
* the scalar fields (strings, numbers, booleans) are :class:`~._lazy.ScalarField`
  descriptors: the first read of any of them checks them all (one ``dict.get`` and one
  class check each) and stores them as plain attributes. A model built as a nested
  field checks its scalars at once (whoever reads a nested object reads its fields);
* nested models, tuples, free-form JSON, typed maps and datetimes are
  :class:`~._lazy.LazyField` descriptors: built from the payload on first access, cached;
* ``extra`` (unknown keys, and values that do not fit their field) is computed on first
  access too; a value that does not fit is logged once per field (never its content);
* unstructuring a model read from JSON returns a deep copy of its payload: the round
  trip is exact, key order included. Models built in code (or with ``attrs.evolve``) are
  written field by field, then ``extra``.

Only a top-level object that is not a JSON object, or lacks its required ``id``, raises.

The strict converter (:func:`make_strict_converter`) builds everything at once and raises
on unknown keys (``forbid_extra_keys=True``), on values of the wrong JSON type, on
datetimes that no known spelling parses, and on a missing (or ``null``) field the models
type as always sent: it is how tests detect drift between the models and the reference.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Final, TypeVar, get_args, get_origin

import attrs
from cattrs.preconf.orjson import OrjsonConverter, make_converter

from .._datetime import Timestamp, read
from ._base import (
    EMPTY,
    INT_FROM_STR,
    JSON_MARKER,
    KEY,
    RAW,
    UNSET,
    FrozenDict,
    GorgiasModel,
    IntFromStr,
    Unset,
    compile_function,
    freeze,
    install_converter,
    thaw,
)
from ._lazy import LazyField, ScalarField, report_misfit

__all__ = [
    "CONVERTER",
    "StrictStructureError",
    "make_strict_converter",
    "register_union",
    "structure",
    "structure_items",
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
    #: No default: structuring fails without it (the ``id`` of a top-level resource).
    required: bool
    #: "scalar", "int_from_str", "json", "timestamp", "model", "tuple", "map", "union"
    kind: str
    #: scalar: accepted classes; model/union: the annotation; tuple/map: the item _Field
    arg: Any = None
    #: ``Unset`` is part of the annotation: the server may omit the key.
    optional: bool = True
    #: ``None`` is part of the annotation: the server may send ``null``.
    nullable: bool = True

    @property
    def always_sent(self) -> bool:
        """Typed without ``Unset``: the API always sends it (see ``_base``)."""
        return not self.optional and not self.required


def _members(annotation: Any) -> tuple[Any, ...]:
    if get_origin(annotation) in (typing.Union, types.UnionType):
        return get_args(annotation)
    return (annotation,)


def _strip(annotation: Any) -> Any:
    """The annotation without its ``None`` and ``Unset`` members."""
    rest = [a for a in _members(annotation) if a not in (_NONE, Unset)]
    if len(rest) == 1:
        return rest[0]
    return typing.Union[tuple(rest)]  # noqa: UP007


def _analyse(name: str, key: str, required: bool, annotation: Any) -> _Field:
    members = _members(annotation)
    flags = {"optional": Unset in members, "nullable": _NONE in members}
    t = _strip(annotation)
    origin = get_origin(t)
    if origin is typing.Annotated and JSON_MARKER in t.__metadata__:
        # Free-form JSON may be anything, null included.
        return _Field(name, key, required, "json", **{**flags, "nullable": True})
    if t in _SCALARS:
        return _Field(name, key, required, "scalar", _SCALARS[t], **flags)
    if t is Timestamp:
        return _Field(name, key, required, "timestamp", **flags)
    if isinstance(t, type) and issubclass(t, GorgiasModel):
        return _Field(name, key, required, "model", t, **flags)
    if origin is tuple:
        args = get_args(t)
        if len(args) != 2 or args[1] is not Ellipsis:
            raise TypeError(f"{name}: only tuple[X, ...] is supported, not {t}")
        item = _analyse(name, key, True, args[0])
        return _Field(name, key, required, "tuple", item, **flags)
    if origin in (FrozenDict, Mapping, dict) or t in (FrozenDict, Mapping, dict):
        args = get_args(t)
        if not args or args[1] is Any:
            return _Field(name, key, required, "map", **flags)
        entry = _analyse(name, key, True, args[1])
        return _Field(name, key, required, "map", entry, **flags)
    if origin in (typing.Union, types.UnionType) and t in _UNIONS:
        return _Field(name, key, required, "union", t, **flags)
    raise TypeError(f"{name}: no structuring rule for {t!r}")


def model_fields(cls: type[GorgiasModel]) -> list[_Field]:
    """How each field of ``cls`` (``extra`` aside) is read and written."""
    attrs.resolve_types(cls)
    out = []
    for a in attrs.fields(cls):
        if a.name == "extra":
            continue
        key = a.metadata.get(KEY, a.name)
        required = a.default is attrs.NOTHING
        if a.metadata.get(INT_FROM_STR):
            members = _members(a.type)
            flags = {"optional": Unset in members, "nullable": _NONE in members}
            out.append(_Field(a.name, key, required, "int_from_str", **flags))
        else:
            out.append(_analyse(a.name, key, required, a.type))
    return out


def _describe(f: _Field) -> str:
    """What a field expects, for the misfit report (``a str``, ``a Tag object``…)."""
    kind = f.kind
    if kind == "scalar":
        return "a " + _names(f.arg)
    if kind == "int_from_str":
        return "an integer or a decimal string"
    if kind == "timestamp":
        return "a datetime in a known spelling"
    if kind == "model":
        return f"a {f.arg.__name__} object"
    if kind == "union":
        return "an object of a known kind"
    if kind == "tuple":
        return "an array of valid items"
    return "an object of valid values"


# ---------------------------------------------------------------------------------------
# Per-value functions (lazy fields, the slow path, the strict converter, containers)


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
        return _timestamp
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


def _timestamp(value: Any) -> Timestamp:
    stamp = read(value)
    if stamp is None:
        if value.__class__ is str:
            raise ValueError(f"unparseable datetime {value!r}")
        raise TypeError(f"expected a datetime string, got {type(value).__name__}")
    return stamp


#: (converter id, class) whose structuring function is being generated right now.
_BUILDING: set[tuple[int, type]] = set()


def _model_hook(cls: type, converter: OrjsonConverter) -> Hook:
    """The hook structuring a *nested* ``cls`` (bound late if ``cls`` is being built)."""
    if (id(converter), cls) in _BUILDING:
        return lambda value: _nested(converter.get_structure_hook(cls))(value)
    return _nested(converter.get_structure_hook(cls))


def _nested(hook: Hook) -> Hook:
    """A lenient model hook's nested variant (the strict converter has only one)."""
    nested: Hook = getattr(hook, "nested", hook)
    return nested


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
    fields = model_fields(cls)
    building = (id(converter), cls)
    _BUILDING.add(building)
    try:
        value_fns = {f.name: _value_fn(f, converter, strict) for f in fields}
    finally:
        _BUILDING.discard(building)
    if strict:
        return _strict_function(cls, fields, value_fns)
    for f in fields:
        if f.kind != "scalar" and not f.required:
            lazy = LazyField(f.name, f.key, value_fns[f.name], _describe(f))
            type.__setattr__(cls, f.name, lazy)
    return _lenient_function(cls, fields, value_fns)


def _json_object(cls: type, o: Any, error: type[Exception]) -> dict[str, Any]:
    """``o`` as a plain dict (a copy if it is another mapping), or ``error``."""
    if o.__class__ is dict:
        return o
    if not isinstance(o, Mapping):
        raise error(f"{cls.__name__}: expected a JSON object, got {type(o).__name__}")
    plain: dict[str, Any] = thaw(dict(o))
    return plain


def _lenient_function(
    cls: type[GorgiasModel], fields: list[_Field], value_fns: dict[str, Hook]
) -> Hook:
    """The two structuring functions of ``cls`` (see :func:`_structure_factory`).

    The top-level one checks the ``id`` and keeps the payload: the scalars are checked
    together on the first read of any of them (:class:`~._lazy.ScalarField`), so a model
    only written back (``to_dict``, exports) never pays for them. The nested one, used
    when a field holding this model is first read, checks them at once: whoever reads a
    nested object reads its fields.
    """
    required = [f for f in fields if f.required]
    scalars = [f for f in fields if f.kind == "scalar" and not f.required]
    fill = _scalar_function(cls, scalars, value_fns)
    for f in scalars:
        type.__setattr__(cls, f.name, ScalarField(f.name, fill))
    new = object.__new__
    set_dict = object.__setattr__

    def slow(o: Any, _: Any = None) -> Any:
        """Not a dict, or no (valid) ``id``: copy a mapping, raise for the rest."""
        o = _json_object(cls, o, TypeError)
        d: dict[str, Any] = {}
        for f in required:
            if f.key not in o:
                raise ValueError(f"{cls.__name__}: the payload has no {f.key!r}")
            try:
                d[f.name] = value_fns[f.name](o[f.key])
            except Exception as exc:
                exc.add_note(f"structuring {cls.__name__}.{f.name}")
                raise
        d[RAW] = o
        inst = new(cls)
        set_dict(inst, "__dict__", d)
        return inst

    def slow_nested(o: Any, _: Any = None) -> Any:
        inst = slow(o)
        fill(inst.__dict__)
        return inst

    globs: dict[str, Any] = {
        "__cls": cls,
        "__U": UNSET,
        "__bad": _bad,
        "__new": new,
        "__set": set_dict,
        "__slow": slow,
        "__slow_nested": slow_nested,
    }
    ids = _entries(required, globs, "R")
    top: Hook = compile_function(_builder("structure", "__slow", ids), globs, "structure", cls)
    both = ids + _entries(scalars, globs, "S")
    nested: Hook = compile_function(
        _builder("structure_nested", "__slow_nested", both), globs, "structure_nested", cls
    )
    top.nested = nested  # type: ignore[attr-defined]
    return top


def _checks(fields: list[_Field], globs: dict[str, Any], prefix: str) -> list[tuple[str, str]]:
    """``(name, expression)`` reading and checking each scalar field of a payload ``o``.

    The expressions use ``g = o.get`` and raise on a value of the wrong JSON type.
    """
    checks = []
    for i, f in enumerate(fields):
        classes = f"__{prefix}{i}"
        if f.required:
            globs[classes] = f.arg
            get = f"o[{f.key!r}]"
        else:
            globs[classes] = f.arg | {_NONE, Unset}
            get = f"g({f.key!r}, __U)"
        checks.append((f.name, f"(v if (v := {get}).__class__ in {classes} else __bad(v))"))
    return checks


def _entries(fields: list[_Field], globs: dict[str, Any], prefix: str) -> list[str]:
    """The checks of ``fields`` as entries of a dict display."""
    return [f"      {name!r}: {expr}," for name, expr in _checks(fields, globs, prefix)]


def _builder(name: str, slow: str, entries: list[str]) -> list[str]:
    """The source of a structuring function: ``entries`` and the payload in one dict."""
    return [
        f"def {name}(o, _=None):",
        "  if o.__class__ is not dict:",
        f"    return {slow}(o)",
        "  g = o.get",
        "  try:",
        "    d = {",
        *entries,
        f"      {RAW!r}: o,",
        "    }",
        "  except Exception:",
        f"    return {slow}(o)",
        "  i = __new(__cls)",
        "  __set(i, '__dict__', d)",
        "  return i",
    ]


def _scalar_function(
    cls: type[GorgiasModel], scalars: list[_Field], value_fns: dict[str, Hook]
) -> Hook:
    """Store every scalar field of ``cls`` in a model's ``__dict__ d``, checked at once.

    A value that does not fit reads ``UNSET`` (and so shows in ``extra``) and is reported.
    """

    def slow(o: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in scalars:
            value = o.get(f.key, UNSET)
            if value is not UNSET and value is not None:
                try:
                    value = value_fns[f.name](value)
                except Exception:
                    report_misfit(cls, f.name, value, _describe(f))
                    value = UNSET
            out[f.name] = value
        return out

    globs: dict[str, Any] = {"__U": UNSET, "__bad": _bad, "__slow": slow}
    stores = [f"    d[{name!r}] = {expr}" for name, expr in _checks(scalars, globs, "S")]
    lines = [
        "def scalars(d):",
        f"  o = d[{RAW!r}]",
        "  g = o.get",
        "  try:",
        *(stores or ["    pass"]),
        "  except Exception:",
        "    d.update(__slow(o))",
    ]
    fill: Hook = compile_function(lines, globs, "scalars", cls)
    return fill


def _strict_function(
    cls: type[GorgiasModel], fields: list[_Field], value_fns: dict[str, Hook]
) -> Hook:
    known = frozenset(f.key for f in fields)

    def strict(o: Any, _: Any = None) -> Any:
        """Everything built at once; anything the reference does not describe raises."""
        o = _json_object(cls, o, StrictStructureError)
        for f in fields:
            if f.required and f.key not in o:
                raise StrictStructureError(f"{cls.__name__}: the payload has no {f.key!r}")
        kwargs: dict[str, Any] = {}
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
                raise StrictStructureError(f"{cls.__name__}.{f.name}: {exc}") from exc
        unknown = [key for key in o if key not in known]
        if unknown:
            raise StrictStructureError(f"{cls.__name__}: unknown keys {sorted(unknown)}")
        for f in fields:
            if not f.always_sent:
                continue
            if f.key not in o:
                raise StrictStructureError(
                    f"{cls.__name__}: the payload has no {f.key!r}, which the API always sends"
                )
            if o[f.key] is None and not f.nullable:
                raise StrictStructureError(f"{cls.__name__}.{f.name}: null, typed as never null")
        inst = cls(**kwargs, extra=EMPTY)
        inst.__dict__[RAW] = o
        return inst

    return strict


def _unstructure_factory(cls: type[GorgiasModel], converter: OrjsonConverter) -> Hook:
    fields = model_fields(cls)
    globs: dict[str, Any] = {"__U": UNSET, "__thaw": thaw}
    lines = [
        "def unstructure(obj):",
        f"  raw = obj.__dict__.get({RAW!r})",
        "  if raw is not None:",
        "    return __thaw(raw)",
        "  out = {}",
    ]
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
    unstructure: Hook = compile_function(lines, globs, "unstructure", cls)
    return unstructure


# ---------------------------------------------------------------------------------------
# The converters


def _build(*, strict: bool) -> OrjsonConverter:
    converter = make_converter(forbid_extra_keys=strict, detailed_validation=False)
    structure_factory: Any = _structure_factory
    unstructure_factory: Any = _unstructure_factory
    converter.register_structure_hook_factory(_is_model, structure_factory)
    converter.register_unstructure_hook_factory(_is_model, unstructure_factory)
    converter.register_structure_hook(Timestamp, lambda value, _: _timestamp(value))
    converter.register_unstructure_hook(Timestamp, _raw)
    converter.register_structure_hook(FrozenDict, lambda value, _: FrozenDict(value))
    converter.register_unstructure_hook(FrozenDict, FrozenDict.thaw)
    converter.register_unstructure_hook(Unset, _unset_error)
    return converter


def _unset_error(value: Any) -> Any:
    raise TypeError("UNSET cannot be unstructured on its own")


#: The package's converter (lenient: unknown keys and misfits are kept in ``extra``).
CONVERTER: Final = _build(strict=False)
install_converter(CONVERTER)


def make_strict_converter() -> OrjsonConverter:
    """A new converter that refuses unknown keys, wrong JSON types and unparseable dates."""
    return _build(strict=True)


def structure(data: Any, cls: type[T]) -> T:
    """Turn decoded JSON into ``cls`` (a model, or e.g. ``list[Ticket]``), losing nothing.

    The model keeps ``data`` (without copying it): don't mutate it afterwards.
    """
    return CONVERTER.structure(data, cls)


def structure_items(items: Iterable[Any], cls: type[T]) -> list[T]:
    """``[structure(item, cls) for item in items]``, looking the hook up once (pages)."""
    hook = CONVERTER.get_structure_hook(cls)
    return [hook(item, cls) for item in items]


def unstructure(obj: Any) -> Any:
    """Turn a model (or a list of models) back into plain JSON, exactly as received."""
    return CONVERTER.unstructure(obj)
