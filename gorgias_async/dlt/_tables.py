"""A stream's records as rows of flat dlt tables: the lists become tables made here.

Why not dlt's own nesting: dlt merges a root table and its nested tables as one chain,
and the chain's insert picks the root rows from the staging dataset by ``_dlt_id``
without deduplicating them. A load job that dlt runs again after a crash (its insert into
the staging dataset committed, the job not yet marked done: dlt-hub/dlt#3023, still so in
dlt 1.31) then leaves byte-identical copies of those rows. A table without nested tables
is merged by its primary key, deduplicated first, so a job run twice changes nothing.

So every table loaded here is such a table. The lists dlt would nest (the same ones, by
dlt's nesting rule) are taken out of the record and loaded as tables of their own, with
the names and link columns dlt gives nested tables (``tickets__tags`` with
``_dlt_parent_id``, ``_dlt_list_idx``, ``_dlt_root_id``), keyed by ``_dlt_id`` (derived
from the record's id and the row's place) and merged by ``_dlt_root_id``: each load of a
record replaces every row below it. A marker row per table and record, flagged deleted so
it is never inserted, makes that true also for a list now empty or a record deleted.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import dlt
from dlt.common.schema import Schema
from dlt.common.schema.typing import TColumnSchema, TTableSchema
from dlt.extract.hints import TResourceHints

#: The column of a deletion row: dlt deletes the rows with its key (``hard_delete``).
DELETED = "_gorgias_deleted"
#: Lists below this depth become child tables (``tickets__tags``); deeper ones stay JSON.
MAX_TABLE_NESTING = 2
ROW_KEY = "_dlt_id"
PARENT_KEY = "_dlt_parent_id"
LIST_INDEX = "_dlt_list_idx"
ROOT_KEY = "_dlt_root_id"
#: The table hint naming the root table a child table belongs to.
ROOT_HINT = "x-gorgias-root"

#: The columns of every table besides the record's: the deletion marker, and the row key
#: without dlt's default ``unique``: where that becomes a constraint (Postgres'
#: ``create_indexes``), a load job run again after a crash fails on it at every retry,
#: where without it the rows staged twice are deduplicated by the merge.
KEY_COLUMNS: dict[str, TColumnSchema] = {
    ROW_KEY: {"data_type": "text", "nullable": False, "row_key": True, "unique": False},
    DELETED: {"data_type": "bool", "hard_delete": True},
}
#: A child table's columns besides the record's: the keys and the links.
CHILD_COLUMNS: dict[str, TColumnSchema] = {
    **KEY_COLUMNS,
    # not dlt's parent_key: that hint is for dlt's own nested tables
    PARENT_KEY: {"data_type": "text", "parent_key": False},
    LIST_INDEX: {"data_type": "bigint"},
    ROOT_KEY: {"data_type": "text"},
}


def row_key(*parts: object) -> str:
    """A stable ``_dlt_id`` for the row these parts place (22 URL-safe characters)."""
    digest = hashlib.blake2b("\x1f".join(map(str, parts)).encode(), digest_size=16).digest()
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")


class Tables:
    """Splits the records of one stream (root table ``root``) into rows per table.

    Args:
        root: the root table's name (the stream's).
        root_hints: the root table's dlt hints (primary key, typed columns).
        schema: the source's schema during extraction (``dlt.current.source_schema()``):
            its naming convention and ``max_table_nesting``, the JSON columns a user
            declared, the child tables of earlier runs.

    Raises:
        ValueError: the schema holds a table of this stream nested the dlt way, loaded by
            an earlier version of this source.
    """

    def __init__(self, root: str, root_hints: TResourceHints, schema: Schema) -> None:
        self._naming = schema.naming
        self._schema = schema
        self.root = self._naming.normalize_table_identifier(root)
        self._root_hints = root_hints
        # the source's max_table_nesting, as dlt's own nesting would read it
        self._depth: int = getattr(schema.data_item_normalizer, "max_nesting", MAX_TABLE_NESTING)
        self._levels: dict[str, int] = {
            name: (table.get("x-normalizer") or {}).get("max_nesting", 0)
            for name, table in schema.tables.items()
            if table.get(ROOT_HINT) == self.root
        }
        self._hinted: dict[str, frozenset[str]] = {}
        self._json: dict[str, set[str]] = {}  # per table: columns kept whole as JSON
        self._value = self._naming.normalize_identifier("value")
        self._list = self._naming.normalize_identifier("list")
        nested = [name for name, table in schema.tables.items() if self._nested_below(table)]
        if nested:
            raise ValueError(
                f"tables {', '.join(sorted(nested))} were loaded as dlt-nested tables by an "
                "earlier version of gorgias_async.dlt; load this resource again from scratch: "
                "pipeline.run(source, refresh='drop_resources')"
            )

    def batches(
        self, records: Iterable[Mapping[str, Any]], deleted: Iterable[int] = ()
    ) -> Iterator[Any]:
        """The rows of ``records`` and the deletions of the ids ``deleted``, one item per
        table to yield from the resource (marked with its table and, once, its hints)."""
        rows: dict[str, list[dict[str, Any]]] = {self.root: []}
        keys: list[str] = []
        for record in records:
            key = row_key(self.root, record["id"])
            keys.append(key)
            self._add(rows, (self.root,), {**record, ROW_KEY: key}, self._depth, key)
        for record_id in deleted:
            key = row_key(self.root, record_id)
            keys.append(key)
            rows[self.root].append({"id": record_id, ROW_KEY: key, DELETED: True})
        for table in self._levels:
            rows.setdefault(table, []).extend(self._marker(table, key) for key in keys)
        for table, table_rows in rows.items():
            if table_rows:
                yield self._mark(table, table_rows)

    def _add(
        self,
        rows: dict[str, list[dict[str, Any]]],
        path: tuple[str, ...],
        row: Mapping[str, Any],
        level: int,
        root_key: str,
    ) -> None:
        """Add ``row`` to its table (``path``) and its lists' items to theirs."""
        table = self._naming.shorten_fragments(*path)
        lists: list[tuple[tuple[str, ...], list[Any]]] = []
        flat = self._take_lists(table, row, level, (), lists)
        rows.setdefault(table, []).append(flat)
        for fragments, items in lists:
            if not items:  # no table for it yet (dlt makes none); the markers clear it
                continue
            child_path = path + fragments
            child_table = self._naming.shorten_fragments(*child_path)
            self._levels.setdefault(child_table, level - 1)
            for index, item in enumerate(items):
                kind = type(item)
                if kind is dict:
                    child, child_level = dict(item), level - 1
                elif kind is list:  # a list of lists: dlt's intermediary row, a level down
                    child, child_level = {self._list: item}, level - 2
                    if child_level <= 0 < level - 1:  # JSON, though the table nests
                        self._json.setdefault(child_table, set()).add(self._list)
                else:
                    child, child_level = {self._value: item}, 0
                child[ROW_KEY] = row_key(flat[ROW_KEY], child_table, index)
                child[PARENT_KEY] = flat[ROW_KEY]
                child[LIST_INDEX] = index
                child[ROOT_KEY] = root_key
                self._add(rows, child_path, child, child_level, root_key)

    def _take_lists(
        self,
        table: str,
        row: Mapping[str, Any],
        level: int,
        prefix: tuple[str, ...],
        lists: list[tuple[tuple[str, ...], list[Any]]],
    ) -> dict[str, Any]:
        """``row`` without the lists dlt would nest, which go to ``lists``: dlt flattens
        a dict one level down and nests a list while the level is above 0, unless the
        column is declared JSON."""
        flat: dict[str, Any] = {}
        for key, value in row.items():
            kind = type(value)
            if level > 0 and (kind is dict or kind is list):
                inner = (*prefix, self._naming.normalize_identifier(key))
                if not self._is_json(table, inner):
                    if kind is dict:
                        flat[key] = self._take_lists(table, value, level - 1, inner, lists)
                    else:
                        table_name = self._naming.normalize_table_identifier(key)
                        lists.append(((*prefix, table_name), value))
                    continue
            flat[key] = value
        return flat

    def _is_json(self, table: str, fragments: tuple[str, ...]) -> bool:
        column = self._naming.shorten_fragments(*fragments)
        declared = self._schema.tables.get(table, {}).get("columns", {}).get(column, {})
        kind = declared.get("data_type") or self._schema.get_preferred_type(column)
        return kind == "json"

    def _marker(self, table: str, root_key: str) -> dict[str, Any]:
        """The row that clears every row of ``table`` below the record ``root_key``."""
        return {
            ROW_KEY: row_key(root_key, table, "cleared"),
            PARENT_KEY: root_key,
            LIST_INDEX: -1,
            ROOT_KEY: root_key,
            DELETED: True,
        }

    def _mark(self, table: str, rows: list[dict[str, Any]]) -> Any:
        """``rows`` sent to ``table``, with its hints the first time (or new JSON columns)."""
        json = frozenset(self._json.get(table, ()))
        if self._hinted.get(table) == json:
            return dlt.mark.with_table_name(rows, table)
        self._hinted[table] = json
        if table == self.root:
            hints = self._root_hints
        else:
            columns: dict[str, TColumnSchema] = {name: {"data_type": "json"} for name in json}
            hints = dlt.mark.make_hints(
                table_name=table,
                write_disposition="merge",
                primary_key=ROW_KEY,
                merge_key=ROOT_KEY,
                columns={**CHILD_COLUMNS, **columns},
                additional_table_hints={
                    "x-normalizer": {"max_nesting": self._levels[table]},
                    ROOT_HINT: self.root,
                },
            )
        return dlt.mark.with_hints(rows, hints, create_table_variant=True)

    def _nested_below(self, table: TTableSchema) -> bool:
        """Whether ``table`` is a dlt-nested table whose root is this stream's."""
        if not table.get("parent"):
            return False
        while parent := table.get("parent"):
            table = self._schema.tables.get(parent, {"name": parent})
        return table.get("name") == self.root
