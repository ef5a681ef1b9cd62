"""``client.account``, ``client.custom_fields`` and ``client.jobs`` against the fake."""

from __future__ import annotations

import pytest

from gorgias_async.models import Account, AccountSetting, CustomField, Job

from ._cases import Case, Req, list_of, resource_cases, run_case

DEFINITION = {
    "data_type": "text",
    "input_settings": {"input_type": "dropdown", "choices": ["a", "b"]},
}


async def one_setting(client, ctx):
    return (await client.account.create_setting(type="business-hours", data={"tz": "UTC"})).id


CASES = [
    Case(
        "account.get",
        lambda c, x: c.account.get(),
        [Req("GET", "/account")],
        Account,
        check=lambda r, x: r.domain == "sandbox",
    ),
    Case(
        "account.settings",
        lambda c, x: c.account.settings(),
        [Req("GET", "/account/settings")],
        list_of(AccountSetting),
        check=lambda r, x: [s.id for s in r] == [x.setup],
        setup=one_setting,
    ),
    Case(
        "account.create_setting",
        lambda c, x: c.account.create_setting({"type": "satisfaction-surveys"}, data={"on": True}),
        [
            Req(
                "POST",
                "/account/settings",
                body={"type": "satisfaction-surveys", "data": {"on": True}},
            )
        ],
        AccountSetting,
        check=lambda r, x: r.type == "satisfaction-surveys" and r.data == {"on": True},
    ),
    Case(
        "account.update_setting",
        lambda c, x: c.account.update_setting(x.setup, data={"tz": "Europe/Paris"}),
        [Req("PUT", "/account/settings/{setup}", body={"data": {"tz": "Europe/Paris"}})],
        AccountSetting,
        check=lambda r, x: r.type == "business-hours" and r.data == {"tz": "Europe/Paris"},
        setup=one_setting,
    ),
    *resource_cases(
        "custom_fields",
        "/custom-fields",
        CustomField,
        "custom_fields",
        ops=("create", "update"),  # the API has no delete
        base={"object_type": "Ticket"},
        filters={"search": "Field 2", "archived": False, "order_by": "priority:asc"},
        filter_check=lambda r, x: [f.label for f in r.data] == ["Field 2"],
        create={"object_type": "Ticket", "label": "Reason", "definition": DEFINITION},
        update={"label": "Contact reason", "required": True},
    ),
    Case(
        "custom_fields.update_many",
        lambda c, x: c.custom_fields.update_many(
            [{"id": 2, "priority": 9}, CustomField(id=3, label="Renamed")]
        ),
        [
            Req(
                "PUT",
                "/custom-fields",
                body=[{"id": 2, "priority": 9}, {"id": 3, "label": "Renamed"}],
            )
        ],
        list_of(CustomField),
        check=lambda r, x: (
            [(f.id, f.priority, f.label) for f in r]
            == [(2, 9, x.item("custom_fields", 2)["label"]), (3, r[1].priority, "Renamed")]
        ),
    ),
    *resource_cases(
        "jobs",
        "/jobs",
        Job,
        "jobs",
        ops=("create", "update", "cancel"),
        filters={"status": "done", "type": "exportTicket", "order_by": "created_datetime:asc"},
        filter_check=lambda r, x: all(j.status == "done" for j in r.data),
        create={"type": "applyMacro", "params": {"macro_id": 1, "ticket_ids": [1, 2]}},
        update={"params": {"macro_id": 2, "ticket_ids": [1]}},
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
async def test_call(case, fake, client):
    await run_case(case, fake, client)
