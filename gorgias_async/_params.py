"""Query-string encoding as Gorgias reads it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from ._datetime import to_query


def _scalar(value: Any, key: str) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        return to_query(value, key)
    return str(value)


def encode_params(params: Mapping[str, Any] | None) -> list[tuple[str, str]]:
    """Pairs for a query string: lists repeat the key, mappings become ``key[sub]``.

    ``ticket_ids=[1, 2]`` → ``ticket_ids=1&ticket_ids=2``; ``created_datetime={"gte": …}``
    → ``created_datetime[gte]=…``; booleans are ``true``/``false``; datetimes are UTC with
    ``Z`` (:func:`~._datetime.to_query`); ``None`` is dropped.
    """
    pairs: list[tuple[str, str]] = []
    for key, value in (params or {}).items():
        if value is None:
            continue
        if isinstance(value, Mapping):
            pairs.extend(
                (f"{key}[{sub}]", _scalar(v, f"{key}[{sub}]"))
                for sub, v in value.items()
                if v is not None
            )
        elif isinstance(value, Sequence) and not isinstance(value, str | bytes):
            pairs.extend((key, _scalar(item, key)) for item in value)
        else:
            pairs.append((key, _scalar(value, key)))
    return pairs
