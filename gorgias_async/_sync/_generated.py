"""The blocking services of :class:`~gorgias_async.Gorgias` — GENERATED, do not edit.

Written by ``python tools/gen_sync.py`` from the async services (``--check`` in CI fails
when this file is stale). Each method has the same name, parameters and defaults as its
async twin and runs it on the client's private event loop through the client's
:class:`~gorgias_async._sync._iterators.Runner`; async iterators become
:class:`~gorgias_async.sync.SyncIterator` and pages :class:`~gorgias_async.sync.SyncPage`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Generic, TypeVar

from ..client import AsyncGorgias
from ..resources._generated import (
    AccountService,
    Customers,
    CustomFields,
    Events,
    Files,
    Integrations,
    Jobs,
    Macros,
    Messages,
    Rules,
    SatisfactionSurveys,
    Search,
    Statistics,
    Tags,
    Teams,
    Tickets,
    Users,
    Views,
    VoiceCallEvents,
    VoiceCallRecordings,
    VoiceCalls,
    Widgets,
)

if TYPE_CHECKING:
    import builtins
    from collections.abc import AsyncIterable, Callable, Iterable, Mapping, Sequence
    from datetime import datetime, timedelta
    from pathlib import Path
    from typing import Any, BinaryIO, Literal, Unpack

    from .._checkpoint import CheckpointLike
    from .._http import Body, FormFields, Headers, Query, Response, UploadFields
    from .._pagination import OnPage
    from .._watch import Change, WatchBatch
    from ..bulk import BulkOrder, BulkResult, ResultsSink, Via
    from ..models.account import Account, AccountSetting
    from ..models.custom_fields import CustomField, CustomFieldValue
    from ..models.customers import Customer
    from ..models.events import Event
    from ..models.files import UploadedFile
    from ..models.integrations import Integration
    from ..models.jobs import Job
    from ..models.macros import Macro
    from ..models.messages import TicketMessage
    from ..models.rules import Rule
    from ..models.stats import Statistic
    from ..models.surveys import SatisfactionSurvey
    from ..models.tags import Tag
    from ..models.teams import Team
    from ..models.tickets import Ticket
    from ..models.users import User
    from ..models.views import View
    from ..models.voice import VoiceCall, VoiceCallEvent, VoiceCallRecording
    from ..models.widgets import Widget
    from ..resources._base import Choice, GetManyResult
    from ..resources._generated import (
        CustomersFilters,
        CustomFieldsFilters,
        EventsFilters,
        IntegrationsFilters,
        JobsFilters,
        MacrosFilters,
        MessagesFilters,
        RulesFilters,
        SatisfactionSurveysFilters,
        TagsFilters,
        TeamsFilters,
        TicketsFilters,
        UsersFilters,
        ViewsFilters,
        VoiceCallEventsFilters,
        VoiceCallRecordingsFilters,
        VoiceCallsFilters,
        WidgetsFilters,
    )
    from ..resources.events import WatchFilters
    from ..resources.files import FileType, UploadItem
    from ..resources.messages import SendAction
    from ..resources.search import SearchType
    from ._iterators import Runner, SyncIterator, SyncPage

S = TypeVar("S")


class _SyncService(Generic[S]):
    """Base of the generated classes: the client's runner and where the async twin lives.

    ``locate`` finds the async service on the runner's current :class:`AsyncGorgias`
    (a fresh one after ``os.fork()``), so a service object stays valid for the life of
    its client.
    """

    def __init__(self, runner: Runner, locate: Callable[[AsyncGorgias], S]) -> None:
        self._runner = runner
        self._locate = locate

    @property
    def _target(self) -> S:
        return self._locate(self._runner.client)

    def __repr__(self) -> str:
        return f"<{type(self).__name__}>"


class SyncAccountService(_SyncService[AccountService]):
    """Blocking twin of :class:`~gorgias_async.resources.AccountService`.

    The account behind the credentials (``/account``).
    """

    def get(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> Account:
        """The account."""
        return self._runner.run(
            self._target.get,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def settings(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> list[AccountSetting]:
        """Every account setting."""
        return self._runner.run(
            self._target.settings,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def create_setting(
        self,
        params: Any = None,
        /,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **fields: Any,
    ) -> AccountSetting:
        """Create a setting (``type`` and ``data``)."""
        return self._runner.run(
            self._target.create_setting,
            params,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **fields,
        )

    def update_setting(
        self,
        setting_id: int,
        params: Any = None,
        /,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **fields: Any,
    ) -> AccountSetting:
        """Partially update a setting."""
        return self._runner.run(
            self._target.update_setting,
            setting_id,
            params,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **fields,
        )


class SyncTickets(_SyncService[Tickets]):
    """Blocking twin of :class:`~gorgias_async.resources.Tickets`.

    Tickets (``/tickets``), with their tags and custom field values.
    """

    def delete(
        self,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> None:
        """Delete by id."""
        return self._runner.run(
            self._target.delete,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def update(
        self,
        id: int,
        params: Any = None,
        /,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **fields: Any,
    ) -> Ticket:
        """Partially update by id: only the fields given are sent.

        It is a ``PUT``: Gorgias has no ``PATCH``, and its ``PUT`` changes only the fields
        the body names (the others keep their values).
        """
        return self._runner.run(
            self._target.update,
            id,
            params,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **fields,
        )

    def create(
        self,
        params: Any = None,
        /,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **fields: Any,
    ) -> Ticket:
        """Create from a params object or mapping, and/or keyword fields."""
        return self._runner.run(
            self._target.create,
            params,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **fields,
        )

    def get(
        self,
        id: int,
        *,
        with_custom_fields: bool = False,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> Ticket:
        """One ticket, with its messages."""
        return self._runner.run(
            self._target.get,
            id,
            with_custom_fields=with_custom_fields,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def get_many(
        self,
        ids: Iterable[int],
        *,
        raise_missing: bool = False,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> GetManyResult[Ticket]:
        """Concurrent gets: objects in input order, missing ids listed (or raised)."""
        return self._runner.run(
            self._target.get_many,
            ids,
            raise_missing=raise_missing,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def iter_many(
        self,
        ids: Iterable[int],
        *,
        raise_missing: bool = False,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> SyncIterator[tuple[int, Ticket | None]]:
        """Concurrent gets yielding ``(id, object or None)`` in input order."""
        return self._runner.iterate(
            self._target.iter_many,
            ids,
            raise_missing=raise_missing,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> SyncIterator[BulkResult[Ticket]]:
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
        return self._runner.iterate(
            self._target.bulk_create,
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
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> SyncIterator[BulkResult[Ticket]]:
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
        return self._runner.iterate(
            self._target.bulk_update,
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
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> SyncIterator[BulkResult[Ticket]]:
        """Delete one object per record: an id, or a record carrying its ``id``.

        Options as for :meth:`bulk_create`; ``via="job"`` (tickets only) deletes through
        ``deleteTicket`` jobs, as :meth:`bulk_update` describes.
        """
        return self._runner.iterate(
            self._target.bulk_delete,
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
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def settle_unknown(
        self,
        results: Iterable[BulkResult[Ticket]] | AsyncIterable[BulkResult[Ticket]],
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> SyncIterator[BulkResult[Ticket]]:
        """The results again, each ``unknown`` create looked up by its ``external_id``.

        Found: ``created`` with the object. Not found: ``failed`` (not created; safe to
        send again), except after a timeout (it may still be processing). Other
        results pass through unchanged.
        """
        return self._runner.iterate(
            self._target.settle_unknown,
            results,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> SyncIterator[BulkResult[Ticket]]:
        """Apply a macro to many tickets through ``applyMacro`` jobs (1,000 tickets each).

        Each job is followed to its end; one result per ticket id, as
        ``bulk_update(..., via="job")`` gives (``updated``, ``failed`` or ``unknown``,
        with its ``job_id``). ``apply_and_close`` closes each ticket after the macro. A
        macro is not always safe to apply twice (one that replies would reply again):
        check ``failed``/``unknown`` tickets before applying it to them again.
        """
        return self._runner.iterate(
            self._target.bulk_apply_macro,
            ticket_ids,
            macro_id,
            apply_and_close=apply_and_close,
            order=order,
            results=results,
            headers=headers,
            poll_interval=poll_interval,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def list_tags(
        self,
        ticket_id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> builtins.list[Tag]:
        """The ticket's tags."""
        return self._runner.run(
            self._target.list_tags,
            ticket_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def add_tags(
        self,
        ticket_id: int,
        *,
        names: Sequence[str] = (),
        ids: Sequence[int] = (),
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> None:
        """Add tags by name (created if new) or id."""
        return self._runner.run(
            self._target.add_tags,
            ticket_id,
            names=names,
            ids=ids,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def set_tags(
        self,
        ticket_id: int,
        *,
        names: Sequence[str] = (),
        ids: Sequence[int] = (),
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> None:
        """Replace the ticket's tags."""
        return self._runner.run(
            self._target.set_tags,
            ticket_id,
            names=names,
            ids=ids,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def remove_tags(
        self,
        ticket_id: int,
        *,
        names: Sequence[str] = (),
        ids: Sequence[int] = (),
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> None:
        """Remove tags by name or id."""
        return self._runner.run(
            self._target.remove_tags,
            ticket_id,
            names=names,
            ids=ids,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def list_custom_fields(
        self,
        ticket_id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> builtins.list[CustomFieldValue]:
        """The ticket's custom field values."""
        return self._runner.run(
            self._target.list_custom_fields,
            ticket_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def update_custom_fields(
        self,
        ticket_id: int,
        values: dict[int, Any],
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> builtins.list[CustomFieldValue]:
        """Set several values at once: ``{field_id: value}``."""
        return self._runner.run(
            self._target.update_custom_fields,
            ticket_id,
            values,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def update_custom_field(
        self,
        ticket_id: int,
        field_id: int,
        value: Any,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> builtins.list[CustomFieldValue]:
        """Set one value."""
        return self._runner.run(
            self._target.update_custom_field,
            ticket_id,
            field_id,
            value,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def delete_custom_field(
        self,
        ticket_id: int,
        field_id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> None:
        """Clear one value."""
        return self._runner.run(
            self._target.delete_custom_field,
            ticket_id,
            field_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def list(
        self,
        *,
        limit: int = 30,
        cursor: str | None = None,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **filters: Unpack[TicketsFilters],
    ) -> SyncPage[Ticket]:
        """One page of tickets (``limit`` 1–100)."""
        return self._runner.run_page(
            self._target.list,
            limit=limit,
            cursor=cursor,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **filters,
        )

    def choices(
        self,
        *,
        limit: int = 100,
        cursor: str | None = None,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **filters: Unpack[TicketsFilters],
    ) -> SyncPage[Choice]:
        """One page of ``(id, label)`` pairs of tickets, for a picklist.

        Label: ``subject``, else ``customer.name``, else ``customer.email``
        (on one line, cut at 80 characters; ``#<id>`` when none is set).
        ``limit`` 1–100, any filter of :meth:`list`; ``page.next()`` (or
        ``cursor=page.next_cursor``) for the following page.
        """
        return self._runner.run_page(
            self._target.choices,
            limit=limit,
            cursor=cursor,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **filters,
        )

    def fetch_pages(
        self,
        *,
        page_size: int = 100,
        start_cursor: str | None = None,
        on_page: OnPage | None = None,
        prefetch: int = 1,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **filters: Unpack[TicketsFilters],
    ) -> SyncIterator[SyncPage[Ticket]]:
        """Every page of tickets, the next prefetched while you work on this one."""
        return self._runner.iterate_pages(
            self._target.fetch_pages,
            page_size=page_size,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **filters,
        )

    def fetch_all(
        self,
        *,
        page_size: int = 100,
        max_items: int | None = None,
        start_cursor: str | None = None,
        on_page: OnPage | None = None,
        prefetch: int = 1,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **filters: Unpack[TicketsFilters],
    ) -> SyncIterator[Ticket]:
        """Every item matching ``filters``; ``on_page`` sees each page's cursors."""
        return self._runner.iterate_items(
            self._target.fetch_pages,
            max_items,
            page_size=page_size,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **filters,
        )


class SyncMessages(_SyncService[Messages]):
    """Blocking twin of :class:`~gorgias_async.resources.Messages`.

    Ticket messages: listed globally (``/messages``), addressed through their ticket.
    """

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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> SyncIterator[BulkResult[TicketMessage]]:
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
        return self._runner.iterate(
            self._target.bulk_create,
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
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> SyncIterator[BulkResult[TicketMessage]]:
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
        return self._runner.iterate(
            self._target.bulk_update,
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
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> SyncIterator[BulkResult[TicketMessage]]:
        """Delete one object per record: an id, or a record carrying its ``id``.

        Options as for :meth:`bulk_create`; ``via="job"`` (tickets only) deletes through
        ``deleteTicket`` jobs, as :meth:`bulk_update` describes.
        """
        return self._runner.iterate(
            self._target.bulk_delete,
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
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def settle_unknown(
        self,
        results: Iterable[BulkResult[TicketMessage]] | AsyncIterable[BulkResult[TicketMessage]],
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> SyncIterator[BulkResult[TicketMessage]]:
        """The results again, each ``unknown`` create looked up by its ``external_id``.

        Found: ``created`` with the object. Not found: ``failed`` (not created; safe to
        send again), except after a timeout (it may still be processing). Other
        results pass through unchanged.
        """
        return self._runner.iterate(
            self._target.settle_unknown,
            results,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def get(
        self,
        ticket_id: int,
        message_id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> TicketMessage:
        """One message of a ticket."""
        return self._runner.run(
            self._target.get,
            ticket_id,
            message_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def create(
        self,
        ticket_id: int,
        params: Any = None,
        /,
        *,
        action: SendAction | None = None,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **fields: Any,
    ) -> TicketMessage:
        """Add a message to a ticket (``channel``, ``via``, ``from_agent`` are required).

        A message created without ``sent_datetime`` is *sent* by Gorgias; pass the
        original ``sent_datetime`` to import history without sending it.
        """
        return self._runner.run(
            self._target.create,
            ticket_id,
            params,
            action=action,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **fields,
        )

    def update(
        self,
        ticket_id: int,
        message_id: int,
        params: Any = None,
        /,
        *,
        action: SendAction | None = None,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **fields: Any,
    ) -> TicketMessage:
        """Partially update a message (a ``PUT`` of the fields given: Gorgias has no
        ``PATCH``); ``action`` settles a failed send.
        """
        return self._runner.run(
            self._target.update,
            ticket_id,
            message_id,
            params,
            action=action,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **fields,
        )

    def delete(
        self,
        ticket_id: int,
        message_id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> None:
        """Delete a message of a ticket."""
        return self._runner.run(
            self._target.delete,
            ticket_id,
            message_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def list_for_ticket(
        self,
        ticket_id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> builtins.list[TicketMessage]:
        """A ticket's messages, ``GET /tickets/{id}/messages`` (``TicketMessages_listOrdered``:
        unpaged, deprecated by Gorgias in favour of ``list(ticket_id=…)``, which pages).
        """
        return self._runner.run(
            self._target.list_for_ticket,
            ticket_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def list(
        self,
        *,
        limit: int = 30,
        cursor: str | None = None,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **filters: Unpack[MessagesFilters],
    ) -> SyncPage[TicketMessage]:
        """One page of messages (``limit`` 1–100)."""
        return self._runner.run_page(
            self._target.list,
            limit=limit,
            cursor=cursor,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **filters,
        )

    def choices(
        self,
        *,
        limit: int = 100,
        cursor: str | None = None,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **filters: Unpack[MessagesFilters],
    ) -> SyncPage[Choice]:
        """One page of ``(id, label)`` pairs of messages, for a picklist.

        Label: ``stripped_text``, else ``body_text``, else ``subject``
        (on one line, cut at 80 characters; ``#<id>`` when none is set).
        ``limit`` 1–100, any filter of :meth:`list`; ``page.next()`` (or
        ``cursor=page.next_cursor``) for the following page.
        """
        return self._runner.run_page(
            self._target.choices,
            limit=limit,
            cursor=cursor,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **filters,
        )

    def fetch_pages(
        self,
        *,
        page_size: int = 100,
        start_cursor: str | None = None,
        on_page: OnPage | None = None,
        prefetch: int = 1,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **filters: Unpack[MessagesFilters],
    ) -> SyncIterator[SyncPage[TicketMessage]]:
        """Every page of messages, the next prefetched while you work on this one."""
        return self._runner.iterate_pages(
            self._target.fetch_pages,
            page_size=page_size,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **filters,
        )

    def fetch_all(
        self,
        *,
        page_size: int = 100,
        max_items: int | None = None,
        start_cursor: str | None = None,
        on_page: OnPage | None = None,
        prefetch: int = 1,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **filters: Unpack[MessagesFilters],
    ) -> SyncIterator[TicketMessage]:
        """Every item matching ``filters``; ``on_page`` sees each page's cursors."""
        return self._runner.iterate_items(
            self._target.fetch_pages,
            max_items,
            page_size=page_size,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **filters,
        )


class SyncCustomers(_SyncService[Customers]):
    """Blocking twin of :class:`~gorgias_async.resources.Customers`.

    Customers (``/customers``), their data, merges and custom field values.
    """

    def delete(
        self,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> None:
        """Delete by id."""
        return self._runner.run(
            self._target.delete,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def update(
        self,
        id: int,
        params: Any = None,
        /,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **fields: Any,
    ) -> Customer:
        """Partially update by id: only the fields given are sent.

        It is a ``PUT``: Gorgias has no ``PATCH``, and its ``PUT`` changes only the fields
        the body names (the others keep their values).
        """
        return self._runner.run(
            self._target.update,
            id,
            params,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **fields,
        )

    def create(
        self,
        params: Any = None,
        /,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **fields: Any,
    ) -> Customer:
        """Create from a params object or mapping, and/or keyword fields."""
        return self._runner.run(
            self._target.create,
            params,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **fields,
        )

    def get(
        self,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> Customer:
        """Get one by id."""
        return self._runner.run(
            self._target.get,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def get_many(
        self,
        ids: Iterable[int],
        *,
        raise_missing: bool = False,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> GetManyResult[Customer]:
        """Concurrent gets: objects in input order, missing ids listed (or raised)."""
        return self._runner.run(
            self._target.get_many,
            ids,
            raise_missing=raise_missing,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def iter_many(
        self,
        ids: Iterable[int],
        *,
        raise_missing: bool = False,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> SyncIterator[tuple[int, Customer | None]]:
        """Concurrent gets yielding ``(id, object or None)`` in input order."""
        return self._runner.iterate(
            self._target.iter_many,
            ids,
            raise_missing=raise_missing,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> SyncIterator[BulkResult[Customer]]:
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
        return self._runner.iterate(
            self._target.bulk_create,
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
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> SyncIterator[BulkResult[Customer]]:
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
        return self._runner.iterate(
            self._target.bulk_update,
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
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> SyncIterator[BulkResult[Customer]]:
        """Delete one object per record: an id, or a record carrying its ``id``.

        Options as for :meth:`bulk_create`; ``via="job"`` (tickets only) deletes through
        ``deleteTicket`` jobs, as :meth:`bulk_update` describes.
        """
        return self._runner.iterate(
            self._target.bulk_delete,
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
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def settle_unknown(
        self,
        results: Iterable[BulkResult[Customer]] | AsyncIterable[BulkResult[Customer]],
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> SyncIterator[BulkResult[Customer]]:
        """The results again, each ``unknown`` create looked up by its ``external_id``.

        Found: ``created`` with the object. Not found: ``failed`` (not created; safe to
        send again), except after a timeout (it may still be processing). Other
        results pass through unchanged.
        """
        return self._runner.iterate(
            self._target.settle_unknown,
            results,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def delete_many(
        self,
        ids: Sequence[int],
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> None:
        """Delete several customers at once (``DELETE /customers``)."""
        return self._runner.run(
            self._target.delete_many,
            ids,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def merge(
        self,
        source_id: int,
        target_id: int,
        params: Any = None,
        /,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **fields: Any,
    ) -> Customer:
        """Merge ``source_id`` into ``target_id``; ``fields`` set the merged customer's data."""
        return self._runner.run(
            self._target.merge,
            source_id,
            target_id,
            params,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **fields,
        )

    def set_data(
        self,
        customer_id: int,
        data: Any,
        *,
        version: str | None = None,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> None:
        """Replace the customer's ``data``; an older ``version`` than the stored one is ignored."""
        return self._runner.run(
            self._target.set_data,
            customer_id,
            data,
            version=version,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def list_custom_fields(
        self,
        customer_id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> builtins.list[CustomFieldValue]:
        """The customer's custom field values."""
        return self._runner.run(
            self._target.list_custom_fields,
            customer_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def update_custom_field(
        self,
        customer_id: int,
        field_id: int,
        value: Any,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> builtins.list[CustomFieldValue]:
        """Set one custom field value of the customer."""
        return self._runner.run(
            self._target.update_custom_field,
            customer_id,
            field_id,
            value,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def delete_custom_field(
        self,
        customer_id: int,
        field_id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> None:
        """Clear one custom field value of the customer."""
        return self._runner.run(
            self._target.delete_custom_field,
            customer_id,
            field_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def list(
        self,
        *,
        limit: int = 30,
        cursor: str | None = None,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **filters: Unpack[CustomersFilters],
    ) -> SyncPage[Customer]:
        """One page of customers (``limit`` 1–100)."""
        return self._runner.run_page(
            self._target.list,
            limit=limit,
            cursor=cursor,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **filters,
        )

    def choices(
        self,
        *,
        limit: int = 100,
        cursor: str | None = None,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **filters: Unpack[CustomersFilters],
    ) -> SyncPage[Choice]:
        """One page of ``(id, label)`` pairs of customers, for a picklist.

        Label: ``name``, else ``email``
        (on one line, cut at 80 characters; ``#<id>`` when none is set).
        ``limit`` 1–100, any filter of :meth:`list`; ``page.next()`` (or
        ``cursor=page.next_cursor``) for the following page.
        """
        return self._runner.run_page(
            self._target.choices,
            limit=limit,
            cursor=cursor,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **filters,
        )

    def fetch_pages(
        self,
        *,
        page_size: int = 100,
        start_cursor: str | None = None,
        on_page: OnPage | None = None,
        prefetch: int = 1,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **filters: Unpack[CustomersFilters],
    ) -> SyncIterator[SyncPage[Customer]]:
        """Every page of customers, the next prefetched while you work on this one."""
        return self._runner.iterate_pages(
            self._target.fetch_pages,
            page_size=page_size,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **filters,
        )

    def fetch_all(
        self,
        *,
        page_size: int = 100,
        max_items: int | None = None,
        start_cursor: str | None = None,
        on_page: OnPage | None = None,
        prefetch: int = 1,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **filters: Unpack[CustomersFilters],
    ) -> SyncIterator[Customer]:
        """Every item matching ``filters``; ``on_page`` sees each page's cursors."""
        return self._runner.iterate_items(
            self._target.fetch_pages,
            max_items,
            page_size=page_size,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **filters,
        )


class SyncEvents(_SyncService[Events]):
    """Blocking twin of :class:`~gorgias_async.resources.Events`.

    Events (``/events``): what happened in the account, oldest or newest first.
    """

    def get(
        self,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> Event:
        """Get one by id."""
        return self._runner.run(
            self._target.get,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def get_many(
        self,
        ids: Iterable[int],
        *,
        raise_missing: bool = False,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> GetManyResult[Event]:
        """Concurrent gets: objects in input order, missing ids listed (or raised)."""
        return self._runner.run(
            self._target.get_many,
            ids,
            raise_missing=raise_missing,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def iter_many(
        self,
        ids: Iterable[int],
        *,
        raise_missing: bool = False,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> SyncIterator[tuple[int, Event | None]]:
        """Concurrent gets yielding ``(id, object or None)`` in input order."""
        return self._runner.iterate(
            self._target.iter_many,
            ids,
            raise_missing=raise_missing,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def watch(
        self,
        *,
        since: datetime | str | None = None,
        checkpoint: CheckpointLike | None = None,
        poll_interval: float | timedelta = 10.0,
        overlap: float | timedelta = 300.0,
        page_size: int = 100,
        expand: bool = False,
        follow: bool = True,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **filters: Unpack[WatchFilters],
    ) -> SyncIterator[Change]:
        """Every new event, once each and in order, forever: a durable change stream.

        Reads ``/events`` from ``since`` (default: from now on) and, once caught up,
        again every ``poll_interval`` seconds under the client's budget, re-reading the
        last ``overlap`` seconds so that events sharing a timestamp or showing up late
        are handed out too, each once (by id). ``checkpoint`` (a file path, a
        ``FileCheckpoint``, a ``CallableCheckpoint`` for your own store…) keeps the
        position, saved after each event: a watcher restarted after a crash resumes
        there, ``since`` then ignored. The event in hand when the loop is left is not
        counted as handled. ``expand=True`` also reads the objects the events name
        (tickets 100 per request). ``follow=False`` ends once caught up. Filters:
        ``types``, ``object_type``, ``object_id``, ``user_ids``.
        """
        return self._runner.iterate(
            self._target.watch,
            since=since,
            checkpoint=checkpoint,
            poll_interval=poll_interval,
            overlap=overlap,
            page_size=page_size,
            expand=expand,
            follow=follow,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **filters,
        )

    def watch_batches(
        self,
        *,
        since: datetime | str | None = None,
        checkpoint: CheckpointLike | None = None,
        poll_interval: float | timedelta = 10.0,
        overlap: float | timedelta = 300.0,
        page_size: int = 100,
        expand: bool = False,
        follow: bool = True,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **filters: Unpack[WatchFilters],
    ) -> SyncIterator[WatchBatch]:
        """Like :meth:`watch`, a page of new events at a time (the position is saved
        after each batch): fewer saves, and one transaction per batch in your store.
        """
        return self._runner.iterate(
            self._target.watch_batches,
            since=since,
            checkpoint=checkpoint,
            poll_interval=poll_interval,
            overlap=overlap,
            page_size=page_size,
            expand=expand,
            follow=follow,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **filters,
        )

    def list(
        self,
        *,
        limit: int = 30,
        cursor: str | None = None,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **filters: Unpack[EventsFilters],
    ) -> SyncPage[Event]:
        """One page of events (``limit`` 1–100)."""
        return self._runner.run_page(
            self._target.list,
            limit=limit,
            cursor=cursor,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **filters,
        )

    def choices(
        self,
        *,
        limit: int = 100,
        cursor: str | None = None,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **filters: Unpack[EventsFilters],
    ) -> SyncPage[Choice]:
        """One page of ``(id, label)`` pairs of events, for a picklist.

        Label: ``type``
        (on one line, cut at 80 characters; ``#<id>`` when none is set).
        ``limit`` 1–100, any filter of :meth:`list`; ``page.next()`` (or
        ``cursor=page.next_cursor``) for the following page.
        """
        return self._runner.run_page(
            self._target.choices,
            limit=limit,
            cursor=cursor,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **filters,
        )

    def fetch_pages(
        self,
        *,
        page_size: int = 100,
        start_cursor: str | None = None,
        on_page: OnPage | None = None,
        prefetch: int = 1,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **filters: Unpack[EventsFilters],
    ) -> SyncIterator[SyncPage[Event]]:
        """Every page of events, the next prefetched while you work on this one."""
        return self._runner.iterate_pages(
            self._target.fetch_pages,
            page_size=page_size,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **filters,
        )

    def fetch_all(
        self,
        *,
        page_size: int = 100,
        max_items: int | None = None,
        start_cursor: str | None = None,
        on_page: OnPage | None = None,
        prefetch: int = 1,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **filters: Unpack[EventsFilters],
    ) -> SyncIterator[Event]:
        """Every item matching ``filters``; ``on_page`` sees each page's cursors."""
        return self._runner.iterate_items(
            self._target.fetch_pages,
            max_items,
            page_size=page_size,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **filters,
        )


class SyncUsers(_SyncService[Users]):
    """Blocking twin of :class:`~gorgias_async.resources.Users`.

    Users (``/users``): agents and admins; ``get(0)`` is the current user.
    """

    def delete(
        self,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> None:
        """Delete by id."""
        return self._runner.run(
            self._target.delete,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def update(
        self,
        id: int,
        params: Any = None,
        /,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **fields: Any,
    ) -> User:
        """Partially update by id: only the fields given are sent.

        It is a ``PUT``: Gorgias has no ``PATCH``, and its ``PUT`` changes only the fields
        the body names (the others keep their values).
        """
        return self._runner.run(
            self._target.update,
            id,
            params,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **fields,
        )

    def create(
        self,
        params: Any = None,
        /,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **fields: Any,
    ) -> User:
        """Create from a params object or mapping, and/or keyword fields."""
        return self._runner.run(
            self._target.create,
            params,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **fields,
        )

    def get(
        self,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> User:
        """Get one by id; ``get(0)`` is the user the credentials belong to."""
        return self._runner.run(
            self._target.get,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def get_many(
        self,
        ids: Iterable[int],
        *,
        raise_missing: bool = False,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> GetManyResult[User]:
        """Concurrent gets: objects in input order, missing ids listed (or raised)."""
        return self._runner.run(
            self._target.get_many,
            ids,
            raise_missing=raise_missing,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def iter_many(
        self,
        ids: Iterable[int],
        *,
        raise_missing: bool = False,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> SyncIterator[tuple[int, User | None]]:
        """Concurrent gets yielding ``(id, object or None)`` in input order."""
        return self._runner.iterate(
            self._target.iter_many,
            ids,
            raise_missing=raise_missing,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> SyncIterator[BulkResult[User]]:
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
        return self._runner.iterate(
            self._target.bulk_create,
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
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> SyncIterator[BulkResult[User]]:
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
        return self._runner.iterate(
            self._target.bulk_update,
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
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> SyncIterator[BulkResult[User]]:
        """Delete one object per record: an id, or a record carrying its ``id``.

        Options as for :meth:`bulk_create`; ``via="job"`` (tickets only) deletes through
        ``deleteTicket`` jobs, as :meth:`bulk_update` describes.
        """
        return self._runner.iterate(
            self._target.bulk_delete,
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
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def settle_unknown(
        self,
        results: Iterable[BulkResult[User]] | AsyncIterable[BulkResult[User]],
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> SyncIterator[BulkResult[User]]:
        """The results again, each ``unknown`` create looked up by its ``external_id``.

        Found: ``created`` with the object. Not found: ``failed`` (not created; safe to
        send again), except after a timeout (it may still be processing). Other
        results pass through unchanged.
        """
        return self._runner.iterate(
            self._target.settle_unknown,
            results,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def list(
        self,
        *,
        limit: int = 30,
        cursor: str | None = None,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **filters: Unpack[UsersFilters],
    ) -> SyncPage[User]:
        """One page of users (``limit`` 1–100)."""
        return self._runner.run_page(
            self._target.list,
            limit=limit,
            cursor=cursor,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **filters,
        )

    def choices(
        self,
        *,
        limit: int = 100,
        cursor: str | None = None,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **filters: Unpack[UsersFilters],
    ) -> SyncPage[Choice]:
        """One page of ``(id, label)`` pairs of users, for a picklist.

        Label: ``name``, else ``email``
        (on one line, cut at 80 characters; ``#<id>`` when none is set).
        ``limit`` 1–100, any filter of :meth:`list`; ``page.next()`` (or
        ``cursor=page.next_cursor``) for the following page.
        """
        return self._runner.run_page(
            self._target.choices,
            limit=limit,
            cursor=cursor,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **filters,
        )

    def fetch_pages(
        self,
        *,
        page_size: int = 100,
        start_cursor: str | None = None,
        on_page: OnPage | None = None,
        prefetch: int = 1,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **filters: Unpack[UsersFilters],
    ) -> SyncIterator[SyncPage[User]]:
        """Every page of users, the next prefetched while you work on this one."""
        return self._runner.iterate_pages(
            self._target.fetch_pages,
            page_size=page_size,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **filters,
        )

    def fetch_all(
        self,
        *,
        page_size: int = 100,
        max_items: int | None = None,
        start_cursor: str | None = None,
        on_page: OnPage | None = None,
        prefetch: int = 1,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **filters: Unpack[UsersFilters],
    ) -> SyncIterator[User]:
        """Every item matching ``filters``; ``on_page`` sees each page's cursors."""
        return self._runner.iterate_items(
            self._target.fetch_pages,
            max_items,
            page_size=page_size,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **filters,
        )


class SyncTeams(_SyncService[Teams]):
    """Blocking twin of :class:`~gorgias_async.resources.Teams`.

    Teams (``/teams``).
    """

    def delete(
        self,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> None:
        """Delete by id."""
        return self._runner.run(
            self._target.delete,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def update(
        self,
        id: int,
        params: Any = None,
        /,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **fields: Any,
    ) -> Team:
        """Partially update by id: only the fields given are sent.

        It is a ``PUT``: Gorgias has no ``PATCH``, and its ``PUT`` changes only the fields
        the body names (the others keep their values).
        """
        return self._runner.run(
            self._target.update,
            id,
            params,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **fields,
        )

    def create(
        self,
        params: Any = None,
        /,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **fields: Any,
    ) -> Team:
        """Create from a params object or mapping, and/or keyword fields."""
        return self._runner.run(
            self._target.create,
            params,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **fields,
        )

    def get(
        self,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> Team:
        """Get one by id."""
        return self._runner.run(
            self._target.get,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def get_many(
        self,
        ids: Iterable[int],
        *,
        raise_missing: bool = False,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> GetManyResult[Team]:
        """Concurrent gets: objects in input order, missing ids listed (or raised)."""
        return self._runner.run(
            self._target.get_many,
            ids,
            raise_missing=raise_missing,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def iter_many(
        self,
        ids: Iterable[int],
        *,
        raise_missing: bool = False,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> SyncIterator[tuple[int, Team | None]]:
        """Concurrent gets yielding ``(id, object or None)`` in input order."""
        return self._runner.iterate(
            self._target.iter_many,
            ids,
            raise_missing=raise_missing,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> SyncIterator[BulkResult[Team]]:
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
        return self._runner.iterate(
            self._target.bulk_create,
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
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> SyncIterator[BulkResult[Team]]:
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
        return self._runner.iterate(
            self._target.bulk_update,
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
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> SyncIterator[BulkResult[Team]]:
        """Delete one object per record: an id, or a record carrying its ``id``.

        Options as for :meth:`bulk_create`; ``via="job"`` (tickets only) deletes through
        ``deleteTicket`` jobs, as :meth:`bulk_update` describes.
        """
        return self._runner.iterate(
            self._target.bulk_delete,
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
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def settle_unknown(
        self,
        results: Iterable[BulkResult[Team]] | AsyncIterable[BulkResult[Team]],
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> SyncIterator[BulkResult[Team]]:
        """The results again, each ``unknown`` create looked up by its ``external_id``.

        Found: ``created`` with the object. Not found: ``failed`` (not created; safe to
        send again), except after a timeout (it may still be processing). Other
        results pass through unchanged.
        """
        return self._runner.iterate(
            self._target.settle_unknown,
            results,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def list(
        self,
        *,
        limit: int = 30,
        cursor: str | None = None,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **filters: Unpack[TeamsFilters],
    ) -> SyncPage[Team]:
        """One page of teams (``limit`` 1–100)."""
        return self._runner.run_page(
            self._target.list,
            limit=limit,
            cursor=cursor,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **filters,
        )

    def choices(
        self,
        *,
        limit: int = 100,
        cursor: str | None = None,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **filters: Unpack[TeamsFilters],
    ) -> SyncPage[Choice]:
        """One page of ``(id, label)`` pairs of teams, for a picklist.

        Label: ``name``
        (on one line, cut at 80 characters; ``#<id>`` when none is set).
        ``limit`` 1–100, any filter of :meth:`list`; ``page.next()`` (or
        ``cursor=page.next_cursor``) for the following page.
        """
        return self._runner.run_page(
            self._target.choices,
            limit=limit,
            cursor=cursor,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **filters,
        )

    def fetch_pages(
        self,
        *,
        page_size: int = 100,
        start_cursor: str | None = None,
        on_page: OnPage | None = None,
        prefetch: int = 1,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **filters: Unpack[TeamsFilters],
    ) -> SyncIterator[SyncPage[Team]]:
        """Every page of teams, the next prefetched while you work on this one."""
        return self._runner.iterate_pages(
            self._target.fetch_pages,
            page_size=page_size,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **filters,
        )

    def fetch_all(
        self,
        *,
        page_size: int = 100,
        max_items: int | None = None,
        start_cursor: str | None = None,
        on_page: OnPage | None = None,
        prefetch: int = 1,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **filters: Unpack[TeamsFilters],
    ) -> SyncIterator[Team]:
        """Every item matching ``filters``; ``on_page`` sees each page's cursors."""
        return self._runner.iterate_items(
            self._target.fetch_pages,
            max_items,
            page_size=page_size,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **filters,
        )


class SyncTags(_SyncService[Tags]):
    """Blocking twin of :class:`~gorgias_async.resources.Tags`.

    Tags (``/tags``), deleted or merged several at once.
    """

    def delete(
        self,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> None:
        """Delete by id."""
        return self._runner.run(
            self._target.delete,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def update(
        self,
        id: int,
        params: Any = None,
        /,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **fields: Any,
    ) -> Tag:
        """Partially update by id: only the fields given are sent.

        It is a ``PUT``: Gorgias has no ``PATCH``, and its ``PUT`` changes only the fields
        the body names (the others keep their values).
        """
        return self._runner.run(
            self._target.update,
            id,
            params,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **fields,
        )

    def create(
        self,
        params: Any = None,
        /,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **fields: Any,
    ) -> Tag:
        """Create from a params object or mapping, and/or keyword fields."""
        return self._runner.run(
            self._target.create,
            params,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **fields,
        )

    def get(
        self,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> Tag:
        """Get one by id."""
        return self._runner.run(
            self._target.get,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def get_many(
        self,
        ids: Iterable[int],
        *,
        raise_missing: bool = False,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> GetManyResult[Tag]:
        """Concurrent gets: objects in input order, missing ids listed (or raised)."""
        return self._runner.run(
            self._target.get_many,
            ids,
            raise_missing=raise_missing,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def iter_many(
        self,
        ids: Iterable[int],
        *,
        raise_missing: bool = False,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> SyncIterator[tuple[int, Tag | None]]:
        """Concurrent gets yielding ``(id, object or None)`` in input order."""
        return self._runner.iterate(
            self._target.iter_many,
            ids,
            raise_missing=raise_missing,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> SyncIterator[BulkResult[Tag]]:
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
        return self._runner.iterate(
            self._target.bulk_create,
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
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> SyncIterator[BulkResult[Tag]]:
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
        return self._runner.iterate(
            self._target.bulk_update,
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
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> SyncIterator[BulkResult[Tag]]:
        """Delete one object per record: an id, or a record carrying its ``id``.

        Options as for :meth:`bulk_create`; ``via="job"`` (tickets only) deletes through
        ``deleteTicket`` jobs, as :meth:`bulk_update` describes.
        """
        return self._runner.iterate(
            self._target.bulk_delete,
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
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def settle_unknown(
        self,
        results: Iterable[BulkResult[Tag]] | AsyncIterable[BulkResult[Tag]],
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> SyncIterator[BulkResult[Tag]]:
        """The results again, each ``unknown`` create looked up by its ``external_id``.

        Found: ``created`` with the object. Not found: ``failed`` (not created; safe to
        send again), except after a timeout (it may still be processing). Other
        results pass through unchanged.
        """
        return self._runner.iterate(
            self._target.settle_unknown,
            results,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def delete_many(
        self,
        ids: Sequence[int],
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> None:
        """Delete several tags at once (``DELETE /tags``)."""
        return self._runner.run(
            self._target.delete_many,
            ids,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def merge(
        self,
        destination_id: int,
        source_ids: Sequence[int],
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> Tag:
        """Merge ``source_ids`` into the tag ``destination_id``."""
        return self._runner.run(
            self._target.merge,
            destination_id,
            source_ids,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def list(
        self,
        *,
        limit: int = 30,
        cursor: str | None = None,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **filters: Unpack[TagsFilters],
    ) -> SyncPage[Tag]:
        """One page of tags (``limit`` 1–100)."""
        return self._runner.run_page(
            self._target.list,
            limit=limit,
            cursor=cursor,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **filters,
        )

    def choices(
        self,
        *,
        limit: int = 100,
        cursor: str | None = None,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **filters: Unpack[TagsFilters],
    ) -> SyncPage[Choice]:
        """One page of ``(id, label)`` pairs of tags, for a picklist.

        Label: ``name``
        (on one line, cut at 80 characters; ``#<id>`` when none is set).
        ``limit`` 1–100, any filter of :meth:`list`; ``page.next()`` (or
        ``cursor=page.next_cursor``) for the following page.
        """
        return self._runner.run_page(
            self._target.choices,
            limit=limit,
            cursor=cursor,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **filters,
        )

    def fetch_pages(
        self,
        *,
        page_size: int = 100,
        start_cursor: str | None = None,
        on_page: OnPage | None = None,
        prefetch: int = 1,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **filters: Unpack[TagsFilters],
    ) -> SyncIterator[SyncPage[Tag]]:
        """Every page of tags, the next prefetched while you work on this one."""
        return self._runner.iterate_pages(
            self._target.fetch_pages,
            page_size=page_size,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **filters,
        )

    def fetch_all(
        self,
        *,
        page_size: int = 100,
        max_items: int | None = None,
        start_cursor: str | None = None,
        on_page: OnPage | None = None,
        prefetch: int = 1,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **filters: Unpack[TagsFilters],
    ) -> SyncIterator[Tag]:
        """Every item matching ``filters``; ``on_page`` sees each page's cursors."""
        return self._runner.iterate_items(
            self._target.fetch_pages,
            max_items,
            page_size=page_size,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **filters,
        )


class SyncViews(_SyncService[Views]):
    """Blocking twin of :class:`~gorgias_async.resources.Views`.

    Views (``/views``), and the tickets each shows.
    """

    def delete(
        self,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> None:
        """Delete by id."""
        return self._runner.run(
            self._target.delete,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def update(
        self,
        id: int,
        params: Any = None,
        /,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **fields: Any,
    ) -> View:
        """Partially update by id: only the fields given are sent.

        It is a ``PUT``: Gorgias has no ``PATCH``, and its ``PUT`` changes only the fields
        the body names (the others keep their values).
        """
        return self._runner.run(
            self._target.update,
            id,
            params,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **fields,
        )

    def create(
        self,
        params: Any = None,
        /,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **fields: Any,
    ) -> View:
        """Create from a params object or mapping, and/or keyword fields."""
        return self._runner.run(
            self._target.create,
            params,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **fields,
        )

    def get(
        self,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> View:
        """Get one by id."""
        return self._runner.run(
            self._target.get,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def get_many(
        self,
        ids: Iterable[int],
        *,
        raise_missing: bool = False,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> GetManyResult[View]:
        """Concurrent gets: objects in input order, missing ids listed (or raised)."""
        return self._runner.run(
            self._target.get_many,
            ids,
            raise_missing=raise_missing,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def iter_many(
        self,
        ids: Iterable[int],
        *,
        raise_missing: bool = False,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> SyncIterator[tuple[int, View | None]]:
        """Concurrent gets yielding ``(id, object or None)`` in input order."""
        return self._runner.iterate(
            self._target.iter_many,
            ids,
            raise_missing=raise_missing,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> SyncIterator[BulkResult[View]]:
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
        return self._runner.iterate(
            self._target.bulk_create,
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
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> SyncIterator[BulkResult[View]]:
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
        return self._runner.iterate(
            self._target.bulk_update,
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
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> SyncIterator[BulkResult[View]]:
        """Delete one object per record: an id, or a record carrying its ``id``.

        Options as for :meth:`bulk_create`; ``via="job"`` (tickets only) deletes through
        ``deleteTicket`` jobs, as :meth:`bulk_update` describes.
        """
        return self._runner.iterate(
            self._target.bulk_delete,
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
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def settle_unknown(
        self,
        results: Iterable[BulkResult[View]] | AsyncIterable[BulkResult[View]],
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> SyncIterator[BulkResult[View]]:
        """The results again, each ``unknown`` create looked up by its ``external_id``.

        Found: ``created`` with the object. Not found: ``failed`` (not created; safe to
        send again), except after a timeout (it may still be processing). Other
        results pass through unchanged.
        """
        return self._runner.iterate(
            self._target.settle_unknown,
            results,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def list_items(
        self,
        view_id: int,
        *,
        limit: int = 30,
        cursor: str | None = None,
        direction: Literal["next", "prev"] | None = None,
        ignored_item: int | None = None,
        search: Mapping[str, Any] | None = None,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> SyncPage[Ticket]:
        """One page of the tickets a view shows; ``search`` posts a view definition to
        search with instead (``PUT /views/{id}/items``).

        ``direction="prev"`` returns the items before ``cursor`` (default: after it);
        ``ignored_item`` leaves one ticket out (e.g. the one the agent has open).
        """
        return self._runner.run_page(
            self._target.list_items,
            view_id,
            limit=limit,
            cursor=cursor,
            direction=direction,
            ignored_item=ignored_item,
            search=search,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def fetch_items(
        self,
        view_id: int,
        *,
        page_size: int = 100,
        max_items: int | None = None,
        start_cursor: str | None = None,
        prefetch: int = 1,
        ignored_item: int | None = None,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> SyncIterator[Ticket]:
        """Every ticket a view shows, in the view's order (but ``ignored_item``)."""
        return self._runner.iterate(
            self._target.fetch_items,
            view_id,
            page_size=page_size,
            max_items=max_items,
            start_cursor=start_cursor,
            prefetch=prefetch,
            ignored_item=ignored_item,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def list(
        self,
        *,
        limit: int = 30,
        cursor: str | None = None,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **filters: Unpack[ViewsFilters],
    ) -> SyncPage[View]:
        """One page of views (``limit`` 1–100)."""
        return self._runner.run_page(
            self._target.list,
            limit=limit,
            cursor=cursor,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **filters,
        )

    def choices(
        self,
        *,
        limit: int = 100,
        cursor: str | None = None,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **filters: Unpack[ViewsFilters],
    ) -> SyncPage[Choice]:
        """One page of ``(id, label)`` pairs of views, for a picklist.

        Label: ``name``
        (on one line, cut at 80 characters; ``#<id>`` when none is set).
        ``limit`` 1–100, any filter of :meth:`list`; ``page.next()`` (or
        ``cursor=page.next_cursor``) for the following page.
        """
        return self._runner.run_page(
            self._target.choices,
            limit=limit,
            cursor=cursor,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **filters,
        )

    def fetch_pages(
        self,
        *,
        page_size: int = 100,
        start_cursor: str | None = None,
        on_page: OnPage | None = None,
        prefetch: int = 1,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **filters: Unpack[ViewsFilters],
    ) -> SyncIterator[SyncPage[View]]:
        """Every page of views, the next prefetched while you work on this one."""
        return self._runner.iterate_pages(
            self._target.fetch_pages,
            page_size=page_size,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **filters,
        )

    def fetch_all(
        self,
        *,
        page_size: int = 100,
        max_items: int | None = None,
        start_cursor: str | None = None,
        on_page: OnPage | None = None,
        prefetch: int = 1,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **filters: Unpack[ViewsFilters],
    ) -> SyncIterator[View]:
        """Every item matching ``filters``; ``on_page`` sees each page's cursors."""
        return self._runner.iterate_items(
            self._target.fetch_pages,
            max_items,
            page_size=page_size,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **filters,
        )


class SyncMacros(_SyncService[Macros]):
    """Blocking twin of :class:`~gorgias_async.resources.Macros`.

    Macros (``/macros``), archived and unarchived several at once.
    """

    def delete(
        self,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> None:
        """Delete by id."""
        return self._runner.run(
            self._target.delete,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def update(
        self,
        id: int,
        params: Any = None,
        /,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **fields: Any,
    ) -> Macro:
        """Partially update by id: only the fields given are sent.

        It is a ``PUT``: Gorgias has no ``PATCH``, and its ``PUT`` changes only the fields
        the body names (the others keep their values).
        """
        return self._runner.run(
            self._target.update,
            id,
            params,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **fields,
        )

    def create(
        self,
        params: Any = None,
        /,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **fields: Any,
    ) -> Macro:
        """Create from a params object or mapping, and/or keyword fields."""
        return self._runner.run(
            self._target.create,
            params,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **fields,
        )

    def get(
        self,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> Macro:
        """Get one by id."""
        return self._runner.run(
            self._target.get,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def get_many(
        self,
        ids: Iterable[int],
        *,
        raise_missing: bool = False,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> GetManyResult[Macro]:
        """Concurrent gets: objects in input order, missing ids listed (or raised)."""
        return self._runner.run(
            self._target.get_many,
            ids,
            raise_missing=raise_missing,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def iter_many(
        self,
        ids: Iterable[int],
        *,
        raise_missing: bool = False,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> SyncIterator[tuple[int, Macro | None]]:
        """Concurrent gets yielding ``(id, object or None)`` in input order."""
        return self._runner.iterate(
            self._target.iter_many,
            ids,
            raise_missing=raise_missing,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> SyncIterator[BulkResult[Macro]]:
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
        return self._runner.iterate(
            self._target.bulk_create,
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
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> SyncIterator[BulkResult[Macro]]:
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
        return self._runner.iterate(
            self._target.bulk_update,
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
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> SyncIterator[BulkResult[Macro]]:
        """Delete one object per record: an id, or a record carrying its ``id``.

        Options as for :meth:`bulk_create`; ``via="job"`` (tickets only) deletes through
        ``deleteTicket`` jobs, as :meth:`bulk_update` describes.
        """
        return self._runner.iterate(
            self._target.bulk_delete,
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
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def settle_unknown(
        self,
        results: Iterable[BulkResult[Macro]] | AsyncIterable[BulkResult[Macro]],
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> SyncIterator[BulkResult[Macro]]:
        """The results again, each ``unknown`` create looked up by its ``external_id``.

        Found: ``created`` with the object. Not found: ``failed`` (not created; safe to
        send again), except after a timeout (it may still be processing). Other
        results pass through unchanged.
        """
        return self._runner.iterate(
            self._target.settle_unknown,
            results,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def archive(
        self,
        ids: Sequence[int],
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> builtins.list[Any]:
        """Archive up to 30 macros; returns the per-macro results (HTTP 207)."""
        return self._runner.run(
            self._target.archive,
            ids,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def unarchive(
        self,
        ids: Sequence[int],
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> builtins.list[Any]:
        """Unarchive up to 30 macros; returns the per-macro results (HTTP 207)."""
        return self._runner.run(
            self._target.unarchive,
            ids,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def list(
        self,
        *,
        limit: int = 30,
        cursor: str | None = None,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **filters: Unpack[MacrosFilters],
    ) -> SyncPage[Macro]:
        """One page of macros (``limit`` 1–100)."""
        return self._runner.run_page(
            self._target.list,
            limit=limit,
            cursor=cursor,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **filters,
        )

    def choices(
        self,
        *,
        limit: int = 100,
        cursor: str | None = None,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **filters: Unpack[MacrosFilters],
    ) -> SyncPage[Choice]:
        """One page of ``(id, label)`` pairs of macros, for a picklist.

        Label: ``name``
        (on one line, cut at 80 characters; ``#<id>`` when none is set).
        ``limit`` 1–100, any filter of :meth:`list`; ``page.next()`` (or
        ``cursor=page.next_cursor``) for the following page.
        """
        return self._runner.run_page(
            self._target.choices,
            limit=limit,
            cursor=cursor,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **filters,
        )

    def fetch_pages(
        self,
        *,
        page_size: int = 100,
        start_cursor: str | None = None,
        on_page: OnPage | None = None,
        prefetch: int = 1,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **filters: Unpack[MacrosFilters],
    ) -> SyncIterator[SyncPage[Macro]]:
        """Every page of macros, the next prefetched while you work on this one."""
        return self._runner.iterate_pages(
            self._target.fetch_pages,
            page_size=page_size,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **filters,
        )

    def fetch_all(
        self,
        *,
        page_size: int = 100,
        max_items: int | None = None,
        start_cursor: str | None = None,
        on_page: OnPage | None = None,
        prefetch: int = 1,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **filters: Unpack[MacrosFilters],
    ) -> SyncIterator[Macro]:
        """Every item matching ``filters``; ``on_page`` sees each page's cursors."""
        return self._runner.iterate_items(
            self._target.fetch_pages,
            max_items,
            page_size=page_size,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **filters,
        )


class SyncRules(_SyncService[Rules]):
    """Blocking twin of :class:`~gorgias_async.resources.Rules`.

    Rules (``/rules``), and their priorities.
    """

    def delete(
        self,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> None:
        """Delete by id."""
        return self._runner.run(
            self._target.delete,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def update(
        self,
        id: int,
        params: Any = None,
        /,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **fields: Any,
    ) -> Rule:
        """Partially update by id: only the fields given are sent.

        It is a ``PUT``: Gorgias has no ``PATCH``, and its ``PUT`` changes only the fields
        the body names (the others keep their values).
        """
        return self._runner.run(
            self._target.update,
            id,
            params,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **fields,
        )

    def create(
        self,
        params: Any = None,
        /,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **fields: Any,
    ) -> Rule:
        """Create from a params object or mapping, and/or keyword fields."""
        return self._runner.run(
            self._target.create,
            params,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **fields,
        )

    def get(
        self,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> Rule:
        """Get one by id."""
        return self._runner.run(
            self._target.get,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def get_many(
        self,
        ids: Iterable[int],
        *,
        raise_missing: bool = False,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> GetManyResult[Rule]:
        """Concurrent gets: objects in input order, missing ids listed (or raised)."""
        return self._runner.run(
            self._target.get_many,
            ids,
            raise_missing=raise_missing,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def iter_many(
        self,
        ids: Iterable[int],
        *,
        raise_missing: bool = False,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> SyncIterator[tuple[int, Rule | None]]:
        """Concurrent gets yielding ``(id, object or None)`` in input order."""
        return self._runner.iterate(
            self._target.iter_many,
            ids,
            raise_missing=raise_missing,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> SyncIterator[BulkResult[Rule]]:
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
        return self._runner.iterate(
            self._target.bulk_create,
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
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> SyncIterator[BulkResult[Rule]]:
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
        return self._runner.iterate(
            self._target.bulk_update,
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
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> SyncIterator[BulkResult[Rule]]:
        """Delete one object per record: an id, or a record carrying its ``id``.

        Options as for :meth:`bulk_create`; ``via="job"`` (tickets only) deletes through
        ``deleteTicket`` jobs, as :meth:`bulk_update` describes.
        """
        return self._runner.iterate(
            self._target.bulk_delete,
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
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def settle_unknown(
        self,
        results: Iterable[BulkResult[Rule]] | AsyncIterable[BulkResult[Rule]],
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> SyncIterator[BulkResult[Rule]]:
        """The results again, each ``unknown`` create looked up by its ``external_id``.

        Found: ``created`` with the object. Not found: ``failed`` (not created; safe to
        send again), except after a timeout (it may still be processing). Other
        results pass through unchanged.
        """
        return self._runner.iterate(
            self._target.settle_unknown,
            results,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def update_priorities(
        self,
        priorities: dict[int, int],
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> builtins.list[Rule]:
        """Set rule priorities: ``{rule_id: priority}`` (higher runs first)."""
        return self._runner.run(
            self._target.update_priorities,
            priorities,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def list(
        self,
        *,
        limit: int = 100,
        cursor: str | None = None,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **filters: Unpack[RulesFilters],
    ) -> SyncPage[Rule]:
        """One page of rules (``limit`` 1–100)."""
        return self._runner.run_page(
            self._target.list,
            limit=limit,
            cursor=cursor,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **filters,
        )

    def choices(
        self,
        *,
        limit: int = 100,
        cursor: str | None = None,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **filters: Unpack[RulesFilters],
    ) -> SyncPage[Choice]:
        """One page of ``(id, label)`` pairs of rules, for a picklist.

        Label: ``name``
        (on one line, cut at 80 characters; ``#<id>`` when none is set).
        ``limit`` 1–100, any filter of :meth:`list`; ``page.next()`` (or
        ``cursor=page.next_cursor``) for the following page.
        """
        return self._runner.run_page(
            self._target.choices,
            limit=limit,
            cursor=cursor,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **filters,
        )

    def fetch_pages(
        self,
        *,
        page_size: int = 100,
        start_cursor: str | None = None,
        on_page: OnPage | None = None,
        prefetch: int = 1,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **filters: Unpack[RulesFilters],
    ) -> SyncIterator[SyncPage[Rule]]:
        """Every page of rules, the next prefetched while you work on this one."""
        return self._runner.iterate_pages(
            self._target.fetch_pages,
            page_size=page_size,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **filters,
        )

    def fetch_all(
        self,
        *,
        page_size: int = 100,
        max_items: int | None = None,
        start_cursor: str | None = None,
        on_page: OnPage | None = None,
        prefetch: int = 1,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **filters: Unpack[RulesFilters],
    ) -> SyncIterator[Rule]:
        """Every item matching ``filters``; ``on_page`` sees each page's cursors."""
        return self._runner.iterate_items(
            self._target.fetch_pages,
            max_items,
            page_size=page_size,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **filters,
        )


class SyncIntegrations(_SyncService[Integrations]):
    """Blocking twin of :class:`~gorgias_async.resources.Integrations`.

    Integrations (``/integrations``).
    """

    def delete(
        self,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> None:
        """Delete by id."""
        return self._runner.run(
            self._target.delete,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def update(
        self,
        id: int,
        params: Any = None,
        /,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **fields: Any,
    ) -> Integration:
        """Partially update by id: only the fields given are sent.

        It is a ``PUT``: Gorgias has no ``PATCH``, and its ``PUT`` changes only the fields
        the body names (the others keep their values).
        """
        return self._runner.run(
            self._target.update,
            id,
            params,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **fields,
        )

    def create(
        self,
        params: Any = None,
        /,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **fields: Any,
    ) -> Integration:
        """Create from a params object or mapping, and/or keyword fields."""
        return self._runner.run(
            self._target.create,
            params,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **fields,
        )

    def get(
        self,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> Integration:
        """Get one by id."""
        return self._runner.run(
            self._target.get,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def get_many(
        self,
        ids: Iterable[int],
        *,
        raise_missing: bool = False,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> GetManyResult[Integration]:
        """Concurrent gets: objects in input order, missing ids listed (or raised)."""
        return self._runner.run(
            self._target.get_many,
            ids,
            raise_missing=raise_missing,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def iter_many(
        self,
        ids: Iterable[int],
        *,
        raise_missing: bool = False,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> SyncIterator[tuple[int, Integration | None]]:
        """Concurrent gets yielding ``(id, object or None)`` in input order."""
        return self._runner.iterate(
            self._target.iter_many,
            ids,
            raise_missing=raise_missing,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> SyncIterator[BulkResult[Integration]]:
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
        return self._runner.iterate(
            self._target.bulk_create,
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
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> SyncIterator[BulkResult[Integration]]:
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
        return self._runner.iterate(
            self._target.bulk_update,
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
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> SyncIterator[BulkResult[Integration]]:
        """Delete one object per record: an id, or a record carrying its ``id``.

        Options as for :meth:`bulk_create`; ``via="job"`` (tickets only) deletes through
        ``deleteTicket`` jobs, as :meth:`bulk_update` describes.
        """
        return self._runner.iterate(
            self._target.bulk_delete,
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
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def settle_unknown(
        self,
        results: Iterable[BulkResult[Integration]] | AsyncIterable[BulkResult[Integration]],
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> SyncIterator[BulkResult[Integration]]:
        """The results again, each ``unknown`` create looked up by its ``external_id``.

        Found: ``created`` with the object. Not found: ``failed`` (not created; safe to
        send again), except after a timeout (it may still be processing). Other
        results pass through unchanged.
        """
        return self._runner.iterate(
            self._target.settle_unknown,
            results,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def list(
        self,
        *,
        limit: int = 30,
        cursor: str | None = None,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **filters: Unpack[IntegrationsFilters],
    ) -> SyncPage[Integration]:
        """One page of integrations (``limit`` 1–100)."""
        return self._runner.run_page(
            self._target.list,
            limit=limit,
            cursor=cursor,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **filters,
        )

    def choices(
        self,
        *,
        limit: int = 100,
        cursor: str | None = None,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **filters: Unpack[IntegrationsFilters],
    ) -> SyncPage[Choice]:
        """One page of ``(id, label)`` pairs of integrations, for a picklist.

        Label: ``name``
        (on one line, cut at 80 characters; ``#<id>`` when none is set).
        ``limit`` 1–100, any filter of :meth:`list`; ``page.next()`` (or
        ``cursor=page.next_cursor``) for the following page.
        """
        return self._runner.run_page(
            self._target.choices,
            limit=limit,
            cursor=cursor,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **filters,
        )

    def fetch_pages(
        self,
        *,
        page_size: int = 100,
        start_cursor: str | None = None,
        on_page: OnPage | None = None,
        prefetch: int = 1,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **filters: Unpack[IntegrationsFilters],
    ) -> SyncIterator[SyncPage[Integration]]:
        """Every page of integrations, the next prefetched while you work on this one."""
        return self._runner.iterate_pages(
            self._target.fetch_pages,
            page_size=page_size,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **filters,
        )

    def fetch_all(
        self,
        *,
        page_size: int = 100,
        max_items: int | None = None,
        start_cursor: str | None = None,
        on_page: OnPage | None = None,
        prefetch: int = 1,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **filters: Unpack[IntegrationsFilters],
    ) -> SyncIterator[Integration]:
        """Every item matching ``filters``; ``on_page`` sees each page's cursors."""
        return self._runner.iterate_items(
            self._target.fetch_pages,
            max_items,
            page_size=page_size,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **filters,
        )


class SyncWidgets(_SyncService[Widgets]):
    """Blocking twin of :class:`~gorgias_async.resources.Widgets`.

    Widgets (``/widgets``).
    """

    def delete(
        self,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> None:
        """Delete by id."""
        return self._runner.run(
            self._target.delete,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def update(
        self,
        id: int,
        params: Any = None,
        /,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **fields: Any,
    ) -> Widget:
        """Partially update by id: only the fields given are sent.

        It is a ``PUT``: Gorgias has no ``PATCH``, and its ``PUT`` changes only the fields
        the body names (the others keep their values).
        """
        return self._runner.run(
            self._target.update,
            id,
            params,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **fields,
        )

    def create(
        self,
        params: Any = None,
        /,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **fields: Any,
    ) -> Widget:
        """Create from a params object or mapping, and/or keyword fields."""
        return self._runner.run(
            self._target.create,
            params,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **fields,
        )

    def get(
        self,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> Widget:
        """Get one by id."""
        return self._runner.run(
            self._target.get,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def get_many(
        self,
        ids: Iterable[int],
        *,
        raise_missing: bool = False,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> GetManyResult[Widget]:
        """Concurrent gets: objects in input order, missing ids listed (or raised)."""
        return self._runner.run(
            self._target.get_many,
            ids,
            raise_missing=raise_missing,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def iter_many(
        self,
        ids: Iterable[int],
        *,
        raise_missing: bool = False,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> SyncIterator[tuple[int, Widget | None]]:
        """Concurrent gets yielding ``(id, object or None)`` in input order."""
        return self._runner.iterate(
            self._target.iter_many,
            ids,
            raise_missing=raise_missing,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> SyncIterator[BulkResult[Widget]]:
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
        return self._runner.iterate(
            self._target.bulk_create,
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
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> SyncIterator[BulkResult[Widget]]:
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
        return self._runner.iterate(
            self._target.bulk_update,
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
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> SyncIterator[BulkResult[Widget]]:
        """Delete one object per record: an id, or a record carrying its ``id``.

        Options as for :meth:`bulk_create`; ``via="job"`` (tickets only) deletes through
        ``deleteTicket`` jobs, as :meth:`bulk_update` describes.
        """
        return self._runner.iterate(
            self._target.bulk_delete,
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
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def settle_unknown(
        self,
        results: Iterable[BulkResult[Widget]] | AsyncIterable[BulkResult[Widget]],
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> SyncIterator[BulkResult[Widget]]:
        """The results again, each ``unknown`` create looked up by its ``external_id``.

        Found: ``created`` with the object. Not found: ``failed`` (not created; safe to
        send again), except after a timeout (it may still be processing). Other
        results pass through unchanged.
        """
        return self._runner.iterate(
            self._target.settle_unknown,
            results,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def list(
        self,
        *,
        limit: int = 30,
        cursor: str | None = None,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **filters: Unpack[WidgetsFilters],
    ) -> SyncPage[Widget]:
        """One page of widgets (``limit`` 1–100)."""
        return self._runner.run_page(
            self._target.list,
            limit=limit,
            cursor=cursor,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **filters,
        )

    def choices(
        self,
        *,
        limit: int = 100,
        cursor: str | None = None,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **filters: Unpack[WidgetsFilters],
    ) -> SyncPage[Choice]:
        """One page of ``(id, label)`` pairs of widgets, for a picklist.

        Label: ``type``, else ``context``
        (on one line, cut at 80 characters; ``#<id>`` when none is set).
        ``limit`` 1–100, any filter of :meth:`list`; ``page.next()`` (or
        ``cursor=page.next_cursor``) for the following page.
        """
        return self._runner.run_page(
            self._target.choices,
            limit=limit,
            cursor=cursor,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **filters,
        )

    def fetch_pages(
        self,
        *,
        page_size: int = 100,
        start_cursor: str | None = None,
        on_page: OnPage | None = None,
        prefetch: int = 1,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **filters: Unpack[WidgetsFilters],
    ) -> SyncIterator[SyncPage[Widget]]:
        """Every page of widgets, the next prefetched while you work on this one."""
        return self._runner.iterate_pages(
            self._target.fetch_pages,
            page_size=page_size,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **filters,
        )

    def fetch_all(
        self,
        *,
        page_size: int = 100,
        max_items: int | None = None,
        start_cursor: str | None = None,
        on_page: OnPage | None = None,
        prefetch: int = 1,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **filters: Unpack[WidgetsFilters],
    ) -> SyncIterator[Widget]:
        """Every item matching ``filters``; ``on_page`` sees each page's cursors."""
        return self._runner.iterate_items(
            self._target.fetch_pages,
            max_items,
            page_size=page_size,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **filters,
        )


class SyncSatisfactionSurveys(_SyncService[SatisfactionSurveys]):
    """Blocking twin of :class:`~gorgias_async.resources.SatisfactionSurveys`.

    Satisfaction surveys (``/satisfaction-surveys``).
    """

    def update(
        self,
        id: int,
        params: Any = None,
        /,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **fields: Any,
    ) -> SatisfactionSurvey:
        """Partially update by id: only the fields given are sent.

        It is a ``PUT``: Gorgias has no ``PATCH``, and its ``PUT`` changes only the fields
        the body names (the others keep their values).
        """
        return self._runner.run(
            self._target.update,
            id,
            params,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **fields,
        )

    def create(
        self,
        params: Any = None,
        /,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **fields: Any,
    ) -> SatisfactionSurvey:
        """Create from a params object or mapping, and/or keyword fields."""
        return self._runner.run(
            self._target.create,
            params,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **fields,
        )

    def get(
        self,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> SatisfactionSurvey:
        """Get one by id."""
        return self._runner.run(
            self._target.get,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def get_many(
        self,
        ids: Iterable[int],
        *,
        raise_missing: bool = False,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> GetManyResult[SatisfactionSurvey]:
        """Concurrent gets: objects in input order, missing ids listed (or raised)."""
        return self._runner.run(
            self._target.get_many,
            ids,
            raise_missing=raise_missing,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def iter_many(
        self,
        ids: Iterable[int],
        *,
        raise_missing: bool = False,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> SyncIterator[tuple[int, SatisfactionSurvey | None]]:
        """Concurrent gets yielding ``(id, object or None)`` in input order."""
        return self._runner.iterate(
            self._target.iter_many,
            ids,
            raise_missing=raise_missing,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> SyncIterator[BulkResult[SatisfactionSurvey]]:
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
        return self._runner.iterate(
            self._target.bulk_create,
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
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> SyncIterator[BulkResult[SatisfactionSurvey]]:
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
        return self._runner.iterate(
            self._target.bulk_update,
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
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> SyncIterator[BulkResult[SatisfactionSurvey]]:
        """Delete one object per record: an id, or a record carrying its ``id``.

        Options as for :meth:`bulk_create`; ``via="job"`` (tickets only) deletes through
        ``deleteTicket`` jobs, as :meth:`bulk_update` describes.
        """
        return self._runner.iterate(
            self._target.bulk_delete,
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
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def settle_unknown(
        self,
        results: Iterable[BulkResult[SatisfactionSurvey]]
        | AsyncIterable[BulkResult[SatisfactionSurvey]],
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> SyncIterator[BulkResult[SatisfactionSurvey]]:
        """The results again, each ``unknown`` create looked up by its ``external_id``.

        Found: ``created`` with the object. Not found: ``failed`` (not created; safe to
        send again), except after a timeout (it may still be processing). Other
        results pass through unchanged.
        """
        return self._runner.iterate(
            self._target.settle_unknown,
            results,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def list(
        self,
        *,
        limit: int = 30,
        cursor: str | None = None,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **filters: Unpack[SatisfactionSurveysFilters],
    ) -> SyncPage[SatisfactionSurvey]:
        """One page of satisfaction surveys (``limit`` 1–100)."""
        return self._runner.run_page(
            self._target.list,
            limit=limit,
            cursor=cursor,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **filters,
        )

    def choices(
        self,
        *,
        limit: int = 100,
        cursor: str | None = None,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **filters: Unpack[SatisfactionSurveysFilters],
    ) -> SyncPage[Choice]:
        """One page of ``(id, label)`` pairs of satisfaction surveys, for a picklist.

        Label: ``body_text``, else ``score``
        (on one line, cut at 80 characters; ``#<id>`` when none is set).
        ``limit`` 1–100, any filter of :meth:`list`; ``page.next()`` (or
        ``cursor=page.next_cursor``) for the following page.
        """
        return self._runner.run_page(
            self._target.choices,
            limit=limit,
            cursor=cursor,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **filters,
        )

    def fetch_pages(
        self,
        *,
        page_size: int = 100,
        start_cursor: str | None = None,
        on_page: OnPage | None = None,
        prefetch: int = 1,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **filters: Unpack[SatisfactionSurveysFilters],
    ) -> SyncIterator[SyncPage[SatisfactionSurvey]]:
        """Every page of satisfaction surveys, the next prefetched while you work on this one."""
        return self._runner.iterate_pages(
            self._target.fetch_pages,
            page_size=page_size,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **filters,
        )

    def fetch_all(
        self,
        *,
        page_size: int = 100,
        max_items: int | None = None,
        start_cursor: str | None = None,
        on_page: OnPage | None = None,
        prefetch: int = 1,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **filters: Unpack[SatisfactionSurveysFilters],
    ) -> SyncIterator[SatisfactionSurvey]:
        """Every item matching ``filters``; ``on_page`` sees each page's cursors."""
        return self._runner.iterate_items(
            self._target.fetch_pages,
            max_items,
            page_size=page_size,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **filters,
        )


class SyncCustomFields(_SyncService[CustomFields]):
    """Blocking twin of :class:`~gorgias_async.resources.CustomFields`.

    Custom fields (``/custom-fields``): ticket and customer field definitions.
    """

    def update(
        self,
        id: int,
        params: Any = None,
        /,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **fields: Any,
    ) -> CustomField:
        """Partially update by id: only the fields given are sent.

        It is a ``PUT``: Gorgias has no ``PATCH``, and its ``PUT`` changes only the fields
        the body names (the others keep their values).
        """
        return self._runner.run(
            self._target.update,
            id,
            params,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **fields,
        )

    def create(
        self,
        params: Any = None,
        /,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **fields: Any,
    ) -> CustomField:
        """Create from a params object or mapping, and/or keyword fields."""
        return self._runner.run(
            self._target.create,
            params,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **fields,
        )

    def get(
        self,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> CustomField:
        """Get one by id."""
        return self._runner.run(
            self._target.get,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def get_many(
        self,
        ids: Iterable[int],
        *,
        raise_missing: bool = False,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> GetManyResult[CustomField]:
        """Concurrent gets: objects in input order, missing ids listed (or raised)."""
        return self._runner.run(
            self._target.get_many,
            ids,
            raise_missing=raise_missing,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def iter_many(
        self,
        ids: Iterable[int],
        *,
        raise_missing: bool = False,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> SyncIterator[tuple[int, CustomField | None]]:
        """Concurrent gets yielding ``(id, object or None)`` in input order."""
        return self._runner.iterate(
            self._target.iter_many,
            ids,
            raise_missing=raise_missing,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> SyncIterator[BulkResult[CustomField]]:
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
        return self._runner.iterate(
            self._target.bulk_create,
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
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> SyncIterator[BulkResult[CustomField]]:
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
        return self._runner.iterate(
            self._target.bulk_update,
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
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> SyncIterator[BulkResult[CustomField]]:
        """Delete one object per record: an id, or a record carrying its ``id``.

        Options as for :meth:`bulk_create`; ``via="job"`` (tickets only) deletes through
        ``deleteTicket`` jobs, as :meth:`bulk_update` describes.
        """
        return self._runner.iterate(
            self._target.bulk_delete,
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
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def settle_unknown(
        self,
        results: Iterable[BulkResult[CustomField]] | AsyncIterable[BulkResult[CustomField]],
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> SyncIterator[BulkResult[CustomField]]:
        """The results again, each ``unknown`` create looked up by its ``external_id``.

        Found: ``created`` with the object. Not found: ``failed`` (not created; safe to
        send again), except after a timeout (it may still be processing). Other
        results pass through unchanged.
        """
        return self._runner.iterate(
            self._target.settle_unknown,
            results,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def update_many(
        self,
        fields: Sequence[Any],
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> builtins.list[CustomField]:
        """Bulk-update custom fields: each item a mapping or model with its ``id``."""
        return self._runner.run(
            self._target.update_many,
            fields,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def list(
        self,
        *,
        limit: int = 30,
        cursor: str | None = None,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **filters: Unpack[CustomFieldsFilters],
    ) -> SyncPage[CustomField]:
        """One page of custom fields (``object_type`` required; ``limit`` 1–100)."""
        return self._runner.run_page(
            self._target.list,
            limit=limit,
            cursor=cursor,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **filters,
        )

    def choices(
        self,
        *,
        limit: int = 100,
        cursor: str | None = None,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **filters: Unpack[CustomFieldsFilters],
    ) -> SyncPage[Choice]:
        """One page of ``(id, label)`` pairs of custom fields, for a picklist.

        Label: ``label``
        (on one line, cut at 80 characters; ``#<id>`` when none is set).
        ``object_type`` required; ``limit`` 1–100, any filter of :meth:`list`; ``page.next()`` (or
        ``cursor=page.next_cursor``) for the following page.
        """
        return self._runner.run_page(
            self._target.choices,
            limit=limit,
            cursor=cursor,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **filters,
        )

    def fetch_pages(
        self,
        *,
        page_size: int = 100,
        start_cursor: str | None = None,
        on_page: OnPage | None = None,
        prefetch: int = 1,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **filters: Unpack[CustomFieldsFilters],
    ) -> SyncIterator[SyncPage[CustomField]]:
        """Every page of custom fields, the next prefetched while you work on this one."""
        return self._runner.iterate_pages(
            self._target.fetch_pages,
            page_size=page_size,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **filters,
        )

    def fetch_all(
        self,
        *,
        page_size: int = 100,
        max_items: int | None = None,
        start_cursor: str | None = None,
        on_page: OnPage | None = None,
        prefetch: int = 1,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **filters: Unpack[CustomFieldsFilters],
    ) -> SyncIterator[CustomField]:
        """Every item matching ``filters``; ``on_page`` sees each page's cursors."""
        return self._runner.iterate_items(
            self._target.fetch_pages,
            max_items,
            page_size=page_size,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **filters,
        )


class SyncJobs(_SyncService[Jobs]):
    """Blocking twin of :class:`~gorgias_async.resources.Jobs`.

    Jobs (``/jobs``): bulk background jobs, cancelled rather than deleted.
    """

    def update(
        self,
        id: int,
        params: Any = None,
        /,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **fields: Any,
    ) -> Job:
        """Partially update by id: only the fields given are sent.

        It is a ``PUT``: Gorgias has no ``PATCH``, and its ``PUT`` changes only the fields
        the body names (the others keep their values).
        """
        return self._runner.run(
            self._target.update,
            id,
            params,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **fields,
        )

    def create(
        self,
        params: Any = None,
        /,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **fields: Any,
    ) -> Job:
        """Create from a params object or mapping, and/or keyword fields."""
        return self._runner.run(
            self._target.create,
            params,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **fields,
        )

    def get(
        self,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> Job:
        """Get one by id."""
        return self._runner.run(
            self._target.get,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def get_many(
        self,
        ids: Iterable[int],
        *,
        raise_missing: bool = False,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> GetManyResult[Job]:
        """Concurrent gets: objects in input order, missing ids listed (or raised)."""
        return self._runner.run(
            self._target.get_many,
            ids,
            raise_missing=raise_missing,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def iter_many(
        self,
        ids: Iterable[int],
        *,
        raise_missing: bool = False,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> SyncIterator[tuple[int, Job | None]]:
        """Concurrent gets yielding ``(id, object or None)`` in input order."""
        return self._runner.iterate(
            self._target.iter_many,
            ids,
            raise_missing=raise_missing,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> SyncIterator[BulkResult[Job]]:
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
        return self._runner.iterate(
            self._target.bulk_create,
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
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> SyncIterator[BulkResult[Job]]:
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
        return self._runner.iterate(
            self._target.bulk_update,
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
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> SyncIterator[BulkResult[Job]]:
        """Delete one object per record: an id, or a record carrying its ``id``.

        Options as for :meth:`bulk_create`; ``via="job"`` (tickets only) deletes through
        ``deleteTicket`` jobs, as :meth:`bulk_update` describes.
        """
        return self._runner.iterate(
            self._target.bulk_delete,
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
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def settle_unknown(
        self,
        results: Iterable[BulkResult[Job]] | AsyncIterable[BulkResult[Job]],
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> SyncIterator[BulkResult[Job]]:
        """The results again, each ``unknown`` create looked up by its ``external_id``.

        Found: ``created`` with the object. Not found: ``failed`` (not created; safe to
        send again), except after a timeout (it may still be processing). Other
        results pass through unchanged.
        """
        return self._runner.iterate(
            self._target.settle_unknown,
            results,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def cancel(
        self,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> None:
        """Ask for a job to be cancelled (``DELETE /jobs/{id}``)."""
        return self._runner.run(
            self._target.cancel,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def list(
        self,
        *,
        limit: int = 30,
        cursor: str | None = None,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **filters: Unpack[JobsFilters],
    ) -> SyncPage[Job]:
        """One page of jobs (``limit`` 1–100)."""
        return self._runner.run_page(
            self._target.list,
            limit=limit,
            cursor=cursor,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **filters,
        )

    def choices(
        self,
        *,
        limit: int = 100,
        cursor: str | None = None,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **filters: Unpack[JobsFilters],
    ) -> SyncPage[Choice]:
        """One page of ``(id, label)`` pairs of jobs, for a picklist.

        Label: ``type``
        (on one line, cut at 80 characters; ``#<id>`` when none is set).
        ``limit`` 1–100, any filter of :meth:`list`; ``page.next()`` (or
        ``cursor=page.next_cursor``) for the following page.
        """
        return self._runner.run_page(
            self._target.choices,
            limit=limit,
            cursor=cursor,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **filters,
        )

    def fetch_pages(
        self,
        *,
        page_size: int = 100,
        start_cursor: str | None = None,
        on_page: OnPage | None = None,
        prefetch: int = 1,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **filters: Unpack[JobsFilters],
    ) -> SyncIterator[SyncPage[Job]]:
        """Every page of jobs, the next prefetched while you work on this one."""
        return self._runner.iterate_pages(
            self._target.fetch_pages,
            page_size=page_size,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **filters,
        )

    def fetch_all(
        self,
        *,
        page_size: int = 100,
        max_items: int | None = None,
        start_cursor: str | None = None,
        on_page: OnPage | None = None,
        prefetch: int = 1,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **filters: Unpack[JobsFilters],
    ) -> SyncIterator[Job]:
        """Every item matching ``filters``; ``on_page`` sees each page's cursors."""
        return self._runner.iterate_items(
            self._target.fetch_pages,
            max_items,
            page_size=page_size,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **filters,
        )


class SyncFiles(_SyncService[Files]):
    """Blocking twin of :class:`~gorgias_async.resources.Files`.

    Files: ``POST /upload`` and ``GET /{file_type}/download/{domain_hash}/{name}``.
    """

    def upload(
        self,
        source: str | Path | bytes | BinaryIO,
        *,
        name: str | None = None,
        content_type: str = "application/octet-stream",
        type: FileType = "attachment",
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> UploadedFile:
        """Upload one file from a path, bytes or a binary stream; returns its URL and size.

        Pass the result in a message's ``attachments`` to attach it. A retried upload can
        only leave an orphan file behind, never a duplicate message.
        """
        return self._runner.run(
            self._target.upload,
            source,
            name=name,
            content_type=content_type,
            type=type,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def upload_many(
        self,
        sources: Iterable[UploadItem],
        *,
        type: FileType = "attachment",
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> builtins.list[UploadedFile]:
        """Upload several files in one request; returns them in the order given.

        Each item is a path or binary stream (named after itself), or ``(name, source)``
        or ``(name, source, content_type)`` with bytes, a path or a stream as the source.
        The content type, when not given, is guessed from the name
        (``application/octet-stream`` if it cannot be). Names must differ: Gorgias names
        each file after its form field.
        """
        return self._runner.run(
            self._target.upload_many,
            sources,
            type=type,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def download(
        self,
        url: str | None = None,
        *,
        domain_hash: str | None = None,
        resource_name: str | None = None,
        to: str | Path | None = None,
        file_type: FileType = "attachment",
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> bytes | Path:
        """Download a private file by its ``uploads.gorgias.io`` URL, or by its
        ``domain_hash`` and ``resource_name`` (the URL's last two parts).

        Returns the bytes, or writes them to ``to`` and returns that path.
        """
        return self._runner.run(
            self._target.download,
            url,
            domain_hash=domain_hash,
            resource_name=resource_name,
            to=to,
            file_type=file_type,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )


class SyncVoiceCallEvents(_SyncService[VoiceCallEvents]):
    """Blocking twin of :class:`~gorgias_async.resources.VoiceCallEvents`.

    Voice call events (``/phone/voice-call-events``).
    """

    def get(
        self,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> VoiceCallEvent:
        """Get one by id."""
        return self._runner.run(
            self._target.get,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def get_many(
        self,
        ids: Iterable[int],
        *,
        raise_missing: bool = False,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> GetManyResult[VoiceCallEvent]:
        """Concurrent gets: objects in input order, missing ids listed (or raised)."""
        return self._runner.run(
            self._target.get_many,
            ids,
            raise_missing=raise_missing,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def iter_many(
        self,
        ids: Iterable[int],
        *,
        raise_missing: bool = False,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> SyncIterator[tuple[int, VoiceCallEvent | None]]:
        """Concurrent gets yielding ``(id, object or None)`` in input order."""
        return self._runner.iterate(
            self._target.iter_many,
            ids,
            raise_missing=raise_missing,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def list(
        self,
        *,
        limit: int = 30,
        cursor: str | None = None,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **filters: Unpack[VoiceCallEventsFilters],
    ) -> SyncPage[VoiceCallEvent]:
        """One page of voice call events (``limit`` 1–100)."""
        return self._runner.run_page(
            self._target.list,
            limit=limit,
            cursor=cursor,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **filters,
        )

    def choices(
        self,
        *,
        limit: int = 100,
        cursor: str | None = None,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **filters: Unpack[VoiceCallEventsFilters],
    ) -> SyncPage[Choice]:
        """One page of ``(id, label)`` pairs of voice call events, for a picklist.

        Label: ``type``
        (on one line, cut at 80 characters; ``#<id>`` when none is set).
        ``limit`` 1–100, any filter of :meth:`list`; ``page.next()`` (or
        ``cursor=page.next_cursor``) for the following page.
        """
        return self._runner.run_page(
            self._target.choices,
            limit=limit,
            cursor=cursor,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **filters,
        )

    def fetch_pages(
        self,
        *,
        page_size: int = 100,
        start_cursor: str | None = None,
        on_page: OnPage | None = None,
        prefetch: int = 1,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **filters: Unpack[VoiceCallEventsFilters],
    ) -> SyncIterator[SyncPage[VoiceCallEvent]]:
        """Every page of voice call events, the next prefetched while you work on this one."""
        return self._runner.iterate_pages(
            self._target.fetch_pages,
            page_size=page_size,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **filters,
        )

    def fetch_all(
        self,
        *,
        page_size: int = 100,
        max_items: int | None = None,
        start_cursor: str | None = None,
        on_page: OnPage | None = None,
        prefetch: int = 1,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **filters: Unpack[VoiceCallEventsFilters],
    ) -> SyncIterator[VoiceCallEvent]:
        """Every item matching ``filters``; ``on_page`` sees each page's cursors."""
        return self._runner.iterate_items(
            self._target.fetch_pages,
            max_items,
            page_size=page_size,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **filters,
        )


class SyncVoiceCallRecordings(_SyncService[VoiceCallRecordings]):
    """Blocking twin of :class:`~gorgias_async.resources.VoiceCallRecordings`.

    Voice call recordings (``/phone/voice-call-recordings``).
    """

    def delete(
        self,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> None:
        """Delete by id."""
        return self._runner.run(
            self._target.delete,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def get(
        self,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> VoiceCallRecording:
        """Get one by id."""
        return self._runner.run(
            self._target.get,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def get_many(
        self,
        ids: Iterable[int],
        *,
        raise_missing: bool = False,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> GetManyResult[VoiceCallRecording]:
        """Concurrent gets: objects in input order, missing ids listed (or raised)."""
        return self._runner.run(
            self._target.get_many,
            ids,
            raise_missing=raise_missing,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def iter_many(
        self,
        ids: Iterable[int],
        *,
        raise_missing: bool = False,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> SyncIterator[tuple[int, VoiceCallRecording | None]]:
        """Concurrent gets yielding ``(id, object or None)`` in input order."""
        return self._runner.iterate(
            self._target.iter_many,
            ids,
            raise_missing=raise_missing,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> SyncIterator[BulkResult[VoiceCallRecording]]:
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
        return self._runner.iterate(
            self._target.bulk_create,
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
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> SyncIterator[BulkResult[VoiceCallRecording]]:
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
        return self._runner.iterate(
            self._target.bulk_update,
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
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> SyncIterator[BulkResult[VoiceCallRecording]]:
        """Delete one object per record: an id, or a record carrying its ``id``.

        Options as for :meth:`bulk_create`; ``via="job"`` (tickets only) deletes through
        ``deleteTicket`` jobs, as :meth:`bulk_update` describes.
        """
        return self._runner.iterate(
            self._target.bulk_delete,
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
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def settle_unknown(
        self,
        results: Iterable[BulkResult[VoiceCallRecording]]
        | AsyncIterable[BulkResult[VoiceCallRecording]],
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> SyncIterator[BulkResult[VoiceCallRecording]]:
        """The results again, each ``unknown`` create looked up by its ``external_id``.

        Found: ``created`` with the object. Not found: ``failed`` (not created; safe to
        send again), except after a timeout (it may still be processing). Other
        results pass through unchanged.
        """
        return self._runner.iterate(
            self._target.settle_unknown,
            results,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def list(
        self,
        *,
        limit: int = 30,
        cursor: str | None = None,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **filters: Unpack[VoiceCallRecordingsFilters],
    ) -> SyncPage[VoiceCallRecording]:
        """One page of voice call recordings (``limit`` 1–100)."""
        return self._runner.run_page(
            self._target.list,
            limit=limit,
            cursor=cursor,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **filters,
        )

    def choices(
        self,
        *,
        limit: int = 100,
        cursor: str | None = None,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **filters: Unpack[VoiceCallRecordingsFilters],
    ) -> SyncPage[Choice]:
        """One page of ``(id, label)`` pairs of voice call recordings, for a picklist.

        Label: ``name``, else ``url``
        (on one line, cut at 80 characters; ``#<id>`` when none is set).
        ``limit`` 1–100, any filter of :meth:`list`; ``page.next()`` (or
        ``cursor=page.next_cursor``) for the following page.
        """
        return self._runner.run_page(
            self._target.choices,
            limit=limit,
            cursor=cursor,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **filters,
        )

    def fetch_pages(
        self,
        *,
        page_size: int = 100,
        start_cursor: str | None = None,
        on_page: OnPage | None = None,
        prefetch: int = 1,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **filters: Unpack[VoiceCallRecordingsFilters],
    ) -> SyncIterator[SyncPage[VoiceCallRecording]]:
        """Every page of voice call recordings, the next prefetched while you work on this one."""
        return self._runner.iterate_pages(
            self._target.fetch_pages,
            page_size=page_size,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **filters,
        )

    def fetch_all(
        self,
        *,
        page_size: int = 100,
        max_items: int | None = None,
        start_cursor: str | None = None,
        on_page: OnPage | None = None,
        prefetch: int = 1,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **filters: Unpack[VoiceCallRecordingsFilters],
    ) -> SyncIterator[VoiceCallRecording]:
        """Every item matching ``filters``; ``on_page`` sees each page's cursors."""
        return self._runner.iterate_items(
            self._target.fetch_pages,
            max_items,
            page_size=page_size,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **filters,
        )


class SyncVoiceCalls(_SyncService[VoiceCalls]):
    """Blocking twin of :class:`~gorgias_async.resources.VoiceCalls`.

    Voice calls (``/phone/voice-calls``); ``.events`` and ``.recordings`` hang off it.
    """

    events: SyncVoiceCallEvents
    recordings: SyncVoiceCallRecordings

    def __init__(self, runner: Runner, locate: Callable[[AsyncGorgias], VoiceCalls]) -> None:
        super().__init__(runner, locate)
        self.events = SyncVoiceCallEvents(runner, lambda client: locate(client).events)
        self.recordings = SyncVoiceCallRecordings(runner, lambda client: locate(client).recordings)

    def get(
        self,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> VoiceCall:
        """Get one by id."""
        return self._runner.run(
            self._target.get,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def get_many(
        self,
        ids: Iterable[int],
        *,
        raise_missing: bool = False,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> GetManyResult[VoiceCall]:
        """Concurrent gets: objects in input order, missing ids listed (or raised)."""
        return self._runner.run(
            self._target.get_many,
            ids,
            raise_missing=raise_missing,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def iter_many(
        self,
        ids: Iterable[int],
        *,
        raise_missing: bool = False,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> SyncIterator[tuple[int, VoiceCall | None]]:
        """Concurrent gets yielding ``(id, object or None)`` in input order."""
        return self._runner.iterate(
            self._target.iter_many,
            ids,
            raise_missing=raise_missing,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def list(
        self,
        *,
        limit: int = 30,
        cursor: str | None = None,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **filters: Unpack[VoiceCallsFilters],
    ) -> SyncPage[VoiceCall]:
        """One page of voice calls (``limit`` 1–100)."""
        return self._runner.run_page(
            self._target.list,
            limit=limit,
            cursor=cursor,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **filters,
        )

    def choices(
        self,
        *,
        limit: int = 100,
        cursor: str | None = None,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **filters: Unpack[VoiceCallsFilters],
    ) -> SyncPage[Choice]:
        """One page of ``(id, label)`` pairs of voice calls, for a picklist.

        Label: ``phone_number_source``, else ``phone_number_destination``
        (on one line, cut at 80 characters; ``#<id>`` when none is set).
        ``limit`` 1–100, any filter of :meth:`list`; ``page.next()`` (or
        ``cursor=page.next_cursor``) for the following page.
        """
        return self._runner.run_page(
            self._target.choices,
            limit=limit,
            cursor=cursor,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **filters,
        )

    def fetch_pages(
        self,
        *,
        page_size: int = 100,
        start_cursor: str | None = None,
        on_page: OnPage | None = None,
        prefetch: int = 1,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **filters: Unpack[VoiceCallsFilters],
    ) -> SyncIterator[SyncPage[VoiceCall]]:
        """Every page of voice calls, the next prefetched while you work on this one."""
        return self._runner.iterate_pages(
            self._target.fetch_pages,
            page_size=page_size,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **filters,
        )

    def fetch_all(
        self,
        *,
        page_size: int = 100,
        max_items: int | None = None,
        start_cursor: str | None = None,
        on_page: OnPage | None = None,
        prefetch: int = 1,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
        **filters: Unpack[VoiceCallsFilters],
    ) -> SyncIterator[VoiceCall]:
        """Every item matching ``filters``; ``on_page`` sees each page's cursors."""
        return self._runner.iterate_items(
            self._target.fetch_pages,
            max_items,
            page_size=page_size,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
            **filters,
        )


class SyncSearch(_SyncService[Search]):
    """Blocking twin of :class:`~gorgias_async.resources.Search`.

    ``POST /search``: callable as ``await client.search(type, query, size=10)``.
    """

    def __call__(
        self,
        type: SearchType,
        query: str,
        *,
        size: int = 10,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> list[Any]:
        """Find resources of ``type`` matching ``query`` (at most ``size``, 1–50).

        The result objects are returned as received: their shape depends on ``type``.
        """
        return self._runner.run(
            self._target,
            type,
            query,
            size=size,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )


class SyncStatistics(_SyncService[Statistics]):
    """Blocking twin of :class:`~gorgias_async.resources.Statistics`.

    ``POST /stats/{name}`` (+ CSV download) and ``POST /reporting/stats``.
    """

    def get(
        self,
        name: str,
        *,
        filters: Mapping[str, Any] | None = None,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> Statistic:
        """One named statistic over ``filters`` (period, agents, channels, tags…)."""
        return self._runner.run(
            self._target.get,
            name,
            filters=filters,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def download(
        self,
        name: str,
        *,
        filters: Mapping[str, Any] | None = None,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> bytes:
        """The statistic as CSV bytes."""
        return self._runner.run(
            self._target.download,
            name,
            filters=filters,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )

    def report(
        self,
        scope: str,
        *,
        filters: Any = None,
        timezone: str = "UTC",
        limit: int | None = None,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> list[Any]:
        """A reporting query (``POST /reporting/stats``): rows as received."""
        return self._runner.run(
            self._target.report,
            scope,
            filters=filters,
            timezone=timezone,
            limit=limit,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            debug=debug,
        )


class SyncClientMethods(_SyncService[AsyncGorgias]):
    """The blocking twins of :class:`~gorgias_async.AsyncGorgias`' own calls."""

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        data: bytes | str | FormFields | None = None,
        files: UploadFields | None = None,
        headers: Headers | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        retry_delay: Literal["exponential", "constant"] | None = None,
        retry_on: Iterable[int] | Literal["all"] | None = None,
        retry_non_idempotent: bool | None = None,
        debug: bool = False,
        dry_run: bool = False,
    ) -> Any:
        """Call any endpoint (``path`` relative to ``base_url``); returns the parsed JSON.

        Same auth, budget, retries and errors as the services.

        Args:
            params: the query. json: a JSON body. data: a raw body — bytes, str, or a
                mapping of form fields sent ``application/x-www-form-urlencoded``.
            files: a ``multipart/form-data`` body: field name → bytes, or
                ``(filename, bytes, content_type)``.
            headers: added to the client's. timeout: seconds per attempt.
            max_retries: retries of this call (0: none). retry_delay: ``"exponential"``
                (default, from the client's ``retry_base_delay``) or ``"constant"``.
            retry_on: statuses to retry besides 429, 5xx and connection errors, or
                ``"all"`` errors. A POST that may have created something is still
                retried only when that is safe, unless ``retry_non_idempotent=True``.
            debug: log this call's whole request and answer, credentials masked.
            dry_run: send nothing; return a :class:`DryRun` (method, URL with the
                query, headers with credentials masked, body).
        """
        return self._runner.run(
            self._target.request,
            method,
            path,
            params=params,
            json=json,
            data=data,
            files=files,
            headers=headers,
            timeout=timeout,
            max_retries=max_retries,
            retry_delay=retry_delay,
            retry_on=retry_on,
            retry_non_idempotent=retry_non_idempotent,
            debug=debug,
            dry_run=dry_run,
        )

    def request_raw(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        data: bytes | str | FormFields | None = None,
        files: UploadFields | None = None,
        headers: Headers | None = None,
        timeout: float | None = None,
        parse_json: bool = False,
        max_retries: int | None = None,
        retry_delay: Literal["exponential", "constant"] | None = None,
        retry_on: Iterable[int] | Literal["all"] | None = None,
        retry_non_idempotent: bool | None = None,
        debug: bool = False,
    ) -> Response:
        """Like :meth:`request`, but returns the :class:`Response` (status, headers, body)."""
        return self._runner.run(
            self._target.request_raw,
            method,
            path,
            params=params,
            json=json,
            data=data,
            files=files,
            headers=headers,
            timeout=timeout,
            parse_json=parse_json,
            max_retries=max_retries,
            retry_delay=retry_delay,
            retry_on=retry_on,
            retry_non_idempotent=retry_non_idempotent,
            debug=debug,
        )

    def check_connection(self) -> Any:
        """Test the credentials and domain with ``GET /account``; returns the account.

        Raises :class:`AuthenticationError` (bad email or key, or token),
        :class:`PermissionDeniedError` (role or scope), :class:`NotFoundError` or
        :class:`APIConnectionError` (wrong domain), each with a hint of what to fix, and
        :class:`AccountInactiveError` when the account answers but is deactivated.
        """
        return self._runner.run(self._target.check_connection)


class SyncServiceAttributes:
    """The blocking services of :class:`~gorgias_async.Gorgias`, as typed attributes."""

    account: SyncAccountService
    tickets: SyncTickets
    messages: SyncMessages
    customers: SyncCustomers
    events: SyncEvents
    users: SyncUsers
    teams: SyncTeams
    tags: SyncTags
    views: SyncViews
    macros: SyncMacros
    rules: SyncRules
    integrations: SyncIntegrations
    widgets: SyncWidgets
    satisfaction_surveys: SyncSatisfactionSurveys
    custom_fields: SyncCustomFields
    jobs: SyncJobs
    files: SyncFiles
    voice_calls: SyncVoiceCalls
    search: SyncSearch
    statistics: SyncStatistics

    def _attach_sync_services(self, runner: Runner) -> None:
        self.account = SyncAccountService(runner, lambda client: client.account)
        self.tickets = SyncTickets(runner, lambda client: client.tickets)
        self.messages = SyncMessages(runner, lambda client: client.messages)
        self.customers = SyncCustomers(runner, lambda client: client.customers)
        self.events = SyncEvents(runner, lambda client: client.events)
        self.users = SyncUsers(runner, lambda client: client.users)
        self.teams = SyncTeams(runner, lambda client: client.teams)
        self.tags = SyncTags(runner, lambda client: client.tags)
        self.views = SyncViews(runner, lambda client: client.views)
        self.macros = SyncMacros(runner, lambda client: client.macros)
        self.rules = SyncRules(runner, lambda client: client.rules)
        self.integrations = SyncIntegrations(runner, lambda client: client.integrations)
        self.widgets = SyncWidgets(runner, lambda client: client.widgets)
        self.satisfaction_surveys = SyncSatisfactionSurveys(
            runner, lambda client: client.satisfaction_surveys
        )
        self.custom_fields = SyncCustomFields(runner, lambda client: client.custom_fields)
        self.jobs = SyncJobs(runner, lambda client: client.jobs)
        self.files = SyncFiles(runner, lambda client: client.files)
        self.voice_calls = SyncVoiceCalls(runner, lambda client: client.voice_calls)
        self.search = SyncSearch(runner, lambda client: client.search)
        self.statistics = SyncStatistics(runner, lambda client: client.statistics)
