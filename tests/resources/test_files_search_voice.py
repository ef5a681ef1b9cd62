"""``client.files``, ``client.search``, ``client.statistics`` and ``client.voice_calls``."""

from __future__ import annotations

import io

import pytest

from gorgias_async.models import (
    Statistic,
    UploadedFile,
    VoiceCall,
    VoiceCallEvent,
    VoiceCallRecording,
)

from ._cases import ANY, Case, Req, list_of, q, resource_cases, run_case

PERIOD = {"start_datetime": "2024-06-01T00:00:00Z", "end_datetime": "2024-06-30T23:59:59Z"}


def stored_name(uploaded):
    return uploaded.url.rsplit("/", 1)[1]


async def upload_invoice(client, ctx):
    return await client.files.upload(b"%PDF-1.7", name="a.pdf", content_type="application/pdf")


CASES = [
    Case(
        "files.upload",
        lambda c, x: c.files.upload(b"hello", name="note.txt", content_type="text/plain"),
        [Req("POST", "/upload", q(type="attachment"))],  # multipart: the body is not recorded
        UploadedFile,
        check=lambda r, x: (
            (r.name, r.size, r.content_type) == ("note.txt", 5, "text/plain")
            and x.fake.state.files[stored_name(r)] == ("text/plain", b"hello")
        ),
    ),
    Case(
        "files.upload",
        lambda c, x: c.files.upload(io.BytesIO(b"\x89PNG"), name="me.png", type="profile_picture"),
        [Req("POST", "/upload", q(type="profile_picture"))],
        UploadedFile,
        check=lambda r, x: x.fake.state.files[stored_name(r)][1] == b"\x89PNG",
        label="stream",
    ),
    Case(
        "files.upload_many",
        lambda c, x: c.files.upload_many([("a.txt", b"1"), ("b.json", io.BytesIO(b"{}"))]),
        [Req("POST", "/upload", q(type="attachment"))],
        list_of(UploadedFile),
        check=lambda r, x: (
            [(f.name, f.content_type) for f in r]
            == [("a.txt", "text/plain"), ("b.json", "application/json")]
        ),
    ),
    Case(
        "files.download",
        lambda c, x: c.files.download(
            domain_hash="abc123", resource_name=stored_name(x.setup), file_type="attachment"
        ),
        lambda x: [
            Req("GET", f"/attachment/download/abc123/{stored_name(x.setup)}"),
            Req("GET", f"/_signed/{stored_name(x.setup)}", q(signature=ANY)),
        ],
        lambda r, x: r == b"%PDF-1.7",
        setup=upload_invoice,
        label="by-hash-and-name",
    ),
    Case(
        "files.download",
        lambda c, x: c.files.download(x.setup.url),
        lambda x: [
            Req("GET", f"/attachment/download/abc123/{stored_name(x.setup)}"),
            Req("GET", f"/_signed/{stored_name(x.setup)}", q(signature=ANY)),  # the redirect
        ],
        lambda r, x: r == b"%PDF-1.7",
        setup=upload_invoice,
    ),
    Case(
        "search.__call__",
        lambda c, x: c.search("customer", "customer1", size=5),
        [Req("POST", "/search", body={"type": "customer", "query": "customer1", "size": 5})],
        lambda r, x: (
            isinstance(r, list)
            and len(r) == 5
            and all("customer1" in found["email"] for found in r)
        ),
    ),
    Case(
        "statistics.get",
        lambda c, x: c.statistics.get("overview", filters={"period": PERIOD, "tags": [1]}),
        [Req("POST", "/stats/overview", body={"filters": {"period": PERIOD, "tags": [1]}})],
        Statistic,
        check=lambda r, x: (
            r.data["data"]["total"] == x.count("tickets")
            and r.meta.start_datetime.raw == PERIOD["start_datetime"]
        ),
    ),
    Case(
        "statistics.download",
        lambda c, x: c.statistics.download("support-volume"),
        [Req("POST", "/stats/support-volume/download", body={"filters": {}})],
        lambda r, x: isinstance(r, bytes) and r.startswith(b"metric,value\n"),
    ),
    Case(
        "statistics.report",
        lambda c, x: c.statistics.report(
            "tickets", filters=[{"member": "status", "values": ["open"]}], limit=10
        ),
        [
            Req(
                "POST",
                "/reporting/stats",
                body={
                    "query": {
                        "scope": "tickets",
                        "filters": [{"member": "status", "values": ["open"]}],
                        "timezone": "UTC",
                    },
                    "limit": 10,
                },
            )
        ],
        lambda r, x: r == [{"scope": "tickets", "ticketCount": x.count("tickets")}],
    ),
    Case(
        "statistics.report",
        lambda c, x: c.statistics.report("agents", timezone="Europe/Paris"),
        [
            Req(
                "POST",
                "/reporting/stats",
                body={"query": {"scope": "agents", "filters": [], "timezone": "Europe/Paris"}},
            )
        ],
        lambda r, x: isinstance(r, list) and len(r) == 1,
        label="defaults",
    ),
    *resource_cases(
        "voice_calls",
        "/phone/voice-calls",
        VoiceCall,
        "voice_calls",
        ops=(),
        filters={"ticket_id": 53},
        filter_check=lambda r, x: (
            {c.id for c in r.data}
            == {c["id"] for c in x.fake.items("voice_calls") if c["ticket_id"] == 53}
        ),
    ),
    *resource_cases(
        "voice_calls.events",
        "/phone/voice-call-events",
        VoiceCallEvent,
        "voice_call_events",
        ops=(),
        filters={"call_id": 2},
        filter_check=lambda r, x: [e.call_id for e in r.data] == [2],
    ),
    *resource_cases(
        "voice_calls.recordings",
        "/phone/voice-call-recordings",
        VoiceCallRecording,
        "voice_call_recordings",
        ops=("delete",),
        filters={"call_id": 3},
        filter_check=lambda r, x: [e.call_id for e in r.data] == [3],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
async def test_call(case, fake, client):
    await run_case(case, fake, client)
