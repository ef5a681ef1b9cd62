"""The export job against the fake server: complete, exactly once, resumable."""

from __future__ import annotations

import asyncio
import base64
import csv
import sqlite3
from collections.abc import Mapping
from typing import Any

import aiohttp
import orjson
import pytest

from gorgias_async._params import encode_params
from gorgias_async.errors import InternalServerError, error_from_response
from gorgias_async.export import FORMATS
from gorgias_async.export._job import export
from gorgias_async.export._plan import BY_NAME, STREAMS
from gorgias_async.testing import FakeGorgias, Fault

from ._read import records, snapshot

COUNTS = {"customers": 15, "tickets": 40, "users": 4, "macros": 5, "voice_calls": 3}


class BareClient:
    """The smallest requester: one aiohttp session with Basic auth (no retries); an error
    status raises our typed errors, as any client's does."""

    def __init__(self, fake: FakeGorgias) -> None:
        token = base64.b64encode(f"{fake.username}:{fake.api_key}".encode()).decode()
        self.base_url = fake.base_url
        self.session = aiohttp.ClientSession(headers={"Authorization": f"Basic {token}"})
        self.requests = 0

    async def request(self, method: str, path: str, *, params: Mapping[str, Any] | None = None):
        self.requests += 1
        query = encode_params(params)
        async with self.session.request(method, self.base_url + path, params=query) as response:
            if response.status >= 400:
                raise error_from_response(
                    method=method,
                    path=path,
                    status=response.status,
                    body=await response.read(),
                    headers=response.headers,
                    cursor=(params or {}).get("cursor"),
                )
            return await response.json()


@pytest.fixture
async def fake():
    async with FakeGorgias(seed=4, rate_limit=None, **COUNTS) as server:
        yield server


@pytest.fixture
async def client(fake):
    bare = BareClient(fake)
    yield bare
    await bare.session.close()


def read_jsonl(path):
    return [orjson.loads(line) for line in path.read_bytes().splitlines()]


def expected(fake: FakeGorgias, name: str) -> list[dict[str, Any]]:
    return fake.items(name)


