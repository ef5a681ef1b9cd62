"""The client's services, as the catalog declares them — GENERATED, do not edit.

Written by ``python tools/gen_sync.py`` from :mod:`gorgias_async.resources._catalog`
(``--check`` in CI fails when this file is stale): for each service with a list, its
``order_by`` values, its filters and its class — the methods of its own module, bulk
writes, the standard verbs its row names, and typed ``list`` / ``fetch_pages`` /
``fetch_all``; then the client's typed service attributes and the types of ``walk``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Literal, Required, TypeAlias, TypedDict, Unpack

from .._http import Body, Headers, Query, RequestOptions
from .._pagination import OnPage, Page
from ..models import (
    Customer,
    CustomField,
    Event,
    Integration,
    Job,
    Macro,
    Rule,
    SatisfactionSurvey,
    Tag,
    Team,
    Ticket,
    TicketMessage,
    User,
    View,
    VoiceCall,
    VoiceCallEvent,
    VoiceCallRecording,
    Widget,
)
from ._base import Choice, Requester
from ._bulk import BulkWrites
from ._verbs import Creatable, Deletable, Gettable, Updatable
from .account import AccountSpecials
from .custom_fields import CustomFieldsSpecials
from .customers import CustomersSpecials
from .events import EventsSpecials
from .files import FilesSpecials
from .jobs import JobsSpecials
from .macros import MacrosSpecials
from .messages import MessagesSpecials
from .rules import RulesSpecials
from .search import SearchSpecials, StatisticsSpecials
from .tags import TagsSpecials
from .tickets import TicketsSpecials
from .users import UsersSpecials
from .views import ViewsSpecials

if TYPE_CHECKING:
    import builtins
    from collections.abc import AsyncIterable, Iterable
    from datetime import timedelta
    from pathlib import Path
    from typing import Any, BinaryIO

    from .._checkpoint import CheckpointLike
    from .._watch import Change, WatchBatch
    from ..bulk import BulkOrder, BulkResult, ResultsSink, Via
    from ..models.account import Account, AccountSetting
    from ..models.custom_fields import CustomFieldValue
    from ..models.files import UploadedFile
    from ..models.stats import Statistic
    from ._base import GetManyResult
    from .events import WatchFilters
    from .files import FileType, UploadItem
    from .messages import SendAction
    from .search import SearchType

__all__ = [
    "AccountService",
    "Files",
    "Search",
    "Statistics",
    "Tickets",
    "TicketsFilters",
    "Messages",
    "MessagesFilters",
    "Customers",
    "CustomersFilters",
    "Events",
    "EventsFilters",
    "Users",
    "UsersFilters",
    "Teams",
    "TeamsFilters",
    "Tags",
    "TagsFilters",
    "Views",
    "ViewsFilters",
    "Macros",
    "MacrosFilters",
    "Rules",
    "RulesFilters",
    "Integrations",
    "IntegrationsFilters",
    "Widgets",
    "WidgetsFilters",
    "SatisfactionSurveys",
    "SatisfactionSurveysFilters",
    "CustomFields",
    "CustomFieldsFilters",
    "Jobs",
    "JobsFilters",
    "VoiceCalls",
    "VoiceCallsFilters",
    "VoiceCallEvents",
    "VoiceCallEventsFilters",
    "VoiceCallRecordings",
    "VoiceCallRecordingsFilters",
    "TicketsOrder",
    "MessagesOrder",
    "CustomersOrder",
    "EventsOrder",
    "UsersOrder",
    "TeamsOrder",
    "TagsOrder",
    "ViewsOrder",
    "MacrosOrder",
    "RulesOrder",
    "IntegrationsOrder",
    "WidgetsOrder",
    "SatisfactionSurveysOrder",
    "CustomFieldsOrder",
    "JobsOrder",
    "ServiceAttributes",
    "StreamItem",
    "StreamName",
]


class AccountService(AccountSpecials):
    """The account behind the credentials (``/account``)."""

    async def get(
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
        return await super(
            AccountService,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).get()

    async def settings(
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
        return await super(
            AccountService,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).settings()

    async def create_setting(
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
        return await super(
            AccountService,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).create_setting(params, **fields)

    async def update_setting(
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
        return await super(
            AccountService,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).update_setting(setting_id, params, **fields)


class Files(FilesSpecials):
    """Files: ``POST /upload`` and ``GET /{file_type}/download/{domain_hash}/{name}``."""

    async def upload(
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
        return await super(
            Files,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).upload(source, name=name, content_type=content_type, type=type)

    async def upload_many(
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
        return await super(
            Files,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).upload_many(sources, type=type)

    async def download(
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
        return await super(
            Files,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).download(
            url, domain_hash=domain_hash, resource_name=resource_name, to=to, file_type=file_type
        )


class Search(SearchSpecials):
    """``POST /search``: callable as ``await client.search(type, query, size=10)``."""

    async def __call__(
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
        return await super(
            Search,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).__call__(type, query, size=size)


class Statistics(StatisticsSpecials):
    """``POST /stats/{name}`` (+ CSV download) and ``POST /reporting/stats``."""

    async def get(
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
        return await super(
            Statistics,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).get(name, filters=filters)

    async def download(
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
        return await super(
            Statistics,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).download(name, filters=filters)

    async def report(
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
        return await super(
            Statistics,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).report(scope, filters=filters, timezone=timezone, limit=limit)


TicketsOrder = Literal[
    "created_datetime:asc", "created_datetime:desc", "updated_datetime:asc", "updated_datetime:desc"
]


class TicketsFilters(TypedDict, total=False):
    """Filters of ``GET /tickets``."""

    order_by: TicketsOrder
    customer_id: int
    external_id: str
    view_id: int
    rule_id: int
    ticket_ids: Sequence[int]
    trashed: bool


class Tickets(
    TicketsSpecials,
    BulkWrites[Ticket],
    Gettable[Ticket],
    Creatable[Ticket],
    Updatable[Ticket],
    Deletable[Ticket],
):
    """Tickets (``/tickets``), with their tags and custom field values.

    Many tickets given the same change are best updated or deleted as server-side jobs:
    ``bulk_update(records, via="job")``, ``bulk_delete(ids, via="job")`` and
    :meth:`bulk_apply_macro`.
    """

    path = "/tickets"
    model = Ticket
    orders = (
        "created_datetime:asc",
        "created_datetime:desc",
        "updated_datetime:asc",
        "updated_datetime:desc",
    )
    filters = TicketsFilters
    findable = True
    labels = ("subject", "customer.name", "customer.email")

    async def delete(
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
        return await super(
            Tickets,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).delete(id)

    async def update(
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
        return await super(
            Tickets,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).update(id, params, **fields)

    async def create(
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
        return await super(
            Tickets,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).create(params, **fields)

    async def get(
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
        return await super(
            Tickets,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).get(id, with_custom_fields=with_custom_fields)

    async def get_many(
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
        return await super(
            Tickets,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).get_many(ids, raise_missing=raise_missing)

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
    ) -> AsyncIterator[tuple[int, Ticket | None]]:
        """Concurrent gets yielding ``(id, object or None)`` in input order."""
        return super(
            Tickets,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).iter_many(ids, raise_missing=raise_missing)

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
    ) -> AsyncIterator[BulkResult[Ticket]]:
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
        return super(
            Tickets,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).bulk_create(
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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> AsyncIterator[BulkResult[Ticket]]:
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
        return super(
            Tickets,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).bulk_update(
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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> AsyncIterator[BulkResult[Ticket]]:
        """Delete one object per record: an id, or a record carrying its ``id``.

        Options as for :meth:`bulk_create`; ``via="job"`` (tickets only) deletes through
        ``deleteTicket`` jobs, as :meth:`bulk_update` describes.
        """
        return super(
            Tickets,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).bulk_delete(
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
        self,
        results: Iterable[BulkResult[Ticket]] | AsyncIterable[BulkResult[Ticket]],
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> AsyncIterator[BulkResult[Ticket]]:
        """The results again, each ``unknown`` create looked up by its ``external_id``.

        Found: ``created`` with the object. Not found: ``failed`` (not created; safe to
        send again), except after a timeout (it may still be processing). Other
        results pass through unchanged.
        """
        return super(
            Tickets,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).settle_unknown(results)

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
    ) -> AsyncIterator[BulkResult[Ticket]]:
        """Apply a macro to many tickets through ``applyMacro`` jobs (1,000 tickets each).

        Each job is followed to its end; one result per ticket id, as
        ``bulk_update(..., via="job")`` gives (``updated``, ``failed`` or ``unknown``,
        with its ``job_id``). ``apply_and_close`` closes each ticket after the macro. A
        macro is not always safe to apply twice (one that replies would reply again):
        check ``failed``/``unknown`` tickets before applying it to them again.
        """
        return super(
            Tickets,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).bulk_apply_macro(
            ticket_ids,
            macro_id,
            apply_and_close=apply_and_close,
            order=order,
            results=results,
            headers=headers,
            poll_interval=poll_interval,
        )

    async def list_tags(
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
        return await super(
            Tickets,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).list_tags(ticket_id)

    async def add_tags(
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
        return await super(
            Tickets,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).add_tags(ticket_id, names=names, ids=ids)

    async def set_tags(
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
        return await super(
            Tickets,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).set_tags(ticket_id, names=names, ids=ids)

    async def remove_tags(
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
        return await super(
            Tickets,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).remove_tags(ticket_id, names=names, ids=ids)

    async def list_custom_fields(
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
        return await super(
            Tickets,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).list_custom_fields(ticket_id)

    async def update_custom_fields(
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
        return await super(
            Tickets,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).update_custom_fields(ticket_id, values)

    async def update_custom_field(
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
        return await super(
            Tickets,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).update_custom_field(ticket_id, field_id, value)

    async def delete_custom_field(
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
        return await super(
            Tickets,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).delete_custom_field(ticket_id, field_id)

    async def list(
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
    ) -> Page[Ticket]:
        """One page of tickets (``limit`` 1–100)."""
        return await self._using(
            RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
        )._list(limit, cursor, filters)

    async def choices(
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
    ) -> Page[Choice]:
        """One page of ``(id, label)`` pairs of tickets, for a picklist.

        Label: ``subject``, else ``customer.name``, else ``customer.email``
        (on one line, cut at 80 characters; ``#<id>`` when none is set).
        ``limit`` 1–100, any filter of :meth:`list`; ``page.next()`` (or
        ``cursor=page.next_cursor``) for the following page.
        """
        return await self._using(
            RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
        )._choices(limit, cursor, filters)

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
    ) -> AsyncIterator[Page[Ticket]]:
        """Every page of tickets, the next prefetched while you work on this one."""
        return self._using(
            RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
        )._pages(
            filters,
            page_size=page_size,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
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
    ) -> AsyncIterator[Ticket]:
        """Every item matching ``filters``; ``on_page`` sees each page's cursors."""
        return self._using(
            RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
        )._all(
            filters,
            page_size=page_size,
            max_items=max_items,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
        )


MessagesOrder = Literal["created_datetime:asc", "created_datetime:desc"]


class MessagesFilters(TypedDict, total=False):
    """Filters of ``GET /messages``."""

    order_by: MessagesOrder
    ticket_id: int


class Messages(MessagesSpecials, BulkWrites[TicketMessage]):
    """Ticket messages: listed globally (``/messages``), addressed through their ticket.

    ``client.messages.list()`` walks every message of the account in one cursor (what an
    export needs: no request per ticket); ``list(ticket_id=…)`` one ticket's messages.
    """

    path = "/messages"
    model = TicketMessage
    orders = ("created_datetime:asc", "created_datetime:desc")
    filters = MessagesFilters
    labels = ("stripped_text", "body_text", "subject")

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
    ) -> AsyncIterator[BulkResult[TicketMessage]]:
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
        return super(
            Messages,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).bulk_create(
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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> AsyncIterator[BulkResult[TicketMessage]]:
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
        return super(
            Messages,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).bulk_update(
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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> AsyncIterator[BulkResult[TicketMessage]]:
        """Delete one object per record: an id, or a record carrying its ``id``.

        Options as for :meth:`bulk_create`; ``via="job"`` (tickets only) deletes through
        ``deleteTicket`` jobs, as :meth:`bulk_update` describes.
        """
        return super(
            Messages,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).bulk_delete(
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
        self,
        results: Iterable[BulkResult[TicketMessage]] | AsyncIterable[BulkResult[TicketMessage]],
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> AsyncIterator[BulkResult[TicketMessage]]:
        """The results again, each ``unknown`` create looked up by its ``external_id``.

        Found: ``created`` with the object. Not found: ``failed`` (not created; safe to
        send again), except after a timeout (it may still be processing). Other
        results pass through unchanged.
        """
        return super(
            Messages,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).settle_unknown(results)

    async def get(
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
        return await super(
            Messages,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).get(ticket_id, message_id)

    async def create(
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
        return await super(
            Messages,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).create(ticket_id, params, action=action, **fields)

    async def update(
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
        return await super(
            Messages,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).update(ticket_id, message_id, params, action=action, **fields)

    async def delete(
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
        return await super(
            Messages,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).delete(ticket_id, message_id)

    async def list_for_ticket(
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
        return await super(
            Messages,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).list_for_ticket(ticket_id)

    async def list(
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
    ) -> Page[TicketMessage]:
        """One page of messages (``limit`` 1–100)."""
        return await self._using(
            RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
        )._list(limit, cursor, filters)

    async def choices(
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
    ) -> Page[Choice]:
        """One page of ``(id, label)`` pairs of messages, for a picklist.

        Label: ``stripped_text``, else ``body_text``, else ``subject``
        (on one line, cut at 80 characters; ``#<id>`` when none is set).
        ``limit`` 1–100, any filter of :meth:`list`; ``page.next()`` (or
        ``cursor=page.next_cursor``) for the following page.
        """
        return await self._using(
            RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
        )._choices(limit, cursor, filters)

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
    ) -> AsyncIterator[Page[TicketMessage]]:
        """Every page of messages, the next prefetched while you work on this one."""
        return self._using(
            RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
        )._pages(
            filters,
            page_size=page_size,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
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
    ) -> AsyncIterator[TicketMessage]:
        """Every item matching ``filters``; ``on_page`` sees each page's cursors."""
        return self._using(
            RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
        )._all(
            filters,
            page_size=page_size,
            max_items=max_items,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
        )


CustomersOrder = Literal[
    "created_datetime:asc", "created_datetime:desc", "updated_datetime:asc", "updated_datetime:desc"
]


class CustomersFilters(TypedDict, total=False):
    """Filters of ``GET /customers``."""

    order_by: CustomersOrder
    id: int
    email: str
    external_id: str
    name: str
    language: str
    timezone: str
    view_id: int
    channel_type: str
    channel_address: str


class Customers(
    CustomersSpecials,
    BulkWrites[Customer],
    Gettable[Customer],
    Creatable[Customer],
    Updatable[Customer],
    Deletable[Customer],
):
    """Customers (``/customers``), their data, merges and custom field values."""

    path = "/customers"
    model = Customer
    orders = (
        "created_datetime:asc",
        "created_datetime:desc",
        "updated_datetime:asc",
        "updated_datetime:desc",
    )
    filters = CustomersFilters
    findable = True
    labels = ("name", "email")

    async def delete(
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
        return await super(
            Customers,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).delete(id)

    async def update(
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
        return await super(
            Customers,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).update(id, params, **fields)

    async def create(
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
        return await super(
            Customers,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).create(params, **fields)

    async def get(
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
        return await super(
            Customers,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).get(id)

    async def get_many(
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
        return await super(
            Customers,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).get_many(ids, raise_missing=raise_missing)

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
    ) -> AsyncIterator[tuple[int, Customer | None]]:
        """Concurrent gets yielding ``(id, object or None)`` in input order."""
        return super(
            Customers,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).iter_many(ids, raise_missing=raise_missing)

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
    ) -> AsyncIterator[BulkResult[Customer]]:
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
        return super(
            Customers,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).bulk_create(
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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> AsyncIterator[BulkResult[Customer]]:
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
        return super(
            Customers,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).bulk_update(
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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> AsyncIterator[BulkResult[Customer]]:
        """Delete one object per record: an id, or a record carrying its ``id``.

        Options as for :meth:`bulk_create`; ``via="job"`` (tickets only) deletes through
        ``deleteTicket`` jobs, as :meth:`bulk_update` describes.
        """
        return super(
            Customers,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).bulk_delete(
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
        self,
        results: Iterable[BulkResult[Customer]] | AsyncIterable[BulkResult[Customer]],
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> AsyncIterator[BulkResult[Customer]]:
        """The results again, each ``unknown`` create looked up by its ``external_id``.

        Found: ``created`` with the object. Not found: ``failed`` (not created; safe to
        send again), except after a timeout (it may still be processing). Other
        results pass through unchanged.
        """
        return super(
            Customers,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).settle_unknown(results)

    async def delete_many(
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
        return await super(
            Customers,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).delete_many(ids)

    async def merge(
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
        return await super(
            Customers,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).merge(source_id, target_id, params, **fields)

    async def set_data(
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
        return await super(
            Customers,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).set_data(customer_id, data, version=version)

    async def list_custom_fields(
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
        return await super(
            Customers,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).list_custom_fields(customer_id)

    async def update_custom_field(
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
        return await super(
            Customers,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).update_custom_field(customer_id, field_id, value)

    async def delete_custom_field(
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
        return await super(
            Customers,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).delete_custom_field(customer_id, field_id)

    async def list(
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
    ) -> Page[Customer]:
        """One page of customers (``limit`` 1–100)."""
        return await self._using(
            RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
        )._list(limit, cursor, filters)

    async def choices(
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
    ) -> Page[Choice]:
        """One page of ``(id, label)`` pairs of customers, for a picklist.

        Label: ``name``, else ``email``
        (on one line, cut at 80 characters; ``#<id>`` when none is set).
        ``limit`` 1–100, any filter of :meth:`list`; ``page.next()`` (or
        ``cursor=page.next_cursor``) for the following page.
        """
        return await self._using(
            RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
        )._choices(limit, cursor, filters)

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
    ) -> AsyncIterator[Page[Customer]]:
        """Every page of customers, the next prefetched while you work on this one."""
        return self._using(
            RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
        )._pages(
            filters,
            page_size=page_size,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
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
    ) -> AsyncIterator[Customer]:
        """Every item matching ``filters``; ``on_page`` sees each page's cursors."""
        return self._using(
            RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
        )._all(
            filters,
            page_size=page_size,
            max_items=max_items,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
        )


EventsOrder = Literal["created_datetime", "created_datetime:asc", "created_datetime:desc"]


class EventsFilters(TypedDict, total=False):
    """Filters of ``GET /events``."""

    order_by: EventsOrder
    created_datetime: Mapping[str, datetime | str]
    object_id: int
    object_type: str
    types: Sequence[str]
    user_ids: Sequence[int]


class Events(EventsSpecials, Gettable[Event]):
    """Events (``/events``): what happened in the account, oldest or newest first."""

    path = "/events"
    model = Event
    orders = ("created_datetime", "created_datetime:asc", "created_datetime:desc")
    filters = EventsFilters
    labels = ("type",)

    async def get(
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
        return await super(
            Events,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).get(id)

    async def get_many(
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
        return await super(
            Events,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).get_many(ids, raise_missing=raise_missing)

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
    ) -> AsyncIterator[tuple[int, Event | None]]:
        """Concurrent gets yielding ``(id, object or None)`` in input order."""
        return super(
            Events,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).iter_many(ids, raise_missing=raise_missing)

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
    ) -> AsyncIterator[Change]:
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
        return super(
            Events,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).watch(
            since=since,
            checkpoint=checkpoint,
            poll_interval=poll_interval,
            overlap=overlap,
            page_size=page_size,
            expand=expand,
            follow=follow,
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
    ) -> AsyncIterator[WatchBatch]:
        """Like :meth:`watch`, a page of new events at a time (the position is saved
        after each batch): fewer saves, and one transaction per batch in your store.
        """
        return super(
            Events,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).watch_batches(
            since=since,
            checkpoint=checkpoint,
            poll_interval=poll_interval,
            overlap=overlap,
            page_size=page_size,
            expand=expand,
            follow=follow,
            **filters,
        )

    async def list(
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
    ) -> Page[Event]:
        """One page of events (``limit`` 1–100)."""
        return await self._using(
            RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
        )._list(limit, cursor, filters)

    async def choices(
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
    ) -> Page[Choice]:
        """One page of ``(id, label)`` pairs of events, for a picklist.

        Label: ``type``
        (on one line, cut at 80 characters; ``#<id>`` when none is set).
        ``limit`` 1–100, any filter of :meth:`list`; ``page.next()`` (or
        ``cursor=page.next_cursor``) for the following page.
        """
        return await self._using(
            RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
        )._choices(limit, cursor, filters)

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
    ) -> AsyncIterator[Page[Event]]:
        """Every page of events, the next prefetched while you work on this one."""
        return self._using(
            RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
        )._pages(
            filters,
            page_size=page_size,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
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
    ) -> AsyncIterator[Event]:
        """Every item matching ``filters``; ``on_page`` sees each page's cursors."""
        return self._using(
            RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
        )._all(
            filters,
            page_size=page_size,
            max_items=max_items,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
        )


UsersOrder = Literal[
    "created_datetime:asc",
    "created_datetime:desc",
    "name:asc",
    "name:desc",
    "email:asc",
    "email:desc",
    "role.name:asc",
    "role.name:desc",
]


class UsersFilters(TypedDict, total=False):
    """Filters of ``GET /users``."""

    order_by: UsersOrder
    email: str
    external_id: str
    roles: Sequence[str]
    relationships: Sequence[str]
    search: str
    available_first: bool


class Users(
    UsersSpecials,
    BulkWrites[User],
    Gettable[User],
    Creatable[User],
    Updatable[User],
    Deletable[User],
):
    """Users (``/users``): agents and admins; ``get(0)`` is the current user."""

    path = "/users"
    model = User
    orders = (
        "created_datetime:asc",
        "created_datetime:desc",
        "name:asc",
        "name:desc",
        "email:asc",
        "email:desc",
        "role.name:asc",
        "role.name:desc",
    )
    filters = UsersFilters
    findable = True
    labels = ("name", "email")

    async def delete(
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
        return await super(
            Users,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).delete(id)

    async def update(
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
        return await super(
            Users,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).update(id, params, **fields)

    async def create(
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
        return await super(
            Users,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).create(params, **fields)

    async def get(
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
        return await super(
            Users,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).get(id)

    async def get_many(
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
        return await super(
            Users,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).get_many(ids, raise_missing=raise_missing)

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
    ) -> AsyncIterator[tuple[int, User | None]]:
        """Concurrent gets yielding ``(id, object or None)`` in input order."""
        return super(
            Users,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).iter_many(ids, raise_missing=raise_missing)

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
    ) -> AsyncIterator[BulkResult[User]]:
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
        return super(
            Users,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).bulk_create(
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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> AsyncIterator[BulkResult[User]]:
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
        return super(
            Users,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).bulk_update(
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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> AsyncIterator[BulkResult[User]]:
        """Delete one object per record: an id, or a record carrying its ``id``.

        Options as for :meth:`bulk_create`; ``via="job"`` (tickets only) deletes through
        ``deleteTicket`` jobs, as :meth:`bulk_update` describes.
        """
        return super(
            Users,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).bulk_delete(
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
        self,
        results: Iterable[BulkResult[User]] | AsyncIterable[BulkResult[User]],
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> AsyncIterator[BulkResult[User]]:
        """The results again, each ``unknown`` create looked up by its ``external_id``.

        Found: ``created`` with the object. Not found: ``failed`` (not created; safe to
        send again), except after a timeout (it may still be processing). Other
        results pass through unchanged.
        """
        return super(
            Users,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).settle_unknown(results)

    async def list(
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
    ) -> Page[User]:
        """One page of users (``limit`` 1–100)."""
        return await self._using(
            RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
        )._list(limit, cursor, filters)

    async def choices(
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
    ) -> Page[Choice]:
        """One page of ``(id, label)`` pairs of users, for a picklist.

        Label: ``name``, else ``email``
        (on one line, cut at 80 characters; ``#<id>`` when none is set).
        ``limit`` 1–100, any filter of :meth:`list`; ``page.next()`` (or
        ``cursor=page.next_cursor``) for the following page.
        """
        return await self._using(
            RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
        )._choices(limit, cursor, filters)

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
    ) -> AsyncIterator[Page[User]]:
        """Every page of users, the next prefetched while you work on this one."""
        return self._using(
            RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
        )._pages(
            filters,
            page_size=page_size,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
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
    ) -> AsyncIterator[User]:
        """Every item matching ``filters``; ``on_page`` sees each page's cursors."""
        return self._using(
            RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
        )._all(
            filters,
            page_size=page_size,
            max_items=max_items,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
        )


TeamsOrder = Literal["created_datetime:asc", "created_datetime:desc", "name:asc", "name:desc"]


class TeamsFilters(TypedDict, total=False):
    """Filters of ``GET /teams``."""

    order_by: TeamsOrder


class Teams(BulkWrites[Team], Gettable[Team], Creatable[Team], Updatable[Team], Deletable[Team]):
    """Teams (``/teams``)."""

    path = "/teams"
    model = Team
    orders = ("created_datetime:asc", "created_datetime:desc", "name:asc", "name:desc")
    filters = TeamsFilters

    async def delete(
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
        return await super(
            Teams,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).delete(id)

    async def update(
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
        return await super(
            Teams,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).update(id, params, **fields)

    async def create(
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
        return await super(
            Teams,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).create(params, **fields)

    async def get(
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
        return await super(
            Teams,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).get(id)

    async def get_many(
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
        return await super(
            Teams,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).get_many(ids, raise_missing=raise_missing)

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
    ) -> AsyncIterator[tuple[int, Team | None]]:
        """Concurrent gets yielding ``(id, object or None)`` in input order."""
        return super(
            Teams,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).iter_many(ids, raise_missing=raise_missing)

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
    ) -> AsyncIterator[BulkResult[Team]]:
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
        return super(
            Teams,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).bulk_create(
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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> AsyncIterator[BulkResult[Team]]:
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
        return super(
            Teams,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).bulk_update(
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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> AsyncIterator[BulkResult[Team]]:
        """Delete one object per record: an id, or a record carrying its ``id``.

        Options as for :meth:`bulk_create`; ``via="job"`` (tickets only) deletes through
        ``deleteTicket`` jobs, as :meth:`bulk_update` describes.
        """
        return super(
            Teams,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).bulk_delete(
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
        self,
        results: Iterable[BulkResult[Team]] | AsyncIterable[BulkResult[Team]],
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> AsyncIterator[BulkResult[Team]]:
        """The results again, each ``unknown`` create looked up by its ``external_id``.

        Found: ``created`` with the object. Not found: ``failed`` (not created; safe to
        send again), except after a timeout (it may still be processing). Other
        results pass through unchanged.
        """
        return super(
            Teams,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).settle_unknown(results)

    async def list(
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
    ) -> Page[Team]:
        """One page of teams (``limit`` 1–100)."""
        return await self._using(
            RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
        )._list(limit, cursor, filters)

    async def choices(
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
    ) -> Page[Choice]:
        """One page of ``(id, label)`` pairs of teams, for a picklist.

        Label: ``name``
        (on one line, cut at 80 characters; ``#<id>`` when none is set).
        ``limit`` 1–100, any filter of :meth:`list`; ``page.next()`` (or
        ``cursor=page.next_cursor``) for the following page.
        """
        return await self._using(
            RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
        )._choices(limit, cursor, filters)

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
    ) -> AsyncIterator[Page[Team]]:
        """Every page of teams, the next prefetched while you work on this one."""
        return self._using(
            RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
        )._pages(
            filters,
            page_size=page_size,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
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
    ) -> AsyncIterator[Team]:
        """Every item matching ``filters``; ``on_page`` sees each page's cursors."""
        return self._using(
            RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
        )._all(
            filters,
            page_size=page_size,
            max_items=max_items,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
        )


TagsOrder = Literal[
    "created_datetime",
    "name",
    "usage",
    "created_datetime:asc",
    "created_datetime:desc",
    "name:asc",
    "name:desc",
    "usage:asc,name:asc",
    "usage:desc,name:desc",
]


class TagsFilters(TypedDict, total=False):
    """Filters of ``GET /tags``."""

    order_by: TagsOrder
    search: str


class Tags(
    TagsSpecials, BulkWrites[Tag], Gettable[Tag], Creatable[Tag], Updatable[Tag], Deletable[Tag]
):
    """Tags (``/tags``), deleted or merged several at once."""

    path = "/tags"
    model = Tag
    orders = (
        "created_datetime",
        "name",
        "usage",
        "created_datetime:asc",
        "created_datetime:desc",
        "name:asc",
        "name:desc",
        "usage:asc,name:asc",
        "usage:desc,name:desc",
    )
    filters = TagsFilters

    async def delete(
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
        return await super(
            Tags,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).delete(id)

    async def update(
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
        return await super(
            Tags,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).update(id, params, **fields)

    async def create(
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
        return await super(
            Tags,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).create(params, **fields)

    async def get(
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
        return await super(
            Tags,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).get(id)

    async def get_many(
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
        return await super(
            Tags,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).get_many(ids, raise_missing=raise_missing)

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
    ) -> AsyncIterator[tuple[int, Tag | None]]:
        """Concurrent gets yielding ``(id, object or None)`` in input order."""
        return super(
            Tags,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).iter_many(ids, raise_missing=raise_missing)

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
    ) -> AsyncIterator[BulkResult[Tag]]:
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
        return super(
            Tags,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).bulk_create(
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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> AsyncIterator[BulkResult[Tag]]:
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
        return super(
            Tags,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).bulk_update(
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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> AsyncIterator[BulkResult[Tag]]:
        """Delete one object per record: an id, or a record carrying its ``id``.

        Options as for :meth:`bulk_create`; ``via="job"`` (tickets only) deletes through
        ``deleteTicket`` jobs, as :meth:`bulk_update` describes.
        """
        return super(
            Tags,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).bulk_delete(
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
        self,
        results: Iterable[BulkResult[Tag]] | AsyncIterable[BulkResult[Tag]],
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> AsyncIterator[BulkResult[Tag]]:
        """The results again, each ``unknown`` create looked up by its ``external_id``.

        Found: ``created`` with the object. Not found: ``failed`` (not created; safe to
        send again), except after a timeout (it may still be processing). Other
        results pass through unchanged.
        """
        return super(
            Tags,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).settle_unknown(results)

    async def delete_many(
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
        return await super(
            Tags,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).delete_many(ids)

    async def merge(
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
        return await super(
            Tags,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).merge(destination_id, source_ids)

    async def list(
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
    ) -> Page[Tag]:
        """One page of tags (``limit`` 1–100)."""
        return await self._using(
            RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
        )._list(limit, cursor, filters)

    async def choices(
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
    ) -> Page[Choice]:
        """One page of ``(id, label)`` pairs of tags, for a picklist.

        Label: ``name``
        (on one line, cut at 80 characters; ``#<id>`` when none is set).
        ``limit`` 1–100, any filter of :meth:`list`; ``page.next()`` (or
        ``cursor=page.next_cursor``) for the following page.
        """
        return await self._using(
            RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
        )._choices(limit, cursor, filters)

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
    ) -> AsyncIterator[Page[Tag]]:
        """Every page of tags, the next prefetched while you work on this one."""
        return self._using(
            RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
        )._pages(
            filters,
            page_size=page_size,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
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
    ) -> AsyncIterator[Tag]:
        """Every item matching ``filters``; ``on_page`` sees each page's cursors."""
        return self._using(
            RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
        )._all(
            filters,
            page_size=page_size,
            max_items=max_items,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
        )


ViewsOrder = Literal["created_datetime:asc", "created_datetime:desc"]


class ViewsFilters(TypedDict, total=False):
    """Filters of ``GET /views``."""

    order_by: ViewsOrder


class Views(
    ViewsSpecials,
    BulkWrites[View],
    Gettable[View],
    Creatable[View],
    Updatable[View],
    Deletable[View],
):
    """Views (``/views``), and the tickets each shows."""

    path = "/views"
    model = View
    orders = ("created_datetime:asc", "created_datetime:desc")
    filters = ViewsFilters

    async def delete(
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
        return await super(
            Views,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).delete(id)

    async def update(
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
        return await super(
            Views,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).update(id, params, **fields)

    async def create(
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
        return await super(
            Views,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).create(params, **fields)

    async def get(
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
        return await super(
            Views,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).get(id)

    async def get_many(
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
        return await super(
            Views,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).get_many(ids, raise_missing=raise_missing)

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
    ) -> AsyncIterator[tuple[int, View | None]]:
        """Concurrent gets yielding ``(id, object or None)`` in input order."""
        return super(
            Views,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).iter_many(ids, raise_missing=raise_missing)

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
    ) -> AsyncIterator[BulkResult[View]]:
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
        return super(
            Views,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).bulk_create(
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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> AsyncIterator[BulkResult[View]]:
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
        return super(
            Views,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).bulk_update(
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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> AsyncIterator[BulkResult[View]]:
        """Delete one object per record: an id, or a record carrying its ``id``.

        Options as for :meth:`bulk_create`; ``via="job"`` (tickets only) deletes through
        ``deleteTicket`` jobs, as :meth:`bulk_update` describes.
        """
        return super(
            Views,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).bulk_delete(
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
        self,
        results: Iterable[BulkResult[View]] | AsyncIterable[BulkResult[View]],
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> AsyncIterator[BulkResult[View]]:
        """The results again, each ``unknown`` create looked up by its ``external_id``.

        Found: ``created`` with the object. Not found: ``failed`` (not created; safe to
        send again), except after a timeout (it may still be processing). Other
        results pass through unchanged.
        """
        return super(
            Views,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).settle_unknown(results)

    async def list_items(
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
    ) -> Page[Ticket]:
        """One page of the tickets a view shows; ``search`` posts a view definition to
        search with instead (``PUT /views/{id}/items``).

        ``direction="prev"`` returns the items before ``cursor`` (default: after it);
        ``ignored_item`` leaves one ticket out (e.g. the one the agent has open).
        """
        return await super(
            Views,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).list_items(
            view_id,
            limit=limit,
            cursor=cursor,
            direction=direction,
            ignored_item=ignored_item,
            search=search,
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
    ) -> AsyncIterator[Ticket]:
        """Every ticket a view shows, in the view's order (but ``ignored_item``)."""
        return super(
            Views,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).fetch_items(
            view_id,
            page_size=page_size,
            max_items=max_items,
            start_cursor=start_cursor,
            prefetch=prefetch,
            ignored_item=ignored_item,
        )

    async def list(
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
    ) -> Page[View]:
        """One page of views (``limit`` 1–100)."""
        return await self._using(
            RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
        )._list(limit, cursor, filters)

    async def choices(
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
    ) -> Page[Choice]:
        """One page of ``(id, label)`` pairs of views, for a picklist.

        Label: ``name``
        (on one line, cut at 80 characters; ``#<id>`` when none is set).
        ``limit`` 1–100, any filter of :meth:`list`; ``page.next()`` (or
        ``cursor=page.next_cursor``) for the following page.
        """
        return await self._using(
            RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
        )._choices(limit, cursor, filters)

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
    ) -> AsyncIterator[Page[View]]:
        """Every page of views, the next prefetched while you work on this one."""
        return self._using(
            RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
        )._pages(
            filters,
            page_size=page_size,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
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
    ) -> AsyncIterator[View]:
        """Every item matching ``filters``; ``on_page`` sees each page's cursors."""
        return self._using(
            RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
        )._all(
            filters,
            page_size=page_size,
            max_items=max_items,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
        )


MacrosOrder = Literal[
    "name",
    "name:asc",
    "name:desc",
    "created_datetime",
    "created_datetime:asc",
    "created_datetime:desc",
    "updated_datetime",
    "updated_datetime:asc",
    "updated_datetime:desc",
    "usage",
    "usage:asc",
    "usage:desc",
    "relevance",
    "relevance:asc",
    "relevance:desc",
    "language",
    "language:asc",
    "language:desc",
]


class MacrosFilters(TypedDict, total=False):
    """Filters of ``GET /macros``."""

    order_by: MacrosOrder
    tags: Sequence[str]
    languages: Sequence[str]
    search: str
    message_id: int
    ticket_id: int
    archived: bool
    number_predictions: int


class Macros(
    MacrosSpecials,
    BulkWrites[Macro],
    Gettable[Macro],
    Creatable[Macro],
    Updatable[Macro],
    Deletable[Macro],
):
    """Macros (``/macros``), archived and unarchived several at once."""

    path = "/macros"
    model = Macro
    orders = (
        "name",
        "name:asc",
        "name:desc",
        "created_datetime",
        "created_datetime:asc",
        "created_datetime:desc",
        "updated_datetime",
        "updated_datetime:asc",
        "updated_datetime:desc",
        "usage",
        "usage:asc",
        "usage:desc",
        "relevance",
        "relevance:asc",
        "relevance:desc",
        "language",
        "language:asc",
        "language:desc",
    )
    filters = MacrosFilters

    async def delete(
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
        return await super(
            Macros,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).delete(id)

    async def update(
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
        return await super(
            Macros,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).update(id, params, **fields)

    async def create(
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
        return await super(
            Macros,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).create(params, **fields)

    async def get(
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
        return await super(
            Macros,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).get(id)

    async def get_many(
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
        return await super(
            Macros,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).get_many(ids, raise_missing=raise_missing)

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
    ) -> AsyncIterator[tuple[int, Macro | None]]:
        """Concurrent gets yielding ``(id, object or None)`` in input order."""
        return super(
            Macros,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).iter_many(ids, raise_missing=raise_missing)

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
    ) -> AsyncIterator[BulkResult[Macro]]:
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
        return super(
            Macros,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).bulk_create(
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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> AsyncIterator[BulkResult[Macro]]:
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
        return super(
            Macros,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).bulk_update(
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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> AsyncIterator[BulkResult[Macro]]:
        """Delete one object per record: an id, or a record carrying its ``id``.

        Options as for :meth:`bulk_create`; ``via="job"`` (tickets only) deletes through
        ``deleteTicket`` jobs, as :meth:`bulk_update` describes.
        """
        return super(
            Macros,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).bulk_delete(
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
        self,
        results: Iterable[BulkResult[Macro]] | AsyncIterable[BulkResult[Macro]],
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> AsyncIterator[BulkResult[Macro]]:
        """The results again, each ``unknown`` create looked up by its ``external_id``.

        Found: ``created`` with the object. Not found: ``failed`` (not created; safe to
        send again), except after a timeout (it may still be processing). Other
        results pass through unchanged.
        """
        return super(
            Macros,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).settle_unknown(results)

    async def archive(
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
        return await super(
            Macros,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).archive(ids)

    async def unarchive(
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
        return await super(
            Macros,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).unarchive(ids)

    async def list(
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
    ) -> Page[Macro]:
        """One page of macros (``limit`` 1–100)."""
        return await self._using(
            RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
        )._list(limit, cursor, filters)

    async def choices(
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
    ) -> Page[Choice]:
        """One page of ``(id, label)`` pairs of macros, for a picklist.

        Label: ``name``
        (on one line, cut at 80 characters; ``#<id>`` when none is set).
        ``limit`` 1–100, any filter of :meth:`list`; ``page.next()`` (or
        ``cursor=page.next_cursor``) for the following page.
        """
        return await self._using(
            RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
        )._choices(limit, cursor, filters)

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
    ) -> AsyncIterator[Page[Macro]]:
        """Every page of macros, the next prefetched while you work on this one."""
        return self._using(
            RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
        )._pages(
            filters,
            page_size=page_size,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
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
    ) -> AsyncIterator[Macro]:
        """Every item matching ``filters``; ``on_page`` sees each page's cursors."""
        return self._using(
            RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
        )._all(
            filters,
            page_size=page_size,
            max_items=max_items,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
        )


RulesOrder = Literal["created_datetime:asc", "created_datetime:desc"]


class RulesFilters(TypedDict, total=False):
    """Filters of ``GET /rules``."""

    order_by: RulesOrder


class Rules(
    RulesSpecials,
    BulkWrites[Rule],
    Gettable[Rule],
    Creatable[Rule],
    Updatable[Rule],
    Deletable[Rule],
):
    """Rules (``/rules``), and their priorities."""

    path = "/rules"
    model = Rule
    orders = ("created_datetime:asc", "created_datetime:desc")
    filters = RulesFilters

    async def delete(
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
        return await super(
            Rules,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).delete(id)

    async def update(
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
        return await super(
            Rules,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).update(id, params, **fields)

    async def create(
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
        return await super(
            Rules,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).create(params, **fields)

    async def get(
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
        return await super(
            Rules,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).get(id)

    async def get_many(
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
        return await super(
            Rules,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).get_many(ids, raise_missing=raise_missing)

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
    ) -> AsyncIterator[tuple[int, Rule | None]]:
        """Concurrent gets yielding ``(id, object or None)`` in input order."""
        return super(
            Rules,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).iter_many(ids, raise_missing=raise_missing)

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
    ) -> AsyncIterator[BulkResult[Rule]]:
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
        return super(
            Rules,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).bulk_create(
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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> AsyncIterator[BulkResult[Rule]]:
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
        return super(
            Rules,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).bulk_update(
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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> AsyncIterator[BulkResult[Rule]]:
        """Delete one object per record: an id, or a record carrying its ``id``.

        Options as for :meth:`bulk_create`; ``via="job"`` (tickets only) deletes through
        ``deleteTicket`` jobs, as :meth:`bulk_update` describes.
        """
        return super(
            Rules,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).bulk_delete(
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
        self,
        results: Iterable[BulkResult[Rule]] | AsyncIterable[BulkResult[Rule]],
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> AsyncIterator[BulkResult[Rule]]:
        """The results again, each ``unknown`` create looked up by its ``external_id``.

        Found: ``created`` with the object. Not found: ``failed`` (not created; safe to
        send again), except after a timeout (it may still be processing). Other
        results pass through unchanged.
        """
        return super(
            Rules,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).settle_unknown(results)

    async def update_priorities(
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
        return await super(
            Rules,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).update_priorities(priorities)

    async def list(
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
    ) -> Page[Rule]:
        """One page of rules (``limit`` 1–100)."""
        return await self._using(
            RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
        )._list(limit, cursor, filters)

    async def choices(
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
    ) -> Page[Choice]:
        """One page of ``(id, label)`` pairs of rules, for a picklist.

        Label: ``name``
        (on one line, cut at 80 characters; ``#<id>`` when none is set).
        ``limit`` 1–100, any filter of :meth:`list`; ``page.next()`` (or
        ``cursor=page.next_cursor``) for the following page.
        """
        return await self._using(
            RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
        )._choices(limit, cursor, filters)

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
    ) -> AsyncIterator[Page[Rule]]:
        """Every page of rules, the next prefetched while you work on this one."""
        return self._using(
            RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
        )._pages(
            filters,
            page_size=page_size,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
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
    ) -> AsyncIterator[Rule]:
        """Every item matching ``filters``; ``on_page`` sees each page's cursors."""
        return self._using(
            RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
        )._all(
            filters,
            page_size=page_size,
            max_items=max_items,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
        )


IntegrationsOrder = Literal["created_datetime:asc", "created_datetime:desc"]


class IntegrationsFilters(TypedDict, total=False):
    """Filters of ``GET /integrations``."""

    order_by: IntegrationsOrder
    type: str


class Integrations(
    BulkWrites[Integration],
    Gettable[Integration],
    Creatable[Integration],
    Updatable[Integration],
    Deletable[Integration],
):
    """Integrations (``/integrations``)."""

    path = "/integrations"
    model = Integration
    orders = ("created_datetime:asc", "created_datetime:desc")
    filters = IntegrationsFilters

    async def delete(
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
        return await super(
            Integrations,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).delete(id)

    async def update(
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
        return await super(
            Integrations,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).update(id, params, **fields)

    async def create(
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
        return await super(
            Integrations,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).create(params, **fields)

    async def get(
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
        return await super(
            Integrations,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).get(id)

    async def get_many(
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
        return await super(
            Integrations,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).get_many(ids, raise_missing=raise_missing)

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
    ) -> AsyncIterator[tuple[int, Integration | None]]:
        """Concurrent gets yielding ``(id, object or None)`` in input order."""
        return super(
            Integrations,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).iter_many(ids, raise_missing=raise_missing)

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
    ) -> AsyncIterator[BulkResult[Integration]]:
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
        return super(
            Integrations,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).bulk_create(
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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> AsyncIterator[BulkResult[Integration]]:
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
        return super(
            Integrations,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).bulk_update(
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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> AsyncIterator[BulkResult[Integration]]:
        """Delete one object per record: an id, or a record carrying its ``id``.

        Options as for :meth:`bulk_create`; ``via="job"`` (tickets only) deletes through
        ``deleteTicket`` jobs, as :meth:`bulk_update` describes.
        """
        return super(
            Integrations,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).bulk_delete(
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
        self,
        results: Iterable[BulkResult[Integration]] | AsyncIterable[BulkResult[Integration]],
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> AsyncIterator[BulkResult[Integration]]:
        """The results again, each ``unknown`` create looked up by its ``external_id``.

        Found: ``created`` with the object. Not found: ``failed`` (not created; safe to
        send again), except after a timeout (it may still be processing). Other
        results pass through unchanged.
        """
        return super(
            Integrations,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).settle_unknown(results)

    async def list(
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
    ) -> Page[Integration]:
        """One page of integrations (``limit`` 1–100)."""
        return await self._using(
            RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
        )._list(limit, cursor, filters)

    async def choices(
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
    ) -> Page[Choice]:
        """One page of ``(id, label)`` pairs of integrations, for a picklist.

        Label: ``name``
        (on one line, cut at 80 characters; ``#<id>`` when none is set).
        ``limit`` 1–100, any filter of :meth:`list`; ``page.next()`` (or
        ``cursor=page.next_cursor``) for the following page.
        """
        return await self._using(
            RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
        )._choices(limit, cursor, filters)

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
    ) -> AsyncIterator[Page[Integration]]:
        """Every page of integrations, the next prefetched while you work on this one."""
        return self._using(
            RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
        )._pages(
            filters,
            page_size=page_size,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
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
    ) -> AsyncIterator[Integration]:
        """Every item matching ``filters``; ``on_page`` sees each page's cursors."""
        return self._using(
            RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
        )._all(
            filters,
            page_size=page_size,
            max_items=max_items,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
        )


WidgetsOrder = Literal["created_datetime:asc", "created_datetime:desc", "order:asc", "order:desc"]


class WidgetsFilters(TypedDict, total=False):
    """Filters of ``GET /widgets``."""

    order_by: WidgetsOrder
    integration_id: int
    app_id: str


class Widgets(
    BulkWrites[Widget], Gettable[Widget], Creatable[Widget], Updatable[Widget], Deletable[Widget]
):
    """Widgets (``/widgets``)."""

    path = "/widgets"
    model = Widget
    orders = ("created_datetime:asc", "created_datetime:desc", "order:asc", "order:desc")
    filters = WidgetsFilters
    labels = ("type", "context")

    async def delete(
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
        return await super(
            Widgets,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).delete(id)

    async def update(
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
        return await super(
            Widgets,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).update(id, params, **fields)

    async def create(
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
        return await super(
            Widgets,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).create(params, **fields)

    async def get(
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
        return await super(
            Widgets,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).get(id)

    async def get_many(
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
        return await super(
            Widgets,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).get_many(ids, raise_missing=raise_missing)

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
    ) -> AsyncIterator[tuple[int, Widget | None]]:
        """Concurrent gets yielding ``(id, object or None)`` in input order."""
        return super(
            Widgets,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).iter_many(ids, raise_missing=raise_missing)

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
    ) -> AsyncIterator[BulkResult[Widget]]:
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
        return super(
            Widgets,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).bulk_create(
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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> AsyncIterator[BulkResult[Widget]]:
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
        return super(
            Widgets,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).bulk_update(
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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> AsyncIterator[BulkResult[Widget]]:
        """Delete one object per record: an id, or a record carrying its ``id``.

        Options as for :meth:`bulk_create`; ``via="job"`` (tickets only) deletes through
        ``deleteTicket`` jobs, as :meth:`bulk_update` describes.
        """
        return super(
            Widgets,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).bulk_delete(
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
        self,
        results: Iterable[BulkResult[Widget]] | AsyncIterable[BulkResult[Widget]],
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> AsyncIterator[BulkResult[Widget]]:
        """The results again, each ``unknown`` create looked up by its ``external_id``.

        Found: ``created`` with the object. Not found: ``failed`` (not created; safe to
        send again), except after a timeout (it may still be processing). Other
        results pass through unchanged.
        """
        return super(
            Widgets,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).settle_unknown(results)

    async def list(
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
    ) -> Page[Widget]:
        """One page of widgets (``limit`` 1–100)."""
        return await self._using(
            RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
        )._list(limit, cursor, filters)

    async def choices(
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
    ) -> Page[Choice]:
        """One page of ``(id, label)`` pairs of widgets, for a picklist.

        Label: ``type``, else ``context``
        (on one line, cut at 80 characters; ``#<id>`` when none is set).
        ``limit`` 1–100, any filter of :meth:`list`; ``page.next()`` (or
        ``cursor=page.next_cursor``) for the following page.
        """
        return await self._using(
            RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
        )._choices(limit, cursor, filters)

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
    ) -> AsyncIterator[Page[Widget]]:
        """Every page of widgets, the next prefetched while you work on this one."""
        return self._using(
            RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
        )._pages(
            filters,
            page_size=page_size,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
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
    ) -> AsyncIterator[Widget]:
        """Every item matching ``filters``; ``on_page`` sees each page's cursors."""
        return self._using(
            RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
        )._all(
            filters,
            page_size=page_size,
            max_items=max_items,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
        )


SatisfactionSurveysOrder = Literal["created_datetime:asc", "created_datetime:desc"]


class SatisfactionSurveysFilters(TypedDict, total=False):
    """Filters of ``GET /satisfaction-surveys``."""

    order_by: SatisfactionSurveysOrder
    ticket_id: int


class SatisfactionSurveys(
    BulkWrites[SatisfactionSurvey],
    Gettable[SatisfactionSurvey],
    Creatable[SatisfactionSurvey],
    Updatable[SatisfactionSurvey],
):
    """Satisfaction surveys (``/satisfaction-surveys``)."""

    path = "/satisfaction-surveys"
    model = SatisfactionSurvey
    orders = ("created_datetime:asc", "created_datetime:desc")
    filters = SatisfactionSurveysFilters
    labels = ("body_text", "score")

    async def update(
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
        return await super(
            SatisfactionSurveys,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).update(id, params, **fields)

    async def create(
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
        return await super(
            SatisfactionSurveys,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).create(params, **fields)

    async def get(
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
        return await super(
            SatisfactionSurveys,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).get(id)

    async def get_many(
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
        return await super(
            SatisfactionSurveys,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).get_many(ids, raise_missing=raise_missing)

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
    ) -> AsyncIterator[tuple[int, SatisfactionSurvey | None]]:
        """Concurrent gets yielding ``(id, object or None)`` in input order."""
        return super(
            SatisfactionSurveys,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).iter_many(ids, raise_missing=raise_missing)

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
    ) -> AsyncIterator[BulkResult[SatisfactionSurvey]]:
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
        return super(
            SatisfactionSurveys,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).bulk_create(
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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> AsyncIterator[BulkResult[SatisfactionSurvey]]:
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
        return super(
            SatisfactionSurveys,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).bulk_update(
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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> AsyncIterator[BulkResult[SatisfactionSurvey]]:
        """Delete one object per record: an id, or a record carrying its ``id``.

        Options as for :meth:`bulk_create`; ``via="job"`` (tickets only) deletes through
        ``deleteTicket`` jobs, as :meth:`bulk_update` describes.
        """
        return super(
            SatisfactionSurveys,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).bulk_delete(
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
    ) -> AsyncIterator[BulkResult[SatisfactionSurvey]]:
        """The results again, each ``unknown`` create looked up by its ``external_id``.

        Found: ``created`` with the object. Not found: ``failed`` (not created; safe to
        send again), except after a timeout (it may still be processing). Other
        results pass through unchanged.
        """
        return super(
            SatisfactionSurveys,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).settle_unknown(results)

    async def list(
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
    ) -> Page[SatisfactionSurvey]:
        """One page of satisfaction surveys (``limit`` 1–100)."""
        return await self._using(
            RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
        )._list(limit, cursor, filters)

    async def choices(
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
    ) -> Page[Choice]:
        """One page of ``(id, label)`` pairs of satisfaction surveys, for a picklist.

        Label: ``body_text``, else ``score``
        (on one line, cut at 80 characters; ``#<id>`` when none is set).
        ``limit`` 1–100, any filter of :meth:`list`; ``page.next()`` (or
        ``cursor=page.next_cursor``) for the following page.
        """
        return await self._using(
            RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
        )._choices(limit, cursor, filters)

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
    ) -> AsyncIterator[Page[SatisfactionSurvey]]:
        """Every page of satisfaction surveys, the next prefetched while you work on this one."""
        return self._using(
            RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
        )._pages(
            filters,
            page_size=page_size,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
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
    ) -> AsyncIterator[SatisfactionSurvey]:
        """Every item matching ``filters``; ``on_page`` sees each page's cursors."""
        return self._using(
            RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
        )._all(
            filters,
            page_size=page_size,
            max_items=max_items,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
        )


CustomFieldsOrder = Literal["priority:asc", "priority:desc"]


class CustomFieldsFilters(TypedDict, total=False):
    """Filters of ``GET /custom-fields``."""

    order_by: CustomFieldsOrder
    object_type: Required[Literal["Ticket", "Customer"]]
    search: str
    archived: bool


class CustomFields(
    CustomFieldsSpecials,
    BulkWrites[CustomField],
    Gettable[CustomField],
    Creatable[CustomField],
    Updatable[CustomField],
):
    """Custom fields (``/custom-fields``): ticket and customer field definitions."""

    path = "/custom-fields"
    model = CustomField
    orders = ("priority:asc", "priority:desc")
    filters = CustomFieldsFilters
    labels = ("label",)

    async def update(
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
        return await super(
            CustomFields,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).update(id, params, **fields)

    async def create(
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
        return await super(
            CustomFields,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).create(params, **fields)

    async def get(
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
        return await super(
            CustomFields,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).get(id)

    async def get_many(
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
        return await super(
            CustomFields,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).get_many(ids, raise_missing=raise_missing)

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
    ) -> AsyncIterator[tuple[int, CustomField | None]]:
        """Concurrent gets yielding ``(id, object or None)`` in input order."""
        return super(
            CustomFields,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).iter_many(ids, raise_missing=raise_missing)

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
    ) -> AsyncIterator[BulkResult[CustomField]]:
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
        return super(
            CustomFields,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).bulk_create(
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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> AsyncIterator[BulkResult[CustomField]]:
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
        return super(
            CustomFields,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).bulk_update(
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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> AsyncIterator[BulkResult[CustomField]]:
        """Delete one object per record: an id, or a record carrying its ``id``.

        Options as for :meth:`bulk_create`; ``via="job"`` (tickets only) deletes through
        ``deleteTicket`` jobs, as :meth:`bulk_update` describes.
        """
        return super(
            CustomFields,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).bulk_delete(
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
        self,
        results: Iterable[BulkResult[CustomField]] | AsyncIterable[BulkResult[CustomField]],
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> AsyncIterator[BulkResult[CustomField]]:
        """The results again, each ``unknown`` create looked up by its ``external_id``.

        Found: ``created`` with the object. Not found: ``failed`` (not created; safe to
        send again), except after a timeout (it may still be processing). Other
        results pass through unchanged.
        """
        return super(
            CustomFields,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).settle_unknown(results)

    async def update_many(
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
        return await super(
            CustomFields,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).update_many(fields)

    async def list(
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
    ) -> Page[CustomField]:
        """One page of custom fields (``object_type`` required; ``limit`` 1–100)."""
        return await self._using(
            RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
        )._list(limit, cursor, filters)

    async def choices(
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
    ) -> Page[Choice]:
        """One page of ``(id, label)`` pairs of custom fields, for a picklist.

        Label: ``label``
        (on one line, cut at 80 characters; ``#<id>`` when none is set).
        ``object_type`` required; ``limit`` 1–100, any filter of :meth:`list`; ``page.next()`` (or
        ``cursor=page.next_cursor``) for the following page.
        """
        return await self._using(
            RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
        )._choices(limit, cursor, filters)

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
    ) -> AsyncIterator[Page[CustomField]]:
        """Every page of custom fields, the next prefetched while you work on this one."""
        return self._using(
            RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
        )._pages(
            filters,
            page_size=page_size,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
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
    ) -> AsyncIterator[CustomField]:
        """Every item matching ``filters``; ``on_page`` sees each page's cursors."""
        return self._using(
            RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
        )._all(
            filters,
            page_size=page_size,
            max_items=max_items,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
        )


JobsOrder = Literal["created_datetime:asc", "created_datetime:desc"]


class JobsFilters(TypedDict, total=False):
    """Filters of ``GET /jobs``."""

    order_by: JobsOrder
    status: str
    type: str


class Jobs(JobsSpecials, BulkWrites[Job], Gettable[Job], Creatable[Job], Updatable[Job]):
    """Jobs (``/jobs``): bulk background jobs, cancelled rather than deleted."""

    path = "/jobs"
    model = Job
    orders = ("created_datetime:asc", "created_datetime:desc")
    filters = JobsFilters
    labels = ("type",)

    async def update(
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
        return await super(
            Jobs,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).update(id, params, **fields)

    async def create(
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
        return await super(
            Jobs,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).create(params, **fields)

    async def get(
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
        return await super(
            Jobs,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).get(id)

    async def get_many(
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
        return await super(
            Jobs,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).get_many(ids, raise_missing=raise_missing)

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
    ) -> AsyncIterator[tuple[int, Job | None]]:
        """Concurrent gets yielding ``(id, object or None)`` in input order."""
        return super(
            Jobs,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).iter_many(ids, raise_missing=raise_missing)

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
    ) -> AsyncIterator[BulkResult[Job]]:
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
        return super(
            Jobs,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).bulk_create(
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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> AsyncIterator[BulkResult[Job]]:
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
        return super(
            Jobs,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).bulk_update(
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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> AsyncIterator[BulkResult[Job]]:
        """Delete one object per record: an id, or a record carrying its ``id``.

        Options as for :meth:`bulk_create`; ``via="job"`` (tickets only) deletes through
        ``deleteTicket`` jobs, as :meth:`bulk_update` describes.
        """
        return super(
            Jobs,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).bulk_delete(
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
        self,
        results: Iterable[BulkResult[Job]] | AsyncIterable[BulkResult[Job]],
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> AsyncIterator[BulkResult[Job]]:
        """The results again, each ``unknown`` create looked up by its ``external_id``.

        Found: ``created`` with the object. Not found: ``failed`` (not created; safe to
        send again), except after a timeout (it may still be processing). Other
        results pass through unchanged.
        """
        return super(
            Jobs,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).settle_unknown(results)

    async def cancel(
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
        return await super(
            Jobs,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).cancel(id)

    async def list(
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
    ) -> Page[Job]:
        """One page of jobs (``limit`` 1–100)."""
        return await self._using(
            RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
        )._list(limit, cursor, filters)

    async def choices(
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
    ) -> Page[Choice]:
        """One page of ``(id, label)`` pairs of jobs, for a picklist.

        Label: ``type``
        (on one line, cut at 80 characters; ``#<id>`` when none is set).
        ``limit`` 1–100, any filter of :meth:`list`; ``page.next()`` (or
        ``cursor=page.next_cursor``) for the following page.
        """
        return await self._using(
            RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
        )._choices(limit, cursor, filters)

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
    ) -> AsyncIterator[Page[Job]]:
        """Every page of jobs, the next prefetched while you work on this one."""
        return self._using(
            RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
        )._pages(
            filters,
            page_size=page_size,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
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
    ) -> AsyncIterator[Job]:
        """Every item matching ``filters``; ``on_page`` sees each page's cursors."""
        return self._using(
            RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
        )._all(
            filters,
            page_size=page_size,
            max_items=max_items,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
        )


class VoiceCallsFilters(TypedDict, total=False):
    """Filters of ``GET /phone/voice-calls``."""

    ticket_id: int


class VoiceCalls(Gettable[VoiceCall]):
    """Voice calls (``/phone/voice-calls``); ``.events`` and ``.recordings`` hang off it."""

    path = "/phone/voice-calls"
    model = VoiceCall
    orders = ()
    filters = VoiceCallsFilters
    labels = ("phone_number_source", "phone_number_destination")

    events: VoiceCallEvents
    recordings: VoiceCallRecordings

    def __init__(self, requester: Requester) -> None:
        super().__init__(requester)
        self.events = VoiceCallEvents(requester)
        self.recordings = VoiceCallRecordings(requester)

    async def get(
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
        return await super(
            VoiceCalls,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).get(id)

    async def get_many(
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
        return await super(
            VoiceCalls,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).get_many(ids, raise_missing=raise_missing)

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
    ) -> AsyncIterator[tuple[int, VoiceCall | None]]:
        """Concurrent gets yielding ``(id, object or None)`` in input order."""
        return super(
            VoiceCalls,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).iter_many(ids, raise_missing=raise_missing)

    async def list(
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
    ) -> Page[VoiceCall]:
        """One page of voice calls (``limit`` 1–100)."""
        return await self._using(
            RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
        )._list(limit, cursor, filters)

    async def choices(
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
    ) -> Page[Choice]:
        """One page of ``(id, label)`` pairs of voice calls, for a picklist.

        Label: ``phone_number_source``, else ``phone_number_destination``
        (on one line, cut at 80 characters; ``#<id>`` when none is set).
        ``limit`` 1–100, any filter of :meth:`list`; ``page.next()`` (or
        ``cursor=page.next_cursor``) for the following page.
        """
        return await self._using(
            RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
        )._choices(limit, cursor, filters)

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
    ) -> AsyncIterator[Page[VoiceCall]]:
        """Every page of voice calls, the next prefetched while you work on this one."""
        return self._using(
            RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
        )._pages(
            filters,
            page_size=page_size,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
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
    ) -> AsyncIterator[VoiceCall]:
        """Every item matching ``filters``; ``on_page`` sees each page's cursors."""
        return self._using(
            RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
        )._all(
            filters,
            page_size=page_size,
            max_items=max_items,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
        )


class VoiceCallEventsFilters(TypedDict, total=False):
    """Filters of ``GET /phone/voice-call-events``."""

    call_id: int


class VoiceCallEvents(Gettable[VoiceCallEvent]):
    """Voice call events (``/phone/voice-call-events``)."""

    path = "/phone/voice-call-events"
    model = VoiceCallEvent
    orders = ()
    filters = VoiceCallEventsFilters
    labels = ("type",)

    async def get(
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
        return await super(
            VoiceCallEvents,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).get(id)

    async def get_many(
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
        return await super(
            VoiceCallEvents,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).get_many(ids, raise_missing=raise_missing)

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
    ) -> AsyncIterator[tuple[int, VoiceCallEvent | None]]:
        """Concurrent gets yielding ``(id, object or None)`` in input order."""
        return super(
            VoiceCallEvents,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).iter_many(ids, raise_missing=raise_missing)

    async def list(
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
    ) -> Page[VoiceCallEvent]:
        """One page of voice call events (``limit`` 1–100)."""
        return await self._using(
            RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
        )._list(limit, cursor, filters)

    async def choices(
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
    ) -> Page[Choice]:
        """One page of ``(id, label)`` pairs of voice call events, for a picklist.

        Label: ``type``
        (on one line, cut at 80 characters; ``#<id>`` when none is set).
        ``limit`` 1–100, any filter of :meth:`list`; ``page.next()`` (or
        ``cursor=page.next_cursor``) for the following page.
        """
        return await self._using(
            RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
        )._choices(limit, cursor, filters)

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
    ) -> AsyncIterator[Page[VoiceCallEvent]]:
        """Every page of voice call events, the next prefetched while you work on this one."""
        return self._using(
            RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
        )._pages(
            filters,
            page_size=page_size,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
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
    ) -> AsyncIterator[VoiceCallEvent]:
        """Every item matching ``filters``; ``on_page`` sees each page's cursors."""
        return self._using(
            RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
        )._all(
            filters,
            page_size=page_size,
            max_items=max_items,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
        )


class VoiceCallRecordingsFilters(TypedDict, total=False):
    """Filters of ``GET /phone/voice-call-recordings``."""

    call_id: int


class VoiceCallRecordings(
    BulkWrites[VoiceCallRecording], Gettable[VoiceCallRecording], Deletable[VoiceCallRecording]
):
    """Voice call recordings (``/phone/voice-call-recordings``)."""

    path = "/phone/voice-call-recordings"
    model = VoiceCallRecording
    orders = ()
    filters = VoiceCallRecordingsFilters
    labels = ("name", "url")

    async def delete(
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
        return await super(
            VoiceCallRecordings,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).delete(id)

    async def get(
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
        return await super(
            VoiceCallRecordings,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).get(id)

    async def get_many(
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
        return await super(
            VoiceCallRecordings,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).get_many(ids, raise_missing=raise_missing)

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
    ) -> AsyncIterator[tuple[int, VoiceCallRecording | None]]:
        """Concurrent gets yielding ``(id, object or None)`` in input order."""
        return super(
            VoiceCallRecordings,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).iter_many(ids, raise_missing=raise_missing)

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
    ) -> AsyncIterator[BulkResult[VoiceCallRecording]]:
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
        return super(
            VoiceCallRecordings,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).bulk_create(
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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> AsyncIterator[BulkResult[VoiceCallRecording]]:
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
        return super(
            VoiceCallRecordings,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).bulk_update(
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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        debug: bool = False,
    ) -> AsyncIterator[BulkResult[VoiceCallRecording]]:
        """Delete one object per record: an id, or a record carrying its ``id``.

        Options as for :meth:`bulk_create`; ``via="job"`` (tickets only) deletes through
        ``deleteTicket`` jobs, as :meth:`bulk_update` describes.
        """
        return super(
            VoiceCallRecordings,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).bulk_delete(
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
    ) -> AsyncIterator[BulkResult[VoiceCallRecording]]:
        """The results again, each ``unknown`` create looked up by its ``external_id``.

        Found: ``created`` with the object. Not found: ``failed`` (not created; safe to
        send again), except after a timeout (it may still be processing). Other
        results pass through unchanged.
        """
        return super(
            VoiceCallRecordings,
            self._using(
                RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
            ),
        ).settle_unknown(results)

    async def list(
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
    ) -> Page[VoiceCallRecording]:
        """One page of voice call recordings (``limit`` 1–100)."""
        return await self._using(
            RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
        )._list(limit, cursor, filters)

    async def choices(
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
    ) -> Page[Choice]:
        """One page of ``(id, label)`` pairs of voice call recordings, for a picklist.

        Label: ``name``, else ``url``
        (on one line, cut at 80 characters; ``#<id>`` when none is set).
        ``limit`` 1–100, any filter of :meth:`list`; ``page.next()`` (or
        ``cursor=page.next_cursor``) for the following page.
        """
        return await self._using(
            RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
        )._choices(limit, cursor, filters)

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
    ) -> AsyncIterator[Page[VoiceCallRecording]]:
        """Every page of voice call recordings, the next prefetched while you work on this one."""
        return self._using(
            RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
        )._pages(
            filters,
            page_size=page_size,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
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
    ) -> AsyncIterator[VoiceCallRecording]:
        """Every item matching ``filters``; ``on_page`` sees each page's cursors."""
        return self._using(
            RequestOptions(extra_query, extra_headers, extra_body, timeout, max_retries, debug)
        )._all(
            filters,
            page_size=page_size,
            max_items=max_items,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
        )


#: The services ``client.walk([...])`` walks by name (every service with a full list).
StreamName: TypeAlias = Literal[
    "tickets",
    "messages",
    "customers",
    "events",
    "users",
    "teams",
    "tags",
    "views",
    "macros",
    "rules",
    "integrations",
    "widgets",
    "satisfaction_surveys",
    "custom_fields",
    "jobs",
    "voice_calls",
]

#: What ``client.walk([...])`` yields: ``(name, item)`` with the item typed by the name, so
#: ``match pair: case ("tickets", ticket): ...`` (or ``if pair[0] == "tickets"``) narrows.
StreamItem: TypeAlias = (
    tuple[Literal["tickets"], Ticket]
    | tuple[Literal["messages"], TicketMessage]
    | tuple[Literal["customers"], Customer]
    | tuple[Literal["events"], Event]
    | tuple[Literal["users"], User]
    | tuple[Literal["teams"], Team]
    | tuple[Literal["tags"], Tag]
    | tuple[Literal["views"], View]
    | tuple[Literal["macros"], Macro]
    | tuple[Literal["rules"], Rule]
    | tuple[Literal["integrations"], Integration]
    | tuple[Literal["widgets"], Widget]
    | tuple[Literal["satisfaction_surveys"], SatisfactionSurvey]
    | tuple[Literal["custom_fields"], CustomField]
    | tuple[Literal["jobs"], Job]
    | tuple[Literal["voice_calls"], VoiceCall]
)


class ServiceAttributes:
    """The services of a client, as typed attributes (mixed into ``AsyncGorgias``)."""

    account: AccountService
    tickets: Tickets
    messages: Messages
    customers: Customers
    events: Events
    users: Users
    teams: Teams
    tags: Tags
    views: Views
    macros: Macros
    rules: Rules
    integrations: Integrations
    widgets: Widgets
    satisfaction_surveys: SatisfactionSurveys
    custom_fields: CustomFields
    jobs: Jobs
    files: Files
    voice_calls: VoiceCalls
    search: Search
    statistics: Statistics

    def _attach_services(self, requester: Requester) -> None:
        self.account = AccountService(requester)
        self.tickets = Tickets(requester)
        self.messages = Messages(requester)
        self.customers = Customers(requester)
        self.events = Events(requester)
        self.users = Users(requester)
        self.teams = Teams(requester)
        self.tags = Tags(requester)
        self.views = Views(requester)
        self.macros = Macros(requester)
        self.rules = Rules(requester)
        self.integrations = Integrations(requester)
        self.widgets = Widgets(requester)
        self.satisfaction_surveys = SatisfactionSurveys(requester)
        self.custom_fields = CustomFields(requester)
        self.jobs = Jobs(requester)
        self.files = Files(requester)
        self.voice_calls = VoiceCalls(requester)
        self.search = Search(requester)
        self.statistics = Statistics(requester)
