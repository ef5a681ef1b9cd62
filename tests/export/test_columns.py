"""The analyst's columns: the same typed columns in CSV, SQLite, Parquet and DuckDB,
documented in the README, indexed in SQLite; the record column has one name."""

from __future__ import annotations

import csv
import json
import re
import sqlite3
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from gorgias_async.export import STREAMS, export
from gorgias_async.export._columns import RECORD, Column, iso, kind_of, utc
from gorgias_async.export._plan import BY_NAME
from gorgias_async.testing import FakeGorgias

from ._read import table

ROOT = Path(__file__).resolve().parents[2]
TABULAR = ["csv", "sqlite", "parquet", "duckdb"]
TICKETS = BY_NAME["tickets"]


@pytest.fixture
async def fake():
    async with FakeGorgias(seed=6, rate_limit=None, customers=15, tickets=30) as server:
        tickets = server.state.collection("tickets").items
        first, second = sorted(tickets)[:2]
        # The spellings Gorgias sends: a missing T with an offset, and one nobody reads.
        tickets[first] = {**tickets[first], "updated_datetime": "2020-07-1300:00:00-05:00"}
        tickets[second] = {**tickets[second], "closed_datetime": "soon"}
        yield server


def header(out: Path, fmt: str, name: str) -> list[str]:
    if fmt == "csv":
        with (out / f"{name}.csv").open(newline="") as handle:
            return next(csv.reader(handle))
    return list(table(out, fmt, name)[0])


class TestColumns:
    @pytest.mark.parametrize("fmt", TABULAR)
    async def test_every_format_has_id_the_columns_and_record(self, fake, client, tmp_path, fmt):
        await export(client, ["tickets", "messages", "customers"], tmp_path, format=fmt)
        for name in ("tickets", "messages", "customers"):
            stream = BY_NAME[name]
            spelled = [c.path if fmt == "csv" else c.name for c in stream.columns]
            assert header(tmp_path, fmt, name) == ["id", *spelled, RECORD], (fmt, name)

    @pytest.mark.parametrize("fmt", TABULAR)
    async def test_values_follow_the_records(self, fake, client, tmp_path, fmt):
        await export(client, ["tickets"], tmp_path, format=fmt)
        if fmt == "csv":
            with (tmp_path / "tickets.csv").open(newline="", encoding="utf-8") as handle:
                rows = sorted(csv.DictReader(handle), key=lambda row: int(row["id"]))
        else:
            rows = table(tmp_path, fmt, "tickets")
        typed = fmt in ("parquet", "duckdb")
        for ticket, row in zip(fake.items("tickets"), rows, strict=True):
            for column in TICKETS.columns:
                got = row[column.path if fmt == "csv" else column.name]
                assert got == expected(column, ticket, fmt, typed), (column.path, ticket["id"])

    async def test_odd_datetime_spellings_are_read_or_kept(self, fake, client, tmp_path):
        await export(client, ["tickets"], tmp_path, format="csv")
        with (tmp_path / "tickets.csv").open(newline="", encoding="utf-8") as handle:
            first, second = sorted(csv.DictReader(handle), key=lambda row: int(row["id"]))[:2]
        assert first["updated_datetime"] == "2020-07-13T05:00:00.000000Z"
        assert second["closed_datetime"] == "soon"
        await export(client, ["tickets"], tmp_path / "p", format="parquet")
        rows = table(tmp_path / "p", "parquet", "tickets")
        assert rows[0]["updated_datetime"] == datetime(2020, 7, 13, 5, tzinfo=UTC)
        assert rows[1]["closed_datetime"] is None  # the record keeps "soon"
        assert '"closed_datetime":"soon"' in rows[1][RECORD]


def expected(column: Column, record: dict[str, Any], fmt: str, typed: bool) -> Any:
    """What a format holds for ``column`` of ``record``, from the documented rules."""
    value: Any = record
    for part in column.path.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    if column.kind == "names" and value is not None:
        names = [tag["name"] for tag in value]
        value = names if typed else ", ".join(names)
    elif column.kind == "datetime" and value is not None:
        value = utc(value) if typed else iso(value)
    elif isinstance(value, bool) and not typed:
        value = int(value)
    if fmt == "csv":
        return "" if value is None else str(value)
    return value


