"""Running the ``gorgias-async`` command in a child process, as a user's shell would."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import sys
from pathlib import Path

import attrs

from gorgias_async.testing import FakeGorgias


@attrs.frozen
class Outcome:
    """How a command ended: exit code (negative: killed by that signal), stdout, stderr."""

    code: int
    out: str
    err: str

    @property
    def killed(self) -> bool:
        """Whether SIGKILL ended it."""
        return self.code == -signal.SIGKILL

    def one_line_error(self) -> str:
        """The single line on stderr (asserting there is exactly one, and no traceback)."""
        lines = [line for line in self.err.splitlines() if line.strip()]
        assert len(lines) == 1, self.err
        assert "Traceback" not in self.err, self.err
        return lines[0]


def account_env(fake: FakeGorgias, **overrides: str) -> dict[str, str]:
    """The environment variables that point the command at ``fake``."""
    return {
        "GORGIAS_BASE_URL": fake.base_url,
        "GORGIAS_USERNAME": fake.username,
        "GORGIAS_API_KEY": fake.api_key,
        **overrides,
    }


async def start_cli(
    *args: str, env: dict[str, str] | None = None, cwd: Path | None = None
) -> asyncio.subprocess.Process:
    """Start ``gorgias-async ARGS…`` in a child process (stdout and stderr piped)."""
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "gorgias_async.cli",
        *args,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        env={**os.environ, **(env or {})},
        cwd=cwd,
    )


async def finish(process: asyncio.subprocess.Process, kill_after: float | None = None) -> Outcome:
    """Wait for ``process`` (SIGKILL it after ``kill_after`` seconds if given)."""
    if kill_after is not None:
        try:
            # shielded: a wait cancelled at the moment the child exits raises
            # ProcessLookupError out of wait_for (asyncio, Python 3.11)
            await asyncio.wait_for(asyncio.shield(process.wait()), kill_after)
        except TimeoutError:
            with contextlib.suppress(ProcessLookupError):  # it ended on its own meanwhile
                process.send_signal(signal.SIGKILL)
    out, err = await process.communicate()
    assert process.returncode is not None
    return Outcome(process.returncode, out.decode(), err.decode())


async def run_cli(
    *args: str,
    env: dict[str, str] | None = None,
    kill_after: float | None = None,
    cwd: Path | None = None,
) -> Outcome:
    """Run ``gorgias-async ARGS…`` to its end (or SIGKILL after ``kill_after`` seconds)."""
    return await finish(await start_cli(*args, env=env, cwd=cwd), kill_after)
