"""The exceptions of gorgias_async, and the one function that maps answers to them.

::

    GorgiasError
    ├── APIError                      (a request went out, or tried to)
    │   ├── APIStatusError            (the server answered 4xx/5xx; .status, .body, .request_id)
    │   │   ├── BadRequestError           400: Gorgias' validation errors (.field_errors)
    │   │   │   └── CursorExpiredError    400 on a stale or invalid cursor (.cursor)
    │   │   ├── AuthenticationError       401
    │   │   ├── PermissionDeniedError     403: role or OAuth scope
    │   │   ├── NotFoundError             404
    │   │   ├── ConflictError             409
    │   │   ├── UnprocessableEntityError  422
    │   │   ├── RateLimitError            429 (.retry_after)
    │   │   └── InternalServerError       5xx
    │   ├── APIConnectionError        (no answer: refused, reset, DNS… ; .sent)
    │   │   └── APITimeoutError
    │   └── DecodeError               (an answer whose body is not the JSON it claims)
    ├── AccountInactiveError          (the credentials work; the account is not active)
    ├── PaginationError               (a walk cannot go on safely)
    ├── ResponseShapeError            (an answer's JSON is not the shape its endpoint returns)
    └── OutputError                   (a file the export or import keeps is unusable; .path)
        └── OutputLockedError         (another run is writing there; .holder)

Every :class:`APIError` carries ``method`` and ``path`` (never the query string, never a
header), and its message never contains a credential. Two functions build them:
:func:`error_from_response` for an answer with an error status (extend it by adding to
``STATUS_CLASSES`` or refining after it, as :class:`CursorExpiredError` does), and
``gorgias_async._aiohttp.error_from_exception`` for a request that got no answer (the one
place aiohttp's errors are known).
"""

from __future__ import annotations

import errno
import os
from collections.abc import Mapping
from typing import Any

from ._json import dumps as json_dumps
from ._json import loads as json_loads
from ._redact import redact

__all__ = [
    "APIConnectionError",
    "AccountInactiveError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "CursorExpiredError",
    "DecodeError",
    "GorgiasError",
    "InternalServerError",
    "NotFoundError",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseShapeError",
    "UnprocessableEntityError",
    "OutputError",
    "OutputLockedError",
    "error_from_os",
    "error_from_response",
]


class GorgiasError(Exception):
    """Base of every error raised by gorgias_async."""


class AccountInactiveError(GorgiasError):
    """The credentials work but the account is not active (``check_connection``).

    Attributes:
        status: the account's ``status.status`` (e.g. ``"inactive"``).
        deactivated_datetime: when it was deactivated, as sent (may be None).
        account: the account object as received.
    """

    def __init__(self, message: str, *, status: Any, deactivated_datetime: Any, account: Any):
        super().__init__(message)
        self.status = status
        self.deactivated_datetime = deactivated_datetime
        self.account = account


class ResponseShapeError(GorgiasError, TypeError, ValueError):
    """An answer's JSON is not the shape its endpoint returns (empty, an array where an
    object belongs, a field of the wrong type…).

    Also a :class:`TypeError` and a :class:`ValueError`, the errors it surfaced as before
    it joined the tree.
    """


class PaginationError(GorgiasError, RuntimeError):
    """A walk cannot continue safely (the server repeated a cursor, a list answer has no
    ``data`` array, ``next()`` on the last page).

    Also a :class:`RuntimeError`, as it was before it joined the tree: code that catches
    that keeps working.
    """


class OutputError(GorgiasError):
    """A file or folder that an export or an import keeps cannot be used.

    The message is one line: what happened, to which file, and what to do about it.

    Attributes:
        path: the file or folder concerned.
        hint: what to do, as in the message.
    """

    def __init__(self, message: str, *, path: str | os.PathLike[str], hint: str) -> None:
        super().__init__(f"{message}; {hint}")
        self.path = os.fspath(path)
        self.hint = hint


class OutputLockedError(OutputError):
    """Another run is writing to the same export folder or results journal.

    Attributes:
        holder: what the other run wrote about itself (pid, host, since), if readable.
    """

    def __init__(
        self, message: str, *, path: str | os.PathLike[str], hint: str, holder: Mapping[str, Any]
    ) -> None:
        super().__init__(message, path=path, hint=hint)
        self.holder = dict(holder)


#: What to say for the disk errors people meet, by errno.
_OS_PROBLEMS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is exhausted",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EROFS: "the file system is read-only",
    errno.ENOTDIR: "a part of the path is a file, not a folder",
    errno.EISDIR: "a folder stands where a file should be",
    errno.ELOOP: "a symbolic link stands where a file should be",
    errno.EIO: "the disk reported an input/output error",
    errno.EFBIG: "the file grew beyond the size the system allows",
}


def error_from_os(
    exc: OSError, path: str | os.PathLike[str], *, resumable: bool = True
) -> OutputError:
    """Our error for a failed file operation on ``path``: the one place OS errors of the
    export and the import become one-line messages."""
    problem = _OS_PROBLEMS.get(exc.errno or 0, exc.strerror or type(exc).__name__)
    where = os.fspath(exc.filename) if exc.filename else os.fspath(path)
    hint = (
        "fix that and run the same command again: it resumes where it stopped"
        if resumable
        else "fix that and run the command again"
    )
    return OutputError(f"{problem} ({where})", path=where, hint=hint)


