"""A user's tests against the fake Gorgias from the installed wheel: both fixtures."""

import pytest

from gorgias_async import AsyncGorgias, BadRequestError, Gorgias


@pytest.mark.asyncio
@pytest.mark.gorgias_fake(tickets=12)
async def test_async_client_against_the_async_fixture(gorgias_fake):
    async with AsyncGorgias(
        base_url=gorgias_fake.base_url,
        username=gorgias_fake.username,
        api_key=gorgias_fake.api_key,
    ) as client:
        tickets = [ticket async for ticket in client.tickets.fetch_all(page_size=5)]
        assert len(tickets) == 12
        with pytest.raises(BadRequestError) as refused:
            await client.tags.create(name=False)  # validated against the spec
        assert "name" in refused.value.field_errors


@pytest.mark.gorgias_fake(customers=4)
def test_blocking_client_against_the_sync_fixture(gorgias_fake_sync):
    with Gorgias(
        base_url=gorgias_fake_sync.base_url,
        username=gorgias_fake_sync.username,
        api_key=gorgias_fake_sync.api_key,
    ) as client:
        assert len(client.customers.list(limit=100).data) == 4
        created = client.tags.create(name="from-a-user-suite")
        assert client.tags.get(created.id).name == "from-a-user-suite"
    assert gorgias_fake_sync.stats.requests == 3
