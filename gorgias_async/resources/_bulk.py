"""Bulk writes for the services that create, update or delete: a mixin of :class:`Resource`.

Only the services with write verbs inherit it, so ``client.events.bulk_create`` does not
exist. The engine is :mod:`gorgias_async.bulk`; this mixin hands it the service's own
write methods and the facts about its paths.
"""

from __future__ import annotations

from collections.abc import AsyncIterable, AsyncIterator, Iterable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from .._http import Call
from ..models import Job, structure
from ._base import Resource

if TYPE_CHECKING:  # the engine is imported on the first bulk call, not with the client
    from ..bulk import BulkOrder, BulkRequest, BulkResult, Operation, ResultsSink, Via

M = TypeVar("M")


class BulkWrites(Resource[M]):
    """``bulk_create`` / ``bulk_update`` / ``bulk_delete`` / ``settle_unknown``.

    Gorgias has no batch endpoint for creates, nor for writes of anything but tickets:
    those send one request per record. Ticket updates and deletes can also run as
    server-side jobs (``via="job"``): one request per 1,000 tickets sharing a change.
    """

    #: The server-side job type of each write it can batch (``via="job"``).
    _bulk_job_types: ClassVar[Mapping[str, str]] = {}

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
        headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[BulkResult[M]]:
        """Create one object per record, concurrently; yields one result per record.

        ``records``: any iterable or async iterable of dicts or models, read lazily.
        ``exclude`` drops fields, then ``mapping`` renames them (source → Gorgias name);
        both take dotted paths into nested objects (``"customer.email"``), and a name
        that matches no field of any record is a ``ValueError`` — before anything is sent
        for a list or tuple, at the end of a lazy input.
        ``dry_run`` yields the requests (``result.request``) and sends nothing. ``order``:
        ``"input"`` or ``"completed"``. ``results``: a callback (sync or async) or the path
        of a JSONL file receiving every result. ``stop_on_error``: start no new record
        after one fails (those in flight still finish and are reported). ``settle``: look
        ``unknown`` creates up by ``external_id`` at once. ``concurrency``: writes at once
        (default and maximum: the client's ``max_concurrency``). ``headers``: extra
        request headers sent with every write of the batch. Creates are not retried
        after an ambiguous failure: see :mod:`gorgias_async.bulk`. Gorgias has no batch
        create: one request per record.
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
            headers=headers,
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
        headers: Mapping[str, str] | None = None,
        via: Via = "records",
        poll_interval: float = 2.0,
    ) -> AsyncIterator[BulkResult[M]]:
        """Partially update one object per record (each carries its ``id``).

        The other fields are the update's body: only they are sent, as a ``PUT`` (Gorgias
        has no ``PATCH``; its ``PUT`` changes only the fields given). Options as for
        :meth:`bulk_create`.

        ``via="job"`` (tickets only): records with the same change become server-side
        ``updateTicket`` jobs (``POST /jobs``, up to 1,000 ticket ids each) instead of one
        request per record; each job is followed (``GET /jobs/{id}`` every
        ``poll_interval`` seconds) to its end. The whole input is read first to group it.
        Each record's result is ``updated`` (``value`` None: a job returns no tickets)
        with its ``job_id``; ``failed`` (:class:`~gorgias_async.bulk.JobFailedError`)
        when its job errored or was cancelled; ``unknown`` when its job could not be
        followed to its end. A job reports progress, not per-ticket outcomes: a ticket
        id that does not exist is skipped by Gorgias and still reported ``updated``.
        Other services have no batch endpoint (``ValueError``).
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
            headers=headers,
            via=via,
            poll_interval=poll_interval,
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
        headers: Mapping[str, str] | None = None,
        via: Via = "records",
        poll_interval: float = 2.0,
    ) -> AsyncIterator[BulkResult[M]]:
        """Delete one object per record: an id, or a record carrying its ``id``.

        Options as for :meth:`bulk_create`; ``via="job"`` (tickets only) deletes through
        ``deleteTicket`` jobs, as :meth:`bulk_update` describes.
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
            headers=headers,
            via=via,
            poll_interval=poll_interval,
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

    async def _bulk_send(self, request: BulkRequest, headers: Mapping[str, str] | None) -> M | None:
        """One write: exactly the request its result reports (``result.request``)."""
        call = Call(
            request.method, request.path, json=request.body, headers=headers, parse_json=True
        )
        answer = (await self._requester.send(call)).json()
        return None if request.method == "DELETE" else self._structure(answer)

    async def _bulk_job(
        self, job_id: int | None, body: dict[str, Any] | None, headers: Mapping[str, str] | None
    ) -> Job:
        """Start a job (``job_id`` None, ``body`` its definition) or look at one."""
        if job_id is None:
            call = Call("POST", "/jobs", json=body, headers=headers, parse_json=True)
        else:
            call = Call("GET", f"/jobs/{job_id}", headers=headers, parse_json=True)
        job: Job = structure((await self._requester.send(call)).json(), Job)
        return job

    async def _bulk_find(self, external_id: str) -> M | None:
        page = await self._list(1, None, {"external_id": external_id})
        return page.data[0] if page.data else None