class TestTypes:
    async def test_sqlite_declares_types_and_indexes_references_and_times(
        self, fake, client, tmp_path
    ):
        await export(client, ["tickets", "messages"], tmp_path, format="sqlite")
        db = sqlite3.connect(tmp_path / "gorgias.sqlite")
        declared = {row[1]: row[2] for row in db.execute("PRAGMA table_info(tickets)")}
        assert declared["id"] == "INTEGER"
        assert declared["customer_id"] == "INTEGER"
        assert declared["spam"] == "INTEGER"
        assert declared["created_datetime"] == "TEXT"
        assert declared["subject"] == "TEXT"
        assert declared[RECORD] == "TEXT"
        indexed = {
            info[2]
            for (name,) in db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'tickets'"
            )
            for info in db.execute(f'PRAGMA index_info("{name}")')
        }
        assert {"customer_id", "assignee_user_id", "assignee_team_id"} <= indexed
        assert {"created_datetime", "updated_datetime"} <= indexed
        plan = " ".join(
            str(row[-1])
            for row in db.execute(
                "EXPLAIN QUERY PLAN SELECT t.id, m.id FROM tickets t "
                "JOIN messages m ON m.ticket_id = t.id"
            )
        )
        assert "USING INDEX messages_ticket_id" in plan or "USING COVERING INDEX" in plan, plan

    async def test_parquet_schema_is_typed_and_stable(self, fake, client, tmp_path):
        import pyarrow as pa
        import pyarrow.parquet as pq

        await export(client, ["tickets"], tmp_path / "a", format="parquet")
        await export(client, ["tickets"], tmp_path / "b", format="parquet", page_size=7)
        schema = pq.read_schema(tmp_path / "a" / "tickets.parquet")
        assert schema.field("id").type == pa.int64()
        assert schema.field("created_datetime").type == pa.timestamp("us", tz="UTC")
        assert schema.field("customer_id").type == pa.int64()
        assert schema.field("tags").type == pa.list_(pa.string())
        assert schema.field("spam").type == pa.bool_()
        assert schema.field(RECORD).type == pa.string()
        assert schema == pq.read_schema(tmp_path / "b" / "tickets.parquet")

    async def test_duckdb_tables_are_typed(self, fake, client, tmp_path):
        import duckdb

        await export(client, ["tickets"], tmp_path, format="duckdb")
        db = duckdb.connect(str(tmp_path / "gorgias.duckdb"), read_only=True)
        try:
            types = dict(db.execute("SELECT column_name, data_type FROM "
                                    "information_schema.columns WHERE table_name = 'tickets'"
                                    ).fetchall())  # fmt: skip
        finally:
            db.close()
        assert types["id"] == "BIGINT"
        assert types["created_datetime"] == "TIMESTAMP WITH TIME ZONE"
        assert types["tags"] == "VARCHAR[]"
        assert types["spam"] == "BOOLEAN"

    def test_kinds_follow_the_names(self):
        assert kind_of("customer.id") == kind_of("ticket_id") == "integer"
        assert kind_of("external_id") == kind_of("message_id") == "text"
        assert kind_of("created_datetime") == "datetime"
        assert kind_of("tags") == "names"
        assert kind_of("from_agent") == "boolean"

    @pytest.mark.parametrize(("fmt", "extra"), [("parquet", "parquet"), ("duckdb", "duckdb")])
    async def test_a_missing_extra_is_named_before_any_request(
        self, client, tmp_path, monkeypatch, fmt, extra
    ):
        monkeypatch.setitem(sys.modules, "pyarrow", None)  # as if it were not installed
        monkeypatch.setitem(sys.modules, "duckdb", None)
        with pytest.raises(ValueError, match=re.escape(f"gorgias-async[{extra}]")):
            await export(client, ["tickets"], tmp_path, format=fmt)
        assert client.stats.requests == 0


def test_the_readme_documents_every_resources_columns():
    readme = (ROOT / "README.md").read_text()
    for stream in STREAMS:
        line = re.search(rf"^\| `{stream.name}` \| (.*) \|$", readme, re.MULTILINE)
        assert line is not None, stream.name
        documented = re.findall(r"`([^`]+)`(?: \((\w+)\))?", line.group(1))
        assert documented == [
            (c.path, "" if c.kind == "text" else c.kind) for c in stream.columns
        ], stream.name


async def test_a_folder_of_the_old_layout_is_refused_in_one_line(fake, client, tmp_path):
    from gorgias_async import OutputError

    await export(client, ["users"], tmp_path, format="csv")
    db = sqlite3.connect(tmp_path / ".export-state.sqlite")
    with db:
        db.execute(
            "UPDATE _export_state SET value = json_set(value, '$.layout', 2) WHERE key = 'meta'"
        )
    db.close()
    before = (tmp_path / "users.csv").read_bytes()
    with pytest.raises(OutputError, match="another version of gorgias-async") as raised:
        await export(client, ["users"], tmp_path, format="csv")
    assert "\n" not in str(raised.value)
    assert (tmp_path / "users.csv").read_bytes() == before


