"""The webhook receiver, the fake's deliveries and the pairing with the feed — real HTTP."""

from __future__ import annotations

import asyncio
import logging
import socket
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp import web

from gorgias_async import AsyncGorgias
from gorgias_async.provision import HttpIntegration, Spec, Webhook, provision, teardown
from gorgias_async.testing import FakeGorgias
from gorgias_async.testing import _webhooks as fake_webhooks
from gorgias_async.testing._http import serve_on_loopback
from gorgias_async.webhooks import (
    DEFAULT_HEADER,
    TicketCreated,
    TicketMessageCreated,
    TicketUpdated,
    WebhookEvent,
    WebhookReceiver,
    parse_delivery,
)

from .test_watch import client_for, log_order, new_ticket, until

SECRET = "0123456789abcdef-not-a-real-secret"
TRIGGERS = ("ticket-created", "ticket-updated", "ticket-message-created")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def collecting(receiver: WebhookReceiver, into: list[WebhookEvent]) -> None:
    @receiver.on(*TRIGGERS)
    async def collect(event: WebhookEvent) -> None:
        into.append(event)


@asynccontextmanager
async def aiohttp_served(receiver: WebhookReceiver, port: int = 0) -> AsyncIterator[str]:
    """The receiver mounted at ``/gorgias`` in an aiohttp application; yields its URL."""
    app = web.Application()
    app.add_subapp("/gorgias", receiver.aiohttp_app())
    runner, bound = await serve_on_loopback(app, "127.0.0.1", port)
    try:
        yield f"http://127.0.0.1:{bound}/gorgias/"
    finally:
        await runner.cleanup()


@asynccontextmanager
async def starlette_served(receiver: WebhookReceiver) -> AsyncIterator[str]:
    """The receiver mounted in Starlette, served by uvicorn; yields its URL."""
    starlette = pytest.importorskip("starlette.applications")
    routing = pytest.importorskip("starlette.routing")
    app = starlette.Starlette(
        routes=[routing.Mount("/gorgias", app=receiver.asgi_app())],
        lifespan=lambda app: receiver.running(),
    )
    async with uvicorn_served(app) as origin:
        yield origin + "/gorgias/"


@asynccontextmanager
async def uvicorn_served(app: Any) -> AsyncIterator[str]:
    """``app`` served by uvicorn on loopback (its lifespan on); yields its origin."""
    uvicorn = pytest.importorskip("uvicorn")
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    config = uvicorn.Config(app, http="h11", ws="none", lifespan="on", log_level="warning")
    server = uvicorn.Server(config)
    task = asyncio.ensure_future(server.serve(sockets=[sock]))
    await until(lambda: server.started or task.done())
    if task.done():
        raise AssertionError("uvicorn did not start (see its log above)")
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        await task
        sock.close()


async def post(url: str, body: bytes, headers: dict[str, str] | None = None) -> tuple[int, Any]:
    async with aiohttp.ClientSession() as session:
        async with session.post(url, data=body, headers=headers or {}) as answer:
            return answer.status, await answer.json(content_type=None)


def delivery(trigger: str = "ticket-created", **fields: Any) -> bytes:
    import orjson

    return orjson.dumps({"event": trigger, "ticket_id": "42", "customer_id": "7", **fields})


AUTH = {DEFAULT_HEADER: SECRET}


def identity(event: WebhookEvent) -> tuple[str, int | None, int | None]:
    """What a webhook event says: its type, ticket and message."""
    return event.type, event.ticket_id, getattr(event, "message_id", None)


def triggered(fake: FakeGorgias, after: int) -> list[tuple[str, int | None, int | None]]:
    """The trigger events of the fake's log past ``after``, as :func:`identity` says them."""
    found = []
    for event_id in log_order(fake, after=after):
        event = fake.state.collection("events").get(event_id)
        if event["type"] == "ticket-message-created":
            found.append((event["type"], event["data"]["ticket_id"], event["object_id"]))
        elif event["type"] in TRIGGERS:
            found.append((event["type"], event["object_id"], None))
    return found


