"""Argument checks that run before any request: clear errors naming the argument.

The one home of the generic checks (ints in a range, positive numbers, flags, strings, API
paths, ids, page sizes, choices, list filters): ``TypeError`` for a value of the wrong
type, ``ValueError`` for one out of range, each naming the argument. Rules that belong to
one endpoint or option (a statistic's name, mutually exclusive arguments) stay with it and
use these for their parts.
"""

from __future__ import annotations

import types
from collections.abc import Mapping, Sequence
from typing import Any, Literal, Required, Union, get_args, get_origin, get_type_hints

from ._datetime import to_query

MAX_IDS = 100


def _type_name(value: object) -> str:
    return type(value).__name__


def check_int(
    value: object,
    name: str,
    *,
    low: int | None = None,
    high: int | None = None,
    wrong_type: type[Exception] = TypeError,
) -> int:
    """An int (not a bool) within ``low``–``high`` (each bound optional).

    ``wrong_type`` is raised for a value that is not an int at all (``ValueError`` where
    an option has always answered that way).
    """
    if isinstance(value, bool) or not isinstance(value, int):
        if wrong_type is TypeError:
            raise TypeError(f"{name} must be an int, not {_type_name(value)}")
        raise wrong_type(f"{name} must be {_bounds(low, high)}, not {value!r}")
    if (low is not None and value < low) or (high is not None and value > high):
        raise ValueError(f"{name} must be {_bounds(low, high)}, not {value!r}")
    return value


def _bounds(low: int | None, high: int | None) -> str:
    if low is not None and high is not None:
        return f"between {low} and {high}"
    if low is not None:
        return f">= {low}"
    return f"<= {high}" if high is not None else "an int"


def check_positive(value: object, name: str, *, zero: bool = False) -> float:
    """A number (not a bool) above 0 (or at least 0 with ``zero``)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"{name} must be a number, not {_type_name(value)}")
    if value < 0 or (value == 0 and not zero):
        wanted = ">= 0" if zero else "a positive number"
        raise ValueError(f"{name} must be {wanted}, not {value!r}")
    return float(value)


def check_bool(value: object, name: str) -> bool:
    """``True`` or ``False``."""
    if not isinstance(value, bool):
        raise TypeError(f"{name} must be a bool, not {_type_name(value)}")
    return value


def check_str(value: object, name: str, *, empty: bool = True) -> str:
    """A str (a non-empty one unless ``empty``)."""
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, not {_type_name(value)}")
    if not empty and not value:
        raise ValueError(f"{name} must be a non-empty str")
    return value


def check_api_path(value: object, name: str = "path") -> str:
    """A path relative to the API base URL: ``/tickets``, ``/tickets/1/tags``."""
    if not isinstance(value, str) or not value.startswith("/") or "//" in value:
        raise ValueError(
            f"{name} must be an API path relative to base_url, like '/tickets', not {value!r}"
        )
    return value


def check_id(value: object, name: str = "id") -> int:
    """A positive integer id, or TypeError/ValueError naming ``name``."""
    number = check_int(value, name)
    if number < 1:
        raise ValueError(f"{name} must be a positive integer, not {number}")
    return number


def check_limit(value: object, name: str = "limit") -> int:
    """A page size in 1–100."""
    return check_int(value, name, low=1, high=100)


def check_choice(value: object, choices: Sequence[str], name: str) -> str:
    """One of ``choices``."""
    if value not in choices:
        raise ValueError(f"{name} must be one of {', '.join(map(repr, choices))}, not {value!r}")
    return str(value)


def check_ids(
    value: object, name: str, *, max_items: int = MAX_IDS, min_items: int = 0
) -> list[int]:
    """A non-string sequence of positive ids, ``min_items`` to ``max_items`` long."""
    if isinstance(value, str | bytes) or not isinstance(value, Sequence):
        raise TypeError(f"{name} must be a sequence of ints")
    if len(value) > max_items:
        raise ValueError(f"{name} takes at most {max_items} ids, got {len(value)}")
    if len(value) < min_items:
        raise ValueError(f"{name} takes at least {min_items} id(s), got {len(value)}")
    return [check_id(item, name) for item in value]


def check_filters(filters: Mapping[str, Any], spec: type, orders: Sequence[str]) -> dict[str, Any]:
    """Validate keyword filters against a ``TypedDict`` spec; return query parameters.

    Unknown names raise TypeError, and so does a missing one the spec requires
    (``Required[...]``); values are checked by their declared type: ``*_id``
    ints must be positive, ``Literal`` values must be among the choices (``order_by``
    among ``orders``), sequences of ints are ids (at most 100), datetime ranges become
    deepObject parameters (``created_datetime[gte]=…``). ``None`` values are dropped.
    """
    # With postponed annotations a TypedDict cannot see ``Required[...]`` itself (its
    # ``__required_keys__`` stays empty): read it from the evaluated hints.
    declared = get_type_hints(spec, include_extras=True)
    required = [name for name, hint in declared.items() if get_origin(hint) is Required]
    hints = get_type_hints(spec)
    for name in required:
        if filters.get(name) is None:
            choices = get_args(hints[name]) if get_origin(hints[name]) is Literal else ()
            detail = f": {' or '.join(map(repr, choices))}" if choices else ""
            raise TypeError(f"{name} is required{detail}")
    params: dict[str, Any] = {}
    for name, value in filters.items():
        if name not in hints:
            known = ", ".join(sorted(hints)) or "none"
            raise TypeError(f"unexpected filter {name!r} (this endpoint takes: {known})")
        if value is None:
            continue
        if name == "order_by":
            params[name] = check_choice(value, orders, "order_by")
            continue
        params.update(_check_value(name, value, hints[name]))
    return params


def _check_value(name: str, value: Any, hint: Any) -> dict[str, Any]:
    origin = get_origin(hint)
    if origin in (Union, types.UnionType):
        errors: list[Exception] = []
        for option in get_args(hint):
            try:
                return _check_value(name, value, option)
            except (TypeError, ValueError) as exc:
                errors.append(exc)
        raise errors[-1]
    if origin is Literal:
        return {name: check_choice(value, [str(a) for a in get_args(hint)], name)}
    if hint is bool:
        return {name: check_bool(value, name)}
    if hint is int:
        return {name: check_id(value, name)}
    if hint is str:
        return {name: check_str(value, name)}
    if origin in (Sequence, list) and get_args(hint) == (int,):
        return {name: check_ids(value, name)}
    if origin in (Sequence, list) and get_args(hint) == (str,):
        if isinstance(value, str) or not all(isinstance(v, str) for v in value):
            raise TypeError(f"{name} must be a sequence of str")
        return {name: list(value)}
    if origin in (Mapping, dict):
        return _datetime_range(name, value)
    raise TypeError(f"{name}: unsupported filter type {hint!r}")  # pragma: no cover


COMPARATORS = ("gt", "gte", "lt", "lte")


def _datetime_range(name: str, value: Any) -> dict[str, Any]:
    if not isinstance(value, Mapping):
        raise TypeError(f"{name} must be a mapping like {{'gte': datetime}}")
    out = {}
    for op, bound in value.items():
        check_choice(op, COMPARATORS, f"{name} comparator")
        out[f"{name}[{op}]"] = to_query(bound, f"{name}[{op}]")
    return out
