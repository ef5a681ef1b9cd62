"""Read what the account has, find the spec's objects in it, and decide what to do.

Everything here but :func:`read_account` is pure. An object's identity: an HTTP
integration by ``type`` and ``name``, a macro by ``name``, a widget by the id of the
integration it is bound to and its ``context``. Several objects with one name are
reported; the one with the lowest id is the one managed.

Comparison looks only at the fields the spec sets, the way the server echoes them:
objects the server may enrich (``http`` gains an ``id``, an action may gain a
``description``, a template node an ``order``) are compared on the keys the spec sends,
lists of them item by item (a list of another length differs); free-form maps whose
every key matters (``headers``, ``form``, ``json``, ``params``, ``body``, ``arguments``)
are compared whole. Trigger maps are
compared as the set of enabled triggers (hyphenated or underscored), ``null`` headers and
forms as empty, methods case-insensitively.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final, Literal, TypeAlias

import attrs

from ..models import unstructure
from ..models._base import thaw
from ._spec import HttpIntegration, Macro, Spec, Widget

if TYPE_CHECKING:
    from ..client import AsyncGorgias

__all__ = ["Account", "Step", "differences", "plan_step", "read_account"]

Item: TypeAlias = dict[str, Any]
Target: TypeAlias = HttpIntegration | Widget | Macro

#: Values compared whole, never key by key.
_WHOLE: Final = frozenset({"headers", "form", "json", "params", "body", "arguments", "triggers"})
_EMPTY_IS_NULL: Final = frozenset({"headers", "form", "params"})


@attrs.frozen
class Account:
    """The account's objects of the kinds a spec manages, as plain JSON, by ascending id."""

    integrations: tuple[Item, ...] = ()
    widgets: tuple[Item, ...] = ()
    macros: tuple[Item, ...] = ()

    def integrations_named(self, name: str) -> list[Item]:
        """The HTTP integrations called ``name``."""
        return [i for i in self.integrations if i.get("type") == "http" and i.get("name") == name]

    def macros_named(self, name: str) -> list[Item]:
        """The macros called ``name``."""
        return [macro for macro in self.macros if macro.get("name") == name]

    def widgets_of(self, widget: Widget, integration_ids: Sequence[int]) -> list[Item]:
        """The widgets in ``widget``'s context bound to one of ``integration_ids``."""
        return [
            item
            for item in self.widgets
            if item.get("integration_id") in integration_ids
            and item.get("context", "ticket") == widget.context
        ]


async def _collect(items: AsyncIterator[Any]) -> tuple[Item, ...]:
    found = [unstructure(item) async for item in items]
    return tuple(sorted(found, key=lambda item: item["id"]))


async def _nothing() -> tuple[Item, ...]:
    return ()


async def read_account(client: AsyncGorgias, spec: Spec) -> Account:
    """List the account's HTTP integrations, widgets and macros (those the spec needs)."""
    integrations, widgets, macros = await asyncio.gather(
        _collect(client.integrations.fetch_all(type="http")) if spec.integrations else _nothing(),
        _collect(client.widgets.fetch_all()) if spec.widgets else _nothing(),
        _collect(client.macros.fetch_all()) if spec.macros else _nothing(),
    )
    return Account(integrations, widgets, macros)


def _normal(key: str, value: Any) -> Any:
    value = thaw(value)
    if key == "triggers":
        if not isinstance(value, Mapping):
            return value if value else []
        return sorted(str(name).replace("_", "-") for name, on in value.items() if on)
    if key in _EMPTY_IS_NULL and value is None:
        return {}
    if key == "method" and isinstance(value, str):
        return value.upper()
    return value


def differences(want: Mapping[str, Any], have: Mapping[str, Any], prefix: str = "") -> list[str]:
    """The dotted paths of ``want`` (a body) that ``have`` (the server's echo) differs on."""
    found: list[str] = []
    for key, value in want.items():
        path = f"{prefix}{key}"
        current = have.get(key)
        if key not in _WHOLE and isinstance(value, Mapping) and isinstance(current, Mapping):
            found += differences(value, current, f"{path}.")
        elif (
            key not in _WHOLE
            and isinstance(value, list)
            and isinstance(current, list | tuple)
            and len(value) == len(current)
            and all(isinstance(item, Mapping) for item in [*value, *current])
        ):
            for index, (item, echoed) in enumerate(zip(value, current, strict=True)):
                found += differences(item, echoed, f"{path}[{index}].")
        elif _normal(key, value) != _normal(key, current):
            found.append(path)
    return found


@attrs.frozen(kw_only=True)
class Step:
    """What to do with one object of the spec."""

    target: Target
    action: Literal["created", "updated", "unchanged"]
    id: int | None
    body: Item
    changes: tuple[str, ...] = ()
    note: str = ""


def plan_step(target: Target, matches: Sequence[Item], ids: Mapping[str, int | None]) -> Step:
    """Create ``target`` if nothing matches, else update the first match if it differs."""
    body = target.body(ids)
    if not matches:
        return Step(target=target, action="created", id=None, body=body)
    current = matches[0]
    note = ""
    if len(matches) > 1:
        others = ", ".join(str(item["id"]) for item in matches[1:])
        note = f"duplicates left alone: {others}"
    changes = tuple(differences(body, current))
    action: Literal["updated", "unchanged"] = "updated" if changes else "unchanged"
    return Step(
        target=target, action=action, id=current["id"], body=body, changes=changes, note=note
    )
