"""React to what happens in Gorgias: a webhook receiver paired with the change stream.

Gorgias calls the receiver on ``ticket-created``, ``ticket-updated`` and
``ticket-message-created`` (HTTP integrations provisioned by ``Webhook``); the receiver
checks the shared secret and reads the events feed at once, so each event reaches the
handlers exactly once, in order — also the events that happened while it was down.

Run against the embedded fake account (no credentials needed; it provisions the
webhook, writes a few tickets, stops the receiver, writes more, restarts it, and exits)::

    python examples/react_to_events.py --sandbox

or against a real account (``GORGIAS_DOMAIN``, ``GORGIAS_USERNAME``, ``GORGIAS_API_KEY``;
``GORGIAS_WEBHOOK_SECRET`` of 16+ characters; ``PUBLIC_URL``, the HTTPS address where
Gorgias reaches this process, e.g. behind a reverse proxy; ``PORT``, 8080 by default)::

    python examples/react_to_events.py            # serves until Ctrl-C
"""

from __future__ import annotations

import argparse
import asyncio
import os
import secrets
import sys
import tempfile
from collections import Counter
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from aiohttp import web

from gorgias_async import AsyncGorgias
from gorgias_async.provision import Spec, Webhook, provision
from gorgias_async.webhooks import TicketMessageCreated, WebhookEvent, WebhookReceiver

if TYPE_CHECKING:
    from gorgias_async.testing import FakeGorgias


def receiver(client: AsyncGorgias, secret: str, position: Path) -> WebhookReceiver:
    """The receiver and its handlers, reconciled with the events feed of ``client``."""
    hooks = WebhookReceiver(secret=secret)

    @hooks.on("ticket-created", "ticket-updated")
    async def ticket(event: WebhookEvent) -> None:
        print(f"  {event.type:<24} ticket {event.ticket_id}  (event {event.event_id})")

    @hooks.on("ticket-message-created")
    async def message(event: TicketMessageCreated) -> None:
        print(f"  {event.type:<24} ticket {event.ticket_id}, message {event.message_id}")

    hooks.reconcile(client, checkpoint=position, poll_interval=60)
    return hooks


@asynccontextmanager
async def served(hooks: WebhookReceiver, port: int) -> AsyncIterator[None]:
    """``hooks`` mounted at ``/gorgias/`` of an aiohttp application on ``port``."""
    app = web.Application()
    app.add_subapp("/gorgias", hooks.aiohttp_app())
    runner = web.AppRunner(app, handle_signals=False)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1" if port == 0 else "0.0.0.0", port).start()
    try:
        yield
    finally:
        await runner.cleanup()


async def write_a_conversation(client: AsyncGorgias, email: str) -> None:
    sender = {"email": email}
    first = {"channel": "email", "via": "api", "from_agent": False, "sender": sender,
             "body_text": "Where is my parcel?", "source": {"type": "email"}}  # fmt: skip
    ticket = await client.tickets.create(messages=[first], subject="Where is my parcel?")
    await client.messages.create(ticket.id, channel="email", via="api", from_agent=True,
                                 source={"type": "email"}, body_text="On its way!")  # fmt: skip
    await client.tickets.update(ticket.id, status="closed")


async def sandbox() -> None:
    from gorgias_async.testing import FakeGorgias

    secret = secrets.token_urlsafe(24)
    async with FakeGorgias(tickets=5, customers=5) as fake:
        port = _free_port()
        url = f"http://127.0.0.1:{port}/gorgias/"
        with tempfile.TemporaryDirectory() as folder:
            position = Path(folder) / "hooks.position"
            async with AsyncGorgias(
                base_url=fake.base_url, username=fake.username, api_key=fake.api_key
            ) as client:
                print(
                    await provision(
                        client, Spec(integrations=[Webhook(name="Bot", url=url, secret=secret)])
                    )
                )
                print("receiver up:")
                async with served(receiver(client, secret, position), port):
                    await write_a_conversation(client, "ada@example.com")
                    await _settle(fake)
                print("receiver down: Gorgias' requests fail meanwhile")
                await write_a_conversation(client, "bruno@example.com")
                await fake.drain_webhooks()
                failed = sum(d.outcome == "failed" for d in fake.webhook_deliveries)
                print(f"  ({failed} requests failed)")
                print("receiver up again: what was missed comes from the feed, once")
                async with served(receiver(client, secret, position), port):
                    await _settle(fake)
                print("the change stream alone, every event of the account since 2000:")
                kinds: Counter[str] = Counter()
                async for change in client.events.watch(since="2000-01-01", follow=False):
                    kinds[change.event.type or "?"] += 1
                common = ", ".join(f"{count} {kind}" for kind, count in kinds.most_common(3))
                print(f"  {kinds.total()} events, each once, in order ({common}, …)")


async def _settle(fake: FakeGorgias) -> None:
    await fake.drain_webhooks()  # every request of the fake answered
    await asyncio.sleep(0.5)  # each woke the feed up: let the handlers print


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def live() -> int:
    secret, public = os.environ.get("GORGIAS_WEBHOOK_SECRET"), os.environ.get("PUBLIC_URL")
    if not secret or not public:
        print("set GORGIAS_WEBHOOK_SECRET and PUBLIC_URL (or use --sandbox)", file=sys.stderr)
        return 2
    url = public.rstrip("/") + "/gorgias/"
    async with AsyncGorgias() as client:  # GORGIAS_DOMAIN, GORGIAS_USERNAME, GORGIAS_API_KEY
        print(
            await provision(
                client, Spec(integrations=[Webhook(name="Bot", url=url, secret=secret)])
            )
        )
        async with served(
            receiver(client, secret, Path("hooks.position")), int(os.environ.get("PORT", "8080"))
        ):
            print(f"listening; Gorgias calls {url} (Ctrl-C stops)")
            await asyncio.Event().wait()
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sandbox", action="store_true", help="use the embedded fake account")
    args = parser.parse_args(argv)
    if args.sandbox:
        asyncio.run(sandbox())
        return 0
    try:
        return asyncio.run(live())
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
