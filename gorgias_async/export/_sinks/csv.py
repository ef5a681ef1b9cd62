"""CSV: ``<resource>.csv``, RFC 4180, the resource's typed columns and the whole record."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator, Sequence
from typing import IO

from ... import _json
from .._columns import RECORD, csv_cells
from .._plan import Stream
from ._base import Record
from ._files import FileSink

#: A field holding one of these, or a comma, is quoted (RFC 4180).
_QUOTE_OR_LINE_END = re.compile(r'["\r\n]')


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
        return (_Quoting().join(self.columns(stream)) + "\r\n").encode()

    def encode_each(self, stream: Stream, records: Sequence[Record]) -> list[bytes]:
        """One CSV row per record. The record's JSON always needs quoting (its quotes
        doubled, as bytes); the columns are joined as they are unless one holds a quote,
        comma or line end, and then written by the ``csv`` module."""
        cells_of = csv_cells(stream.columns)
        quoting = _Quoting()
        rows = []
        for record in records:
            cells = cells_of(record)
            line = ",".join(cells)
            # A cell holding a comma shows as one comma too many.
            if line.count(",") >= len(cells) or _QUOTE_OR_LINE_END.search(line):
                line = quoting.join(cells)
            head = line.encode("utf-8", "backslashreplace")
            raw = _json.dumps(record)
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


class _Quoting:
    """Fields joined by the ``csv`` module (RFC 4180 quoting), one row at a time."""

    def __init__(self) -> None:
        self._buffer = io.StringIO()
        # CRLF: the writer quotes the characters of its line end (a bare CR or LF too).
        self._writer = csv.writer(self._buffer, lineterminator="\r\n")

    def join(self, cells: Sequence[str]) -> str:
        self._buffer.seek(0)
        self._buffer.truncate()
        self._writer.writerow(cells)
        return self._buffer.getvalue()[:-2]
