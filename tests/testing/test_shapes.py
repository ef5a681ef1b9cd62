"""The fake's answers carry the spec's fields, and its rules hold on every endpoint."""

from __future__ import annotations

import pytest

from gorgias_async.testing import FakeGorgias
from gorgias_async.testing._shapes import fields

from ._http import api_session, get_json

MESSAGE = {
    "channel": "email",
    "via": "api",
    "from_agent": False,
    "source": {"type": "email", "from": {"address": "buyer@example.org"}},
    "body_text": "Hello",
}


@pytest.fixture
async def fake():
    async with FakeGorgias(seed=4, customers=5, tickets=5, rate_limit=None) as server:
        yield server


@pytest.fixture
async def session(fake):
    async with api_session(fake) as client_session:
        yield client_session


class TestEveryFieldPresent:
    """Created objects list every field of their schema, null where the body said nothing."""

    async def test_created_ticket_and_customer(self, session):
        async with session.post("/api/tickets", json={"messages": [MESSAGE]}) as r:
            assert r.status == 201, await r.text()
            ticket = await r.json()
        assert set(fields("tickets")) <= set(ticket)
        assert ticket["trashed_datetime"] is None
        async with session.post("/api/customers", json={"channels": []}) as r:
            customer = await r.json()
        assert set(fields("customers")) <= set(customer)
        assert customer["external_id"] is None

    async def test_ticket_detail_and_its_custom_fields(self, session, fake):
        field_id = fake.items("custom_fields")[0]["id"]
        async with session.put(
            "/api/tickets/1/custom-fields", json=[{"id": field_id, "value": "gift"}]
        ) as r:
            assert r.status == 200, await r.text()
        plain = await get_json(session, "/tickets/1")
        assert {"events", "reply_options", "satisfaction_survey"} <= set(plain)
        assert plain["custom_fields"] is None
        detailed = await get_json(session, "/tickets/1", relationships="custom_fields")
        assert detailed["custom_fields"] == {str(field_id): {"id": field_id, "value": "gift"}}

    async def test_messages_and_integrations(self, session):
        async with session.post("/api/tickets/1/messages", json=MESSAGE) as r:
            message = await r.json()
        for key in ("last_sending_error", "stripped_html", "message_id", "rule_id"):
            assert key in message
            assert message[key] is None
        integration = await get_json(session, "/integrations/1")
        assert {"application_id", "user"} <= set(integration)


class TestWritesAsGorgiasStoresThem:
    """Ids a write names come back as summaries; read-only fields are ignored."""

    async def test_assignee_team_by_id(self, session, fake):
        team = fake.items("teams")[0]
        async with session.put("/api/tickets/1", json={"assignee_team": {"id": team["id"]}}) as r:
            ticket = await r.json()
        assert ticket["assignee_team"] == {
            "id": team["id"],
            "name": team["name"],
            "decoration": team["decoration"],
        }
        async with session.put("/api/tickets/1", json={"assignee_team": {"id": 999}}) as r:
            assert r.status == 400

    async def test_ticket_tags_by_name(self, session):
        async with session.put("/api/tickets/2", json={"tags": [{"name": "brand-new"}]}) as r:
            assert r.status == 202, await r.text()
        tags = (await get_json(session, "/tickets/2/tags"))["data"]
        assert [tag["name"] for tag in tags] == ["brand-new"]
        assert tags[0]["id"] is not None

    async def test_read_only_fields_are_not_stored(self, session):
        body = {"name": "Mine", "slug": "mine", "deactivated_datetime": "1999-01-01T00:00:00"}
        async with session.post("/api/views", json=body) as r:
            view = await r.json()
        assert r.status == 201
        assert view["deactivated_datetime"] is None  # readOnly in the spec: the server's to set


class TestOneQueryRule:
    """An unknown query parameter is a 400 on every endpoint, lists and get-by-id alike."""

    @pytest.mark.parametrize("path", ["/tickets", "/tickets/1", "/customers/1", "/account"])
    async def test_unknown_parameter(self, session, path):
        async with session.get("/api" + path, params={"colour": "blue"}) as r:
            assert r.status == 400
            assert (await r.json())["error"]["data"] == {"colour": ["Unknown field."]}

    async def test_offset_pagination_is_refused(self, session):
        async with session.get("/api/tags", params={"page": "2"}) as r:
            assert r.status == 400
            assert "cursor" in (await r.json())["error"]["data"]["page"][0]
