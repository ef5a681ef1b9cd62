"""``Timestamp``: a datetime as Gorgias spelled it, parsed on demand.

Gorgias spells datetimes several ways (reference §10): naive
``2019-11-16T15:59:41.966927``, ``+00:00`` with or without microseconds, ``Z``, a space
for the ``T``, and broken ones such as ``2020-07-1300:00:00-05:00``. A :class:`Timestamp`
keeps the string exactly as received (:attr:`Timestamp.raw`) — equality, hashing and
unstructuring use it, so a round trip reproduces the original byte for byte — and parses it
lazily, once, on first access of :attr:`Timestamp.value`:

1. :meth:`datetime.fromisoformat`;
2. then a few repairs (a missing ``T`` between date and time, a trailing ``UTC``/``GMT``
   or ``Z`` after an offset, more than six fraction digits, a ``+HH`` offset);
3. naive results are taken as UTC, so :attr:`~Timestamp.value` is always aware.

A string that parses in no known way still structures fine; its ``value`` is ``None``.
Structuring never parses, which keeps it fast; ordering compares parsed values.
"""

from __future__ import annotations

import functools
import re
from datetime import UTC, datetime
from typing import Any, Final

__all__ = ["Timestamp", "format_datetime", "parse_datetime"]

_NOT_PARSED: Final[Any] = object()

_REPAIRS: Final = (
    # 2020-07-1300:00:00-05:00: the T between date and time went missing.
    (re.compile(r"^(\d{4}-\d{2}-\d{2})(\d{2}:\d{2})"), r"\1T\2"),
    # "... UTC" / "... GMT" / "...Z" after a time, or "+00:00Z".
    (re.compile(r"(?:\s*(?:UTC|GMT)|(?<=[+-]\d\d:\d\d)Z)$", re.IGNORECASE), "+00:00"),
    # Offsets spelled "+HH" only.
    (re.compile(r"([+-]\d{2})$"), r"\1:00"),
    # A space before the offset: "2019-11-16 15:59:41 +00:00".
    (re.compile(r"\s+([+-]\d{2}:?\d{2})$"), r"\1"),
    # Lower-case t / z.
    (re.compile(r"^(\d{4}-\d{2}-\d{2})t"), r"\1T"),
    (re.compile(r"z$"), "Z"),
)


def parse_datetime(text: str) -> datetime | None:
    """Parse any spelling Gorgias is seen to send; ``None`` if none fits. Naive → UTC."""
    text = text.strip()
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        repaired = text
        for pattern, replacement in _REPAIRS:
            repaired = pattern.sub(replacement, repaired)
        try:
            parsed = datetime.fromisoformat(repaired)
        except ValueError:
            return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed


def format_datetime(moment: datetime) -> str:
    """The spelling to send Gorgias: UTC, microseconds, ``Z`` (naive is taken as UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


@functools.total_ordering
class Timestamp:
    """A datetime field's value: the raw string as received, parsed lazily.

    Attributes:
        raw: the string exactly as the server sent it (what unstructuring writes back).
    """

    __slots__ = ("_value", "raw")

    raw: str
    _value: Any

    def __init__(self, raw: str) -> None:
        if raw.__class__ is not str:
            raise TypeError(f"a timestamp must be a string, not {type(raw).__name__}")
        self.raw = raw
        self._value = _NOT_PARSED

    @classmethod
    def from_datetime(cls, moment: datetime) -> Timestamp:
        """A timestamp for ``moment``, spelled as :func:`format_datetime` does."""
        stamp = cls(format_datetime(moment))
        stamp._value = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
        return stamp

    @property
    def value(self) -> datetime | None:
        """The parsed, timezone-aware datetime, or ``None`` if :attr:`raw` parses no known way."""
        value = self._value
        if value is _NOT_PARSED:
            value = self._value = parse_datetime(self.raw)
        return value  # type: ignore[no-any-return]

    @property
    def is_valid(self) -> bool:
        """Whether :attr:`raw` parses."""
        return self.value is not None

    def __str__(self) -> str:
        return self.raw

    def __repr__(self) -> str:
        return f"Timestamp({self.raw!r})"

    def __eq__(self, other: object) -> bool:
        if other.__class__ is Timestamp:
            return self.raw == other.raw
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self.raw)

    def __lt__(self, other: Timestamp) -> bool:
        """Order by instant; unparseable timestamps sort first, by raw string."""
        if not isinstance(other, Timestamp):
            return NotImplemented
        mine, theirs = self.value, other.value
        if mine is not None and theirs is not None:
            return mine < theirs
        return (mine is not None, self.raw) < (theirs is not None, other.raw)

    def __reduce__(self) -> tuple[Any, ...]:
        return (Timestamp, (self.raw,))
