"""Datetimes, in one place: how Gorgias spells them, how we read them and how we send them.

Reading (:func:`parse`, :class:`Timestamp`)
    Gorgias spells datetimes several ways (reference §10): naive
    ``2019-11-16T15:59:41.966927``, ``+00:00`` with or without microseconds, ``Z``, a space
    for the ``T``, and broken ones such as ``2020-07-1300:00:00-05:00``. :func:`parse` tries
    :meth:`datetime.fromisoformat`, then a few repairs (a missing ``T``, a trailing
    ``UTC``/``GMT``, ``Z`` after an offset, a ``+HH`` offset, lower-case ``t``/``z``); naive
    results are taken as UTC, so every parsed value is aware. A string no known spelling
    parses gives ``None``: the models then keep it, as received, in ``extra``.

    Models hold datetimes as :class:`Timestamp`: a real :class:`datetime` (aware, compares,
    sorts and computes like any other) that also remembers the exact string the server sent
    (:attr:`Timestamp.raw`), which is what unstructuring writes back.

Sending (:func:`to_query`, :func:`to_body`)
    Query parameters (``created_datetime[gte]=…``) are UTC with a ``Z``; request bodies are
    UTC with microseconds and a ``Z``. Naive values are taken as UTC in both.

Taking an instant from a caller (:func:`instant`)
    A datetime or a string in any spelling :func:`parse` reads (a ``--since``, a filter
    bound), as an aware datetime; a bad one is a ``ValueError``/``TypeError`` naming the
    argument. :func:`now` is the clock, aware and UTC.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any, Final

__all__ = ["Timestamp", "instant", "now", "parse", "read", "to_body", "to_query"]

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


class Timestamp(datetime):
    """A datetime read from Gorgias: an aware :class:`datetime` that keeps its spelling.

    It is a real ``datetime`` — subtract it, compare it, ``.astimezone()`` it, pass it to any
    library — always timezone-aware (a naive server value is UTC). :attr:`raw` is the string
    exactly as the server sent it, and what :func:`~gorgias_async.models.unstructure`
    writes back, so a round trip reproduces the payload byte for byte.

    Equality, hashing and ordering are those of ``datetime`` (by instant); two models whose
    datetimes differ only in spelling are still different models. Arithmetic results
    (``stamp + timedelta(…)``, ``stamp.replace(…)``) are new instants: their :attr:`raw` is
    the spelling :func:`to_body` gives.

    Build one with :meth:`parse` (a server string) or :meth:`from_datetime`.
    """

    __slots__ = ("_raw",)

    _raw: str

    @classmethod
    def parse(cls, raw: str) -> Timestamp:
        """The timestamp a server string spells; ``ValueError`` if no known spelling fits."""
        stamp = read(raw)
        if stamp is None:
            raise ValueError(f"unparseable datetime {raw!r}")
        return stamp

    @classmethod
    def from_datetime(cls, moment: datetime) -> Timestamp:
        """``moment`` as a timestamp (naive is taken as UTC), spelled as :func:`to_body` does."""
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        stamp = cls(
            moment.year,
            moment.month,
            moment.day,
            moment.hour,
            moment.minute,
            moment.second,
            moment.microsecond,
            moment.tzinfo,
            fold=moment.fold,
        )
        stamp._raw = to_body(moment)
        return stamp

    @property
    def raw(self) -> str:
        """The string as the server sent it (for a computed instant: :func:`to_body`)."""
        try:
            return self._raw
        except AttributeError:
            return to_body(self)

    def __str__(self) -> str:
        return self.raw

    def __repr__(self) -> str:
        return f"Timestamp({self.raw!r})"

    def __reduce_ex__(self, protocol: Any) -> tuple[Any, ...]:
        # datetime pickles as (class, state); the spelling is this subclass's own slot.
        reduced = super().__reduce_ex__(protocol)
        assert isinstance(reduced, tuple)
        try:
            return (*reduced[:2], (None, {"_raw": self._raw}))
        except AttributeError:
            return reduced


def read(raw: Any) -> Timestamp | None:
    """The :class:`Timestamp` of a server value, or ``None`` if it parses no known way."""
    try:
        stamp = Timestamp.fromisoformat(raw)
    except ValueError:
        repaired = _repair(raw)
        if repaired is None:
            return None
        stamp = repaired
    except TypeError:
        return None
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=UTC)
    stamp._raw = raw
    return stamp


def _repair(text: str) -> Timestamp | None:
    repaired = text.strip()
    for pattern, replacement in _REPAIRS:
        repaired = pattern.sub(replacement, repaired)
    try:
        return Timestamp.fromisoformat(repaired)
    except ValueError:
        return None


def parse(text: str) -> datetime | None:
    """Parse any spelling Gorgias is seen to send; ``None`` if none fits. Naive → UTC."""
    return read(text)


def to_body(moment: datetime) -> str:
    """The spelling to send Gorgias in a body: UTC, microseconds, ``Z`` (naive is UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def instant(value: datetime | str, name: str) -> datetime:
    """The aware datetime a caller means by ``value``: a datetime (naive is UTC) or a string
    in any spelling :func:`parse` reads; ``ValueError``/``TypeError`` name ``name``."""
    if isinstance(value, str):
        stamp = read(value)
        if stamp is None:
            raise ValueError(f"{name} is not an ISO 8601 datetime: {value!r}")
        value = datetime.fromisoformat(stamp.isoformat())  # a plain datetime, not a Timestamp
    if not isinstance(value, datetime):
        raise TypeError(f"{name} must be a datetime or an ISO string")
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def to_query(value: datetime | str, name: str) -> str:
    """A datetime for a query parameter: UTC with ``Z`` (naive values are taken as UTC).

    ``value`` may be a string (see :func:`instant`); ``ValueError``/``TypeError`` name the
    parameter.
    """
    moment = instant(value, name).astimezone(UTC).replace(tzinfo=None)
    return datetime.isoformat(moment) + "Z"


def now() -> datetime:
    """The current instant, aware, UTC."""
    return datetime.now(UTC)
