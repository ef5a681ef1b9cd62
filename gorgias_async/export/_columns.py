"""The typed columns every tabular format writes besides the whole record.

A resource's columns are the fields its catalog row names (:class:`~gorgias_async.
resources._catalog.Export`), in that order; the type of each follows from its name, here,
once, for every format (CSV, SQLite, Parquet, DuckDB, and the dlt source's hints):

- ``id``, ``…_id`` and ``….id`` (but ``external_id``, ``message_id``): integers;
- ``…_datetime``: instants, written in UTC (CSV/SQLite: ISO 8601 with microseconds and
  ``Z``, which sorts as time does — the spelling Gorgias sends most,
  ``YYYY-MM-DDTHH:MM:SS.ffffff+00:00``, only changes its suffix, unchecked, for speed;
  Parquet/DuckDB: timestamps with time zone, always parsed);
- a few known flags and counts: booleans and integers;
- ``tags``: the tags' names (CSV/SQLite: joined by ``", "``; Parquet/DuckDB: a list);
- anything else: text (a nested object or list: its JSON).

A value of another type than its column's (the API is not always consistent) is written
as text in CSV/SQLite and left empty in the typed formats; the record column always has
it exactly as sent. The record column is :data:`RECORD` in every format.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any, Literal

import attrs

from .. import _json
from .._datetime import read

#: The column holding the whole record as JSON, in every format.
RECORD = "record"

Kind = Literal["integer", "boolean", "datetime", "names", "text"]

#: Fields whose name does not tell their type.
BOOLEANS = frozenset(
    {"active", "archived", "from_agent", "is_unread", "public", "required", "spam"}
)
INTEGERS = frozenset({"duration", "messages_count", "order", "score", "usage"})
#: Ids that are not Gorgias ids (strings of another system).
TEXT_IDS = frozenset({"external_id", "message_id"})


def kind_of(path: str) -> Kind:
    """The type of the column at ``path`` (a dotted field path), by the rules above."""
    field = path.rsplit(".", 1)[-1]
    if field.endswith("_datetime"):
        return "datetime"
    if field == "tags":
        return "names"
    if field in BOOLEANS:
        return "boolean"
    if field in INTEGERS or ((field == "id" or field.endswith("_id")) and field not in TEXT_IDS):
        return "integer"
    return "text"


def utc(value: Any) -> datetime | None:
    """The instant a datetime field holds (any spelling Gorgias sends), or None."""
    moment = read(value) if isinstance(value, str) else None
    return None if moment is None else moment.astimezone(UTC)


def iso(value: Any) -> Any:
    """A datetime field as UTC ISO 8601 with microseconds and ``Z`` (unreadable: as sent)."""
    if type(value) is str and len(value) == 32 and value[10] == "T" and value[26:] == "+00:00":
        return value[:26] + "Z"  # the spelling Gorgias sends most: UTC with microseconds
    moment = utc(value)
    if moment is None:
        return value
    return moment.isoformat(timespec="microseconds")[:-6] + "Z"  # "+00:00" → "Z"


def _names(value: Any) -> list[str] | None:
    if not isinstance(value, list):
        return None
    return [str(item.get("name")) if isinstance(item, dict) else str(item) for item in value]


def _getter(path: str) -> Callable[[dict[str, Any]], Any]:
    """A fast reader of the value at ``path`` (None where absent)."""
    parts = path.split(".")
    if len(parts) == 1:
        return lambda record: record.get(path)
    head, rest = parts[0], parts[1:]

    def get(record: dict[str, Any]) -> Any:
        value: Any = record.get(head)
        for part in rest:
            if not isinstance(value, dict):
                return None
            value = value.get(part)
        return value

    return get


@attrs.frozen
class Column:
    """One typed column: where its value is in a record and what type it has.

    Attributes:
        path: the field's dotted path (``customer.id``); CSV's header spells it so.
        kind: its type (:data:`Kind`).
    """

    path: str
    kind: Kind = attrs.field()
    get: Callable[[dict[str, Any]], Any] = attrs.field(eq=False, repr=False)

    @kind.default
    def _kind(self) -> Kind:
        return kind_of(self.path)

    @get.default
    def _get(self) -> Callable[[dict[str, Any]], Any]:
        return _getter(self.path)

    @property
    def name(self) -> str:
        """The SQL (and Parquet) column name: dots become underscores (``customer_id``)."""
        return self.path.replace(".", "_")

    @property
    def is_reference(self) -> bool:
        """Whether it holds the id of another record (``customer.id``, ``ticket_id``)."""
        return self.kind == "integer" and (self.path.endswith((".id", "_id")))

    def typed(self, record: dict[str, Any]) -> Any:
        """The value for a typed format (Parquet, DuckDB): of the column's type, or None."""
        value = self.get(record)
        if value is None:
            return None
        kind = self.kind
        if kind == "datetime":
            return utc(value)
        if kind == "names":
            return _names(value)
        if kind == "boolean":
            return value if isinstance(value, bool) else None
        if kind == "integer":
            return value if isinstance(value, int) and not isinstance(value, bool) else None
        if isinstance(value, dict | list):
            return _json.dumps(value).decode()
        return utf8_text(value) if isinstance(value, str) else str(value)


