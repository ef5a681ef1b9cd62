"""Refuse what Gorgias refuses: every request checked against its operation in the spec.

One rule for every operation: a query parameter the operation does not list is a 400
(``Unknown field.``), as are the offset-pagination parameters the spec keeps as deprecated;
listed ones are coerced from their text (``limit=abc`` is ``Not a valid integer.``) and
checked against their schema. A body must have the content type the operation takes
(else 415), parse (else 400) and match its schema (else 400 with the field map). The
parsed JSON body is kept on the request (``request[BODY]``) for the handler.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import attrs
from aiohttp import web
from aiohttp.helpers import parse_mimetype
from multidict import MultiMapping

from .._json import loads as json_loads
from . import _deviations
from ._http import BODY, ApiError
from ._schema import FieldErrors, Validator, to_json_schema, without_read_only
from ._spec import Operation, Parameter, find, operations

_INTEGER = re.compile(r"-?[0-9]+")
_BOOLEANS = {"true": True, "false": False, "1": True, "0": False}
JSON_TYPES = ("application/json",)
MULTIPART = "multipart/form-data"


@attrs.frozen
class Rules:
    """The compiled checks of one operation."""

    operation: Operation
    parameters: Mapping[str, tuple[Parameter, Validator]]
    body: Validator | None  # the JSON body's validator; None: no JSON body
    multipart: bool


_RULES: dict[tuple[str, str], Rules] = {}


def rules(operation: Operation) -> Rules:
    """The (cached) compiled checks of ``operation``."""
    key = (operation.method, operation.template)
    found = _RULES.get(key)
    if found is None:
        found = _RULES[key] = _compile(operation)
    return found


def _compile(operation: Operation) -> Rules:
    parameters = {}
    for name, parameter in operation.parameters.items():
        schema = to_json_schema(parameter.schema, "request")
        if parameter.style == "deepObject":
            schema["additionalProperties"] = False
        parameters[name] = (parameter, Validator(schema))
    override = _deviations.REQUEST_BODY_OVERRIDES.get((operation.method, operation.template))
    json_schema = override if override is not None else operation.body.get("application/json")
    return Rules(
        operation=operation,
        parameters=parameters,
        body=Validator(to_json_schema(json_schema, "request")) if json_schema is not None else None,
        multipart=MULTIPART in operation.body,
    )


def prepare() -> None:
    """Compile every operation's checks now, not on the first requests.

    Called before a fake seeds its data: building them allocates many long-lived objects,
    which can set off a full garbage collection, cheap while the heap is small and costly
    (~0.1 s) once it holds 100,000 seeded tickets.
    """
    for operation in operations():
        rules(operation)
    find("GET", "/api/account")


async def validate(request: web.Request) -> None:
    """Raise Gorgias' 400/415 for a request its operation refuses; keep the parsed body."""
    found = find(request.method, request.path)
    if found is None:
        return  # no such operation: the router answers 404 or 405
    operation, path_values = found
    checks = rules(operation)
    errors: FieldErrors = {}
    for name, value in path_values.items():
        errors.update(_check(checks, name, [value]))
    errors.update(check_query(checks, request.query))
    if errors:
        raise ApiError(400, "Validation error.", errors)
    await _check_body(checks, request)


def check_query(checks: Rules, query: MultiMapping[str]) -> FieldErrors:
    """The field errors of ``query`` for the operation of ``checks``."""
    errors: FieldErrors = {}
    deep: dict[str, dict[str, str]] = {}
    for name in set(query.keys()):
        base, bracket, rest = name.partition("[")
        entry = checks.parameters.get(base if bracket else name)
        if entry is None or entry[0].location != "query":
            errors[name] = ["Unknown field."]
        elif entry[0].deprecated:
            errors[name] = [_deviations.REFUSED_DEPRECATED_MESSAGE]
        elif bracket:
            if entry[0].style != "deepObject" or not rest.endswith("]"):
                errors[name] = ["Unknown field."]
            else:
                deep.setdefault(base, {})[rest[:-1]] = query.getall(name)[-1]
        elif entry[0].style == "deepObject":
            errors[name] = ["Must be given as name[key]=value."]
        else:
            errors.update(_check(checks, name, query.getall(name)))
    for base, value in deep.items():
        errors.update(_validated(checks.parameters[base][1], base, value))
    for name, (parameter, _) in checks.parameters.items():
        if parameter.required and parameter.location == "query" and name not in query:
            errors[name] = ["Missing data for required field."]
    return errors


def _check(checks: Rules, name: str, texts: list[str]) -> FieldErrors:
    parameter, validator = checks.parameters[name]
    schema = parameter.schema
    try:
        if schema.get("type") == "array":
            value: Any = [_coerce(schema.get("items", {}), text) for text in texts]
        else:
            value = _coerce(schema, texts[-1])
    except ValueError as exc:
        return {name: [str(exc)]}
    return _validated(validator, name, value)


def _validated(validator: Validator, name: str, value: Any) -> FieldErrors:
    found = validator.errors(value)
    if not found:
        return {}
    root = found.pop("_schema", [])
    merged: list[str] = list(root)
    for key, messages in found.items():
        merged.extend(f"{key}: {m}" for m in messages if isinstance(m, str))
    return {name: merged}


def _coerce(schema: Mapping[str, Any], text: str) -> Any:
    """A query or path value as the type its schema names."""
    kind = schema.get("type")
    if kind == "integer":
        if not _INTEGER.fullmatch(text):
            raise ValueError("Not a valid integer.")
        return int(text)
    if kind == "number":
        try:
            return float(text)
        except ValueError:
            raise ValueError("Not a valid number.") from None
    if kind == "boolean":
        if text.lower() not in _BOOLEANS:
            raise ValueError("Not a valid boolean.")
        return _BOOLEANS[text.lower()]
    return text


async def _check_body(checks: Rules, request: web.Request) -> None:
    operation = checks.operation
    if not operation.body:
        return
    content_type = request.content_type if request.body_exists else ""
    if checks.multipart:
        if content_type != MULTIPART:
            raise _unsupported(MULTIPART)
        if "boundary" not in parse_mimetype(request.headers.get("Content-Type", "")).parameters:
            raise ApiError(400, "Invalid multipart body: the boundary is missing.")
        return
    raw = await request.read() if request.body_exists else b""
    if not raw:
        if operation.body_required:
            raise ApiError(400, "Validation error.", {"_schema": ["A JSON body is required."]})
        return
    if content_type not in JSON_TYPES:
        raise _unsupported("application/json")
    try:
        body = json_loads(raw)
    except ValueError:
        raise ApiError(400, "Invalid JSON body.") from None
    if checks.body is not None:
        errors = checks.body.errors(body)
        if errors:
            raise ApiError(400, "Validation error.", errors)
    schema = operation.body.get("application/json")
    request[BODY] = without_read_only(body, schema) if schema is not None else body


def _unsupported(expected: str) -> ApiError:
    return ApiError(415, f"Unsupported media type: this endpoint takes {expected}.")