class TestFullExport:
    """A full export equals the account exactly, in every format."""

    async def test_jsonl_equals_seeded_data(self, fake, client, tmp_path):
        result = await export(client, out_dir=tmp_path)
        for stream in STREAMS:
            records = read_jsonl(tmp_path / f"{stream.name}.jsonl")
            assert sorted(records, key=lambda r: r["id"]) == expected(fake, stream.name), stream
            assert result.counts[stream.name] == len(records)
        manifest = orjson.loads((tmp_path / "manifest.json").read_bytes())
        assert manifest["resources"]["tickets"]["count"] == 40

    async def test_minimum_requests(self, fake, client, tmp_path):
        await export(client, ["tickets", "messages", "customers"], tmp_path, page_size=10)
        pages = {
            name: -(-len(fake.items(name)) // 10) for name in ("tickets", "messages", "customers")
        }
        assert client.requests == sum(pages.values())
        assert not any("/tickets/" in r.path for r in fake.requests)  # no per-ticket calls

    async def test_csv_keeps_whole_records(self, fake, client, tmp_path):
        await export(client, ["tickets"], tmp_path, format="csv")
        with (tmp_path / "tickets.csv").open() as handle:
            rows = list(csv.DictReader(handle))
        assert list(rows[0]) == ["id", *(c.path for c in BY_NAME["tickets"].columns), "record"]
        records = sorted((orjson.loads(r["record"]) for r in rows), key=lambda r: r["id"])
        assert records == expected(fake, "tickets")

    async def test_sqlite_tables_keyed_by_id(self, fake, client, tmp_path):
        await export(client, ["tickets", "customers"], tmp_path, format="sqlite")
        db = sqlite3.connect(tmp_path / "gorgias.sqlite")
        rows = db.execute(
            "SELECT id, status, customer_id, record FROM tickets ORDER BY id"
        ).fetchall()
        assert [orjson.loads(r[3]) for r in rows] == expected(fake, "tickets")
        assert rows[0][1] in ("open", "closed")
        assert rows[0][2] == expected(fake, "tickets")[0]["customer"]["id"]

    async def test_unknown_resource_and_format_fail_before_any_request(self, client, tmp_path):
        with pytest.raises(ValueError, match="resources"):
            await export(client, ["nope"], tmp_path)
        with pytest.raises(ValueError, match="format"):
            await export(client, ["tickets"], tmp_path, format="xml")
        assert client.requests == 0


class TestResume:
    """A run that dies mid-way continues where it stopped, writing nothing twice."""

    @pytest.mark.parametrize("fmt", FORMATS)
    async def test_crash_then_resume_equals_uninterrupted(self, fake, client, tmp_path, fmt):
        fake.faults.add(Fault.status(500, path="/tickets", nth=[3]))
        with pytest.raises(InternalServerError):  # the first error, not a group
            await export(client, ["tickets", "customers"], tmp_path / "a", format=fmt, page_size=7)
        await export(client, ["tickets", "customers"], tmp_path / "a", format=fmt, page_size=7)
        await export(client, ["tickets", "customers"], tmp_path / "b", format=fmt, page_size=7)
        names = ["tickets", "customers"]
        assert snapshot(tmp_path / "a", fmt, names) == snapshot(tmp_path / "b", fmt, names)

    async def test_partial_page_after_checkpoint_is_cut(self, fake, client, tmp_path):
        """A crash between appending a page and checkpointing it leaves bytes past the
        checkpointed offset; the resumed run cuts them and writes each record once."""
        fake.faults.add(Fault.status(500, path="/tickets", nth=[2]))
        with pytest.raises(InternalServerError):
            await export(client, ["tickets"], tmp_path, page_size=10)
        first_page = (tmp_path / "tickets.jsonl").read_bytes()
        assert len(first_page.splitlines()) == 10
        with (tmp_path / "tickets.jsonl").open("ab") as handle:
            handle.write(b'{"id": 99999, "half": ')
        await export(client, ["tickets"], tmp_path, page_size=10)
        records = read_jsonl(tmp_path / "tickets.jsonl")
        assert sorted(r["id"] for r in records) == [t["id"] for t in expected(fake, "tickets")]
        assert (tmp_path / "tickets.jsonl").read_bytes().startswith(first_page)

    async def test_expired_cursor_falls_back_and_dedupes(self, tmp_path):
        async with FakeGorgias(seed=4, rate_limit=None, cursor_ttl=0.3, **COUNTS) as fake:
            bare = BareClient(fake)
            try:
                fake.faults.add(Fault.status(500, path="/tickets", nth=[3]))
                with pytest.raises(InternalServerError):
                    await export(bare, ["tickets"], tmp_path, page_size=10)
                written = len(read_jsonl(tmp_path / "tickets.jsonl"))
                await asyncio.sleep(0.4)  # the saved cursor is now expired
                await export(bare, ["tickets"], tmp_path, page_size=10)
            finally:
                await bare.session.close()
            restarts = [r for r in fake.requests if r.status == 400]
            records = read_jsonl(tmp_path / "tickets.jsonl")
        assert written == 20
        assert len(restarts) == 1
        assert sorted(r["id"] for r in records) == [t["id"] for t in fake.items("tickets")]


class TestIncremental:
    """A second run into the same directory fetches only the changes and converges."""

    @pytest.mark.parametrize("fmt", FORMATS)
    async def test_changes_are_merged_and_deletions_applied(self, fake, client, tmp_path, fmt):
        names = ["tickets", "customers", "messages", "events"]
        await export(client, names, tmp_path, format=fmt, page_size=10)
        full_requests = client.requests
        # Change the account: update, create, delete.
        message = {
            "channel": "email",
            "via": "api",
            "from_agent": False,
            "sender": {"email": "late@example.org"},
            "body_text": "hello again",
        }
        async with client.session.put(fake.base_url + "/tickets/5", json={"status": "closed"}):
            pass
        async with client.session.post(
            fake.base_url + "/tickets", json={"messages": [message]}
        ) as response:
            created = await response.json()
        async with client.session.delete(fake.base_url + "/tickets/7"):
            pass
        async with client.session.put(fake.base_url + "/customers/3", json={"note": "vip"}):
            pass
        before = client.requests
        result = await export(client, names, tmp_path, format=fmt, page_size=10)
        incremental_requests = client.requests - before
        assert incremental_requests < full_requests / 2
        assert set(result.modes.values()) == {"incremental"}
        for name in ("tickets", "customers", "messages"):
            assert sorted(read_output(tmp_path, name, fmt), key=lambda r: r["id"]) == (
                fake.items(name)
            ), name
        tickets = {t["id"]: t for t in read_output(tmp_path, "tickets", fmt)}
        assert tickets[5]["status"] == "closed"
        assert created["id"] in tickets
        assert 7 not in tickets

    async def test_since_from_the_caller_sorts_and_stops(self, tmp_path):
        """Only records updated after ``since``: the newest-first walk stops early."""
        async with FakeGorgias(seed=4, tickets=400, customers=10, rate_limit=None) as fake:
            bare = BareClient(fake)
            try:
                await export(bare, ["tickets"], tmp_path, since="2030-01-01T00:00:00Z", page_size=5)
            finally:
                await bare.session.close()
            newer = [t for t in fake.items("tickets") if t["updated_datetime"] >= "2030"]
            ticket_pages = [r for r in fake.requests if r.path == "/tickets"]
        assert newer  # the seed has a few future-dated tickets
        got = sorted(read_jsonl(tmp_path / "tickets.jsonl"), key=lambda r: r["id"])
        assert got == newer
        assert len(ticket_pages) <= len(newer) // 5 + 2


def read_output(path, name, fmt):
    return records(path, fmt, name)


class TestStorms:
    """Injected 429s and 5xx change nothing in the output (the real client retries)."""

    async def test_429_and_5xx_storm_leaves_the_output_unchanged(self, fake, tmp_path):
        from gorgias_async import AsyncGorgias

        names = ["tickets", "messages", "customers", "events"]
        options = {
            "base_url": fake.base_url,
            "username": fake.username,
            "api_key": fake.api_key,
            "rate_limit": None,
            "retry_base_delay": 0.001,
            "max_retries": 20,
        }
        async with AsyncGorgias(**options) as client:
            await export(client, names, tmp_path / "calm", page_size=10)
            fake.faults.add(
                Fault.status(429, probability=0.2, retry_after=0.001),
                Fault.status(503, probability=0.15),
                Fault.status(502, probability=0.05),
            )
            await export(client, names, tmp_path / "storm", page_size=10)
            assert client.stats.retries > 0
        for name in names:
            calm = (tmp_path / "calm" / f"{name}.jsonl").read_bytes()
            assert (tmp_path / "storm" / f"{name}.jsonl").read_bytes() == calm, name
