"""Issue 16/17 conventions over real HTTP against the fake: per-call escape hatches on every
service method (async and sync), client-wide ``default_headers``, ``with_options`` sharing
the parent's connections, per-call ``debug``, raw ``dry_run`` and retry controls, the
documented filters, one error tree, and input hygiene."""

from __future__ import annotations

import gc
import logging
import warnings

import pytest

from gorgias_async import (
    AsyncGorgias,
    AuthenticationError,
    DryRun,
    Gorgias,
    GorgiasError,
    InternalServerError,
    ResponseShapeError,
)
from gorgias_async.auth import OAuth2
from gorgias_async.testing import FakeGorgias, Fault


@pytest.fixture
def fake_thread():
    """A fake in a thread, for the blocking client: ``(fake, base_url)``; it takes query
    parameters its spec does not list (the hatches carry made-up ones)."""
    loose = FakeGorgias(seed=1, customers=20, tickets=60, rate_limit=None, validate=False)
    with loose.run_in_thread() as fake:
        yield fake, fake.base_url


@pytest.fixture
async def loose():
    """The ``fake`` fixture's account, taking query parameters its spec does not list."""
    async with FakeGorgias(
        seed=1, customers=20, tickets=60, rate_limit=None, validate=False
    ) as server:
        yield server


@pytest.fixture
async def loose_client(loose):
    async with AsyncGorgias(
        base_url=loose.base_url,
        username=loose.username,
        api_key=loose.api_key,
        rate_limit=None,
        retry_base_delay=0.001,
    ) as gorgias:
        yield gorgias


def last(fake: FakeGorgias, method: str, path: str):
    found = [r for r in fake.requests if r.method == method and r.path == path]
    assert found, f"no {method} {path} among {[(r.method, r.path) for r in fake.requests]}"
    return found[-1]


# (service call with the hatches, method, path seen by the fake, a query it takes)
SAMPLES = [
    (lambda c, o: c.tickets.list(**o), "GET", "/tickets", {"trashed": "false"}),
    (lambda c, o: c.tickets.get(1, **o), "GET", "/tickets/1", {"x_probe": "1"}),
    (lambda c, o: c.customers.list(**o), "GET", "/customers", {"channel_type": "email"}),
    (lambda c, o: c.tags.list(**o), "GET", "/tags", {"search": "a"}),
    (lambda c, o: c.account.get(**o), "GET", "/account", {"x_probe": "1"}),
    (lambda c, o: c.tickets.list_tags(1, **o), "GET", "/tickets/1/tags", {"x_probe": "1"}),
]


@pytest.mark.parametrize(("call", "method", "path", "query"), SAMPLES)
async def test_extra_query_and_headers_reach_the_wire(
    loose, loose_client, call, method, path, query
):
    await call(loose_client, {"extra_query": query, "extra_headers": {"X-Probe": "p1"}})
    seen = last(loose, method, path)
    assert {key: seen.query[key] for key in query} == {k: [v] for k, v in query.items()}
    assert seen.headers["X-Probe"] == "p1"


@pytest.mark.parametrize(("call", "method", "path", "query"), SAMPLES)
def test_extra_query_and_headers_reach_the_wire_sync(fake_thread, call, method, path, query):
    fake, base_url = fake_thread
    with Gorgias(base_url=base_url, username=fake.username, api_key=fake.api_key) as client:
        call(client, {"extra_query": query, "extra_headers": {"X-Probe": "p1"}})
    seen = last(fake, method, path)
    assert {key: seen.query[key] for key in query} == {k: [v] for k, v in query.items()}
    assert seen.headers["X-Probe"] == "p1"


async def test_extra_body_is_merged_into_the_json_body(fake, client):
    tag = await client.tags.create(name="vip", extra_body={"description": "from extra_body"})
    assert last(fake, "POST", "/tags").body == {"name": "vip", "description": "from extra_body"}
    assert fake.items("tags")[-1]["description"] == "from extra_body"
    await client.tags.update(tag.id, name="vip2", extra_body={"description": "edited"})
    assert last(fake, "PUT", f"/tags/{tag.id}").body == {"name": "vip2", "description": "edited"}


def test_extra_body_reaches_the_wire_sync(fake_thread):
    fake, base_url = fake_thread
    with Gorgias(base_url=base_url, username=fake.username, api_key=fake.api_key) as client:
        client.tags.create(name="sync", extra_body={"description": "d"})
    assert last(fake, "POST", "/tags").body == {"name": "sync", "description": "d"}


