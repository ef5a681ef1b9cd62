"""The results journal of a bulk write: append-only, written around every request.

A journal is a JSONL file. Its first line says what run wrote it; then, for each record,
a ``sending`` line made durable *before* its request goes out and an outcome line (the
record's :meth:`BulkResult.to_dict`) after the answer. The file is never truncated,
only appended to, so reopening it tells a rerun exactly where the last run stood:

- a record with an outcome line is done (whatever the outcome): it is not sent again;
- a record with a ``sending`` line and no outcome was in flight when the run died: it
  may or may not have reached Gorgias, and must be settled before anything is resent;
- any other record was never sent.

Each line carries a fingerprint of the record's request, so a rerun with another input
(or other options) is refused at the first record that differs instead of skipping
records it never sent. Secrets are masked with every credential the client held during
the run (``auth.secrets()``: a token refreshed mid-run is masked, and so is the old one).
"""

from __future__ import annotations

import array
import asyncio
import contextlib
import errno
import fcntl
import hashlib
import os
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

import attrs

from . import _json
from ._redact import mask_secrets
from .errors import OutputError, OutputLockedError, error_from_os

KIND = "gorgias-async bulk"
VERSION = 1
#: Outcome codes kept per record index (0: no outcome yet).
STATUS_CODES = {"created": 1, "updated": 2, "deleted": 3, "failed": 4, "unknown": 5, "planned": 6}
STATUSES = {code: status for status, code in STATUS_CODES.items()}


def fingerprint(request: Mapping[str, Any] | None, fallback: str = "") -> int:
    """A non-zero 63-bit digest of a record's planned request (or of ``fallback``)."""
    raw = _json.dumps(request) if request is not None else fallback.encode()
    value = int.from_bytes(hashlib.blake2b(raw, digest_size=8).digest(), "big") >> 1
    return value or 1


@attrs.define
class Resume:
    """Where an earlier run of the same journal stood.

    Attributes:
        outcomes: per record index, the code of its outcome (0: none yet).
        fingerprints: per record index, the fingerprint it was journaled with (0: none).
        in_flight: records sent without an outcome: index → their ``sending`` line.
    """

    outcomes: bytearray = attrs.field(factory=bytearray)
    fingerprints: array.array[int] = attrs.field(factory=lambda: array.array("q"))
    in_flight: dict[int, dict[str, Any]] = attrs.field(factory=dict)

    def outcome(self, index: int) -> str | None:
        """The status of record ``index`` in the earlier run, if it has one."""
        code = self.outcomes[index] if index < len(self.outcomes) else 0
        return STATUSES.get(code)

    def fingerprint(self, index: int) -> int:
        """The fingerprint record ``index`` was journaled with (0: never)."""
        return self.fingerprints[index] if index < len(self.fingerprints) else 0

    @property
    def done(self) -> int:
        """Records with an outcome."""
        return sum(1 for code in self.outcomes if code)

    def _grow(self, index: int) -> None:
        missing = index + 1 - len(self.outcomes)
        if missing > 0:
            self.outcomes.extend(bytes(missing))
            self.fingerprints.extend([0] * missing)

    def sent(self, index: int, line: dict[str, Any]) -> None:
        self._grow(index)
        self.fingerprints[index] = int(line.get("fingerprint") or 0)
        self.in_flight[index] = line

    def ended(self, index: int, line: dict[str, Any]) -> None:
        self._grow(index)
        self.outcomes[index] = STATUS_CODES.get(str(line["status"]), STATUS_CODES["failed"])
        self.fingerprints[index] = int(line.get("fingerprint") or 0)
        self.in_flight.pop(index, None)