class TestReceiver:
    """Authenticate, parse, answer at once; handlers run after; errors stay contained."""

    async def test_the_answer_comes_before_the_handler_runs(self) -> None:
        hooks = WebhookReceiver(secret=SECRET)
        release, seen = asyncio.Event(), []

        @hooks.on("ticket-created")
        async def slow(event: TicketCreated) -> None:
            await release.wait()
            seen.append(event)

        async with aiohttp_served(hooks) as url:
            status, body = await post(url, delivery(), AUTH)
            assert (status, body) == (200, {})
            assert seen == []  # answered while the handler still waits
            release.set()
            await until(lambda: len(seen) == 1)
        assert seen == [TicketCreated(ticket_id=42, customer_id=7, payload={})]
        assert seen[0].payload["event"] == "ticket-created"

    @pytest.mark.parametrize(
        "headers",
        [
            {},
            {DEFAULT_HEADER: ""},
            {DEFAULT_HEADER: "wrong"},
            {DEFAULT_HEADER: SECRET + "x"},
            {DEFAULT_HEADER: SECRET[:-1]},
            {"X-Other-Header": SECRET},
        ],
    )
    async def test_a_wrong_or_missing_secret_is_refused(self, headers) -> None:
        hooks = WebhookReceiver(secret=SECRET)
        seen: list[WebhookEvent] = []
        collecting(hooks, seen)
        async with aiohttp_served(hooks) as url:
            status, body = await post(url, delivery(), headers)
            await asyncio.sleep(0.05)
        assert (status, body) == (401, {"error": "unauthorized"})
        assert seen == []
        assert hooks.stats.refused == 1
        assert hooks.stats.dispatched == 0

    def test_the_secret_is_compared_in_constant_time(self, monkeypatch) -> None:
        import hmac

        calls: list[tuple[bytes, bytes]] = []
        real = hmac.compare_digest

        def spy(a: bytes, b: bytes) -> bool:
            calls.append((a, b))
            return real(a, b)

        monkeypatch.setattr(hmac, "compare_digest", spy)
        hooks = WebhookReceiver(secret=[SECRET, SECRET + "-next"])
        assert hooks.authentic(SECRET + "-next")
        assert not hooks.authentic("guess")
        assert len(calls) == 4  # every secret compared, whatever matched

    @pytest.mark.parametrize(
        ("body", "says"),
        [
            (b"not json", "not JSON"),
            (b"[1, 2]", "not a JSON object"),
            (b'{"event": "ticket-exploded", "ticket_id": "1"}', "'event' must be one of"),
            (b'{"ticket_id": "1"}', "'event' must be one of"),
            (b'{"event": "ticket-created"}', "'ticket_id' is missing"),
            (b'{"event": "ticket-created", "ticket_id": ""}', "'ticket_id' is missing"),
            (b'{"event": "ticket-created", "ticket_id": "abc"}', "positive integer"),
            (b'{"event": "ticket-created", "ticket_id": 0}', "positive integer"),
            (b'{"event": "ticket-created", "ticket_id": true}', "positive integer"),
            (b'{"event": "ticket-created", "ticket_id": 1, "customer_id": "x"}', "customer_id"),
        ],
    )
    async def test_a_malformed_body_is_a_400(self, body: bytes, says: str) -> None:
        hooks = WebhookReceiver(secret=SECRET)
        seen: list[WebhookEvent] = []
        collecting(hooks, seen)
        async with aiohttp_served(hooks) as url:
            status, answer = await post(url, body, AUTH)
        assert status == 400
        assert says in answer["error"]
        assert seen == []

    async def test_too_large_and_wrong_method(self) -> None:
        hooks = WebhookReceiver(secret=SECRET, max_body=1000)
        async with aiohttp_served(hooks) as url:
            status, _ = await post(url, delivery(padding="x" * 2000), AUTH)
            assert status == 413
            status, _ = await post(url, delivery(padding="x" * 2000), {})
            assert status == 401  # the secret is checked first
            async with aiohttp.ClientSession() as session, session.get(url) as answer:
                assert answer.status == 405

    async def test_a_raising_handler_is_logged_without_secrets(self, caplog) -> None:
        hooks = WebhookReceiver(secret=SECRET)
        later: list[WebhookEvent] = []

        @hooks.on("ticket-created")
        async def broken(event: WebhookEvent) -> None:
            raise RuntimeError(f"could not call the CRM with token {SECRET}")

        @hooks.on("ticket-created", "ticket-updated")
        def blocking(event: WebhookEvent) -> None:  # a plain function runs in a thread
            later.append(event)

        with caplog.at_level(logging.ERROR, logger="gorgias_async.webhooks"):
            async with aiohttp_served(hooks) as url:
                assert (await post(url, delivery(), AUTH))[0] == 200
                assert (await post(url, delivery("ticket-updated"), AUTH))[0] == 200
                await until(lambda: len(later) == 2)
        assert [type(event) for event in later] == [TicketCreated, TicketUpdated]
        assert hooks.stats.handler_errors == 1
        assert "webhook handler" in caplog.text
        assert "broken" in caplog.text
        assert "could not call the CRM" in caplog.text
        assert SECRET not in caplog.text

    def test_bad_set_up_is_refused(self) -> None:
        with pytest.raises(ValueError, match="16 characters"):
            WebhookReceiver(secret="short")
        with pytest.raises(ValueError, match="at least one"):
            WebhookReceiver(secret=[])
        with pytest.raises(TypeError, match="str"):
            WebhookReceiver(secret=[SECRET, 3])  # type: ignore[list-item]
        hooks = WebhookReceiver(secret=SECRET)
        with pytest.raises(ValueError, match="unknown event type 'ticket-deleted'"):
            hooks.on("ticket-deleted")
        with pytest.raises(TypeError):
            hooks.on()
        assert SECRET not in repr(hooks)

    def test_parsing_typed_events(self) -> None:
        event = parse_delivery(delivery("ticket-message-created", message_id="9"))
        assert event == TicketMessageCreated(ticket_id=42, customer_id=7, message_id=9)
        assert event.type == "ticket-message-created"
        assert event.source == "webhook"
        assert event.event_id is None


