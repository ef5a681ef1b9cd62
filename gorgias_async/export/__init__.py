"""The bulk export job: every resource of an account into JSONL, CSV or SQLite files.

``await export(client, ["tickets", "messages"], "out/")`` for users who schedule it
themselves; ``gorgias-async export`` on the command line.
"""

from ._job import ExportResult, export
from ._plan import STREAMS, Stream
from ._progress import Progress

__all__ = ["STREAMS", "ExportResult", "Progress", "Stream", "export"]
