"""Provisioning: declare HTTP integrations, widgets and macros, and make an account match.

A :class:`Webhook` declares the integrations that call a
:class:`~gorgias_async.webhooks.WebhookReceiver` (one per trigger, the shared secret in
a header).

::

    from gorgias_async.provision import (
        AddTags, Card, Field, HttpAction, HttpIntegration, Macro, SetResponseText, Spec,
        Widget, integration_data, provision, teardown,
    )

    spec = Spec(
        integrations=[HttpIntegration(
            name="CRM orders",
            url="https://crm.example.com/orders?email={{ticket.customer.email}}",
            headers={"x-api-key": os.environ["CRM_API_KEY"]},
            triggers=["ticket-created", "ticket-updated"],
        )],
        widgets=[Widget(integration="CRM orders", cards=[
            Card(title="Orders", widgets=[Field("Order", "orders[0].number")]),
        ])],
        macros=[Macro(name="Refund last order", actions=[
            HttpAction(title="Refund", url="https://crm.example.com/refunds",
                       json={"order": integration_data("CRM orders", "orders[0].id")}),
            AddTags(["refund"]),
        ])],
    )
    report = await provision(client, spec)      # created 3
    report = await provision(client, spec)      # unchanged 3, nothing written
    print(report)
    await teardown(client, spec)                # deleted 3, nothing else touched

Templates (``{{ticket.customer.email}}``…) are validated when the spec is built: braces
must pair up and variables start at a known root (:data:`TEMPLATE_ROOTS`); a mistake is a
``ValueError`` naming the object and field, before any request.

The command line of a spec script (:func:`run_spec_command`) is the CLI's:
:mod:`gorgias_async.cli.spec`. It is still importable from here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._lazy import lazy_import
from ._apply import provision, teardown
from ._report import Outcome, ProvisionReport, ReportEntry
from ._spec import (
    TRIGGERS,
    Action,
    AddInternalNote,
    AddTags,
    Button,
    Card,
    CardList,
    Field,
    HttpAction,
    HttpIntegration,
    Macro,
    SetAssignee,
    SetResponseText,
    SetStatus,
    SetSubject,
    SetTeamAssignee,
    Spec,
    TicketAction,
    Trigger,
    Widget,
)
from ._templates import TEMPLATE_ROOTS, check_template, integration_data
from ._webhook import Webhook

if TYPE_CHECKING:
    from ..cli.spec import SANDBOX_TOKEN, run_spec_command

#: Names kept here for the scripts that import them from this package; their home is the
#: CLI (a library module does not import the command line).
_MOVED = {"SANDBOX_TOKEN": "..cli.spec", "run_spec_command": "..cli.spec"}


def __getattr__(name: str) -> Any:
    return lazy_import(__name__, name, _MOVED)


__all__ = [
    # running
    "provision",
    "teardown",
    "ProvisionReport",
    "ReportEntry",
    "Outcome",
    # the spec
    "Spec",
    "HttpIntegration",
    "Webhook",
    "Trigger",
    "TRIGGERS",
    "Widget",
    "Card",
    "CardList",
    "Field",
    "Button",
    "Macro",
    "Action",
    "HttpAction",
    "TicketAction",
    "SetStatus",
    "AddTags",
    "SetResponseText",
    "AddInternalNote",
    "SetAssignee",
    "SetTeamAssignee",
    "SetSubject",
    # a command line for spec scripts
    "SANDBOX_TOKEN",
    "run_spec_command",
    # templates
    "TEMPLATE_ROOTS",
    "check_template",
    "integration_data",
]
