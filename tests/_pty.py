"""Running the command in a pseudo-terminal of a given size, and reading the screen back
through a VT100 emulator (pyte), as a user's terminal would show it."""

from __future__ import annotations

import fcntl
import os
import pty
import select
import struct
import sys
import termios
import time
from pathlib import Path

import attrs

#: Rich stops its live display by showing the cursor again.
SHOW_CURSOR = b"\x1b[?25h"


@attrs.frozen
class Terminal:
    """What a command wrote to its terminal, and how it ended."""

    code: int
    output: bytes

    def screen(self, columns: int, lines: int, *, upto: bytes | None = None) -> list[str]:
        """The screen's lines after the output (or its first part, up to the first
        ``upto``), rendered by a VT100 emulator of ``columns`` × ``lines``."""
        import pyte

        screen = pyte.Screen(columns, lines)
        stream = pyte.ByteStream(screen)
        data = self.output
        if upto is not None and upto in data:
            data = data[: data.index(upto)]
        stream.feed(data)
        return [line.rstrip() for line in screen.display]


def run_in_pty(
    *args: str,
    columns: int,
    lines: int,
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
    timeout: float = 120.0,
) -> Terminal:
    """Run ``python -m gorgias_async ARGS…`` with stdin, stdout and stderr on one
    pseudo-terminal of ``columns`` × ``lines``; everything it wrote, and its exit code."""
    pid, fd = pty.fork()
    if pid == 0:  # the child: the command, on the terminal
        if cwd is not None:
            os.chdir(cwd)
        environment = {**os.environ, **(env or {})}
        environment.pop("COLUMNS", None)
        environment.pop("LINES", None)
        os.execve(sys.executable, [sys.executable, "-m", "gorgias_async", *args], environment)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", lines, columns, 0, 0))
    output = bytearray()
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([fd], [], [], 1.0)
            if not ready:
                continue
            try:
                chunk = os.read(fd, 65536)
            except OSError:  # the child closed the terminal
                break
            if not chunk:
                break
            output += chunk
    finally:
        os.close(fd)
    _, status = os.waitpid(pid, 0)
    return Terminal(os.waitstatus_to_exitcode(status), bytes(output))
