"""gorgias_async: an asyncio-first client for the Gorgias helpdesk REST API.

:class:`AsyncGorgias` is the asyncio client and :class:`Gorgias` its blocking twin; the
fake Gorgias server for tests lives in :mod:`gorgias_async.testing`;
``client.events.watch()`` is a durable change stream and :mod:`gorgias_async.webhooks`
receives Gorgias' HTTP integration requests.

The blocking client and the bulk-write engine (:mod:`.sync`, :mod:`.bulk`) are imported
on first use of one of their names, and :mod:`.provision`, :mod:`.testing` and
:mod:`.webhooks` only when imported themselves, so ``import gorgias_async`` costs what an
asyncio app needs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._checkpoint import CallableCheckpoint, Checkpoint, FileCheckpoint, MemoryCheckpoint, Position
from ._concurrency import ConcurrencyLimit
from ._http import RequestOptions, Response
from ._lazy import lazy_import
from ._pagination import Page
from ._ratelimit import RateLimit
from ._transport import DryRun, TransportStats
from ._version import __version__
from ._watch import Change, WatchBatch
from .auth import BasicAuth, OAuth2, OAuth2Tokens
from .client import AsyncGorgias
from .errors import (
    AccountInactiveError,
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    CursorExpiredError,
    DecodeError,
    GorgiasError,
    InternalServerError,
    NotFoundError,
    OutputError,
    OutputLockedError,
    PaginationError,
    PermissionDeniedError,
    RateLimitError,
    ResponseShapeError,
    UnprocessableEntityError,
)
from .resources import StreamItem, StreamName

if TYPE_CHECKING:
    from . import bulk as bulk
    from . import provision as provision
    from . import sync as sync
    from . import testing as testing
    from .bulk import BulkRequest, BulkResult, BulkSummary, InvalidRecord
    from .sync import Gorgias

#: Public names imported on first use: name → the module that defines it.
_LAZY_NAMES = {
    "Gorgias": ".sync",
    "BulkRequest": ".bulk",
    "BulkResult": ".bulk",
    "BulkSummary": ".bulk",
    "InvalidRecord": ".bulk",
}
#: Submodules imported on first use as attributes (``gorgias_async.testing.FakeGorgias``).
_LAZY_MODULES = frozenset({"bulk", "sync", "provision", "testing"})


def __getattr__(name: str) -> Any:
    return lazy_import(__name__, name, _LAZY_NAMES, _LAZY_MODULES)


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY_NAMES, *_LAZY_MODULES})


__all__ = [
    "__version__",
    # clients and configuration
    "AsyncGorgias",
    "Gorgias",
    "BasicAuth",
    "OAuth2",
    "OAuth2Tokens",
    "RateLimit",
    "ConcurrencyLimit",
    "RequestOptions",
    "DryRun",
    "Response",
    "TransportStats",
    "Page",
    "StreamItem",
    "StreamName",
    # the change stream (client.events.watch)
    "Change",
    "WatchBatch",
    "Position",
    "Checkpoint",
    "FileCheckpoint",
    "MemoryCheckpoint",
    "CallableCheckpoint",
    # bulk writes
    "BulkRequest",
    "BulkResult",
    "BulkSummary",
    "InvalidRecord",
    # errors
    "GorgiasError",
    "APIError",
    "APIStatusError",
    "BadRequestError",
    "CursorExpiredError",
    "AuthenticationError",
    "PermissionDeniedError",
    "NotFoundError",
    "ConflictError",
    "UnprocessableEntityError",
    "RateLimitError",
    "InternalServerError",
    "AccountInactiveError",
    "APIConnectionError",
    "APITimeoutError",
    "DecodeError",
    "PaginationError",
    "ResponseShapeError",
    "OutputError",
    "OutputLockedError",
]
