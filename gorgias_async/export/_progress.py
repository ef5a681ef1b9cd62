"""Progress of an export: a live table on a terminal, plain lines otherwise.

The live table is drawn by `rich <https://rich.readthedocs.io>`_ (the ``[cli]`` extra),
which redraws in place, fits the table to the terminal's width and height and knows when
not to use escape codes. Without rich, on a dumb terminal (``TERM=dumb``) or when the
output is not a terminal (a pipe, a log file, cron), progress is plain lines: one every
``interval`` seconds and one as each resource finishes.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, TextIO

import attrs

if TYPE_CHECKING:
    from rich.console import Console, RenderableType
    from rich.live import Live

__all__ = ["Progress", "StreamProgress", "live_capable"]

#: Lines of the live view that are not resource rows: header, total, footer, a spare.
_CHROME = 4


@attrs.define
class StreamProgress:
    """Counters of one stream.

    Attributes:
        items: records held. pages: pages committed (all runs).
        done: walked to its end (in an earlier run or this one).
        mode: ``"full"``, ``"resumed"`` or ``"incremental"`` (None until the run begins it).
        finished: this run is through with it.
        total: the records expected, when known (for the ETA).
        began_items, began_pages: what it held when this run began it.
        began, ended: when this run began it and was through with it (monotonic).
    """

    items: int = 0
    pages: int = 0
    done: bool = False
    mode: str | None = None
    finished: bool = False
    total: int | None = None
    began_items: int = 0
    began_pages: int = 0
    began: float | None = None
    ended: float | None = None

    def rate(self, now: float) -> float:
        """Records per second added by this run."""
        until = self.ended if self.ended is not None else now
        if self.began is None or until <= self.began:
            return 0.0
        return (self.items - self.began_items) / (until - self.began)

    def eta(self, now: float) -> float | None:
        """Seconds left, when the total is known and records are coming."""
        rate = self.rate(now)
        if self.finished or self.total is None or rate <= 0 or self.mode == "incremental":
            return None
        return max(0.0, (self.total - self.items) / rate)

    def state(self) -> str:
        """What the stream is doing, in a word."""
        if self.finished:
            return "done"
        if self.mode is None:
            return "waiting"
        if self.mode == "incremental":
            return "updating"
        return (
            "resuming" if self.mode == "resumed" and self.pages == self.began_pages else "walking"
        )


def live_capable(out: TextIO) -> bool:
    """Whether ``out`` can take a live table: a terminal that is not ``TERM=dumb``, and
    rich installed."""
    if not out.isatty() or os.environ.get("TERM", "") in ("", "dumb", "unknown"):
        return False
    return _rich_installed()


def _rich_installed() -> bool:
    try:
        import rich  # noqa: F401
    except ImportError:
        return False
    return True


def _duration(seconds: float) -> str:
    seconds = round(seconds)
    if seconds < 60:
        return f"{seconds}s"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes}m{seconds:02d}s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h{minutes:02d}m"


class Progress:
    """Reports export progress to ``out`` (stderr by default).

    Args:
        names: the resources of the run, in the order to show them.
        out: where to write.
        quiet: print nothing.
        interval: seconds between redraws (live: 0.25) or lines (plain: 10).
        budget: what the budget holds now (``"21/40"``), shown beside the rate.
        totals: the records each resource is expected to hold (the account's earlier
            export), for an ETA.
        live: force the live table on or off (default: :func:`live_capable`); it needs
            rich.
    """

    def __init__(
        self,
        names: list[str],
        *,
        out: TextIO | None = None,
        quiet: bool = False,
        interval: float | None = None,
        budget: Callable[[], str] | None = None,
        totals: dict[str, int] | None = None,
        live: bool | None = None,
    ) -> None:
        self.out = out or sys.stderr
        self.quiet = quiet
        wanted = live_capable(self.out) if live is None else live
        self.live = not quiet and wanted and _rich_installed()
        self.interval = interval if interval is not None else (0.25 if self.live else 10.0)
        self.budget = budget
        totals = totals or {}
        self.streams = {name: StreamProgress(total=totals.get(name)) for name in names}
        self.started = time.monotonic()
        self._last = 0.0
        self._live: Live | None = None
        self._console: Console | None = None
        self._closed = False

    # -- what the export reports --------------------------------------------------------

    def begin(self, name: str, *, items: int, pages: int, mode: str) -> None:
        """The run starts ``name``, which holds ``items`` records in ``pages`` pages
        already (a resumed walk or an incremental run), in ``mode``."""
        self.streams[name] = attrs.evolve(
            self.streams[name],
            items=items,
            pages=pages,
            mode=mode,
            finished=False,
            ended=None,
            began_items=items,
            began_pages=pages,
            began=time.monotonic(),
        )
        self._maybe_render()

    def update(self, name: str, *, items: int, pages: int, done: bool) -> None:
        """Record a committed page of ``name`` (``done``: its last) and redraw if it is
        time."""
        stream, now = self.streams[name], time.monotonic()
        self.streams[name] = attrs.evolve(
            stream,
            items=items,
            pages=pages,
            done=done,
            finished=done,
            began=now if stream.began is None else stream.began,
            ended=now if done else None,
        )
        if done and not stream.finished and not self.live and not self.quiet:
            print(f"export: {name} done, {items:,} records", file=self.out, flush=True)
        self._maybe_render()

    def close(self) -> None:
        """Draw the final state (once)."""
        if not self._closed:
            self.render()
        self.stop()

    def stop(self) -> None:
        """Stop drawing, the last frame left as it is (the run failed: its error says
        the rest)."""
        self._closed = True
        if self._live is not None:
            self._live.stop()
            self._live = None

    # -- drawing ------------------------------------------------------------------------

    def _maybe_render(self) -> None:
        now = time.monotonic()
        if now - self._last >= self.interval:
            self._last = now
            self.render()

    def render(self) -> None:
        """Draw the current state."""
        if self.quiet:
            return
        if self.live:
            self._render_live()
        else:
            print(self._line(), file=self.out, flush=True)

    def _footer(self, now: float) -> str:
        elapsed = max(1e-9, now - self.started)
        pages = sum(s.pages - s.began_pages for s in self.streams.values())
        budget = f", budget {self.budget()}" if self.budget else ""
        return f"{pages / elapsed:.1f} pages/s{budget}, {_duration(elapsed)}"

    def _line(self) -> str:
        now = time.monotonic()
        total = sum(s.items for s in self.streams.values())
        done = sum(s.state() == "done" for s in self.streams.values())
        etas = [left for s in self.streams.values() if (left := s.eta(now)) is not None]
        eta = f", ETA {_duration(max(etas))}" if etas else ""
        return (
            f"export: {total:,} records, {done}/{len(self.streams)} resources done, "
            f"{self._footer(now)}{eta}"
        )

    def _render_live(self) -> None:
        from rich.console import Console
        from rich.live import Live

        if self._console is None:
            self._console = Console(file=self.out, highlight=False)
        if self._live is None:
            self._live = Live(
                console=self._console,
                auto_refresh=False,
                transient=False,
                redirect_stdout=False,
                redirect_stderr=False,
                vertical_overflow="crop",
            )
            self._live.start()
        self._live.update(self._table(self._console.size.height), refresh=True)

    def _rows(self, height: int) -> list[tuple[str, StreamProgress]]:
        """The streams to show in ``height`` rows: working ones first, then waiting,
        then done; the rest summed up in the last row."""
        rows = list(self.streams.items())
        if len(rows) <= height:
            return rows
        rank = {"walking": 0, "resuming": 0, "updating": 1, "waiting": 2, "done": 3}
        ordered = sorted(rows, key=lambda row: rank[row[1].state()])
        return ordered[: max(0, height - 1)]

    def _table(self, height: int) -> RenderableType:
        from rich.console import Group
        from rich.table import Table
        from rich.text import Text

        now = time.monotonic()
        room = max(1, height - _CHROME)
        shown = self._rows(room)
        table = Table(box=None, pad_edge=False, show_edge=False, expand=False)
        table.add_column("resource", no_wrap=True, overflow="ellipsis", min_width=6)
        table.add_column("records", justify="right", no_wrap=True)
        table.add_column("rec/s", justify="right", no_wrap=True)
        table.add_column("state", no_wrap=True, overflow="ellipsis")
        for name, stream in shown:
            rate = stream.rate(now)
            eta = stream.eta(now)
            state = stream.state() + (f" ETA {_duration(eta)}" if eta is not None else "")
            records = f"{stream.items:,}"
            if stream.total is not None and not stream.finished:
                records += f"/{stream.total:,}"
            table.add_row(name, records, f"{rate:,.0f}" if rate else "", state)
        hidden = [s for name, s in self.streams.items() if (name, s) not in shown]
        if hidden:
            done = sum(s.state() == "done" for s in hidden)
            table.add_row(f"+{len(hidden)} more", "", "", f"{done} done")
        total = sum(s.items for s in self.streams.values())
        done = sum(s.state() == "done" for s in self.streams.values())
        table.add_row("total", f"{total:,}", "", f"{done}/{len(self.streams)} done", style="bold")
        footer = Text(self._footer(now), no_wrap=True, overflow="ellipsis")
        return Group(table, footer)
