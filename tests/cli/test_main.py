"""The ``gorgias-async`` command itself: its version, from a child process."""

from __future__ import annotations

import asyncio
import sys

from gorgias_async import __version__


async def test_version():
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "gorgias_async.cli", "--version", stdout=asyncio.subprocess.PIPE
    )
    out, _ = await process.communicate()
    assert process.returncode == 0
    assert __version__ in out.decode()
