"""Which fields each stored object carries: every property of its spec schemas.

Gorgias answers with every field of an object, ``null`` when it has no value; so does the
fake. Each resource names the component schemas its answers use; the union of their
top-level properties is the key set of every object stored for it (see ``Collection``).
"""

from __future__ import annotations

import functools

from ._spec import resolve, spec

#: Resource -> the component schemas of its answers (objects, lists, get-by-id…).
SCHEMAS: dict[str, tuple[str, ...]] = {
    "customers": ("Customer", "CustomersGetByIdResponse", "CustomersMergeCustomersInfoResponse"),
    "tickets": ("Ticket",),
    "messages": ("TicketMessage",),
    "events": ("Event",),
    "users": ("User",),
    "teams": ("Team",),
    "tags": ("Tag",),
    "views": ("View",),
    "macros": ("Macro",),
    "rules": ("Rule",),
    "integrations": ("Integration",),
    "widgets": ("Widget",),
    "satisfaction_surveys": ("SatisfactionSurvey",),
    "custom_fields": ("CustomField",),
    "jobs": ("Job",),
    "voice_calls": ("VoiceCall",),
    "voice_call_events": ("VoiceCallEvent",),
    "voice_call_recordings": ("VoiceCallRecording",),
}


@functools.cache
def fields(resource: str) -> tuple[str, ...]:
    """Every top-level property the answers of ``resource`` list, sorted."""
    schemas = spec()["components"]["schemas"]
    names: set[str] = set()
    for schema_name in SCHEMAS.get(resource, ()):
        names.update(resolve(schemas[schema_name]).get("properties", {}))
    return tuple(sorted(names))
