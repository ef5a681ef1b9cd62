"""The export job: every resource walked at once under one budget, committed page by page.

Each resource of a folder has its own state. One never exported (or whose file was
deleted or cut short) gets a full walk, resumed from its last checkpoint after a crash;
one fully exported gets only its changes since its last sync. Both kinds run together
in one run, under the client's one budget.
"""

from __future__ import annotations

import asyncio
import collections
import time
from collections.abc import Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

import attrs

from .. import _json
from .._datetime import now
from .._files import FolderLock, check_out_dir, write_atomic
from .._pagination import iterate_pages, raw_fetcher
from .._validate import check_limit
from .._version import __version__
from ..errors import CursorExpiredError, error_from_os
from ._incremental import collect, collect_deletions, parse_since
from ._plan import STREAMS, Stream, select
from ._progress import Progress
from ._sinks import MANIFEST, Changes, PageCommit, Sink, check_format, open_sink
from ._state import ExportState, StreamState
from ._writer import GROUP_ITEMS, Writer


class Requester(Protocol):
    """What the export needs of a client: one raw API call, raising the typed errors of
    :mod:`gorgias_async.errors` (a cursor the server no longer takes: a
    :class:`~gorgias_async.CursorExpiredError`)."""

    async def request(
        self, method: str, path: str, *, params: Mapping[str, Any] | None = None
    ) -> Any:
        """Send one request; return the parsed JSON answer."""


#: Pages of one walk handed to the writer before the first of them is durable: a group.
COMMITS_AHEAD = GROUP_ITEMS


@attrs.define
class ExportResult:
    """What an export run did.

    Attributes:
        out_dir: the folder. files: the files it holds.
        counts: records held per resource of this run.
        modes: per resource of this run, ``"full"`` (walked from the start),
            ``"resumed"`` (a full walk continued) or ``"incremental"`` (changes only).
        state: the state of every resource in the folder, after the run.
        duration: seconds.
    """

    out_dir: Path
    files: list[Path]
    counts: dict[str, int]
    modes: dict[str, str]
    state: ExportState
    duration: float


async def export(
    client: Requester,
    resources: Sequence[str] = (),
    out_dir: str | Path = "gorgias-export",
    *,
    format: str = "jsonl",
    resume: bool = True,
    since: str | datetime | None = None,
    page_size: int = 100,
    progress: Progress | None = None,
) -> ExportResult:
    """Export ``resources`` (all when empty) of the account behind ``client`` to files.

    Every resource is walked concurrently under the client's budget. Each page is written
    durably and then checkpointed; running the same export again after a crash continues
    each resource where its checkpoint stands, and every record the API listed appears
    exactly once in the output.

    Each resource keeps its own state: one already exported into ``out_dir`` is brought
    up to date with only what changed since its last run (deletions included); one new
    to the folder, or whose file was deleted or cut short, gets a full walk. ``since``
    asks every resource for the changes from that instant instead. ``resume=False``
    starts over, deleting only the files this export wrote before (never the user's).

    A second export into the same folder while one runs is refused at once
    (:class:`~gorgias_async.OutputLockedError`). With a client that has
    ``check_connection`` (an :class:`~gorgias_async.AsyncGorgias`), the credentials are
    checked before anything is created.

    Raises:
        ValueError: an unknown resource or format, a bad ``page_size``, ``since`` or
            ``out_dir``; before any request.
        GorgiasError: the first error that stopped a walk (an API error after its retries,
            an :class:`~gorgias_async.OutputError`…); the folder stays resumable.
        OutputError: the folder cannot be used (a file of the user's stands where the
            export would write, a link, a damaged checkpoint, a full disk…).
    """
    streams, fmt, out, moment = _checked(resources, out_dir, format, page_size, since, {})
    check = getattr(client, "check_connection", None)
    if check is not None:
        await check()
    lock = _locked_folder(out)
    writer: Writer[PageCommit, StreamState] = Writer()
    try:
        sink = await writer.run(_open, out, fmt, resume)
        writer.bind(sink)
        try:
            run = _Run(client, sink, writer, streams, page_size, progress)
            return await run.run(moment)
        except ExceptionGroup as group:
            # The walks run in a task group; the caller gets the error that stopped them.
            raise _first_error(group) from group
        finally:
            await writer.drain()
            await writer.run(sink.close)
    finally:
        writer.shutdown()
        lock.release()


def check_options(
    resources: Sequence[str] = (),
    out_dir: str | Path = "gorgias-export",
    *,
    format: str = "jsonl",
    page_size: int = 100,
    since: str | datetime | None = None,
    names: Mapping[str, str] | None = None,
) -> None:
    """Raise what :func:`export` would raise for these arguments, sending and writing
    nothing. A command line checks its usage with it: ``names`` spells the arguments as
    its user knows them (``{"out_dir": "--out"}``) in the messages."""
    _checked(resources, out_dir, format, page_size, since, names or {})


