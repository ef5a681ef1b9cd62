"""``provision`` and ``teardown``: make an account match a spec, or remove what it names."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

import attrs

from ..errors import NotFoundError
from ._plan import Account, Item, Step, plan_step, read_account
from ._report import ProvisionReport, ReportEntry
from ._spec import Spec

if TYPE_CHECKING:
    from ..client import AsyncGorgias

__all__ = ["provision", "teardown"]


class _Service(Protocol):
    async def create(self, params: Any = None, /, **fields: Any) -> Any: ...

    async def update(self, id: int, params: Any = None, /, **fields: Any) -> Any: ...

    async def delete(self, id: int) -> None: ...


async def _apply(service: _Service, step: Step, dry_run: bool) -> ReportEntry:
    target = step.target
    entry = ReportEntry(
        kind=target.kind,
        name=target.label,
        outcome=step.action,
        id=step.id,
        body=step.body if step.action != "unchanged" else None,
        changes=step.changes,
        note=step.note,
    )
    if dry_run or step.action == "unchanged":
        return entry
    if step.action == "created":
        created = await service.create(step.body)
        return attrs.evolve(entry, id=created.id)
    assert step.id is not None
    await service.update(step.id, step.body)
    return entry


async def provision(client: AsyncGorgias, spec: Spec, *, dry_run: bool = False) -> ProvisionReport:
    """Make the account hold the spec's integrations, widgets and macros; idempotent.

    Lists the account's HTTP integrations, widgets and macros, then, in that order (a
    widget needs its integration's id), creates each object of the spec that is missing
    and updates each one that differs on the fields the spec sets (the whole body of the
    spec object is sent); everything else on the account is left alone. Running it again
    changes nothing, and repairs whatever was edited or deleted by hand since.

    With ``dry_run=True`` nothing is written: the report holds the plan, each create and
    update with its exact body (an integration that would be created first shows in its
    widget's body as ``"<id of 'name'>"``).

    Raises:
        APIError: a request failed; objects handled before it stay as they are, and a
            re-run carries on from there. (Template mistakes never get this far: the spec
            raised ValueError when it was built.)
    """
    account = await read_account(client, spec)
    entries: list[ReportEntry] = []
    ids: dict[str, int | None] = {}
    for integration in spec.integrations:
        step = plan_step(integration, account.integrations_named(integration.name), ids)
        entry = await _apply(client.integrations, step, dry_run)
        ids[integration.name] = entry.id
        entries.append(entry)
    for widget in spec.widgets:
        bound = ids.get(widget.integration)
        matches = account.widgets_of(widget, [] if bound is None else [bound])
        entries.append(await _apply(client.widgets, plan_step(widget, matches, ids), dry_run))
    for macro in spec.macros:
        step = plan_step(macro, account.macros_named(macro.name), ids)
        entries.append(await _apply(client.macros, step, dry_run))
    return ProvisionReport(operation="provision", entries=tuple(entries), dry_run=dry_run)


async def _delete(
    service: _Service, kind: str, name: str, matches: list[Item], dry_run: bool
) -> list[ReportEntry]:
    entries: list[ReportEntry] = []
    for item in matches:
        if not dry_run:
            try:
                await service.delete(item["id"])
            except NotFoundError:  # deleted meanwhile: the goal is met
                entries.append(ReportEntry(kind=kind, name=name, outcome="absent", id=item["id"]))
                continue
        entries.append(ReportEntry(kind=kind, name=name, outcome="deleted", id=item["id"]))
    return entries or [ReportEntry(kind=kind, name=name, outcome="absent")]


async def teardown(client: AsyncGorgias, spec: Spec, *, dry_run: bool = False) -> ProvisionReport:
    """Delete the objects the spec names (found as :func:`provision` finds them), only those.

    Macros go first, then widgets, then integrations. Every object matching a spec
    object is deleted (duplicates by name included); the report says ``deleted`` (with the
    id) or ``absent``. With ``dry_run=True`` nothing is written.
    """
    account: Account = await read_account(client, spec)
    entries: list[ReportEntry] = []
    for macro in spec.macros:
        matches = account.macros_named(macro.name)
        entries += await _delete(client.macros, macro.kind, macro.label, matches, dry_run)
    for widget in spec.widgets:
        bound = [item["id"] for item in account.integrations_named(widget.integration)]
        matches = account.widgets_of(widget, bound)
        entries += await _delete(client.widgets, widget.kind, widget.label, matches, dry_run)
    for integration in spec.integrations:
        matches = account.integrations_named(integration.name)
        entries += await _delete(
            client.integrations, integration.kind, integration.label, matches, dry_run
        )
    return ProvisionReport(operation="teardown", entries=tuple(entries), dry_run=dry_run)
