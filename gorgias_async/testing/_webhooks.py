"""The fake calls HTTP integrations as Gorgias does: a ticket write fires their triggers.

When an event ``ticket-created``, ``ticket-updated`` or ``ticket-message-created`` is
recorded, every active HTTP integration with that trigger on gets its request: ``url``,
``headers`` and ``form`` rendered as templates (``{{ticket.id}}``,
``{{ticket.customer.email}}``, ``{{ticket.messages[-1].body_text}}``, ``{{message.id}}``)
against the ticket as ``GET /tickets/{id}`` shows it and the message concerned (the new
one, else the ticket's last), then sent with its method — the form as a JSON body or
form-encoded, as ``request_content_type`` says; none for GET and HEAD. Values in the URL
are percent-encoded; a variable that names nothing renders empty, as in Gorgias.

Only loopback addresses are called (127.0.0.0/8, ::1, localhost): a request for any other
host is recorded as ``skipped`` and never sent. Every request is recorded
(:class:`WebhookDelivery`, ``FakeGorgias.webhook_deliveries``) as ``delivered`` (a 2xx
answer), ``failed`` (another status, a refused connection, a timeout) or ``skipped``.

Retries: Gorgias' documentation says it "generally keeps retrying individual requests if
there are timeouts" (how often and how long is not documented) and disables an
integration after 100 failed requests in a row, a success resetting the count
(docs.gorgias.com, "Broken or Disconnected HTTP Integration"). The fake sends each
request once — tests see exactly what was attempted — and, like Gorgias, sets
``deactivated_datetime`` on an integration after 100 failures in a row.
"""

from __future__ import annotations

import asyncio
import contextvars
import ipaddress
import re
import time
import urllib.parse
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Final, Literal

import aiohttp
import attrs

from .._json import dumps as json_dumps
from ._seed import iso
from ._store import Item

if TYPE_CHECKING:
    from ._state import AccountState

#: The triggers the fake fires (``ticket-self-unsnoozed`` needs a clock it does not run).
TRIGGERS: Final = frozenset({"ticket-created", "ticket-updated", "ticket-message-created"})
#: Failed requests in a row after which Gorgias disables an integration.
DISABLE_AFTER: Final = 100
#: Requests in flight at once, over every integration.
CONCURRENCY: Final = 8

_VARIABLE = re.compile(r"\{\{(.*?)\}\}", re.DOTALL)
_STEP = re.compile(r"\[(-?\d+)\]|([^.\[\]]+)")


@attrs.define
class WebhookDelivery:
    """One request the fake sent (or refused to send) for an integration's trigger.

    Attributes:
        integration_id: the HTTP integration.
        trigger: the event type that fired it (``ticket-created``…).
        event_id: the id of that event in ``GET /events``.
        method, url, headers, body: the rendered request (``body`` None without one).
        outcome: ``delivered`` (2xx), ``failed`` or ``skipped`` (not a loopback URL).
        status: the answer's status (None without an answer).
        error: why it failed or was skipped.
        elapsed: seconds from sending to the end of the answer.
    """

    integration_id: int
    trigger: str
    event_id: int
    method: str
    url: str
    headers: dict[str, str]
    body: bytes | None
    outcome: Literal["delivered", "failed", "skipped"] = "skipped"
    status: int | None = None
    error: str | None = None
    elapsed: float = 0.0


def lookup(context: Mapping[str, Any], expression: str) -> Any:
    """The value a template variable names (``ticket.messages[-1].id``), or None."""
    value: Any = context
    for index, key in _STEP.findall(expression.split("|")[0].strip()):
        if index:
            position = int(index)
            if not isinstance(value, list) or not -len(value) <= position < len(value):
                return None
            value = value[position]
        elif isinstance(value, Mapping):
            value = value.get(key.strip())
        else:
            return None
    return value


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value
    if isinstance(value, int | float):
        return str(value)
    return json_dumps(value).decode()


def render(template: str, context: Mapping[str, Any], *, in_url: bool = False) -> str:
    """``template`` with each ``{{variable}}`` replaced (percent-encoded in a URL)."""

    def value(match: re.Match[str]) -> str:
        text = _text(lookup(context, match.group(1)))
        return urllib.parse.quote(text, safe="") if in_url else text

    return _VARIABLE.sub(value, template)


def render_json(value: Any, context: Mapping[str, Any]) -> Any:
    """Every string inside JSON-like ``value`` rendered."""
    if isinstance(value, str):
        return render(value, context)
    if isinstance(value, Mapping):
        return {key: render_json(item, context) for key, item in value.items()}
    if isinstance(value, list):
        return [render_json(item, context) for item in value]
    return value


def is_loopback(url: str) -> bool:
    """Whether ``url`` points at this machine (the only place the fake sends to)."""
    host = urllib.parse.urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _fires(integration: Item, trigger: str) -> bool:
    http = integration.get("http")
    if integration.get("type") != "http" or integration.get("deactivated_datetime"):
        return False
    triggers = http.get("triggers") if isinstance(http, Mapping) else None
    if not isinstance(triggers, Mapping):
        return False
    return bool(triggers.get(trigger) or triggers.get(trigger.replace("-", "_")))


