"""Every list the fake seeds round-trips through its model, byte for byte, over real HTTP.

``fetch_all`` (models) and ``paginate`` (the server's dicts) walk the same lists: each
model's ``to_dict()`` must serialise to the very bytes of the dict it was read from.
"""

from __future__ import annotations

from typing import Any

import orjson
import pytest

from gorgias_async import AsyncGorgias
from gorgias_async.models import Ticket, structure
from gorgias_async.resources import Resource
from gorgias_async.resources._catalog import CATALOG
from gorgias_async.testing import FakeGorgias

#: Every listed service of the catalog (custom fields need a filter: their test is
#: elsewhere), the voice sub-services included.
STREAMS = [entry.attribute for entry in CATALOG if entry.listable and not entry.required]


def service_of(client: AsyncGorgias, dotted: str) -> Resource[Any]:
    service: Any = client
    for part in dotted.split("."):
        service = getattr(service, part)
    assert isinstance(service, Resource)
    return service


@pytest.mark.parametrize("stream", STREAMS)
async def test_models_write_back_the_servers_bytes(
    fake: FakeGorgias, client: AsyncGorgias, stream: str
) -> None:
    service = service_of(client, stream)
    raw = [item async for item in client.paginate(service.path)]
    read = [model async for model in service.fetch_all()]
    assert raw, f"the fake seeds no {stream}"
    assert [orjson.dumps(model.to_dict()) for model in read] == [orjson.dumps(x) for x in raw]
    assert [model.to_json() for model in read] == [orjson.dumps(x).decode() for x in raw]
    assert structure(raw, list[service.model]) == read  # type: ignore[name-defined]


async def test_full_tickets_round_trip(fake: FakeGorgias, client: AsyncGorgias) -> None:
    """``GET /tickets/{id}`` (messages included) too, before and after reading everything."""
    for ticket_id in range(1, 11):
        payload = await client.request("GET", f"/tickets/{ticket_id}")
        expected = orjson.dumps(payload)
        ticket = await client.tickets.get(ticket_id)
        assert orjson.dumps(ticket.to_dict()) == expected
        assert ticket == structure(orjson.loads(expected), Ticket)
        for message in ticket.messages if ticket.messages else ():
            assert message.sender.id is not None
        assert orjson.dumps(ticket.to_dict()) == expected
