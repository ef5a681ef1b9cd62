"""CRUD, sub-resources, events, auth and files on the fake, over real HTTP."""

from __future__ import annotations

import aiohttp
import pytest

from gorgias_async.testing import FakeGorgias, SeedSpec
from gorgias_async.testing._resources import RESOURCES
from gorgias_async.testing._seed import Seeder

from ._http import api_session, get_json, walk

MESSAGE = {
    "channel": "email",
    "via": "api",
    "from_agent": False,
    "sender": {"email": "buyer@example.org"},
    "source": {"type": "email", "from": {"address": "buyer@example.org"}, "to": []},
    "body_text": "Where is my parcel?",
}
CREATE_BODIES = {
    "customers": {"email": "new@example.org", "name": "New Customer", "channels": []},
    "users": {"email": "agent@example.org", "name": "New Agent", "role": {"name": "agent"}},
    "teams": {"name": "Night shift"},
    "tags": {"name": "fresh"},
    "views": {"name": "Mine", "slug": "mine"},
    "macros": {"name": "Refund", "actions": []},
    "rules": {"name": "Auto-tag", "code": "if (true) {}"},
    "integrations": {"name": "CRM", "type": "http", "http": {"url": "https://x.example"}},
    "widgets": {"context": "ticket", "type": "http", "template": {}},
    "satisfaction_surveys": {"ticket_id": 1, "customer_id": 1},
    "custom_fields": {
        "object_type": "Ticket",
        "label": "Reason",
        "definition": {"data_type": "text", "input_settings": {"input_type": "input"}},
    },
    "jobs": {"type": "exportTicket", "params": {}},
    "tickets": {"messages": [MESSAGE], "subject": "Parcel"},
}

#: Fields the spec requires in an update (gorgias-api.md §1: integration ``name``).
UPDATE_REQUIRES = {"integrations": {"name": "CRM"}}


@pytest.fixture
async def fake():
    async with FakeGorgias(seed=5, customers=10, tickets=12, rate_limit=None) as server:
        yield server


@pytest.fixture
async def session(fake):
    async with api_session(fake) as client_session:
        yield client_session


class TestCrud:
    """Every writable resource: 201 create, 200 get, 202 partial update, 204 delete, 404."""

    @pytest.mark.parametrize(
        "resource", [r for r in RESOURCES if "create" in r.operations], ids=lambda r: r.name
    )
    async def test_lifecycle(self, fake, session, resource):
        async with session.post("/api" + resource.path, json=CREATE_BODIES[resource.name]) as r:
            assert r.status == 201, await r.text()
            created = await r.json()
        item_path = f"/api{resource.path}/{created['id']}"
        assert created["uri"] == item_path + "/"
        assert created["created_datetime"]
        fetched = (
            await get_json(session, f"{resource.path}/{created['id']}")
            if (resource.name != "jobs")
            else created
        )
        assert fetched["id"] == created["id"]
        required = UPDATE_REQUIRES.get(resource.name, {})
        async with session.put(item_path, json={"x_custom": "kept", **required}) as r:
            assert r.status == 202, await r.text()
            updated = await r.json()
        assert updated["x_custom"] == "kept"
        for key, value in CREATE_BODIES[resource.name].items():
            if key != "messages":
                assert updated[key] == value  # partial: nothing else was overwritten
        if "delete" in resource.operations:
            async with session.delete(item_path) as r:
                assert r.status == 204
            if resource.name != "jobs":
                async with session.get(item_path) as r:
                    assert r.status == 404
                    assert "msg" in (await r.json())["error"]

    async def test_missing_required_fields_are_field_errors(self, session):
        async with session.post("/api/users", json={"name": "x"}) as r:
            assert r.status == 400
            assert (await r.json())["error"]["data"] == {
                "email": ["Missing data for required field."],
                "role": ["Missing data for required field."],
            }
        async with session.post("/api/customers", json={"email": "not-an-email"}) as r:
            assert r.status == 400
        json_type = {"Content-Type": "application/json"}
        async with session.post("/api/tags", data=b"{oops", headers=json_type) as r:
            assert r.status == 400

    async def test_read_only_resources_refuse_writes(self, session):
        async with session.post("/api/events", json={}) as r:
            assert r.status == 405
        async with session.delete("/api/satisfaction-surveys/1") as r:
            assert r.status == 405

    async def test_users_0_is_the_current_user(self, fake, session):
        me = await get_json(session, "/users/0")
        assert me["email"] == fake.username

    async def test_job_cancel_keeps_the_job(self, session):
        async with session.delete("/api/jobs/1") as r:
            assert r.status == 204
        async with session.get("/api/jobs/1") as r:
            assert (await r.json())["status"] == "cancel_requested"