class TestDeliveredByTheFake:
    """Provisioned with ``Webhook``, the fake's deliveries reach the mounted receiver."""

    async def written(self, client: AsyncGorgias) -> None:
        """A ticket created, replied to and closed: several events of each trigger."""
        ticket = await client.tickets.create(new_ticket("hook@example.com"))
        await client.messages.create(
            ticket.id,
            channel="email",
            via="api",
            from_agent=True,
            source={"type": "email"},
            body_text="On its way!",
        )
        await client.tickets.update(ticket.id, status="closed")

    async def check(self, fake: FakeGorgias, client: AsyncGorgias, url: str, seen: list) -> None:
        spec = Spec(integrations=[Webhook(name="Bot", url=url, secret=SECRET)])
        report = await provision(client, spec)
        assert report.counts["created"] == 3
        assert (await provision(client, spec)).counts["unchanged"] == 3
        start = max(event["id"] for event in fake.items("events"))
        await self.written(client)
        expected = triggered(fake, after=start)
        assert {kind for kind, _, _ in expected} == set(TRIGGERS)
        await fake.drain_webhooks()
        await until(lambda: len(seen) == len(expected))
        assert sorted(map(identity, seen)) == sorted(expected)
        assert all(event.customer_id for event in seen)
        ours = [d for d in fake.webhook_deliveries if d.url == url]
        assert [d.outcome for d in ours] == ["delivered"] * len(expected)  # once each
        assert all(d.headers[DEFAULT_HEADER] == SECRET for d in ours)
        await teardown(client, spec)

    async def test_mounted_in_aiohttp(self, fake: FakeGorgias, client: AsyncGorgias) -> None:
        hooks = WebhookReceiver(secret=SECRET)
        seen: list[WebhookEvent] = []
        collecting(hooks, seen)
        async with aiohttp_served(hooks) as url:
            await self.check(fake, client, url, seen)

    async def test_mounted_in_starlette_served_by_uvicorn(self, fake, client) -> None:
        hooks = WebhookReceiver(secret=SECRET)
        seen: list[WebhookEvent] = []
        collecting(hooks, seen)
        async with starlette_served(hooks) as url:
            await self.check(fake, client, url, seen)
            async with aiohttp.ClientSession() as session, session.get(url) as answer:
                assert answer.status == 405

    async def test_a_wrong_secret_is_refused_and_nothing_dispatched(self, fake, client) -> None:
        hooks = WebhookReceiver(secret=SECRET)
        seen: list[WebhookEvent] = []
        collecting(hooks, seen)
        async with aiohttp_served(hooks) as url:
            spec = Spec(integrations=[Webhook(name="Bot", url=url, secret="x" * 32)])
            await provision(client, spec)
            await self.written(client)
            await fake.drain_webhooks()
        ours = [d for d in fake.webhook_deliveries if d.url == url]
        assert len(ours) >= 3
        assert {(d.outcome, d.status) for d in ours} == {("failed", 401)}
        assert seen == []
        assert hooks.stats.refused == len(ours)


