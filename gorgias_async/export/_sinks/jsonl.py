"""JSONL: ``<resource>.jsonl``, one JSON object per line, exactly as the API returned it."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import IO

from ... import _json
from .._plan import Stream
from ._base import Record
from ._files import FileSink


class JsonlSink(FileSink):
    """``<resource>.jsonl``: one JSON object per line, exactly as the API returned it."""

    format = "jsonl"
    suffix = ".jsonl"

    def encode_each(self, stream: Stream, records: Sequence[Record]) -> list[bytes]:
        """One line per record."""
        return _json.dumps_lines(records)

    def rows(self, source: IO[bytes], limit: int) -> Iterator[bytes]:
        """One record per line (JSON escapes every newline inside strings)."""
        read = 0
        for line in source:
            read += len(line)
            if read > limit:
                return
            yield line

    def row_id(self, raw: bytes) -> int | None:
        """The line's ``id``."""
        try:
            record = _json.loads(raw)
        except ValueError:
            return None
        value = record.get("id") if isinstance(record, dict) else None
        return value if isinstance(value, int) else None
