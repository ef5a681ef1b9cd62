"""The OpenAPI operations the fake serves: Gorgias' spec plus its documented additions.

The spec ships with the package as ``gorgias-openapi.json`` (a trimmed copy of the team's
``gorgias-openapi.yaml``, see ``tools/gen_fake_spec.py``); it is read on first use, not on
import. :func:`operations` gives every operation with its ``$ref`` s resolved, and
:func:`find` the one a request addresses. The routes Gorgias documents but the spec lacks
come from :mod:`._deviations`, so every operation the fake answers is described here.
"""

from __future__ import annotations

import functools
import importlib.resources
import re
from collections.abc import Mapping
from typing import Any

import attrs

from .._json import loads as json_loads
from . import _deviations

Schema = dict[str, Any]
SPEC_FILE = "gorgias-openapi.json"


@attrs.frozen
class Parameter:
    """One path or query parameter of an operation."""

    name: str
    location: str  # "path" or "query"
    schema: Schema
    required: bool = False
    deprecated: bool = False
    style: str = "form"  # "deepObject" for ``created_datetime[gte]=…``


@attrs.frozen
class Operation:
    """One method on one path template, as the spec (or a documented addition) gives it."""

    method: str
    template: str  # "/api/tickets/{id}"
    operation_id: str
    parameters: Mapping[str, Parameter]
    body: Mapping[str, Schema]  # content type -> schema; empty: the operation takes none
    body_required: bool
    responses: Mapping[int, Schema | None]  # status -> schema (None: no body)
    in_spec: bool = True

    @property
    def query(self) -> dict[str, Parameter]:
        """The query parameters, by name."""
        return {n: p for n, p in self.parameters.items() if p.location == "query"}

    @property
    def path_parameters(self) -> dict[str, Parameter]:
        """The path parameters, by name."""
        return {n: p for n, p in self.parameters.items() if p.location == "path"}

    @property
    def success(self) -> tuple[int, Schema | None]:
        """The documented success status and its response schema."""
        status = min(code for code in self.responses if 200 <= code < 300)
        return status, self.responses[status]


@functools.cache
def spec() -> dict[str, Any]:
    """The shipped spec document, parsed once."""
    raw = importlib.resources.files(__package__).joinpath(SPEC_FILE).read_bytes()
    document: dict[str, Any] = json_loads(raw)
    return document


def resolve(node: Any, schemas: Mapping[str, Any] | None = None) -> Any:
    """``node`` with every ``$ref`` to ``#/components/schemas/…`` replaced by its target."""
    schemas = spec()["components"]["schemas"] if schemas is None else schemas
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            return resolve(schemas[ref.rsplit("/", 1)[1]], schemas)
        return {key: resolve(value, schemas) for key, value in node.items()}
    if isinstance(node, list):
        return [resolve(value, schemas) for value in node]
    return node


def _parameter(raw: Mapping[str, Any]) -> Parameter:
    return Parameter(
        name=raw["name"],
        location=raw["in"],
        schema=resolve(raw.get("schema", {})),
        required=bool(raw.get("required", False)),
        deprecated=bool(raw.get("deprecated", False)),
        style=raw.get("style", "form" if raw["in"] == "query" else "simple"),
    )


@functools.cache
def _answer_schemas() -> dict[str, Any]:
    """The component schemas as the live API answers them (see ``_deviations``)."""
    schemas = {name: dict(schema) for name, schema in spec()["components"]["schemas"].items()}
    for (name, field), replacement in _deviations.RESPONSE_PROPERTY_OVERRIDES.items():
        schemas[name]["properties"] = dict(schemas[name]["properties"], **{field: replacement})
    return schemas


