"""Provision a subscription app's Gorgias setup: customer lookup, sidebar buttons, macros.

A subscription vendor (an imaginary API at ``SUBSCRIPTIONS_BASE_URL``, token in the
``x-subscriptions-access-token`` header) is looked up by the customer's email on every
ticket event; the sidebar widget shows the subscriptions with Pause/Skip buttons, and
four macros pause, cancel or skip a subscription or move its bill date.

Run against the embedded fake account (no credentials needed)::

    python examples/subscription_app_spec.py --sandbox

or against a real account (``GORGIAS_DOMAIN``, ``GORGIAS_USERNAME``, ``GORGIAS_API_KEY``
and the vendor's token in ``SUBSCRIPTIONS_TOKEN``), optionally with ``--dry-run`` or
``--teardown``.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from gorgias_async.cli import run_spec_command
from gorgias_async.provision import (
    AddTags,
    Button,
    Card,
    CardList,
    Field,
    HttpAction,
    HttpIntegration,
    Macro,
    SetResponseText,
    SetStatus,
    Spec,
    Widget,
    integration_data,
)

INTEGRATION = "Subscriptions"
DEFAULT_BASE_URL = "https://api.example.com"
#: The environment variables of the vendor's token and API URL (``gorgias-async provision``
#: reads them too).
TOKEN_ENV = "SUBSCRIPTIONS_TOKEN"
BASE_URL_ENV = "SUBSCRIPTIONS_BASE_URL"
TOKEN_HEADER = "x-subscriptions-access-token"


def build_spec(token: str, base_url: str = DEFAULT_BASE_URL) -> Spec:
    """The subscription app's setup; ``token`` is the vendor's token (from the environment)."""
    headers = {TOKEN_HEADER: token}
    subscription_id = integration_data(INTEGRATION, "data[0].subscriptions[0].id")
    subscription_url = f"{base_url}/subscriptions/{subscription_id}"
    hello = "Hi {{ticket.customer.firstname}},\n\n"
    signature = "\n\n{{current_user.firstname}}"

    def call(title: str, action: str, json: dict[str, object] | None = None) -> HttpAction:
        body = {**(json or {}), "source": "gorgias", "ticket_id": "{{ticket.id}}"}
        return HttpAction(
            title=title, url=f"{subscription_url}/{action}", headers=headers, json=body
        )

    integration = HttpIntegration(
        name=INTEGRATION,
        url=f"{base_url}/customers?filterLike[emailOrName]={{{{ticket.customer.email}}}}",
        headers=headers,
        triggers=["ticket-created", "ticket-updated", "ticket-message-created"],
    )
    widget = Widget(
        integration=INTEGRATION,
        context="ticket",
        cards=[
            CardList(
                "data",
                Card(
                    title="Subscriber",
                    widgets=[
                        Field("Name", "name"),
                        Field("Email", "email", "email"),
                        CardList(
                            "subscriptions",
                            Card(
                                title="Subscription",
                                widgets=[
                                    Field("Product", "product_title"),
                                    Field("Status", "status"),
                                    Field("Next bill", "next_billing_date", "date"),
                                    Field("Every", "billing_interval"),
                                ],
                            ),
                        ),
                    ],
                    buttons=[
                        Button(
                            label="Pause",
                            url=f"{subscription_url}/pause",
                            method="POST",
                            headers=headers,
                        ),
                        Button(
                            label="Skip next order",
                            url=f"{subscription_url}/skip",
                            method="POST",
                            headers=headers,
                        ),
                    ],
                ),
            )
        ],
    )
    macros = [
        Macro(
            name="Subscriptions: pause subscription",
            intent="subscription/change",
            actions=[
                call("Pause subscription", "pause", {"months": 1}),
                AddTags(["subscription-paused"]),
                SetResponseText(
                    f"{hello}Your subscription is paused for one month; it restarts "
                    f"automatically.{signature}"
                ),
            ],
        ),
        Macro(
            name="Subscriptions: cancel subscription",
            intent="subscription/cancel",
            actions=[
                call("Cancel subscription", "cancel", {"reason": "customer_request"}),
                AddTags(["subscription-cancelled"]),
                SetResponseText(
                    f"{hello}Your subscription is cancelled; you will not be charged "
                    f"again.{signature}"
                ),
                SetStatus("closed"),
            ],
        ),
        Macro(
            name="Subscriptions: skip next shipment",
            intent="subscription/change",
            actions=[
                call("Skip next shipment", "skip"),
                AddTags(["subscription-skipped"]),
                SetResponseText(f"{hello}We skipped your next shipment.{signature}"),
            ],
        ),
        Macro(
            name="Subscriptions: update bill cycle (+1 week)",
            intent="subscription/change",
            actions=[
                HttpAction(
                    title="Move next bill date by a week",
                    url=f"{subscription_url}/billing-date",
                    method="PUT",
                    headers=headers,
                    json={"shift_days": 7, "ticket_id": "{{ticket.id}}"},
                ),
                AddTags(["bill-cycle-updated"]),
                SetResponseText(
                    f"{hello}Your next bill moves one week later than planned.{signature}"
                ),
            ],
        ),
    ]
    return Spec(integrations=[integration], widgets=[widget], macros=macros)


def main(argv: Sequence[str] | None = None) -> int:
    """Provision (``--dry-run``, ``--teardown``) against ``--sandbox`` or the account in
    the environment; the vendor token comes from ``SUBSCRIPTIONS_TOKEN``."""
    return run_spec_command(
        build_spec,
        token_env=TOKEN_ENV,
        base_url_env=BASE_URL_ENV,
        default_base_url=DEFAULT_BASE_URL,
        description=__doc__.split("\n", 1)[0] if __doc__ else None,
        argv=argv,
    )


if __name__ == "__main__":
    sys.exit(main())
