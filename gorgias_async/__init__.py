"""gorgias_async: an asyncio-first client for the Gorgias helpdesk REST API.

:class:`AsyncGorgias` is the asyncio client; the fake Gorgias server for tests lives in
:mod:`gorgias_async.testing`; ``client.events.watch()`` is a durable change stream and
:mod:`gorgias_async.webhooks` receives Gorgias' HTTP integration requests.
"""

from __future__ import annotations

__version__ = "0.1.0.dev0"

from ._checkpoint import CallableCheckpoint, Checkpoint, FileCheckpoint, MemoryCheckpoint, Position
from ._pagination import Page
from ._ratelimit import RateLimit
from ._transport import Response, TransportStats
from ._watch import Change, WatchBatch
from .auth import BasicAuth, OAuth2, OAuth2Tokens
from .bulk import BulkRequest, BulkResult, BulkSummary, InvalidRecord
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
    PaginationError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from .sync import Gorgias

__all__ = [
    "__version__",
    # clients and configuration
    "AsyncGorgias",
    "Gorgias",
    "BasicAuth",
    "OAuth2",
    "OAuth2Tokens",
    "RateLimit",
    "Response",
    "TransportStats",
    "Page",
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
]
