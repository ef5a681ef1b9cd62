"""Client configuration: every option and default in one place, checked at construction."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from urllib.parse import urlsplit

import attrs

from ._retry import RetryPolicy
from ._validate import check_bool, check_int, check_positive

DEFAULT_MAX_CONCURRENCY = 8
MAX_CONCURRENCY = 25
DEFAULT_TIMEOUT = 60.0

_LABEL = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$")
_PASTED = re.compile(r"^(?:https?://)?(?P<label>[^/]*?)\.gorgias\.com(?:/(?:api/?)?)?$", re.I)


_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def _refuse_control(value: str, name: str) -> None:
    # A pasted CR/LF/tab inside the value (``acme\n.gorgias.com``) would either split a
    # header or be dropped by the URL parser, naming another host than the one typed.
    inner = value.strip(" ")
    if inner.endswith("\n"):
        inner = inner.rstrip("\r\n")  # one trailing newline: a pasted line, accepted
    if _CONTROL.search(inner):
        raise ValueError(f"{name} must not contain control characters (CR, LF, tab), got {value!r}")


def check_headers(headers: object, name: str) -> dict[str, str]:
    """Header names and values as str, none with a control character (a CR/LF would
    smuggle another header in)."""
    if headers is None:
        return {}
    if not isinstance(headers, Mapping):
        raise TypeError(f"{name} must be a mapping of header names to values")
    checked: dict[str, str] = {}
    for key, value in headers.items():
        if not isinstance(key, str) or not isinstance(value, str):
            raise TypeError(f"{name}: header names and values must be str ({key!r})")
        if not key or _CONTROL.search(key) or _CONTROL.search(value.replace("\t", " ")):
            raise ValueError(f"{name}: {key!r} has an empty name or a control character")
        checked[key] = value
    return checked


def normalize_domain(domain: str) -> str:
    """The bare account label of ``domain``: ``acme``, ``acme.gorgias.com`` or its URL.

    Anything that is not exactly one DNS label once the pasted forms are stripped raises
    ValueError, so a crafted value (``acme.gorgias.com.evil.com``, ``acme@evil.com``,
    ``evil.com#``) can never send credentials to another host.
    """
    if not isinstance(domain, str):
        raise TypeError(f"domain must be a str, not {type(domain).__name__}")
    _refuse_control(domain, "domain")
    value = domain.strip()
    pasted = _PASTED.match(value)
    if pasted:
        value = pasted.group("label")
    value = value.lower()
    if not _LABEL.match(value):
        raise ValueError(
            f"domain must be your Gorgias subdomain, like 'acme' for acme.gorgias.com; "
            f"got {domain!r}"
        )
    return value


def validate_base_url(base_url: str) -> str:
    """An ``http(s)://host[:port]/path`` URL with no credentials, query or fragment."""
    return check_url(base_url, "base_url", "https://acme.gorgias.com/api").rstrip("/")


def check_url(url: object, name: str, example: str, *, query: bool = False) -> str:
    """An ``http(s)`` URL with a host and no credentials or fragment (nor a query, unless
    ``query``), stripped; TypeError/ValueError naming ``name``."""
    if not isinstance(url, str):
        raise TypeError(f"{name} must be a str, not {type(url).__name__}")
    _refuse_control(url.strip(), name)
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"{name} must be an http(s) URL like {example}, got {url!r}")
    if parts.username or parts.password or parts.fragment or "@" in parts.netloc:
        raise ValueError(f"{name} must not contain credentials or a fragment")
    if parts.query and not query:
        raise ValueError(f"{name} must not contain credentials, a query or a fragment")
    return url.strip()


def _default_headers(value: object) -> dict[str, str]:
    return check_headers(value, "default_headers")


@attrs.frozen
class ClientConfig:
    """The resolved options of a client (see :class:`~gorgias_async.AsyncGorgias`)."""

    base_url: str
    max_concurrency: int = DEFAULT_MAX_CONCURRENCY
    timeout: float = DEFAULT_TIMEOUT
    retry: RetryPolicy = attrs.field(factory=RetryPolicy)
    user_agent: str = ""
    default_headers: Mapping[str, str] = attrs.field(factory=dict, converter=_default_headers)

    def __attrs_post_init__(self) -> None:
        check_int(self.max_concurrency, "max_concurrency", low=1, high=MAX_CONCURRENCY)
        check_positive(self.timeout, "timeout")
        check_int(self.retry.max_retries, "max_retries", low=0, wrong_type=ValueError)
        check_positive(self.retry.max_time, "max_retry_time")
        check_positive(self.retry.base_delay, "retry_base_delay", zero=True)
        check_bool(self.retry.retry_non_idempotent, "retry_non_idempotent")

    @property
    def origin(self) -> str:
        """The base URL without ``/api``: where ``/oauth/token`` lives."""
        if self.base_url.endswith("/api"):
            return self.base_url[: -len("/api")]
        parts = urlsplit(self.base_url)
        return f"{parts.scheme}://{parts.netloc}"


def resolve_base_url(
    domain: str | None, base_url: str | None, env: Mapping[str, str] | None = None
) -> str:
    """``base_url`` if given, else ``https://{domain}.gorgias.com/api``; env fallbacks."""
    env = os.environ if env is None else env
    if base_url is None and domain is None:
        base_url = env.get("GORGIAS_BASE_URL") or None
        domain = env.get("GORGIAS_DOMAIN") or None
    if base_url is not None:
        return validate_base_url(base_url)
    if domain is None:
        raise ValueError(
            "domain is required (or base_url, or the GORGIAS_DOMAIN / GORGIAS_BASE_URL "
            "environment variables)"
        )
    return f"https://{normalize_domain(domain)}.gorgias.com/api"
