"""The fake's aiohttp application: the gateway (faults, auth, bucket, log) and the routes."""

from __future__ import annotations

import asyncio
import base64
import binascii
import hmac
import math
import time
from typing import Any

from aiohttp import web
from aiohttp.typedefs import Handler

from .._json import dumps as json_dumps
from . import _extras, _jobs, _validation
from ._crud import generic_routes, state_of
from ._faults import Fault
from ._http import STATE, ApiError, decoded, json_response
from ._resources import RESOURCES
from ._state import AccountState, RecordedRequest, one_transaction

RATE_HEADER = "X-Gorgias-Account-Api-Call-Limit"
AUTH_KIND: web.RequestKey[str | None] = web.RequestKey("auth_kind", str)


def authenticate(state: AccountState, header: str) -> str | None:
    """The auth kind (``basic``/``bearer``) of a valid Authorization header, else None."""
    scheme, _, credentials = header.partition(" ")
    if scheme.lower() == "basic":
        try:
            decoded = base64.b64decode(credentials, validate=True).decode()
        except (binascii.Error, UnicodeDecodeError):
            return None
        username, _, api_key = decoded.partition(":")
        valid = hmac.compare_digest(username, state.username) and hmac.compare_digest(
            api_key, state.api_key
        )
        return "basic" if valid else None
    if scheme.lower() == "bearer" and state.bearer_valid(credentials.strip()):
        return "bearer"
    return None


def retry_after_value(seconds: float, time_scale: float) -> str:
    """Whole seconds as Gorgias sends them; fractions when the clock is scaled."""
    if time_scale == 1.0:
        return str(max(1, math.ceil(seconds)))
    return f"{max(0.001, seconds):.3f}"


async def _answer(
    request: web.Request, handler: Handler, faults: list[Fault]
) -> web.StreamResponse:
    """Auth, bucket, then the handler — unless a status fault answers first."""
    state = state_of(request)
    for fault in faults:
        if fault.kind == "answer":
            if isinstance(fault.body, bytes):
                return web.Response(status=fault.code, body=fault.body)
            return json_response(fault.body, status=fault.code)
        if fault.kind == "status":
            response = ApiError(fault.code, "Injected failure.", fault.body).response()
            if fault.code == 429:
                wait = fault.retry_after if fault.retry_after is not None else 1
                response.headers["Retry-After"] = f"{wait:g}"
            return response
    if not request.path.startswith("/api/"):
        return await handler(request)
    kind = authenticate(state, request.headers.get("Authorization", ""))
    request[AUTH_KIND] = kind
    if kind is None:
        return ApiError(401, "Unauthorized: invalid or missing credentials.").response()
    headers = {}
    if state.bucket is not None:
        verdict = state.bucket.take(kind)
        headers[RATE_HEADER] = f"{verdict.used}/{verdict.limit}"
        if not verdict.allowed:
            state.stats.rate_limited += 1
            response = ApiError(
                429, "Too many requests: the API call limit is exceeded."
            ).response()
            response.headers.update(headers)
            response.headers["Retry-After"] = retry_after_value(
                verdict.retry_after, state.time_scale
            )
            return response
    answer: web.StreamResponse
    try:
        recorded = await _replayed(request, state)
        if recorded is not None:
            answer = recorded
        else:
            if state.validate:
                await _validation.validate(request)
            answer = await handler(request)
    except ApiError as error:
        answer = error.response()
    except (web.HTTPNotFound, web.HTTPMethodNotAllowed) as error:
        answer = ApiError(error.status, error.reason).response()
    answer.headers.update(headers)
    return answer


async def _replayed(request: web.Request, state: AccountState) -> web.Response | None:
    """The recorded answer to ``request`` when a cassette is replayed and has one."""
    if state.replay is None:
        return None
    query = {key: request.query.getall(key) for key in request.query}
    found = state.replay.answer(
        request.method, request.path[4:], query, await _request_body(request)
    )
    if found is None:
        return None
    body = found.response
    raw = b"" if body is None else body.encode() if isinstance(body, str) else json_dumps(body)
    return web.Response(status=found.status, body=raw, headers=found.headers)


