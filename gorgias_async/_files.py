"""The output folder: checked before anything is sent, locked while a run writes, and
written without ever following a link or touching a file this export did not create."""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import socket
import sys
import tempfile
from pathlib import Path
from typing import Any

from . import _json
from ._datetime import now
from .errors import OutputError, OutputLockedError, error_from_os

LOCK_FILE = ".export.lock"
_NOFOLLOW_CREATE = os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC


def check_out_dir(path: Path, name: str = "out_dir") -> None:
    """ValueError naming ``name`` unless ``path`` is (or can become) a writable folder.

    Nothing is created: a missing folder is checked through its parent, which must exist.
    """
    if path.is_dir():
        _probe_writable(path, name)
        return
    if path.exists() or path.is_symlink():
        raise ValueError(f"{name}: {path} is a file, not a folder; choose a folder")
    parent = path.parent
    if parent.exists() and not parent.is_dir():
        raise ValueError(f"{name}: {parent} is a file, not a folder; choose a folder")
    if not parent.exists():
        raise ValueError(f"{name}: the folder {parent} does not exist; create it first")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise ValueError(f"{name}: cannot write in {parent}; choose a folder you can write to")
    _probe_writable(parent, name)


def _probe_writable(folder: Path, name: str) -> None:
    # os.access answers yes to root even where the kernel says no (/sys, some mounts).
    try:
        with tempfile.TemporaryFile(dir=folder, prefix=".gorgias-probe-"):
            pass
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise ValueError(
            f"{name}: cannot write in {folder} ({reason}); choose a folder you can write to"
        ) from None


def refuse_link(path: Path) -> None:
    """OutputError if a symbolic link stands at ``path`` (we never write through one)."""
    if path.is_symlink():
        raise OutputError(
            f"{path.name} in {path.parent} is a symbolic link, and the export never writes "
            "through one",
            path=path,
            hint="remove the link or choose another --out",
        )


def open_no_follow(path: Path) -> int:
    """A read-write descriptor of ``path`` (created if missing), refusing a symbolic link."""
    refuse_link(path)
    try:
        return os.open(path, _NOFOLLOW_CREATE, 0o644)
    except OSError as exc:
        if exc.errno == errno.ELOOP:  # a link planted since the check
            refuse_link(path)
        raise error_from_os(exc, path) from exc


def remove_owned(paths: list[Path]) -> None:
    """Delete files this export wrote (links among them are refused, not followed)."""
    for path in paths:
        refuse_link(path)
    for path in paths:
        try:
            path.unlink(missing_ok=True)
        except OSError as exc:
            raise error_from_os(exc, path) from exc


def write_atomic(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so a crash leaves the old or the new file, whole.

    A link at ``path`` is replaced itself, never followed.
    """
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


class FileLock:
    """An exclusive ``flock`` on ``path`` while a run uses what it guards.

    The kernel drops the lock when its holder exits, however it exits, so the lock of a
    dead process never blocks; what the holder wrote about itself (pid, host, since) is
    only there to say who holds it. ``busy`` words the refusal (the holder is added),
    ``subject`` is the path the refusal names, ``hint`` what to do.
    """

    def __init__(self, path: Path, *, busy: str, subject: Path, hint: str) -> None:
        self.path = path
        self._busy, self._subject, self._hint = busy, subject, hint
        self._descriptor: int | None = None

    @property
    def held(self) -> bool:
        """Whether this object holds the lock."""
        return self._descriptor is not None

    def acquire(self) -> None:
        """Take the lock, or raise :class:`OutputLockedError` at once."""
        descriptor = open_no_follow(self.path)
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _read_holder(descriptor)
            os.close(descriptor)
            raise OutputLockedError(
                f"{self._busy} ({_describe(holder)})",
                path=self._subject,
                hint=self._hint,
                holder=holder,
            ) from None
        except OSError as exc:
            os.close(descriptor)
            raise error_from_os(exc, self.path) from exc
        self._descriptor = descriptor
        holder = {
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "since": now().isoformat(timespec="seconds"),
            "command": sys.argv,
        }
        with contextlib.suppress(OSError):  # who holds it is a courtesy, not the lock
            os.ftruncate(descriptor, 0)
            os.pwrite(descriptor, _json.dumps(holder) + b"\n", 0)

    def release(self) -> None:
        """Drop the lock (the file stays: deleting it would race with the next run)."""
        if self._descriptor is not None:
            os.close(self._descriptor)
            self._descriptor = None


class FolderLock(FileLock):
    """The export's lock: ``<folder>/.export.lock`` for the length of a run."""

    def __init__(self, folder: Path) -> None:
        super().__init__(
            folder / LOCK_FILE,
            busy=f"another export is writing to {folder}",
            subject=folder,
            hint="wait for it to end, or stop it and run again (it resumes)",
        )


def _read_holder(descriptor: int) -> dict[str, Any]:
    try:
        raw = os.pread(descriptor, 4096, 0)
        holder = _json.loads(raw)
    except (OSError, ValueError):
        return {}
    return holder if isinstance(holder, dict) else {}


def _describe(holder: dict[str, Any]) -> str:
    if not holder:
        return "its holder did not say who it is"
    return f"pid {holder.get('pid')} on {holder.get('host')}, since {holder.get('since')}"
