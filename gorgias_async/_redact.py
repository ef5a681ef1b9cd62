"""Keeping secrets out of logs, reprs and exception messages."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable

MASK = "***"
_SENSITIVE_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie"})
_SENSITIVE_KEYS = re.compile(
    r"(?i)\b(api_key|apikey|password|passwd|secret|client_secret|access_token|refresh_token|"
    r"token|authorization)\b(\s*[=:]\s*|['\"]\s*:\s*['\"]?)([^\s&,'\"}]+)"
)
_BEARER_OR_BASIC = re.compile(r"(?i)\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+")


def mask(value: str | None) -> str:
    """``***`` for a set secret, ``None`` for none: what a repr shows."""
    return "None" if value is None else repr(MASK)


def redact_headers(headers: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Headers with credential values masked."""
    return {
        name: (MASK if name.lower() in _SENSITIVE_HEADERS else value) for name, value in headers
    }


def mask_secrets(text: str, secrets: Iterable[str]) -> str:
    """``text`` with each of ``secrets`` (of 4 characters or more) masked, also where it
    appears JSON-escaped; nothing else is touched (records keep their words)."""
    for secret in secrets:
        if secret and len(secret) >= 4:
            text = text.replace(secret, MASK)
            escaped = json.dumps(secret)[1:-1]
            if escaped != secret:
                text = text.replace(escaped, MASK)
    return text


def redact(text: str, secrets: Iterable[str] = ()) -> str:
    """``text`` with known ``secrets`` and anything shaped like a credential masked."""
    text = mask_secrets(text, secrets)
    text = _BEARER_OR_BASIC.sub(lambda m: f"{m.group(1)} {MASK}", text)
    return _SENSITIVE_KEYS.sub(lambda m: f"{m.group(1)}{m.group(2)}{MASK}", text)