class TestTheFakesDeliveries:
    """Templates rendered as Gorgias does; loopback only; failures recorded, no retry."""

    @asynccontextmanager
    async def catcher(self, status: int = 200) -> AsyncIterator[tuple[str, list[dict[str, Any]]]]:
        caught: list[dict[str, Any]] = []

        async def catch(request: web.Request) -> web.Response:
            caught.append(
                {
                    "method": request.method,
                    "path": request.path,
                    "query": dict(request.query),
                    "headers": dict(request.headers),
                    "body": await request.read(),
                }
            )
            return web.json_response({}, status=status)

        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", catch)
        runner, port = await serve_on_loopback(app, "127.0.0.1", 0)
        try:
            yield f"http://127.0.0.1:{port}", caught
        finally:
            await runner.cleanup()

    async def test_templates_are_rendered(self, fake, client) -> None:
        async with self.catcher() as (origin, caught):
            integration = HttpIntegration(
                name="Lookup",
                url=origin + "/orders/{{ticket.id}}?email={{ticket.customer.email}}",
                method="POST",
                headers={"X-Ticket": "{{ticket.id}}", "X-Token": "static"},
                form={
                    "subject": "{{ticket.subject}}",
                    "last": "{{ticket.messages[-1].body_text}}",
                    "missing": "{{ticket.no_such_field}}",
                    "message": "{{message.id}}",
                },
                request_content_type="application/x-www-form-urlencoded",
                triggers=["ticket-created"],
            )
            await provision(client, Spec(integrations=[integration]))
            ticket = await client.tickets.create(new_ticket("a+b@example.com", "Hello & bye"))
            await fake.drain_webhooks()
        assert len(caught) == 1
        request = caught[0]
        assert request["path"] == f"/orders/{ticket.id}"
        assert request["query"] == {"email": "a+b@example.com"}
        assert request["headers"]["X-Ticket"] == str(ticket.id)
        assert request["headers"]["X-Token"] == "static"
        assert request["headers"]["Content-Type"] == "application/x-www-form-urlencoded"
        message_id = fake.items("messages")[-1]["id"]
        assert request["body"].decode() == (
            f"subject=Hello+%26+bye&last=Hello+%26+bye&missing=&message={message_id}"
        )

    async def test_get_sends_no_body_and_only_its_triggers_fire(self, fake, client) -> None:
        async with self.catcher() as (origin, caught):
            integration = HttpIntegration(
                name="On update", url=origin + "/u?t={{ticket.id}}", triggers=["ticket-updated"]
            )
            await provision(client, Spec(integrations=[integration]))
            ticket = await client.tickets.create(new_ticket("get@example.com"))
            await client.tickets.update(ticket.id, subject="changed")
            await fake.drain_webhooks()
        assert [(r["method"], r["query"], r["body"]) for r in caught] == [
            ("GET", {"t": str(ticket.id)}, b"")
        ]

    async def test_other_hosts_are_never_called(self, fake, client) -> None:
        await client.tickets.create(new_ticket("far@example.com"))
        await fake.drain_webhooks()
        seeded = [d for d in fake.webhook_deliveries if "crm.example.com" in d.url]
        assert seeded  # the seeded integrations fire on ticket-created
        assert {d.outcome for d in seeded} == {"skipped"}
        assert all("loopback" in (d.error or "") for d in seeded)

    async def test_failures_are_recorded_once_each(self, fake, client) -> None:
        async with self.catcher(status=500) as (origin, caught):
            broken = HttpIntegration(name="Broken", url=origin + "/x", method="POST")
            gone = HttpIntegration(
                name="Gone", url=f"http://127.0.0.1:{free_port()}/", method="POST"
            )
            await provision(client, Spec(integrations=[broken, gone]))
            await client.tickets.create(new_ticket("fail@example.com"))
            await fake.drain_webhooks()
        ours = {d.url: d for d in fake.webhook_deliveries if "127.0.0.1" in d.url}
        assert len(caught) == 1  # sent once: no retry
        assert ours[origin + "/x"].outcome == "failed"
        assert ours[origin + "/x"].status == 500
        refused = ours[gone.url]
        assert (refused.outcome, refused.status) == ("failed", None)
        assert "Connect" in (refused.error or "")

    async def test_an_integration_failing_too_often_is_disabled(
        self, fake, client, monkeypatch
    ) -> None:
        monkeypatch.setattr(fake_webhooks, "DISABLE_AFTER", 3)
        gone = HttpIntegration(name="Gone", url=f"http://127.0.0.1:{free_port()}/", method="POST")
        report = await provision(client, Spec(integrations=[gone]))
        integration_id = report.entries[0].id
        for number in range(4):
            await client.tickets.create(new_ticket(f"n{number}@example.com"))
            await fake.drain_webhooks()
        ours = [d for d in fake.webhook_deliveries if d.integration_id == integration_id]
        assert len(ours) == 3
        assert (await client.integrations.get(integration_id)).deactivated_datetime


