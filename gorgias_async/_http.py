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
from typing import Any, Protocol

import attrs
from multidict import CIMultiDict, CIMultiDictProxy

from ._json import loads as json_loads
from ._validate import check_api_path, check_choice, check_positive
from .errors import DecodeError

__all__ = ["METHODS", "Call", "HttpRequest", "Response", "Sender"]

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

    def __attrs_post_init__(self) -> None:
        if self.timeout is not None:
            check_positive(self.timeout, "timeout")
        if self.files is not None and (self.data is not None or self.json is not None):
            raise TypeError("pass files alone, not with data or json")
        if self.json is not None and self.data is not None:
            raise TypeError("pass json or data, not both")


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
