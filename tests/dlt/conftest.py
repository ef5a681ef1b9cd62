"""The account the dlt tests load: a small seeded fake, over real HTTP."""

from __future__ import annotations

import pytest

from gorgias_async.testing import FakeGorgias

COUNTS = {"customers": 25, "tickets": 60, "users": 4}


@pytest.fixture
async def fake():
    async with FakeGorgias(seed=5, rate_limit=None, **COUNTS) as server:
        yield server