class TestTicketsAndMessages:
    """Tickets carry their messages; messages are addressed through their ticket."""

    async def test_create_ticket_creates_messages_customer_and_events(self, fake, session):
        async with session.post("/api/tickets", json=CREATE_BODIES["tickets"]) as r:
            ticket = await r.json()
        assert ticket["customer"]["email"] == "buyer@example.org"
        assert len(ticket["messages"]) == 1
        assert ticket["messages"][0]["sent_datetime"]  # created without one: sent
        events = await walk(session, "/events", object_id=ticket["id"], object_type="Ticket")
        assert [e["type"] for e in events] == ["ticket-created"]
        messages = await walk(session, "/messages", ticket_id=ticket["id"])
        assert [m["id"] for m in messages] == [ticket["messages"][0]["id"]]

    async def test_message_crud_through_its_ticket(self, fake, session):
        async with session.post("/api/tickets/1/messages", json=MESSAGE) as r:
            assert r.status == 201
            message = await r.json()
        path = f"/api/tickets/1/messages/{message['id']}"
        edit = {"body_text": "edited", "channel": "email", "via": "api", "from_agent": False}
        async with session.put(path, json=edit) as r:
            assert r.status == 202
            assert (await r.json())["body_text"] == "edited"
        async with session.get(f"/api/tickets/2/messages/{message['id']}") as r:
            assert r.status == 404  # another ticket's message
        async with session.delete(path) as r:
            assert r.status == 204
        types = [
            e["type"]
            for e in await walk(
                session, "/events", object_type="TicketMessage", object_id=message["id"]
            )
        ]
        assert sorted(types) == sorted(
            ["ticket-message-created", "ticket-message-updated", "ticket-message-deleted"]
        )

    async def test_ticket_tags_add_set_remove(self, session):
        async with session.put("/api/tickets/1/tags", json={"names": ["a", "b"]}) as r:
            assert r.status == 202
        async with session.post("/api/tickets/1/tags", json={"names": ["c"]}) as r:
            assert r.status == 201
        async with session.delete("/api/tickets/1/tags", json={"names": ["a"]}) as r:
            assert r.status == 204
        tags = await get_json(session, "/tickets/1/tags")
        assert sorted(t["name"] for t in tags["data"]) == ["b", "c"]

    async def test_custom_field_values(self, session):
        async with session.put("/api/tickets/1/custom-fields", json=[{"id": 1, "value": "x"}]) as r:
            assert r.status == 200
        async with session.put("/api/tickets/1/custom-fields/2", json="y") as r:
            assert r.status == 200
        values = await get_json(session, "/tickets/1/custom-fields")
        assert {(v["field"]["id"], v["value"]) for v in values["data"]} == {(1, "x"), (2, "y")}
        async with session.delete("/api/tickets/1/custom-fields/1") as r:
            assert r.status == 204
        async with session.put("/api/customers/1/custom-fields/1", json="z") as r:
            assert r.status == 200


class TestCustomersAndTags:
    """Merges, customer data versions and bulk deletes."""

    async def test_merge_records_event_and_removes_source(self, session):
        async with session.put(
            "/api/customers/merge",
            params={"source_id": "2", "target_id": "3"},
            json={"note": "merged"},
        ) as r:
            assert r.status == 202
            assert (await r.json())["note"] == "merged"
        async with session.get("/api/customers/2") as r:
            assert r.status == 404
        events = await walk(session, "/events", types="customer-merged")
        assert [e["object_id"] for e in events] == [3]

    async def test_customer_data_ignores_older_versions(self, session):
        newer = {"data": {"v": 2}, "version": "2024-02-01T00:00:00"}
        older = {"data": {"v": 1}, "version": "2024-01-01T00:00:00"}
        for body in (newer, older):
            async with session.put("/api/customers/1/data", json=body) as r:
                assert r.status == 202
        assert (await get_json(session, "/customers/1"))["data"] == {"v": 2}

    async def test_bulk_deletes_take_a_json_body(self, session):
        async with session.delete("/api/customers", json={"ids": [4, 5]}) as r:
            assert r.status == 204
        async with session.delete("/api/tags", json={"ids": "x"}) as r:
            assert r.status == 400

    async def test_macros_archive_is_207_with_per_item_results(self, session):
        async with session.put("/api/macros/archive", json={"ids": [1, 999]}) as r:
            assert r.status == 207
            results = (await r.json())["data"]
        assert [(x["id"], x["status"]) for x in results] == [(1, 200), (999, 404)]


