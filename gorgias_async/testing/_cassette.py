"""Recorded exchanges with an account (a cassette): scrubbed of secrets, saved as JSON lines.

A :class:`Recorder` writes them; ``FakeGorgias(replay=path)`` answers a request that
matches a recorded one (method, path, query and JSON body) with the recorded answer, in
the order they were recorded (the last one repeats).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import attrs

from .. import _json
from .._redact import MASK

#: Keys whose values are secrets wherever they appear in a body.
SECRET_KEYS = re.compile(
    r"(?i)^(api_?key|password|passwd|secret|client_secret|access_token|refresh_token|token|"
    r"authorization|x-api-(key|token)|.*-(token|secret|key))$"
)
#: Answer headers worth keeping (the rest is transport noise, or a cookie).
KEPT_HEADERS = ("Content-Type", "X-Gorgias-Account-Api-Call-Limit", "Retry-After", "Location")
_SIGNATURE = re.compile(r"(?i)(signature|token|key)=[^&]+")


@attrs.frozen
class Exchange:
    """One request and the answer it got, as JSON-ready data."""

    method: str
    path: str  # relative to the API base: "/tickets/1"
    query: dict[str, list[str]]
    body: Any  # the request's JSON body (None: none; a string: not JSON)
    status: int
    headers: dict[str, str]
    response: Any  # the answer's JSON (a string when it is not JSON, None when empty)

    @property
    def key(self) -> tuple[str, str, bytes, bytes]:
        """What a replayed request must match."""
        return (self.method, self.path, _canonical(self.query), _canonical(self.body))

    def to_json(self) -> bytes:
        """One line of a cassette."""
        return _json.dumps(attrs.asdict(self), option=_json.SORT_KEYS)


def _canonical(value: Any) -> bytes:
    return _json.dumps(value, option=_json.SORT_KEYS)


def scrub(value: Any, secrets: Iterable[str] = ()) -> Any:
    """``value`` with secret-named keys masked and every known secret string replaced."""
    known = [secret for secret in secrets if secret and len(secret) >= 4]
    return _scrub(value, known)


def _scrub(value: Any, secrets: list[str]) -> Any:
    if isinstance(value, Mapping):
        return {
            key: MASK
            if SECRET_KEYS.match(str(key)) and value[key] not in (None, "")
            else _scrub(value[key], secrets)
            for key in value
        }
    if isinstance(value, list):
        return [_scrub(item, secrets) for item in value]
    if isinstance(value, str):
        for secret in secrets:
            value = value.replace(secret, MASK)
        return _SIGNATURE.sub(lambda m: f"{m.group(1)}={MASK}", value)
    return value


class Cassette:
    """The exchanges of one recording, in order, and the replay position of each request."""

    def __init__(self, exchanges: Iterable[Exchange] = ()) -> None:
        self.exchanges: list[Exchange] = list(exchanges)
        self._served: dict[tuple[str, str, bytes, bytes], int] = {}

    def __iter__(self) -> Iterator[Exchange]:
        return iter(self.exchanges)

    def __len__(self) -> int:
        return len(self.exchanges)

    def append(self, exchange: Exchange) -> None:
        """Add one exchange at the end."""
        self.exchanges.append(exchange)

    def save(self, path: str | Path) -> None:
        """Write every exchange to ``path`` (JSON lines)."""
        Path(path).write_bytes(b"".join(e.to_json() + b"\n" for e in self.exchanges))

    @classmethod
    def load(cls, path: str | Path) -> Cassette:
        """Read a cassette written by :meth:`save`."""
        exchanges = []
        for line in Path(path).read_bytes().splitlines():
            if line.strip():
                exchanges.append(Exchange(**_json.loads(line)))
        return cls(exchanges)

    def answer(
        self, method: str, path: str, query: dict[str, list[str]], body: Any
    ) -> Exchange | None:
        """The recorded answer to this request (the next one if it was recorded several times)."""
        key = (method, path, _canonical(query), _canonical(body))
        matches = [e for e in self.exchanges if e.key == key]
        if not matches:
            return None
        position = self._served.get(key, 0)
        self._served[key] = position + 1
        return matches[min(position, len(matches) - 1)]
