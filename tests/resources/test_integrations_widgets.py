"""``client.integrations``, ``client.widgets`` and ``client.satisfaction_surveys``."""

from __future__ import annotations

import pytest

from gorgias_async.models import Integration, SatisfactionSurvey, Widget

from ._cases import resource_cases, run_case

HTTP = {
    "url": "https://crm.example.com/orders?email={{ticket.customer.email}}",
    "method": "GET",
    "headers": {"x-api-token": "secret"},
    "request_content_type": "application/json",
    "response_content_type": "application/json",
    "triggers": {"ticket-created": True},
}
TEMPLATE = {
    "type": "wrapper",
    "widgets": [{"type": "card", "title": "Orders", "path": "", "widgets": []}],
}

CASES = [
    *resource_cases(
        "integrations",
        "/integrations",
        Integration,
        "integrations",
        filters={"type": "http", "order_by": "created_datetime:desc"},
        filter_check=lambda r, x: len(r.data) == 3 and all(i.type == "http" for i in r.data),
        create={"name": "CRM", "type": "http", "http": HTTP},
        update={"name": "CRM v2", "http": {**HTTP, "method": "POST"}},
    ),
    *resource_cases(
        "widgets",
        "/widgets",
        Widget,
        "widgets",
        filters={"integration_id": 1, "app_id": "app-1", "order_by": "order:asc"},
        create={"context": "ticket", "type": "http", "integration_id": 1, "template": TEMPLATE},
        update={"order": 5, "template": TEMPLATE},
    ),
    *resource_cases(
        "satisfaction_surveys",
        "/satisfaction-surveys",
        SatisfactionSurvey,
        "satisfaction_surveys",
        ops=("create", "update"),  # the API has no delete
        filters={"order_by": "created_datetime:asc"},
        create={"ticket_id": 3, "customer_id": 5, "body_text": "How did we do?"},
        update={"score": 5, "body_text": "Great"},
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
async def test_call(case, fake, client):
    await run_case(case, fake, client)
