"""Gorgias template variables: validation before anything is sent, and integration references.

Gorgias expands ``{{ticket.customer.email}}``-style variables in an HTTP integration's
``url``/``headers``/``form``, in macro actions and in widget buttons. A typo there fails
silently on the live account (the variable renders empty), so builders check every string
they will send: braces must pair up and each variable must start at a known root.

A spec often needs the data an HTTP integration stored on the customer, which Gorgias keeps
under ``ticket.customer.integrations.<integration id>``; that id only exists once the
integration is created. :func:`integration_data` writes a reference by the integration's
*spec name* (``@{CRM orders}``), which provisioning replaces with the id.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any, Final

__all__ = [
    "TEMPLATE_ROOTS",
    "check_template",
    "check_strings",
    "integration_data",
    "integration_refs",
    "resolve_refs",
]

#: The roots a Gorgias template variable may start with: the ticket (and, through it, its
#: customer, messages and integration data), the agent applying the macro, and the message
#: that triggered a rule or integration.
TEMPLATE_ROOTS: Final = frozenset({"ticket", "current_user", "message"})

_VARIABLE = re.compile(r"\{\{(.*?)\}\}", re.DOTALL)
_ROOT = re.compile(r"\s*([A-Za-z_][A-Za-z0-9_]*)")
_REF = re.compile(r"@\{([^{}]+)\}")


def check_template(text: str, where: str) -> None:
    """Raise ValueError (naming ``where``) unless ``text``'s variables are well formed.

    Every ``{{`` must be closed by a ``}}`` before the next ``{{``, no ``}}`` may stand
    alone, and each variable must begin with one of :data:`TEMPLATE_ROOTS` (filters and
    indexes after the root are not checked: ``{{ticket.messages[0].body_text|trim}}``).
    """
    text = _REF.sub("0", text)  # an integration reference stands for an id
    position = 0
    for match in _VARIABLE.finditer(text):
        _check_literal(text[position : match.start()], text, where)
        expression = match.group(1)
        if "{{" in expression:
            raise ValueError(f"{where}: unclosed '{{{{' in {text!r}")
        root = _ROOT.match(expression)
        if root is None:
            raise ValueError(f"{where}: empty or malformed variable '{{{{{expression}}}}}'")
        if root.group(1) not in TEMPLATE_ROOTS:
            known = ", ".join(sorted(TEMPLATE_ROOTS))
            raise ValueError(
                f"{where}: unknown template variable root {root.group(1)!r} in "
                f"'{{{{{expression}}}}}' (known roots: {known})"
            )
        position = match.end()
    _check_literal(text[position:], text, where)


def _check_literal(part: str, text: str, where: str) -> None:
    if "{{" in part:
        raise ValueError(f"{where}: unclosed '{{{{' in {text!r}")
    if "}}" in part:
        raise ValueError(f"{where}: '}}}}' without a matching '{{{{' in {text!r}")


def check_strings(value: Any, where: str) -> None:
    """:func:`check_template` on every string (keys too) inside JSON-like ``value``."""
    for path, text in _strings(value, where):
        check_template(text, path)


def _strings(value: Any, where: str) -> Iterator[tuple[str, str]]:
    if isinstance(value, str):
        yield where, value
    elif isinstance(value, Mapping):
        for key, item in value.items():
            if isinstance(key, str):
                yield f"{where} (key)", key
            yield from _strings(item, f"{where}.{key}")
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            yield from _strings(item, f"{where}[{index}]")


def integration_data(integration: str, path: str = "") -> str:
    """A variable reading what the spec's HTTP integration ``integration`` stored.

    ``integration_data("CRM orders", "orders[0].id")`` is
    ``{{ticket.customer.integrations.@{CRM orders}.orders[0].id}}``; provisioning replaces
    ``@{CRM orders}`` with the integration's id.
    """
    suffix = f".{path.lstrip('.')}" if path else ""
    return f"{{{{ticket.customer.integrations.@{{{integration}}}{suffix}}}}}"


def integration_refs(value: Any) -> set[str]:
    """The integration names referenced as ``@{name}`` anywhere in JSON-like ``value``."""
    return {name for _, text in _strings(value, "") for name in _REF.findall(text)}


def resolve_refs(value: Any, ids: Mapping[str, int | None]) -> Any:
    """A copy of JSON-like ``value`` with every ``@{name}`` replaced by ``ids[name]``.

    A name whose id is ``None`` (not created yet, in a dry run) is left as is.
    """
    if isinstance(value, str):

        def replace(match: re.Match[str]) -> str:
            found = ids.get(match.group(1))
            return match.group(0) if found is None else str(found)

        return _REF.sub(replace, value)
    if isinstance(value, Mapping):
        return {key: resolve_refs(item, ids) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [resolve_refs(item, ids) for item in value]
    return value
