"""Check one exchange against the spec: the request a client sent, the answer it got.

The fake's own validation refuses bad requests; these functions *describe* what is wrong
(a list of readable problems, empty when the exchange conforms), for tests that hold a
client's requests and the fake's answers to the spec, under the rules in
:mod:`._deviations`.
"""

from __future__ import annotations

from typing import Any

from multidict import MultiDict

from ._deviations import REQUEST_BODY_OVERRIDES
from ._schema import Validator, to_json_schema
from ._spec import Operation, find
from ._validation import check_query, rules

_ANSWER_VALIDATORS: dict[tuple[str, str, int], Validator | None] = {}


def operation_of(method: str, path: str) -> Operation | None:
    """The operation ``method path`` (relative to the API base, ``/tickets/1``) addresses."""
    found = find(method, "/api" + path)
    return found[0] if found else None


def request_problems(method: str, path: str, query: dict[str, list[str]], body: Any) -> list[str]:
    """What the spec refuses in this request (empty: it conforms)."""
    operation = operation_of(method, path)
    if operation is None:
        return [f"{method} {path}: no such operation in the spec or its documented additions"]
    checks = rules(operation)
    problems = [f"query {k}: {v}" for k, v in check_query(checks, MultiDict(_pairs(query))).items()]
    if body is not None and checks.body is not None:
        problems += [f"body {k}: {v}" for k, v in checks.body.errors(body).items()]
    elif body is None and operation.body_required and not checks.multipart:
        problems.append("body: required")
    elif body is not None and not operation.body:
        override = REQUEST_BODY_OVERRIDES.get((operation.method, operation.template))
        if override is None:
            problems.append("body: this operation takes none")
    return problems


def _pairs(query: dict[str, list[str]]) -> list[tuple[str, str]]:
    return [(key, value) for key, values in query.items() for value in values]


def response_problems(method: str, path: str, status: int, body: Any) -> list[str]:
    """What in this answer departs from the spec's response schema (empty: it conforms).

    A list envelope is checked item by item against the array the spec declares, every
    value may be null, and every property the schema lists must be present.
    """
    operation = operation_of(method, path)
    if operation is None or not 200 <= status < 300 or body is None:
        return []
    schema = operation.responses.get(
        status, operation.success[1] if status == operation.success[0] else None
    )
    if schema is None:
        return [] if status in operation.responses else [f"status {status} is not documented"]
    if (
        schema.get("type") == "array"
        and isinstance(body, dict)
        and isinstance(body.get("data"), list)
    ):
        body = body["data"]  # the live list envelope
    validator = _answer_validator(operation, status, schema)
    problems = [f"{k}: {v}" for k, v in validator.errors(body).items()]
    items = body if isinstance(body, list) else [body]
    shape = schema.get("items", {}) if schema.get("type") == "array" else schema
    listed = set(shape.get("properties", {}))
    for item in items:
        if isinstance(item, dict):
            missing = sorted(listed - set(item))
            if missing:
                problems.append(f"missing fields: {missing}")
                break
    return problems


def _answer_validator(operation: Operation, status: int, schema: dict[str, Any]) -> Validator:
    key = (operation.method, operation.template, status)
    found = _ANSWER_VALIDATORS.get(key)
    if found is None:
        found = _ANSWER_VALIDATORS[key] = Validator(to_json_schema(schema, "response"))
    return found
