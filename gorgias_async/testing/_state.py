"""The fake account's state: data, credentials, bucket, faults and what was observed."""

from __future__ import annotations

import contextlib
import secrets
import time
from collections.abc import Iterator
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import Any

import attrs

from . import _shapes as shapes
from ._bucket import LeakyBucket, RateLimitRules
from ._cassette import Cassette
from ._faults import FaultPlan
from ._resources import BY_NAME, RESOURCES
from ._seed import Seeder, SeedSpec, iso
from ._store import Collection, Item, Ordering, Store
from ._webhooks import WebhookSender


@attrs.define
class RecordedRequest:
    """One request the fake answered, for tests to inspect."""

    method: str
    path: str
    query: dict[str, list[str]]
    status: int
    started: float
    elapsed: float
    auth_kind: str | None
    #: The JSON body as parsed (None without one; the raw text if it is not JSON;
    #: multipart uploads are not recorded).
    body: Any = None
    #: The request headers as received (credentials included: this is the server side).
    headers: dict[str, str] = attrs.field(factory=dict, repr=False)


@attrs.define
class Stats:
    """Counters over every request the fake received."""

    requests: int = 0
    rate_limited: int = 0
    in_flight: int = 0
    peak_in_flight: int = 0
    by_status: dict[int, int] = attrs.field(factory=dict)

    def reset(self) -> None:
        """Zero every counter (requests in flight stay counted)."""
        in_flight = self.in_flight
        self.__init__()  # type: ignore[misc]
        self.in_flight = in_flight


@attrs.define
class Token:
    """An OAuth2 access token and when it stops working."""

    refresh_token: str
    expires_at: float


#: The instant of the request being answered, taken when it first asks for the time.
_REQUEST_TIME: ContextVar[list[str] | None] = ContextVar("gorgias_fake_now", default=None)


def now_iso() -> str:
    """The current instant in Gorgias' spelling.

    While a request is answered (:func:`one_transaction`), every call returns the same
    instant, as a database transaction's ``now()`` does: the objects and events one
    write creates share a timestamp (a ticket, its messages, its new customer).
    """
    held = _REQUEST_TIME.get()
    if held is None:
        return iso(datetime.now(UTC))
    if not held:
        held.append(iso(datetime.now(UTC)))
    return held[0]


@contextlib.contextmanager
def one_transaction() -> Iterator[None]:
    """Within this block, :func:`now_iso` is one instant."""
    token = _REQUEST_TIME.set([])
    try:
        yield
    finally:
        _REQUEST_TIME.reset(token)