async def _deliver(
    request: web.Request, response: web.StreamResponse, faults: list[Fault]
) -> web.StreamResponse:
    """Send ``response`` as the body faults say: whole, truncated, invalid or slow."""
    kinds = {fault.kind: fault for fault in faults}
    if not isinstance(response, web.Response) or response.body is None:
        return response
    body = bytes(response.body)  # type: ignore[arg-type]
    if "invalid_json" in kinds:
        broken = web.Response(status=200, body=b'{"data": [', content_type="application/json")
        broken.headers.update({k: v for k, v in response.headers.items() if k.startswith("X-")})
        return broken
    if "truncate" in kinds or "slow_body" in kinds:
        stream = web.StreamResponse(status=response.status, headers=response.headers)
        stream.content_length = len(body)
        await stream.prepare(request)
        if "truncate" in kinds:
            await stream.write(body[: len(body) // 2])
            assert request.transport is not None
            request.transport.close()
            raise asyncio.CancelledError  # the connection is gone: nothing more to send
        delay = kinds["slow_body"].seconds / 4
        for start in range(0, len(body), max(1, math.ceil(len(body) / 4))):
            await asyncio.sleep(delay)
            await stream.write(body[start : start + math.ceil(len(body) / 4)])
        await stream.write_eof()
        return stream
    return response


async def _request_body(request: web.Request) -> Any:
    """The body to record: parsed JSON, raw text if not JSON, None if absent or multipart.

    ``request.read()`` caches the bytes, so the handler can still read them.
    """
    if not request.body_exists or request.content_type.startswith("multipart/"):
        return None
    return decoded(await request.read())


@web.middleware
async def gateway(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Every request passes here: counted, logged, faulted, authenticated and metered."""
    state = state_of(request)
    stats = state.stats
    stats.requests += 1
    stats.in_flight += 1
    stats.peak_in_flight = max(stats.peak_in_flight, stats.in_flight)
    number = stats.requests
    started = time.monotonic()
    status = 599
    api_path = request.path[4:] if request.path.startswith("/api/") else request.path
    body = None
    try:
        body = await _request_body(request)
        faults = state.faults.firing(request.method, api_path) if state.faults else []
        delay = state.latency + sum(f.seconds for f in faults if f.kind == "latency")
        if delay:
            await asyncio.sleep(delay)
        if any(fault.kind == "drop" for fault in faults):
            assert request.transport is not None
            request.transport.close()
            raise asyncio.CancelledError  # nothing is sent on a dropped connection
        with one_transaction():
            response = await _answer(request, handler, faults)
        response.headers["X-Request-Id"] = f"req-{number:08d}"
        status = response.status
        return await _deliver(request, response, faults)
    except web.HTTPException as exc:
        status = exc.status
        raise
    finally:
        stats.in_flight -= 1
        stats.by_status[status] = stats.by_status.get(status, 0) + 1
        state.requests.append(
            RecordedRequest(
                method=request.method,
                path=api_path,
                query={key: request.query.getall(key) for key in request.query},
                status=status,
                started=started,
                elapsed=time.monotonic() - started,
                auth_kind=request.get(AUTH_KIND),
                body=body,
                headers={k: v for k, v in request.headers.items() if k.lower() != "authorization"},
            )
        )


def make_app(state: AccountState) -> web.Application:
    """The aiohttp application serving ``state`` as a Gorgias account."""
    app = web.Application(middlewares=[gateway], client_max_size=50 * 1024 * 1024)
    app[STATE] = state
    # Specific routes first: `/customers/merge` must win over `/customers/{id}`.
    app.router.add_routes(_extras.routes)
    app.router.add_routes(_jobs.routes)
    for resource in RESOURCES:
        app.router.add_routes(generic_routes(resource))
    return app
