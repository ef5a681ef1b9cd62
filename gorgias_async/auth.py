"""Credentials: HTTP Basic (email + API key) and OAuth2 bearer tokens with refresh.

Both produce the ``Authorization`` header themselves and never show a secret in their
``repr``. :class:`OAuth2` refreshes its access token once on a 401 or shortly before it
expires, with a single refresh in flight however many requests notice at once.

Token requests go out through a :class:`TokenEndpoint`: the client's own sender (the one
aiohttp session), its retry policy and our error mapping. They are not paced by the rate
budget (``/oauth/token`` is not an API call, and Gorgias meters API calls) and take no
slot of the semaphore: a refresh runs inside the slot of the call that needed it, so it
can never wait for a slot it holds itself.
"""

from __future__ import annotations

import asyncio
import base64
import inspect
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import TYPE_CHECKING
from urllib.parse import urlencode, urlsplit

import attrs

from ._aiohttp import AiohttpSender
from ._config import DEFAULT_TIMEOUT, check_url, normalize_domain, validate_base_url
from ._http import HttpRequest, Response, Sender
from ._redact import mask, redact
from ._retry import RetryPolicy, retrying
from ._validate import check_str
from .errors import AuthenticationError, error_from_response, parse_body

if TYPE_CHECKING:
    from ._aiohttp import ClientSession

TokenCallback = Callable[["OAuth2Tokens"], Awaitable[None] | None]
TOKEN_EXAMPLE = "https://auth.example/oauth/token"
AUTHORIZE_EXAMPLE = "https://auth.example/oauth/authorize"
#: What errors and logs call a token request (the endpoint's own URL may differ).
TOKEN_PATH = "/oauth/token"


@attrs.frozen(repr=False)
class OAuth2Tokens:
    """Tokens as the token endpoint returned them."""

    access_token: str
    refresh_token: str | None = None
    expires_at: float | None = None
    scope: str | None = None

    def __repr__(self) -> str:
        return (
            f"OAuth2Tokens(access_token={mask(self.access_token)}, "
            f"refresh_token={mask(self.refresh_token)}, expires_at={self.expires_at!r})"
        )


@attrs.frozen
class TokenEndpoint:
    """Where token requests go: the sender, the origin of ``/oauth/token``, the retries.

    Attributes:
        sender: sends the requests (a client's own, or a one-off for a code exchange).
        origin: the account's origin (``https://acme.gorgias.com``).
        retry: the retry policy: a token request is a POST, so it is retried after a 429
            and when it provably never left, never after an ambiguous failure (that could
            spend a refresh token twice).
    """

    sender: Sender
    origin: str
    retry: RetryPolicy = attrs.field(factory=RetryPolicy)

    async def post_form(
        self, url: str, form: Mapping[str, str], secrets: tuple[str, ...]
    ) -> Response:
        """POST ``form`` (form-encoded) to ``url``; the answer whatever its status but 429."""
        request = HttpRequest(
            method="POST",
            path=TOKEN_PATH,
            url=url,
            headers={"Accept": "application/json"},
            body=dict(form),
            secrets=secrets,
        )

        async def attempt() -> Response:
            response = await self.sender.send(request)
            if response.status == 429:
                raise error_from_response(
                    method="POST",
                    path=TOKEN_PATH,
                    status=429,
                    body=response.body,
                    headers=response.headers,
                    secrets=secrets,
                )
            return response

        return await retrying(attempt, self.retry)


class Auth:
    """Base of the credentials a client sends."""

    kind: str = ""

    async def header(self, tokens: TokenEndpoint) -> str:
        """The ``Authorization`` header value for the next request."""
        raise NotImplementedError

    def can_refresh(self) -> bool:
        """Whether a 401 is worth one refresh and replay."""
        return False

    async def refresh(
        self, tokens: TokenEndpoint, rejected: str
    ) -> None:  # pragma: no cover - only OAuth2 refreshes
        """Get new credentials after ``rejected`` (a header value) got a 401."""

    def secrets(self) -> tuple[str, ...]:
        """Every secret this object holds or has held, for redaction."""
        return ()


class BasicAuth(Auth):
    """HTTP Basic: the user's email and the account's REST API key."""

    kind = "basic"

    def __init__(self, username: str, api_key: str) -> None:
        check_str(username, "username (the user's email)", empty=False)
        check_str(api_key, "api_key", empty=False)
        self.username = username
        self._api_key = api_key
        token = base64.b64encode(f"{username}:{api_key}".encode()).decode("ascii")
        self._header = f"Basic {token}"

    async def header(self, tokens: TokenEndpoint) -> str:
        """``Basic base64(username:api_key)``."""
        return self._header

    def secrets(self) -> tuple[str, ...]:
        """The API key and the encoded header."""
        return (self._api_key, self._header.split(" ", 1)[1])

    def __repr__(self) -> str:
        return f"BasicAuth(username={self.username!r}, api_key={mask(self._api_key)})"


