"""``client.tickets``: tickets, their tags and their custom field values."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, cast

from .._validate import check_bool, check_id
from ..models import CustomFieldValue, Tag, Ticket
from ._base import Resource, structure_list, tag_body

if TYPE_CHECKING:
    from ..bulk import BulkOrder, BulkResult, BulkTarget, ResultsSink


class TicketsSpecials(Resource[Ticket]):
    """Tickets (``/tickets``), with their tags and custom field values.

    Many tickets given the same change are best updated or deleted as server-side jobs:
    ``bulk_update(records, via="job")``, ``bulk_delete(ids, via="job")`` and
    :meth:`bulk_apply_macro`.
    """

    _bulk_job_types: ClassVar[Mapping[str, str]] = {
        "update": "updateTicket",
        "delete": "deleteTicket",
    }

    async def get(self, id: int, *, with_custom_fields: bool = False) -> Ticket:
        """One ticket, with its messages."""
        if with_custom_fields:
            return await self._get(id, relationships="custom_fields")
        return await self._get(id)

    def bulk_apply_macro(
        self,
        ticket_ids: Iterable[int],
        macro_id: int,
        *,
        apply_and_close: bool = False,
        order: BulkOrder = "input",
        results: ResultsSink | None = None,
        headers: Mapping[str, str] | None = None,
        poll_interval: float = 2.0,
    ) -> AsyncIterator[BulkResult[Ticket]]:
        """Apply a macro to many tickets through ``applyMacro`` jobs (1,000 tickets each).

        Each job is followed to its end; one result per ticket id, as
        ``bulk_update(..., via="job")`` gives (``updated``, ``failed`` or ``unknown``,
        with its ``job_id``). ``apply_and_close`` closes each ticket after the macro. A
        macro is not always safe to apply twice (one that replies would reply again):
        check ``failed``/``unknown`` tickets before applying it to them again.
        """
        from ..bulk import run_bulk

        params = {
            "macro_id": check_id(macro_id, "macro_id"),
            "apply_and_close": check_bool(apply_and_close, "apply_and_close"),
        }
        target = cast("BulkTarget[Ticket]", self)
        return run_bulk(
            target,
            "update",
            ticket_ids,
            order=order,
            results=results,
            headers=headers,
            poll_interval=poll_interval,
            job=("applyMacro", params),
        )

    # -- tags -------------------------------------------------------------------------

    async def list_tags(self, ticket_id: int) -> builtins.list[Tag]:
        """The ticket's tags."""
        body = await self._call("GET", f"{self._item_path(ticket_id, 'ticket_id')}/tags")
        return structure_list(body, Tag)

    async def add_tags(
        self, ticket_id: int, *, names: Sequence[str] = (), ids: Sequence[int] = ()
    ) -> None:
        """Add tags by name (created if new) or id."""
        await self._tags("POST", ticket_id, names, ids)

    async def set_tags(
        self, ticket_id: int, *, names: Sequence[str] = (), ids: Sequence[int] = ()
    ) -> None:
        """Replace the ticket's tags."""
        await self._tags("PUT", ticket_id, names, ids)

    async def remove_tags(
        self, ticket_id: int, *, names: Sequence[str] = (), ids: Sequence[int] = ()
    ) -> None:
        """Remove tags by name or id."""
        await self._tags("DELETE", ticket_id, names, ids)

    async def _tags(
        self, method: str, ticket_id: int, names: Sequence[str], ids: Sequence[int]
    ) -> None:
        body = tag_body(names, ids)
        await self._call(method, f"{self._item_path(ticket_id, 'ticket_id')}/tags", json=body)

    # -- custom field values ----------------------------------------------------------

    async def list_custom_fields(self, ticket_id: int) -> builtins.list[CustomFieldValue]:
        """The ticket's custom field values."""
        path = f"{self._item_path(ticket_id, 'ticket_id')}/custom-fields"
        return structure_list(await self._call("GET", path), CustomFieldValue)

    async def update_custom_fields(
        self, ticket_id: int, values: dict[int, Any]
    ) -> builtins.list[CustomFieldValue]:
        """Set several values at once: ``{field_id: value}``."""
        body = [
            {"id": check_id(field_id, "field_id"), "value": v} for field_id, v in values.items()
        ]
        path = f"{self._item_path(ticket_id, 'ticket_id')}/custom-fields"
        return structure_list(await self._call("PUT", path, json=body), CustomFieldValue)

    async def update_custom_field(
        self, ticket_id: int, field_id: int, value: Any
    ) -> builtins.list[CustomFieldValue]:
        """Set one value."""
        path = self._field_path(ticket_id, field_id)
        return structure_list(await self._call("PUT", path, json=value), CustomFieldValue)

    async def delete_custom_field(self, ticket_id: int, field_id: int) -> None:
        """Clear one value."""
        path = self._field_path(ticket_id, field_id)
        await self._call("DELETE", path)

    def _field_path(self, ticket_id: int, field_id: int) -> str:
        owner = self._item_path(ticket_id, "ticket_id")
        return f"{owner}/custom-fields/{check_id(field_id, 'field_id')}"
