"""Shared fixtures: an aioresponses mock that works with aiohttp ≥ 3.14, and fake servers."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

import aiohttp
import pytest
from aioresponses import aioresponses

from gorgias_async import AsyncGorgias
from gorgias_async.testing import FakeGorgias


class _StreamWriter:
    output_size = 0


class PatchedClientResponse(aiohttp.ClientResponse):
    """aioresponses 0.7.9 builds responses without ``stream_writer`` (aiohttp ≥ 3.14)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("stream_writer", _StreamWriter())
        super().__init__(*args, **kwargs)


class PatchedAioresponses(aioresponses):
    """Every mocked answer uses :class:`PatchedClientResponse` unless told otherwise."""

    def add(self, *args: Any, **kwargs: Any) -> None:
        kwargs["response_class"] = kwargs.get("response_class") or PatchedClientResponse
        super().add(*args, **kwargs)


@pytest.fixture
def mocked() -> Iterator[aioresponses]:
    """aioresponses for narrow transport unit tests (no semaphore, pacer or timeouts)."""
    with PatchedAioresponses() as mock:
        yield mock


@pytest.fixture
async def fake() -> AsyncIterator[FakeGorgias]:
    """A small fake account without rate limiting."""
    async with FakeGorgias(seed=1, customers=20, tickets=60, rate_limit=None) as server:
        yield server


@pytest.fixture
async def client(fake: FakeGorgias) -> AsyncIterator[AsyncGorgias]:
    """A client of ``fake`` (pacing off, fast retries)."""
    async with AsyncGorgias(
        base_url=fake.base_url,
        username=fake.username,
        api_key=fake.api_key,
        rate_limit=None,
        max_retry_time=30,
        retry_base_delay=0.001,
    ) as gorgias:
        yield gorgias
