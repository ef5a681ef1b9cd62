"""Where a change stream stands (:class:`Position`) and the checkpoints that keep it.

A watcher of the events feed reads ``created_datetime[gte]=<low>`` and skips the ids it
has handled. So that a restarted watcher neither repeats nor skips an event — also when
several events share a timestamp, or one shows up late with an older timestamp — its
position holds three things:

- ``low``: where the next read starts; every event older than that was handled, or
  appeared later than the overlap window allows (see :mod:`gorgias_async._watch`);
- ``high``: the newest ``created_datetime`` handled (``low`` trails it by the overlap);
- ``seen``: the ids of the handled events dated at or after ``low`` — exactly the events
  the next read returns again and must not hand out twice. Nothing older needs
  remembering, so the position stays as small as the overlap window.

A :class:`Checkpoint` loads and saves a position. Shipped: :class:`FileCheckpoint`
(atomic, fsynced, locked against a second watcher), :class:`MemoryCheckpoint`, and
:class:`CallableCheckpoint` for your own store (two plain or async functions exchanging
the position as JSON text — keep it in the same transaction as your own writes and a
crash can neither lose nor repeat an effect).
"""

from __future__ import annotations

import asyncio
import inspect
import os
from collections.abc import Awaitable, Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final, Protocol, TypeAlias, runtime_checkable

import attrs

from . import _json
from ._files import FileLock, refuse_link, write_atomic
from .errors import OutputError, error_from_os
from .models import format_datetime, parse_datetime

__all__ = [
    "CallableCheckpoint",
    "Checkpoint",
    "CheckpointLike",
    "FileCheckpoint",
    "MemoryCheckpoint",
    "Position",
    "as_checkpoint",
]

VERSION: Final = 1
#: A position naming more ids than this is refused as corrupt (a window that large
#: would not fit in memory anyway).
MAX_SEEN: Final = 10_000_000


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _aware_or_none(moment: datetime | None) -> datetime | None:
    return None if moment is None else _aware(moment)


def _ids(ids: Iterable[int]) -> frozenset[int]:
    return frozenset(ids)


def _ranges(ids: Iterable[int]) -> list[int | list[int]]:
    """Sorted ids as runs: ``[1, 2, 3, 7]`` → ``[[1, 3], 7]`` (event ids mostly follow
    each other, so a window of thousands of events takes a few bytes)."""
    runs: list[int | list[int]] = []
    start = end = None
    for value in sorted(ids):
        if end is not None and value == end + 1:
            end = value
            continue
        if start is not None and end is not None:
            runs.append(start if start == end else [start, end])
        start = end = value
    if start is not None and end is not None:
        runs.append(start if start == end else [start, end])
    return runs


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _from_ranges(runs: Any) -> frozenset[int]:
    if not isinstance(runs, list):
        raise ValueError("'seen' is not a list")
    ids: set[int] = set()
    for run in runs:
        if _is_int(run):
            ids.add(run)
        elif isinstance(run, list) and len(run) == 2 and all(_is_int(v) for v in run):
            first, last = run
            if last < first or len(ids) + last - first >= MAX_SEEN:
                raise ValueError(f"'seen' holds a bad run {run!r}")
            ids.update(range(first, last + 1))
        else:
            raise ValueError(f"'seen' holds {run!r}, not an id or an [first, last] run")
    return frozenset(ids)


def _moment(value: Any, name: str) -> datetime:
    parsed = parse_datetime(value) if isinstance(value, str) else None
    if parsed is None:
        raise ValueError(f"{name!r} is not a datetime")
    return parsed


@attrs.frozen
class Position:
    """Where a watcher of the events feed stands (see the module docstring).

    Attributes:
        low: the feed is read from this instant on (aware, UTC).
        high: the newest ``created_datetime`` handled, or None before the first event.
        seen: ids of the handled events dated at or after ``low``.
    """

    low: datetime = attrs.field(converter=_aware)
    high: datetime | None = attrs.field(default=None, converter=_aware_or_none)
    seen: frozenset[int] = attrs.field(default=frozenset(), converter=_ids)

    def dumps(self) -> str:
        """The position as compact JSON text (what :class:`CallableCheckpoint` stores)."""
        body = {
            "version": VERSION,
            "low": format_datetime(self.low),
            "high": None if self.high is None else format_datetime(self.high),
            "seen": _ranges(self.seen),
        }
        return _json.dumps(body).decode()

    @classmethod
    def loads(cls, text: str | bytes) -> Position:
        """Read :meth:`dumps`' text back; ValueError says what is wrong with it."""
        try:
            body = _json.loads(text)
        except ValueError:
            raise ValueError("not JSON") from None
        if not isinstance(body, dict) or body.get("version") != VERSION:
            raise ValueError(f"not a version-{VERSION} watch position")
        high = body.get("high")
        return cls(
            low=_moment(body.get("low"), "low"),
            high=None if high is None else _moment(high, "high"),
            seen=_from_ranges(body.get("seen", [])),
        )


MaybeAwaitable: TypeAlias = Awaitable[Any] | Any


@runtime_checkable
class Checkpoint(Protocol):
    """Loads and saves a :class:`Position`; each method may be plain or ``async``.

    ``load`` returns None when nothing was saved yet. ``save`` is called after each event
    (or batch) is handled, and must be durable when it returns. An optional ``close()``
    is called when the watcher ends.
    """

    def load(self) -> Position | Awaitable[Position | None] | None:
        """The saved position, or None."""
        ...

    def save(self, position: Position) -> Awaitable[None] | None:
        """Keep ``position``, durably."""
        ...