class OAuth2(Auth):
    """An OAuth2 bearer token, refreshed with the refresh token when it expires.

    Args:
        access_token: the current access token.
        refresh_token: needed to refresh (granted with the ``offline`` scope).
        client_id, client_secret: the app's credentials, sent with a refresh.
        expires_at: ``time.time()`` at which the access token expires, if known; the
            token is refreshed ``refresh_margin`` seconds before that (at most half the
            lifetime of a refreshed token, so short-lived tokens are not refreshed on
            every request).
        token_url: the token endpoint (default: ``<origin>/oauth/token``): an
            ``http(s)`` URL, for an app whose tokens go through a gateway of its own.
        on_refresh: called (sync or async) with the new :class:`OAuth2Tokens`: store them.
    """

    kind = "bearer"

    def __init__(
        self,
        access_token: str,
        refresh_token: str | None = None,
        client_id: str | None = None,
        client_secret: str | None = None,
        expires_at: float | None = None,
        token_url: str | None = None,
        on_refresh: TokenCallback | None = None,
        *,
        refresh_margin: float = 60.0,
    ) -> None:
        check_str(access_token, "access_token", empty=False)
        self._access_token = access_token
        self._refresh_token = refresh_token
        self.client_id = client_id
        self._client_secret = client_secret
        self.expires_at = expires_at
        self.token_url = (
            None if token_url is None else check_url(token_url, "token_url", TOKEN_EXAMPLE)
        )
        self.on_refresh = on_refresh
        self.refresh_margin = refresh_margin
        self._margin = refresh_margin
        self.refreshes = 0
        # Tokens refreshed away stay secrets: an old one may still be in a log line, an
        # error or a journal being written.
        self._retired: list[str] = []
        self._lock: asyncio.Lock | None = None
        self._lock_loop: asyncio.AbstractEventLoop | None = None

    def __repr__(self) -> str:
        return (
            f"OAuth2(access_token={mask(self._access_token)}, "
            f"refresh_token={mask(self._refresh_token)}, client_id={self.client_id!r})"
        )

    def secrets(self) -> tuple[str, ...]:
        """The tokens (those refreshed away too) and the client secret."""
        held = (self._access_token, self._refresh_token, self._client_secret, *self._retired)
        return tuple(secret for secret in held if secret)

    def can_refresh(self) -> bool:
        """True when a refresh token is held."""
        return self._refresh_token is not None

    async def header(self, tokens: TokenEndpoint) -> str:
        """``Bearer <token>``, refreshing first when the token is about to expire."""
        expiring = self.expires_at is not None and time.time() >= (self.expires_at - self._margin)
        current = f"Bearer {self._access_token}"
        if expiring and self.can_refresh():
            await self.refresh(tokens, current)
            current = f"Bearer {self._access_token}"
        return current

    async def refresh(self, tokens: TokenEndpoint, rejected: str) -> None:
        """Refresh once; concurrent callers wait for that one refresh."""
        loop = asyncio.get_running_loop()
        if self._lock is None or self._lock_loop is not loop:
            self._lock, self._lock_loop = asyncio.Lock(), loop
        async with self._lock:
            if rejected != f"Bearer {self._access_token}":
                return  # someone else refreshed while we waited
            if self._refresh_token is None:
                raise AuthenticationError(
                    "the access token was refused and no refresh token is set",
                    method="POST",
                    path=TOKEN_PATH,
                    status=401,
                    body=None,
                    request_id=None,
                )
            form = {"grant_type": "refresh_token", "refresh_token": self._refresh_token}
            fresh = await _token_request(
                tokens,
                self.token_url or f"{tokens.origin}/oauth/token",
                form,
                self.client_id,
                self._client_secret,
            )
            self._retired += [self._access_token, self._refresh_token]
            self._access_token = fresh.access_token
            self._refresh_token = fresh.refresh_token or self._refresh_token
            self.expires_at = fresh.expires_at
            if fresh.expires_at is not None:
                lifetime = fresh.expires_at - time.time()
                self._margin = min(self.refresh_margin, max(0.0, lifetime / 2))
            self.refreshes += 1
            if self.on_refresh is not None:
                result = self.on_refresh(attrs.evolve(fresh, refresh_token=self._refresh_token))
                if inspect.isawaitable(result):
                    await result

    @staticmethod
    def authorize_url(
        domain_or_origin: str | None,
        client_id: str,
        redirect_uri: str,
        scopes: Sequence[str],
        state: str,
        *,
        endpoint: str | None = None,
    ) -> str:
        """The URL to send a user's browser to, to grant the app access.

        ``domain_or_origin`` is the account's domain (``acme``, validated as for the
        client) or an origin URL such as the fake server's ``origin``. ``endpoint``: a
        custom authorize URL instead of ``<origin>/oauth/authorize`` (then
        ``domain_or_origin`` may be None); a query it carries is kept. Ask for the
        ``offline`` scope to get a refresh token.
        """
        if endpoint is not None:
            base = check_url(endpoint, "endpoint", AUTHORIZE_EXAMPLE, query=True)
        elif domain_or_origin is None:
            raise TypeError("authorize_url: give domain_or_origin, or endpoint")
        else:
            base = f"{_origin(domain_or_origin)}/oauth/authorize"
        check_str(state, "state", empty=False)  # the CSRF guard of the redirect: never empty
        if urlsplit(check_str(redirect_uri, "redirect_uri")).scheme not in ("http", "https"):
            raise ValueError(f"redirect_uri must be an http(s) URL, got {redirect_uri!r}")
        query = urlencode(
            {
                "response_type": "code",
                "client_id": client_id,
                "redirect_uri": redirect_uri,
                "scope": " ".join(scopes),
                "state": state,
            }
        )
        return f"{base}{'&' if '?' in base else '?'}{query}"

    @staticmethod
    async def exchange_code(
        domain_or_origin: str | None,
        code: str,
        redirect_uri: str,
        client_id: str,
        client_secret: str,
        *,
        session: ClientSession | None = None,
        token_url: str | None = None,
    ) -> OAuth2Tokens:
        """Trade an authorization ``code`` for tokens (POST ``/oauth/token``, form-encoded).

        ``token_url``: a custom token endpoint instead of ``<origin>/oauth/token`` (then
        ``domain_or_origin`` may be None; give the same ``token_url`` to :class:`OAuth2`
        for its refreshes). ``session``: an aiohttp session to send it with (default: one
        of its own, closed after). Build the client with ``OAuth2(tokens.access_token,
        tokens.refresh_token, ...)``.
        """
        form = {"grant_type": "authorization_code", "code": code, "redirect_uri": redirect_uri}
        if token_url is not None:
            url = check_url(token_url, "token_url", TOKEN_EXAMPLE)
            parts = urlsplit(url)
            base = f"{parts.scheme}://{parts.netloc}"
        elif domain_or_origin is None:
            raise TypeError("exchange_code: give domain_or_origin, or token_url")
        else:
            base = _origin(domain_or_origin)
            url = f"{base}/oauth/token"
        sender = AiohttpSender(session=session, timeout=DEFAULT_TIMEOUT)
        try:
            return await _token_request(
                TokenEndpoint(sender, base), url, form, client_id, client_secret
            )
        finally:
            await sender.aclose()