async def test_fetch_all_carries_the_hatches_on_every_page(fake, client):
    items = [t async for t in client.tickets.fetch_all(page_size=25, extra_headers={"X-Walk": "w"})]
    pages = [r for r in fake.requests if r.path == "/tickets"]
    assert len(items) == 60
    assert len(pages) == 3
    assert all(r.headers.get("X-Walk") == "w" for r in pages)


async def test_get_many_carries_the_hatches_on_every_get(loose, loose_client):
    await loose_client.tickets.get_many([1, 2, 3], extra_query={"x": "y"})
    gets = [r for r in loose.requests if r.path.startswith("/tickets/")]
    assert len(gets) == 3
    assert all(r.query.get("x") == ["y"] for r in gets)


async def test_max_retries_per_call(fake, client):
    fake.faults.add(Fault.status(503, path="/tickets/1", nth=[1, 2, 3]))
    with pytest.raises(InternalServerError):
        await client.tickets.get(1, max_retries=0)
    assert len([r for r in fake.requests if r.path == "/tickets/1"]) == 1
    ticket = await client.tickets.get(1, max_retries=5)
    assert ticket.id == 1


async def test_timeout_per_call(fake, client):
    fake.faults.add(Fault.latency(2.0, path="/tickets/2"))
    with pytest.raises(GorgiasError):
        await client.tickets.get(2, timeout=0.05, max_retries=0)


async def test_options_are_checked_before_any_request(fake, client):
    with pytest.raises(TypeError, match="extra_query"):
        await client.tickets.get(1, extra_query=[("a", "b")])  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="timeout"):
        await client.tickets.get(1, timeout=-1)
    with pytest.raises(ValueError, match="max_retries"):
        await client.tickets.get(1, max_retries=-1)
    assert fake.requests == []


async def test_default_headers_on_every_call(fake):
    async with AsyncGorgias(
        base_url=fake.base_url,
        username=fake.username,
        api_key=fake.api_key,
        default_headers={"X-Tenant": "t1"},
    ) as client:
        await client.tickets.get(1)
        await client.request("GET", "/account")
        await client.tickets.get(1, extra_headers={"X-Tenant": "per-call"})
    assert [r.headers.get("X-Tenant") for r in fake.requests] == ["t1", "t1", "per-call"]


def test_default_headers_are_checked():
    with pytest.raises(ValueError, match="default_headers"):
        AsyncGorgias(
            base_url="http://x/api",
            username="u",
            api_key="k",
            default_headers={"X-A": "a\r\nX-Evil: 1"},
        )
    with pytest.raises(TypeError, match="default_headers"):
        AsyncGorgias(base_url="http://x/api", username="u", api_key="k", default_headers={"X-A": 1})  # type: ignore[dict-item]


async def test_documented_filters_are_accepted_and_filter(fake, client):
    fake.state.collection("tickets").items[1]["trashed_datetime"] = "2024-01-01T00:00:00+00:00"
    kept = await client.tickets.list(trashed=False, limit=100)
    everything = await client.tickets.list(limit=100)
    assert 1 not in {t.id for t in kept.data}
    assert 1 in {t.id for t in everything.data}
    await client.satisfaction_surveys.list(ticket_id=1)
    await client.users.list(search="a", available_first=True, order_by="email:asc")
    await client.users.list(order_by="role.name:desc")
    await client.customers.list(channel_type="email", channel_address="a@b.c")
    await client.macros.list(number_predictions=3)
    assert last(fake, "GET", "/tickets").query == {"limit": ["100"]}
    assert last(fake, "GET", "/macros").query["number_predictions"] == ["3"]


# -- with_options -------------------------------------------------------------------------


async def test_with_options_inline_opens_no_session(fake, client):
    await client.tickets.get(1)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        ticket = await client.with_options(timeout=5).tickets.get(1)
        gc.collect()
    assert ticket.id == 1
    assert not [w for w in caught if "Unclosed" in str(w.message)]
    derived = client.with_options(max_retries=0)
    assert derived._transport.sender is client._transport.sender
    await derived.aclose()
    assert not client._transport.closed  # closing the derived client closed nothing


async def test_with_options_debug_logs_every_call_of_the_derived_client(fake, client, caplog):
    with caplog.at_level(logging.INFO, logger="gorgias_async.debug"):
        await client.with_options(debug=True).tickets.get(1)
        await client.tickets.get(2)
    logged = [r.getMessage() for r in caplog.records if r.name == "gorgias_async.debug"]
    assert len(logged) == 1
    assert "/tickets/1" in logged[0]


