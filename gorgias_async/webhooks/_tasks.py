"""Stopping a background task politely: let it finish what it started, then cancel."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable
from typing import Any


async def stop_task(task: asyncio.Task[Any], done: Awaitable[Any] | None, timeout: float) -> None:
    """Wait for ``done`` (what ``task`` is finishing) up to ``timeout`` s, then cancel it."""
    if done is not None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(done, timeout)
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
