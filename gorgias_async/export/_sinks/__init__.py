"""Where exported records go: one module per format, registered in :data:`SINKS`.

A sink makes a page's records durable *before* the checkpoint that covers them, and
writes that checkpoint atomically, so a crash at any instant leaves output that the next
run continues without losing or repeating a record (:mod:`._base` has the contract):

- :mod:`.jsonl` and :mod:`.csv` (:mod:`._files`): one file per resource, appended and
  fsynced; then, in one SQLite transaction of ``.export-state.sqlite``, the ids written
  (the walk's dedupe index, on disk so memory stays flat however large the account) and
  the new state. On the next start each file is cut back to the offset its state covers.
- :mod:`.sqlite`: records and state in the same transaction of ``gorgias.sqlite``.
- :mod:`.parquet` and :mod:`.duckdb` (:mod:`._staged`): records kept like SQLite's, in
  ``.export-state.sqlite``; each run ends by building ``<resource>.parquet`` files or
  ``gorgias.duckdb`` tables from them (optional extras: ``[parquet]``, ``[duckdb]``).

Adding a format is a module with a :class:`~._base.Sink` subclass and a line in
:data:`SINKS`; ``--format`` and the tests' formats follow.
"""

from __future__ import annotations

from pathlib import Path

from ..._files import remove_owned
from ...errors import OutputError, error_from_os
from .._state import CheckpointDb, ExportState, read_state
from ._base import MANIFEST, STATE_DB, Changes, PageCommit, Record, Sink
from .csv import CsvSink
from .duckdb import DuckdbSink
from .jsonl import JsonlSink
from .parquet import ParquetSink
from .sqlite import SqliteSink

__all__ = [
    "FORMATS",
    "MANIFEST",
    "SINKS",
    "Changes",
    "PageCommit",
    "Record",
    "Sink",
    "check_format",
    "open_sink",
]

#: Every format, by its ``--format`` name.
SINKS: dict[str, type[Sink]] = {
    "jsonl": JsonlSink,
    "csv": CsvSink,
    "sqlite": SqliteSink,
    "parquet": ParquetSink,
    "duckdb": DuckdbSink,
}
FORMATS = tuple(SINKS)


def check_format(fmt: object) -> str:
    """``fmt`` if it names a sink whose libraries are installed, else ValueError naming
    ``format`` (or the extra to install)."""
    if fmt not in SINKS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    assert isinstance(fmt, str)
    SINKS[fmt].check_available()
    return fmt


def _existing(out: Path, fmt: str) -> tuple[Path, ExportState] | None:
    """The export already in ``out`` (its state database and state), if any.

    The database of a format that writes its records into it (``gorgias.sqlite``) may be a
    user's own file when the export is in another format: it is only read, and an
    unreadable one only matters to that format.
    """
    outputs = {sink.database for sink in SINKS.values() if sink.database_is_output}
    for name in dict.fromkeys([STATE_DB, *(sink.database for sink in SINKS.values())]):
        path = out / name
        if not path.exists() and not path.is_symlink():
            continue
        try:
            state = read_state(path)
        except OutputError:
            if name in outputs and name != SINKS[fmt].database:
                continue
            raise
        if state is not None:
            return path, state
    return None


def open_sink(out: Path, fmt: str, *, resume: bool) -> Sink:
    """The sink of ``out`` in ``fmt``: the export found there continued, or (``resume``
    False, or nothing there) a new one — deleting only files the old one wrote."""
    try:
        found = _existing(out, fmt)
        if found is not None and not resume:
            path, old_state = found
            old = SINKS[old_state.format](out, CheckpointDb(path), old_state)
            owned = old.owned_files()
            old.close()
            remove_owned(owned)
            found = None
        if found is not None:
            path, state = found
            if state.format != fmt:
                raise OutputError(
                    f"{out} holds a {state.format} export, not {fmt}",
                    path=out,
                    hint=f"use --format {state.format}, --no-resume to replace it, "
                    "or another --out",
                )
            return SINKS[fmt](out, CheckpointDb(path), state)
        sink = SINKS[fmt]
        path = out / sink.database
        if sink.database_is_output and path.exists() and path.stat().st_size > 0:
            raise OutputError(
                f"{path.name} in {out} was not written by this export",
                path=path,
                hint="move it away or choose another --out (the export never "
                "overwrites files it did not create)",
            )
        checkpoints = CheckpointDb(path)
        checkpoints.create(fmt)
        return sink(out, checkpoints, ExportState(format=fmt))
    except OSError as exc:
        raise error_from_os(exc, out) from exc
