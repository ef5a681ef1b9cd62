"""Opaque cursors in Gorgias' own shape: base64 of ``[direction, sort key, id]``.

Gorgias' cursors decode to e.g. ``["next", "2021-01-01T01:00:00", 51]``. Ours add the
order they belong to and the time they were issued, so a cursor can expire and cannot be
replayed against another ordering.
"""

from __future__ import annotations

import base64
import binascii
from typing import Any

import attrs

from .._json import dumps as json_dumps
from .._json import loads as json_loads


class CursorError(ValueError):
    """The cursor is malformed, belongs to another ordering, or has expired."""


@attrs.frozen
class Cursor:
    """A position between two items of one ordering."""

    direction: str  # "next": items after `key`; "prev": items before it
    key: tuple[Any, ...]
    order_by: str
    issued: float

    def encode(self) -> str:
        """The opaque string handed to clients."""
        raw = json_dumps([self.direction, list(self.key), self.order_by, round(self.issued, 3)])
        return base64.urlsafe_b64encode(raw).decode("ascii")

    @classmethod
    def decode(cls, token: str, *, order_by: str, now: float, ttl: float | None) -> Cursor:
        """Parse ``token`` for a listing ordered by ``order_by`` at time ``now``."""
        try:
            direction, key, cursor_order, issued = json_loads(base64.urlsafe_b64decode(token))
        except (binascii.Error, ValueError, TypeError) as exc:
            raise CursorError("Invalid cursor.") from exc
        if direction not in ("next", "prev") or not isinstance(key, list):
            raise CursorError("Invalid cursor.")
        if cursor_order != order_by:
            raise CursorError("Cursor does not match the requested ordering.")
        if ttl is not None and now - float(issued) > ttl:
            raise CursorError("Cursor expired.")
        return cls(direction, tuple(key), cursor_order, float(issued))
