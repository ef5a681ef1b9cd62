"""Bulk writes for the services that create, update or delete: a mixin of :class:`Resource`.

Only the services with write verbs inherit it, so ``client.events.bulk_create`` does not
exist. The engine is :mod:`gorgias_async.bulk`; this mixin hands it the service's own
write methods and the facts about its paths.
"""

from __future__ import annotations

from collections.abc import AsyncIterable, AsyncIterator, Iterable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from ._base import Resource

if TYPE_CHECKING:  # the engine is imported on the first bulk call, not with the client
    from ..bulk import BulkOrder, BulkResult, Operation, ResultsSink

M = TypeVar("M")


class BulkWrites(Resource[M]):
    """``bulk_create`` / ``bulk_update`` / ``bulk_delete`` / ``settle_unknown``."""

    def bulk_create(
        self,
        records: Iterable[Any] | AsyncIterable[Any],
        *,
        exclude: Iterable[str] = (),
        mapping: Mapping[str, str] | None = None,
        dry_run: bool = False,
        order: BulkOrder = "input",
        results: ResultsSink | None = None,
        stop_on_error: bool = False,
        settle: bool = False,
        concurrency: int | None = None,
    ) -> AsyncIterator[BulkResult[M]]:
        """Create one object per record, concurrently; yields one result per record.

        ``records``: any iterable or async iterable of dicts or models, read lazily.
        ``exclude`` drops fields, then ``mapping`` renames them (source → Gorgias name).
        ``dry_run`` yields the requests (``result.request``) and sends nothing. ``order``:
        ``"input"`` or ``"completed"``. ``results``: a callback (sync or async) or the path
        of a JSONL file receiving every result. ``stop_on_error``: start no new record
        after one fails (those in flight still finish and are reported). ``settle``: look
        ``unknown`` creates up by ``external_id`` at once. ``concurrency``: writes at once
        (default and maximum: the client's ``max_concurrency``). Creates are not
        retried after an ambiguous failure: see :mod:`gorgias_async.bulk`.
        """
        return self._bulk(
            "create",
            records,
            exclude=exclude,
            mapping=mapping,
            dry_run=dry_run,
            order=order,
            results=results,
            stop_on_error=stop_on_error,
            settle=settle,
            concurrency=concurrency,
        )

    def bulk_update(
        self,
        records: Iterable[Any] | AsyncIterable[Any],
        *,
        exclude: Iterable[str] = (),
        mapping: Mapping[str, str] | None = None,
        dry_run: bool = False,
        order: BulkOrder = "input",
        results: ResultsSink | None = None,
        stop_on_error: bool = False,
        concurrency: int | None = None,
    ) -> AsyncIterator[BulkResult[M]]:
        """Partially update one object per record (each carries its ``id``).

        The other fields are the update's body; options as for :meth:`bulk_create`.
        """
        return self._bulk(
            "update",
            records,
            exclude=exclude,
            mapping=mapping,
            dry_run=dry_run,
            order=order,
            results=results,
            stop_on_error=stop_on_error,
            concurrency=concurrency,
        )

    def bulk_delete(
        self,
        records: Iterable[Any] | AsyncIterable[Any],
        *,
        mapping: Mapping[str, str] | None = None,
        dry_run: bool = False,
        order: BulkOrder = "input",
        results: ResultsSink | None = None,
        stop_on_error: bool = False,
        concurrency: int | None = None,
    ) -> AsyncIterator[BulkResult[M]]:
        """Delete one object per record: an id, or a record carrying its ``id``.

        Options as for :meth:`bulk_create`.
        """
        return self._bulk(
            "delete",
            records,
            mapping=mapping,
            dry_run=dry_run,
            order=order,
            results=results,
            stop_on_error=stop_on_error,
            concurrency=concurrency,
        )

    def settle_unknown(
        self, results: Iterable[BulkResult[M]] | AsyncIterable[BulkResult[M]]
    ) -> AsyncIterator[BulkResult[M]]:
        """The results again, each ``unknown`` create looked up by its ``external_id``.

        Found: ``created`` with the object. Not found: ``failed`` (not created; safe to
        send again), except after a timeout (it may still be processing). Other
        results pass through unchanged.
        """
        from ..bulk import settle_results

        if not self._bulk_findable:
            raise ValueError(f"{type(self).__name__} cannot look objects up by external_id")
        return settle_results(self, results)

    def _bulk(
        self, operation: Operation, records: Iterable[Any] | AsyncIterable[Any], **options: Any
    ) -> AsyncIterator[BulkResult[M]]:
        from ..bulk import run_bulk

        if not callable(getattr(self, operation, None)):
            raise TypeError(
                f"{type(self).__name__} cannot {operation}, so it has no bulk_{operation}"
            )
        return run_bulk(self, operation, records, **options)

    @property
    def _bulk_parents(self) -> tuple[str, ...]:
        """Record fields naming the parent of each object in its path (messages: ticket)."""
        return ()

    @property
    def _bulk_id_name(self) -> str:
        return "id"

    @property
    def _bulk_concurrency(self) -> int:
        return self._requester.max_concurrency

    @property
    def _bulk_secrets(self) -> tuple[str, ...]:
        return self._requester.auth.secrets()

    @property
    def _bulk_name(self) -> str:
        """What the results journal calls this service (``Tickets`` → ``tickets``)."""
        return type(self).__name__.lower()

    @property
    def _bulk_findable(self) -> bool:
        return self.findable

    def _bulk_path(self, parents: tuple[int, ...], item_id: int | None) -> str:
        return self.path if item_id is None else self._item_path(item_id)

    async def _bulk_send(
        self,
        operation: Operation,
        parents: tuple[int, ...],
        item_id: int | None,
        body: dict[str, Any] | None,
    ) -> M | None:
        """One write through the service's own public method."""
        verb = getattr(self, operation)
        if operation == "create":
            created: M = await verb(*parents, body)
            return created
        if operation == "update":
            updated: M = await verb(*parents, item_id, body)
            return updated
        await verb(*parents, item_id)
        return None

    async def _bulk_find(self, external_id: str) -> M | None:
        page = await self._list(1, None, {"external_id": external_id})
        return page.data[0] if page.data else None
