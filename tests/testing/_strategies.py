"""Hypothesis strategies for requests to one spec operation: valid ones, and broken ones.

:func:`values` draws a value a resolved OpenAPI schema accepts; :func:`requests` draws a
whole request (path, query, headers, body bytes) for an operation, either valid or broken
in one of the ways a client breaks things: a wrong type, a missing required field, an
unknown parameter, bytes that are not JSON, the wrong content type, a broken multipart.
"""

from __future__ import annotations

import string
from typing import Any
from urllib.parse import quote, urlencode

import attrs
import orjson
from hypothesis import strategies as st

from gorgias_async.testing._deviations import SENT_READ_ONLY
from gorgias_async.testing._spec import Operation

Schema = dict[str, Any]

_SCALARS = st.none() | st.booleans() | st.integers(-(2**40), 2**40) | st.text(max_size=20)
JSON = st.recursive(
    _SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
DATETIMES = st.sampled_from(
    ["2024-01-01T00:00:00Z", "2024-05-06T07:08:09.123456+00:00", "2023-12-31 23:59:59", "nope"]
)


def values(schema: Schema, depth: int = 0) -> st.SearchStrategy[Any]:
    """Values ``schema`` (an OpenAPI 3.0 schema without ``$ref``) accepts, mostly."""
    if "enum" in schema:
        strategy: st.SearchStrategy[Any] = st.sampled_from(schema["enum"])
    elif "oneOf" in schema or "anyOf" in schema:
        strategy = st.one_of(
            [values(s, depth + 1) for s in schema.get("oneOf", schema.get("anyOf"))]
        )
    else:
        strategy = _typed(schema, depth)
    return (st.none() | strategy) if schema.get("nullable") else strategy


def _typed(schema: Schema, depth: int) -> st.SearchStrategy[Any]:
    kind = schema.get("type")
    if kind == "boolean":
        return st.booleans()
    if kind == "integer":
        return st.integers(schema.get("minimum", -(2**31)), schema.get("maximum", 2**31))
    if kind == "number":
        return st.floats(
            schema.get("minimum"), schema.get("maximum"), allow_nan=False, allow_infinity=False
        )
    if kind == "string":
        if schema.get("format") == "email":
            return st.sampled_from(["a@example.org", "ünï@example.com", "x+y@z.io"])
        if schema.get("format") == "date-time":
            return DATETIMES
        low = schema.get("minLength", 0)
        return st.text(min_size=low, max_size=max(low, min(schema.get("maxLength", 24), 24)))
    if kind == "array":
        if depth > 3:
            return st.just([])
        low, high = schema.get("minItems", 0), min(schema.get("maxItems", 3), 3)
        return st.lists(
            values(schema.get("items", {}), depth + 1), min_size=low, max_size=max(low, high)
        )
    if kind == "object" or "properties" in schema:
        return _objects(schema, depth)
    return JSON


def _objects(schema: Schema, depth: int) -> st.SearchStrategy[dict[str, Any]]:
    properties = {
        name: sub
        for name, sub in schema.get("properties", {}).items()
        if not sub.get("readOnly") or name in SENT_READ_ONLY
    }
    if depth > 3 or not properties:
        return (
            st.just({})
            if properties or depth > 3
            else st.dictionaries(st.text(max_size=6), JSON, max_size=3)
        )
    required = [n for n in schema.get("required", []) if n in properties]
    optional = {n: values(s, depth + 1) for n, s in properties.items() if n not in required}
    return st.fixed_dictionaries(
        {n: values(properties[n], depth + 1) for n in required}, optional=optional
    )


def wrong_type(schema: Schema) -> st.SearchStrategy[Any]:
    """A value of another JSON type than ``schema`` names."""
    others = {
        "string": st.integers(-(2**53), 2**53) | st.booleans() | st.just([]),
        "integer": st.text(max_size=5) | st.booleans() | st.floats(allow_nan=False) | st.just({}),
        "number": st.text(max_size=5) | st.just([]),
        "boolean": st.text(max_size=5) | st.integers(2, 9) | st.just({}),
        "array": st.text(max_size=5) | st.integers(-(2**53), 2**53) | st.just({}),
        "object": st.text(max_size=5) | st.integers(-(2**53), 2**53) | st.just([1]) | st.booleans(),
    }
    return others.get(schema.get("type", ""), JSON)


@attrs.frozen
class Request:
    """One HTTP request, ready to send."""

    method: str
    target: str  # path and query
    headers: dict[str, str]
    body: bytes | None
    kind: str  # how it was made: "valid", "wrong-type", "garbage"…


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return value if isinstance(value, str) else orjson.dumps(value).decode()


@st.composite
def requests(draw: st.DrawFn, operation: Operation, ids: st.SearchStrategy[int]) -> Request:
    """A valid or broken request for ``operation``; ``ids`` draws ids for path parameters."""
    kinds = ["valid", "valid", "unknown-query", "bad-query"]
    if operation.body:
        kinds += ["wrong-type"] * 3 + ["missing-required", "garbage", "wrong-content-type"]
        kinds += ["no-body", "any-json"]
    kind = draw(st.sampled_from(kinds))
    path = operation.template
    for name, parameter in operation.path_parameters.items():
        schema = parameter.schema
        value = draw(ids) if schema.get("type") == "integer" else draw(values(schema))
        if kind == "bad-query" and draw(st.booleans()) and schema.get("type") != "integer":
            value = draw(st.text(string.printable, min_size=1, max_size=8))
        path = path.replace("{" + name + "}", quote(_text(value) or "x", safe=""))
    query: list[tuple[str, str]] = []
    for name, parameter in operation.query.items():
        if parameter.deprecated or not (parameter.required or draw(st.booleans())):
            continue
        if name == "cursor" and kind != "bad-query":
            continue  # a valid cursor comes from a page, it cannot be made up
        schema = dict(parameter.schema, nullable=False)  # a query value is text, never null
        if parameter.style == "deepObject":
            for key, sub in draw(values(schema)).items():
                query.append((f"{name}[{key}]", _text(sub)))
        elif schema.get("type") == "array":
            query.extend((name, _text(v)) for v in draw(values(schema)))
        else:
            query.append((name, _text(draw(values(schema)))))
    if kind == "unknown-query":
        query.append((draw(st.text(string.ascii_lowercase + "[]_", min_size=1, max_size=10)), "1"))
    if kind == "bad-query" and query:
        index = draw(st.integers(0, len(query) - 1))
        query[index] = (query[index][0], draw(st.text(max_size=6)))
    target = path + ("?" + urlencode(query) if query else "")
    headers = {"Content-Type": "application/json"}
    body = _body(draw, operation, kind, headers)
    return Request(operation.method, target, headers, body, kind)


def _body(
    draw: st.DrawFn, operation: Operation, kind: str, headers: dict[str, str]
) -> bytes | None:
    if "multipart/form-data" in operation.body:
        return _multipart(draw, kind, headers)
    schema = operation.body.get("application/json")
    if schema is None:
        return None
    if kind == "no-body":
        return None
    if kind == "garbage":
        return draw(st.binary(max_size=40) | st.just(b'{"a": ') | st.just(b"[1, 2,]"))
    if kind == "wrong-content-type":
        headers["Content-Type"] = draw(st.sampled_from(["text/plain", "application/xml", "x/y"]))
    if kind == "any-json":
        return orjson.dumps(draw(JSON))
    value = draw(values(schema))
    properties = schema.get("properties", {})
    if isinstance(value, dict) and properties:
        if kind == "wrong-type":
            required = [n for n in schema.get("required", []) if n in properties]
            name = draw(
                st.sampled_from(required or sorted(properties))
                | st.sampled_from(sorted(properties))
            )
            value[name] = draw(wrong_type(properties[name]))
        elif kind == "missing-required" and schema.get("required"):
            value.pop(draw(st.sampled_from(schema["required"])), None)
    elif kind == "wrong-type":
        value = draw(wrong_type(schema))
    return orjson.dumps(value)


def _multipart(draw: st.DrawFn, kind: str, headers: dict[str, str]) -> bytes:
    boundary = "fuzzboundary"
    if kind == "valid":
        headers["Content-Type"] = f"multipart/form-data; boundary={boundary}"
        name = draw(st.text(string.ascii_letters, min_size=1, max_size=8))
        data = draw(st.binary(max_size=30))
        return (
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{name}"\r\n'
            f"Content-Type: application/octet-stream\r\n\r\n".encode()
            + data
            + f"\r\n--{boundary}--\r\n".encode()
        )
    headers["Content-Type"] = draw(
        st.sampled_from(
            ["multipart/form-data", f"multipart/form-data; boundary={boundary}", "application/json"]
        )
    )
    return draw(st.binary(max_size=60) | st.just(f"--{boundary}\r\nbroken".encode()))
