"""CSV: ``<resource>.csv``, RFC 4180, a fixed set of columns and the whole record."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Sequence
from typing import IO, Any

from ... import _json
from .._plan import Stream
from ._base import Record, dig
from ._files import FileSink


class CsvSink(FileSink):
    """``<resource>.csv``: ``id``, the resource's useful columns, and the whole ``record``.

    RFC 4180: CRLF row ends, fields with a quote, comma, CR or LF quoted, UTF-8 (a lone
    surrogate in a column is written as its ``\\udxxx`` escape; the ``record`` column
    keeps it exactly, as JSON). The column set is fixed per resource (never inferred
    from the data), so files of different runs line up.
    """

    format = "csv"
    suffix = ".csv"

    @staticmethod
    def columns(stream: Stream) -> list[str]:
        """The header of ``stream``'s file."""
        return ["id", *stream.columns, "record"]

    def header(self, stream: Stream) -> bytes:
        """The header row."""
        return self._rows([self.columns(stream)])[0]

    def encode_each(self, stream: Stream, records: Sequence[Record]) -> list[bytes]:
        """One CSV row per record."""
        return self._rows(
            [
                [
                    record["id"],
                    *(_cell(dig(record, column)) for column in stream.columns),
                    _json.dumps(record).decode(),
                ]
                for record in records
            ]
        )

    @staticmethod
    def _rows(rows: list[list[Any]]) -> list[bytes]:
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        ends = []
        for row in rows:
            writer.writerow(row)
            ends.append(buffer.tell())
        text = buffer.getvalue()
        # A lone surrogate cannot be UTF-8: a column shows its escape (``record`` is exact).
        return [
            text[start:end].encode("utf-8", "backslashreplace")
            for start, end in zip([0, *ends], ends, strict=False)
        ]

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


def _cell(value: Any) -> Any:
    if isinstance(value, dict | list):
        return _json.dumps(value).decode()
    return "" if value is None else value
