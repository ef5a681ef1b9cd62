"""Bulk writes: many creates, updates or deletes at once, under the client's budget.

::

    async for result in client.tickets.bulk_create(records, results="results.jsonl"):
        if not result.ok:
            print(result.index, result.status, result.error)

The engine reads the input lazily (any iterable or async iterable of dicts or models),
turns each record into one request of the service (``tickets.create(body)``,
``messages.update(ticket_id, id, body)``…) and runs at most the client's
``max_concurrency`` of them at once; the client's rate budget, semaphore and retry policy
apply to each as to any other call. Every input record gives exactly one
:class:`BulkResult`, in input order or as they complete; one bad record never stops the
batch unless ``stop_on_error=True``.

With ``results="results.jsonl"`` every record is journaled around its request (see
:mod:`gorgias_async._journal`): run the same bulk write again with the same input and
results file after a crash and it skips what is done, settles what was in flight by
``external_id`` (where the service can look objects up by it) and sends only the rest —
no record is created twice. An in-flight create that cannot be settled is ``unknown``,
never resent.

Creates are never blindly retried: after an ambiguous failure (no answer although the
request was sent, a timeout, a 5xx, an unreadable 2xx body) the result is ``"unknown"``.
With ``settle=True`` (or later with ``service.settle_unknown(results)``) a record that
carries an ``external_id`` is looked up by it: found, it becomes ``"created"`` with the
object found; not found, ``"failed"`` (not created, safe to send again) — except after a
timeout, whose request may still be processing, which stays ``"unknown"``. This assumes
the ``external_id`` values are unique and new to the account.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import os
from collections.abc import AsyncIterable, AsyncIterator, Awaitable, Callable, Iterable, Mapping
from typing import Any, Generic, Literal, Protocol, TypeVar

import attrs

from . import _json
from ._journal import Journal, Resume, fingerprint
from ._shape import Shaper
from ._validate import check_bool, check_choice, check_id, check_int, check_positive
from .errors import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    DecodeError,
    InternalServerError,
)
from .models import Job, plain, unstructure

__all__ = [
    "BulkOrder",
    "BulkRequest",
    "BulkResult",
    "BulkStatus",
    "BulkSummary",
    "InvalidRecord",
    "JobFailedError",
    "Operation",
    "ResultsSink",
    "Via",
    "run_bulk",
    "settle_results",
]

M = TypeVar("M")
M_co = TypeVar("M_co", covariant=True)

BulkStatus = Literal["created", "updated", "deleted", "failed", "unknown", "planned"]
BulkOrder = Literal["input", "completed"]
Operation = Literal["create", "update", "delete"]
#: How a bulk write reaches Gorgias: one request per record, or server-side jobs.
Via = Literal["records", "job"]

ORDERS: tuple[BulkOrder, ...] = ("input", "completed")
VIAS: tuple[Via, ...] = ("records", "job")
#: Headers the client sets itself: a bulk write may not replace them.
RESERVED_HEADERS = frozenset({"authorization", "content-length", "content-type", "host"})
#: Ticket ids per job: our cap (Gorgias documents none), so one failed job costs little.
JOB_SIZE = 1000
#: Seconds between two looks at a running job.
POLL_INTERVAL = 2.0
JOB_DONE = "done"
JOB_ENDED = frozenset({"done", "errored", "fatal_errored", "canceled", "cancelled"})
DONE: dict[Operation, BulkStatus] = {"create": "created", "update": "updated", "delete": "deleted"}
METHODS: dict[Operation, str] = {"create": "POST", "update": "PUT", "delete": "DELETE"}
UNKNOWN_NOTE = "unknown — check before retrying (the request may have been processed)"
UNKNOWN_IN_FLIGHT = (
    "an earlier run sent this create and was stopped before the answer; it cannot be "
    "looked up by external_id, so it is not sent again: check it before retrying"
)
# Results completed but waiting for an earlier one (order="input"), per write in flight.
BACKLOG_FACTOR = 4
_END: Any = object()


class InFlightError(APIError):
    """A create an earlier run sent without seeing the answer (see :mod:`_journal`)."""


class JobFailedError(APIError):
    """A server-side job ended without doing its work (``errored``, ``canceled``…).

    Attributes:
        job: the job as last seen (its ``status``, ``info``).
    """

    def __init__(self, job: Job) -> None:
        super().__init__(
            f"job {job.id} ({job.type}) ended {job.status}: its tickets may be partly "
            "changed (an update or delete is safe to send again; a macro that replies "
            "would reply twice)",
            method="GET",
            path=f"/jobs/{job.id}",
        )
        self.job = job


@attrs.frozen
class BulkRequest:
    """One request of a bulk write: what is sent, or what a dry run would send.

    Attributes:
        method: ``POST``, ``PUT`` or ``DELETE``. path: relative to the base URL.
        body: the JSON body (None for a delete).
    """

    method: str
    path: str
    body: dict[str, Any] | None = None

    def to_dict(self) -> dict[str, Any]:
        """``{"method", "path", "body"}``."""
        return {"method": self.method, "path": self.path, "body": self.body}


@attrs.frozen
class BulkResult(Generic[M]):
    """The outcome of one input record.

    Attributes:
        index: the record's position in the input (0-based).
        status: ``created``/``updated``/``deleted`` (done), ``failed`` (not done; the
            record or the server refused it), ``unknown`` (a create that may or may not
            have happened: check before retrying), ``planned`` (a dry run's request).
        value: the created or updated object (or the one found by settling).
        error: the typed error of a ``failed`` or ``unknown`` record: an
            :class:`~gorgias_async.APIError`, or a ``TypeError``/``ValueError`` for a
            record that could not become a request.
        request: the request sent (or planned); None when the record was unusable.
        settled: True when an ``unknown`` was resolved by looking up its ``external_id``.
        resumed: True when the outcome is an earlier run's, read from the results
            journal (nothing was sent for it this time; ``value`` is None).
        job_id: the server-side job that carried the write (``via="job"``), else None.
    """

    index: int
    status: BulkStatus
    value: M | None = None
    error: Exception | None = None
    request: BulkRequest | None = None
    settled: bool = False
    resumed: bool = False
    job_id: int | None = None

    @property
    def ok(self) -> bool:
        """True when the write is done (or planned, in a dry run)."""
        return self.status not in ("failed", "unknown")

    @property
    def external_id(self) -> str | None:
        """The ``external_id`` the record was sent with, if any."""
        body = self.request.body if self.request is not None else None
        value = body.get("external_id") if body else None
        return value if isinstance(value, str) and value else None

    @property
    def note(self) -> str:
        """A one-line explanation of the status, for people."""
        if self.status == "unknown":
            return UNKNOWN_NOTE
        if self.status == "failed" and self.settled:
            return f"not created (no object with external_id {self.external_id!r}): safe to retry"
        if self.error is not None:
            return str(self.error)
        return self.status

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: index, status, ids, the API's answer or the error.

        A planned request is written with its body; a sent one with its method and path
        (the body is the input record at ``index``).
        """
        line: dict[str, Any] = {"index": self.index, "status": self.status, "ok": self.ok}
        if self.request is not None:
            line["request"] = (
                self.request.to_dict()
                if self.status == "planned"
                else {"method": self.request.method, "path": self.request.path}
            )
        if self.external_id is not None:
            line["external_id"] = self.external_id
        if self.settled:
            line["settled"] = True
        if self.job_id is not None:
            line["job_id"] = self.job_id
        if self.value is not None:
            line["response"] = unstructure(self.value)
        if self.error is not None:
            line["error"] = error_dict(self.error)
        if self.status == "unknown" or (self.settled and self.status == "failed"):
            line["note"] = self.note
        return line


def error_dict(error: Exception) -> dict[str, Any]:
    """The JSON-ready description of a record's error: type, message, status, body, id."""
    described: dict[str, Any] = {"type": type(error).__name__, "message": str(error)}
    if isinstance(error, APIStatusError):
        described.update(status=error.status, body=error.body, request_id=error.request_id)
    elif isinstance(error, DecodeError):
        described["status"] = error.status
    if isinstance(error, APIConnectionError):
        described["sent"] = error.sent
    return described


@attrs.define
class BulkSummary:
    """Counts of a bulk run by status; ``add`` each result (or use :meth:`of`)."""

    total: int = 0
    created: int = 0
    updated: int = 0
    deleted: int = 0
    failed: int = 0
    unknown: int = 0
    planned: int = 0
    earlier: int = 0

    @classmethod
    def of(cls, results: Iterable[BulkResult[Any]]) -> BulkSummary:
        """The summary of ``results``."""
        summary = cls()
        for result in results:
            summary.add(result)
        return summary

    def add(self, result: BulkResult[Any]) -> None:
        """Count one result."""
        self.total += 1
        self.earlier += result.resumed
        setattr(self, result.status, getattr(self, result.status) + 1)

    @property
    def ok(self) -> bool:
        """True when nothing failed and nothing is unknown."""
        return self.failed == 0 and self.unknown == 0

    def __str__(self) -> str:
        counts = [
            f"{name} {getattr(self, name):,}"
            for name in ("created", "updated", "deleted", "planned", "failed", "unknown")
            if getattr(self, name) or name in ("failed", "unknown")
        ]
        earlier = f" ({self.earlier:,} from an earlier run)" if self.earlier else ""
        return f"{self.total:,} records{earlier}: " + ", ".join(counts)


ResultsSink = Callable[[BulkResult[Any]], Any] | str | os.PathLike[str]


class BulkTarget(Protocol[M_co]):
    """What the engine needs of a service (:class:`~gorgias_async.resources._bulk.BulkWrites`)."""

    @property
    def _bulk_parents(self) -> tuple[str, ...]: ...

    @property
    def _bulk_id_name(self) -> str: ...

    @property
    def _bulk_concurrency(self) -> int: ...

    @property
    def _bulk_secrets(self) -> tuple[str, ...]: ...

    @property
    def _bulk_name(self) -> str: ...

    @property
    def _bulk_findable(self) -> bool: ...

    def _bulk_path(self, parents: tuple[int, ...], item_id: int | None) -> str: ...

    @property
    def _bulk_job_types(self) -> Mapping[str, str]: ...

    async def _bulk_send(
        self, request: BulkRequest, headers: Mapping[str, str] | None
    ) -> M_co | None: ...

    async def _bulk_job(
        self, job_id: int | None, body: dict[str, Any] | None, headers: Mapping[str, str] | None
    ) -> Job: ...

    async def _bulk_find(self, external_id: str) -> M_co | None: ...


# -- options ---------------------------------------------------------------------------


@attrs.frozen
class _Options:
    operation: Operation
    shape: Shaper
    dry_run: bool
    order: BulkOrder
    stop_on_error: bool
    settle: bool
    concurrency: int
    headers: Mapping[str, str] | None = None
    via: Via = "records"
    poll_interval: float = POLL_INTERVAL
    job: tuple[str, Mapping[str, Any]] | None = None  # a job type and params of its own


def _check_records(records: object) -> None:
    if isinstance(records, str | bytes | Mapping) or not isinstance(
        records, Iterable | AsyncIterable
    ):
        raise TypeError(
            "records must be an iterable or async iterable of records, "
            f"not {type(records).__name__}"
        )


def _check_headers(headers: object) -> Mapping[str, str] | None:
    if headers is None:
        return None
    if not isinstance(headers, Mapping):
        raise TypeError(f"headers must be a mapping of header names to values, not {headers!r}")
    for name, value in headers.items():
        if not isinstance(name, str) or not isinstance(value, str):
            raise TypeError("headers must map str names to str values")
        if not name or any(c in name for c in " :\r\n") or any(c in value for c in "\r\n"):
            raise ValueError(f"headers: {name!r} is not a valid header line")
        if name.lower() in RESERVED_HEADERS:
            raise ValueError(f"headers: {name!r} is set by the client, not per bulk write")
    return dict(headers)


def _check_concurrency(concurrency: object, client_limit: int) -> int:
    if concurrency is None:
        return client_limit
    # The client's max_concurrency is the ceiling: more would only queue at its semaphore.
    return check_int(concurrency, "concurrency", low=1, high=client_limit)


def _check_results(results: object) -> None:
    if results is None or callable(results) or isinstance(results, str | os.PathLike):
        return
    raise TypeError(
        f"results must be a callable, a path to a JSONL file, or None, not {type(results).__name__}"
    )


def _check_options(
    target: BulkTarget[Any],
    operation: Operation,
    *,
    records: object,
    exclude: object,
    mapping: object,
    dry_run: object,
    order: object,
    results: object,
    stop_on_error: object,
    settle: object,
    concurrency: object,
    headers: object,
    via: object,
    poll_interval: object,
) -> _Options:
    _check_records(records)
    _check_results(results)
    if order not in ORDERS:
        raise ValueError(f"order must be 'input' or 'completed', not {order!r}")
    if settle is True and not target._bulk_findable:
        raise ValueError(f"settle: {target!r} cannot look objects up by external_id")
    check_choice(via, VIAS, "via")
    if via == "job" and operation not in target._bulk_job_types:
        raise ValueError(
            f"via='job': Gorgias has no batch endpoint for {operation}s of "
            f"{target._bulk_name} (jobs exist for ticket updates and deletes only); "
            "leave via='records'"
        )
    return _Options(
        operation=operation,
        shape=Shaper(exclude, mapping),
        dry_run=check_bool(dry_run, "dry_run"),
        order=order,
        stop_on_error=check_bool(stop_on_error, "stop_on_error"),
        settle=check_bool(settle, "settle"),
        concurrency=_check_concurrency(concurrency, target._bulk_concurrency),
        headers=_check_headers(headers),
        via=via,  # type: ignore[arg-type]
        poll_interval=check_positive(poll_interval, "poll_interval"),
    )


def _check_shapes(
    target: BulkTarget[Any], options: _Options, records: Iterable[Any] | AsyncIterable[Any]
) -> None:
    """Refuse, before anything is sent, an exclude or mapping that no record matches.

    Only an input held in memory (a list, a tuple) can be read ahead; a lazy input is
    checked as it is read (:func:`_refuse_unmatched` at its end).
    """
    if not options.shape or not isinstance(records, list | tuple):
        return
    for record in records:
        with contextlib.suppress(TypeError, ValueError):
            options.shape.apply(record_fields(_as_record(target, options, record)))
    _refuse_unmatched(options)


def _refuse_unmatched(options: _Options) -> None:
    if (problem := options.shape.unmatched()) is not None:
        raise ValueError(problem)


# -- records to requests ---------------------------------------------------------------


@attrs.frozen
class InvalidRecord:
    """What a reader yields for input it could not parse (a bad JSON line…).

    Its result is ``failed`` with ``ValueError(reason)``, and the batch goes on.
    """

    reason: str


def record_fields(record: Any) -> dict[str, Any]:
    """The fields of one input record: a mapping, or a model's set fields."""
    if isinstance(record, InvalidRecord):
        raise ValueError(record.reason)
    if attrs.has(type(record)):
        fields: dict[str, Any] = unstructure(record)
        return fields
    if isinstance(record, Mapping):
        return dict(plain(record))  # models inside (an uploaded file) go as their JSON
    raise TypeError(f"a record must be a mapping or a model, not {type(record).__name__}")


def _as_record(target: BulkTarget[Any], options: _Options, record: Any) -> Any:
    """A delete (or a job of its own, like applying a macro) may name its object by id
    alone: ``7`` is ``{"id": 7}``."""
    by_id = options.operation == "delete" or options.job is not None
    if by_id and isinstance(record, int) and not target._bulk_parents:
        return {target._bulk_id_name: record}
    return record


def _take_id(fields: dict[str, Any], name: str) -> int:
    if name not in fields:
        raise ValueError(f"the record has no {name!r}")
    return check_id(fields.pop(name), name)


def plan(
    target: BulkTarget[Any], options: _Options, record: Any
) -> tuple[tuple[int, ...], int | None, BulkRequest]:
    """The parent ids, the object id and the request of one record (or TypeError/ValueError)."""
    operation = options.operation
    fields = options.shape.apply(record_fields(_as_record(target, options, record)))
    parents = tuple(_take_id(fields, name) for name in target._bulk_parents)
    item_id = None if operation == "create" else _take_id(fields, target._bulk_id_name)
    body = None if operation == "delete" else fields
    request = BulkRequest(METHODS[operation], target._bulk_path(parents, item_id), body)
    return parents, item_id, request


def is_ambiguous(error: BaseException) -> bool:
    """Whether a create that failed this way may nevertheless have been processed."""
    if isinstance(error, APIConnectionError):
        return error.sent
    if isinstance(error, DecodeError):
        return error.status < 300
    return isinstance(error, InternalServerError)


@attrs.frozen
class _Journaling:
    """The results journal of a run and where its earlier run stood (both optional)."""

    journal: Journal | None = None
    resume: Resume | None = None


async def _write(
    target: BulkTarget[M], options: _Options, index: int, record: Any, journaling: _Journaling
) -> BulkResult[M]:
    journal, resume = journaling.journal, journaling.resume
    try:
        request = plan(target, options, record)[2]
    except (TypeError, ValueError) as exc:
        result: BulkResult[M] = BulkResult(index, "failed", error=exc)
        if resume is not None and resume.outcome(index):
            return attrs.evolve(result, resumed=True)
        return result
    mark = mark_of(BulkResult(index, "planned", request=request))
    if resume is not None and (earlier := resume.outcome(index)) is not None:
        return BulkResult(index, earlier, request=request, resumed=True)  # type: ignore[arg-type]
    operation = options.operation
    if resume is not None and index in resume.in_flight and operation == "create":
        # Sent by a run that died before the answer: settle before anything is resent.
        settled = await _settle_in_flight(target, index, request)
        if settled is not None:
            return settled
    if journal is not None:
        external = BulkResult(index, "planned", request=request).external_id
        extra = {"external_id": external} if external else {}
        await journal.sending(
            index, mark, {"method": request.method, "path": request.path}, **extra
        )
    try:
        value = await target._bulk_send(request, options.headers)
    except Exception as exc:
        unknown = operation == "create" and is_ambiguous(exc)
        result = BulkResult(index, "unknown" if unknown else "failed", error=exc, request=request)
        if unknown and options.settle:
            result = await settle_one(target, result)
    else:
        result = BulkResult(index, DONE[operation], value=value, request=request)
    return result


def mark_of(result: BulkResult[Any]) -> int:
    """The journal fingerprint of a result's record: its request, or why it had none."""
    if result.request is not None:
        return fingerprint(result.request.to_dict())
    return fingerprint(None, f"unusable: {result.error}")


def _check_same(
    target: BulkTarget[Any], options: _Options, index: int, record: Any, journaling: _Journaling
) -> None:
    """ValueError if the journal recorded another record at ``index`` (another input)."""
    journal, resume = journaling.journal, journaling.resume
    if journal is None or resume is None or not (known := resume.fingerprint(index)):
        return
    try:
        result: BulkResult[Any] = BulkResult(
            index, "planned", request=plan(target, options, record)[2]
        )
    except (TypeError, ValueError) as exc:
        result = BulkResult(index, "failed", error=exc)
    if known != mark_of(result):
        raise ValueError(f"results: {journal.mismatch(index)}")


async def _settle_in_flight(
    target: BulkTarget[M], index: int, request: BulkRequest
) -> BulkResult[M] | None:
    """The outcome of a create an earlier run sent without seeing the answer: found by
    its ``external_id`` (created), or None when it was not created (send it now); it stays
    ``unknown`` where it cannot be looked up."""
    unknown: BulkResult[M] = BulkResult(
        index, "unknown", error=InFlightError(UNKNOWN_IN_FLIGHT), request=request
    )
    if not target._bulk_findable or unknown.external_id is None:
        return unknown
    settled = await settle_one(target, unknown)
    if settled.status == "created":
        return settled
    if settled.status == "failed":
        return None  # looked up and not there: never created, safe to send
    return unknown


def _planned(target: BulkTarget[M], options: _Options, index: int, record: Any) -> BulkResult[M]:
    try:
        _, _, request = plan(target, options, record)
    except (TypeError, ValueError) as exc:
        return BulkResult(index, "failed", error=exc)
    return BulkResult(index, "planned", request=request)


# -- settling unknowns -----------------------------------------------------------------


async def settle_one(target: BulkTarget[M], result: BulkResult[M]) -> BulkResult[M]:
    """Resolve an ``unknown`` result by looking up its ``external_id`` (others unchanged).

    Found: ``created`` with the object. Not found: ``failed`` (not created), unless the
    request timed out (it may still be processing: stays ``unknown``). A lookup that
    fails leaves the result ``unknown``.
    """
    external_id = result.external_id
    if result.status != "unknown" or external_id is None:
        return result
    try:
        found = await target._bulk_find(external_id)
    except APIError:
        return result
    if found is not None:
        return attrs.evolve(result, status="created", value=found, error=None, settled=True)
    if isinstance(result.error, APITimeoutError):
        return result
    return attrs.evolve(result, status="failed", settled=True)


async def settle_results(
    target: BulkTarget[M], results: Iterable[BulkResult[M]] | AsyncIterable[BulkResult[M]]
) -> AsyncIterator[BulkResult[M]]:
    """Every result of ``results``, each ``unknown`` one settled by :func:`settle_one`."""
    async for result in _aiterate(results):
        yield await settle_one(target, result)


# -- results ---------------------------------------------------------------------------


async def _call_back(
    callback: Callable[[BulkResult[Any]], Any] | None, result: BulkResult[Any]
) -> None:
    if callback is not None:
        answer = callback(result)
        if inspect.isawaitable(answer):
            await answer


# -- the engine ------------------------------------------------------------------------


async def _aiterate(records: Iterable[Any] | AsyncIterable[Any]) -> AsyncIterator[Any]:
    if isinstance(records, AsyncIterable):
        async for record in records:
            yield record
    else:
        for record in records:
            yield record


class _Window(Generic[M]):
    """Writes in flight (at most ``limit``), and results waiting for their turn.

    A write gives one result (a request per record) or several (a job's records).
    """

    def __init__(self, limit: int, ordered: bool) -> None:
        self.limit = limit
        self.ordered = ordered
        self.running: set[asyncio.Task[BulkResult[M] | list[BulkResult[M]]]] = set()
        self.ready: dict[int, BulkResult[M]] = {}
        self.next_index = 0

    def has_room(self) -> bool:
        """Whether another write may start."""
        waiting = len(self.running) + len(self.ready)
        return len(self.running) < self.limit and waiting < self.limit * BACKLOG_FACTOR

    def start(self, write: Awaitable[BulkResult[M] | list[BulkResult[M]]]) -> None:
        """Start one write."""
        self.running.add(asyncio.ensure_future(write))

    def finished(self, results: list[BulkResult[M]]) -> list[BulkResult[M]]:
        """Take results in; return those now due, in the chosen order."""
        finished = sorted(results, key=lambda r: r.index)
        if not self.ordered:
            return finished
        self.ready.update((result.index, result) for result in finished)
        due: list[BulkResult[M]] = []
        while self.next_index in self.ready:
            due.append(self.ready.pop(self.next_index))
            self.next_index += 1
        return due

    async def completed(self) -> list[BulkResult[M]]:
        """Wait for at least one write to end; the results now due, in the chosen order."""
        done, self.running = await asyncio.wait(self.running, return_when=asyncio.FIRST_COMPLETED)
        results: list[BulkResult[M]] = []
        for task in done:
            outcome = task.result()
            results += outcome if isinstance(outcome, list) else [outcome]
        return self.finished(results)

    def rest(self) -> list[BulkResult[M]]:
        """The results still waiting for an earlier one that will not come (stopped)."""
        rest = [self.ready[index] for index in sorted(self.ready)]
        self.ready.clear()
        return rest

    async def cancel(self) -> None:
        """Cancel the writes in flight (the caller left early)."""
        for task in self.running:
            task.cancel()
        await asyncio.gather(*self.running, return_exceptions=True)
        self.running.clear()


async def _send_all(
    target: BulkTarget[M],
    options: _Options,
    records: Iterable[Any] | AsyncIterable[Any],
    journaling: _Journaling,
) -> AsyncIterator[BulkResult[M]]:
    window: _Window[M] = _Window(options.concurrency, options.order == "input")
    inputs = aiter(_aiterate(records))
    index = 0
    more, stop, input_error = True, False, None
    try:
        while True:
            while more and not stop and window.has_room():
                try:
                    record = await anext(inputs, _END)
                except Exception as exc:  # the input broke: finish what was sent, then raise
                    more, input_error = False, exc
                    break
                if record is _END:
                    more = False
                    break
                try:
                    _check_same(target, options, index, record, journaling)
                except ValueError as exc:  # another input: finish what was sent, then raise
                    more, input_error = False, exc
                    break
                window.start(_write(target, options, index, record, journaling))
                index += 1
            if not window.running:
                break
            for result in await window.completed():
                stop = stop or (options.stop_on_error and not result.ok)
                yield result
    finally:
        await window.cancel()
    if input_error is not None:
        raise input_error
    _refuse_unmatched(options)


async def _plan_all(
    target: BulkTarget[M],
    options: _Options,
    records: Iterable[Any] | AsyncIterable[Any],
    journaling: _Journaling,
) -> AsyncIterator[BulkResult[M]]:
    index = 0
    async for record in _aiterate(records):
        result = _planned(target, options, index, record)
        yield result
        index += 1
        if options.stop_on_error and not result.ok:
            return
    _refuse_unmatched(options)


# -- server-side jobs ------------------------------------------------------------------


@attrs.frozen
class _Planned:
    index: int
    item_id: int
    request: BulkRequest
    mark: int


async def _read_for_jobs(
    target: BulkTarget[M],
    options: _Options,
    records: Iterable[Any] | AsyncIterable[Any],
    journaling: _Journaling,
) -> tuple[list[BulkResult[M]], dict[bytes, list[_Planned]]]:
    """Every record read and planned: results known without a job, and the rest grouped
    by their change (records with the same body share jobs)."""
    resume = journaling.resume
    known: list[BulkResult[M]] = []
    groups: dict[bytes, list[_Planned]] = {}
    index = 0
    async for record in _aiterate(records):
        _check_same(target, options, index, record, journaling)
        try:
            _, item_id, request = plan(target, options, record)
        except (TypeError, ValueError) as exc:
            resumed = resume is not None and resume.outcome(index) is not None
            known.append(BulkResult(index, "failed", error=exc, resumed=resumed))
        else:
            if resume is not None and (earlier := resume.outcome(index)) is not None:
                known.append(BulkResult(index, earlier, request=request, resumed=True))  # type: ignore[arg-type]
            else:
                assert item_id is not None
                planned = _Planned(
                    index, item_id, request, mark_of(BulkResult(index, "planned", request=request))
                )
                groups.setdefault(_json.dumps(request.body, option=_json.SORT_KEYS), []).append(
                    planned
                )
        index += 1
    _refuse_unmatched(options)
    return known, groups


def _job_body(target: BulkTarget[Any], options: _Options, chunk: list[_Planned]) -> dict[str, Any]:
    """The ``POST /jobs`` body of one chunk of records sharing one change."""
    job_type, extra = options.job or (target._bulk_job_types[options.operation], {})
    params: dict[str, Any] = {"ticket_ids": [planned.item_id for planned in chunk], **extra}
    body = chunk[0].request.body
    if options.job is None and body is not None:
        params["updates"] = body
    return {"type": job_type, "params": params}


async def _run_job(
    target: BulkTarget[M], options: _Options, chunk: list[_Planned], journal: Journal | None
) -> list[BulkResult[M]]:
    """One job for ``chunk``, followed to its end; one result per record of the chunk."""
    if journal is not None:  # gathered: the chunk's lines share one or two fsyncs
        await asyncio.gather(
            *(
                journal.sending(
                    p.index, p.mark, {"method": p.request.method, "path": p.request.path}
                )
                for p in chunk
            )
        )
    done = DONE[options.operation]
    job: Job | None = None
    try:
        job = await target._bulk_job(None, _job_body(target, options, chunk), options.headers)
        while job.status not in JOB_ENDED:
            await asyncio.sleep(options.poll_interval)
            job = await target._bulk_job(job.id, None, options.headers)
    except APIError as exc:
        # A job created but not seen to its end may still run: the records are unknown
        # (an update or delete is safe to send again).
        ambiguous = job is not None or is_ambiguous(exc)
        status: BulkStatus = "unknown" if ambiguous else "failed"
        job_id = job.id if job is not None else None
        return [
            BulkResult(p.index, status, error=exc, request=p.request, job_id=job_id) for p in chunk
        ]
    if job.status != JOB_DONE:
        error = JobFailedError(job)
        return [
            BulkResult(p.index, "failed", error=error, request=p.request, job_id=job.id)
            for p in chunk
        ]
    return [BulkResult(p.index, done, request=p.request, job_id=job.id) for p in chunk]


async def _send_by_job(
    target: BulkTarget[M],
    options: _Options,
    records: Iterable[Any] | AsyncIterable[Any],
    journaling: _Journaling,
) -> AsyncIterator[BulkResult[M]]:
    known, groups = await _read_for_jobs(target, options, records, journaling)
    window: _Window[M] = _Window(options.concurrency, options.order == "input")
    chunks = [
        group[start : start + JOB_SIZE]
        for group in groups.values()
        for start in range(0, len(group), JOB_SIZE)
    ]
    stop = options.stop_on_error and any(not result.ok for result in known)
    try:
        for result in window.finished(known):
            yield result
        while True:
            while chunks and not stop and len(window.running) < window.limit:
                window.start(_run_job(target, options, chunks.pop(0), journaling.journal))
            if not window.running:
                break
            for result in await window.completed():
                stop = stop or (options.stop_on_error and not result.ok)
                yield result
        for result in window.rest():
            yield result
    finally:
        await window.cancel()


async def _run(
    target: BulkTarget[M],
    options: _Options,
    records: Iterable[Any] | AsyncIterable[Any],
    callback: Callable[[BulkResult[Any]], Any] | None,
    journal: Journal | None,
) -> AsyncIterator[BulkResult[M]]:
    resume = None
    if journal is not None:
        resume = await asyncio.to_thread(journal.open)
        if options.dry_run and (resume.done or resume.in_flight):
            journal.close()
            raise ValueError(
                f"results: {journal.path} holds the journal of an earlier run; a dry run "
                "writes only to a new file"
            )
    journaling = _Journaling(journal, resume)
    produce = _plan_all if options.dry_run else _send_by_job if options.via == "job" else _send_all
    results = produce(target, options, records, journaling)
    try:
        async for result in results:
            if journal is not None and not result.resumed:
                # Outcomes are journaled in the order results are yielded; one completed
                # but not yet yielded is, after a crash, settled like one in flight.
                journal.ended(result.to_dict(), mark_of(result))
            await _call_back(callback, result)
            yield result
    finally:
        await results.aclose()  # type: ignore[attr-defined]
        if journal is not None:
            journal.close()


def run_bulk(
    target: BulkTarget[M],
    operation: Operation,
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
    via: Via = "records",
    poll_interval: float = POLL_INTERVAL,
    job: tuple[str, Mapping[str, Any]] | None = None,
) -> AsyncIterator[BulkResult[M]]:
    """Run ``operation`` for every record; one :class:`BulkResult` per record.

    The options are checked here, before anything is read or sent (``TypeError`` or
    ``ValueError`` naming the argument); the records are read lazily as writes finish
    (with ``via="job"``: all of them first, to group them by change).
    See :meth:`gorgias_async.resources._bulk.BulkWrites.bulk_create` for the options;
    ``job`` (a job type and its params) runs records of ids as jobs of that type.
    """
    options = _check_options(
        target,
        operation,
        records=records,
        exclude=exclude,
        mapping=mapping,
        dry_run=dry_run,
        order=order,
        results=results,
        stop_on_error=stop_on_error,
        settle=settle,
        concurrency=concurrency,
        headers=headers,
        via="job" if job is not None else via,
        poll_interval=poll_interval,
    )
    if job is not None:
        options = attrs.evolve(options, job=job)
    _check_shapes(target, options, records)
    callback = results if callable(results) else None
    journal = None
    if results is not None and not callable(results):
        header = {"service": target._bulk_name, "operation": operation, "dry_run": dry_run}
        if options.via == "job":
            header["via"] = "job"
        journal = Journal(results, header, lambda: target._bulk_secrets)
    return _run(target, options, records, callback, journal)