# -- debug, dry run, raw retries (issue 17) -------------------------------------------------


async def test_debug_logs_that_call_only_with_secrets_masked(fake, client, caplog):
    with caplog.at_level(logging.INFO, logger="gorgias_async.debug"):
        await client.tickets.update(1, subject="Debugged", debug=True)
        await client.tickets.get(1)
    logged = [r.getMessage() for r in caplog.records if r.name == "gorgias_async.debug"]
    assert len(logged) == 1
    text = logged[0]
    assert "PUT" in text
    assert "/tickets/1" in text
    assert "Debugged" in text
    assert "response 2" in text
    assert "Authorization" in text
    assert fake.api_key not in text
    assert "Basic " not in text


def test_debug_sync(fake_thread, caplog):
    fake, base_url = fake_thread
    with caplog.at_level(logging.INFO, logger="gorgias_async.debug"):
        with Gorgias(base_url=base_url, username=fake.username, api_key=fake.api_key) as c:
            c.tickets.get(1, debug=True)
            c.request("GET", "/account", debug=True)
    logged = [r.getMessage() for r in caplog.records if r.name == "gorgias_async.debug"]
    assert len(logged) == 2
    assert all(fake.api_key not in m for m in logged)


async def test_dry_run_sends_nothing_and_masks_secrets(fake, client):
    dry = await client.request(
        "POST",
        "/tickets",
        params={"a": "1"},
        json={"subject": "x"},
        headers={"X-H": "h"},
        dry_run=True,
    )
    assert isinstance(dry, DryRun)
    assert dry.method == "POST"
    assert dry.url == f"{fake.base_url}/tickets?a=1"
    assert dry.headers["Authorization"] == "***"
    assert dry.headers["X-H"] == "h"
    assert dry.body == '{"subject":"x"}'
    assert fake.api_key not in repr(dry)
    assert fake.requests == []


async def test_a_secret_in_the_query_is_masked_in_the_dry_run_and_the_debug_log(
    fake, client, caplog
):
    dry = await client.request("GET", "/tickets", params={"k": fake.api_key}, dry_run=True)
    assert dry.url.startswith(f"{fake.base_url}/tickets?k=")
    assert fake.api_key not in dry.url
    with caplog.at_level(logging.INFO, logger="gorgias_async.debug"):
        with pytest.raises(GorgiasError):  # the fake refuses the unknown filter (400)
            await client.request("GET", "/tickets", params={"k": fake.api_key}, debug=True)
    logged = [r.getMessage() for r in caplog.records if r.name == "gorgias_async.debug"]
    assert len(logged) == 1
    assert "/tickets?k=" in logged[0]
    assert fake.api_key not in logged[0]


async def test_dry_run_of_a_form_and_with_oauth(fake):
    tokens = fake.issue_oauth_tokens()
    async with AsyncGorgias(base_url=fake.base_url, auth=OAuth2(tokens["access_token"])) as c:
        dry = await c.request("POST", "/x", data={"a": "b"}, dry_run=True)
    assert dry.body == {"a": "b"}
    assert dry.headers["Authorization"] == "***"
    assert tokens["access_token"] not in repr(dry)


def test_dry_run_sync(fake_thread):
    fake, base_url = fake_thread
    with Gorgias(base_url=base_url, username=fake.username, api_key=fake.api_key) as client:
        dry = client.request("DELETE", "/tickets/1", dry_run=True)
        form = client.request("POST", "/x", data={"a": "b"}, dry_run=True)
    assert form.body == {"a": "b"}
    assert dry.method == "DELETE"
    assert dry.url.endswith("/tickets/1")
    assert not [r for r in fake.requests if r.method == "DELETE"]


async def test_raw_retry_on_statuses(fake, client):
    fake.faults.add(Fault.status(409, path="/tickets/1", nth=[1, 2]))
    assert (await client.request("GET", "/tickets/1", retry_on=[409], max_retries=3))["id"] == 1
    assert len([r for r in fake.requests if r.path == "/tickets/1"]) == 3


async def test_raw_retry_on_all_still_honours_idempotency(fake, client):
    fake.faults.add(Fault.status(400, method="POST", path="/tags", nth=[1]))
    with pytest.raises(GorgiasError):
        await client.request("POST", "/tags", json={"name": "a"}, retry_on="all")
    assert len([r for r in fake.requests if r.path == "/tags"]) == 1
    fake.faults.add(Fault.status(400, method="POST", path="/tags", nth=[1]))
    fake.faults.clear()
    fake.faults.add(Fault.status(500, method="POST", path="/tags", nth=[1]))
    created = await client.request(
        "POST", "/tags", json={"name": "b"}, retry_on="all", retry_non_idempotent=True
    )
    assert created["name"] == "b"


