"""gorgias_async: an asyncio-first client for the Gorgias helpdesk REST API.

The async client lives in :mod:`gorgias_async.client`, a fake Gorgias server for tests
in :mod:`gorgias_async.testing`.
"""

from __future__ import annotations

__version__ = "0.1.0.dev0"

__all__ = ["__version__"]
