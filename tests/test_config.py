"""Configuration is checked at construction: bad input never reaches the network."""

from __future__ import annotations

import pytest

from gorgias_async import AsyncGorgias, BasicAuth, OAuth2, RateLimit
from gorgias_async._config import normalize_domain

CREDS = {"username": "me@acme.com", "api_key": "k3y-secret"}


class TestDomain:
    """Pasted forms are accepted; anything else that is not one DNS label is refused."""

    @pytest.mark.parametrize(
        "value",
        [
            "acme",
            "ACME",
            "acme.gorgias.com",
            "https://acme.gorgias.com",
            "https://acme.gorgias.com/",
            "https://acme.gorgias.com/api",
            "http://acme.gorgias.com/api/",
            " acme ",
        ],
    )
    def test_pasted_forms(self, value):
        assert normalize_domain(value) == "acme"

    @pytest.mark.parametrize(
        "value",
        [
            "acme.gorgias.com.evil.com",
            "acme@evil.com",
            "evil.com#",
            "https://evil.com",
            "evil.com/",
            "a" * 64,
            "-acme",
            "acme-",
            "ac me",
            "",
            "acme.gorgias.com@evil.com",
            "https://acme.gorgias.com.evil.com/api",
            "acme?x=1",
            "acme:8080",
        ],
    )
    def test_crafted_values_raise_naming_domain(self, value, mocked):
        with pytest.raises(ValueError, match="domain"):
            AsyncGorgias(value, **CREDS)
        assert not mocked.requests  # nothing was sent anywhere

    def test_domain_builds_the_base_url(self):
        assert AsyncGorgias("acme.gorgias.com", **CREDS).base_url == "https://acme.gorgias.com/api"

    @pytest.mark.parametrize(
        "url",
        ["ftp://x/api", "http://u:p@host/api", "http://host/api?x=1", "not a url", "http:///api"],
    )
    def test_bad_base_url(self, url):
        with pytest.raises(ValueError, match="base_url"):
            AsyncGorgias(base_url=url, **CREDS)


class TestOptions:
    """Every option is validated and named in the error."""

    @pytest.mark.parametrize("value", [0, 26, -1])
    def test_max_concurrency_range(self, value):
        with pytest.raises(ValueError, match="max_concurrency"):
            AsyncGorgias("acme", max_concurrency=value, **CREDS)

    def test_max_concurrency_type(self):
        with pytest.raises(TypeError, match="max_concurrency"):
            AsyncGorgias("acme", max_concurrency="8", **CREDS)  # type: ignore[arg-type]

    @pytest.mark.parametrize(
        ("option", "value"),
        [("timeout", 0), ("timeout", -1), ("max_retries", -1), ("max_retry_time", 0)],
    )
    def test_numbers(self, option, value):
        with pytest.raises(ValueError, match=option):
            AsyncGorgias("acme", **CREDS, **{option: value})

    def test_rate_limit_type_and_values(self):
        with pytest.raises(TypeError, match="rate_limit"):
            AsyncGorgias("acme", rate_limit=40, **CREDS)  # type: ignore[arg-type]
        with pytest.raises(ValueError, match="capacity"):
            RateLimit(capacity=0)
        with pytest.raises(ValueError, match="window"):
            RateLimit(window=0)

    def test_credentials_required_and_exclusive(self, monkeypatch):
        for name in ("GORGIAS_USERNAME", "GORGIAS_API_KEY", "GORGIAS_ACCESS_TOKEN"):
            monkeypatch.delenv(name, raising=False)
        with pytest.raises(ValueError, match="credentials"):
            AsyncGorgias("acme")
        with pytest.raises(ValueError, match="api_key"):
            AsyncGorgias("acme", username="me@acme.com")
        with pytest.raises(ValueError, match="auth"):
            AsyncGorgias("acme", auth=BasicAuth("a@b.c", "k"), api_key="k")

    def test_default_budget_follows_auth_kind(self):
        assert AsyncGorgias("acme", **CREDS).rate_limit.capacity == 40
        assert AsyncGorgias("acme", auth=OAuth2("tok")).rate_limit.capacity == 80
        assert AsyncGorgias("acme", rate_limit=None, **CREDS).rate_limit is None

    def test_environment_fallbacks(self, monkeypatch):
        monkeypatch.setenv("GORGIAS_DOMAIN", "envco")
        monkeypatch.setenv("GORGIAS_USERNAME", "env@envco.com")
        monkeypatch.setenv("GORGIAS_API_KEY", "env-key")
        client = AsyncGorgias()
        assert client.base_url == "https://envco.gorgias.com/api"
        assert client.auth.username == "env@envco.com"
        monkeypatch.setenv("GORGIAS_BASE_URL", "http://127.0.0.1:9/api")
        assert AsyncGorgias().base_url == "http://127.0.0.1:9/api"

    def test_with_options_copies_and_shares_the_budget(self):
        client = AsyncGorgias("acme", **CREDS)
        copy = client.with_options(max_concurrency=3, timeout=5)
        assert copy is not client
        assert copy.max_concurrency == 3
        assert copy.base_url == client.base_url
        assert copy.rate_limit is client.rate_limit
        assert copy.auth is client.auth
        with pytest.raises(ValueError, match="max_concurrency"):
            client.with_options(max_concurrency=99)
