"""Progress of an export: a live table on a terminal, periodic lines otherwise."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TextIO

import attrs


@attrs.define
class StreamProgress:
    """Counters of one stream."""

    items: int = 0
    pages: int = 0
    done: bool = False


class Progress:
    """Reports export progress to ``out`` (stderr by default).

    On a terminal the table is redrawn in place at most every ``interval`` seconds; when
    ``out`` is not a terminal one summary line is printed every ``interval`` seconds
    instead; ``quiet`` prints nothing.
    """

    def __init__(
        self,
        names: list[str],
        *,
        out: TextIO | None = None,
        quiet: bool = False,
        interval: float | None = None,
        budget: Callable[[], str] | None = None,
    ) -> None:
        self.out = out or sys.stderr
        self.quiet = quiet
        self.live = not quiet and self.out.isatty()
        self.interval = interval if interval is not None else (0.25 if self.live else 10.0)
        self.budget = budget
        self.streams = {name: StreamProgress() for name in names}
        self.started = time.monotonic()
        self._last = 0.0
        self._drawn = 0

    def update(self, name: str, *, items: int, pages: int, done: bool) -> None:
        """Record a committed page of ``name`` and redraw if it is time."""
        self.streams[name] = StreamProgress(items, pages, done)
        now = time.monotonic()
        if now - self._last >= self.interval:
            self._last = now
            self.render()

    def _rate(self) -> tuple[float, str]:
        elapsed = max(1e-9, time.monotonic() - self.started)
        rate = sum(s.pages for s in self.streams.values()) / elapsed
        budget = f", budget {self.budget()}" if self.budget else ""
        return rate, budget

    def render(self) -> None:
        """Draw the current state."""
        if self.quiet:
            return
        rate, budget = self._rate()
        total = sum(s.items for s in self.streams.values())
        if not self.live:
            done = sum(s.done for s in self.streams.values())
            print(
                f"export: {total:,} records, {done}/{len(self.streams)} resources done, "
                f"{rate:.1f} pages/s{budget}",
                file=self.out,
                flush=True,
            )
            return
        lines = [f"{'resource':<24}{'records':>10}{'pages':>8}  state"]
        for name, stream in self.streams.items():
            state = "done" if stream.done else ("…" if stream.pages else "waiting")
            lines.append(f"{name:<24}{stream.items:>10,}{stream.pages:>8}  {state}")
        lines.append(f"{'total':<24}{total:>10,}  {rate:.1f} pages/s{budget}")
        if self._drawn:
            self.out.write(f"\x1b[{self._drawn}F")
        self.out.write("".join(f"\x1b[2K{line}\n" for line in lines))
        self.out.flush()
        self._drawn = len(lines)

    def close(self) -> None:
        """Draw the final state."""
        self.render()
