"""Fields built from the payload on first access, and the report of values that do not fit.

A model read from JSON holds its ``id`` and its payload (under ``_raw``) in its
``__dict__``. Every other field is a non-data descriptor on the class, so it runs only
while the instance's ``__dict__`` lacks the name; once the value is stored there, reads
are plain attribute reads:

* :class:`ScalarField` (strings, numbers, booleans): the first read of any of them checks
  and stores them all — they are the payload's own objects, so threads racing on it store
  the very same ones;
* :class:`LazyField` (models, tuples, free-form JSON, datetimes, typed maps): the first
  access builds the value and stores it with ``dict.setdefault``, which is atomic, so
  threads racing on a first access all get the one value that was stored.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, Final

from ._base import RAW, UNSET

__all__ = ["LazyField", "ScalarField", "report_misfit"]

logger: Final = logging.getLogger("gorgias_async.models")

_REPORTED: set[tuple[str, str]] = set()
_REPORTED_LOCK = threading.Lock()


def report_misfit(cls: type, name: str, value: Any, expected: str) -> None:
    """Log (once per model field, at WARNING) that a value was kept in ``extra``.

    Only the value's JSON type is named, never the value: payloads may hold secrets.
    """
    where = (cls.__qualname__, name)
    with _REPORTED_LOCK:
        first = where not in _REPORTED
        _REPORTED.add(where)
    logger.log(
        logging.WARNING if first else logging.DEBUG,
        "%s.%s: the server sent a %s that is not %s; the field reads UNSET and the value "
        "is kept, as received, in extra%s",
        cls.__qualname__,
        name,
        type(value).__name__,
        expected,
        " (further ones are logged at DEBUG)" if first else "",
    )


class LazyField:
    """A nested field of a model read from JSON: built on first access, then cached."""

    __slots__ = ("build", "expected", "key", "name")

    def __init__(self, name: str, key: str, build: Callable[[Any], Any], expected: str) -> None:
        self.name = name
        self.key = key
        self.build = build
        self.expected = expected

    def __get__(self, inst: Any, owner: Any = None) -> Any:
        if inst is None:
            return self
        d = inst.__dict__
        value = d[RAW].get(self.key, UNSET)
        if value is not None and value is not UNSET:
            try:
                value = self.build(value)
            except Exception:
                report_misfit(type(inst), self.name, value, self.expected)
                value = UNSET
        return d.setdefault(self.name, value)

    def __repr__(self) -> str:
        return f"<lazy field {self.name!r}>"


class ScalarField:
    """A scalar field of a model read from JSON: all scalars are checked on first access.

    The first read of any scalar (string, number, boolean) checks them all against the
    payload in one pass and stores them; later reads are plain attribute reads. The
    values stored are the payload's own objects, so threads racing on the first read
    store the very same ones.
    """

    __slots__ = ("fill", "name")

    def __init__(self, name: str, fill: Callable[[dict[str, Any]], None]) -> None:
        self.name = name
        self.fill = fill

    def __get__(self, inst: Any, owner: Any = None) -> Any:
        if inst is None:
            return self
        d = inst.__dict__
        self.fill(d)
        return d[self.name]

    def __repr__(self) -> str:
        return f"<scalar field {self.name!r}>"
