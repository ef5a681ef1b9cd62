"""The walking rules, against in-memory fetchers (the HTTP walks are in integration tests)."""

from __future__ import annotations

import asyncio

import pytest

from gorgias_async import GorgiasError
from gorgias_async._pagination import (
    Page,
    PaginationError,
    iterate_items,
    iterate_ordered,
    iterate_pages,
    merge_streams,
    parse_page,
)


async def settle(before: set[asyncio.Task[object]]) -> set[asyncio.Task[object]]:
    """Let the loop run the async-generator finalizers; return the tasks left over."""
    for _ in range(50):
        if asyncio.all_tasks() <= before:
            break
        await asyncio.sleep(0)
    return asyncio.all_tasks() - before


def pager(total: int, size: int, *, delay: float = 0.0, log: list[str | None] | None = None):
    """A fetch function over ``range(total)`` in pages of ``size``; cursors are offsets."""

    async def fetch(cursor: str | None) -> Page[int]:
        if log is not None:
            log.append(cursor)
        await asyncio.sleep(delay)
        start = int(cursor or 0)
        end = min(total, start + size)
        following = str(end) if end < total else None
        return Page(list(range(start, end)), following, None, cursor, fetch=fetch)

    return fetch


class TestParsePage:
    """Live envelopes and the spec's bare arrays are both accepted."""

    def test_envelope(self):
        body = {"data": [1], "meta": {"next_cursor": "n", "prev_cursor": ""}}
        assert parse_page(body) == ([1], "n", None)

    def test_bare_array_is_one_page(self):
        assert parse_page([1, 2]) == ([1, 2], None, None)

    def test_missing_data_is_an_error(self):
        with pytest.raises(PaginationError):
            parse_page({"meta": {}})


class TestIteratePages:
    """Every page once, in order; ends on an empty next cursor; guards against loops."""

    @pytest.mark.parametrize("prefetch", [0, 1, 3])
    async def test_every_item_once(self, prefetch):
        items = [i async for i in iterate_items(iterate_pages(pager(95, 10), prefetch=prefetch))]
        assert items == list(range(95))

    async def test_start_cursor_and_on_page(self):
        seen: list[str | None] = []
        pages = iterate_pages(
            pager(30, 10), start_cursor="10", on_page=lambda p: seen.append(p.cursor)
        )
        assert [p.data[0] async for p in pages] == [10, 20]
        assert seen == ["10", "20"]

    async def test_repeated_cursor_is_refused(self):
        async def stuck(cursor: str | None) -> Page[int]:
            return Page([1], "same", None, cursor)

        with pytest.raises(PaginationError, match="repeated"):
            async for _ in iterate_pages(stuck):
                pass

    async def test_a_refused_walk_is_a_gorgias_error(self):
        """``except GorgiasError`` catches it, as the drawn error tree says (issue 15)."""

        async def stuck(cursor: str | None) -> Page[int]:
            return Page([1], "same", None, cursor)

        with pytest.raises(GorgiasError):
            async for _ in iterate_pages(stuck):
                pass
        assert issubclass(PaginationError, RuntimeError)  # what it was: still caught so

    async def test_max_items_and_max_pages(self):
        items = [i async for i in iterate_items(iterate_pages(pager(95, 10)), max_items=23)]
        assert items == list(range(23))
        pages = [p async for p in iterate_pages(pager(95, 10), max_pages=2)]
        assert len(pages) == 2

    async def test_prefetch_is_bounded(self):
        log: list[str | None] = []
        pages = iterate_pages(pager(1000, 10, log=log), prefetch=2)
        await anext(pages)
        await asyncio.sleep(0.05)
        # one page consumed, two buffered, one more blocked on the full queue
        assert len(log) <= 4
        await pages.aclose()

    async def test_break_cancels_prefetch_and_leaves_no_task(self):
        before = asyncio.all_tasks()
        async for page in iterate_pages(pager(1000, 10, delay=0.01), prefetch=3):
            if page.data[0] >= 20:
                break
        assert await settle(before) == set()

    async def test_fetch_error_is_raised_to_the_consumer(self):
        async def broken(cursor: str | None) -> Page[int]:
            if cursor:
                raise LookupError("boom")
            return Page([1], "x", None, cursor)

        with pytest.raises(LookupError):
            async for _ in iterate_pages(broken):
                pass

    async def test_page_next(self):
        fetch = pager(25, 10)
        first = await fetch(None)
        second = await first.next()
        assert second.data[0] == 10
        last = await second.next()
        assert not last.has_next
        with pytest.raises(PaginationError):
            await last.next()


class TestMergeAndOrdered:
    """Several walks at once; ordered concurrent calls."""

    async def test_merge_keeps_each_streams_order(self):
        streams = {
            "a": iterate_items(iterate_pages(pager(50, 7, delay=0.001))),
            "b": iterate_items(iterate_pages(pager(30, 4, delay=0.002))),
        }
        got: dict[str, list[int]] = {"a": [], "b": []}
        async for name, item in merge_streams(streams):
            got[name].append(item)
        assert got == {"a": list(range(50)), "b": list(range(30))}

    async def test_merge_raises_the_first_error_and_stops_the_rest(self):
        async def failing():
            yield 1
            raise LookupError("stream failed")

        before = asyncio.all_tasks()
        with pytest.raises(LookupError):
            async for _ in merge_streams(
                {"ok": iterate_items(iterate_pages(pager(10**6, 10))), "bad": failing()}
            ):
                pass
        assert await settle(before) == set()

    async def test_iterate_ordered_keeps_input_order_and_yields_errors(self):
        in_flight = peak = 0

        def call(i: int):
            async def run() -> int:
                nonlocal in_flight, peak
                in_flight += 1
                peak = max(peak, in_flight)
                await asyncio.sleep(0.001 * (10 - i % 10))
                in_flight -= 1
                if i == 5:
                    raise KeyError(i)
                return i

            return run

        results = [r async for r in iterate_ordered((call(i) for i in range(30)), limit=4)]
        assert results[:5] == [0, 1, 2, 3, 4]
        assert isinstance(results[5], KeyError)
        assert results[6:] == list(range(6, 30))
        assert peak <= 4
