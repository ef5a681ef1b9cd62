"""What provisioning (or tearing down) did, or would do: one entry per object."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final, Literal, TypeAlias

import attrs

__all__ = ["OUTCOMES", "Outcome", "ProvisionReport", "ReportEntry"]

#: ``created``/``updated``/``unchanged`` (provision), ``deleted``/``absent`` (teardown).
Outcome: TypeAlias = Literal["created", "updated", "unchanged", "deleted", "absent"]
OUTCOMES: Final[dict[str, tuple[Outcome, ...]]] = {
    "provision": ("created", "updated", "unchanged"),
    "teardown": ("deleted", "absent"),
}
_WOULD: Final = {
    "created": "would create",
    "updated": "would update",
    "deleted": "would delete",
}


@attrs.frozen(kw_only=True)
class ReportEntry:
    """One object of the spec and what happened to it.

    Attributes:
        kind: ``integration``, ``widget`` or ``macro``.
        name: its name (a widget's is ``<integration> (<context>)``).
        outcome: see :data:`Outcome`; in a dry run, what *would* happen.
        id: the object's id on the account (``None`` if absent or not created yet).
        body: the exact body sent (or, in a dry run, that would be sent) by a create or
            update; ``None`` otherwise. Left out of ``repr`` (headers may hold a token).
        changes: the fields that differed from the account, for an update.
        note: anything else worth knowing (duplicates by name…).
    """

    kind: str
    name: str
    outcome: Outcome
    id: int | None = None
    body: Mapping[str, Any] | None = attrs.field(default=None, eq=False, repr=False)
    changes: tuple[str, ...] = ()
    note: str = ""


@attrs.frozen(kw_only=True)
class ProvisionReport:
    """The entries of one :func:`provision` or :func:`teardown` run, in the order applied.

    ``str(report)`` is a table; :attr:`counts` the number of entries per outcome.
    """

    operation: Literal["provision", "teardown"]
    entries: tuple[ReportEntry, ...]
    dry_run: bool = False

    @property
    def counts(self) -> dict[Outcome, int]:
        """Entries per outcome, every outcome of the operation present (zero or more)."""
        counts = dict.fromkeys(OUTCOMES[self.operation], 0)
        for entry in self.entries:
            counts[entry.outcome] = counts.get(entry.outcome, 0) + 1
        return counts

    @property
    def changed(self) -> bool:
        """Whether anything was (or, dry, would be) created, updated or deleted."""
        return any(entry.outcome in _WOULD for entry in self.entries)

    def with_outcome(self, outcome: Outcome) -> tuple[ReportEntry, ...]:
        """The entries with ``outcome``."""
        return tuple(entry for entry in self.entries if entry.outcome == outcome)

    def entry(self, kind: str, name: str) -> ReportEntry:
        """The (first) entry of ``kind`` named ``name``; KeyError if none."""
        for entry in self.entries:
            if entry.kind == kind and entry.name == name:
                return entry
        raise KeyError((kind, name))

    def _label(self, outcome: Outcome) -> str:
        """``outcome`` as shown: ``would create`` and so on in a dry run."""
        return _WOULD.get(outcome, outcome) if self.dry_run else outcome

    def summary(self) -> str:
        """One line: ``provision: created 2, updated 1, unchanged 10``."""
        counts = ", ".join(
            f"{self._label(outcome)} {count}" for outcome, count in self.counts.items()
        )
        dry = " (dry run: nothing sent)" if self.dry_run else ""
        return f"{self.operation}{dry}: {counts}"

    def __str__(self) -> str:
        rows = [("KIND", "NAME", "OUTCOME", "ID", "DETAIL")]
        for entry in self.entries:
            outcome = self._label(entry.outcome)
            detail = ", ".join(entry.changes)
            if entry.note:
                detail = f"{detail}; {entry.note}" if detail else entry.note
            ident = "-" if entry.id is None else str(entry.id)
            rows.append((entry.kind, entry.name, outcome, ident, detail))
        widths = [max(len(row[column]) for row in rows) for column in range(4)]
        lines = [
            "  ".join(cell.ljust(width) for cell, width in zip(row[:4], widths, strict=True))
            + ("  " + row[4] if row[4] else "")
            for row in rows
        ]
        lines.append(self.summary())
        return "\n".join(line.rstrip() for line in lines)
