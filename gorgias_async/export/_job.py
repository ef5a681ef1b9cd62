"""The export job: walk every stream at once under one budget, commit page by page."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

import attrs
import orjson

from .. import __version__
from .._pagination import Page, iterate_pages, raw_fetcher
from ._incremental import Changes, collect, deletions, now_utc, parse_since
from ._plan import BY_NAME, Stream, select
from ._progress import Progress
from ._sinks import STATE_FILE, Record, Sink, make_sink
from ._state import ExportState, StreamState, write_atomic

MANIFEST = "manifest.json"


class Requester(Protocol):
    """What the export needs of a client: one raw API call."""

    async def request(
        self, method: str, path: str, *, params: Mapping[str, Any] | None = None
    ) -> Any:
        """Send one request; return the parsed JSON answer."""


def cursor_expired(error: BaseException) -> bool:
    """Whether ``error`` is Gorgias refusing a stale cursor (a 400 about ``cursor``)."""
    if getattr(error, "status", None) != 400:
        return False
    field_errors = getattr(error, "field_errors", None) or {}
    return "cursor" in field_errors or "cursor" in str(getattr(error, "message", "")).lower()


@attrs.define
class ExportResult:
    """What an export run did."""

    out_dir: Path
    files: list[Path]
    counts: dict[str, int]
    state: ExportState
    duration: float


def _watermark(record: Record, current: str | None) -> str | None:
    stamp = record.get("updated_datetime") or record.get("created_datetime")
    if isinstance(stamp, str) and (current is None or stamp > current):
        return stamp
    return current


class _StreamRun:
    """One stream's walk: fetch pages, drop ids already written, commit each page."""

    def __init__(self, job: _Export, stream: Stream, state: StreamState, seen: set[int]) -> None:
        self.job = job
        self.stream = stream
        self.state = state
        self.seen = seen
        params: dict[str, Any] = {"limit": job.page_size, **stream.params}
        if stream.order_by:
            params["order_by"] = stream.order_by
        self.fetch = raw_fetcher(job.client.request, stream.path, params)

    async def run(self) -> None:
        started = time.monotonic()
        restarted = False
        while not self.state.done:
            try:
                async for page in iterate_pages(self.fetch, start_cursor=self.state.cursor):
                    self.commit(page)
            except Exception as error:
                if not cursor_expired(error) or self.state.cursor is None or restarted:
                    raise
                # The saved cursor died (they are short-lived): walk again from the start,
                # once; the ids already written are skipped, so nothing is written twice.
                restarted = True
                self.state.cursor = None
        self.job.durations[self.stream.name] = time.monotonic() - started

    def commit(self, page: Page[Record]) -> None:
        fresh = [record for record in page.data if record["id"] not in self.seen]
        self.seen.update(record["id"] for record in fresh)
        state = self.state
        for record in fresh:
            state.first_id = record["id"] if state.first_id is None else state.first_id
            state.last_id = record["id"]
            state.watermark = _watermark(record, state.watermark)
        state.count += len(fresh)
        state.pages += 1
        state.cursor = page.next_cursor
        state.done = not page.next_cursor
        self.job.sink.commit(self.stream, fresh, self.job.state)
        self.job.progress.update(
            self.stream.name, items=state.count, pages=state.pages, done=state.done
        )


