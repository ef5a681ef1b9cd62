"""Typed builders of what to provision: HTTP integrations, their widgets, and macros.

Each builder is a frozen attrs class that validates itself when built (template variables
included, see :mod:`._templates`) and renders the exact body Gorgias' create/update
endpoints take. Integrations and macros are identified by name; a widget has no name, so
it is identified by the integration it is bound to (by that integration's spec name) and
its context.

Shapes marked "unverified" below follow Gorgias' helpdesk UI rather than its published
schema (which leaves macro ``arguments`` and widget button ``meta`` free-form).
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, ClassVar, Final, Literal, Protocol, TypeAlias

import attrs

from ..models._base import FrozenDict
from ._templates import check_strings, check_template, integration_refs, resolve_refs

__all__ = [
    "TRIGGERS",
    "Action",
    "AddInternalNote",
    "AddTags",
    "Button",
    "Card",
    "CardList",
    "Field",
    "HttpAction",
    "HttpIntegration",
    "Macro",
    "SetAssignee",
    "SetResponseText",
    "SetStatus",
    "SetSubject",
    "SetTeamAssignee",
    "Spec",
    "TicketAction",
    "Trigger",
    "Widget",
]

#: The ticket events that can call an HTTP integration (JSON keys, hyphenated).
Trigger: TypeAlias = Literal[
    "ticket-created", "ticket-updated", "ticket-message-created", "ticket-self-unsnoozed"
]
TRIGGERS: Final[tuple[Trigger, ...]] = (
    "ticket-created",
    "ticket-updated",
    "ticket-message-created",
    "ticket-self-unsnoozed",
)
#: The three triggers of the published schema: always sent, ``true`` or ``false``.
_BASE_TRIGGERS: Final = TRIGGERS[:3]
METHODS: Final = frozenset({"GET", "POST", "PUT", "DELETE", "HEAD", "PATCH"})
REQUEST_CONTENT_TYPES: Final = frozenset({"application/json", "application/x-www-form-urlencoded"})
RESPONSE_CONTENT_TYPES: Final = frozenset({"application/json"})
WIDGET_CONTEXTS: Final = frozenset({"ticket", "customer", "user"})
JSON: Final = "application/json"
FORM: Final = "application/x-www-form-urlencoded"


def _mapping(value: Mapping[str, Any] | None) -> Mapping[str, Any]:
    # A frozen deep copy: a caller mutating its dict cannot change a built spec.
    return FrozenDict(value or {})


def _optional_mapping(value: Mapping[str, Any] | None) -> Mapping[str, Any] | None:
    return None if value is None else _mapping(value)


def _copy(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {key: _copy(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_copy(item) for item in value]
    return value


def _upper(value: str) -> str:
    return value.upper()


def _check_name(owner: str, name: str) -> None:
    if not isinstance(name, str) or not name.strip():
        raise ValueError(f"{owner}: name must be a non-empty string")


def _check_method(where: str, method: str) -> None:
    if method not in METHODS:
        raise ValueError(f"{where}: method {method!r} is not one of {', '.join(sorted(METHODS))}")


def _check_url(where: str, url: str) -> None:
    if not url.startswith(("https://", "http://")):
        raise ValueError(f"{where}: {url!r} is not an http(s) URL")
    check_template(url, where)


# -- HTTP integration -----------------------------------------------------------------


def _triggers(value: Iterable[str]) -> tuple[Trigger, ...]:
    found: list[Trigger] = []
    for raw in value:
        name = raw.replace("_", "-")
        if name not in TRIGGERS:
            raise ValueError(f"unknown trigger {raw!r} (known: {', '.join(TRIGGERS)})")
        if name not in found:
            found.append(name)
    return tuple(found)


@attrs.frozen(kw_only=True)
class HttpIntegration:
    """An HTTP integration: Gorgias calls ``url`` on ticket events and keeps the JSON reply.

    The reply is stored on the customer under ``ticket.customer.integrations.<id>``; read
    it in other templates with :func:`integration_data` (by this integration's ``name``).

    Args:
        name: the integration's name, its identity when provisioning.
        url: the templated URL called, e.g. ``https://crm.example.com/orders?email=
            {{ticket.customer.email}}``.
        method: ``GET`` (default), ``POST``, ``PUT``, ``DELETE``, ``HEAD`` or ``PATCH``.
        headers: templated request headers (put the vendor's token here, read from the
            environment, never hard-coded).
        form: the templated request body: a JSON object, or form fields when
            ``request_content_type`` is ``application/x-www-form-urlencoded``.
        request_content_type: ``application/json`` or ``application/x-www-form-urlencoded``.
        response_content_type: ``application/json`` (the only one Gorgias reads).
        triggers: the ticket events that call it (underscored spellings are accepted).
        description: optional description.
    """

    kind: ClassVar[str] = "integration"

    name: str
    url: str
    method: str = attrs.field(default="GET", converter=_upper)
    headers: Mapping[str, Any] = attrs.field(factory=dict, converter=_mapping, repr=False)
    form: Mapping[str, Any] | None = attrs.field(default=None, converter=_optional_mapping)
    request_content_type: str = JSON
    response_content_type: str = JSON
    triggers: tuple[Trigger, ...] = attrs.field(default=("ticket-created",), converter=_triggers)
    description: str | None = None

    def __attrs_post_init__(self) -> None:
        owner = f"HttpIntegration {self.name!r}"
        _check_name(owner, self.name)
        _check_url(f"{owner}: http.url", self.url)
        _check_method(f"{owner}: http.method", self.method)
        if self.request_content_type not in REQUEST_CONTENT_TYPES:
            raise ValueError(
                f"{owner}: http.request_content_type {self.request_content_type!r} is not one "
                f"of {', '.join(sorted(REQUEST_CONTENT_TYPES))}"
            )
        if self.response_content_type not in RESPONSE_CONTENT_TYPES:
            raise ValueError(
                f"{owner}: http.response_content_type must be {JSON!r}, "
                f"not {self.response_content_type!r}"
            )
        check_strings(self.headers, f"{owner}: http.headers")
        check_strings(self.form, f"{owner}: http.form")
        if integration_refs([self.url, self.headers, self.form]):
            raise ValueError(f"{owner}: an integration cannot reference integration data")

    @property
    def label(self) -> str:
        """How reports name it."""
        return self.name

    def body(self, ids: Mapping[str, int | None] | None = None) -> dict[str, Any]:
        """The ``POST``/``PUT /integrations`` body (``ids`` is unused: no references)."""
        triggers = {name: name in self.triggers for name in _BASE_TRIGGERS}
        triggers.update({name: True for name in self.triggers if name not in _BASE_TRIGGERS})
        body: dict[str, Any] = {
            "name": self.name,
            "type": "http",
            "http": {
                "url": self.url,
                "method": self.method,
                "headers": _copy(self.headers),
                "form": _copy(self.form or {}),
                "request_content_type": self.request_content_type,
                "response_content_type": self.response_content_type,
                "triggers": triggers,
            },
        }
        if self.description is not None:
            body["description"] = self.description
        return body


# -- widget template ----------------------------------------------------------------------


@attrs.frozen
class Field:
    """One value of a card: ``path`` into the integration's JSON reply, shown as ``type``.

    ``type`` is one of the widget field types of Gorgias' editor (``text``, ``date``,
    ``email``, ``url``, ``boolean``, ``age``…).
    """

    title: str
    path: str
    type: str = "text"

    def render(self) -> dict[str, Any]:
        """The template node."""
        return {"type": self.type, "title": self.title, "path": self.path}


@attrs.frozen(kw_only=True)
class Button:
    """A button on a card calling an external URL (shape unverified: the card's
    ``meta.custom.buttons``, as Gorgias' widget editor stores it).

    ``url``, ``headers``, ``params`` and ``body`` are templates.
    """

    label: str
    url: str
    method: str = attrs.field(default="GET", converter=_upper)
    headers: Mapping[str, Any] = attrs.field(factory=dict, converter=_mapping, repr=False)
    params: Mapping[str, Any] = attrs.field(factory=dict, converter=_mapping)
    body: Mapping[str, Any] | None = attrs.field(default=None, converter=_optional_mapping)

    def check(self, where: str) -> None:
        """Raise ValueError, naming ``where``, for a bad URL, method or template."""
        _check_url(f"{where}.url", self.url)
        _check_method(f"{where}.method", self.method)
        check_strings(self.headers, f"{where}.headers")
        check_strings(self.params, f"{where}.params")
        check_strings(self.body, f"{where}.body")

    def render(self) -> dict[str, Any]:
        """The button as stored in the card's ``meta``."""
        action: dict[str, Any] = {
            "method": self.method,
            "url": self.url,
            "headers": _copy(self.headers),
            "params": _copy(self.params),
        }
        if self.body is not None:
            action["body"] = _copy(self.body)
        return {"label": self.label, "action": action}


def _nodes(value: Iterable[Card | CardList | Field]) -> tuple[Card | CardList | Field, ...]:
    return tuple(value)


def _buttons(value: Iterable[Button]) -> tuple[Button, ...]:
    return tuple(value)


@attrs.frozen(kw_only=True)
class Card:
    """A titled card of fields (and nested cards or lists) at ``path`` of the reply.

    ``path=""`` is the reply itself; ``path="customer"`` its ``customer`` object.
    """

    title: str
    path: str = ""
    widgets: tuple[Card | CardList | Field, ...] = attrs.field(default=(), converter=_nodes)
    buttons: tuple[Button, ...] = attrs.field(default=(), converter=_buttons)

    def check(self, where: str) -> None:
        """Raise ValueError for a bad button or nested node."""
        for index, button in enumerate(self.buttons):
            button.check(f"{where}.buttons[{index}]")
        for index, node in enumerate(self.widgets):
            if not isinstance(node, Field):
                node.check(f"{where}.widgets[{index}]")

    def render(self) -> dict[str, Any]:
        """The template node."""
        node: dict[str, Any] = {
            "type": "card",
            "title": self.title,
            "path": self.path,
            "widgets": [child.render() for child in self.widgets],
        }
        if self.buttons:
            node["meta"] = {"custom": {"buttons": [button.render() for button in self.buttons]}}
        return node


@attrs.frozen
class CardList:
    """One ``card`` per element of the array at ``path`` (e.g. one card per order)."""

    path: str
    card: Card

    def check(self, where: str) -> None:
        """Raise ValueError for a bad button in the card."""
        self.card.check(f"{where}.card")

    def render(self) -> dict[str, Any]:
        """The template node."""
        return {"type": "list", "path": self.path, "widgets": [self.card.render()]}


def _cards(value: Iterable[Card | CardList]) -> tuple[Card | CardList, ...]:
    return tuple(value)


@attrs.frozen(kw_only=True)
class Widget:
    """A sidebar widget rendering an HTTP integration's data.

    Args:
        integration: the *spec name* of the :class:`HttpIntegration` it shows (resolved
            to that integration's id when provisioning).
        cards: the cards of the template (wrapped in Gorgias' ``wrapper`` node).
        context: ``ticket`` (default) or ``customer`` (``user`` is deprecated).
        order: position among the sidebar's widgets (lower first).
        type: the widget type (``http`` for an HTTP integration's widget).
    """

    kind: ClassVar[str] = "widget"

    integration: str
    cards: tuple[Card | CardList, ...] = attrs.field(converter=_cards)
    context: str = "ticket"
    order: int = 0
    type: str = "http"

    def __attrs_post_init__(self) -> None:
        owner = f"Widget {self.label!r}"
        _check_name(owner, self.integration)
        if self.context not in WIDGET_CONTEXTS:
            raise ValueError(f"{owner}: context must be one of {sorted(WIDGET_CONTEXTS)}")
        if self.order < 0:
            raise ValueError(f"{owner}: order must be >= 0")
        for index, card in enumerate(self.cards):
            card.check(f"{owner}: template.widgets[{index}]")

    @property
    def label(self) -> str:
        """How reports name it: ``<integration> (<context>)``."""
        return f"{self.integration} ({self.context})"

    def template(self) -> dict[str, Any]:
        """The widget's ``template``."""
        return {"type": "wrapper", "widgets": [card.render() for card in self.cards]}

    def body(self, ids: Mapping[str, int | None]) -> dict[str, Any]:
        """The ``POST``/``PUT /widgets`` body; ``ids`` maps integration names to ids.

        An integration not created yet (a dry run) shows as ``"<id of 'name'>"``.
        """
        integration_id: Any = ids.get(self.integration)
        if integration_id is None:
            integration_id = f"<id of {self.integration!r}>"
        body = {
            "context": self.context,
            "type": self.type,
            "integration_id": integration_id,
            "order": self.order,
            "template": self.template(),
        }
        return dict(resolve_refs(body, ids))


# -- macro actions ----------------------------------------------------------------------


class Action(Protocol):
    """A macro action builder: anything that renders one ``MacroAction`` object."""

    def render(self) -> dict[str, Any]:
        """``{"name", "title", "type", "arguments"}``."""
        ...


def _action(name: str, title: str, arguments: Mapping[str, Any]) -> dict[str, Any]:
    return {"name": name, "title": title, "type": "user", "arguments": _copy(arguments)}


def _html(text: str) -> str:
    # What Gorgias' editor stores for plain text: one <div> per line, <br> for blank ones.
    lines = text.split("\n")
    return "".join(f"<div>{html.escape(line, quote=False) or '<br>'}</div>" for line in lines)


@attrs.frozen(kw_only=True)
class TicketAction:
    """Any macro action by its Gorgias ``name`` and free-form ``arguments``."""

    name: str
    arguments: Mapping[str, Any] = attrs.field(factory=dict, converter=_mapping)
    title: str | None = None
    type: str = "user"

    def render(self) -> dict[str, Any]:
        """The action object."""
        return {
            "name": self.name,
            "title": self.title or self.name,
            "type": self.type,
            "arguments": _copy(self.arguments),
        }


@attrs.frozen
class SetStatus:
    """``setStatus``: open or close the ticket."""

    status: Literal["open", "closed"]

    def __attrs_post_init__(self) -> None:
        if self.status not in ("open", "closed"):
            raise ValueError(f"setStatus: status must be 'open' or 'closed', not {self.status!r}")

    def render(self) -> dict[str, Any]:
        """The action object."""
        return _action("setStatus", "Set status", {"status": self.status})


def _tags(value: str | Iterable[str]) -> tuple[str, ...]:
    items = value.split(",") if isinstance(value, str) else list(value)
    return tuple(tag.strip() for tag in items if tag.strip())


@attrs.frozen
class AddTags:
    """``addTags``: ``AddTags(["refund", "vip"])`` (sent comma-separated, as Gorgias does)."""

    tags: tuple[str, ...] = attrs.field(converter=_tags)

    def __attrs_post_init__(self) -> None:
        if not self.tags:
            raise ValueError("addTags: give at least one tag")

    def render(self) -> dict[str, Any]:
        """The action object."""
        return _action("addTags", "Add tags", {"tags": ", ".join(self.tags)})


@attrs.frozen
class SetResponseText:
    """``setResponseText``: the reply drafted for the agent (``body_html`` from the text
    when not given)."""

    body_text: str
    body_html: str | None = None

    def render(self) -> dict[str, Any]:
        """The action object."""
        body_html = self.body_html if self.body_html is not None else _html(self.body_text)
        arguments = {"body_text": self.body_text, "body_html": body_html}
        return _action("setResponseText", "Add response text", arguments)


@attrs.frozen
class AddInternalNote:
    """``addInternalNote``: a note only agents see (argument shape unverified)."""

    body_text: str
    body_html: str | None = None

    def render(self) -> dict[str, Any]:
        """The action object."""
        body_html = self.body_html if self.body_html is not None else _html(self.body_text)
        arguments = {"body_text": self.body_text, "body_html": body_html}
        return _action("addInternalNote", "Add internal note", arguments)


@attrs.frozen
class SetAssignee:
    """``setAssignee``: assign the ticket to a user id, or unassign with ``None``
    (argument shape unverified)."""

    user_id: int | None

    def render(self) -> dict[str, Any]:
        """The action object."""
        user = None if self.user_id is None else {"id": self.user_id}
        return _action("setAssignee", "Assign agent", {"assignee_user": user})


@attrs.frozen
class SetTeamAssignee:
    """``setTeamAssignee``: assign the ticket to a team id, or ``None`` (shape unverified)."""

    team_id: int | None

    def render(self) -> dict[str, Any]:
        """The action object."""
        team = None if self.team_id is None else {"id": self.team_id}
        return _action("setTeamAssignee", "Assign team", {"assignee_team": team})


@attrs.frozen
class SetSubject:
    """``setSubject``: replace the ticket's subject (argument shape unverified)."""

    subject: str

    def render(self) -> dict[str, Any]:
        """The action object."""
        return _action("setSubject", "Set subject", {"subject": self.subject})


@attrs.frozen(kw_only=True)
class HttpAction:
    """``http``: the macro calls an external API when applied (argument shape unverified).

    Args:
        title: what the agent sees, e.g. ``"Refund order"``.
        url: the templated URL.
        method: the HTTP method (``POST`` by default).
        headers: templated headers (tokens from the environment, never hard-coded).
        json: a templated JSON body, or
        form: templated form fields (at most one of the two).
    """

    title: str
    url: str
    method: str = attrs.field(default="POST", converter=_upper)
    headers: Mapping[str, Any] = attrs.field(factory=dict, converter=_mapping, repr=False)
    json: Mapping[str, Any] | None = attrs.field(default=None, converter=_optional_mapping)
    form: Mapping[str, Any] | None = attrs.field(default=None, converter=_optional_mapping)

    def __attrs_post_init__(self) -> None:
        _check_method(f"http action {self.title!r}: method", self.method)
        if self.json is not None and self.form is not None:
            raise ValueError(f"http action {self.title!r}: give json or form, not both")

    def render(self) -> dict[str, Any]:
        """The action object."""
        arguments: dict[str, Any] = {
            "method": self.method,
            "url": self.url,
            "headers": _copy(self.headers),
            "content_type": FORM if self.form is not None else JSON,
        }
        if self.json is not None:
            arguments["json"] = _copy(self.json)
        if self.form is not None:
            arguments["form"] = _copy(self.form)
        return _action("http", self.title, arguments)


def _actions(value: Iterable[Action]) -> tuple[Action, ...]:
    return tuple(value)


@attrs.frozen(kw_only=True)
class Macro:
    """A macro: its actions run in order when an agent (or a rule) applies it.

    Args:
        name: the macro's name, its identity when provisioning.
        actions: :class:`HttpAction`, :class:`SetResponseText`, :class:`AddTags`… or any
            :class:`TicketAction`.
        intent: optional Gorgias intent (``refund/request``, ``order/cancel``…).
        language: optional ISO 639-1 language.
        external_id: optional id of the macro in your own system.
    """

    kind: ClassVar[str] = "macro"

    name: str
    actions: tuple[Action, ...] = attrs.field(converter=_actions)
    intent: str | None = None
    language: str | None = None
    external_id: str | None = None

    def __attrs_post_init__(self) -> None:
        owner = f"Macro {self.name!r}"
        _check_name(owner, self.name)
        for index, action in enumerate(self.actions):
            rendered = action.render()
            where = f"{owner}: actions[{index}] ({rendered['name']})"
            if rendered["name"] == "http":
                _check_url(f"{where}.arguments.url", rendered["arguments"]["url"])
            check_strings(rendered["arguments"], f"{where}.arguments")

    @property
    def label(self) -> str:
        """How reports name it."""
        return self.name

    def references(self) -> set[str]:
        """The integration names its templates read data from."""
        return integration_refs([action.render() for action in self.actions])

    def body(self, ids: Mapping[str, int | None]) -> dict[str, Any]:
        """The ``POST``/``PUT /macros`` body, integration references resolved by ``ids``."""
        body: dict[str, Any] = {
            "name": self.name,
            "actions": [action.render() for action in self.actions],
        }
        for key in ("intent", "language", "external_id"):
            value = getattr(self, key)
            if value is not None:
                body[key] = value
        return dict(resolve_refs(body, ids))


# -- the whole spec ---------------------------------------------------------------------


class ExpandsToIntegrations(Protocol):
    """A spec object made of several HTTP integrations (a :class:`Webhook`)."""

    def integrations(self) -> tuple[HttpIntegration, ...]:
        """Its integrations."""
        ...


def _integrations(
    value: Iterable[HttpIntegration | ExpandsToIntegrations],
) -> tuple[HttpIntegration, ...]:
    found: list[HttpIntegration] = []
    for item in value:
        if isinstance(item, HttpIntegration):
            found.append(item)
        else:
            found.extend(item.integrations())
    return tuple(found)


def _widgets(value: Iterable[Widget]) -> tuple[Widget, ...]:
    return tuple(value)


def _macros(value: Iterable[Macro]) -> tuple[Macro, ...]:
    return tuple(value)


def _unique(kind: str, labels: Sequence[str]) -> None:
    seen: set[str] = set()
    for label in labels:
        if label in seen:
            raise ValueError(f"Spec: two {kind}s named {label!r}")
        seen.add(label)


@attrs.frozen(kw_only=True)
class Spec:
    """Everything to provision: integrations, the widgets bound to them, macros.

    ``integrations`` takes :class:`HttpIntegration` and :class:`Webhook` objects (each
    webhook stands for its integrations, one per trigger).

    Names must be unique per kind; every widget's ``integration`` and every
    :func:`integration_data` reference must name an integration of the spec.
    """

    integrations: tuple[HttpIntegration, ...] = attrs.field(default=(), converter=_integrations)
    widgets: tuple[Widget, ...] = attrs.field(default=(), converter=_widgets)
    macros: tuple[Macro, ...] = attrs.field(default=(), converter=_macros)

    def __attrs_post_init__(self) -> None:
        _unique("integration", [item.label for item in self.integrations])
        _unique("widget", [item.label for item in self.widgets])
        _unique("macro", [item.label for item in self.macros])
        names = {item.name for item in self.integrations}
        for widget in self.widgets:
            if widget.integration not in names:
                raise ValueError(
                    f"Widget {widget.label!r}: integration {widget.integration!r} "
                    "is not in the spec"
                )
            unknown = integration_refs(widget.template()) - names
            if unknown:
                raise ValueError(
                    f"Widget {widget.label!r}: template references unknown integration(s) "
                    f"{sorted(unknown)}"
                )
        for macro in self.macros:
            unknown = macro.references() - names
            if unknown:
                raise ValueError(
                    f"Macro {macro.name!r}: actions reference unknown integration(s) "
                    f"{sorted(unknown)}"
                )