class APIError(GorgiasError):
    """A request to the API failed.

    Attributes:
        message: what went wrong, secrets masked.
        method: the HTTP method. path: the path relative to the base URL.
    """

    def __init__(self, message: str, *, method: str = "", path: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.method = method
        self.path = path


class APIStatusError(APIError):
    """The server answered with an error status.

    Attributes:
        status: the HTTP status.
        body: Gorgias' error body (parsed JSON), or the raw text when it is not JSON.
        error_message: Gorgias' ``error.msg`` (or ``error``, or ``message``) when present.
        field_errors: ``error.data`` when it maps fields to messages, else ``{}``.
        request_id: the server's request id (``X-Request-Id``), for support tickets.
        headers: the response headers.
    """

    status: int = 0

    def __init__(
        self,
        message: str,
        *,
        method: str,
        path: str,
        status: int,
        body: Any,
        request_id: str | None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message, method=method, path=path)
        self.status = status
        self.body = body
        self.request_id = request_id
        self.headers = dict(headers or {})
        error = body.get("error") if isinstance(body, Mapping) else None
        self.error_message: str | None = None
        self.field_errors: dict[str, Any] = {}
        if isinstance(error, Mapping):
            msg = error.get("msg")
            self.error_message = msg if isinstance(msg, str) else None
            data = error.get("data")
            if isinstance(data, Mapping):
                self.field_errors = dict(data)
        elif isinstance(error, str):
            self.error_message = error
        elif isinstance(body, Mapping) and isinstance(body.get("message"), str):
            self.error_message = body["message"]


class BadRequestError(APIStatusError):
    """400: missing, invalid or unknown parameters (see ``field_errors``)."""

    status = 400


class CursorExpiredError(BadRequestError):
    """400 on a cursor the server no longer accepts (they are short-lived).

    Attributes:
        cursor: the refused cursor: the last good position of the walk.
    """

    cursor: str | None = None


class AuthenticationError(APIStatusError):
    """401: bad, missing or expired credentials."""

    status = 401


class PermissionDeniedError(APIStatusError):
    """403: the user's role or the OAuth scopes forbid this."""

    status = 403


class NotFoundError(APIStatusError):
    """404: no such object (often: deleted)."""

    status = 404


class ConflictError(APIStatusError):
    """409: e.g. a customer email already in use."""

    status = 409


class UnprocessableEntityError(APIStatusError):
    """422."""

    status = 422


class RateLimitError(APIStatusError):
    """429 after every retry: the account's budget is spent.

    Attributes:
        retry_after: seconds the server asked to wait, if it said.
    """

    status = 429
    retry_after: float | None = None


class InternalServerError(APIStatusError):
    """5xx: the server failed."""


class APIConnectionError(APIError):
    """No answer: connection refused or reset, DNS failure, TLS error…

    Attributes:
        sent: False when the request provably never reached the server.
        reason: ``"dns"`` (the host name does not exist), ``"refused"`` (nothing listens
            on the port), or None (another failure: reset, TLS, timeout…). A first
            attempt failing for one of the two named reasons is not retried: no retry
            fixes a mistyped domain or a server that is not there.
    """

    def __init__(
        self, message: str, *, method: str, path: str, sent: bool = True, reason: str | None = None
    ) -> None:
        super().__init__(message, method=method, path=path)
        self.sent = sent
        self.reason = reason


class APITimeoutError(APIConnectionError):
    """The request timed out (it may have been processed)."""


class DecodeError(APIError):
    """The answer's body is not the JSON it should be (truncated, HTML…).

    Attributes:
        status: the HTTP status of the answer. text: the start of the body.
    """

    def __init__(self, message: str, *, method: str, path: str, status: int, text: str) -> None:
        super().__init__(message, method=method, path=path)
        self.status = status
        self.text = text


STATUS_CLASSES: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def parse_body(raw: bytes) -> Any:
    """The JSON of an error body, or its text when it is not JSON."""
    try:
        return json_loads(raw) if raw else None
    except ValueError:
        return raw.decode("utf-8", "replace")[:2000]


def error_from_response(
    *,
    method: str,
    path: str,
    status: int,
    body: bytes,
    headers: Mapping[str, str],
    retry_after: float | None = None,
    cursor: str | None = None,
    secrets: tuple[str, ...] = (),
) -> APIStatusError:
    """The exception for an error answer: the one place statuses map to classes."""
    parsed = parse_body(body)
    cls = STATUS_CLASSES.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    request_id = headers.get("X-Request-Id") or headers.get("X-Gorgias-Request-Id")
    detail = ""
    if isinstance(parsed, Mapping) and isinstance(parsed.get("error"), Mapping):
        detail = str(parsed["error"].get("msg") or "")
        data = parsed["error"].get("data")
        if data:
            detail += f" {json_dumps(data).decode()[:500]}"
    elif isinstance(parsed, Mapping) and isinstance(parsed.get("error"), str):
        detail = parsed["error"][:500]
    elif isinstance(parsed, Mapping) and isinstance(parsed.get("message"), str):
        detail = parsed["message"][:500]  # Gorgias' 401: {"message": "…"}
    elif isinstance(parsed, str):
        detail = parsed[:200]
    if cls is BadRequestError and cursor and _mentions_cursor(parsed):
        cls = CursorExpiredError
    message = redact(f"{method} {path} → {status}: {detail}".rstrip(": "), secrets)
    if request_id:
        message += f" (request id {request_id})"
    error = cls(
        message,
        method=method,
        path=path,
        status=status,
        body=parsed,
        request_id=request_id,
        headers=headers,
    )
    if isinstance(error, RateLimitError):
        error.retry_after = retry_after
    if isinstance(error, CursorExpiredError):
        error.cursor = cursor
    return error


def _mentions_cursor(body: Any) -> bool:
    if not isinstance(body, Mapping) or not isinstance(body.get("error"), Mapping):
        return False
    error = body["error"]
    data = error.get("data")
    return "cursor" in str(error.get("msg", "")).lower() or (
        isinstance(data, Mapping) and "cursor" in data
    )
