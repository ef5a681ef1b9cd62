"""Receive what Gorgias sends for HTTP integrations' triggers ("webhooks"), typed.

::

    from gorgias_async.webhooks import TicketCreated, WebhookReceiver

    hooks = WebhookReceiver(secret=os.environ["GORGIAS_WEBHOOK_SECRET"])

    @hooks.on("ticket-created")
    async def created(event: TicketCreated) -> None:
        print("new ticket", event.ticket_id)

    app.add_subapp("/gorgias", hooks.aiohttp_app())   # aiohttp.web
    # or: Mount("/gorgias", app=hooks.asgi_app())     # Starlette / FastAPI (ASGI)

Provision the matching integrations with :class:`gorgias_async.provision.Webhook` (one
per trigger, the secret in a header, a JSON body with the event type and ids).

**Gorgias does not sign its requests**: the shared secret header, compared in constant
time, is the only authentication; serve the receiver over HTTPS only, and rotate the
secret by accepting two for a while (``WebhookReceiver(secret=[new, old])``).

Webhooks arrive at least once while the receiver is up, and not at all while it is down.
``hooks.reconcile(client, checkpoint="hooks.position")`` pairs the receiver with the
events feed, so that every event reaches the handlers exactly once (see
:mod:`gorgias_async.webhooks._reconcile`).
"""

from __future__ import annotations

from ._asgi import ASGIApp
from ._events import (
    DEFAULT_HEADER,
    EVENT_TYPES,
    MalformedDelivery,
    TicketCreated,
    TicketMessageCreated,
    TicketSelfUnsnoozed,
    TicketUpdated,
    WebhookEvent,
    body_template,
    event_from_feed,
    parse_delivery,
)
from ._receiver import Handler, ReceiverStats, Reply, WebhookReceiver

__all__ = [
    "WebhookReceiver",
    "ReceiverStats",
    "Reply",
    "Handler",
    "ASGIApp",
    # events
    "WebhookEvent",
    "TicketCreated",
    "TicketUpdated",
    "TicketMessageCreated",
    "TicketSelfUnsnoozed",
    "EVENT_TYPES",
    "MalformedDelivery",
    "parse_delivery",
    "event_from_feed",
    # the request Gorgias is told to send
    "DEFAULT_HEADER",
    "body_template",
]
