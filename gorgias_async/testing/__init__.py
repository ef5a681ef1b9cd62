"""A fake Gorgias account for tests, benchmarks and demos, served over real HTTP.

:class:`FakeGorgias` runs an ``aiohttp.web`` application on loopback that answers the
Gorgias REST API as the real service does: the same paths and status codes, cursor
pagination with the live envelope, Basic and OAuth2 auth, the per-account leaky bucket
with its headers and 429s, events for every write, HTTP integrations called on their
triggers (loopback URLs only; see :class:`WebhookDelivery`), and scriptable faults.
Every request is checked against Gorgias' OpenAPI spec (with the ``testing`` extra) and
refused as Gorgias refuses it. :meth:`FakeGorgias.run_in_thread` serves blocking code;
:class:`Recorder` captures a real account's answers for ``FakeGorgias(replay=…)``.

The names below are imported on first use, so that importing this package (as the pytest
plugin does in every test run) costs nothing until a fake is made.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._lazy import lazy_import

if TYPE_CHECKING:
    from ._bucket import LeakyBucket, RateLimitRules
    from ._cassette import Cassette, Exchange
    from ._faults import Fault, FaultPlan
    from ._recorder import Recorder
    from ._schema import ValidatorMissing
    from ._seed import SeedSpec
    from ._state import RecordedRequest, Stats
    from ._thread import ThreadedFake
    from ._webhooks import WebhookDelivery
    from .server import DEFAULT_API_KEY, DEFAULT_USERNAME, FakeGorgias

_WHERE = {
    "FakeGorgias": ".server",
    "DEFAULT_USERNAME": ".server",
    "DEFAULT_API_KEY": ".server",
    "ThreadedFake": "._thread",
    "Fault": "._faults",
    "FaultPlan": "._faults",
    "RateLimitRules": "._bucket",
    "LeakyBucket": "._bucket",
    "SeedSpec": "._seed",
    "RecordedRequest": "._state",
    "Stats": "._state",
    "Recorder": "._recorder",
    "Cassette": "._cassette",
    "Exchange": "._cassette",
    "ValidatorMissing": "._schema",
    "WebhookDelivery": "._webhooks",
}

__all__ = [
    "FakeGorgias",
    "ThreadedFake",
    "Fault",
    "FaultPlan",
    "RateLimitRules",
    "LeakyBucket",
    "SeedSpec",
    "RecordedRequest",
    "Stats",
    "Recorder",
    "Cassette",
    "Exchange",
    "ValidatorMissing",
    "WebhookDelivery",
    "DEFAULT_USERNAME",
    "DEFAULT_API_KEY",
]


def __getattr__(name: str) -> Any:
    return lazy_import(__name__, name, _WHERE)


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
