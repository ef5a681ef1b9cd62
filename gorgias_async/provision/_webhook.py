"""``Webhook``: the HTTP integrations calling a :class:`~gorgias_async.webhooks.WebhookReceiver`."""

from __future__ import annotations

from typing import ClassVar

import attrs

from ..webhooks._events import DEFAULT_HEADER, body_template
from ..webhooks._receiver import MIN_SECRET_LENGTH
from ._spec import HttpIntegration, Trigger, _check_name, _check_url, _triggers

__all__ = ["Webhook"]

#: The triggers a webhook subscribes to unless told otherwise.
DEFAULT_TRIGGERS: tuple[Trigger, ...] = (
    "ticket-created",
    "ticket-updated",
    "ticket-message-created",
)


@attrs.frozen(kw_only=True)
class Webhook:
    """Gorgias calls ``url`` on each of ``triggers``, with the secret in a header.

    Gorgias' templates have no variable naming the trigger that fired, so a webhook is
    one HTTP integration per trigger, named ``<name> (<trigger>)``: a ``POST`` of
    :func:`~gorgias_async.webhooks.body_template` (the event type as a constant, the
    ticket's, customer's and message's ids as variables) with ``header: secret``. Put it
    in a :class:`Spec` like any integration: ``Spec(integrations=[Webhook(...)])``.

    Args:
        name: the webhook's name; its integrations are named after it.
        url: where the receiver listens (``https://`` in production: Gorgias does not
            sign requests, the secret travels in a header).
        secret: the shared secret, 16 characters at least (``secrets.token_urlsafe()``),
            read from the environment; never shown in a repr.
        triggers: ``ticket-created``, ``ticket-updated``, ``ticket-message-created``,
            ``ticket-self-unsnoozed`` (the first three by default).
        header: the header carrying the secret (the receiver's ``header``).
        description: optional, set on each integration.
    """

    kind: ClassVar[str] = "webhook"

    name: str
    url: str
    secret: str = attrs.field(repr=False)
    triggers: tuple[Trigger, ...] = attrs.field(default=DEFAULT_TRIGGERS, converter=_triggers)
    header: str = DEFAULT_HEADER
    description: str | None = None

    def __attrs_post_init__(self) -> None:
        owner = f"Webhook {self.name!r}"
        _check_name(owner, self.name)
        _check_url(f"{owner}: url", self.url)
        if not isinstance(self.secret, str) or len(self.secret) < MIN_SECRET_LENGTH:
            raise ValueError(f"{owner}: secret must be a str of {MIN_SECRET_LENGTH}+ characters")
        if not isinstance(self.header, str) or not self.header.strip():
            raise ValueError(f"{owner}: header must be a non-empty header name")
        if not self.triggers:
            raise ValueError(f"{owner}: give at least one trigger")

    def integration_name(self, trigger: str) -> str:
        """The name of the integration for ``trigger``."""
        return f"{self.name} ({trigger})"

    def integrations(self) -> tuple[HttpIntegration, ...]:
        """The HTTP integrations to provision: one per trigger."""
        return tuple(
            HttpIntegration(
                name=self.integration_name(trigger),
                url=self.url,
                method="POST",
                headers={self.header: self.secret},
                form=body_template(trigger),
                triggers=(trigger,),
                description=self.description,
            )
            for trigger in self.triggers
        )