def _origin(domain_or_origin: str) -> str:
    if "://" in domain_or_origin:
        return validate_base_url(domain_or_origin)
    return f"https://{normalize_domain(domain_or_origin)}.gorgias.com"


async def _token_request(
    tokens: TokenEndpoint,
    url: str,
    form: dict[str, str],
    client_id: str | None,
    client_secret: str | None,
) -> OAuth2Tokens:
    if client_id:
        form["client_id"] = client_id
    if client_secret:
        form["client_secret"] = client_secret
    secrets = tuple(form[k] for k in ("code", "refresh_token", "client_secret") if k in form)
    answer = await tokens.post_form(url, form, secrets)
    raw, status, headers = answer.body, answer.status, answer.headers
    body = parse_body(raw)
    if status == 200 and isinstance(body, dict) and isinstance(body.get("access_token"), str):
        expires_in = body.get("expires_in")
        return OAuth2Tokens(
            access_token=body["access_token"],
            refresh_token=body.get("refresh_token"),
            expires_at=time.time() + float(expires_in) if expires_in is not None else None,
            scope=body.get("scope"),
        )
    if status in (200, 400, 401):
        # OAuth's invalid_grant / invalid_client answers, or a 200 without a token.
        reason = body.get("error") if isinstance(body, dict) else None
        raise AuthenticationError(
            redact(f"POST /oauth/token → {status}: token request refused ({reason})", secrets),
            method="POST",
            path=TOKEN_PATH,
            status=status,
            body={"error": reason},
            request_id=None,
        )
    raise error_from_response(
        method="POST",
        path=TOKEN_PATH,
        status=status,
        body=raw,
        headers=headers,
        secrets=secrets,
    )