class TestWebhookSpec:
    """``Webhook`` expands to one checked integration per trigger; its secret stays hidden."""

    def test_one_integration_per_trigger(self) -> None:
        hook = Webhook(name="Bot", url="https://bot.example.com/gorgias/", secret=SECRET)
        integrations = Spec(integrations=[hook]).integrations
        assert [i.name for i in integrations] == [f"Bot ({t})" for t in TRIGGERS]
        body = integrations[2].body()["http"]
        assert body["method"] == "POST"
        assert body["headers"] == {DEFAULT_HEADER: SECRET}
        assert body["form"]["event"] == "ticket-message-created"
        assert body["form"]["message_id"] == "{{message.id}}"
        assert body["triggers"] == {
            "ticket-created": False,
            "ticket-updated": False,
            "ticket-message-created": True,
        }
        assert SECRET not in repr(hook)
        assert SECRET not in repr(integrations)

    @pytest.mark.parametrize(
        ("fields", "says"),
        [
            ({"secret": "short"}, "16"),
            ({"url": "ftp://x"}, "not an http"),
            ({"url": "https://x/{{tickets.id}}"}, "unknown template variable root"),
            ({"triggers": []}, "at least one trigger"),
            ({"triggers": ["ticket-deleted"]}, "unknown trigger"),
            ({"name": " "}, "name"),
            ({"header": ""}, "header"),
        ],
    )
    def test_bad_specs_are_refused(self, fields: dict[str, Any], says: str) -> None:
        options: dict[str, Any] = {
            "name": "Bot",
            "url": "https://bot.example.com/",
            "secret": SECRET,
        }
        with pytest.raises(ValueError, match=says):
            Webhook(**(options | fields))


def reconciled(
    client: AsyncGorgias, into: list[WebhookEvent], position: Path, poll_interval: float = 60
) -> WebhookReceiver:
    """A receiver collecting every trigger ``into``, reconciled with the feed."""
    hooks = WebhookReceiver(secret=SECRET)
    collecting(hooks, into)
    hooks.reconcile(client, checkpoint=position, poll_interval=poll_interval)
    return hooks


def outcomes(fake: FakeGorgias, url: str) -> list[str]:
    return [d.outcome for d in fake.webhook_deliveries if d.url == url]