class TestSearchStatsFiles:
    """The unpaged and odd endpoints."""

    async def test_search(self, fake, session):
        async with session.post(
            "/api/search", json={"type": "customer", "query": "customer1", "size": 50}
        ) as r:
            assert r.status == 201
            found = (await r.json())["data"]
        assert found
        assert all("customer1" in c["email"] for c in found)
        async with session.post("/api/search", json={"type": "x", "query": "y"}) as r:
            assert r.status == 400

    async def test_stats(self, session):
        async with session.post("/api/stats/overview", json={"filters": {}}) as r:
            assert r.status == 201
        async with session.post("/api/stats/overview/download", json={"filters": {}}) as r:
            assert r.content_type == "text/csv"

    async def test_upload_then_download_through_signed_redirect(self, fake, session):
        form = aiohttp.FormData()
        form.add_field(
            "invoice.pdf", b"%PDF-1.7 data", filename="invoice.pdf", content_type="application/pdf"
        )
        async with session.post("/api/upload", data=form) as r:
            assert r.status == 201
            (uploaded,) = await r.json()
        assert uploaded["size"] == "13"
        _, _, domain_hash, name = uploaded["url"].rsplit("/", 3)
        async with session.get(
            f"/api/attachment/download/{domain_hash}/{name}", allow_redirects=False
        ) as r:
            assert r.status == 302
            target = r.headers["Location"]
        async with aiohttp.ClientSession(fake.origin) as anonymous:
            async with anonymous.get(target) as r:
                assert await r.read() == b"%PDF-1.7 data"


class TestAuth:
    """Basic and Bearer; the OAuth2 token endpoint issues and refreshes."""

    async def test_missing_or_bad_credentials_are_401(self, fake):
        async with aiohttp.ClientSession(fake.origin) as anonymous:
            async with anonymous.get("/api/account") as r:
                assert r.status == 401
            async with anonymous.get("/api/account", headers={"Authorization": "Bearer nope"}) as r:
                assert r.status == 401

    async def test_authorization_code_flow_and_refresh(self, fake):
        async with aiohttp.ClientSession(fake.origin) as browser:
            async with browser.get(
                "/oauth/authorize",
                allow_redirects=False,
                params={
                    "client_id": fake.oauth_client_id,
                    "redirect_uri": "https://app.example/cb",
                    "state": "s1",
                    "scope": "openid offline tickets:read",
                },
            ) as r:
                assert r.status == 302
                location = r.headers["Location"]
            code = location.split("code=")[1].split("&")[0]
            form = {
                "grant_type": "authorization_code",
                "code": code,
                "redirect_uri": "https://app.example/cb",
                "client_id": fake.oauth_client_id,
                "client_secret": fake.oauth_client_secret,
            }
            async with browser.post("/oauth/token", data=form) as r:
                tokens = await r.json()
            bearer = {"Authorization": f"Bearer {tokens['access_token']}"}
            async with browser.get("/api/account", headers=bearer) as r:
                assert r.status == 200
            fake.expire_access_tokens()
            async with browser.get("/api/account", headers=bearer) as r:
                assert r.status == 401
            refresh = {
                "grant_type": "refresh_token",
                "refresh_token": tokens["refresh_token"],
                "client_id": fake.oauth_client_id,
                "client_secret": fake.oauth_client_secret,
            }
            async with browser.post("/oauth/token", data=refresh) as r:
                fresh = await r.json()
            async with browser.get(
                "/api/account", headers={"Authorization": f"Bearer {fresh['access_token']}"}
            ) as r:
                assert r.status == 200
            async with browser.post("/oauth/token", data=form) as r:
                assert r.status == 400  # a code is single-use
            async with browser.post("/oauth/token", data=refresh | {"client_secret": "x"}) as r:
                assert r.status == 401


class TestSeed:
    """The generator is deterministic and shaped like Gorgias."""

    def test_same_seed_same_data(self):
        first = Seeder(SeedSpec(seed=11, tickets=20, customers=5))
        second = Seeder(SeedSpec(seed=11, tickets=20, customers=5))
        assert first.customers() == second.customers()

    async def test_realistic_shapes(self):
        async with FakeGorgias(seed=2, tickets=300, customers=30, rate_limit=None) as fake:
            tickets = fake.items("tickets")
            messages = fake.items("messages")
        assert any(t["updated_datetime"] > "2030" for t in tickets)  # future-dated
        assert any(t["subject"] is None for t in tickets)
        assert any(t["tags"] for t in tickets)
        assert any(t["meta"] for t in tickets)
        assert any("<p>" in m["body_html"] for m in messages)
        assert any(m["attachments"] for m in messages)
        spellings = {m["sent_datetime"][19:] for m in messages}
        assert len(spellings) > 2  # Z, +00:00, naive, with or without microseconds


async def test_pytest_plugin_fixture(gorgias_fake):
    """The fixture users get from the entry point serves a working account."""
    async with api_session(gorgias_fake) as session:
        assert (await get_json(session, "/account"))["domain"] == "sandbox"
