"""``AsyncGorgias``: the asyncio client — configuration, transport and services."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterable, Mapping
from types import TracebackType
from typing import Any, Literal, TypeVar, overload

from ._concurrency import ConcurrencyLimit
from ._config import DEFAULT_MAX_CONCURRENCY, DEFAULT_TIMEOUT, ClientConfig, resolve_base_url
from ._http import Call, FormFields, Headers, Response, UploadFields
from ._pagination import OnPage, iterate_items, iterate_pages, merge_streams, raw_fetcher
from ._ratelimit import RateLimit
from ._retry import RetryPolicy
from ._transport import Transport, TransportStats
from ._validate import check_api_path, check_limit
from ._version import __version__
from .auth import Auth, BasicAuth, OAuth2
from .errors import (
    AccountInactiveError,
    APIConnectionError,
    APIError,
    AuthenticationError,
    NotFoundError,
    PermissionDeniedError,
)
from .resources import Resource, ServiceAttributes, StreamItem, StreamName

K = TypeVar("K", bound=str)
T = TypeVar("T")

_DEFAULT: Any = object()
_DEFAULT_RETRY = RetryPolicy()


def _resolve_auth(
    auth: Auth | None, username: str | None, api_key: str | None, env: Mapping[str, str]
) -> Auth:
    if auth is not None:
        if not isinstance(auth, Auth):
            raise TypeError("auth must be a BasicAuth or OAuth2 instance")
        if username is not None or api_key is not None:
            raise ValueError("pass either auth or username/api_key, not both")
        return auth
    username = username if username is not None else env.get("GORGIAS_USERNAME") or None
    api_key = api_key if api_key is not None else env.get("GORGIAS_API_KEY") or None
    if username is not None or api_key is not None:
        if not username:
            raise ValueError("username is required with api_key (the user's email)")
        if not api_key:
            raise ValueError("api_key is required with username")
        return BasicAuth(username, api_key)
    token = env.get("GORGIAS_ACCESS_TOKEN")
    if token:
        return OAuth2(token)
    raise ValueError(
        "credentials are required: username and api_key, auth=OAuth2(...), or the "
        "GORGIAS_USERNAME/GORGIAS_API_KEY or GORGIAS_ACCESS_TOKEN environment variables"
    )


class AsyncGorgias(ServiceAttributes):
    """An asyncio client for one Gorgias account.

    ::

        async with AsyncGorgias("acme", username="me@acme.com", api_key="…") as client:
            ticket = await client.tickets.get(42)
            async for customer in client.customers.fetch_all():
                ...

    Args:
        domain: the helpdesk subdomain (``acme``; ``acme.gorgias.com`` and its URL are
            accepted). Falls back to ``GORGIAS_DOMAIN``.
        username, api_key: HTTP Basic credentials (``GORGIAS_USERNAME``/``GORGIAS_API_KEY``).
        auth: a :class:`BasicAuth` or :class:`OAuth2` instead (``GORGIAS_ACCESS_TOKEN``
            gives a bearer token).
        base_url: overrides the URL built from ``domain``; includes ``/api``
            (``GORGIAS_BASE_URL``), e.g. the fake server's ``base_url``.
        max_concurrency: requests in flight at most, 1–25.
        timeout: seconds per request attempt.
        max_retries, max_retry_time: bounds of the retry loop (attempts, seconds).
        retry_base_delay: the first backoff delay after a 5xx or network error (it
            doubles each retry, up to 30 s); tests may set it near zero.
        retry_non_idempotent: also retry POSTs that may have been processed.
        rate_limit: the budget to pace requests with: a :class:`RateLimit` (share one
            instance between clients of the same account), None to disable pacing
            (429s are still honoured), or by default the auth kind's Gorgias budget.
        default_headers: headers sent with every request (a gateway's, a tracing id…).
        concurrency: a :class:`ConcurrencyLimit` shared with other clients (sync or
            async, any thread): their requests in flight together stay under its limit,
            each client's ``max_concurrency`` still applying to its own.

    Every service method also takes ``extra_query``, ``extra_headers``, ``extra_body``,
    ``timeout``, ``max_retries`` and ``debug`` for that call only (openai-python's names):
    ``await client.tickets.list(extra_query={"trashed": "false"}, timeout=5)``.
    """

    def __init__(
        self,
        domain: str | None = None,
        *,
        username: str | None = None,
        api_key: str | None = None,
        auth: Auth | None = None,
        base_url: str | None = None,
        max_concurrency: int = DEFAULT_MAX_CONCURRENCY,
        timeout: float = DEFAULT_TIMEOUT,
        max_retries: int = _DEFAULT_RETRY.max_retries,
        max_retry_time: float = _DEFAULT_RETRY.max_time,
        retry_base_delay: float = _DEFAULT_RETRY.base_delay,
        retry_non_idempotent: bool = False,
        rate_limit: RateLimit | None = _DEFAULT,
        default_headers: Mapping[str, str] | None = None,
        concurrency: ConcurrencyLimit | None = None,
    ) -> None:
        env = os.environ
        self._options: dict[str, Any] = {
            "domain": domain,
            "username": username,
            "api_key": api_key,
            "auth": auth,
            "base_url": base_url,
            "max_concurrency": max_concurrency,
            "timeout": timeout,
            "max_retries": max_retries,
            "max_retry_time": max_retry_time,
            "retry_base_delay": retry_base_delay,
            "retry_non_idempotent": retry_non_idempotent,
            "rate_limit": rate_limit,
            "default_headers": default_headers,
            "concurrency": concurrency,
        }
        if rate_limit not in (_DEFAULT, None) and not isinstance(rate_limit, RateLimit):
            raise TypeError("rate_limit must be a RateLimit, or None to disable pacing")
        if concurrency is not None and not isinstance(concurrency, ConcurrencyLimit):
            raise TypeError("concurrency must be a ConcurrencyLimit")
        self.config = ClientConfig(
            base_url=resolve_base_url(domain, base_url, env),
            max_concurrency=max_concurrency,
            timeout=timeout,
            retry=RetryPolicy(
                max_retries=max_retries,
                max_time=max_retry_time,
                base_delay=retry_base_delay,
                retry_non_idempotent=retry_non_idempotent,
            ),
            user_agent=f"gorgias-async/{__version__}",
            default_headers=default_headers or {},
        )
        self.auth = _resolve_auth(auth, username, api_key, env)
        if rate_limit is _DEFAULT:
            rate_limit = RateLimit.for_auth(self.auth.kind)
        self._transport = Transport(self.config, self.auth, rate_limit, concurrency=concurrency)
        # Services (client.tickets, client.customers, …) are attached here; they hand
        # their calls to the transport and own no HTTP details.
        self._attach_services(self._transport)

    def __repr__(self) -> str:
        return f"AsyncGorgias(base_url={self.config.base_url!r}, auth={self.auth!r})"

    # -- options ----------------------------------------------------------------------

    def with_options(self, **overrides: Any) -> AsyncGorgias:
        """A new client with some options changed (same keywords as the constructor, and
        ``debug=True`` to log every call of the new client in full).

        It shares this client's rate budget, shared pool and credentials unless those are
        overridden, and its connections: ``client.with_options(timeout=5).tickets.get(1)``
        inline opens no session of its own, and closing it closes nothing of this one.
        """
        debug = overrides.pop("debug", False)
        if not isinstance(debug, bool):
            raise TypeError("debug must be a bool")
        derived = self._derive(overrides)
        derived._transport.borrow(self._transport, debug=debug or self._transport.debug)
        return derived

    def _derive(self, overrides: Mapping[str, Any]) -> AsyncGorgias:
        """A client with ``overrides`` applied, with connections of its own (after a
        fork, the parent's cannot be used)."""
        options = dict(self._options)
        if "domain" in overrides or "base_url" in overrides:
            options["domain"] = options["base_url"] = None
        if {"username", "api_key"} & overrides.keys():
            options["auth"] = None
        else:
            options["auth"] = self.auth
            options["username"] = options["api_key"] = None
        options["rate_limit"] = self._transport.rate_limit
        options.update(overrides)
        if options["domain"] is None and options["base_url"] is None:
            options["base_url"] = self.config.base_url
        return AsyncGorgias(**options)

    @property
    def base_url(self) -> str:
        """The API base URL, ``/api`` included."""
        return self.config.base_url

    @property
    def max_concurrency(self) -> int:
        """Requests in flight at most."""
        return self.config.max_concurrency

    @property
    def rate_limit(self) -> RateLimit | None:
        """The budget requests are paced with (None: pacing off)."""
        return self._transport.rate_limit

    @property
    def stats(self) -> TransportStats:
        """Requests sent, retries, 429s seen, peak concurrency."""
        return self._transport.stats

    # -- several walks at once -------------------------------------------------------

    # A mapping of names to iterators also iterates names: the first overload wins for it.
    @overload
    def walk(  # type: ignore[overload-overlap]
        self,
        streams: Mapping[K, AsyncIterator[T]],
        *,
        buffer: int = 100,
        page_size: int = 100,
    ) -> AsyncIterator[tuple[K, T]]: ...

    @overload
    def walk(
        self,
        streams: Iterable[StreamName],
        *,
        buffer: int = 100,
        page_size: int = 100,
    ) -> AsyncIterator[StreamItem]: ...

    def walk(
        self,
        streams: Mapping[Any, AsyncIterator[Any]] | Iterable[str],
        *,
        buffer: int = 100,
        page_size: int = 100,
    ) -> AsyncIterator[tuple[Any, Any]]:
        """Walk several streams at once under this client's one budget and semaphore.

        ``streams`` maps names to async iterators (e.g. ``{"open": client.tickets.fetch_all(
        ...), "events": client.events.fetch_all(...)}``), or names services whose whole
        list to walk (``["tickets", "messages", "customers"]``). Yields ``(name, item)`` as
        items arrive; each stream keeps its own order. Requests of all streams queue for
        the budget in arrival order, so a stream with many pages does not starve the others.

        Typed per stream: with names, each pair is a :data:`~gorgias_async.StreamItem`, so
        ``match pair: case ("tickets", ticket): ...`` gives a :class:`Ticket`; with a
        mapping, the pair is ``(key, item)`` typed by the mapping.
        """
        if isinstance(streams, Mapping):
            chosen = dict(streams)
        else:
            chosen = {}
            for name in streams:
                service = getattr(self, name, None)
                fetch_all = getattr(service, "fetch_all", None)
                if not isinstance(service, Resource) or fetch_all is None:
                    raise ValueError(f"streams: {name!r} is not a listable service of the client")
                chosen[name] = fetch_all(page_size=page_size)
        return merge_streams(chosen, buffer=buffer)

    def paginate(
        self,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        page_size: int = 100,
        max_items: int | None = None,
        start_cursor: str | None = None,
        on_page: OnPage | None = None,
        prefetch: int = 1,
    ) -> AsyncIterator[dict[str, Any]]:
        """Every item of any list endpoint, as the JSON objects the server sent.

        The raw twin of the services' ``fetch_all``: same cursor walk, budget, retries
        and prefetch, but no models — for endpoints without a service, and for pipelines
        that write dicts anyway and would rather skip structuring (the CPU it costs is
        measured in ``benchmarks``). ``params`` are sent as given (no filter checks).
        """
        check_api_path(path)
        check_limit(page_size, "page_size")
        fetch = raw_fetcher(self.request, path, {**(params or {}), "limit": page_size})
        pages = iterate_pages(fetch, start_cursor=start_cursor, prefetch=prefetch, on_page=on_page)
        return iterate_items(pages, max_items=max_items)

    # -- raw calls --------------------------------------------------------------------

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        data: bytes | str | FormFields | None = None,
        files: UploadFields | None = None,
        headers: Headers | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        retry_delay: Literal["exponential", "constant"] | None = None,
        retry_on: Iterable[int] | Literal["all"] | None = None,
        retry_non_idempotent: bool | None = None,
        debug: bool = False,
        dry_run: bool = False,
    ) -> Any:
        """Call any endpoint (``path`` relative to ``base_url``); returns the parsed JSON.

        Same auth, budget, retries and errors as the services.

        Args:
            params: the query. json: a JSON body. data: a raw body — bytes, str, or a
                mapping of form fields sent ``application/x-www-form-urlencoded``.
            files: a ``multipart/form-data`` body: field name → bytes, or
                ``(filename, bytes, content_type)``.
            headers: added to the client's. timeout: seconds per attempt.
            max_retries: retries of this call (0: none). retry_delay: ``"exponential"``
                (default, from the client's ``retry_base_delay``) or ``"constant"``.
            retry_on: statuses to retry besides 429, 5xx and connection errors, or
                ``"all"`` errors. A POST that may have created something is still
                retried only when that is safe, unless ``retry_non_idempotent=True``.
            debug: log this call's whole request and answer, credentials masked.
            dry_run: send nothing; return a :class:`DryRun` (method, URL with the
                query, headers with credentials masked, body).
        """
        call = _raw_call(
            method,
            path,
            params=params,
            json=json,
            data=data,
            files=files,
            headers=headers,
            timeout=timeout,
            max_retries=max_retries,
            retry_delay=retry_delay,
            retry_on=retry_on,
            retry_non_idempotent=retry_non_idempotent,
            debug=debug,
            parse_json=True,
        )
        if dry_run:
            return await self._transport.dry_run(call)
        return (await self._transport.send(call)).json()

    async def request_raw(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        data: bytes | str | FormFields | None = None,
        files: UploadFields | None = None,
        headers: Headers | None = None,
        timeout: float | None = None,
        parse_json: bool = False,
        max_retries: int | None = None,
        retry_delay: Literal["exponential", "constant"] | None = None,
        retry_on: Iterable[int] | Literal["all"] | None = None,
        retry_non_idempotent: bool | None = None,
        debug: bool = False,
    ) -> Response:
        """Like :meth:`request`, but returns the :class:`Response` (status, headers, body)."""
        call = _raw_call(
            method,
            path,
            params=params,
            json=json,
            data=data,
            files=files,
            headers=headers,
            timeout=timeout,
            max_retries=max_retries,
            retry_delay=retry_delay,
            retry_on=retry_on,
            retry_non_idempotent=retry_non_idempotent,
            debug=debug,
            parse_json=parse_json,
        )
        return await self._transport.send(call)

    async def check_connection(self) -> Any:
        """Test the credentials and domain with ``GET /account``; returns the account.

        Raises :class:`AuthenticationError` (bad email or key, or token),
        :class:`PermissionDeniedError` (role or scope), :class:`NotFoundError` or
        :class:`APIConnectionError` (wrong domain), each with a hint of what to fix, and
        :class:`AccountInactiveError` when the account answers but is deactivated.
        """
        try:
            account = await self.request("GET", "/account")
        except AuthenticationError as exc:
            _hint(
                exc,
                "check the username (the user's email) and the API key (Settings → REST "
                "API), or the OAuth token",
            )
            raise
        except PermissionDeniedError as exc:
            _hint(exc, "the user's role or the app's scopes do not allow account:read")
            raise
        except NotFoundError as exc:
            _hint(exc, f"is {self.base_url} your Gorgias domain?")
            raise
        except APIConnectionError as exc:
            _hint(exc, f"cannot reach {self.base_url}; check the domain")
            raise
        _check_active(account)
        return account

    # -- lifecycle --------------------------------------------------------------------

    async def aclose(self) -> None:
        """Close the connections."""
        await self._transport.aclose()

    async def __aenter__(self) -> AsyncGorgias:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()


def _raw_call(
    method: str, path: str, *, retry_on: Iterable[int] | str | None, **fields: Any
) -> Call:
    """The :class:`Call` of a raw request (``retry_on`` as a frozenset or ``"all"``)."""
    if retry_on is not None and retry_on != "all":
        if isinstance(retry_on, str) or not isinstance(retry_on, Iterable):
            raise TypeError('retry_on must be HTTP statuses or "all"')
        retry_on = frozenset(retry_on)
    return Call(method, path, retry_on=retry_on, **fields)  # type: ignore[arg-type]


def account_state(account: Any) -> Any:
    """The status an account object gives (``status.status``, e.g. ``"active"``), or None."""
    status = account.get("status") if isinstance(account, Mapping) else None
    return status.get("status") if isinstance(status, Mapping) else status


def _check_active(account: Any) -> None:
    """Raise :class:`AccountInactiveError` if ``GET /account`` says it is deactivated."""
    if not isinstance(account, Mapping):
        return
    state = account_state(account)
    deactivated = account.get("deactivated_datetime")
    if (state is None or state == "active") and not deactivated:
        return
    since = f" since {deactivated}" if deactivated else ""
    raise AccountInactiveError(
        f"the Gorgias account {account.get('domain')!r} is not active (status {state!r}"
        f"{since}): the credentials are right, but the account must be reactivated (billing"
        " or support) before the API will serve it",
        status=state,
        deactivated_datetime=deactivated,
        account=account,
    )


def _hint(error: APIError, hint: str) -> None:
    error.message = f"{error.message} — {hint}"
    error.args = (error.message,)