async def test_raw_constant_delay_and_max_retries(fake, client):
    fake.faults.add(Fault.status(503, path="/account", nth=[1, 2, 3]))
    with pytest.raises(InternalServerError):
        await client.request("GET", "/account", max_retries=1, retry_delay="constant")
    assert len(fake.requests) == 2
    with pytest.raises(ValueError, match="retry_delay"):
        await client.request("GET", "/account", retry_delay="linear")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="retry_on"):
        await client.request("GET", "/account", retry_on="500")  # type: ignore[arg-type]


def test_raw_retry_controls_sync(fake_thread):
    fake, base_url = fake_thread
    fake.faults.add(Fault.status(409, path="/tickets/3", nth=[1]))
    with Gorgias(
        base_url=base_url, username=fake.username, api_key=fake.api_key, retry_base_delay=0.001
    ) as client:
        assert client.request("GET", "/tickets/3", retry_on=[409])["id"] == 3


async def test_form_data_on_raw_requests(fake, client):
    dry = await client.request("POST", "/oauth-like", data={"grant": "x", "n": 1}, dry_run=True)
    assert dry.body == {"grant": "x", "n": "1"}


# -- one error tree ------------------------------------------------------------------------


async def test_a_wrong_shaped_body_is_a_gorgias_error(fake, client):
    fake.faults.add(Fault.answer(200, [1, 2], path="/tickets/1"))
    with pytest.raises(ResponseShapeError) as caught:
        await client.tickets.get(1)
    assert isinstance(caught.value, GorgiasError)
    assert isinstance(caught.value, TypeError)


async def test_an_empty_body_is_a_gorgias_error(fake, client):
    fake.faults.add(Fault.answer(200, b"", path="/account"))
    with pytest.raises(GorgiasError):
        await client.account.get()


async def test_a_401_message_body_keeps_the_servers_words(fake, client):
    fake.faults.add(Fault.answer(401, {"message": "API key revoked by admin"}, path="/account"))
    with pytest.raises(AuthenticationError) as caught:
        await client.account.get()
    assert "API key revoked by admin" in str(caught.value)
    assert caught.value.error_message == "API key revoked by admin"


# -- input hygiene -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "options",
    [
        {"domain": "acme\n.gorgias.com"},
        {"domain": "ac\tme"},
        {"base_url": "http://127.0.0.1:1/api\r\nX: y"},
        {"base_url": "http://127.0.0.1\t:1/api"},
    ],
)
def test_control_characters_in_the_domain_or_base_url_are_refused(options):
    with pytest.raises(ValueError, match="control characters"):
        AsyncGorgias(username="u", api_key="k", **options)


def test_control_characters_in_the_base_url_env_are_refused(monkeypatch):
    monkeypatch.setenv("GORGIAS_BASE_URL", "http://127.0.0.1:1/a\npi")
    with pytest.raises(ValueError, match="control characters"):
        AsyncGorgias(username="u", api_key="k")


@pytest.mark.parametrize(
    "url",
    [
        "https://uploads.gorgias.io/../secret",
        "https://uploads.gorgias.io/abc/..",
        "https://uploads.gorgias.io/abc/%2e%2e",
        "https://uploads.gorgias.io/%2e%2e/x",
        "https://uploads.gorgias.io/abc/a%2Fb",
    ],
)
async def test_download_refuses_segments_leaving_the_download_path(fake, client, url):
    with pytest.raises(ValueError, match="url"):
        await client.files.download(url)
    assert fake.requests == []


@pytest.mark.parametrize(
    ("changes", "match"),
    [
        ({"state": ""}, "state"),
        ({"redirect_uri": "javascript:alert(1)"}, "redirect_uri"),
        ({"redirect_uri": "ftp://x/cb"}, "redirect_uri"),
    ],
)
def test_authorize_url_refuses_empty_state_and_odd_redirects(changes, match):
    arguments = {
        "domain_or_origin": "acme",
        "client_id": "id",
        "redirect_uri": "https://app.example/cb",
        "scopes": ["offline"],
        "state": "s3cret",
        **changes,
    }
    with pytest.raises(ValueError, match=match):
        OAuth2.authorize_url(**arguments)
