"""Where the fake knowingly departs from ``gorgias-openapi.yaml``, each with its reason.

The one place for these: the request validation (:mod:`._validation`), the response
check (:mod:`._conformance`) and the tests read them from here. Everything not listed is
served and checked as the spec says.
"""

from __future__ import annotations

from typing import Any

Schema = dict[str, Any]


def _ref(name: str) -> Schema:
    return {"$ref": f"#/components/schemas/{name}"}


_SETTING: Schema = {
    "type": "object",
    "properties": {"id": {"type": "integer"}, "type": {"type": "string"}, "data": {}},
    "required": ["type"],
}
_SETTING_ID = [{"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}]
_CUSTOMER_ID = [
    {"name": "customer_id", "in": "path", "required": True, "schema": {"type": "integer"}}
]
_FIELD_ID = [
    *_CUSTOMER_ID,
    {"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}},
]
_IDS_30: Schema = {
    "type": "object",
    "properties": {"ids": {"type": "array", "items": {"type": "integer"}, "maxItems": 30}},
    "required": ["ids"],
}
_ITEM_RESULTS: Schema = {
    "type": "object",
    "properties": {
        "data": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {"id": {"type": "integer"}, "status": {"type": "integer"}},
                "required": ["id", "status"],
            },
        }
    },
}


def _json(schema: Schema) -> Schema:
    return {"required": True, "content": {"application/json": {"schema": schema}}}


def _answer(status: int, schema: Schema | None = None) -> dict[str, Any]:
    if schema is None:
        return {str(status): {}}
    return {str(status): {"content": {"application/json": {"schema": schema}}}}


#: Routes in Gorgias' current documentation that the spec copy lacks, in OpenAPI form.
#: Reason: the spec is older than these endpoints (account settings, macro archiving,
#: the reporting API and customer field values are all in the live docs).
EXTRA_OPERATIONS: dict[str, dict[str, Any]] = {
    "/api/account/settings": {
        "get": {
            "operationId": "Account_listSettings",
            "responses": _answer(200, {"type": "array", "items": _SETTING}),
        },
        "post": {
            "operationId": "Account_createSetting",
            "requestBody": _json(_SETTING),
            "responses": _answer(201, _SETTING),
        },
    },
    "/api/account/settings/{id}": {
        "put": {
            "operationId": "Account_updateSetting",
            "parameters": _SETTING_ID,
            "requestBody": _json({"type": "object", "properties": _SETTING["properties"]}),
            "responses": _answer(202, _SETTING),
        },
    },
    "/api/macros/archive": {
        "put": {
            "operationId": "Macros_archive",
            "requestBody": _json(_IDS_30),
            "responses": _answer(207, _ITEM_RESULTS),
        },
    },
    "/api/macros/unarchive": {
        "put": {
            "operationId": "Macros_unarchive",
            "requestBody": _json(_IDS_30),
            "responses": _answer(207, _ITEM_RESULTS),
        },
    },
    "/api/reporting/stats": {
        "post": {
            "operationId": "Reporting_stats",
            "requestBody": _json(
                {
                    "type": "object",
                    "properties": {
                        "query": {
                            "type": "object",
                            "properties": {
                                "scope": {"type": "string"},
                                "filters": {"type": "array", "items": {"type": "object"}},
                                "timezone": {"type": "string"},
                            },
                            "required": ["scope"],
                        },
                        "limit": {"type": "integer", "minimum": 1, "maximum": 10000},
                    },
                    "required": ["query"],
                }
            ),
            "responses": _answer(
                200,
                {
                    "type": "object",
                    "properties": {"data": {"type": "array", "items": {"type": "object"}}},
                    "required": ["data"],
                },
            ),
        },
    },
    "/api/customers/{customer_id}/custom-fields": {
        "get": {
            "operationId": "Customers_listCustomFieldValues",
            "parameters": _CUSTOMER_ID,
            "responses": _answer(200, _ref("TicketsListCustomFieldValuesResponse")),
        },
        "put": {
            "operationId": "Customers_updateCustomFieldsValues",
            "parameters": _CUSTOMER_ID,
            "requestBody": _json(_ref("TicketsUpdateCustomFieldsValuesRequest")),
            "responses": _answer(200, _ref("TicketsUpdateCustomFieldsValuesResponse")),
        },
    },
    "/api/customers/{customer_id}/custom-fields/{id}": {
        "put": {
            "operationId": "Customers_updateCustomFieldValue",
            "parameters": _FIELD_ID,
            "requestBody": _json({}),
            "responses": _answer(200, _ref("TicketsUpdateCustomFieldValueResponse")),
        },
        "delete": {
            "operationId": "Customers_deleteFieldValue",
            "parameters": _FIELD_ID,
            "responses": _answer(204),
        },
    },
}

#: Query filters the live API takes that the spec copy does not list, per operation.
#: Reason: documented (``archived`` on macros: the archive feature above; the others in
#: Gorgias' API reference, listed by issue 16).
EXTRA_QUERY: dict[tuple[str, str], dict[str, Schema]] = {
    ("GET", "/api/macros"): {
        "archived": {"type": "boolean"},
        "number_predictions": {"type": "integer", "minimum": 0},
    },
    ("GET", "/api/tickets"): {"trashed": {"type": "boolean"}},
    ("GET", "/api/satisfaction-surveys"): {"ticket_id": {"type": "integer"}},
    ("GET", "/api/users"): {
        "search": {"type": "string"},
        "available_first": {"type": "boolean"},
        "order_by": {
            "type": "string",
            "enum": [
                "created_datetime:asc",
                "created_datetime:desc",
                "name:asc",
                "name:desc",
                "email:asc",
                "email:desc",
                "role.name:asc",
                "role.name:desc",
            ],
        },
    },
    ("GET", "/api/customers"): {
        "channel_type": {"type": "string"},
        "channel_address": {"type": "string"},
    },
}

#: Request bodies the live API takes more widely than the spec types them.
#: Reason: a field value is the bare JSON value of the field (text, number, boolean,
#: dropdown choice), which the spec types as a string only.
REQUEST_BODY_OVERRIDES: dict[tuple[str, str], Schema] = {
    ("PUT", "/api/tickets/{ticket_id}/custom-fields/{id}"): {},
}

#: Properties the spec marks ``readOnly`` that a request must send nonetheless. Reason:
#: they are the discriminators of a custom field's ``definition`` (``data_type``) and of its
#: ``input_settings`` (``input_type``): the server picks the kind of field by them, and
#: answers them (required) in every custom field.
SENT_READ_ONLY = frozenset({"data_type", "input_type"})

#: Response schemas the spec leaves out. Reason: ``GET /users/{id}`` answers a User, as
#: every other user endpoint does.
MISSING_RESPONSE_SCHEMAS: dict[tuple[str, str], Schema] = {
    ("GET", "/api/users/{id}"): _ref("User"),
}

#: Response properties typed differently from the spec: ``(schema, property) -> schema``.
RESPONSE_PROPERTY_OVERRIDES: dict[tuple[str, str], Schema] = {
    # Uploads answer ``"size": "784554"`` (the spec's own example): a string of digits.
    ("File", "size"): {"type": "string", "pattern": "^[0-9]+$"},
}

#: The rules the response check applies to every answer, and why.
RESPONSE_RULES: tuple[tuple[str, str], ...] = (
    (
        "list envelope",
        "List endpoints answer {data, object, uri, meta{prev_cursor, next_cursor}} (the "
        "live API and Gorgias' pagination docs) where the spec declares a bare array: the "
        "items of `data` are checked against the array's item schema.",
    ),
    (
        "null for unset fields",
        "The live API sends null for any field that has no value, also where the spec "
        "does not mark it nullable: every property may be null.",
    ),
    (
        "datetime spellings",
        "Datetimes come as naive, `Z`, `+00:00` and space-separated spellings (see "
        "gorgias-api.md §10): `format: date-time` is not enforced on answers.",
    ),
    (
        "every listed property present",
        "Stricter than the spec: every property a response schema lists is present in "
        "the answer (null when unset), so a client can rely on the keys.",
    ),
)

#: Query parameters the spec still lists as deprecated: refused with a 400 that says so.
#: Reason: offset pagination is gone from the live API (its changelog); a client that
#: sends ``page`` would silently get the first page again and again.
REFUSED_DEPRECATED_MESSAGE = "Deprecated and no longer supported: use cursor pagination."
