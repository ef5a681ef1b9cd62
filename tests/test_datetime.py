"""``gorgias_async._datetime``: the one home of the datetime rules (read, query, body)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from gorgias_async._datetime import Timestamp, parse, to_body, to_query
from gorgias_async._params import encode_params
from gorgias_async._validate import check_filters
from gorgias_async.resources import EventsFilters

PARIS = timezone(timedelta(hours=2))


class TestQueries:
    """Query parameters: UTC with ``Z``, wherever the datetime comes from."""

    @pytest.mark.parametrize(
        ("value", "expected"),
        [
            (datetime(2024, 5, 6, 12, tzinfo=PARIS), "2024-05-06T10:00:00Z"),
            (datetime(2024, 5, 6, 12), "2024-05-06T12:00:00Z"),
            (datetime(2024, 5, 6, 12, 0, 0, 5, tzinfo=UTC), "2024-05-06T12:00:00.000005Z"),
            ("2024-05-06T12:00:00+02:00", "2024-05-06T10:00:00Z"),
            ("2024-05-06T12:00:00Z", "2024-05-06T12:00:00Z"),
            (Timestamp.parse("2024-05-06 12:00:00"), "2024-05-06T12:00:00Z"),
        ],
    )
    def test_to_query(self, value: datetime | str, expected: str) -> None:
        assert to_query(value, "since") == expected

    def test_bad_values_name_the_parameter(self) -> None:
        with pytest.raises(ValueError, match="since is not an ISO 8601 datetime"):
            to_query("yesterday", "since")
        with pytest.raises(TypeError, match="since must be a datetime"):
            to_query(5, "since")  # type: ignore[arg-type]

    def test_filters_and_raw_params_spell_datetimes_alike(self) -> None:
        """``created_datetime={"gte": …}`` as a filter or as raw ``params``: one spelling."""
        moment = datetime(2024, 5, 6, 12, tzinfo=PARIS)
        filters = check_filters({"created_datetime": {"gte": moment}}, EventsFilters, ())
        raw = encode_params({"created_datetime": {"gte": moment}, "at": moment})
        assert filters == {"created_datetime[gte]": "2024-05-06T10:00:00Z"}
        assert raw == [
            ("created_datetime[gte]", "2024-05-06T10:00:00Z"),
            ("at", "2024-05-06T10:00:00Z"),
        ]


class TestBodiesAndReading:
    """Bodies: UTC, microseconds, ``Z``; reading: every known spelling, aware."""

    def test_to_body(self) -> None:
        assert to_body(datetime(2024, 5, 6, 12, tzinfo=PARIS)) == "2024-05-06T10:00:00.000000Z"
        assert to_body(datetime(2024, 5, 6)) == "2024-05-06T00:00:00.000000Z"

    def test_parse_gives_timestamps_or_none(self) -> None:
        stamp = parse("2020-07-1300:00:00-05:00")
        assert isinstance(stamp, Timestamp)
        assert stamp.raw == "2020-07-1300:00:00-05:00"
        assert stamp == datetime(2020, 7, 13, 5, tzinfo=UTC)
        assert parse("0000-00-00 00:00:00") is None
