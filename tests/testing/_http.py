"""A bare aiohttp session for talking to the fake server in its own tests."""

from __future__ import annotations

import base64
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import aiohttp

from gorgias_async.testing import FakeGorgias


def basic_header(username: str, api_key: str) -> str:
    """The Authorization value for Basic credentials."""
    return "Basic " + base64.b64encode(f"{username}:{api_key}".encode()).decode()


@asynccontextmanager
async def api_session(fake: FakeGorgias) -> AsyncIterator[aiohttp.ClientSession]:
    """A session authenticated as the fake's own API key, rooted at its base URL."""
    headers = {"Authorization": basic_header(fake.username, fake.api_key)}
    async with aiohttp.ClientSession(fake.origin, headers=headers) as session:
        yield session


async def get_json(session: aiohttp.ClientSession, path: str, **params: Any) -> Any:
    """GET ``/api<path>`` and decode the JSON answer, asserting a 200."""
    async with session.get("/api" + path, params=params) as response:
        assert response.status == 200, await response.text()
        return await response.json()


async def walk(session: aiohttp.ClientSession, path: str, **params: Any) -> list[dict[str, Any]]:
    """Every item of a list endpoint, following ``meta.next_cursor``."""
    items: list[dict[str, Any]] = []
    cursor = None
    for _ in range(10_000):
        query = dict(params, **({"cursor": cursor} if cursor else {}))
        page = await get_json(session, path, **query)
        items.extend(page["data"])
        cursor = page["meta"]["next_cursor"]
        if not cursor:
            return items
    raise AssertionError("the walk did not end")