def _operation(method: str, template: str, raw: Mapping[str, Any], *, in_spec: bool) -> Operation:
    body = raw.get("requestBody") or {}
    missing = _deviations.MISSING_RESPONSE_SCHEMAS.get((method.upper(), template))
    responses: dict[int, Schema | None] = {}
    for code, answer in (raw.get("responses") or {}).items():
        if not code.isdigit():
            continue  # "default": the error answers, in Gorgias' shape
        content: dict[str, Any] = (answer or {}).get("content") or {}
        first: dict[str, Any] = next(iter(content.values()), {})
        schema = first.get("schema", missing)
        responses[int(code)] = resolve(schema, _answer_schemas()) if schema is not None else None
    return Operation(
        method=method.upper(),
        template=template,
        operation_id=raw.get("operationId", f"{method}:{template}"),
        parameters={p["name"]: _parameter(p) for p in raw.get("parameters", [])},
        body={ctype: resolve(c.get("schema", {})) for ctype, c in body.get("content", {}).items()},
        body_required=bool(body.get("required", False)),
        responses=responses,
        in_spec=in_spec,
    )


def _with_extra_query(operation: Operation) -> Operation:
    extra = _deviations.EXTRA_QUERY.get((operation.method, operation.template), {})
    if not extra:
        return operation
    parameters = dict(operation.parameters)
    for name, schema in extra.items():
        parameters[name] = Parameter(name, "query", schema)
    return attrs.evolve(operation, parameters=parameters)


@functools.cache
def operations() -> tuple[Operation, ...]:
    """Every operation: the spec's, then the documented ones the spec lacks."""
    found: list[Operation] = []
    for source, in_spec in ((spec()["paths"], True), (_deviations.EXTRA_OPERATIONS, False)):
        for template, item in source.items():
            for method, raw in item.items():
                if method in ("get", "put", "post", "delete"):
                    found.append(
                        _with_extra_query(_operation(method, template, raw, in_spec=in_spec))
                    )
    return tuple(found)


def operation(method: str, template: str) -> Operation:
    """The operation on ``template`` (``/api/tickets/{ticket_id}/messages``) by ``method``."""
    for found in operations():
        if found.method == method and found.template == template:
            return found
    raise KeyError(f"{method} {template}")


@functools.cache
def required_fields(method: str, template: str, *within: str) -> tuple[str, ...]:
    """The fields a JSON body must carry (not read-only, no default); ``within`` walks
    into it (``"messages", "items"``: each message of a new ticket)."""
    from ._schema import to_json_schema  # the one home of that rule

    schema = operation(method, template).body.get("application/json", {})
    for key in within:
        schema = schema[key] if key == "items" else schema["properties"][key]
    return tuple(to_json_schema(schema, "request").get("required", []))


def _pattern(operation: Operation) -> re.Pattern[str]:
    """The path regex; an integer parameter matches digits only (else the route is a 404)."""
    regex = ""
    for part in re.split(r"(\{[^}]+\})", operation.template):
        if not part.startswith("{"):
            regex += re.escape(part)
            continue
        parameter = operation.parameters.get(part[1:-1])
        digits = parameter is not None and parameter.schema.get("type") == "integer"
        regex += f"(?P<{part[1:-1]}>{'[0-9]+' if digits else '[^/]+'})"
    return re.compile(regex + "/?")


@functools.cache
def _routes() -> dict[str, list[tuple[re.Pattern[str], Operation]]]:
    """Per method, the operations' patterns, literal paths before templated ones."""
    table: dict[str, list[tuple[int, re.Pattern[str], Operation]]] = {}
    for operation in operations():
        literal = sum(1 for s in operation.template.split("/") if s and not s.startswith("{"))
        table.setdefault(operation.method, []).append((literal, _pattern(operation), operation))
    return {
        method: [(pattern, op) for _, pattern, op in sorted(rows, key=lambda r: -r[0])]
        for method, rows in table.items()
    }


def find(method: str, path: str) -> tuple[Operation, dict[str, str]] | None:
    """The operation addressed by ``method path`` (``/api/…``) and its path values."""
    for pattern, operation in _routes().get(method.upper(), []):
        match = pattern.fullmatch(path)
        if match is not None:
            return operation, match.groupdict()
    return None