def utf8_text(text: str) -> str:
    """``text`` as UTF-8 can hold it: a lone surrogate becomes its ``\\udxxx`` escape (the
    record column keeps it exactly)."""
    if text.isascii():
        return text
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _text(value: Any) -> Any:
    """A value for a text format that is not a string, int or None: booleans as 0/1,
    objects and lists as JSON, anything else as it is."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, dict | list):
        return _json.dumps(value).decode()
    return value


def _str(value: Any) -> str:
    return str(_text(value))


#: :func:`iso` inline for its common case (the compiled rows below).
_ISO = '(v[:26] + "Z" if len(v) == 32 and v[10] == "T" and v[26:] == "+00:00" else iso(v))'

#: The tags' names joined, inline (``v`` a list; as :func:`_names`).
_NAMES = '", ".join([str(t.get("name")) if type(t) is dict else str(t) for t in v])'

#: Per kind, the expression of a column's value for SQLite, ``v`` being the field's value
#: (None, an int or a string): the common values (a string in a text column, an int in an
#: integer one) pass as they are, the others go through :func:`_text`.
_SQL_EXPRESSIONS = {
    "text": "v if (v := {get}) is None or type(v) is str else _text(v)",
    "integer": "v if (v := {get}) is None or type(v) is int else _text(v)",
    "boolean": "None if (v := {get}) is None else _text(v)",
    "datetime": "None if (v := {get}) is None else " + _ISO + " if type(v) is str else _text(v)",
    "names": "None if (v := {get}) is None else " + _NAMES + " if type(v) is list else _text(v)",
}
#: The same, for a statement that binds values as they are wherever sqlite3 stores them as
#: the checked expression would (a boolean binds as 0/1, and TEXT or INTEGER affinity
#: converts any other scalar alike): only objects and lists, which sqlite3 refuses to
#: bind, need the check — a refused row is written again with :data:`_SQL_EXPRESSIONS`.
_SQL_AS_BOUND = {**_SQL_EXPRESSIONS, "text": "{get}", "integer": "{get}", "boolean": "{get}"}
#: The same values as CSV cells: strings, ``""`` for None.
_CSV_EXPRESSIONS = {
    "text": '"" if (v := {get}) is None else v if type(v) is str else _str(v)',
    "integer": '"" if (v := {get}) is None else str(v) if type(v) is int else _str(v)',
    "boolean": '"" if (v := {get}) is None else _str(v)',
    "datetime": '"" if (v := {get}) is None else ' + _ISO + " if type(v) is str else _str(v)",
    "names": '"" if (v := {get}) is None else ' + _NAMES + " if type(v) is list else _str(v)",
}


def _access(path: str) -> str:
    """The expression reading ``path`` from ``r`` (None where a level is missing)."""
    fields = path.split(".")
    access = f"r.get({fields[0]!r})"
    for depth, field in enumerate(fields[1:]):
        level = f"d{depth}"
        access = f"({level}.get({field!r}) if type({level} := {access}) is dict else None)"
    return access


def _compile(
    columns: tuple[Column, ...], expressions: dict[str, str], first: str, last: str = ""
) -> Callable[[dict[str, Any]], tuple[Any, ...]]:
    parts = [first] + [f"({expressions[c.kind].format(get=_access(c.path))})" for c in columns]
    parts += [last] if last else []
    source = f"def row(r):\n    return ({', '.join(parts)},)\n"
    scope: dict[str, Any] = {"_text": _text, "_str": _str, "iso": iso, "_dumps": _json.dumps}
    exec(compile(source, f"<row of {len(columns)} columns>", "exec"), scope)
    row: Callable[[dict[str, Any]], tuple[Any, ...]] = scope["row"]
    return row


@functools.cache
def sql_row(
    columns: tuple[Column, ...], *, as_bound: bool = False
) -> Callable[[dict[str, Any]], tuple[Any, ...]]:
    """The function giving a record's SQLite row: its id, then per column None, an int or
    a string (booleans as 0/1, datetimes as :func:`iso`, tags as names joined by
    ``", "``, objects as JSON), then the whole record as JSON bytes (bound as a BLOB: the
    statement casts it to TEXT, which spares a decode and an encode of every record).

    ``as_bound``: text, integer and boolean values as they are, which sqlite3 stores as
    the checked row would, or refuses (an object or a list): the statement is then run
    again with the checked row.

    It is compiled once per column set, one expression per column (no call per value for
    the common types): with some twenty columns this is what keeps CSV and SQLite close
    to the speed of JSONL.
    """
    expressions = _SQL_AS_BOUND if as_bound else _SQL_EXPRESSIONS
    return _compile(columns, expressions, 'r["id"]', "_dumps(r)")


@functools.cache
def csv_cells(columns: tuple[Column, ...]) -> Callable[[dict[str, Any]], tuple[str, ...]]:
    """The same as :func:`sql_row` (without the record), as CSV's unquoted cells
    (strings, ``""`` for None)."""
    return _compile(columns, _CSV_EXPRESSIONS, 'str(r["id"])')


def columns_of(paths: Sequence[str]) -> tuple[Column, ...]:
    """The typed columns of a resource whose catalog row names ``paths``."""
    return tuple(Column(path) for path in paths)