class Journal:
    """One results file, locked and appended to for the length of a run.

    Args:
        path: the JSONL file (created if missing).
        header: what the run is (service, operation, dry run); a journal written by a
            different kind of run is refused.
        secrets: returns the credentials to mask, asked at every write (a client's
            ``auth.secrets``).
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        header: Mapping[str, Any],
        secrets: Callable[[], Iterable[str]],
    ) -> None:
        self.path = Path(path)
        self.header = {"journal": KIND, "version": VERSION, **header}
        self._secrets = secrets
        self._descriptor: int | None = None
        self._written = 0
        self._synced = 0
        self._syncing: asyncio.Task[None] | None = None

    # -- opening ------------------------------------------------------------------------

    def open(self) -> Resume:
        """Lock the file, read where the last run stood, and get ready to append."""
        if self.path.is_symlink():
            raise OutputError(
                f"the results file {self.path} is a symbolic link",
                path=self.path,
                hint="give the path of a regular file",
            )
        try:
            descriptor = os.open(
                self.path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC, 0o644
            )
        except OSError as exc:
            raise error_from_os(exc, self.path, resumable=False) from exc
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(descriptor)
            raise OutputLockedError(
                f"another bulk run is writing to {self.path}",
                path=self.path,
                hint="wait for it to end, or use another results file",
                holder={},
            ) from None
        self._descriptor = descriptor
        try:
            resume = self._read()
        except BaseException:
            self.close()
            raise
        return resume

    def _read(self) -> Resume:
        assert self._descriptor is not None
        resume = Resume()
        with os.fdopen(os.dup(self._descriptor), "rb") as handle:
            kept = 0
            for number, line in enumerate(handle, start=1):
                if not line.endswith(b"\n"):
                    break  # the last run died writing this line: it is dropped below
                self._take(resume, line, number)
                kept += len(line)
        size = os.fstat(self._descriptor).st_size
        if kept == 0 and size == 0:
            self._append(self.header)
        elif kept == 0:
            self._refuse("holds no journal header")
        elif kept < size:
            os.ftruncate(self._descriptor, kept)
        os.lseek(self._descriptor, 0, os.SEEK_END)
        return resume

    def _take(self, resume: Resume, raw: bytes, number: int) -> None:
        try:
            line = _json.loads(raw)
        except ValueError:
            self._refuse(f"line {number} is not JSON")
        if not isinstance(line, dict):
            self._refuse(f"line {number} is not a journal line")
        if number == 1:
            if line.get("journal") != KIND:
                self._refuse("is not a results journal")
            theirs = {k: line.get(k) for k in self.header}
            if theirs != self.header:
                self._refuse(f"is the journal of another run ({_describe(line)})")
            return
        index = line.get("index")
        if not isinstance(index, int) or index < 0:
            self._refuse(f"line {number} has no record index")
        if line.get("phase") == "sending":
            resume.sent(index, line)
        elif "status" in line:
            resume.ended(index, line)
        else:
            self._refuse(f"line {number} is not a journal line")

    def _refuse(self, why: str) -> Any:
        raise OutputError(
            f"the results file {self.path} {why}",
            path=self.path,
            hint="give another results file (this one is kept as it is)",
        )

    def mismatch(self, index: int) -> OutputError:
        """The error for an input that is not the one this journal records."""
        return OutputError(
            f"record {index} of the input is not the one the results file {self.path} "
            "recorded (another input file, or other options)",
            path=self.path,
            hint="rerun with the same input and options, or give another results file",
        )

    # -- writing ------------------------------------------------------------------------

    async def sending(
        self, index: int, fingerprint: int, request: Mapping[str, Any], **extra: Any
    ) -> None:
        """Record that ``index`` is about to be sent, durably (fsynced) before it is."""
        self._append({"index": index, "phase": "sending", "fingerprint": fingerprint,
                      "request": dict(request), **extra})  # fmt: skip
        await self._durable()

    def ended(self, line: Mapping[str, Any], fingerprint: int) -> None:
        """Record a record's outcome."""
        self._append({**line, "fingerprint": fingerprint})

    def _append(self, line: Mapping[str, Any]) -> None:
        assert self._descriptor is not None
        data = mask_secrets(_json.dumps(line, default=str).decode(), self._secrets())
        encoded = data.encode() + b"\n"
        try:
            written = os.write(self._descriptor, encoded)
            if written != len(encoded):  # a short write: the disk filled up
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        except OSError as exc:
            raise error_from_os(exc, self.path) from exc
        self._written += 1

    async def _durable(self) -> None:
        """Wait until every line written so far is fsynced; callers share each fsync."""
        target = self._written
        while self._synced < target:
            if self._syncing is None or self._syncing.done():
                self._syncing = asyncio.ensure_future(self._fsync())
            await asyncio.shield(self._syncing)

    async def _fsync(self) -> None:
        assert self._descriptor is not None
        upto = self._written
        try:
            await asyncio.get_running_loop().run_in_executor(None, os.fsync, self._descriptor)
        except OSError as exc:
            raise error_from_os(exc, self.path) from exc
        self._synced = max(self._synced, upto)

    def close(self) -> None:
        """Release the lock and the file."""
        if self._descriptor is not None:
            with contextlib.suppress(OSError):
                os.close(self._descriptor)
            self._descriptor = None


def _describe(header: Mapping[str, Any]) -> str:
    run = "dry run" if header.get("dry_run") else "run"
    return f"a {run} of {header.get('operation')} on {header.get('service')}"
