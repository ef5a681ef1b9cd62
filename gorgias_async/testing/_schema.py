"""OpenAPI 3.0 schemas as JSON Schema validators, and their errors in Gorgias' shape.

The spec's schemas use a small part of OpenAPI 3.0 (``type``, ``nullable``, ``enum``,
``properties``, ``required``, ``items``, ``minimum``/``maximum``, ``maxLength``/``maxItems``,
``readOnly``, ``format``). :func:`to_json_schema` turns one into Draft 4 JSON Schema, which
OpenAPI 3.0 extends, and ``jsonschema`` (the ``testing`` extra) validates it. Errors come
back as Gorgias' (marshmallow's) field map: ``{"name": ["Not a valid string."]}``, nested
by path (``{"messages": {"0": {"channel": [...]}}}``); ``_schema`` holds errors of the whole
value.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any, Literal

from ._deviations import SENT_READ_ONLY

Schema = dict[str, Any]
Mode = Literal["request", "response"]
FieldErrors = dict[str, Any]

#: Keys OpenAPI adds to JSON Schema, dropped after they have been applied.
_OPENAPI_ONLY = frozenset({"nullable", "readOnly", "writeOnly", "deprecated", "discriminator"})
_TYPE_NAMES = {
    "string": "string",
    "integer": "integer",
    "number": "number",
    "boolean": "boolean",
    "array": "list",
    "object": "object",
}


class ValidatorMissing(ImportError):
    """``jsonschema`` is not installed: the ``testing`` extra is needed to validate."""


def available() -> bool:
    """Whether the validator library is installed."""
    try:
        import jsonschema  # noqa: F401
    except ImportError:
        return False
    return True


def to_json_schema(schema: Schema, mode: Mode) -> Schema:
    """``schema`` (resolved, no ``$ref``) as Draft 4 JSON Schema for a request or response.

    Requests: ``readOnly`` properties are dropped (the server ignores them), a required
    property with a ``default`` is optional (the server fills it in), and only the
    ``email`` format is checked. Responses: every value may be null (see
    :mod:`._deviations`), and no format is checked.
    """
    out: Schema = {}
    for key, value in schema.items():
        if key in _OPENAPI_ONLY or key == "default":
            continue
        if key == "properties":
            out[key] = {
                name: to_json_schema(sub, mode)
                for name, sub in value.items()
                if not (mode == "request" and sub.get("readOnly") and name not in SENT_READ_ONLY)
            }
        elif key == "items":
            out[key] = to_json_schema(value, mode)
        elif key in ("oneOf", "anyOf", "allOf"):
            # oneOf becomes anyOf: without additionalProperties the alternatives overlap
            # (a text definition is also a valid number definition), so "exactly one" would
            # refuse what the discriminator accepts.
            out["allOf" if key == "allOf" else "anyOf"] = [to_json_schema(v, mode) for v in value]
        elif key == "format":
            if mode == "request" and value == "email":
                out[key] = value
        else:
            out[key] = value
    if "required" in out:
        known = out.get("properties")
        declared = schema.get("properties", {})
        # A required field with a default is filled in by the server when absent.
        required = [
            n
            for n in out["required"]
            if (known is None or n in known) and "default" not in declared.get(n, {})
        ]
        if required:
            out["required"] = required
        else:
            del out["required"]
    if schema.get("nullable") or mode == "response":
        _allow_null(out)
    return out


def without_read_only(value: Any, schema: Schema) -> Any:
    """``value`` without the ``readOnly`` properties ``schema`` declares (at any depth):
    the server ignores what a client may not set, so the fake does not store it."""
    if isinstance(value, dict) and "properties" in schema:
        properties = schema["properties"]
        return {
            key: without_read_only(item, properties.get(key, {}))
            for key, item in value.items()
            if not (properties.get(key, {}).get("readOnly") and key not in SENT_READ_ONLY)
        }
    if isinstance(value, list) and isinstance(schema.get("items"), dict):
        return [without_read_only(item, schema["items"]) for item in value]
    return value


def _allow_null(schema: Schema) -> None:
    kind = schema.get("type")
    if isinstance(kind, str):
        schema["type"] = [kind, "null"]
    if "enum" in schema and None not in schema["enum"]:
        schema["enum"] = [*schema["enum"], None]


def _format_checker() -> Any:
    import jsonschema

    checker = jsonschema.FormatChecker(formats=())
    checker.checks("email")(_is_email)
    return checker


def _is_email(value: object) -> bool:
    """Gorgias' check is loose: something, an @, something, no spaces."""
    if not isinstance(value, str):
        return True
    local, _, domain = value.partition("@")
    return bool(local) and bool(domain) and " " not in value


