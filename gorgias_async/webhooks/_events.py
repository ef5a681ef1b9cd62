"""Typed webhook events, the request body that carries them, and reading them from either
source: a delivery of Gorgias, or the events feed.

Gorgias fills the body of an HTTP integration's request from a template of its own
(variables of the ticket and of the message concerned), and its templates offer no
variable saying which trigger fired. So :func:`body_template` writes the event type as
a constant, which is why :class:`~gorgias_async.provision.Webhook` provisions one
integration per trigger; the ids come from variables (Gorgias renders them as strings).
A delivery carries no event id either: a delivery and the feed's event of the same
change can only be matched by type and ids (see :mod:`._reconcile`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Final, Literal

import attrs

from .. import _json
from ..models import Event, FrozenDict, unstructure

__all__ = [
    "DEFAULT_HEADER",
    "EVENT_TYPES",
    "MalformedDelivery",
    "TicketCreated",
    "TicketMessageCreated",
    "TicketSelfUnsnoozed",
    "TicketUpdated",
    "WebhookEvent",
    "body_template",
    "event_from_feed",
    "parse_delivery",
]

#: The request header carrying the shared secret (any name works; this is the default).
DEFAULT_HEADER: Final = "X-Gorgias-Webhook-Secret"


class MalformedDelivery(ValueError):
    """A request body that is not a webhook event (answered 400)."""


def _frozen(value: Mapping[str, Any]) -> Mapping[str, Any]:
    return FrozenDict(value)


@attrs.frozen(kw_only=True)
class WebhookEvent:
    """Something happened to a ticket; a subclass per event type.

    Attributes:
        type: the event type (``ticket-created``…), a class constant.
        ticket_id: the ticket concerned.
        customer_id: its customer, when the delivery carries it (None from the feed).
        event_id: the id of the feed's event (None for a delivery: Gorgias sends none).
        source: ``"webhook"`` (a request from Gorgias) or ``"feed"`` (the events feed).
        payload: the body as received, or the feed's event, as JSON (not compared).
    """

    type: ClassVar[str] = ""

    ticket_id: int | None
    customer_id: int | None = None
    event_id: int | None = None
    source: Literal["webhook", "feed"] = "webhook"
    payload: Mapping[str, Any] = attrs.field(factory=dict, converter=_frozen, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class TicketCreated(WebhookEvent):
    """A ticket was created (``ticket-created``)."""

    type: ClassVar[str] = "ticket-created"


@attrs.frozen(kw_only=True)
class TicketUpdated(WebhookEvent):
    """A ticket changed (``ticket-updated``)."""

    type: ClassVar[str] = "ticket-updated"


@attrs.frozen(kw_only=True)
class TicketMessageCreated(WebhookEvent):
    """A message was added to a ticket (``ticket-message-created``).

    Attributes:
        message_id: the new message.
    """

    type: ClassVar[str] = "ticket-message-created"

    message_id: int | None = None


@attrs.frozen(kw_only=True)
class TicketSelfUnsnoozed(WebhookEvent):
    """A snoozed ticket reopened by itself (``ticket-self-unsnoozed``)."""

    type: ClassVar[str] = "ticket-self-unsnoozed"


#: The event class of each trigger.
EVENT_TYPES: Final[dict[str, type[WebhookEvent]]] = {
    cls.type: cls
    for cls in (TicketCreated, TicketUpdated, TicketMessageCreated, TicketSelfUnsnoozed)
}


def body_template(trigger: str) -> dict[str, str]:
    """The JSON body template of the integration for ``trigger``: its type, and ids."""
    if trigger not in EVENT_TYPES:
        raise ValueError(f"unknown trigger {trigger!r} (known: {', '.join(EVENT_TYPES)})")
    body = {
        "event": trigger,
        "ticket_id": "{{ticket.id}}",
        "customer_id": "{{ticket.customer.id}}",
        "ticket_updated_datetime": "{{ticket.updated_datetime}}",
    }
    if trigger == TicketMessageCreated.type:
        body["message_id"] = "{{message.id}}"
    return body


def _id(body: Mapping[str, Any], key: str, *, required: bool) -> int | None:
    value = body.get(key)
    if value is None or value == "":
        if required:
            raise MalformedDelivery(f"{key!r} is missing")
        return None
    if isinstance(value, str) and value.isascii() and value.isdigit():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise MalformedDelivery(f"{key!r} is not a positive integer id")
    return value


def parse_delivery(raw: bytes) -> WebhookEvent:
    """The event a delivery's body carries; :class:`MalformedDelivery` says what is wrong."""
    try:
        body = _json.loads(raw)
    except ValueError:
        raise MalformedDelivery("the body is not JSON") from None
    if not isinstance(body, dict):
        raise MalformedDelivery("the body is not a JSON object")
    cls = EVENT_TYPES.get(body.get("event"))  # type: ignore[arg-type]
    if cls is None:
        raise MalformedDelivery(f"'event' must be one of {', '.join(EVENT_TYPES)}")
    fields: dict[str, Any] = {
        "ticket_id": _id(body, "ticket_id", required=True),
        "customer_id": _id(body, "customer_id", required=False),
        "payload": body,
    }
    if cls is TicketMessageCreated:
        fields["message_id"] = _id(body, "message_id", required=False)
    return cls(**fields)


def event_from_feed(event: Event) -> WebhookEvent | None:
    """The webhook event an event of the feed stands for (None if it is no trigger)."""
    cls = EVENT_TYPES.get(event.type or "")
    if cls is None or not isinstance(event.object_id, int):
        return None
    fields: dict[str, Any] = {"event_id": event.id, "source": "feed", "payload": unstructure(event)}
    if cls is TicketMessageCreated:
        data = event.data if isinstance(event.data, Mapping) else {}
        ticket_id = data.get("ticket_id")
        fields["ticket_id"] = ticket_id if isinstance(ticket_id, int) else None
        fields["message_id"] = event.object_id
    else:
        fields["ticket_id"] = event.object_id
    return cls(**fields)
