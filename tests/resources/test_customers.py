"""``client.customers`` against the fake: requests and results."""

from __future__ import annotations

import pytest

from gorgias_async.models import Customer, CustomFieldValue

from ._cases import Case, Req, list_of, q, resource_cases, run_case


async def set_value(client, ctx):
    await client.customers.update_custom_field(1, 2, "gold")


CASES = [
    *resource_cases(
        "customers",
        "/customers",
        Customer,
        "customers",
        filters={"email": "customer3@example.org", "order_by": "updated_datetime:desc"},
        filter_check=lambda r, x: [c.email for c in r.data] == ["customer3@example.org"],
        create={"email": "new@example.org", "name": "New Customer", "channels": []},
        update={"note": "VIP", "external_id": "crm-1"},
    ),
    Case(
        "customers.list",
        lambda c, x: c.customers.list(
            id=4, external_id="e", name="n", language="fr", timezone="UTC", view_id=2
        ),
        [
            Req(
                "GET",
                "/customers",
                q(limit=30, id=4, external_id="e", name="n", language="fr", timezone="UTC")
                | q(view_id=2),
            )
        ],
        lambda r, x: r.data == [],
        label="every-filter",
    ),
    Case(
        "customers.delete_many",
        lambda c, x: c.customers.delete_many([2, 3]),
        [Req("DELETE", "/customers", body={"ids": [2, 3]})],
        None,
        check=lambda r, x: not {2, 3} & x.ids("customers"),
    ),
    Case(
        "customers.merge",
        lambda c, x: c.customers.merge(2, 3, name="Merged", note="from 2"),
        [
            Req(
                "PUT",
                "/customers/merge",
                q(source_id=2, target_id=3),
                body={"name": "Merged", "note": "from 2"},
            )
        ],
        Customer,
        check=lambda r, x: r.id == 3 and r.name == "Merged" and 2 not in x.ids("customers"),
    ),
    Case(
        "customers.merge",
        lambda c, x: c.customers.merge(4, 5),
        [Req("PUT", "/customers/merge", q(source_id=4, target_id=5), body={})],
        Customer,
        check=lambda r, x: r.id == 5,
        label="no-fields",
    ),
    Case(
        "customers.set_data",
        lambda c, x: c.customers.set_data(1, {"plan": "gold"}, version="2024-05-01T00:00:00"),
        [
            Req(
                "PUT",
                "/customers/1/data",
                body={"data": {"plan": "gold"}, "version": "2024-05-01T00:00:00"},
            )
        ],
        None,
        check=lambda r, x: x.item("customers", 1)["data"] == {"plan": "gold"},
    ),
    Case(
        "customers.set_data",
        lambda c, x: c.customers.set_data(1, [1, 2]),
        [Req("PUT", "/customers/1/data", body={"data": [1, 2]})],
        None,
        check=lambda r, x: x.item("customers", 1)["data"] == [1, 2],
        label="no-version",
    ),
    Case(
        "customers.list_custom_fields",
        lambda c, x: c.customers.list_custom_fields(1),
        [Req("GET", "/customers/1/custom-fields")],
        list_of(CustomFieldValue),
        check=lambda r, x: [(v.field.id, v.value) for v in r] == [(2, "gold")],
        setup=set_value,
    ),
    Case(
        "customers.update_custom_field",
        lambda c, x: c.customers.update_custom_field(1, 3, 42),
        [Req("PUT", "/customers/1/custom-fields/3", body=42)],
        list_of(CustomFieldValue),
        check=lambda r, x: [(v.field.id, v.value) for v in r] == [(3, 42)],
    ),
    Case(
        "customers.delete_custom_field",
        lambda c, x: c.customers.delete_custom_field(1, 2),
        [Req("DELETE", "/customers/1/custom-fields/2")],
        None,
        check=lambda r, x: x.fake.state.customer_field_values[1] == {},
        setup=set_value,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
async def test_call(case, fake, client):
    await run_case(case, fake, client)
