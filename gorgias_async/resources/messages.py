"""``client.messages``: the global message list, and each ticket's messages."""

from __future__ import annotations

import builtins
from typing import Any, Literal

from .._validate import check_choice, check_id
from ..models import TicketMessage
from ._base import Resource, body_of, structure_list

SendAction = Literal["force", "retry", "cancel"]


class MessagesSpecials(Resource[TicketMessage]):
    """Ticket messages: listed globally (``/messages``), addressed through their ticket.

    ``client.messages.list()`` walks every message of the account in one cursor (what an
    export needs: no request per ticket); ``list(ticket_id=…)`` one ticket's messages.
    """

    @staticmethod
    def _message_path(ticket_id: int, message_id: int | None = None) -> str:
        path = f"/tickets/{check_id(ticket_id, 'ticket_id')}/messages"
        if message_id is not None:
            path += f"/{check_id(message_id, 'message_id')}"
        return path

    @classmethod
    def _one_message_path(cls, ticket_id: int, message_id: int) -> str:
        """The path of one message: ``message_id`` is required (None is no id)."""
        return f"{cls._message_path(ticket_id)}/{check_id(message_id, 'message_id')}"

    @staticmethod
    def _action(action: SendAction | None) -> dict[str, str] | None:
        if action is None:
            return None
        return {"action": check_choice(action, ("force", "retry", "cancel"), "action")}

    async def get(self, ticket_id: int, message_id: int) -> TicketMessage:
        """One message of a ticket."""
        path = self._one_message_path(ticket_id, message_id)
        return self._structure(await self._call("GET", path))

    async def create(
        self,
        ticket_id: int,
        params: Any = None,
        /,
        *,
        action: SendAction | None = None,
        **fields: Any,
    ) -> TicketMessage:
        """Add a message to a ticket (``channel``, ``via``, ``from_agent`` are required).

        A message created without ``sent_datetime`` is *sent* by Gorgias; pass the
        original ``sent_datetime`` to import history without sending it.
        """
        body = await self._call(
            "POST",
            self._message_path(ticket_id),
            params=self._action(action),
            json=body_of(params, fields),
        )
        return self._structure(body)

    async def update(
        self,
        ticket_id: int,
        message_id: int,
        params: Any = None,
        /,
        *,
        action: SendAction | None = None,
        **fields: Any,
    ) -> TicketMessage:
        """Partially update a message (a ``PUT`` of the fields given: Gorgias has no
        ``PATCH``); ``action`` settles a failed send."""
        body = await self._call(
            "PUT",
            self._one_message_path(ticket_id, message_id),
            params=self._action(action),
            json=body_of(params, fields),
        )
        return self._structure(body)

    async def delete(self, ticket_id: int, message_id: int) -> None:
        """Delete a message of a ticket."""
        await self._call("DELETE", self._one_message_path(ticket_id, message_id))

    async def list_for_ticket(self, ticket_id: int) -> builtins.list[TicketMessage]:
        """A ticket's messages, ``GET /tickets/{id}/messages`` (``TicketMessages_listOrdered``:
        unpaged, deprecated by Gorgias in favour of ``list(ticket_id=…)``, which pages)."""
        return structure_list(await self._call("GET", self._message_path(ticket_id)), self.model)

    # Bulk writes address each message through its ticket: records carry ``ticket_id``.

    @property
    def _bulk_parents(self) -> tuple[str, ...]:
        return ("ticket_id",)

    def _bulk_path(self, parents: tuple[int, ...], item_id: int | None) -> str:
        return self._message_path(parents[0], item_id)
