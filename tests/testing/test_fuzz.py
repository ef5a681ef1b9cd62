"""Property-based: every operation of the spec, valid and broken input, never a 5xx, and
(when validated) every success answer shaped as the spec's response schema says.

Each operation gets ``GORGIAS_FUZZ_EXAMPLES`` generated requests (25 by default, about
2,500 in all, seconds); afterwards the fake's indexes are consistent and
every list endpoint still answers. A larger local run::

    GORGIAS_FUZZ_EXAMPLES=50 GORGIAS_FUZZ_RANDOM=1 python -m pytest -m fuzz -q

``GORGIAS_FUZZ_RANDOM=1`` draws new examples each run (the default replays a fixed set).
"""

from __future__ import annotations

import base64
import http.client
import os
from collections import Counter
from collections.abc import Iterator

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gorgias_async.testing import FakeGorgias
from gorgias_async.testing._conformance import response_problems
from gorgias_async.testing._resources import RESOURCES
from gorgias_async.testing._spec import Operation, operations

from ._strategies import Request, requests

pytestmark = pytest.mark.fuzz

EXAMPLES = int(os.environ.get("GORGIAS_FUZZ_EXAMPLES", "25"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    derandomize=not os.environ.get("GORGIAS_FUZZ_RANDOM"),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
SEEN: Counter[int] = Counter()
#: Mostly ids of seeded objects, sometimes ones that do not exist.
IDS = st.sampled_from(range(1, 13)) | st.sampled_from(range(1, 13)) | st.integers(0, 2**63)


@pytest.fixture(scope="module", params=[True, False], ids=["validated", "unvalidated"])
def fake(request: pytest.FixtureRequest) -> Iterator[FakeGorgias]:
    """The fake as users run it (validated), and without the ``testing`` extra (whatever it
    then stores unchecked, it must not crash on, nor corrupt its indexes)."""
    options = {"seed": 11, "customers": 12, "tickets": 12, "rate_limit": None}
    SEEN.clear()
    with FakeGorgias(**options, validate=request.param).run_in_thread() as f:
        yield f
    # Shown with ``-s``: how many generated requests ran, and what they got.
    print(f"\nfuzz: {sum(SEEN.values())} generated requests, by status {sorted(SEEN.items())}")


@pytest.fixture(scope="module")
def connection(fake: FakeGorgias) -> Iterator[http.client.HTTPConnection]:
    conn = http.client.HTTPConnection("127.0.0.1", fake.port, timeout=30)
    yield conn
    conn.close()


def auth(fake: FakeGorgias) -> str:
    return "Basic " + base64.b64encode(f"{fake.username}:{fake.api_key}".encode()).decode()


def send(
    conn: http.client.HTTPConnection, fake: FakeGorgias, request: Request
) -> tuple[int, bytes]:
    headers = dict(request.headers, Authorization=auth(fake))
    for attempt in (1, 2):
        try:
            conn.request(request.method, request.target, body=request.body, headers=headers)
            response = conn.getresponse()
            return response.status, response.read()
        except (http.client.HTTPException, ConnectionError):
            conn.close()  # the server closed a kept-alive socket: reconnect once
            if attempt == 2:
                raise
    raise AssertionError("unreachable")


def assert_healthy(conn: http.client.HTTPConnection, fake: FakeGorgias) -> None:
    """Consistent indexes, and every list endpoint answers a page."""
    for name, collection in fake.state.store.collections.items():
        assert collection.consistent(), name
    for resource in RESOURCES:
        query = "?object_type=Ticket" if resource.name == "custom_fields" else ""
        target = Request("GET", f"/api{resource.path}{query}", {}, None, "list")
        status, body = send(conn, fake, target)
        assert status == 200, (resource.path, body[:300])


@pytest.mark.parametrize("operation", operations(), ids=lambda op: f"{op.method} {op.template}")
def test_no_server_error(
    operation: Operation, fake: FakeGorgias, connection: http.client.HTTPConnection
) -> None:
    @FUZZ
    @given(requests(operation, IDS))
    def never_5xx(request: Request) -> None:
        status, body = send(connection, fake, request)
        SEEN[status] += 1
        assert status < 500, (request, body[:500])
        if fake.validates and 200 <= status < 300 and body[:1] in (b"{", b"["):
            path = request.target.split("?")[0].removeprefix("/api")
            problems = response_problems(request.method, path, status, orjson.loads(body))
            assert problems == [], (request, problems)

    never_5xx()
    assert_healthy(connection, fake)
