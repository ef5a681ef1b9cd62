"""Parquet: ``<resource>.parquet``, a stable typed schema and the whole record as JSON."""

from __future__ import annotations

import os
from pathlib import Path
from typing import ClassVar

from ..._files import fsync_directory, remove_owned
from .._plan import Stream
from ._base import writing
from ._staged import StagedSink, arrow_schema


class ParquetSink(StagedSink):
    """``<resource>.parquet`` (zstd): ``id``, the resource's typed columns
    (:mod:`.._columns`: integers, booleans, UTC timestamps, lists of tag names, text) and
    ``record``, ordered by id; rebuilt from the checkpoint at the end of each run and
    renamed over the old file, so a reader never sees a half-written one."""

    format = "parquet"
    requires: ClassVar[tuple[tuple[str, str], ...]] = (("pyarrow", "parquet"),)

    def outputs(self, name: str) -> list[Path]:
        """The file, and the one being written."""
        return [self.out / f"{name}.parquet", self.out / f".{name}.parquet.tmp"]

    def finish(self, stream: Stream) -> None:
        """Write the file anew from the checkpointed rows."""
        import pyarrow.parquet as pq

        path, temporary = self.outputs(stream.name)
        remove_owned([temporary])
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC
        with writing(temporary), os.fdopen(os.open(temporary, flags, 0o644), "wb") as handle:
            with pq.ParquetWriter(handle, arrow_schema(stream), compression="zstd") as writer:
                for batch in self.batches(stream):
                    writer.write_table(batch)
            handle.flush()
            os.fsync(handle.fileno())
        with writing(path):
            os.replace(temporary, path)
            fsync_directory(self.out)
