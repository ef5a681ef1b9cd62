"""The bulk export job: every resource of an account into JSONL, CSV, SQLite, Parquet or DuckDB.

``await export(client, ["tickets", "messages"], "out/")`` for users who schedule it
themselves; ``gorgias-async export`` on the command line (:mod:`gorgias_async.cli.export`).
"""

from ._job import ExportResult, check_options, export
from ._plan import STREAMS, Stream
from ._progress import Progress
from ._sinks import FORMATS
from ._state import ExportState, StreamState

__all__ = ["FORMATS", "STREAMS", "ExportResult", "ExportState", "Progress", "Stream",
           "StreamState", "check_options", "export"]  # fmt: skip