class TestReconciled:
    """Receiver and feed together: each event to the handlers exactly once, also those
    that happened while the receiver was down."""

    async def test_stopped_and_restarted(self, fake: FakeGorgias, tmp_path: Path) -> None:
        position = tmp_path / "hooks.position"
        port = free_port()
        url = f"http://127.0.0.1:{port}/gorgias/"
        seen: list[WebhookEvent] = []
        async with client_for(fake) as client:

            def receiver() -> WebhookReceiver:  # what a restarted process builds again
                # A long poll interval: events come this fast only because deliveries
                # wake the feed up.
                return reconciled(client, seen, position, poll_interval=30)

            await provision(
                client, Spec(integrations=[Webhook(name="Bot", url=url, secret=SECRET)])
            )
            start = max(event["id"] for event in fake.items("events"))
            writes = TestDeliveredByTheFake().written
            async with aiohttp_served(receiver(), port):
                await until(position.exists)
                await writes(client)
                await until(lambda: len(seen) == len(triggered(fake, start)), timeout=15)
            # Down: Gorgias' requests fail, the events wait in the feed.
            failed_before = outcomes(fake, url).count("failed")
            await writes(client)
            await fake.drain_webhooks()
            assert outcomes(fake, url).count("failed") > failed_before
            async with aiohttp_served(receiver(), port):
                # The missed ones, from the feed, as soon as the receiver is back.
                await until(lambda: len(seen) == len(triggered(fake, start)), timeout=15)
                await writes(client)
                await until(lambda: len(seen) == len(triggered(fake, start)), timeout=15)
                await asyncio.sleep(0.2)
        assert list(map(identity, seen)) == triggered(fake, start)  # once each, in order
        expected_ids = [
            event_id
            for event_id in log_order(fake, after=start)
            if fake.state.collection("events").get(event_id)["type"] in TRIGGERS
        ]
        assert [event.event_id for event in seen] == expected_ids
        assert {event.source for event in seen} == {"feed"}
        assert "delivered" in outcomes(fake, url)

    async def test_a_delivery_ahead_of_the_feed_keeps_reading_until_it_shows(
        self, fake: FakeGorgias, tmp_path: Path
    ) -> None:
        seen: list[WebhookEvent] = []
        async with client_for(fake) as client:
            async with aiohttp_served(reconciled(client, seen, tmp_path / "p.json")) as url:
                await until((tmp_path / "p.json").exists)
                ticket = fake.items("tickets")[0]
                body = delivery("ticket-updated", ticket_id=str(ticket["id"]))
                assert (await post(url, body, AUTH))[0] == 200
                await asyncio.sleep(1.5)  # the feed does not show it yet: read again, and again
                assert seen == []
                fake.state.record_event("tickets", "updated", ticket)
                await until(lambda: len(seen) == 1, timeout=10)  # not the 60 s poll
        assert isinstance(seen[0], TicketUpdated)
        assert seen[0].ticket_id == ticket["id"]
        assert seen[0].source == "feed"

    async def test_a_plain_asgi_app_starts_the_feed_from_its_lifespan(
        self, fake: FakeGorgias, tmp_path: Path
    ) -> None:
        seen: list[WebhookEvent] = []
        async with client_for(fake) as client:
            hooks = reconciled(client, seen, tmp_path / "p.json")
            async with uvicorn_served(hooks.asgi_app()) as origin:
                await until((tmp_path / "p.json").exists)  # started by the lifespan
                url = origin + "/any/path"
                await provision(
                    client, Spec(integrations=[Webhook(name="B", url=url, secret=SECRET)])
                )
                start = max(event["id"] for event in fake.items("events"))
                await TestDeliveredByTheFake().written(client)
                await until(lambda: len(seen) == len(triggered(fake, start)), timeout=15)
            assert hooks._worker is None  # stopped by the lifespan
        assert list(map(identity, seen)) == triggered(fake, start)

    def test_reconcile_needs_a_checkpoint(self, client) -> None:
        hooks = WebhookReceiver(secret=SECRET)
        with pytest.raises(TypeError, match="needs a checkpoint"):
            hooks.reconcile(client, checkpoint=None)  # type: ignore[arg-type]
        with pytest.raises(ValueError, match="poll_interval"):
            hooks.reconcile(client, checkpoint="p.json", poll_interval=0)


class TestTheExample:
    """``examples/react_to_events.py --sandbox`` runs as the README says."""

    def test_sandbox_run(self, capsys: pytest.CaptureFixture[str]) -> None:
        from .provision.test_provision import load_example

        assert load_example("react_to_events").main(["--sandbox"]) == 0
        out = capsys.readouterr().out
        up, down, again = (
            out.split("receiver up:")[1].split("receiver down")[0],
            out.split("receiver down")[1].split("receiver up again")[0],
            out.split("receiver up again")[1].split("the change stream alone")[0],
        )
        for part in (up, again):
            assert part.count("ticket-created") == 1
            assert part.count("ticket-message-created") == 2
        assert "requests failed" in down
        assert "each once, in order" in out
