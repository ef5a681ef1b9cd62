"""``client.voice_calls``: calls, their events and recordings (read-only, but recordings
can be deleted)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable
from typing import TypedDict, Unpack

from .._pagination import OnPage, Page
from ..models import VoiceCall, VoiceCallEvent, VoiceCallRecording
from ._base import GetManyResult, Requester, Resource


class VoiceCallsFilters(TypedDict, total=False):
    """Filters of ``GET /phone/voice-calls``."""

    ticket_id: int


class VoiceCalls(Resource[VoiceCall]):
    """Voice calls (``/phone/voice-calls``); ``.events`` and ``.recordings`` hang off it."""

    def __init__(self, client: Requester) -> None:
        super().__init__(client)
        self.events = VoiceCallEvents(client)
        self.recordings = VoiceCallRecordings(client)

    path = "/phone/voice-calls"
    model = VoiceCall
    orders = ()
    filters = VoiceCallsFilters

    async def list(
        self, *, limit: int = 30, cursor: str | None = None, **filters: Unpack[VoiceCallsFilters]
    ) -> Page[VoiceCall]:
        """One page of voice calls (``limit`` 1–100)."""
        return await self._list(limit, cursor, filters)

    def fetch_pages(
        self,
        *,
        page_size: int = 100,
        start_cursor: str | None = None,
        on_page: OnPage | None = None,
        prefetch: int = 1,
        **filters: Unpack[VoiceCallsFilters],
    ) -> AsyncIterator[Page[VoiceCall]]:
        """Every page of voice calls, the next one prefetched."""
        return self._pages(
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
        **filters: Unpack[VoiceCallsFilters],
    ) -> AsyncIterator[VoiceCall]:
        """Every item matching ``filters``."""
        return self._all(
            filters,
            page_size=page_size,
            max_items=max_items,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
        )

    async def get(self, id: int) -> VoiceCall:
        """Get one by id."""
        return await self._get(id)

    async def get_many(
        self, ids: Iterable[int], *, raise_missing: bool = False
    ) -> GetManyResult[VoiceCall]:
        """Concurrent gets: objects in input order, missing ids listed (or raised)."""
        return await self._get_many(ids, raise_missing=raise_missing)

    def iter_many(
        self, ids: Iterable[int], *, raise_missing: bool = False
    ) -> AsyncIterator[tuple[int, VoiceCall | None]]:
        """Concurrent gets yielding ``(id, object or None)`` in input order."""
        return self._iter_many(ids, raise_missing=raise_missing)


class VoiceCallEventsFilters(TypedDict, total=False):
    """Filters of ``GET /phone/voice-call-events``."""

    call_id: int


class VoiceCallEvents(Resource[VoiceCallEvent]):
    """Voice call events (``/phone/voice-call-events``)."""

    path = "/phone/voice-call-events"
    model = VoiceCallEvent
    orders = ()
    filters = VoiceCallEventsFilters

    async def list(
        self,
        *,
        limit: int = 30,
        cursor: str | None = None,
        **filters: Unpack[VoiceCallEventsFilters],
    ) -> Page[VoiceCallEvent]:
        """One page of voice call events (``limit`` 1–100)."""
        return await self._list(limit, cursor, filters)

    def fetch_pages(
        self,
        *,
        page_size: int = 100,
        start_cursor: str | None = None,
        on_page: OnPage | None = None,
        prefetch: int = 1,
        **filters: Unpack[VoiceCallEventsFilters],
    ) -> AsyncIterator[Page[VoiceCallEvent]]:
        """Every page of voice call events, the next one prefetched."""
        return self._pages(
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
        **filters: Unpack[VoiceCallEventsFilters],
    ) -> AsyncIterator[VoiceCallEvent]:
        """Every item matching ``filters``."""
        return self._all(
            filters,
            page_size=page_size,
            max_items=max_items,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
        )

    async def get(self, id: int) -> VoiceCallEvent:
        """Get one by id."""
        return await self._get(id)

    async def get_many(
        self, ids: Iterable[int], *, raise_missing: bool = False
    ) -> GetManyResult[VoiceCallEvent]:
        """Concurrent gets: objects in input order, missing ids listed (or raised)."""
        return await self._get_many(ids, raise_missing=raise_missing)

    def iter_many(
        self, ids: Iterable[int], *, raise_missing: bool = False
    ) -> AsyncIterator[tuple[int, VoiceCallEvent | None]]:
        """Concurrent gets yielding ``(id, object or None)`` in input order."""
        return self._iter_many(ids, raise_missing=raise_missing)


class VoiceCallRecordingsFilters(TypedDict, total=False):
    """Filters of ``GET /phone/voice-call-recordings``."""

    call_id: int


class VoiceCallRecordings(Resource[VoiceCallRecording]):
    """Voice call recordings (``/phone/voice-call-recordings``)."""

    path = "/phone/voice-call-recordings"
    model = VoiceCallRecording
    orders = ()
    filters = VoiceCallRecordingsFilters

    async def list(
        self,
        *,
        limit: int = 30,
        cursor: str | None = None,
        **filters: Unpack[VoiceCallRecordingsFilters],
    ) -> Page[VoiceCallRecording]:
        """One page of voice call recordings (``limit`` 1–100)."""
        return await self._list(limit, cursor, filters)

    def fetch_pages(
        self,
        *,
        page_size: int = 100,
        start_cursor: str | None = None,
        on_page: OnPage | None = None,
        prefetch: int = 1,
        **filters: Unpack[VoiceCallRecordingsFilters],
    ) -> AsyncIterator[Page[VoiceCallRecording]]:
        """Every page of voice call recordings, the next one prefetched."""
        return self._pages(
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
        **filters: Unpack[VoiceCallRecordingsFilters],
    ) -> AsyncIterator[VoiceCallRecording]:
        """Every item matching ``filters``."""
        return self._all(
            filters,
            page_size=page_size,
            max_items=max_items,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
        )

    async def get(self, id: int) -> VoiceCallRecording:
        """Get one by id."""
        return await self._get(id)

    async def get_many(
        self, ids: Iterable[int], *, raise_missing: bool = False
    ) -> GetManyResult[VoiceCallRecording]:
        """Concurrent gets: objects in input order, missing ids listed (or raised)."""
        return await self._get_many(ids, raise_missing=raise_missing)

    def iter_many(
        self, ids: Iterable[int], *, raise_missing: bool = False
    ) -> AsyncIterator[tuple[int, VoiceCallRecording | None]]:
        """Concurrent gets yielding ``(id, object or None)`` in input order."""
        return self._iter_many(ids, raise_missing=raise_missing)

    async def delete(self, id: int) -> None:
        """Delete by id."""
        await self._delete(id)
