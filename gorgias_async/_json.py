"""JSON in and out: orjson, with a fallback for the strings orjson refuses.

Gorgias can send any string its users typed, lone UTF-16 surrogates included
(``"\\ud800"`` escapes from a truncated emoji). orjson refuses those both ways; the
standard library accepts them. Everything else takes orjson's fast path, so the fallback
costs nothing on ordinary data — and an object decoded here always encodes again.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any, NoReturn

import orjson

__all__ = ["INDENT", "SORT_KEYS", "dumps", "dumps_lines", "loads"]

#: ``option`` flags of :func:`dumps`: indented output, and keys in sorted order.
INDENT = orjson.OPT_INDENT_2
SORT_KEYS = orjson.OPT_SORT_KEYS


def _refuse_constant(name: str) -> NoReturn:
    raise ValueError(f"{name} is not JSON")


def loads(data: bytes | bytearray | memoryview | str) -> Any:
    """Decode JSON text (``ValueError`` if it is not JSON)."""
    try:
        return orjson.loads(data)
    except orjson.JSONDecodeError:
        # Lone surrogates are valid JSON escapes that orjson refuses; NaN and Infinity
        # are not JSON at all, so the fallback refuses them like orjson.
        text = bytes(data).decode("utf-8") if not isinstance(data, str) else data
        return json.loads(text, parse_constant=_refuse_constant)


def dumps(
    value: Any, *, option: int | None = None, default: Callable[[Any], Any] | None = None
) -> bytes:
    """Encode ``value`` as compact JSON bytes (orjson's ``option`` flags and ``default``)."""
    try:
        return orjson.dumps(value, option=option, default=default)
    except TypeError:
        if not _has_surrogates(value):
            raise
        # ensure_ascii escapes the surrogates, so the bytes stay valid UTF-8.
        flags = option or 0
        text = json.dumps(
            value,
            ensure_ascii=True,
            separators=(",", ": ") if flags & INDENT else (",", ":"),
            indent=2 if flags & INDENT else None,
            sort_keys=bool(flags & SORT_KEYS),
            allow_nan=False,
            default=default,
        )
        return text.encode("ascii")


def dumps_lines(values: Sequence[Any]) -> list[bytes]:
    """Each value as one compact JSON line (``\\n``-terminated): JSONL."""
    try:
        return [orjson.dumps(value, option=orjson.OPT_APPEND_NEWLINE) for value in values]
    except TypeError:
        return [dumps(value) + b"\n" for value in values]


def _has_surrogates(value: Any) -> bool:
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return True
        return False
    if isinstance(value, dict):
        return any(_has_surrogates(k) or _has_surrogates(v) for k, v in value.items())
    if isinstance(value, list | tuple):
        return any(_has_surrogates(item) for item in value)
    return False
