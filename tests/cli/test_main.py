"""The ``gorgias-async`` command itself: its version and its commands, from a child process."""

from __future__ import annotations

import asyncio
import sys

from gorgias_async import __version__
from gorgias_async.cli import COMMANDS


async def test_version():
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "gorgias_async.cli", "--version", stdout=asyncio.subprocess.PIPE
    )
    out, _ = await process.communicate()
    assert process.returncode == 0
    assert __version__ in out.decode()


async def test_python_dash_m_gorgias_async_is_the_command():
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "gorgias_async", "--help", stdout=asyncio.subprocess.PIPE
    )
    out, _ = await process.communicate()
    assert process.returncode == 0
    for name in COMMANDS:
        assert name in out.decode()
