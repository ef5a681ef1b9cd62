"""Every service method against the fake, through a recording proxy: each request the client
sends conforms to the spec, and each answer the fake gives matches the spec's response
schema (under the documented deviations in ``gorgias_async.testing._deviations``)."""

from __future__ import annotations

import pytest

from gorgias_async import AsyncGorgias
from gorgias_async.testing import FakeGorgias, Recorder
from gorgias_async.testing._conformance import request_problems, response_problems

from ..resources._cases import Case, run_case
from ..resources.test_coverage import TABLES

CASES = [case for table in TABLES for case in table.CASES]


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
async def test_requests_and_answers_conform(case: Case, fake: FakeGorgias) -> None:
    async with Recorder(fake.base_url) as recorder:
        async with AsyncGorgias(
            base_url=recorder.base_url,
            username=fake.username,
            api_key=fake.api_key,
            rate_limit=None,
            retry_base_delay=0.001,
        ) as client:
            await run_case(case, fake, client)
    problems = []
    for exchange in recorder.cassette:
        if exchange.path.startswith("/_signed/"):
            continue  # the target of a download's redirect: outside the API
        where = f"{exchange.method} {exchange.path} → {exchange.status}"
        if exchange.status != 400:  # a 400 is the fake refusing what the case sent on purpose
            query, body = exchange.query, exchange.body
            problems += [
                f"{where}: request {p}"
                for p in request_problems(exchange.method, exchange.path, query, body)
            ]
        answer = response_problems(
            exchange.method, exchange.path, exchange.status, exchange.response
        )
        problems += [f"{where}: answer {p}" for p in answer]
    assert problems == []