class _Export:
    def __init__(
        self,
        client: Requester,
        sink: Sink,
        state: ExportState,
        progress: Progress,
        page_size: int,
    ) -> None:
        self.client = client
        self.sink = sink
        self.state = state
        self.progress = progress
        self.page_size = page_size
        self.durations: dict[str, float] = {}


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

    Every stream is walked concurrently under the client's budget. Each page is written
    durably and then checkpointed; running the same export again after a crash (with
    ``resume=True``) continues each stream where its last checkpoint stands, and every
    record the API listed appears exactly once in the output.

    Once an export into ``out_dir`` has completed, running it again is incremental: only
    what changed since the previous run started is fetched and merged by id (deletions
    included). ``since`` asks for that from a given instant instead; ``resume=False``
    starts over with a full export.

    Raises:
        ValueError: an unknown resource or format, or a bad ``page_size``.
    """
    streams = select(list(resources))
    if not 1 <= page_size <= 100:
        raise ValueError(f"page_size must be between 1 and 100, not {page_size}")
    out = Path(out_dir)
    _prepare_directory(out, clear=not resume, fmt=format)
    sink = make_sink(format, out)
    started = time.monotonic()
    try:
        previous = sink.load_state()
        if previous is not None and previous.format != format:
            raise ValueError(f"{out} holds a {previous.format} export; use another --out")
        state = previous or ExportState(format=format)
        reporter = progress or Progress([s.name for s in streams], quiet=True)
        if since is None and state.complete:
            since = state.watermark or state.since
        if since is not None:
            return await _incremental(client, sink, state, streams, since, page_size, reporter)
        if state.watermark is None:
            state.watermark = now_utc().isoformat()
        job = _Export(client, sink, state, reporter, page_size)
        runs = []
        for stream in streams:
            stream_state = state.streams.setdefault(stream.name, StreamState())
            runs.append(_StreamRun(job, stream, stream_state, sink.prepare(stream, stream_state)))
        async with asyncio.TaskGroup() as group:
            for run in runs:
                group.create_task(run.run())
        state.complete = True
        if runs:
            sink.commit(runs[0].stream, [], state)
        return _finish(out, sink, streams, state, job.durations, client, reporter, started)
    finally:
        sink.close()


async def _incremental(
    client: Requester,
    sink: Sink,
    state: ExportState,
    streams: Sequence[Stream],
    since: str | datetime,
    page_size: int,
    reporter: Progress,
) -> ExportResult:
    """Fetch what changed since ``since`` in every stream and merge it into the output."""
    started = time.monotonic()
    run_started = now_utc().isoformat()
    watermark = parse_since(since)
    state.since = watermark.isoformat()
    state.complete = False
    wanted = {stream.name: stream for stream in streams}
    wanted.setdefault("events", BY_NAME["events"])  # deletions are only visible as events
    collected: dict[str, Changes] = {}
    durations: dict[str, float] = {}

    async def one(stream: Stream) -> None:
        began = time.monotonic()
        collected[stream.name] = await collect(client, stream, watermark, page_size)
        durations[stream.name] = time.monotonic() - began

    async with asyncio.TaskGroup() as group:
        for stream in wanted.values():
            group.create_task(one(stream))
    deleted = deletions(collected["events"].records)
    for stream in streams:
        changes = collected[stream.name]
        stream_state = state.streams.setdefault(stream.name, StreamState())
        stream_state.pages += changes.pages
        for record in changes.records:
            stream_state.watermark = _watermark(record, stream_state.watermark)
        count = sink.apply(
            stream, changes.records, deleted.get(stream.name, set()), changes.replace, state
        )
        reporter.update(stream.name, items=count, pages=changes.pages, done=True)
    state.complete = True
    state.watermark = run_started
    if streams:
        sink.apply(streams[0], [], set(), False, state)  # persist the final state
    return _finish(sink.out_dir, sink, streams, state, durations, client, reporter, started)


def _finish(
    out: Path,
    sink: Sink,
    streams: Sequence[Stream],
    state: ExportState,
    durations: Mapping[str, float],
    client: Requester,
    reporter: Progress,
    started: float,
) -> ExportResult:
    _write_manifest(out, streams, state, durations, client)
    reporter.close()
    counts = {s.name: state.streams[s.name].count for s in streams}
    return ExportResult(out, sink.paths(), counts, state, time.monotonic() - started)


def _prepare_directory(out: Path, *, clear: bool, fmt: str) -> None:
    out.mkdir(parents=True, exist_ok=True)
    if clear:
        _clear(out, fmt)


def _clear(out: Path, fmt: str) -> None:
    for name in (STATE_FILE, "gorgias.sqlite", "gorgias.sqlite-wal", "gorgias.sqlite-shm"):
        (out / name).unlink(missing_ok=True)
    for path in out.glob(f"*.{fmt}"):
        path.unlink()


def _write_manifest(
    out: Path,
    streams: Sequence[Stream],
    state: ExportState,
    durations: Mapping[str, float],
    client: Requester,
) -> None:
    stats = getattr(client, "stats", None)
    manifest = {
        "library": "gorgias-async",
        "version": __version__,
        "format": state.format,
        "watermark": state.watermark,
        "incremental_since": state.since,
        "requests": getattr(stats, "requests", None),
        "rate_limited": getattr(stats, "rate_limited", None),
        "retries": getattr(stats, "retries", None),
        "resources": {
            stream.name: {
                "count": state.streams[stream.name].count,
                "first_id": state.streams[stream.name].first_id,
                "last_id": state.streams[stream.name].last_id,
                "watermark": state.streams[stream.name].watermark,
                "pages": state.streams[stream.name].pages,
                "duration_s": round(durations.get(stream.name, 0.0), 3),
            }
            for stream in streams
        },
    }
    write_atomic(out / MANIFEST, orjson.dumps(manifest, option=orjson.OPT_INDENT_2))
