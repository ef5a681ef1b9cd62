"""Fault injection for the fake server: scripted or seeded, per route.

A :class:`Fault` says what goes wrong (a status, latency, a dropped connection, a
truncated, invalid or slow body) and when: for requests matching ``method`` and ``path``
(a glob on the path after ``/api``), on their ``nth`` occurrences, with a seeded
``probability``, at most ``times`` times. The same seed gives the same failures.
"""

from __future__ import annotations

import fnmatch
import random
from collections.abc import Iterable
from typing import Any

import attrs

KINDS = ("status", "answer", "latency", "drop", "truncate", "invalid_json", "slow_body")


def _frozen_numbers(numbers: Iterable[int] | None) -> frozenset[int] | None:
    return None if numbers is None else frozenset(numbers)


@attrs.define
class Fault:
    """One rule of the fault plan. Build it with the class methods."""

    kind: str = attrs.field(validator=attrs.validators.in_(KINDS))
    method: str | None = None
    path: str | None = None
    nth: frozenset[int] | None = attrs.field(default=None, converter=_frozen_numbers)
    probability: float | None = None
    times: int | None = None
    code: int = 500
    body: Any = None
    retry_after: float | None = None
    seconds: float = 0.0
    matched: int = 0
    fired: int = 0

    @classmethod
    def status(cls, code: int, **when: Any) -> Fault:
        """Answer ``code`` (with Gorgias' error body unless ``body=`` is given)."""
        return cls("status", code=code, **when)

    @classmethod
    def answer(cls, code: int, body: Any, **when: Any) -> Fault:
        """Answer ``code`` with exactly ``body`` (bytes as they are, anything else as
        JSON): an answer of a shape Gorgias should not send, or a real one replayed."""
        return cls("answer", code=code, body=body, **when)

    @classmethod
    def latency(cls, seconds: float, **when: Any) -> Fault:
        """Delay the response by ``seconds``."""
        return cls("latency", seconds=seconds, **when)

    @classmethod
    def drop(cls, **when: Any) -> Fault:
        """Close the connection without answering."""
        return cls("drop", **when)

    @classmethod
    def truncate(cls, **when: Any) -> Fault:
        """Send the headers and half of the body, then close the connection."""
        return cls("truncate", **when)

    @classmethod
    def invalid_json(cls, **when: Any) -> Fault:
        """Answer 200 with a body that is not JSON."""
        return cls("invalid_json", **when)

    @classmethod
    def slow_body(cls, seconds: float, **when: Any) -> Fault:
        """Send the body in chunks spread over ``seconds``."""
        return cls("slow_body", seconds=seconds, **when)

    def applies(self, method: str, path: str, rng: random.Random) -> bool:
        """Count this request against the rule and say whether the fault fires."""
        if self.method is not None and self.method.upper() != method:
            return False
        if self.path is not None and not fnmatch.fnmatchcase(path, self.path):
            return False
        self.matched += 1
        if self.times is not None and self.fired >= self.times:
            return False
        if self.nth is not None and self.matched not in self.nth:
            return False
        if self.probability is not None and rng.random() >= self.probability:
            return False
        self.fired += 1
        return True


class FaultPlan:
    """The ordered fault rules of one fake server, with their seeded randomness."""

    def __init__(self, seed: int = 0) -> None:
        self.rules: list[Fault] = []
        self.rng = random.Random(seed)

    def add(self, *faults: Fault) -> None:
        """Append rules; every matching rule fires, in the order added."""
        self.rules.extend(faults)

    def clear(self) -> None:
        """Remove every rule."""
        self.rules.clear()

    def firing(self, method: str, path: str) -> list[Fault]:
        """The rules that fire for this request (each counts it as matched)."""
        return [rule for rule in self.rules if rule.applies(method, path, self.rng)]

    def __len__(self) -> int:
        return len(self.rules)
