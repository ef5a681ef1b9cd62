"""`FakeGorgias`: run the fake Gorgias account on a loopback port."""

from __future__ import annotations

from pathlib import Path
from types import TracebackType
from typing import Any

from aiohttp import web

from . import _validation
from ._app import make_app
from ._bucket import RateLimitRules
from ._cassette import Cassette
from ._faults import FaultPlan
from ._http import serve_on_loopback
from ._jobs import stop_jobs
from ._schema import ValidatorMissing
from ._schema import available as validator_available
from ._seed import SeedSpec
from ._state import AccountState, RecordedRequest, Stats
from ._thread import ThreadedFake
from ._webhooks import WebhookDelivery

DEFAULT_USERNAME = "sandbox@example.com"
DEFAULT_API_KEY = "sandbox-api-key"


class FakeGorgias:
    """A fake Gorgias account served over real HTTP on 127.0.0.1.

    ::

        async with FakeGorgias(seed=7, tickets=500) as fake:
            client = AsyncGorgias(base_url=fake.base_url,
                                  username=fake.username, api_key=fake.api_key)

    Args:
        seed: seed of the deterministic demo data (and of nothing else).
        rate_limit: the bucket sizes to enforce (Gorgias' own by default); None disables
            rate limiting.
        time_scale: how much faster than real time the bucket leaks (10 → a 20 s window
            drains in 2 s); Retry-After is then sent in fractional real seconds.
        latency: seconds added before every API response.
        cursor_ttl: seconds after which a cursor is refused as expired (None: never).
        token_lifetime: lifetime of issued OAuth2 access tokens, in seconds.
        fault_seed: seed of probabilistic faults.
        port: the port to bind (0 picks a free one).
        validate: check every request against Gorgias' OpenAPI spec and refuse what it
            refuses (400/415 in Gorgias' error shape). Needs ``jsonschema`` (the
            ``testing`` extra): True requires it, None (the default) validates when it
            is installed, False never validates.
        replay: a cassette (or its path) recorded by :class:`Recorder`: requests it holds
            get the recorded answers (in order; the last repeats), others the fake's own.
        **counts: how many objects to seed per resource (see :class:`SeedSpec`).
    """

    def __init__(
        self,
        *,
        seed: int = 0,
        rate_limit: RateLimitRules | None = RateLimitRules(),  # noqa: B008
        time_scale: float = 1.0,
        latency: float = 0.0,
        cursor_ttl: float | None = None,
        token_lifetime: float = 86400.0,
        fault_seed: int = 0,
        username: str = DEFAULT_USERNAME,
        api_key: str = DEFAULT_API_KEY,
        domain: str = "sandbox",
        host: str = "127.0.0.1",
        port: int = 0,
        validate: bool | None = None,
        replay: Cassette | str | Path | None = None,
        **counts: Any,
    ) -> None:
        if validate is None:
            validate = validator_available()
        elif validate and not validator_available():
            raise ValidatorMissing(
                "FakeGorgias(validate=True) needs jsonschema: pip install 'gorgias-async[testing]'"
            )
        if validate:
            _validation.prepare()  # before the seed data fills the heap
        self.state = AccountState(
            seed=SeedSpec(seed=seed, **counts),
            domain=domain,
            username=username,
            api_key=api_key,
            rate_limit=rate_limit,
            time_scale=time_scale,
            cursor_ttl=cursor_ttl,
            token_lifetime=token_lifetime,
            fault_seed=fault_seed,
            validate=validate,
            replay=replay if isinstance(replay, Cassette | None) else Cassette.load(replay),
        )
        self.state.latency = latency
        self._host = host
        self._port = port
        self._runner: web.AppRunner | None = None

    # -- lifecycle ----------------------------------------------------------------------

    async def start(self) -> None:
        """Bind the port and start serving."""
        app = make_app(self.state)
        self._runner, self._port = await serve_on_loopback(app, self._host, self._port)
        self.state.webhooks.active = True

    async def close(self) -> None:
        """Stop serving and release the port (webhook requests in flight are cancelled)."""
        await self.state.webhooks.close()
        await stop_jobs(self.state)
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    def run_in_thread(self) -> ThreadedFake:
        """Serve from a loop on a background thread, for blocking code and sync tests::

        with FakeGorgias(tickets=20).run_in_thread() as fake:
            with Gorgias(base_url=fake.base_url, username=fake.username,
                         api_key=fake.api_key) as client:
                client.tickets.list()
        """
        return ThreadedFake(self)

    async def __aenter__(self) -> FakeGorgias:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    # -- where and who ----------------------------------------------------------------

    @property
    def origin(self) -> str:
        """``http://127.0.0.1:<port>``: where OAuth and signed downloads live."""
        return f"http://{self._host}:{self._port}"

    @property
    def base_url(self) -> str:
        """The API base URL, ``/api`` included, to give a client as ``base_url``."""
        return self.origin + "/api"

    @property
    def port(self) -> int:
        """The bound port."""
        return self._port

    @property
    def username(self) -> str:
        """The account's valid Basic-auth username."""
        return self.state.username

    @property
    def api_key(self) -> str:
        """The account's valid API key."""
        return self.state.api_key

    @property
    def oauth_client_id(self) -> str:
        """The client id the token endpoint accepts."""
        return self.state.oauth_client_id

    @property
    def oauth_client_secret(self) -> str:
        """The client secret the token endpoint accepts."""
        return self.state.oauth_client_secret

    def issue_oauth_tokens(self, lifetime: float | None = None) -> dict[str, Any]:
        """Tokens as the token endpoint would issue them (``access_token``, ``refresh_token``…)."""
        return self.state.issue_tokens(lifetime)

    def spend_budget(self, requests: int) -> None:
        """Spend ``requests`` of the account's rate budget now, as another integration of
        the same account would (the next answers' ``used`` count includes them)."""
        if self.state.bucket is None:
            raise RuntimeError("this fake has no rate limit (rate_limit=None)")
        self.state.bucket.spend(requests)

    def expire_access_tokens(self) -> None:
        """Make every access token issued so far answer 401 (refresh tokens still work)."""
        self.state.expire_access_tokens()

    # -- what happened ----------------------------------------------------------------

    @property
    def faults(self) -> FaultPlan:
        """The fault plan: ``fake.faults.add(Fault.status(503, nth=[1]))``."""
        return self.state.faults

    @property
    def stats(self) -> Stats:
        """Counters: ``requests``, ``rate_limited``, ``peak_in_flight``, ``by_status``."""
        return self.state.stats

    @property
    def requests(self) -> list[RecordedRequest]:
        """Every request answered, in order of completion."""
        return self.state.requests

    @property
    def validates(self) -> bool:
        """Whether requests are checked against the spec (see the ``validate`` option)."""
        return self.state.validate

    @property
    def latency(self) -> float:
        """Seconds added before every API response."""
        return self.state.latency

    @latency.setter
    def latency(self, seconds: float) -> None:
        self.state.latency = seconds

    @property
    def webhook_deliveries(self) -> list[WebhookDelivery]:
        """Every request sent (or, to a non-loopback URL, skipped) for an HTTP
        integration's triggers, in the order fired; see :class:`WebhookDelivery`."""
        return self.state.webhooks.deliveries

    async def drain_webhooks(self, timeout: float = 30.0) -> None:
        """Wait until every webhook request fired so far has its outcome."""
        await self.state.webhooks.drain(timeout)

    def reset_observations(self) -> None:
        """Forget the request log and zero the counters (data stays)."""
        self.state.requests.clear()
        self.state.stats.reset()

    def items(self, resource: str) -> list[dict[str, Any]]:
        """The stored objects of ``resource`` (e.g. ``"tickets"``), by id."""
        collection = self.state.collection(resource)
        return [collection.items[key] for key in sorted(collection.items)]
