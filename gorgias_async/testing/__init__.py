"""A fake Gorgias account for tests, benchmarks and demos, served over real HTTP.

:class:`FakeGorgias` runs an ``aiohttp.web`` application on loopback that answers the
Gorgias REST API as the real service does: the same paths and status codes, cursor
pagination with the live envelope, Basic and OAuth2 auth, the per-account leaky bucket
with its headers and 429s, events for every write, and scriptable faults.
"""

from __future__ import annotations

from ._bucket import LeakyBucket, RateLimitRules
from ._faults import Fault, FaultPlan
from ._seed import SeedSpec
from ._state import RecordedRequest, Stats
from .server import DEFAULT_API_KEY, DEFAULT_USERNAME, FakeGorgias

__all__ = [
    "FakeGorgias",
    "Fault",
    "FaultPlan",
    "RateLimitRules",
    "LeakyBucket",
    "SeedSpec",
    "RecordedRequest",
    "Stats",
    "DEFAULT_USERNAME",
    "DEFAULT_API_KEY",
]