def _checked(
    resources: Sequence[str],
    out_dir: str | Path,
    format: str,
    page_size: int,
    since: str | datetime | None,
    names: Mapping[str, str],
) -> tuple[list[Stream], str, Path, datetime | None]:
    streams = select(list(resources))
    fmt = check_format(format)
    check_limit(page_size, names.get("page_size", "page_size"))
    out = Path(out_dir)
    check_out_dir(out, names.get("out_dir", "out_dir"))
    moment = parse_since(since, names.get("since", "since")) if since is not None else None
    return streams, fmt, out, moment


def _forget(futures: collections.deque[asyncio.Future[StreamState]]) -> None:
    """Let go of commits a stopped walk will not await: pending ones are cancelled (the
    writer skips them), failed ones have their error marked as seen (it was raised)."""
    for future in futures:
        if not future.done():
            future.cancel()
        elif not future.cancelled():
            future.exception()


def _first_error(error: BaseException) -> BaseException:
    while isinstance(error, BaseExceptionGroup):
        error = error.exceptions[0]
    return error


def _locked_folder(out: Path) -> FolderLock:
    """Create ``out`` if needed (its parent exists: checked) and lock it for this run."""
    try:
        out.mkdir(exist_ok=True)
    except OSError as exc:
        raise error_from_os(exc, out) from exc
    lock = FolderLock(out)
    lock.acquire()
    return lock


def _open(out: Path, fmt: str, resume: bool) -> Sink:
    return open_sink(out, fmt, resume=resume)