class AccountState:
    """Everything one fake Gorgias account holds."""

    def __init__(
        self,
        *,
        seed: SeedSpec,
        domain: str,
        username: str,
        api_key: str,
        rate_limit: RateLimitRules | None,
        time_scale: float,
        cursor_ttl: float | None,
        token_lifetime: float,
        fault_seed: int,
        validate: bool = True,
        replay: Cassette | None = None,
    ) -> None:
        self.domain = domain
        #: Whether requests are checked against the spec (see ``_validation``).
        self.validate = validate
        #: Recorded answers served before the fake's own (see ``_cassette``).
        self.replay = replay
        self.username = username
        self.api_key = api_key
        self.oauth_client_id = "sandbox-client"
        self.oauth_client_secret = secrets.token_urlsafe(16)
        self.time_scale = time_scale
        self.latency = 0.0
        self.cursor_ttl = cursor_ttl
        self.token_lifetime = token_lifetime
        self.bucket = LeakyBucket(rate_limit, time_scale=time_scale) if rate_limit else None
        self.faults = FaultPlan(fault_seed)
        self.stats = Stats()
        self.requests: list[RecordedRequest] = []
        self.access_tokens: dict[str, Token] = {}
        self.refresh_tokens: dict[str, str] = {}  # refresh token -> scope
        self.auth_codes: dict[str, str] = {}  # code -> redirect_uri
        self.files: dict[str, tuple[str, bytes]] = {}  # name -> (content type, bytes)
        self.account: Item = {
            "domain": domain,
            "status": {"status": "active", "notification": None},
            "created_datetime": "2023-05-01T09:00:00.000000+00:00",
            "deactivated_datetime": None,
            "meta": {"hashed_domain": "abc123"},
            "settings": [],
        }
        self.store = Store()
        for resource in RESOURCES:
            orderings = {
                Ordering.parse(order).fields: Ordering.parse(order) for order in resource.orders
            }
            self.store.add(resource.name, list(orderings.values()), shapes.fields(resource.name))
        self.store.add("account_settings", [], ("data",))
        self.ticket_messages: dict[int, list[int]] = {}
        self.ticket_field_values: dict[int, dict[int, Item]] = {}
        self.customer_field_values: dict[int, dict[int, Item]] = {}
        self.current_user_id = 1
        #: Calls the HTTP integrations whose triggers the recorded events fire.
        self.webhooks = WebhookSender(self)
        self._seed(seed)

    # -- data -------------------------------------------------------------------------

    def _seed(self, spec: SeedSpec) -> None:
        seeder = Seeder(spec, domain=self.domain)
        users = seeder.users()
        customers = seeder.customers()
        tags = seeder.tags()
        tickets, messages = seeder.tickets_and_messages(customers, users, tags)
        for name, items in (("users", users), ("customers", customers), ("tags", tags)):
            self._load(name, items)
        self._load("tickets", tickets)
        for message in messages:
            self.add_message(message, record=False)
        for name in (
            "teams",
            "views",
            "macros",
            "rules",
            "integrations",
            "widgets",
            "satisfaction_surveys",
            "custom_fields",
            "jobs",
        ):
            self._load(name, seeder.simple(name, getattr(spec, name)))
        calls, call_events, recordings = seeder.voice()
        self._load("voice_calls", calls)
        self._load("voice_call_events", call_events)
        self._load("voice_call_recordings", recordings)
        if spec.events:
            self._seed_events()

    def _load(self, name: str, items: list[Item]) -> None:
        resource = BY_NAME[name]
        collection = self.store[name]
        for item in items:
            item.setdefault("uri", f"/api{resource.path}/{item['id']}/")
            collection.put(item)

    def _seed_events(self) -> None:
        pending: list[tuple[str, str, Item]] = []
        for name in ("customers", "tickets", "messages"):
            for item in self.store[name]:
                pending.append((item["created_datetime"], name, item))
        pending.sort(key=lambda entry: (entry[0], entry[1], entry[2]["id"]))
        for created, name, item in pending:
            self.record_event(name, "created", item, at=created)

    def collection(self, name: str) -> Collection:
        """The collection of resource ``name``."""
        return self.store[name]

    def record_event(self, name: str, action: str, item: Item, *, at: str | None = None) -> None:
        """Append the ``<prefix>-<action>`` event for ``item`` of resource ``name``."""
        resource = BY_NAME[name]
        if resource.event_prefix is None:
            return
        events = self.store["events"]
        event_id = events.next_id()
        data: Item = {"id": item["id"]}
        if name == "messages":
            data["ticket_id"] = item.get("ticket_id")
        event = events.put(
            {
                "id": event_id,
                "uri": f"/api/events/{event_id}/",
                "object_id": item["id"],
                "object_type": resource.object_type,
                "type": f"{resource.event_prefix}-{action}",
                "user_id": self.current_user_id,
                "context": f"ctx-{event_id:08x}",
                "data": data,
                "created_datetime": at or now_iso(),
            }
        )
        self.webhooks.notify(event)

    def add_message(self, message: Item, *, record: bool = True) -> Item:
        """Store a ticket message and link it to its ticket."""
        messages = self.store["messages"]
        message.setdefault("id", messages.next_id())
        message.setdefault("uri", f"/api/tickets/{message['ticket_id']}/messages/{message['id']}/")
        messages.put(message)
        self.ticket_messages.setdefault(message["ticket_id"], []).append(message["id"])
        if record:
            self.record_event("messages", "created", message)
        return message

    def ticket_view(self, ticket: Item, *, custom_fields: bool = False) -> Item:
        """A ticket as ``GET /tickets/{id}`` shows it: with its messages, its survey and
        (``relationships=custom_fields``) its field values; ``events`` (deprecated in the
        spec) stays empty: the event feed is ``GET /events``."""
        messages = self.store["messages"]
        ids = self.ticket_messages.get(ticket["id"], [])
        survey = next(
            (s for s in self.store["satisfaction_surveys"] if s.get("ticket_id") == ticket["id"]),
            None,
        )
        values = None
        if custom_fields:
            values = {
                str(field_id): {"id": field_id, "value": value["value"]}
                for field_id, value in self.ticket_field_values.get(ticket["id"], {}).items()
            }
        return ticket | {
            "messages": [messages.items[i] for i in ids if i in messages.items],
            "events": [],
            "reply_options": None,
            "satisfaction_survey": survey,
            "custom_fields": values,
        }

    # -- credentials ------------------------------------------------------------------

    def issue_tokens(self, lifetime: float | None = None, scope: str = "openid offline") -> Item:
        """Mint an access token (and a refresh token) as the token endpoint would."""
        refresh = "rt-" + secrets.token_urlsafe(24)
        self.refresh_tokens[refresh] = scope
        return self._access_token(refresh, lifetime, scope)

    def refresh(self, refresh_token: str, lifetime: float | None = None) -> Item | None:
        """A new access token for ``refresh_token``, or None if it is unknown."""
        scope = self.refresh_tokens.get(refresh_token)
        if scope is None:
            return None
        return self._access_token(refresh_token, lifetime, scope)

    def _access_token(self, refresh: str, lifetime: float | None, scope: str) -> Item:
        access = "at-" + secrets.token_urlsafe(24)
        life = self.token_lifetime if lifetime is None else lifetime
        self.access_tokens[access] = Token(refresh, time.monotonic() + life)
        return {
            "access_token": access,
            "refresh_token": refresh,
            "expires_in": life,
            "token_type": "Bearer",
            "scope": scope,
        }

    def expire_access_tokens(self) -> None:
        """Make every access token issued so far answer 401."""
        for token in self.access_tokens.values():
            token.expires_at = 0.0

    def bearer_valid(self, token: str) -> bool:
        """Whether ``token`` is a live access token."""
        found = self.access_tokens.get(token)
        return found is not None and found.expires_at > time.monotonic()

    def summary(self) -> dict[str, Any]:
        """How many objects each collection holds."""
        return {name: len(collection) for name, collection in self.store.collections.items()}
