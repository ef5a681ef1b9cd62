"""CSV: ``<resource>.csv``, RFC 4180, the resource's typed columns and the whole record."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import IO, Any

from ... import _json
from .._columns import RECORD
from .._plan import Stream
from ._base import Record
from ._files import FileSink

#: A field holding one of these is quoted (RFC 4180).
_SPECIAL = re.compile(r'[",\r\n]')


class CsvSink(FileSink):
    """``<resource>.csv``: ``id``, the resource's columns (:mod:`.._columns`), ``record``.

    RFC 4180: CRLF row ends, fields with a quote, comma, CR or LF quoted, UTF-8 (a lone
    surrogate in a column is written as its ``\\udxxx`` escape; the ``record`` column
    keeps it exactly, as JSON). The column set is fixed per resource (never inferred
    from the data), so files of different runs line up.
    """

    format = "csv"
    suffix = ".csv"

    @staticmethod
    def columns(stream: Stream) -> list[str]:
        """The header of ``stream``'s file: ``id``, the columns' paths, ``record``."""
        return ["id", *(column.path for column in stream.columns), RECORD]

    def header(self, stream: Stream) -> bytes:
        """The header row."""
        return (",".join(_field(name) for name in self.columns(stream)) + "\r\n").encode()

    def encode_each(self, stream: Stream, records: Sequence[Record]) -> list[bytes]:
        """One CSV row per record (written without the csv module: every field but the
        record is short, and the record is JSON, which always needs quotes)."""
        columns = stream.columns
        rows = []
        for record in records:
            raw = _json.dumps(record)
            cells = [str(record["id"]), *(_field(column.text(record)) for column in columns)]
            head = ",".join(cells).encode()
            rows.append(b"".join((head, b',"', raw.replace(b'"', b'""'), b'"\r\n')))
        return rows

    def rows(self, source: IO[bytes], limit: int) -> Iterator[bytes]:
        """Rows, found by quote parity: a row ends at a line end outside quotes."""
        read = 0
        pending = b""
        for line in source:
            read += len(line)
            if read > limit:
                return
            pending += line
            if pending.count(b'"') % 2:
                continue  # inside a quoted field: the row goes on
            row, pending = pending, b""
            yield row

    def row_id(self, raw: bytes) -> int | None:
        """The first column."""
        head = raw.split(b",", 1)[0]
        return int(head) if head.isdigit() else None


def _field(value: Any) -> str:
    if value is None:
        return ""
    text = value if isinstance(value, str) else str(value)
    if _SPECIAL.search(text):
        return '"' + text.replace('"', '""') + '"'
    return text