class _Run:
    """One run over one folder."""

    def __init__(
        self,
        client: Requester,
        sink: Sink,
        writer: Writer[PageCommit, StreamState],
        streams: Sequence[Stream],
        page_size: int,
        progress: Progress | None,
    ) -> None:
        self.client = client
        self.sink = sink
        self.writer = writer
        self.streams = streams
        self.page_size = page_size
        self.progress = progress or Progress([s.name for s in streams], quiet=True)
        self.started_at = now().isoformat()
        self.started = time.monotonic()
        self.states: dict[str, StreamState] = {}
        self.modes: dict[str, str] = {}
        self.runs: dict[str, dict[str, Any]] = {}

    async def run(self, since: datetime | None) -> ExportResult:
        for stream in self.streams:
            state = await self.writer.run(self.sink.start, stream, self.started_at)
            self.states[stream.name] = state
            if since is not None or state.done:
                self.modes[stream.name] = "incremental"
            else:
                self.modes[stream.name] = "resumed" if state.pages else "full"
            self.progress.begin(
                stream.name, items=state.count, pages=state.pages, mode=self.modes[stream.name]
            )
        walked = [s for s in self.streams if self.modes[s.name] != "incremental"]
        updated = [s for s in self.streams if self.modes[s.name] == "incremental"]
        async with asyncio.TaskGroup() as group:
            for stream in walked:
                group.create_task(self.walk(stream))
            if updated:
                group.create_task(self.update(updated, since))
        for stream in self.streams:
            await self.writer.run(self.sink.finish, stream)
        for name, run in self.runs.items():
            await self.writer.run(self.sink.record_run, name, run)
        folder = await self.writer.run(_copy_state, self.sink)
        await self.writer.run(_write_manifest, self.sink.out, folder, self._run_info())
        self.progress.close()
        return ExportResult(
            out_dir=self.sink.out,
            files=await self.writer.run(_data_files, self.sink),
            counts={s.name: folder.streams[s.name].count for s in self.streams},
            modes=dict(self.modes),
            state=folder,
            duration=time.monotonic() - self.started,
        )

    # -- full walks -------------------------------------------------------------------

    async def walk(self, stream: Stream) -> None:
        """Walk ``stream`` from its checkpoint to its end, committing page by page."""
        began = time.monotonic()
        params: dict[str, Any] = {"limit": self.page_size, **stream.params}
        if stream.order_by:
            params["order_by"] = stream.order_by
        fetch = raw_fetcher(self.client.request, stream.path, params)
        state = self.states[stream.name]
        cursor, restarted, pages, held = state.cursor, False, 0, state.count
        committing: collections.deque[asyncio.Future[StreamState]] = collections.deque()
        while True:
            try:
                async for page in iterate_pages(fetch, start_cursor=cursor):
                    done = not page.next_cursor
                    committing.append(
                        self.writer.submit(
                            PageCommit(stream, page.data, page.next_cursor, done), now=done
                        )
                    )
                    pages += 1
                    # Keep walking while pages are made durable, a few pages ahead at most.
                    while committing and (len(committing) > COMMITS_AHEAD or committing[0].done()):
                        state = await committing.popleft()
                        self._report(stream.name, state)
                while committing:
                    state = await committing.popleft()
                    self._report(stream.name, state)
                return
            except Exception as error:
                await asyncio.gather(*committing, return_exceptions=True)
                committing.clear()
                if not isinstance(error, CursorExpiredError) or cursor is None or restarted:
                    raise
                # The saved cursor died (they are short-lived): walk again from the start,
                # once; the ids already written are skipped, so nothing is written twice.
                restarted, cursor = True, None
            finally:
                _forget(committing)
                self.runs[stream.name] = {
                    "at": self.started_at,
                    "mode": self.modes[stream.name],
                    "added": state.count - held,
                    "pages": pages,
                    "duration_s": round(time.monotonic() - began, 3),
                }

    # -- incremental runs -------------------------------------------------------------

    async def update(self, streams: Sequence[Stream], since: datetime | None) -> None:
        """Fetch each resource's changes since its last sync and merge them."""
        since_of = {
            s.name: since or parse_since(self.states[s.name].synced_at or self.started_at)
            for s in streams
        }
        deletions = asyncio.create_task(
            collect_deletions(self.client, min(since_of.values()), self.page_size)
        )
        try:
            async with asyncio.TaskGroup() as group:
                for stream in streams:
                    group.create_task(self.update_one(stream, since_of[stream.name], deletions))
        finally:
            if not deletions.done():
                deletions.cancel()
            await asyncio.gather(deletions, return_exceptions=True)

    async def update_one(
        self, stream: Stream, since: datetime, deletions: asyncio.Task[dict[str, set[int]]]
    ) -> None:
        began = time.monotonic()
        changes: Changes = await collect(self.client, stream, since, self.page_size)
        deleted = (await asyncio.shield(deletions)).get(stream.name, set())
        state, counts = await self.writer.run(
            self.sink.apply, stream, changes, deleted, self.started_at, since.isoformat()
        )
        self.states[stream.name] = state
        self.runs[stream.name] = {
            "at": self.started_at,
            "mode": "incremental",
            "since": since.isoformat(),
            **counts,
            "pages": changes.pages,
            "duration_s": round(time.monotonic() - began, 3),
        }
        self._report(stream.name, state)

    # -- reporting --------------------------------------------------------------------

    def _report(self, name: str, state: StreamState) -> None:
        self.progress.update(name, items=state.count, pages=state.pages, done=state.done)

    def _run_info(self) -> dict[str, Any]:
        stats = getattr(self.client, "stats", None)
        return {
            "started": self.started_at,
            "duration_s": round(time.monotonic() - self.started, 3),
            "resources": [s.name for s in self.streams],
            "requests": getattr(stats, "requests", None),
            "rate_limited": getattr(stats, "rate_limited", None),
            "retries": getattr(stats, "retries", None),
        }


def _copy_state(sink: Sink) -> ExportState:
    return ExportState(
        format=sink.state.format,
        streams={name: attrs.evolve(s) for name, s in sink.state.streams.items()},
    )


def _data_files(sink: Sink) -> list[Path]:
    files = {path for path in sink.owned_files() if path.exists() and not path.name.startswith(".")}
    return sorted(files - {sink.out / MANIFEST})


def _write_manifest(out: Path, state: ExportState, run: dict[str, Any]) -> None:
    """``manifest.json``: every resource the folder holds, and what the last run did."""
    order = {stream.name: index for index, stream in enumerate(STREAMS)}
    names = sorted(state.streams, key=lambda name: order.get(name, len(order)))
    manifest = {
        "library": "gorgias-async",
        "version": __version__,
        "format": state.format,
        # The last run's totals, at the top level as before.
        "requests": run["requests"],
        "rate_limited": run["rate_limited"],
        "retries": run["retries"],
        "run": run,
        "resources": {
            name: {
                "file": state.streams[name].file,
                "count": state.streams[name].count,
                "complete": state.streams[name].done,
                "synced_at": state.streams[name].synced_at,
                "only_since": state.streams[name].only_since,
                "first_id": state.streams[name].first_id,
                "last_id": state.streams[name].last_id,
                "watermark": state.streams[name].watermark,
                "pages": state.streams[name].pages,
                "last_run": state.streams[name].last_run,
            }
            for name in names
        },
    }
    try:
        write_atomic(out / MANIFEST, _json.dumps(manifest, option=_json.INDENT))
    except OSError as exc:
        raise error_from_os(exc, out / MANIFEST) from exc
