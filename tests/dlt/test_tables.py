"""The child tables we make ourselves: the tables, columns and rows dlt's nesting gives."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import dlt
import duckdb
import pytest
from dlt.pipeline.exceptions import PipelineStepFailed

from gorgias_async.dlt._tables import MAX_TABLE_NESTING, Tables
from gorgias_async.testing import FakeGorgias

from .test_source import assert_tags_match, ids, load, source

#: Every shape of list dlt treats differently, in dicts and in list items, at each level.
RECORDS: list[dict[str, Any]] = [
    {
        "id": 1,
        "subject": "a",
        "customer": {
            "id": 5,
            "meta": {"deep": {"x": 1}, "codes": [1, 2]},  # a list two dicts down: JSON
            "channels": [
                {"type": "email", "labels": [{"n": 1}, {"n": 2}], "extra": {"k": [1]}},
                {"type": "sms", "labels": []},
            ],
        },
        "tags": [{"name": "t1", "decoration": {"color": "red", "rgb": [1, 2]}}, {"name": "t2"}],
        "scores": [3, 1, 2],
        "matrix": [[1, 2], [3]],
        "empty": [],
    },
    {"id": 2, "subject": "b", "customer": None, "tags": [{"name": "t3"}], "scores": []},
]
#: Link columns whose values differ by construction (random in dlt, derived here).
KEYS = {"_dlt_id", "_dlt_parent_id", "_dlt_root_id", "_dlt_load_id"}


def dump(path: Path) -> dict[str, Any]:
    """Each data table: its columns and types, and its rows without the key columns,
    plus the number of child rows whose parent and root rows are in the dataset."""
    db = duckdb.connect(str(path), read_only=True)
    try:
        tables = [
            row[0]
            for row in db.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'data' "
                "AND table_name NOT LIKE '\\_dlt\\_%' ESCAPE '\\' ORDER BY table_name"
            ).fetchall()
        ]
        out: dict[str, Any] = {}
        for table in tables:
            columns = db.execute(
                "SELECT column_name, data_type FROM information_schema.columns "
                f"WHERE table_schema = 'data' AND table_name = '{table}'"
            ).fetchall()
            kept = sorted(name for name, _ in columns if name not in KEYS | {"_gorgias_deleted"})
            rows = db.execute(f"SELECT {', '.join(kept)} FROM data.{table}").fetchall()
            out[table] = (sorted(columns), sorted(map(repr, rows)))
            if "__" in table:
                parent = table.rsplit("__", 1)[0]
                while parent not in tables:  # a list in a dict: its parent is further up
                    parent = parent.rsplit("__", 1)[0]
                linked = db.execute(
                    f"SELECT count(*) FROM data.{table} c JOIN data.{parent} p "
                    "ON c._dlt_parent_id = p._dlt_id JOIN data.tickets r "
                    "ON c._dlt_root_id = r._dlt_id"
                ).fetchone()
                out[table] += (linked[0] == len(rows),)
        return out
    finally:
        db.close()


def run(folder: Path, resource: Any) -> None:
    source = dlt.source(name="data", max_table_nesting=MAX_TABLE_NESTING)(lambda: [resource])
    dlt.pipeline(
        pipeline_name="data",
        destination=dlt.destinations.duckdb(str(folder / "db.duckdb")),
        dataset_name="data",
        pipelines_dir=str(folder / "pipelines"),
    ).run(source())


class TestLikeDltNesting:
    """Our child tables have dlt's names, columns, types and rows, and link the same way."""

    def test_the_same_tables_columns_and_rows_as_dlt_nesting(self, tmp_path):
        run(
            tmp_path / "dlt",
            dlt.resource(RECORDS, name="tickets", primary_key="id", write_disposition="merge"),
        )
        hints = dlt.mark.make_hints(
            table_name="tickets", write_disposition="merge", primary_key="id"
        )

        @dlt.resource(name="tickets", write_disposition="merge")
        def ours() -> Any:
            yield from Tables("tickets", hints, dlt.current.source_schema()).batches(RECORDS)

        run(tmp_path / "ours", ours())
        theirs, mine = (
            dump(tmp_path / "dlt" / "db.duckdb"),
            dump(tmp_path / "ours" / "db.duckdb"),
        )
        assert sorted(mine) == sorted(theirs)
        assert "tickets__customer__channels__labels" in mine  # a grandchild table
        for table, (columns, rows, *linked) in theirs.items():
            my_columns, my_rows, *my_linked = mine[table]
            extra = {"_dlt_load_id": "VARCHAR", "_gorgias_deleted": "BOOLEAN"}
            if table == "tickets":
                extra = {}
            assert sorted(set(my_columns) - set(columns)) == sorted(extra.items()), table
            assert set(columns) <= set(my_columns), table
            assert my_rows == rows, table
            assert my_linked == linked == ([True] if "__" in table else []), table


class TestEarlierLayout:
    """A pipeline loaded by the earlier version (dlt-nested child tables) is told what to do."""

    async def test_nested_tables_of_an_earlier_version_are_refused_then_reloaded(
        self, fake: FakeGorgias, tmp_path
    ):
        # what the previous version left: tickets with dlt-nested child tables
        earlier = dlt.resource(
            fake.items("tickets")[:5], name="tickets", primary_key="id", write_disposition="merge"
        )
        old = dlt.source(name="gorgias", max_table_nesting=MAX_TABLE_NESTING)(lambda: [earlier])
        await load(tmp_path, old())
        with pytest.raises(PipelineStepFailed, match=r"refresh='drop_resources'"):
            await load(tmp_path, source(fake, resources=["tickets"]))
        await load(tmp_path, source(fake, resources=["tickets"]), refresh="drop_resources")
        assert ids(tmp_path, "tickets") == sorted(t["id"] for t in fake.items("tickets"))
        assert_tags_match(tmp_path, fake)
