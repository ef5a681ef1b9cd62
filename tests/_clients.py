"""Clients of a fake for tests that need more than the ``client`` fixture."""

from __future__ import annotations

from gorgias_async import Gorgias
from gorgias_async.testing import FakeGorgias


def blocking(fake: FakeGorgias) -> Gorgias:
    """A blocking client of ``fake`` (pacing off): build and use it off the fake's loop,
    in ``asyncio.to_thread``, or the fake cannot answer it."""
    return Gorgias(
        base_url=fake.base_url, username=fake.username, api_key=fake.api_key, rate_limit=None
    )
