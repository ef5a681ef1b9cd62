"""Files as a low-code component uses them: several in one upload, an upload attached as
is, a download by ``(domain_hash, resource_name)``. Real HTTP against the fake, async and
blocking."""

from __future__ import annotations

import asyncio
import io
from pathlib import Path

import pytest

from gorgias_async.models import UploadedFile

from ._clients import blocking

MESSAGE = {
    "channel": "email",
    "via": "api",
    "from_agent": True,
    "sender": {"email": "agent@example.org"},
    "source": {"type": "email", "from": {"address": "agent@example.org"}, "to": []},
    "body_text": "Your invoice",
}


class TestUploadedFileAsAttachment:
    """Red on main: ``TypeError: Object of type UploadedFile is not JSON serializable``."""

    async def test_create_a_message_with_the_upload_itself(self, fake, client):
        uploaded = await client.files.upload(b"%PDF-1.7", name="invoice.pdf")
        ticket = fake.items("tickets")[0]["id"]
        message = await client.messages.create(ticket, MESSAGE, attachments=[uploaded])
        (attachment,) = message.attachments
        assert attachment.url == uploaded.url
        stored = fake.state.collection("messages").get(message.id)
        assert stored["attachments"][0]["size"] == 8  # an integer, as the schema types it

    async def test_in_a_bulk_write_and_a_ticket_create(self, fake, client):
        uploaded = await client.files.upload(b"abc", name="a.txt")
        ticket = fake.items("tickets")[0]["id"]
        record = {"ticket_id": ticket, **MESSAGE, "attachments": [uploaded]}
        (result,) = [r async for r in client.messages.bulk_create([record])]
        assert result.status == "created", result.error
        created = await client.tickets.create(
            subject="With a file", messages=[{**MESSAGE, "attachments": [uploaded]}]
        )
        assert created.id

    async def test_blocking_client(self, fake):
        ticket = fake.items("tickets")[0]["id"]

        def run() -> str:
            with blocking(fake) as client:
                uploaded = client.files.upload(b"x", name="x.txt")
                message = client.messages.create(ticket, MESSAGE, attachments=[uploaded])
                return str(message.attachments[0].url)

        assert (await asyncio.to_thread(run)).startswith("https://uploads.gorgias.io/")


class TestUploadMany:
    async def test_several_files_in_one_request(self, fake, client, tmp_path):
        path = tmp_path / "photo.png"
        path.write_bytes(b"\x89PNG....")
        uploaded = await client.files.upload_many(
            [path, ("notes.txt", b"hello"), ("data.csv", io.BytesIO(b"a,b\n"), "text/csv")]
        )
        assert [u.name for u in uploaded] == ["photo.png", "notes.txt", "data.csv"]
        assert [u.size for u in uploaded] == [8, 5, 4]
        assert [u.content_type for u in uploaded] == ["image/png", "text/plain", "text/csv"]
        assert [r.path for r in fake.requests] == ["/upload"]  # one request
        assert path.read_bytes() == b"\x89PNG...."  # the user's file is untouched

    @pytest.mark.parametrize(
        ("sources", "error", "named"),
        [
            ([], ValueError, "sources"),
            ("a.txt", TypeError, "sources"),
            ([("a.txt", b"1"), ("a.txt", b"2")], ValueError, "a.txt"),
            ([("a.txt",)], TypeError, "sources"),
            ([42], TypeError, "source"),
        ],
    )
    async def test_refused_before_any_request(self, fake, client, sources, error, named):
        with pytest.raises(error, match=named):
            await client.files.upload_many(sources)
        assert fake.stats.requests == 0

    async def test_blocking_client(self, fake):
        def run() -> list[UploadedFile]:
            with blocking(fake) as client:
                return client.files.upload_many([("a.txt", b"1"), ("b.txt", b"22")])

        uploaded = await asyncio.to_thread(run)
        assert [u.size for u in uploaded] == [1, 2]


class TestDownloadByHashAndName:
    async def test_by_url_or_by_hash_and_name(self, fake, client, tmp_path):
        uploaded = await client.files.upload(b"%PDF-1.7", name="a.pdf")
        domain_hash, name = str(uploaded.url).rsplit("/", 2)[1:]
        by_url = await client.files.download(uploaded.url)
        by_parts = await client.files.download(domain_hash=domain_hash, resource_name=name)
        assert by_url == by_parts == b"%PDF-1.7"
        target = tmp_path / "out.pdf"
        written = await client.files.download(
            domain_hash=domain_hash, resource_name=name, to=target
        )
        assert written == target
        assert await asyncio.to_thread(Path(target).read_bytes) == b"%PDF-1.7"

    @pytest.mark.parametrize(
        ("kwargs", "named"),
        [
            ({}, "url"),
            ({"url": "https://uploads.gorgias.io/h/n", "domain_hash": "h"}, "url"),
            ({"domain_hash": "h"}, "resource_name"),
            ({"domain_hash": "a/b", "resource_name": "n"}, "domain_hash"),
            ({"domain_hash": "h", "resource_name": ""}, "resource_name"),
        ],
    )
    async def test_refused_before_any_request(self, fake, client, kwargs, named):
        with pytest.raises((TypeError, ValueError), match=named):
            await client.files.download(**kwargs)
        assert fake.stats.requests == 0

    async def test_blocking_client(self, fake):
        def run() -> bytes | Path:
            with blocking(fake) as client:
                uploaded = client.files.upload(b"zz", name="z.bin")
                domain_hash, name = str(uploaded.url).rsplit("/", 2)[1:]
                return client.files.download(domain_hash=domain_hash, resource_name=name)

        assert await asyncio.to_thread(run) == b"zz"
