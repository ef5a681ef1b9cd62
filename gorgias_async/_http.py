"""What crosses the I/O boundary: a call of an endpoint, the HTTP request it becomes, the
answer, and the contract of whatever sends it.

- :class:`Call` is one call as a service (or ``client.request``) makes it, checked when it
  is built. It is the one object a service hands down: per-call options belong on it.
- :class:`HttpRequest` is that call made concrete by the transport — URL, encoded query,
  every header, the body — and handed to a :class:`Sender`.
- A :class:`Sender` sends it and returns a :class:`Response`, or raises an
  :class:`~gorgias_async.APIConnectionError`; it owns the connections and nothing else
  (``gorgias_async._aiohttp`` is the one over aiohttp). Statuses, retries, the budget
  and auth are the transport's.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Protocol

import attrs
from multidict import CIMultiDict, CIMultiDictProxy

from ._json import loads as json_loads
from ._validate import check_api_path, check_bool, check_choice, check_int, check_positive
from .errors import DecodeError

__all__ = [
    "METHODS",
    "Body",
    "Call",
    "FormFields",
    "Headers",
    "HttpRequest",
    "Query",
    "RequestOptions",
    "Response",
    "RetryOn",
    "Sender",
    "UploadFields",
]

#: Query parameters: a value, or a list of them (the key repeats), or a mapping
#: (``key[sub]``).
Query = Mapping[str, Any]
#: Request headers.
Headers = Mapping[str, str]
#: Fields merged into a JSON object body.
Body = Mapping[str, Any]
#: A form-encoded body (``application/x-www-form-urlencoded``): field → value.
FormFields = Mapping[str, str | int | float]
#: Multipart fields: name → bytes (the name is the filename), or
#: ``(filename, bytes, content_type)``.
UploadFields = Mapping[str, bytes | tuple[str, bytes, str]]
#: What a raw request retries besides 429s: these statuses, or ``"all"`` errors
#: (statuses ≥ 400, timeouts, connection errors), idempotency rules still applied.
RetryOn = frozenset[int] | Literal["all"]

METHODS = ("DELETE", "GET", "HEAD", "PATCH", "POST", "PUT")
_UNPARSED: Any = object()


def _method(value: object) -> str:
    method = value.upper() if isinstance(value, str) else value
    return check_choice(method, METHODS, "method")


@attrs.frozen
class Call:
    """One call of an endpoint: what to send, before the transport makes it a request.

    Attributes:
        method: the HTTP method (any case; kept upper-case).
        path: relative to the base URL (``/tickets/1``).
        params: the query (lists repeat the key, mappings become ``key[sub]``).
        json: a JSON body. data: a raw body (bytes, str, or a mapping sent form-encoded).
        files: multipart fields: name → bytes, or ``(filename, bytes, content_type)``.
        headers: extra headers. timeout: seconds for each attempt (default: the client's).
        parse_json: a body that is not JSON fails the attempt (and is retried when safe).
        max_retries: retries of this call (default: the client's).
        retry_delay: ``"exponential"`` (default) or ``"constant"`` backoff between retries.
        retry_on: also retry these statuses (or ``"all"`` errors); idempotency still rules.
        retry_non_idempotent: this call may be retried even if it is a POST that creates.
        debug: log the whole request and answer of this call (secrets masked).
    """

    method: str = attrs.field(converter=_method)
    path: str = attrs.field(validator=lambda _, __, value: check_api_path(value))
    params: Mapping[str, Any] | None = None
    json: Any = None
    data: Any = None
    files: Mapping[str, Any] | None = None
    headers: Mapping[str, str] | None = None
    timeout: float | None = None
    parse_json: bool = False
    max_retries: int | None = None
    retry_delay: Literal["exponential", "constant"] | None = None
    retry_on: RetryOn | None = None
    retry_non_idempotent: bool | None = None
    debug: bool = False

    def __attrs_post_init__(self) -> None:
        _check_shared(self.timeout, self.max_retries, self.debug)
        if self.retry_delay is not None:
            check_choice(self.retry_delay, ("exponential", "constant"), "retry_delay")
        if self.retry_on not in (None, "all") and (
            not isinstance(self.retry_on, frozenset)
            or not all(isinstance(code, int) and 400 <= code <= 599 for code in self.retry_on)
        ):
            raise TypeError('retry_on must be HTTP error statuses (400-599) or "all"')
        if self.retry_non_idempotent is not None:
            check_bool(self.retry_non_idempotent, "retry_non_idempotent")
        if self.files is not None and (self.data is not None or self.json is not None):
            raise TypeError("pass files alone, not with data or json")
        if self.json is not None and self.data is not None:
            raise TypeError("pass json or data, not both")


def _check_shared(timeout: object, max_retries: object, debug: object) -> None:
    """The options a :class:`Call` and :class:`RequestOptions` both take."""
    if timeout is not None:
        check_positive(timeout, "timeout")
    if max_retries is not None:
        check_int(max_retries, "max_retries", low=0)
    check_bool(debug, "debug")


def _mapping(value: Any, name: str) -> Any:
    if value is not None and not isinstance(value, Mapping):
        raise TypeError(f"{name} must be a mapping, not {type(value).__name__}")
    return value


@attrs.frozen
class RequestOptions:
    """The escape hatches every service method takes (openai-python's names and meaning).

    Attributes:
        extra_query: query parameters added to the call's (a documented filter the typed
            signature lacks); they win over the call's own.
        extra_headers: headers added to the call's and the client's.
        extra_body: fields merged into the call's JSON object body.
        timeout: seconds for each attempt of this call (default: the client's).
        max_retries: retries of this call (default: the client's; 0: none).
        debug: log the whole request and answer of this call, secrets masked.
    """

    extra_query: Query | None = attrs.field(
        default=None, validator=lambda _, __, v: _mapping(v, "extra_query")
    )
    extra_headers: Headers | None = attrs.field(
        default=None, validator=lambda _, __, v: _mapping(v, "extra_headers")
    )
    extra_body: Body | None = attrs.field(
        default=None, validator=lambda _, __, v: _mapping(v, "extra_body")
    )
    timeout: float | None = None
    max_retries: int | None = None
    debug: bool = False

    def __attrs_post_init__(self) -> None:
        _check_shared(self.timeout, self.max_retries, self.debug)

    @property
    def empty(self) -> bool:
        """Whether these options change nothing."""
        return self == RequestOptions()

    def apply(self, call: Call) -> Call:
        """``call`` with these options merged in."""
        changes: dict[str, Any] = {}
        if self.extra_query:
            changes["params"] = {**(call.params or {}), **self.extra_query}
        if self.extra_headers:
            changes["headers"] = {**(call.headers or {}), **self.extra_headers}
        if self.extra_body:
            if call.files is not None or call.data is not None:
                raise TypeError("extra_body adds to a JSON body; this call sends a form")
            if call.json is not None and not isinstance(call.json, Mapping):
                raise TypeError("extra_body adds to a JSON object; this call sends an array")
            changes["json"] = {**(call.json or {}), **self.extra_body}
        if self.timeout is not None:
            changes["timeout"] = self.timeout
        if self.max_retries is not None:
            changes["max_retries"] = self.max_retries
        if self.debug:
            changes["debug"] = True
        return attrs.evolve(call, **changes) if changes else call


@attrs.frozen
class HttpRequest:
    """A request as it goes on the wire (built by the transport for one attempt).

    Attributes:
        method, path: as called (``path`` names the request in errors and logs; never the
            query, never a header). url: the full URL without the query.
        query: the encoded query pairs. headers: every header, credentials included.
        body: bytes, str or a form mapping; files: multipart fields (see :class:`Call`).
        timeout: seconds for this attempt, or None for the sender's default.
        secrets: what to mask in a connection error's message.
    """

    method: str
    path: str
    url: str
    query: list[tuple[str, str]] = attrs.field(factory=list)
    headers: Mapping[str, str] = attrs.field(factory=dict, repr=False)
    body: Any = None
    files: Mapping[str, Any] | None = None
    timeout: float | None = None
    secrets: tuple[str, ...] = attrs.field(default=(), repr=False)


@attrs.define
class Response:
    """A raw answer: status, headers and body bytes."""

    status: int
    headers: CIMultiDictProxy[str] | CIMultiDict[str]
    body: bytes
    method: str
    path: str
    elapsed: float = 0.0
    _parsed: Any = attrs.field(default=_UNPARSED, init=False, repr=False, eq=False)

    @property
    def request_id(self) -> str | None:
        """The server's request id."""
        return self.headers.get("X-Request-Id") or self.headers.get("X-Gorgias-Request-Id")

    def json(self) -> Any:
        """The body as JSON (None when empty), or :class:`DecodeError`; parsed once."""
        if self._parsed is not _UNPARSED:
            return self._parsed
        if not self.body:
            self._parsed = None
            return None
        try:
            self._parsed = json_loads(self.body)
            return self._parsed
        except ValueError as exc:
            raise DecodeError(
                f"{self.method} {self.path} → {self.status}: the body is not valid JSON",
                method=self.method,
                path=self.path,
                status=self.status,
                text=self.body[:200].decode("utf-8", "replace"),
            ) from exc


class Sender(Protocol):
    """Sends requests over connections it owns (see the module docstring)."""

    @property
    def closed(self) -> bool:
        """Whether no connection is open."""

    async def send(self, request: HttpRequest) -> Response:
        """Send ``request`` and read the whole answer, whatever its status.

        Raises :class:`~gorgias_async.APIConnectionError` (or its
        :class:`~gorgias_async.APITimeoutError`) when no answer came.
        """

    async def aclose(self) -> None:
        """Close the connections (idempotent)."""
