"""Deterministic demo data with the shapes Gorgias really sends.

The same ``seed`` and counts give the same account, byte for byte. Shapes follow the
reference: nested customer summaries and assignees inside tickets, tags, ``meta``,
channels, unicode and HTML bodies, null fields, a few future-dated timestamps, and
datetimes in the several spellings Gorgias uses outside the sort fields.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from typing import Any

import attrs

Item = dict[str, Any]

#: Seeded objects are dated in the two years before this instant.
EPOCH = datetime(2026, 1, 1, tzinfo=UTC)

FIRST_NAMES = ("Ada", "Bruno", "Chloé", "Dmitri", "Eun-ji", "Fatima", "Gustav", "Hiro", "Ída")
LAST_NAMES = ("Lovelace", "Müller", "O'Brien", "Søndergaard", "Nakamura", "Ñúñez", "Kowalski")
SUBJECTS = (
    "Where is my order?",
    "Refund request",
    "Wrong size — can I exchange?",
    "Commande non reçue",
    "Problem with discount code",
    "配送について",
    None,
)
CHANNELS = ("email", "chat", "facebook", "instagram-comment", "sms", "phone", "api")
STATUSES = ("open", "closed")
TAG_NAMES = ("vip", "refund", "shipping", "urgent", "bug", "returns", "wholesale", "spam?")


def iso(moment: datetime) -> str:
    """The canonical Gorgias spelling: ``2025-03-04T05:06:07.123456+00:00``."""
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def odd_spelling(moment: datetime, rng: random.Random) -> str:
    """One of the other spellings Gorgias is seen to send for a datetime."""
    naive = moment.astimezone(UTC).replace(tzinfo=None)
    return rng.choice(
        (
            naive.isoformat(timespec="microseconds"),
            naive.isoformat(timespec="seconds") + "Z",
            naive.isoformat(sep=" ", timespec="seconds"),
            moment.astimezone(UTC).isoformat(timespec="seconds"),
        )
    )


@attrs.frozen
class SeedSpec:
    """How much demo data to generate, and from which seed."""

    seed: int = 0
    customers: int = 50
    tickets: int = 100
    messages_per_ticket: tuple[int, int] = (1, 4)
    users: int = 8
    teams: int = 3
    tags: int = 8
    views: int = 4
    macros: int = 12
    rules: int = 5
    integrations: int = 3
    widgets: int = 3
    satisfaction_surveys: int = 20
    custom_fields: int = 4
    jobs: int = 3
    voice_calls: int = 10
    events: bool = True


class Seeder:
    """Builds the seeded objects of every resource, in creation order."""

    def __init__(self, spec: SeedSpec, *, domain: str = "sandbox") -> None:
        self.spec = spec
        self.rng = random.Random(spec.seed)
        self.domain = domain
        self.span = timedelta(days=730)

    def moment(self) -> datetime:
        """A random instant in the seeded period."""
        return EPOCH - self.span * self.rng.random()

    def stamps(self) -> tuple[datetime, datetime]:
        """A created and an updated instant; about 1 in 50 updates is in the future."""
        created = self.moment()
        if self.rng.random() < 0.02:
            return created, EPOCH + timedelta(days=365 * 5 + self.rng.randrange(100))
        return created, min(EPOCH, created + timedelta(hours=self.rng.random() * 400))

    def uri(self, path: str, item_id: int) -> str:
        """The origin-relative ``uri`` Gorgias puts on objects."""
        return f"/api{path}/{item_id}/"

    def users(self) -> list[Item]:
        """Agents and admins; user 1 is the API key's own user."""
        out = []
        for index in range(1, self.spec.users + 1):
            created, updated = self.stamps()
            first, last = self.rng.choice(FIRST_NAMES), self.rng.choice(LAST_NAMES)
            out.append(
                {
                    "id": index,
                    "email": "sandbox@example.com" if index == 1 else f"agent{index}@example.com",
                    "name": f"{first} {last}",
                    "firstname": first,
                    "lastname": last,
                    "active": True,
                    "bio": None,
                    "country": self.rng.choice(("US", "FR", "DE", None)),
                    "language": self.rng.choice(("en", "fr", None)),
                    "timezone": "UTC",
                    "external_id": None,
                    "role": {"name": "admin" if index == 1 else "agent"},
                    "meta": {"profile_picture_url": None},
                    "created_datetime": iso(created),
                    "updated_datetime": iso(updated),
                    "deactivated_datetime": None,
                }
            )
        return out

    def customers(self) -> list[Item]:
        """Customers with channels, meta and an integrations mapping."""
        out = []
        for index in range(1, self.spec.customers + 1):
            created, updated = self.stamps()
            first, last = self.rng.choice(FIRST_NAMES), self.rng.choice(LAST_NAMES)
            email = f"customer{index}@example.org"
            out.append(
                {
                    "id": index,
                    "external_id": f"shop-{index}" if index % 3 else None,
                    "active": True,
                    "email": email,
                    "name": f"{first} {last}",
                    "firstname": first,
                    "lastname": last,
                    "language": self.rng.choice(("en", "fr", "de", None)),
                    "timezone": self.rng.choice(("UTC", "Europe/Paris", None)),
                    "note": self.rng.choice((None, "", "Prefers chat ✉️")),
                    "channels": [
                        {
                            "id": index * 10,
                            "type": "email",
                            "address": email,
                            "preferred": True,
                            "created_datetime": iso(created),
                            "updated_datetime": iso(created),
                            "deleted_datetime": None,
                        }
                    ],
                    "data": {"orders_count": self.rng.randrange(20)} if index % 2 else None,
                    "meta": {"shopify_customer_id": 5000 + index} if index % 4 == 0 else {},
                    "integrations": {},
                    "created_datetime": iso(created),
                    "updated_datetime": iso(updated),
                }
            )
        return out

    @staticmethod
    def customer_summary(customer: Item) -> Item:
        """The customer as tickets embed it."""
        keys = ("id", "email", "name", "firstname", "lastname", "external_id")
        return {key: customer[key] for key in keys}

    @staticmethod
    def user_summary(user: Item) -> Item:
        """The user as tickets and messages embed it."""
        keys = ("id", "email", "name", "firstname", "lastname")
        return {key: user[key] for key in keys}

    def tags(self) -> list[Item]:
        """Ticket tags with usage counts."""
        out = []
        for index in range(1, self.spec.tags + 1):
            created = self.moment()
            name = TAG_NAMES[(index - 1) % len(TAG_NAMES)]
            if index > len(TAG_NAMES):
                name = f"{name}-{index}"
            out.append(
                {
                    "id": index,
                    "name": name,
                    "description": None,
                    "usage": self.rng.randrange(500),
                    "decoration": {"color": f"#{self.rng.randrange(0xFFFFFF):06x}"},
                    "created_datetime": iso(created),
                    "deleted_datetime": None,
                }
            )
        return out

    def tickets_and_messages(
        self, customers: list[Item], users: list[Item], tags: list[Item]
    ) -> tuple[list[Item], list[Item]]:
        """Tickets with embedded summaries, and their messages (in creation order)."""
        customer_summaries = [self.customer_summary(customer) for customer in customers]
        user_summaries = [self.user_summary(user) for user in users]
        tag_summaries = [{"id": tag["id"], "name": tag["name"], "decoration": None} for tag in tags]
        tickets: list[Item] = []
        messages: list[Item] = []
        low, high = self.spec.messages_per_ticket
        for index in range(1, self.spec.tickets + 1):
            created, updated = self.stamps()
            customer = self.rng.choice(customer_summaries) if customer_summaries else None
            assignee = self.rng.choice(user_summaries) if user_summaries and index % 3 else None
            channel = self.rng.choice(CHANNELS)
            status = self.rng.choice(STATUSES)
            count = self.rng.randint(low, high)
            chosen_tags = self.rng.sample(tag_summaries, min(len(tag_summaries), index % 3))
            ticket = {
                "id": index,
                "uri": self.uri("/tickets", index),
                "external_id": f"order-{index}" if index % 5 == 0 else None,
                "language": self.rng.choice(("en", "fr", None)),
                "status": status,
                "priority": self.rng.choice(("normal", "high", "low")),
                "channel": channel,
                "via": self.rng.choice(("email", "api", "helpdesk", "chat")),
                "from_agent": False,
                "customer": customer,
                "assignee_user": assignee,
                "assignee_team": None,
                "subject": self.rng.choice(SUBJECTS),
                "excerpt": "Bonjour, je n'ai pas reçu ma commande…",
                "integrations": [],
                "meta": {"tracking": {"carrier": "UPS"}} if index % 7 == 0 else None,
                "tags": chosen_tags,
                "messages_count": count,
                "spam": False,
                "is_unread": bool(index % 2),
                "created_datetime": iso(created),
                "updated_datetime": iso(updated),
                "opened_datetime": odd_spelling(created, self.rng) if index % 2 else None,
                "last_received_message_datetime": iso(created),
                "last_message_datetime": odd_spelling(updated, self.rng),
                "closed_datetime": iso(updated) if status == "closed" else None,
                "snooze_datetime": None,
                "trashed_datetime": None,
            }
            tickets.append(ticket)
            for position in range(count):
                sent = created + timedelta(minutes=position * 17)
                from_agent = position % 2 == 1 and assignee is not None
                sender = assignee if from_agent else customer
                messages.append(
                    {
                        "ticket_id": index,
                        "channel": channel,
                        "via": ticket["via"],
                        "from_agent": from_agent,
                        "public": True,
                        "sender": sender,
                        "receiver": customer if from_agent else None,
                        "subject": ticket["subject"],
                        "body_text": f"Hello! Where is order #{1000 + index}? 🙏",
                        "body_html": f"<p>Hello! Where is <b>order #{1000 + index}</b>? 🙏</p>",
                        "stripped_text": "Hello!",
                        "attachments": (
                            [
                                {
                                    "url": f"https://uploads.gorgias.io/abc123/invoice-{index}.pdf",
                                    "name": f"invoice-{index}.pdf",
                                    "size": 48213,
                                    "content_type": "application/pdf",
                                    "public": False,
                                    "extra": None,
                                }
                            ]
                            if position == 0 and index % 6 == 0
                            else []
                        ),
                        "source": {
                            "type": channel,
                            "from": {"name": sender["name"], "address": sender["email"]}
                            if sender
                            else None,
                            "to": [],
                        },
                        "meta": None,
                        "external_id": None,
                        "message_id": f"<{index}.{position}@mail.example.org>",
                        "integration_id": None,
                        "macros": [],
                        "actions": None,
                        "rule_id": None,
                        "created_datetime": iso(sent),
                        "sent_datetime": odd_spelling(sent, self.rng),
                        "opened_datetime": None,
                        "failed_datetime": None,
                    }
                )
        return tickets, messages

    def simple(self, kind: str, count: int) -> list[Item]:
        """Objects of the smaller resources, shaped after the reference."""
        out = []
        for index in range(1, count + 1):
            created, updated = self.stamps()
            base: Item = {"id": index, "created_datetime": iso(created)}
            if kind != "custom_fields":
                base["updated_datetime"] = iso(updated)
            out.append(base | self._shape(kind, index))
        return out

    def _shape(self, kind: str, index: int) -> Item:
        rng = self.rng
        if kind == "teams":
            return {"name": f"Team {index}", "description": None, "members": [], "decoration": {}}
        if kind == "views":
            return {
                "name": f"View {index}",
                "type": "ticket-list",
                "slug": f"view-{index}",
                "filters": "eq(ticket.status, 'open')",
                "order_by": "updated_datetime",
                "order_dir": "desc",
                "visibility": "public",
                "decoration": None,
                "deactivated_datetime": None,
            }
        if kind == "macros":
            return {
                "name": f"Macro {index}: refund",
                "intent": None,
                "language": rng.choice(("en", "fr", None)),
                "usage": rng.randrange(300),
                "archived": False,
                "external_id": None,
                "actions": [
                    {
                        "name": "setResponseText",
                        "title": "Add response text",
                        "type": "user",
                        "arguments": {"body_text": "Hi {{ticket.customer.firstname}},"},
                    }
                ],
            }
        if kind == "rules":
            return {
                "name": f"Rule {index}",
                "description": None,
                "code": "if (eq(ticket.channel, 'email')) { Action('addTags', {tags: 'x'}) }",
                "code_ast": {},
                "event_types": "ticket-created",
                "priority": index,
                "deactivated_datetime": None,
            }
        if kind == "integrations":
            return {
                "name": f"Order lookup {index}",
                "type": "http",
                "description": None,
                "deactivated_datetime": None,
                "locked_datetime": None,
                "meta": {},
                "http": {
                    "url": "https://crm.example.com/orders?email={{ticket.customer.email}}",
                    "method": "GET",
                    "headers": {"x-api-token": "demo-secret-in-integration"},
                    "form": {},
                    "request_content_type": "application/json",
                    "response_content_type": "application/json",
                    "triggers": {"ticket-created": True, "ticket-updated": True},
                },
            }
        if kind == "widgets":
            return {
                "context": "ticket",
                "type": "http",
                "integration_id": index,
                "app_id": None,
                "order": index,
                "deactivated_datetime": None,
                "template": {
                    "type": "wrapper",
                    "widgets": [{"type": "card", "title": "Orders", "path": "", "widgets": []}],
                },
            }
        if kind == "satisfaction_surveys":
            return {
                "ticket_id": rng.randint(1, max(1, self.spec.tickets)),
                "customer_id": rng.randint(1, max(1, self.spec.customers)),
                "score": rng.choice((1, 2, 3, 4, 5, None)),
                "body_text": rng.choice(("Great service!", None, "Très bien")),
                "meta": None,
                "scored_datetime": None,
                "sent_datetime": None,
                "should_send_datetime": None,
            }
        if kind == "custom_fields":
            return {
                "object_type": "Ticket",
                "label": f"Field {index}",
                "description": None,
                "priority": index,
                "required": False,
                "managed_type": None,
                "deactivated_datetime": None,
                "definition": {
                    "data_type": "text",
                    "input_settings": {"input_type": "dropdown", "choices": ["a", "b"]},
                },
            }
        if kind == "jobs":
            return {
                "type": "exportTicket",
                "status": "done",
                "params": {"ticket_ids": [1, 2, 3]},
                "info": {"progress": 100},
                "meta": {},
                "scheduled_datetime": None,
                "started_datetime": None,
                "ended_datetime": None,
            }
        raise ValueError(kind)

    def voice(self) -> tuple[list[Item], list[Item], list[Item]]:
        """Voice calls with one event and one recording each."""
        calls, events, recordings = [], [], []
        for index in range(1, self.spec.voice_calls + 1):
            created = self.moment()
            calls.append(
                {
                    "id": index,
                    "external_id": f"CA{index:08d}",
                    "integration_id": 1,
                    "provider": "twilio",
                    "direction": self.rng.choice(("inbound", "outbound")),
                    "status": "completed",
                    "ticket_id": self.rng.randint(1, max(1, self.spec.tickets)),
                    "phone_number_source": "+15550100",
                    "phone_number_destination": "+15550199",
                    "duration": self.rng.randrange(600),
                    "created_datetime": iso(created),
                    "updated_datetime": iso(created),
                }
            )
            events.append(
                {
                    "id": index,
                    "call_id": index,
                    "type": "completed-phone-call",
                    "meta": {},
                    "created_datetime": iso(created),
                }
            )
            recordings.append(
                {
                    "id": index,
                    "call_id": index,
                    "url": f"https://uploads.gorgias.io/abc123/call-{index}.mp3",
                    "duration": 42,
                    "created_datetime": iso(created),
                }
            )
        return calls, events, recordings