def test_unexpected_value_types_are_kept_as_text():
    from gorgias_async.export._columns import csv_cells, sql_row

    columns = (Column("created_datetime"), Column("customer.id"), Column("subject"),
               Column("spam"), Column("tags"))  # fmt: skip
    odd = {"id": 1, "created_datetime": 5, "customer": "c-9", "subject": {"a": [1]},
           "spam": "no", "tags": "vip"}  # fmt: skip
    raw = json.dumps(odd, separators=(",", ":")).encode()  # the record, as sent
    assert sql_row(columns)(odd) == (1, 5, None, '{"a":[1]}', "no", "vip", raw)
    assert csv_cells(columns)(odd) == ("1", "5", "", '{"a":[1]}', "no", "vip")
    assert sql_row(columns)({"id": 2}) == (2, None, None, None, None, None, b'{"id":2}')


ODD = {  # by position among the tickets: the refused values sit mid-page
    3: {"via": True, "status": 5, "messages_count": "3", "spam": "no"},
    4: {"subject": {"a": [1, "é"]}, "customer": "c-9"},
    5: {"subject": "cut \ud83d emoji", "tags": [{"name": "a"}, "b", {"id": 1}]},
    6: {"language": ["en", "fr"], "priority": 1.5, "external_id": 7},
}


class TestSqliteValues:
    """SQLite binds most values as they are and checks a page only when sqlite3 refuses
    one: what it stores is the documented rule either way, on both write paths."""

    @staticmethod
    def odd_fake(server: FakeGorgias, shift: str = "") -> None:
        tickets = server.state.collection("tickets").items
        for position, fields in ODD.items():
            ticket_id = sorted(tickets)[position]
            changed = {**fields, "updated_datetime": f"2031-01-0{position}T00:00:00{shift}+00:00"}
            tickets[ticket_id] = {**tickets[ticket_id], **changed}

    @staticmethod
    def stored(out: Path) -> dict[int, tuple[Any, ...]]:
        db = sqlite3.connect(out / "gorgias.sqlite")
        try:
            names = ", ".join(
                f'"{n}", typeof("{n}")' for n in ["id", *(c.name for c in TICKETS.columns), RECORD]
            )
            return {row[0]: row for row in db.execute(f"SELECT {names} FROM tickets")}
        finally:
            db.close()

    @staticmethod
    def rule(ticket: dict[str, Any]) -> list[Any]:
        """The documented value of each column, as SQLite stores it (TEXT and INTEGER
        affinity: a number in a text column is its text, a numeric text in an integer
        column its number)."""
        values: list[Any] = [ticket["id"]]
        for column in TICKETS.columns:
            value: Any = ticket
            for part in column.path.split("."):
                value = value.get(part) if isinstance(value, dict) else None
            if value is None:
                values.append(None)
                continue
            if column.kind == "names" and isinstance(value, list):
                value = ", ".join(
                    str(t.get("name")) if isinstance(t, dict) else str(t) for t in value
                )
            elif column.kind == "datetime" and isinstance(value, str):
                value = iso(value)
            elif isinstance(value, bool):
                value = int(value)
            elif isinstance(value, dict | list):
                value = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
            if isinstance(value, str):
                value = value.encode("utf-8", "backslashreplace").decode()
            if column.kind in ("text", "names", "datetime") and not isinstance(value, str):
                value = str(value)
            if column.kind in ("integer", "boolean") and isinstance(value, str):
                value = int(value) if value.lstrip("-").isdigit() else value
            values.append(value)
        return values

    async def test_odd_values_are_stored_by_the_rule_in_a_walk_and_in_changes(
        self, fake, client, tmp_path
    ):
        for shift in ("", ".000001"):  # the walk's inserts, then the same values changed
            self.odd_fake(fake, shift)
            await export(client, ["tickets"], tmp_path, format="sqlite")
            stored = self.stored(tmp_path)
            assert sorted(stored) == sorted(t["id"] for t in fake.items("tickets"))
            for ticket in fake.items("tickets"):
                row = stored[ticket["id"]]
                assert list(row[0:-2:2]) == self.rule(ticket), ticket["id"]
                assert row[-1] == "text"  # the record, stored as text, equal to the ticket
                assert json.loads(row[-2]) == json.loads(json.dumps(ticket)), ticket["id"]