class Validator:
    """A compiled validator for one schema; :meth:`errors` gives Gorgias' field map."""

    def __init__(self, schema: Schema) -> None:
        try:
            import jsonschema
        except ImportError as exc:  # pragma: no cover - exercised without the extra
            raise ValidatorMissing(
                "validating requests against the spec needs jsonschema: "
                "pip install 'gorgias-async[testing]'"
            ) from exc
        self.schema = schema
        self._validator = jsonschema.Draft4Validator(schema, format_checker=_format_checker())

    def errors(self, value: Any) -> FieldErrors:
        """``{}`` if ``value`` is valid, else the field map of every error."""
        if self._validator.is_valid(value):
            return {}
        found: FieldErrors = {}
        for error in self._validator.iter_errors(value):
            for path, message in _explain(error):
                _insert(found, path, message)
        return found


def _explain(error: Any) -> Iterable[tuple[list[str], str]]:
    path = [str(part) for part in error.absolute_path]
    keyword, expected, instance = error.validator, error.validator_value, error.instance
    if keyword == "required":
        for name in expected:
            if isinstance(instance, Mapping) and name not in instance:
                yield [*path, name], "Missing data for required field."
        return
    if keyword == "type":
        if instance is None:
            yield path, "Field may not be null."
            return
        kinds = [expected] if isinstance(expected, str) else list(expected)
        names = [_TYPE_NAMES.get(kind, kind) for kind in kinds if kind != "null"]
        yield path, f"Not a valid {' or '.join(names)}."
        return
    messages: dict[str, Callable[[], str]] = {
        "enum": lambda: (
            "Must be one of: " + ", ".join(str(v) for v in expected if v is not None) + "."
        ),
        "minimum": lambda: f"Must be greater than or equal to {expected}.",
        "maximum": lambda: f"Must be less than or equal to {expected}.",
        "maxLength": lambda: f"Longer than maximum length {expected}.",
        "minLength": lambda: f"Shorter than minimum length {expected}.",
        "maxItems": lambda: f"Longer than maximum length {expected}.",
        "minItems": lambda: f"Shorter than minimum length {expected}.",
        "format": lambda: f"Not a valid {expected} address." if expected == "email" else "",
        "pattern": lambda: "String does not match expected pattern.",
        "anyOf": lambda: "Not valid for any of the allowed shapes.",
        "additionalProperties": lambda: "Unknown field.",
    }
    explain = messages.get(keyword)
    yield path, (explain() if explain else "") or error.message


def _insert(found: FieldErrors, path: list[str], message: str) -> None:
    """Add ``message`` at ``path`` of the nested field map (``_schema`` for the root)."""
    node = found
    for part in path[:-1]:
        child = node.setdefault(part, {})
        if not isinstance(child, dict):  # a list of messages already sits there
            child = node[part] = {"_schema": child}
        node = child
    leaf = path[-1] if path else "_schema"
    existing = node.setdefault(leaf, [])
    if isinstance(existing, dict):
        existing = existing.setdefault("_schema", [])
    if message not in existing:
        existing.append(message)
