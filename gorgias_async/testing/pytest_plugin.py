"""pytest plugin (registered by entry point): the ``gorgias_fake`` and ``gorgias_fake_sync``
fixtures. Install with ``pip install 'gorgias-async[testing]'`` (pytest-asyncio, and
jsonschema for the fake's request validation).

Async tests (any ``asyncio_mode``; in the default strict mode mark them
``@pytest.mark.asyncio``)::

    async def test_my_sync(gorgias_fake):
        async with AsyncGorgias(base_url=gorgias_fake.base_url,
                                username=gorgias_fake.username,
                                api_key=gorgias_fake.api_key) as client:
            ...

Blocking tests (``Gorgias``, ``requests``, Django…) take ``gorgias_fake_sync``: the same
fake, served from a background thread so a blocking call never waits on itself.

Mark a test ``@pytest.mark.gorgias_fake(tickets=500, latency=0.01)`` to pass options to
:class:`~gorgias_async.testing.FakeGorgias` (both fixtures read it). The fake itself is
imported only when a test uses a fixture.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from .server import FakeGorgias


def pytest_configure(config: pytest.Config) -> None:
    """Register the ``gorgias_fake`` marker."""
    config.addinivalue_line(
        "markers", "gorgias_fake(**options): options for the gorgias_fake fixtures"
    )


def _fake_of(request: pytest.FixtureRequest) -> FakeGorgias:
    """A fake with the marker's options (rate limiting off unless it sets it)."""
    from .server import FakeGorgias

    marker = request.node.get_closest_marker("gorgias_fake")
    options: dict[str, Any] = {"rate_limit": None, "validate": True}
    if marker is not None:
        options.update(marker.kwargs)
    return FakeGorgias(**options)


@pytest.fixture
def gorgias_fake_sync(request: pytest.FixtureRequest) -> Iterator[FakeGorgias]:
    """A running :class:`FakeGorgias` on a background thread, for blocking tests."""
    with _fake_of(request).run_in_thread() as fake:
        yield fake


try:
    import pytest_asyncio
except ImportError:  # pragma: no cover - the async fixture needs pytest-asyncio

    @pytest.fixture(name="gorgias_fake")
    def _gorgias_fake_unavailable() -> None:
        """Needs pytest-asyncio: ``pip install 'gorgias-async[testing]'``."""
        pytest.fail(
            "the gorgias_fake fixture needs pytest-asyncio: pip install 'gorgias-async[testing]'"
        )

else:

    @pytest_asyncio.fixture
    async def gorgias_fake(request: pytest.FixtureRequest) -> AsyncIterator[FakeGorgias]:
        """A running :class:`FakeGorgias` on the test's event loop."""
        async with _fake_of(request) as fake:
            yield fake
