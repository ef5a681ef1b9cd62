"""Keeping secrets out of logs, reprs, exception messages and written files.

The one redactor, in two strengths; both take the secrets to mask explicitly (a client's
are ``client.auth.secrets()``: every credential it has held, refreshed-away tokens
included):

- :func:`redact` for our own text (messages, logs): the secrets, and anything shaped like
  a credential (``Bearer …``, ``api_key=…``);
- :func:`mask_secrets` for the user's data (a bulk write's journal of records): only the
  secrets, so a record that says "token: 42" keeps its words.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable

MASK = "***"
_SENSITIVE_KEYS = re.compile(
    r"(?i)\b(api_key|apikey|password|passwd|secret|client_secret|access_token|refresh_token|"
    r"token|authorization)\b(\s*[=:]\s*|['\"]\s*:\s*['\"]?)([^\s&,'\"}]+)"
)
_BEARER_OR_BASIC = re.compile(r"(?i)\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+")


def mask(value: str | None) -> str:
    """``***`` for a set secret, ``None`` for none: what a repr shows."""
    return "None" if value is None else repr(MASK)


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