class WebhookSender:
    """Sends the requests of an account's HTTP integrations (see the module docstring)."""

    def __init__(self, state: AccountState) -> None:
        self.state = state
        #: Every request sent or skipped, in the order they were decided.
        self.deliveries: list[WebhookDelivery] = []
        #: Seconds an answer may take before the request counts as failed.
        self.timeout = 10.0
        #: Off while the fake is not serving (its seed events fire nothing).
        self.active = False
        self._failures: dict[int, int] = {}
        self._tasks: set[asyncio.Task[None]] = set()
        self._session: aiohttp.ClientSession | None = None
        self._limit: asyncio.Semaphore | None = None

    def notify(self, event: Item) -> None:
        """An event was recorded: fire the integrations whose trigger it is."""
        trigger = event.get("type")
        if not self.active or trigger not in TRIGGERS:
            return
        integrations = [
            item for item in self.state.collection("integrations") if _fires(item, trigger)
        ]
        if not integrations:
            return
        # Rendered once the write that recorded the event is done (its messages exist),
        # outside that request's one-instant clock.
        task = asyncio.get_running_loop().create_task(
            self._fire(event, integrations), context=contextvars.Context()
        )
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def _context(self, event: Item) -> dict[str, Any] | None:
        data = event.get("data") or {}
        is_message = event["object_type"] == "TicketMessage"
        ticket_id = data.get("ticket_id") if is_message else event["object_id"]
        ticket = self.state.collection("tickets").get(ticket_id) if ticket_id else None
        if ticket is None:
            return None
        view = self.state.ticket_view(ticket)
        message = None
        if is_message:
            message = self.state.collection("messages").get(event["object_id"])
        elif view["messages"]:
            message = view["messages"][-1]
        return {"ticket": view, "message": message}

    def _request(
        self, integration: Item, event: Item, context: Mapping[str, Any]
    ) -> WebhookDelivery:
        http = integration["http"]
        method = str(http.get("method") or "GET").upper()
        headers = {str(k): render(str(v), context) for k, v in (http.get("headers") or {}).items()}
        body: bytes | None = None
        if method not in ("GET", "HEAD"):
            form = render_json(http.get("form") or {}, context)
            if http.get("request_content_type") == "application/x-www-form-urlencoded":
                pairs = form.items() if isinstance(form, Mapping) else []
                body = urllib.parse.urlencode([(k, _text(v)) for k, v in pairs]).encode()
                headers.setdefault("Content-Type", "application/x-www-form-urlencoded")
            else:
                body = json_dumps(form)
                headers.setdefault("Content-Type", "application/json")
        return WebhookDelivery(
            integration_id=integration["id"],
            trigger=event["type"],
            event_id=event["id"],
            method=method,
            url=render(str(http.get("url") or ""), context, in_url=True),
            headers=headers,
            body=body,
        )

    async def _fire(self, event: Item, integrations: list[Item]) -> None:
        context = self._context(event)
        if context is None:
            return
        deliveries = [self._request(item, event, context) for item in integrations]
        self.deliveries.extend(deliveries)
        await asyncio.gather(*(self._send(delivery) for delivery in deliveries))

    async def _send(self, delivery: WebhookDelivery) -> None:
        if not is_loopback(delivery.url):
            delivery.error = "not a loopback address: the fake only calls this machine"
            return
        if self._limit is None:
            self._limit = asyncio.Semaphore(CONCURRENCY)
        if self._session is None:
            timeout = aiohttp.ClientTimeout(total=self.timeout)
            self._session = aiohttp.ClientSession(timeout=timeout)
        started = time.monotonic()
        async with self._limit:
            try:
                async with self._session.request(
                    delivery.method, delivery.url, headers=delivery.headers, data=delivery.body
                ) as answer:
                    await answer.read()
                    delivery.status = answer.status
            except (aiohttp.ClientError, TimeoutError) as exc:
                delivery.error = f"{type(exc).__name__}: {exc}".rstrip(": ")
        delivery.elapsed = time.monotonic() - started
        ok = delivery.status is not None and 200 <= delivery.status < 300
        delivery.outcome = "delivered" if ok else "failed"
        if not ok and delivery.error is None:
            delivery.error = f"answered {delivery.status}"
        self._count(delivery.integration_id, ok)

    def _count(self, integration_id: int, ok: bool) -> None:
        failures = 0 if ok else self._failures.get(integration_id, 0) + 1
        self._failures[integration_id] = failures
        if failures >= DISABLE_AFTER:
            integrations = self.state.collection("integrations")
            found = integrations.get(integration_id)
            if found is not None and not found.get("deactivated_datetime"):
                integrations.put(found | {"deactivated_datetime": iso(datetime.now(UTC))})

    async def drain(self, timeout: float = 30.0) -> None:
        """Wait until every request fired so far has been answered or has failed."""
        deadline = time.monotonic() + timeout
        while self._tasks:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(f"webhook deliveries still running after {timeout} s")
            await asyncio.wait(set(self._tasks), timeout=left)

    async def close(self) -> None:
        """Stop: cancel what is in flight, close the connections."""
        self.active = False
        tasks = set(self._tasks)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        if self._session is not None:
            await self._session.close()
            self._session = None
        self._limit = None
