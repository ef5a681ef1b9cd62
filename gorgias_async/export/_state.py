"""Export progress that survives a crash: per-stream checkpoints, written atomically."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

import attrs
import cattrs
import orjson

_converter = cattrs.Converter()


@attrs.define
class StreamState:
    """Where one stream's walk stands, as far as durable output goes.

    Attributes:
        cursor: the cursor of the next page to fetch (None: from the start).
        offset: bytes of the stream's output file that the checkpoint covers.
        count: records written.
        first_id: id of the first record written; last_id: of the last.
        watermark: the newest ``updated_datetime``/``created_datetime`` seen.
        pages: pages fetched; done: the walk reached its end.
    """

    cursor: str | None = None
    offset: int = 0
    count: int = 0
    first_id: int | None = None
    last_id: int | None = None
    watermark: str | None = None
    pages: int = 0
    done: bool = False


@attrs.define
class ExportState:
    """Every stream's checkpoint, plus what run produced them.

    Attributes:
        since: the watermark an incremental run is applying changes from.
        complete: the last run finished. watermark: when it started (UTC) — what the
            next incremental run asks for changes since.
    """

    format: str
    streams: dict[str, StreamState] = attrs.field(factory=dict)
    since: str | None = None
    complete: bool = False
    watermark: str | None = None

    def to_json(self) -> bytes:
        """The state as JSON bytes."""
        return orjson.dumps(_converter.unstructure(self), option=orjson.OPT_INDENT_2)

    @classmethod
    def from_json(cls, raw: bytes) -> ExportState:
        """Parse state written by :meth:`to_json`."""
        data: dict[str, Any] = orjson.loads(raw)
        return _converter.structure(data, cls)


def write_atomic(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so a crash leaves the old or the new file, whole."""
    descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    fsync_directory(path.parent)


def fsync_directory(directory: Path) -> None:
    """Make a rename in ``directory`` durable."""
    descriptor = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
