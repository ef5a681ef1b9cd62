"""The formats built from checkpointed rows: Parquet and DuckDB.

Neither format can take a page durably in place (a Parquet file is written once; a
DuckDB file cannot share a transaction with the SQLite checkpoint), so both keep their
records exactly as SQLite does — in the same transaction as the state, here in
``.export-state.sqlite``, deduplicated by id, changes upserted — and each run ends by
building its output from those rows, ordered by id: Parquet into a new file renamed over
the old one, DuckDB in one transaction per table. A run killed anywhere is continued
from the checkpoint and builds the same output an uninterrupted run builds.
"""

from __future__ import annotations

import importlib
import itertools
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from ... import _json
from ..._files import refuse_link
from ...errors import OutputError
from .._columns import RECORD, Column
from .._plan import Stream
from .._state import StreamState
from ._base import MANIFEST, STATE_DB
from .sqlite import SqliteSink

if TYPE_CHECKING:
    import pyarrow

#: Records per batch built from the checkpoint: memory stays bounded however large the
#: table (a batch of decoded records costs about 5 KB each), one Parquet row group each.
BATCH = 2_000


def need(module: str, extra: str, fmt: str) -> Any:
    """``module`` imported, or ValueError naming the extra that brings it."""
    try:
        return importlib.import_module(module)
    except ImportError:
        raise ValueError(
            f"format {fmt} needs {module.split('.')[0]}: pip install 'gorgias-async[{extra}]'"
        ) from None


def arrow_type(column: Column) -> pyarrow.DataType:
    """The Arrow type of a column kind."""
    import pyarrow as pa

    return {
        "integer": pa.int64(),
        "boolean": pa.bool_(),
        "datetime": pa.timestamp("us", tz="UTC"),
        "names": pa.list_(pa.string()),
        "text": pa.string(),
    }[column.kind]


def arrow_schema(stream: Stream) -> pyarrow.Schema:
    """The stable schema of ``stream``: ``id``, its typed columns, ``record`` (JSON)."""
    import pyarrow as pa

    return pa.schema(
        [
            pa.field("id", pa.int64(), nullable=False),
            *(pa.field(column.name, arrow_type(column)) for column in stream.columns),
            pa.field(RECORD, pa.string(), nullable=False),
        ]
    )


class StagedSink(SqliteSink):
    """Records checkpointed in ``.export-state.sqlite`` (one table per resource: id and
    record), the output built from them at the end of each run (:meth:`finish`)."""

    database = STATE_DB
    database_is_output = False
    typed = False
    #: The optional dependency and the extra that installs it.
    requires: ClassVar[tuple[tuple[str, str], ...]] = (("pyarrow", "parquet"),)

    @classmethod
    def check_available(cls) -> None:
        """ValueError naming the extra to install when a dependency is missing."""
        for module, extra in cls.requires:
            need(module, extra, cls.format)

    def start(self, stream: Stream, run_started: str) -> StreamState:
        """Refuse an output of that name the export did not write, then as SQLite."""
        ours = {path for name in self.state.streams for path in self.outputs(name)}
        for path in self.outputs(stream.name):
            if path not in ours and (path.exists() or path.is_symlink()):
                raise OutputError(
                    f"{path.name} in {self.out} was not written by this export",
                    path=path,
                    hint="move it away or choose another --out (the export never "
                    "overwrites files it did not create)",
                )
            refuse_link(path)
        return super().start(stream, run_started)

    def batches(self, stream: Stream) -> Iterator[pyarrow.Table]:
        """The resource's rows in id order, as Arrow tables of its schema."""
        import pyarrow as pa

        schema = arrow_schema(stream)
        cursor = self.checkpoints.db.execute(
            f'SELECT id, "{RECORD}" FROM "{stream.name}" ORDER BY id'
        )
        while chunk := list(itertools.islice(cursor, BATCH)):
            records = [_json.loads(raw) for _, raw in chunk]
            data: dict[str, list[Any]] = {"id": [record_id for record_id, _ in chunk]}
            for column in stream.columns:
                data[column.name] = [column.typed(record) for record in records]
            data[RECORD] = [raw for _, raw in chunk]
            yield pa.Table.from_pydict(data, schema=schema)

    def outputs(self, name: str) -> list[Path]:
        """The files holding resource ``name``'s output (and its temporary files)."""
        return []

    def owned_files(self) -> list[Path]:
        """The outputs, the state database (with its WAL files) and the manifest."""
        outputs = {path: None for name in self.state.streams for path in self.outputs(name)}
        db = self.checkpoints.path
        return [*outputs, db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm"),
                self.out / MANIFEST]  # fmt: skip
