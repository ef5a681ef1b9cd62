"""Provisioning (``gorgias_async.provision``): specs, templates, and runs against the fake."""

from __future__ import annotations

import copy
import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from gorgias_async import AsyncGorgias
from gorgias_async.provision import (
    AddTags,
    Card,
    Field,
    HttpAction,
    HttpIntegration,
    Macro,
    SetResponseText,
    SetStatus,
    Spec,
    TicketAction,
    Widget,
    check_template,
    integration_data,
    provision,
    teardown,
)
from gorgias_async.provision._plan import differences
from gorgias_async.testing import FakeGorgias

EXAMPLES = Path(__file__).resolve().parent.parent.parent / "examples"
KINDS = ("integrations", "widgets", "macros")
TOKEN = "test-token-not-a-secret"


def load_example(name: str) -> ModuleType:
    """Import ``examples/<name>.py`` (the examples are scripts, not a package)."""
    spec = importlib.util.spec_from_file_location(f"examples_{name}", EXAMPLES / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def crm() -> ModuleType:
    return load_example("crm_spec")


@pytest.fixture(scope="module")
def subscriptions() -> ModuleType:
    return load_example("subscription_app_spec")


def snapshot(fake: FakeGorgias) -> dict[str, list[dict[str, Any]]]:
    return {kind: copy.deepcopy(fake.items(kind)) for kind in KINDS}


def writes(fake: FakeGorgias) -> list[tuple[str, str]]:
    return [(r.method, r.path) for r in fake.requests if r.method != "GET"]


def stored(fake: FakeGorgias, kind: str, name: str) -> dict[str, Any]:
    (item,) = [item for item in fake.items(kind) if item.get("name") == name]
    return item


class TestTemplates:
    """Template variables are checked when a spec is built, naming object and field."""

    @pytest.mark.parametrize(
        "text",
        [
            "plain text, no variables",
            "https://x.example.com/?email={{ticket.customer.email}}",
            "{{ ticket.customer.integrations.42.data[0].id }} and {{current_user.firstname}}",
            "{{message.body_text|trim}}",
            "single braces { } are fine",
        ],
    )
    def test_valid(self, text: str) -> None:
        check_template(text, "here")

    @pytest.mark.parametrize(
        ("text", "error"),
        [
            ("{{ticket.id", "unclosed"),
            ("{{ticket.id}} {{ticket.subject", "unclosed"),
            ("{{ticket.{{id}}}}", "unclosed"),
            ("ticket.id}}", "without a matching"),
            ("{{tickets.id}}", "unknown template variable root 'tickets'"),
            ("{{customer.email}}", "unknown template variable root 'customer'"),
            ("{{}}", "empty or malformed"),
            ("{{ .id }}", "empty or malformed"),
        ],
    )
    def test_invalid(self, text: str, error: str) -> None:
        with pytest.raises(ValueError, match=error) as caught:
            check_template(text, "Macro 'x': actions[0]")
        assert str(caught.value).startswith("Macro 'x': actions[0]")

    def test_integration_error_names_object_and_field(self) -> None:
        with pytest.raises(ValueError, match=r"^HttpIntegration 'CRM': http\.url: unclosed"):
            HttpIntegration(name="CRM", url="https://crm.example.com/?e={{ticket.customer.email")
        with pytest.raises(ValueError, match=r"^HttpIntegration 'CRM': http\.headers\.x-key"):
            HttpIntegration(name="CRM", url="https://a.example", headers={"x-key": "{{tok}}"})
        with pytest.raises(ValueError, match=r"http\.form\.nested\[1\]"):
            HttpIntegration(
                name="CRM", url="https://a.example", form={"nested": ["ok", "{{bad.root}}"]}
            )

    def test_macro_error_names_action_and_argument(self) -> None:
        with pytest.raises(ValueError, match=r"^Macro 'Refund': actions\[1\] \(http\)\.arguments"):
            Macro(
                name="Refund",
                actions=[
                    AddTags(["refund"]),
                    HttpAction(title="Refund", url="https://a.example", json={"o": "{{order.id}}"}),
                ],
            )
        with pytest.raises(ValueError, match=r"actions\[0\] \(setResponseText\)\.arguments"):
            Macro(name="Reply", actions=[SetResponseText("Hi {{ticket.customer.firstname}")])

    def test_widget_button_is_checked(self) -> None:
        from gorgias_async.provision import Button

        with pytest.raises(ValueError, match=r"template\.widgets\[0\]\.buttons\[0\]\.url"):
            Widget(
                integration="CRM",
                cards=[Card(title="C", buttons=[Button(label="b", url="https://x/{{nope}}")])],
            )

    async def test_invalid_spec_raises_before_any_request(
        self, fake: FakeGorgias, client: AsyncGorgias
    ) -> None:
        def build() -> Spec:
            return Spec(macros=[Macro(name="m", actions=[SetResponseText("{{ticket.id")])])

        fake.reset_observations()
        with pytest.raises(ValueError, match="unclosed"):
            await provision(client, build())
        assert fake.requests == []

    def test_integration_data_reference(self) -> None:
        text = integration_data("CRM orders", "orders[0].id")
        assert text == "{{ticket.customer.integrations.@{CRM orders}.orders[0].id}}"
        check_template(text, "x")
        macro = Macro(name="m", actions=[SetResponseText(f"#{text}")])
        body = macro.body({"CRM orders": 42})
        assert body["actions"][0]["arguments"]["body_text"] == (
            "#{{ticket.customer.integrations.42.orders[0].id}}"
        )


class TestSpec:
    """Builders validate themselves and render Gorgias' bodies."""

    def test_integration_body(self) -> None:
        integration = HttpIntegration(
            name="CRM",
            url="https://crm.example.com/o?e={{ticket.customer.email}}",
            method="post",
            headers={"x-api-key": TOKEN},
            form={"ticket": "{{ticket.id}}"},
            triggers=["ticket_created", "ticket-message-created", "ticket-self-unsnoozed"],
        )
        assert integration.body() == {
            "name": "CRM",
            "type": "http",
            "http": {
                "url": "https://crm.example.com/o?e={{ticket.customer.email}}",
                "method": "POST",
                "headers": {"x-api-key": TOKEN},
                "form": {"ticket": "{{ticket.id}}"},
                "request_content_type": "application/json",
                "response_content_type": "application/json",
                "triggers": {
                    "ticket-created": True,
                    "ticket-updated": False,
                    "ticket-message-created": True,
                    "ticket-self-unsnoozed": True,
                },
            },
        }

    @pytest.mark.parametrize(
        ("kwargs", "error"),
        [
            ({"method": "FETCH"}, "http.method"),
            ({"url": "ftp://x"}, "not an http"),
            ({"triggers": ["ticket-deleted"]}, "unknown trigger"),
            ({"request_content_type": "text/xml"}, "request_content_type"),
            ({"name": " "}, "non-empty"),
        ],
    )
    def test_integration_validation(self, kwargs: dict[str, Any], error: str) -> None:
        base: dict[str, Any] = {"name": "CRM", "url": "https://crm.example.com"}
        with pytest.raises(ValueError, match=error):
            HttpIntegration(**(base | kwargs))

    def test_builders_are_frozen_copies(self) -> None:
        headers = {"x": "1"}
        integration = HttpIntegration(name="n", url="https://a.example", headers=headers)
        headers["x"] = "2"
        assert integration.body()["http"]["headers"] == {"x": "1"}
        assert hash(integration) == hash(
            HttpIntegration(name="n", url="https://a.example", headers={"x": "1"})
        )

    def test_ticket_actions(self) -> None:
        assert AddTags("a, b,").render()["arguments"] == {"tags": "a, b"}
        assert SetStatus("closed").render()["name"] == "setStatus"
        reply = SetResponseText("Hi <you>,\n\nBye").render()["arguments"]
        assert reply["body_html"] == "<div>Hi &lt;you&gt;,</div><div><br></div><div>Bye</div>"
        generic = TicketAction(name="snoozeTicket", arguments={"snooze_timedelta": "1d"})
        assert generic.render() == {
            "name": "snoozeTicket",
            "title": "snoozeTicket",
            "type": "user",
            "arguments": {"snooze_timedelta": "1d"},
        }
        with pytest.raises(ValueError, match="json or form"):
            HttpAction(title="t", url="https://a.example", json={}, form={})

    def test_spec_cross_checks(self) -> None:
        integration = HttpIntegration(name="CRM", url="https://a.example")
        widget = Widget(integration="Other", cards=[Card(title="c")])
        with pytest.raises(ValueError, match="integration 'Other' is not in the spec"):
            Spec(integrations=[integration], widgets=[widget])
        macro = Macro(name="m", actions=[SetResponseText(integration_data("Nope", "x"))])
        with pytest.raises(ValueError, match=r"unknown integration\(s\) \['Nope'\]"):
            Spec(integrations=[integration], macros=[macro])
        with pytest.raises(ValueError, match="two macros named 'm'"):
            Spec(macros=[Macro(name="m", actions=[]), Macro(name="m", actions=[])])

    def test_differences_compare_what_the_spec_sets(self) -> None:
        want = {
            "name": "n",
            "http": {"method": "GET", "headers": {}, "triggers": {"ticket-created": True}},
            "actions": [{"name": "a", "arguments": {"x": 1}}],
        }
        echoed = {
            "id": 3,
            "name": "n",
            "extra": "ignored",
            "http": {"id": 9, "method": "get", "headers": None, "triggers": {"ticket_created": 1}},
            "actions": [{"name": "a", "arguments": {"x": 1}, "description": None}],
        }
        assert differences(want, echoed) == []
        echoed["actions"][0]["arguments"] = {"x": 1, "y": 2}
        echoed["http"]["headers"] = {"k": "v"}
        assert differences(want, echoed) == ["http.headers", "actions[0].arguments"]


class TestProvision:
    """``provision`` creates what is missing, updates what differs, and is idempotent."""

    async def test_twice_creates_once_then_writes_nothing(
        self, fake: FakeGorgias, client: AsyncGorgias, crm: ModuleType
    ) -> None:
        spec = crm.build_spec(TOKEN)
        first = await provision(client, spec)
        assert first.counts == {"created": 13, "updated": 0, "unchanged": 0}
        assert [e.kind for e in first.entries] == ["integration", "widget"] + ["macro"] * 11
        fake.reset_observations()
        second = await provision(client, spec)
        assert second.counts == {"created": 0, "updated": 0, "unchanged": 13}
        assert not second.changed
        assert writes(fake) == []
        assert {e.id for e in second.entries} == {e.id for e in first.entries}

    async def test_bodies_reach_the_account_with_ids_resolved(
        self, fake: FakeGorgias, client: AsyncGorgias, crm: ModuleType
    ) -> None:
        report = await provision(client, crm.build_spec(TOKEN))
        integration = stored(fake, "integrations", crm.INTEGRATION)
        assert integration["http"]["headers"]["Authorization"] == f"Bearer {TOKEN}"
        assert integration["http"]["triggers"]["ticket-created"] is True
        (widget,) = [w for w in fake.items("widgets") if w["integration_id"] == integration["id"]]
        assert report.entry("widget", f"{crm.INTEGRATION} (ticket)").id == widget["id"]
        assert widget["template"]["type"] == "wrapper"
        refund = stored(fake, "macros", "Acme CRM: refund last order")
        url = refund["actions"][0]["arguments"]["url"]
        assert f"integrations.{integration['id']}.orders[0].id" in url
        assert "@{" not in str(fake.items("macros"))

    async def test_restores_a_macro_deleted_by_hand(
        self, fake: FakeGorgias, client: AsyncGorgias, crm: ModuleType
    ) -> None:
        spec = crm.build_spec(TOKEN)
        await provision(client, spec)
        victim = stored(fake, "macros", "Acme CRM: cancel order")
        await client.macros.delete(victim["id"])
        fake.reset_observations()
        report = await provision(client, spec)
        assert report.counts == {"created": 1, "updated": 0, "unchanged": 12}
        assert report.with_outcome("created")[0].name == "Acme CRM: cancel order"
        assert writes(fake) == [("POST", "/macros")]
        restored = stored(fake, "macros", "Acme CRM: cancel order")
        assert restored["actions"] == victim["actions"]

    async def test_updates_a_macro_action_edited_by_hand(
        self, fake: FakeGorgias, client: AsyncGorgias, crm: ModuleType
    ) -> None:
        spec = crm.build_spec(TOKEN)
        await provision(client, spec)
        macro = stored(fake, "macros", "Acme CRM: refund last order")
        edited = copy.deepcopy(macro["actions"])
        edited[0]["arguments"]["url"] = "https://evil.example.com/refunds"
        await client.macros.update(macro["id"], actions=edited)
        fake.reset_observations()
        report = await provision(client, spec)
        assert report.counts == {"created": 0, "updated": 1, "unchanged": 12}
        entry = report.entry("macro", "Acme CRM: refund last order")
        assert entry.outcome == "updated"
        assert entry.changes == ("actions[0].arguments",)
        assert writes(fake) == [("PUT", f"/macros/{macro['id']}")]
        assert stored(fake, "macros", macro["name"])["actions"] == macro["actions"]

    async def test_updates_an_integration_edited_by_hand(
        self, fake: FakeGorgias, client: AsyncGorgias, crm: ModuleType
    ) -> None:
        spec = crm.build_spec(TOKEN)
        await provision(client, spec)
        item = stored(fake, "integrations", crm.INTEGRATION)
        http = item["http"] | {"url": "https://other.example.com", "method": "POST"}
        await client.integrations.update(item["id"], name=item["name"], http=http)
        report = await provision(client, spec)
        entry = report.entry("integration", crm.INTEGRATION)
        assert (entry.outcome, entry.changes) == ("updated", ("http.url", "http.method"))
        assert report.counts["unchanged"] == 12

    async def test_server_echo_normalisation_is_not_a_change(
        self, fake: FakeGorgias, client: AsyncGorgias, crm: ModuleType
    ) -> None:
        spec = crm.build_spec(TOKEN)
        await provision(client, spec)
        item = stored(fake, "integrations", crm.INTEGRATION)
        # The spec's examples spell triggers with underscores and the server adds an id.
        item["http"]["triggers"] = {"ticket_created": True, "ticket_updated": True}
        item["http"]["id"] = 987
        item["http"]["method"] = "get"
        report = await provision(client, spec)
        assert report.counts["unchanged"] == 13

    async def test_widget_template_edited_by_hand_is_restored(
        self, fake: FakeGorgias, client: AsyncGorgias, crm: ModuleType
    ) -> None:
        spec = crm.build_spec(TOKEN)
        await provision(client, spec)
        integration_id = stored(fake, "integrations", crm.INTEGRATION)["id"]
        (widget,) = [w for w in fake.items("widgets") if w["integration_id"] == integration_id]
        template = copy.deepcopy(widget["template"])
        template["widgets"][0]["widgets"].pop()  # an agent removed a field
        template["widgets"][0]["order"] = 0  # and the editor added a key: not a change
        await client.widgets.update(widget["id"], template=template)
        report = await provision(client, spec)
        entry = report.entry("widget", f"{crm.INTEGRATION} (ticket)")
        assert (entry.outcome, entry.changes) == ("updated", ("template.widgets[0].widgets",))
        assert report.counts["unchanged"] == 12

    async def test_duplicates_by_name_are_reported_and_left_alone(
        self, fake: FakeGorgias, client: AsyncGorgias
    ) -> None:
        spec = Spec(macros=[Macro(name="Dup", actions=[AddTags(["x"])])])
        first = await client.macros.create(name="Dup", actions=[])
        second = await client.macros.create(name="Dup", actions=[])
        report = await provision(client, spec)
        entry = report.entry("macro", "Dup")
        assert (entry.outcome, entry.id) == ("updated", first.id)
        assert entry.note == f"duplicates left alone: {second.id}"


class TestDryRun:
    """``dry_run=True`` sends no writes and reports the plan with exact bodies."""

    async def test_plan_on_an_empty_account(
        self, fake: FakeGorgias, client: AsyncGorgias, crm: ModuleType
    ) -> None:
        before = snapshot(fake)
        fake.reset_observations()
        spec = crm.build_spec(TOKEN)
        report = await provision(client, spec, dry_run=True)
        assert writes(fake) == []
        assert snapshot(fake) == before
        assert report.dry_run
        assert report.counts == {"created": 13, "updated": 0, "unchanged": 0}
        integration = report.entry("integration", crm.INTEGRATION)
        assert integration.body == spec.integrations[0].body()
        widget = report.entry("widget", f"{crm.INTEGRATION} (ticket)")
        assert widget.body is not None
        assert widget.body["integration_id"] == f"<id of {crm.INTEGRATION!r}>"
        assert "would create" in str(report)

    async def test_plan_of_an_update_is_the_exact_body(
        self, fake: FakeGorgias, client: AsyncGorgias, crm: ModuleType
    ) -> None:
        spec = crm.build_spec(TOKEN)
        await provision(client, spec)
        changed = crm.build_spec("rotated-token-not-a-secret")
        fake.reset_observations()
        report = await provision(client, changed, dry_run=True)
        assert writes(fake) == []
        assert report.counts == {"created": 0, "updated": 11, "unchanged": 2}
        entry = report.entry("integration", crm.INTEGRATION)
        assert entry.id is not None
        assert entry.changes == ("http.headers",)
        assert entry.body == changed.integrations[0].body()
        macro = report.entry("macro", "Acme CRM: order status")
        assert macro.outcome == "unchanged"  # no HTTP call, no token
        applied = await provision(client, changed)
        assert applied.counts == report.counts


class TestTeardown:
    """``teardown`` deletes exactly the spec's objects."""

    async def test_leaves_the_account_as_before(
        self, fake: FakeGorgias, client: AsyncGorgias, crm: ModuleType
    ) -> None:
        unrelated = await client.macros.create(name="Hand-made macro", actions=[])
        before = snapshot(fake)
        spec = crm.build_spec(TOKEN)
        await provision(client, spec)
        fake.reset_observations()
        report = await teardown(client, spec)
        assert report.counts == {"deleted": 13, "absent": 0}
        assert all(method == "DELETE" for method, _ in writes(fake))
        assert snapshot(fake) == before
        assert await client.macros.get(unrelated.id) == unrelated
        fake.reset_observations()
        again = await teardown(client, spec)
        assert again.counts == {"deleted": 0, "absent": 13}
        assert writes(fake) == []

    async def test_dry_run_deletes_nothing(
        self, fake: FakeGorgias, client: AsyncGorgias, crm: ModuleType
    ) -> None:
        spec = crm.build_spec(TOKEN)
        await provision(client, spec)
        before = snapshot(fake)
        fake.reset_observations()
        report = await teardown(client, spec, dry_run=True)
        assert report.counts == {"deleted": 13, "absent": 0}
        assert writes(fake) == []
        assert snapshot(fake) == before
        assert "would delete" in str(report)


class TestReport:
    """Reports read well and keep secrets out of ``repr``."""

    async def test_table_and_repr(self, client: AsyncGorgias) -> None:
        spec = Spec(
            integrations=[HttpIntegration(name="I", url="https://a.example", headers={"k": TOKEN})],
            widgets=[Widget(integration="I", cards=[Card(title="c", widgets=[Field("a", "b")])])],
        )
        report = await provision(client, spec)
        text = str(report)
        assert text.splitlines()[0].split() == ["KIND", "NAME", "OUTCOME", "ID", "DETAIL"]
        assert "integration  I" in text
        assert text.endswith("provision: created 2, updated 0, unchanged 0")
        assert TOKEN not in repr(report)
        assert TOKEN not in repr(spec)
        action = HttpAction(title="t", url="https://a.example", headers={"k": TOKEN})
        assert TOKEN not in repr(action)


class TestExamples:
    """The example specs provision against the fake and their scripts run."""

    async def test_subscription_app(
        self, fake: FakeGorgias, client: AsyncGorgias, subscriptions: ModuleType
    ) -> None:
        spec = subscriptions.build_spec(TOKEN)
        first = await provision(client, spec)
        assert first.counts == {"created": 6, "updated": 0, "unchanged": 0}
        integration = stored(fake, "integrations", "Subscriptions")
        assert integration["http"]["url"] == (
            "https://api.example.com/customers?filterLike[emailOrName]={{ticket.customer.email}}"
        )
        assert integration["http"]["headers"] == {"x-subscriptions-access-token": TOKEN}
        assert integration["http"]["triggers"] == {
            "ticket-created": True,
            "ticket-updated": True,
            "ticket-message-created": True,
        }
        (widget,) = [w for w in fake.items("widgets") if w["integration_id"] == integration["id"]]
        buttons = widget["template"]["widgets"][0]["widgets"][0]["meta"]["custom"]["buttons"]
        assert [b["label"] for b in buttons] == ["Pause", "Skip next order"]
        assert f"integrations.{integration['id']}.data[0]" in buttons[0]["action"]["url"]
        fake.reset_observations()
        second = await provision(client, spec)
        assert second.counts == {"created": 0, "updated": 0, "unchanged": 6}
        assert writes(fake) == []

    @pytest.mark.parametrize("name", ["crm_spec", "subscription_app_spec"])
    def test_main_in_sandbox(self, name: str, capsys: pytest.CaptureFixture[str]) -> None:
        module = load_example(name)
        assert module.main(["--sandbox"]) == 0
        out = capsys.readouterr().out
        assert "provision: created" in out
        assert "updated 0, unchanged 0" in out
