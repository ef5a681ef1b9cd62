"""DuckDB: ``gorgias.duckdb``, a typed table per resource keyed by id."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from ..._files import refuse_link
from .._columns import RECORD
from .._plan import Stream
from ._base import writing
from ._staged import StagedSink, need

DUCKDB_FILE = "gorgias.duckdb"
#: DuckDB's defaults take up to 80 % of the machine's memory for its buffers (an export
#: keeps a flat footprint: what does not fit is written out) and draw a progress bar on
#: stdout for a long statement (the export's output is its files).
CONFIG = {"memory_limit": "128MB", "threads": 1}
#: The DuckDB type of each column kind.
DUCKDB_TYPES = {
    "integer": "BIGINT",
    "boolean": "BOOLEAN",
    "datetime": "TIMESTAMPTZ",
    "names": "VARCHAR[]",
    "text": "VARCHAR",
}


class DuckdbSink(StagedSink):
    """``gorgias.duckdb``: per resource a table with ``id`` (primary key), its typed
    columns (:mod:`.._columns`) and ``record`` (JSON text); each run ends by replacing the
    tables it touched from the checkpoint, one transaction per table (a reader sees the
    old table or the new one)."""

    format = "duckdb"
    requires: ClassVar[tuple[tuple[str, str], ...]] = (
        ("duckdb", "duckdb"),
        ("pyarrow", "duckdb"),
    )

    def outputs(self, name: str) -> list[Path]:
        """The database and its write-ahead log (every resource shares them)."""
        path = self.out / DUCKDB_FILE
        return [path, path.with_name(path.name + ".wal")]

    def finish(self, stream: Stream) -> None:
        """Replace the resource's table with the checkpointed rows."""
        duckdb = need("duckdb", "duckdb", self.format)
        path = self.outputs(stream.name)[0]
        refuse_link(path)
        declared = "".join(f'"{c.name}" {DUCKDB_TYPES[c.kind]}, ' for c in stream.columns)
        with writing(path):
            db = duckdb.connect(str(path), config=CONFIG)
            db.execute("SET enable_progress_bar = false")
            try:
                # Filled batch by batch (each committed: a transaction holds its rows in
                # memory), then swapped in at once: a reader sees the old table or the new.
                building = f"_building_{stream.name}"
                db.execute(
                    f'CREATE OR REPLACE TABLE "{building}" '
                    f'(id BIGINT PRIMARY KEY, {declared}"{RECORD}" VARCHAR NOT NULL)'
                )
                for batch in self.batches(stream):
                    db.register("_batch", batch)
                    db.execute(f'INSERT INTO "{building}" SELECT * FROM _batch')
                    db.unregister("_batch")
                db.execute("BEGIN")
                db.execute(f'DROP TABLE IF EXISTS "{stream.name}"')
                db.execute(f'ALTER TABLE "{building}" RENAME TO "{stream.name}"')
                db.execute("COMMIT")
                db.execute("CHECKPOINT")
            finally:
                db.close()