async def settle(value: MaybeAwaitable) -> Any:
    """``value``, awaited if it is awaitable (plain and async callbacks alike)."""
    if inspect.isawaitable(value):
        return await value
    return value


class MemoryCheckpoint:
    """A position kept in memory only: survives a watcher, not the process.

    Attributes:
        position: the last position saved (None before).
        saves: how many times it was saved.
    """

    def __init__(self, position: Position | None = None) -> None:
        self.position = position
        self.saves = 0

    def load(self) -> Position | None:
        """The last saved position."""
        return self.position

    def save(self, position: Position) -> None:
        """Keep ``position``."""
        self.position = position
        self.saves += 1

    def __repr__(self) -> str:
        return f"MemoryCheckpoint(saves={self.saves})"


class CallableCheckpoint:
    """A checkpoint in your own store: ``load() -> str | None`` and ``save(text)``.

    Both may be plain functions or coroutine functions. The text is
    :meth:`Position.dumps`' JSON; store it as it is (a text column, a key in Redis…).
    Saving it in the same transaction as what your handler wrote makes the pair exact:
    after a crash either both happened or neither did, so no event is lost or repeated.
    """

    def __init__(
        self,
        load: Callable[[], str | bytes | Awaitable[str | bytes | None] | None],
        save: Callable[[str], Awaitable[None] | None],
    ) -> None:
        if not callable(load) or not callable(save):
            raise TypeError("CallableCheckpoint needs two callables: load() and save(text)")
        self._load = load
        self._save = save

    async def load(self) -> Position | None:
        """The position ``load()`` returned, or None."""
        text = await settle(self._load())
        if text is None:
            return None
        if not isinstance(text, str | bytes):
            raise TypeError(f"checkpoint load() returned {type(text).__name__}, not str")
        try:
            return Position.loads(text)
        except ValueError as exc:
            raise ValueError(f"checkpoint load() returned an unusable position: {exc}") from None

    async def save(self, position: Position) -> None:
        """Hand ``position`` to ``save()`` as JSON text."""
        await settle(self._save(position.dumps()))

    def __repr__(self) -> str:
        return "CallableCheckpoint(…)"


class FileCheckpoint:
    """A position in a JSON file: replaced atomically and fsynced at each save.

    A crash at any moment leaves the previous position or the new one, whole. While a
    watcher uses the file, an exclusive ``flock`` on ``<file>.lock`` (released by the
    kernel however the process ends) refuses a second watcher of the same file with
    :class:`~gorgias_async.OutputLockedError`. The file is never written through a
    symbolic link.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        if not isinstance(path, str | os.PathLike):
            raise TypeError(f"path must be a str or a path, not {type(path).__name__}")
        self.path = Path(path)
        if self.path.is_dir():
            raise ValueError(f"checkpoint: {self.path} is a folder; give a file path")
        if not self.path.parent.is_dir():
            raise ValueError(f"checkpoint: the folder {self.path.parent} does not exist")
        self._lock = FileLock(
            self.lock_path,
            busy=f"another watcher uses the checkpoint {self.path}",
            subject=self.path,
            hint="stop it first, or give this watcher its own checkpoint file",
        )

    @property
    def lock_path(self) -> Path:
        """The lock file beside the checkpoint."""
        return self.path.with_name(self.path.name + ".lock")

    def _acquire(self) -> None:
        if not self._lock.held:
            self._lock.acquire()

    def _read(self) -> Position | None:
        self._acquire()
        refuse_link(self.path)
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise error_from_os(exc, self.path, resumable=False) from exc
        try:
            return Position.loads(raw)
        except ValueError as exc:
            raise OutputError(
                f"the checkpoint {self.path} is unusable ({exc})",
                path=self.path,
                hint="delete it to start over, or give another file",
            ) from None

    def _write(self, position: Position) -> None:
        self._acquire()
        try:
            write_atomic(self.path, position.dumps().encode() + b"\n")
        except OSError as exc:
            raise error_from_os(exc, self.path) from exc

    async def load(self) -> Position | None:
        """Lock the file and read the saved position (None if there is no file yet)."""
        return await asyncio.to_thread(self._read)

    async def save(self, position: Position) -> None:
        """Replace the file with ``position``, durably (fsynced file and folder)."""
        await asyncio.to_thread(self._write, position)

    def close(self) -> None:
        """Release the lock (the lock file stays: deleting it would race the next one)."""
        self._lock.release()

    def __repr__(self) -> str:
        return f"FileCheckpoint({str(self.path)!r})"


#: What ``checkpoint=`` accepts: a :class:`Checkpoint`, or a file path.
CheckpointLike: TypeAlias = Checkpoint | str | os.PathLike[str]


def as_checkpoint(value: Any, name: str = "checkpoint") -> Checkpoint | None:
    """``value`` as a :class:`Checkpoint`: a path becomes a :class:`FileCheckpoint`."""
    if value is None:
        return None
    if isinstance(value, str | os.PathLike):
        return FileCheckpoint(value)
    if isinstance(value, Checkpoint):
        return value
    raise TypeError(
        f"{name} must be a path, a Checkpoint (load/save) or None, not {type(value).__name__}"
    )


async def close_checkpoint(checkpoint: Checkpoint | None) -> None:
    """Call the checkpoint's optional ``close()`` (plain or async)."""
    close = getattr(checkpoint, "close", None)
    if callable(close):
        await settle(close())
