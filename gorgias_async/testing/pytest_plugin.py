"""pytest plugin (registered by entry point): the ``gorgias_fake`` fixture.

In your own tests::

    async def test_my_sync(gorgias_fake):
        client = AsyncGorgias(base_url=gorgias_fake.base_url,
                              username=gorgias_fake.username, api_key=gorgias_fake.api_key)

Mark a test ``@pytest.mark.gorgias_fake(tickets=500, latency=0.01)`` to pass options to
:class:`~gorgias_async.testing.FakeGorgias`. The fixture needs pytest-asyncio.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from .server import FakeGorgias


def pytest_configure(config: pytest.Config) -> None:
    """Register the ``gorgias_fake`` marker."""
    config.addinivalue_line(
        "markers", "gorgias_fake(**options): options for the gorgias_fake fixture"
    )


try:
    import pytest_asyncio
except ImportError:  # pragma: no cover - the fixture needs pytest-asyncio
    pass
else:

    @pytest_asyncio.fixture
    async def gorgias_fake(request: pytest.FixtureRequest) -> AsyncIterator[FakeGorgias]:
        """A running :class:`FakeGorgias` (rate limiting off unless the marker sets it)."""
        marker = request.node.get_closest_marker("gorgias_fake")
        options: dict[str, Any] = {"rate_limit": None}
        if marker is not None:
            options.update(marker.kwargs)
        async with FakeGorgias(**options) as fake:
            yield fake
