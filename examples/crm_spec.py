"""Provision a CRM-style Gorgias setup: an order-lookup integration, its widget, 11 macros.

The vendor ("Acme CRM", an imaginary order-management API at ``ACME_CRM_BASE_URL``) is
called by Gorgias itself: the HTTP integration fetches the customer's orders by email
whenever a ticket is created or updated, the widget shows them in the ticket sidebar,
and each macro calls the vendor's API about the latest order when an agent applies it.

Run against the embedded fake account (no credentials needed)::

    python examples/crm_spec.py --sandbox

or against a real account (``GORGIAS_DOMAIN``, ``GORGIAS_USERNAME``, ``GORGIAS_API_KEY``
and the vendor's token in ``ACME_CRM_TOKEN``)::

    python examples/crm_spec.py --dry-run     # show the plan, send nothing
    python examples/crm_spec.py               # provision (again: nothing changes)
    python examples/crm_spec.py --teardown    # remove exactly what it created
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from gorgias_async.cli import run_spec_command
from gorgias_async.provision import (
    AddInternalNote,
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

INTEGRATION = "Acme CRM orders"
DEFAULT_BASE_URL = "https://api.acme-crm.example.com/v1"
#: The environment variables of the vendor's token and API URL (``gorgias-async provision``
#: reads them too).
TOKEN_ENV = "ACME_CRM_TOKEN"
BASE_URL_ENV = "ACME_CRM_BASE_URL"


def build_spec(token: str, base_url: str = DEFAULT_BASE_URL) -> Spec:
    """The whole CRM setup; ``token`` is the vendor's API token (from the environment)."""
    headers = {"Authorization": f"Bearer {token}", "Accept": "application/json"}
    order_id = integration_data(INTEGRATION, "orders[0].id")
    order_number = integration_data(INTEGRATION, "orders[0].number")
    customer_id = integration_data(INTEGRATION, "customer.id")
    hello = "Hi {{ticket.customer.firstname}},\n\n"
    signature = "\n\n{{current_user.firstname}}"

    def order_call(title: str, path: str, body: dict[str, object]) -> HttpAction:
        url = f"{base_url}/orders/{order_id}/{path}"
        json = {**body, "gorgias_ticket_id": "{{ticket.id}}", "agent": "{{current_user.email}}"}
        return HttpAction(title=title, url=url, method="POST", headers=headers, json=json)

    def customer_call(title: str, path: str, body: dict[str, object]) -> HttpAction:
        url = f"{base_url}/customers/{customer_id}/{path}"
        json = {**body, "gorgias_ticket_id": "{{ticket.id}}", "agent": "{{current_user.email}}"}
        return HttpAction(title=title, url=url, method="POST", headers=headers, json=json)

    integration = HttpIntegration(
        name=INTEGRATION,
        description="Orders of the ticket's customer, from Acme CRM.",
        url=f"{base_url}/orders?email={{{{ticket.customer.email}}}}&limit=5",
        headers=headers,
        triggers=["ticket-created", "ticket-updated"],
    )
    widget = Widget(
        integration=INTEGRATION,
        context="ticket",
        cards=[
            Card(
                title="Acme CRM customer",
                path="customer",
                widgets=[
                    Field("Name", "name"),
                    Field("Email", "email", "email"),
                    Field("Customer since", "created_at", "date"),
                    Field("Lifetime value", "lifetime_value"),
                ],
                buttons=[
                    Button(
                        label="Open in Acme CRM",
                        url=f"{base_url}/customers/lookup?email={{{{ticket.customer.email}}}}",
                    )
                ],
            ),
            CardList(
                "orders",
                Card(
                    title="Order",
                    widgets=[
                        Field("Number", "number"),
                        Field("Status", "status"),
                        Field("Total", "total"),
                        Field("Placed", "created_at", "date"),
                        Field("Tracking", "tracking_url", "url"),
                    ],
                ),
            ),
        ],
    )
    macros = [
        Macro(
            name="Acme CRM: refund last order",
            intent="refund/request",
            actions=[
                order_call("Refund order", "refunds", {"amount": "full"}),
                AddTags(["refund", "acme-crm"]),
                SetResponseText(
                    f"{hello}Your order {order_number} has been refunded in full; the money "
                    f"shows on your statement within 5 business days.{signature}"
                ),
            ],
        ),
        Macro(
            name="Acme CRM: partial refund (20%)",
            intent="refund/request",
            actions=[
                order_call("Refund 20% of order", "refunds", {"amount_percent": 20}),
                AddTags(["partial-refund", "acme-crm"]),
                SetResponseText(
                    f"{hello}We refunded 20% of order {order_number} as a gesture of "
                    f"goodwill.{signature}"
                ),
            ],
        ),
        Macro(
            name="Acme CRM: address change",
            intent="shipping/change",
            actions=[
                order_call("Hold order for address change", "holds", {"reason": "address"}),
                AddTags(["address-change", "acme-crm"]),
                SetResponseText(
                    f"{hello}We paused order {order_number}. Please reply with the full new "
                    f"shipping address and we will update it right away.{signature}"
                ),
            ],
        ),
        Macro(
            name="Acme CRM: cancel order",
            intent="order/cancel",
            actions=[
                order_call("Cancel order", "cancel", {"reason": "customer_request"}),
                AddTags(["cancellation", "acme-crm"]),
                SetResponseText(
                    f"{hello}Order {order_number} is cancelled; you will not be charged.{signature}"
                ),
                SetStatus("closed"),
            ],
        ),
        Macro(
            name="Acme CRM: add customer note",
            actions=[
                customer_call(
                    "Add note in Acme CRM",
                    "notes",
                    {"body": "Gorgias ticket #{{ticket.id}}: {{ticket.subject}}"},
                ),
                AddInternalNote("Ticket noted on the customer's Acme CRM profile."),
            ],
        ),
        Macro(
            name="Acme CRM: resend order confirmation",
            actions=[
                order_call("Resend confirmation", "confirmation-emails", {}),
                SetResponseText(
                    f"{hello}We sent the confirmation of order {order_number} again to "
                    f"{{{{ticket.customer.email}}}}.{signature}"
                ),
            ],
        ),
        Macro(
            name="Acme CRM: reship damaged order",
            intent="order/damaged",
            actions=[
                order_call("Reship order", "reshipments", {"reason": "damaged"}),
                AddTags(["damaged", "reship", "acme-crm"]),
                SetResponseText(
                    f"{hello}Sorry your order arrived damaged! A replacement for order "
                    f"{order_number} ships today.{signature}"
                ),
            ],
        ),
        Macro(
            name="Acme CRM: store credit ($10)",
            intent="discount/request",
            actions=[
                customer_call("Issue $10 store credit", "store-credits", {"amount": "10.00"}),
                AddTags(["store-credit", "acme-crm"]),
                SetResponseText(f"{hello}We added $10 of store credit to your account.{signature}"),
            ],
        ),
        Macro(
            name="Acme CRM: flag for fraud review",
            actions=[
                customer_call("Flag customer", "flags", {"flag": "fraud_review"}),
                AddTags(["fraud-review"]),
                AddInternalNote("Customer flagged for fraud review in Acme CRM."),
            ],
        ),
        Macro(
            name="Acme CRM: unsubscribe from marketing",
            actions=[
                HttpAction(
                    title="Unsubscribe",
                    url=f"{base_url}/unsubscribes",
                    headers=headers,
                    form={"email": "{{ticket.customer.email}}", "list": "marketing"},
                ),
                SetResponseText(f"{hello}You will not get marketing emails anymore.{signature}"),
                SetStatus("closed"),
            ],
        ),
        Macro(
            name="Acme CRM: order status",
            intent="shipping/status",
            actions=[
                SetResponseText(
                    f"{hello}Order {order_number} is "
                    f"{integration_data(INTEGRATION, 'orders[0].status')}; track it here: "
                    f"{integration_data(INTEGRATION, 'orders[0].tracking_url')}{signature}"
                ),
                AddTags(["order-status"]),
            ],
        ),
    ]
    return Spec(integrations=[integration], widgets=[widget], macros=macros)


def main(argv: Sequence[str] | None = None) -> int:
    """Provision (``--dry-run``, ``--teardown``) against ``--sandbox`` or the account in
    the environment; the vendor token comes from ``ACME_CRM_TOKEN``."""
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
