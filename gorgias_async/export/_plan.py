"""What the export walks: one stream per exportable resource, in a stable order."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import attrs


@attrs.frozen
class Stream:
    """One exportable list endpoint.

    Attributes:
        name: the output name (``tickets`` → ``tickets.jsonl``, table ``tickets``).
        path: the list path relative to the API base URL.
        order_by: an ascending order the endpoint supports, so records created during the
            run land at the end of the walk instead of being skipped.
        params: fixed query parameters the endpoint requires.
        columns: extra SQLite columns taken from each record (besides ``id`` and JSON).
        changed_order: a newest-first order for incremental runs (sort and stop), if the
            endpoint can sort by update time; None means the stream is re-walked whole.
    """

    name: str
    path: str
    order_by: str | None = "created_datetime:asc"
    params: Mapping[str, str] = attrs.field(factory=dict)
    columns: Sequence[str] = ("created_datetime", "updated_datetime")
    changed_order: str | None = None


STREAMS: tuple[Stream, ...] = (
    Stream(
        "tickets",
        "/tickets",
        columns=("created_datetime", "updated_datetime", "status", "channel", "customer.id"),
        changed_order="updated_datetime:desc",
    ),
    Stream(
        "messages",
        "/messages",
        columns=("created_datetime", "ticket_id", "channel", "from_agent"),
    ),
    Stream(
        "customers",
        "/customers",
        columns=("created_datetime", "updated_datetime", "email", "external_id"),
        changed_order="updated_datetime:desc",
    ),
    Stream("events", "/events", columns=("created_datetime", "type", "object_type", "object_id")),
    Stream("users", "/users", columns=("created_datetime", "updated_datetime", "email")),
    Stream("teams", "/teams"),
    Stream("tags", "/tags", columns=("created_datetime", "name")),
    Stream("views", "/views"),
    Stream("macros", "/macros", changed_order="updated_datetime:desc"),
    Stream("rules", "/rules"),
    Stream("integrations", "/integrations", columns=("created_datetime", "type", "name")),
    Stream("widgets", "/widgets"),
    Stream("satisfaction_surveys", "/satisfaction-surveys", columns=("created_datetime", "score")),
    Stream(
        "custom_fields",
        "/custom-fields",
        order_by="priority:asc",
        params={"object_type": "Ticket"},
        columns=("created_datetime", "label"),
    ),
    Stream("jobs", "/jobs", columns=("created_datetime", "status", "type")),
    # The voice endpoints take no order_by: their default order is walked.
    Stream("voice_calls", "/phone/voice-calls", order_by=None, columns=("created_datetime",)),
    Stream(
        "voice_call_events",
        "/phone/voice-call-events",
        order_by=None,
        columns=("created_datetime",),
    ),
    Stream(
        "voice_call_recordings",
        "/phone/voice-call-recordings",
        order_by=None,
        columns=("created_datetime",),
    ),
)

BY_NAME: dict[str, Stream] = {stream.name: stream for stream in STREAMS}


def select(names: Sequence[str]) -> list[Stream]:
    """The streams named (all when empty), or ValueError naming the unknown ones."""
    if not names:
        return list(STREAMS)
    unknown = [name for name in names if name not in BY_NAME]
    if unknown:
        raise ValueError(
            f"resources: unknown {', '.join(unknown)}; choose from {', '.join(BY_NAME)}"
        )
    return [BY_NAME[name] for name in dict.fromkeys(names)]
