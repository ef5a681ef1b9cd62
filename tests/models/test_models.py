"""Models: datetimes, UNSET/null, extra, repr, hashing and equality, enums, aliases."""

from __future__ import annotations

import copy
import logging
import pickle
import re
from datetime import UTC, datetime, timedelta, timezone
from typing import Any, ClassVar

import attrs
import pytest

import gorgias_async.models as models
from gorgias_async.models import (
    CONVERTER,
    UNSET,
    Attachment,
    CustomField,
    CustomFieldDefinition,
    DropdownInputSettings,
    FrozenDict,
    HttpIntegrationSettings,
    IntFromStr,
    MessageSource,
    NumberDataTypeDefinition,
    Tag,
    TextDataTypeDefinition,
    TextInputSettings,
    Ticket,
    TicketMessage,
    Timestamp,
    UploadedFile,
    User,
    Widget,
    format_datetime,
    parse_datetime,
    structure,
    unstructure,
)

MINUS_5 = timezone(timedelta(hours=-5))


class TestDatetimeParsing:
    """Every spelling Gorgias is seen to send parses to an aware datetime that keeps it."""

    @pytest.mark.parametrize(
        ("raw", "expected"),
        [
            ("2019-11-16T15:59:41.966927", datetime(2019, 11, 16, 15, 59, 41, 966927, UTC)),
            ("2019-11-16T15:59:41.966927+00:00", datetime(2019, 11, 16, 15, 59, 41, 966927, UTC)),
            ("2019-11-16T15:59:41+00:00", datetime(2019, 11, 16, 15, 59, 41, tzinfo=UTC)),
            ("2019-11-16T15:59:41Z", datetime(2019, 11, 16, 15, 59, 41, tzinfo=UTC)),
            ("2019-11-16T15:59:41.9Z", datetime(2019, 11, 16, 15, 59, 41, 900000, UTC)),
            ("2019-11-16 15:59:41", datetime(2019, 11, 16, 15, 59, 41, tzinfo=UTC)),
            ("2019-11-16 15:59:41.966927", datetime(2019, 11, 16, 15, 59, 41, 966927, UTC)),
            ("2023-08-31T00:00:00.000000+00:00", datetime(2023, 8, 31, tzinfo=UTC)),
            ("2020-07-1300:00:00-05:00", datetime(2020, 7, 13, tzinfo=MINUS_5)),
            ("2020-07-13T00:00:00-0500", datetime(2020, 7, 13, tzinfo=MINUS_5)),
            ("2020-07-13T00:00:00-05", datetime(2020, 7, 13, tzinfo=MINUS_5)),
            ("2019-11-16 15:59:41 UTC", datetime(2019, 11, 16, 15, 59, 41, tzinfo=UTC)),
            ("2019-11-16 15:59:41 +00:00", datetime(2019, 11, 16, 15, 59, 41, tzinfo=UTC)),
            ("2019-11-16T15:59:41.1234567Z", datetime(2019, 11, 16, 15, 59, 41, 123456, UTC)),
            ("2019-11-16", datetime(2019, 11, 16, tzinfo=UTC)),
            ("2019-11-16t15:59:41z", datetime(2019, 11, 16, 15, 59, 41, tzinfo=UTC)),
        ],
    )
    def test_shapes(self, raw: str, expected: datetime) -> None:
        """Parsed value is aware and equal to the instant meant; naive means UTC."""
        parsed = parse_datetime(raw)
        assert parsed == expected
        assert parsed is not None
        assert parsed.tzinfo is not None
        stamp = Timestamp.parse(raw)
        assert stamp == expected
        assert isinstance(stamp, datetime)
        assert stamp.raw == raw
        assert unstructure(structure({"id": 1, "created_datetime": raw}, Tag)) == {
            "id": 1,
            "created_datetime": raw,
        }

    @pytest.mark.parametrize(
        "raw", ["not a date", "", "0000-00-00 00:00:00", "2019-13-45T99:00:00", "1614834367"]
    )
    def test_unparseable_values_are_kept_as_received(
        self, raw: str, caplog: pytest.LogCaptureFixture
    ) -> None:
        """Structuring never fails on a date: the field reads UNSET, the string is in extra."""
        caplog.set_level(logging.DEBUG, "gorgias_async.models")
        ticket = structure({"id": 1, "created_datetime": raw}, Ticket)
        assert ticket.created_datetime is UNSET
        assert ticket.extra == {"created_datetime": raw}
        assert unstructure(ticket) == {"id": 1, "created_datetime": raw}
        with pytest.raises(ValueError, match="unparseable datetime"):
            Timestamp.parse(raw)

    def test_unparseable_values_are_reported_without_their_content(
        self, caplog: pytest.LogCaptureFixture
    ) -> None:
        """A misfit is logged once per field at WARNING (then DEBUG), naming no value."""
        caplog.set_level(logging.DEBUG, "gorgias_async.models")
        for stamp in ("soon-ish", "later-ish"):
            survey = structure({"id": 1, "should_send_datetime": stamp}, models.SatisfactionSurvey)
            assert survey.should_send_datetime is UNSET
        records = [r for r in caplog.records if "should_send_datetime" in r.getMessage()]
        assert [r.levelno for r in records] == [logging.WARNING, logging.DEBUG]
        assert "SatisfactionSurvey.should_send_datetime" in records[0].getMessage()
        assert "kept, as received, in extra" in records[0].getMessage()
        assert not any("ish" in r.getMessage() for r in records)

    def test_a_date_of_the_wrong_json_type_goes_to_extra(self) -> None:
        """An epoch number where a string is expected is kept in ``extra``."""
        ticket = structure({"id": 1, "created_datetime": 1614834367}, Ticket)
        assert ticket.created_datetime is UNSET
        assert ticket.extra == {"created_datetime": 1614834367}
        assert unstructure(ticket) == {"id": 1, "created_datetime": 1614834367}

    def test_the_raw_string_is_reproduced_exactly(self) -> None:
        """Round trip keeps the spelling, not a normalised one."""
        for raw in ("2019-11-16 15:59:41", "2020-07-1300:00:00-05:00", "2019-11-16T15:59:41Z"):
            assert unstructure(structure({"id": 1, "updated_datetime": raw}, Tag)) == {
                "id": 1,
                "updated_datetime": raw,
            }

    def test_parsing_is_lazy_and_cached(self) -> None:
        """Structuring does not parse; the first access does, once."""
        tag = structure({"id": 1, "created_datetime": "2019-11-16T15:59:41Z"}, Tag)
        assert "created_datetime" not in vars(tag)
        first = tag.created_datetime
        assert isinstance(first, Timestamp)
        assert tag.created_datetime is first

    def test_a_timestamp_is_a_datetime(self) -> None:
        """Arithmetic, attributes, time zones: it is an aware datetime."""
        ticket = structure(
            {
                "id": 1,
                "created_datetime": "2020-01-01 10:00:00",
                "closed_datetime": "2020-01-02T12:30:00+02:00",
            },
            Ticket,
        )
        created, closed = ticket.created_datetime, ticket.closed_datetime
        assert isinstance(closed, datetime)
        assert created.year == 2020
        assert created.tzinfo is UTC
        assert closed - created == timedelta(days=1, minutes=30)
        assert created < closed
        assert closed.astimezone(UTC) == datetime(2020, 1, 2, 10, 30, tzinfo=UTC)
        assert created.isoformat() == "2020-01-01T10:00:00+00:00"

    def test_equality_and_hash_are_by_instant_and_models_by_spelling(self) -> None:
        """Timestamps compare as datetimes; the models holding them compare spellings."""
        z, offset = (
            Timestamp.parse("2019-11-16T15:59:41Z"),
            Timestamp.parse("2019-11-16T15:59:41+00:00"),
        )
        assert z == offset == datetime(2019, 11, 16, 15, 59, 41, tzinfo=UTC)
        assert hash(z) == hash(offset)
        assert z != "2019-11-16T15:59:41Z"
        first = structure({"id": 1, "created_datetime": z.raw}, Tag)
        second = structure({"id": 1, "created_datetime": offset.raw}, Tag)
        assert first != second
        assert first == structure({"id": 1, "created_datetime": z.raw}, Tag)

    def test_ordering_is_by_instant(self) -> None:
        """Sorting uses the instants, whatever the spelling."""
        stamps = [
            Timestamp.parse("2020-01-01T00:00:00+01:00"),
            Timestamp.parse("2019-12-31 23:30:00"),
            Timestamp.parse("2019-12-31T22:00:00Z"),
        ]
        assert [s.raw for s in sorted(stamps)] == [
            "2019-12-31T22:00:00Z",
            "2020-01-01T00:00:00+01:00",
            "2019-12-31 23:30:00",
        ]

    def test_from_datetime_and_format(self) -> None:
        """Datetimes to send are spelled in UTC with ``Z``."""
        moment = datetime(2024, 5, 6, 7, 8, 9, 10, tzinfo=MINUS_5)
        assert format_datetime(moment) == "2024-05-06T12:08:09.000010Z"
        assert format_datetime(datetime(2024, 5, 6)) == "2024-05-06T00:00:00.000000Z"
        stamp = Timestamp.from_datetime(moment)
        assert stamp.raw == "2024-05-06T12:08:09.000010Z"
        assert stamp == moment
        assert str(stamp) == stamp.raw
        assert repr(stamp) == "Timestamp('2024-05-06T12:08:09.000010Z')"
        assert Timestamp.from_datetime(datetime(2024, 5, 6)).tzinfo is UTC

    def test_computed_instants_are_spelled_like_bodies(self) -> None:
        """``stamp + timedelta`` is a new instant: it does not claim the server's spelling."""
        stamp = Timestamp.parse("2019-11-16 15:59:41")
        later = stamp + timedelta(hours=1)
        assert isinstance(later, Timestamp)
        assert later.raw == "2019-11-16T16:59:41.000000Z"
        assert stamp.replace(year=2020).raw == "2020-11-16T15:59:41.000000Z"

    def test_pickle_and_copy_keep_the_spelling(self) -> None:
        """The server's spelling survives pickling and copying."""
        stamp = Timestamp.parse("2019-11-16 15:59:41")
        for again in (pickle.loads(pickle.dumps(stamp)), copy.copy(stamp), copy.deepcopy(stamp)):
            assert type(again) is Timestamp
            assert again == stamp
            assert again.raw == "2019-11-16 15:59:41"

    def test_a_timestamp_must_be_a_string(self) -> None:
        """Timestamps parse strings only."""
        with pytest.raises(TypeError):
            Timestamp(12)  # type: ignore[call-arg]
        with pytest.raises(ValueError, match="unparseable"):
            Timestamp.parse(12)  # type: ignore[arg-type]


class TestUnsetAndNull:
    """Absent keys are ``UNSET``, ``null`` is ``None``; both round-trip."""

    def test_absent_null_and_present(self) -> None:
        """Three distinct states."""
        ticket = structure({"id": 1, "subject": None, "status": "open"}, Ticket)
        assert ticket.channel is UNSET
        assert ticket.subject is None
        assert ticket.status == "open"
        assert unstructure(ticket) == {"id": 1, "subject": None, "status": "open"}

    def test_unset_is_a_falsy_singleton(self) -> None:
        """``UNSET`` is falsy and reprs as ``UNSET``."""
        assert not UNSET
        assert repr(UNSET) == "UNSET"
        assert models.Unset.UNSET is UNSET

    def test_built_models_write_only_what_was_given(self) -> None:
        """A model built in code unstructures to its set fields (``None`` as ``null``)."""
        ticket = Ticket(id=5, subject="Hi", assignee_user=None, tags=(Tag(id=2, name="vip"),))
        assert unstructure(ticket) == {
            "id": 5,
            "subject": "Hi",
            "assignee_user": None,
            "tags": [{"id": 2, "name": "vip"}],
        }

    def test_unset_alone_cannot_be_unstructured(self) -> None:
        """UNSET is never a JSON value."""
        with pytest.raises(TypeError):
            unstructure(UNSET)


class TestExtra:
    """Unknown keys and misfits are kept in ``extra``, never dropped."""

    def test_unknown_keys(self) -> None:
        """Unknown keys, with nested JSON, go to ``extra`` and come back out."""
        payload = {"id": 1, "managed_by": {"type": "ai", "ids": [1, 2]}, "snoozed_datetime": None}
        ticket = structure(payload, Ticket)
        assert ticket.extra == {
            "managed_by": {"type": "ai", "ids": [1, 2]},
            "snoozed_datetime": None,
        }
        assert isinstance(ticket.extra["managed_by"], FrozenDict)
        assert ticket.extra["managed_by"]["ids"] == (1, 2)
        assert unstructure(ticket) == payload

    def test_values_of_the_wrong_type_move_to_extra(self) -> None:
        """The field stays UNSET (types stay honest); the value is kept."""
        payload = {"id": 1, "subject": {"x": 1}, "customer": "oops", "tags": "a,b", "spam": 0}
        ticket = structure(payload, Ticket)
        assert ticket.subject is UNSET
        assert ticket.customer is UNSET
        assert ticket.tags is UNSET
        assert ticket.spam is UNSET
        assert set(ticket.extra) == {"subject", "customer", "tags", "spam"}
        assert unstructure(ticket) == payload

    def test_a_nested_object_without_its_id_moves_to_extra(self) -> None:
        """Only the broken nested object is set aside; the rest is typed."""
        payload = {"id": 1, "customer": {"name": "no id"}, "assignee_user": {"id": 2}}
        ticket = structure(payload, Ticket)
        assert ticket.customer is UNSET
        assert ticket.assignee_user == User(id=2)
        assert unstructure(ticket) == payload

    def test_a_bad_item_in_a_list_sets_aside_the_list(self) -> None:
        """A list is typed only if each item fits."""
        payload = {"id": 1, "tags": [{"id": 1}, "vip"]}
        ticket = structure(payload, Ticket)
        assert ticket.tags is UNSET
        assert unstructure(ticket) == payload

    def test_top_level_errors_raise(self) -> None:
        """A page item that is not an object, or has no id, is an error."""
        with pytest.raises(TypeError, match="expected a JSON object"):
            structure(["not", "a", "ticket"], Ticket)
        with pytest.raises(ValueError, match="no 'id'"):
            structure({"subject": "no id"}, Ticket)

    def test_the_attachment_extra_key_is_extra_(self) -> None:
        """Attachment has a server key named ``extra``: it is ``extra_``."""
        payload = {"name": "a.pdf", "extra": {"k": 1}, "new": True}
        attachment = structure(payload, Attachment)
        assert attachment.extra_ == {"k": 1}
        assert attachment.extra == {"new": True}
        assert unstructure(attachment) == payload


class TestAliases:
    """JSON keys that are not Python names."""

    def test_from(self) -> None:
        """``source.from`` is ``from_``."""
        payload = {"type": "email", "from": {"name": "A", "address": "a@example.com"}, "to": []}
        source = structure(payload, MessageSource)
        assert source.from_ is not UNSET
        assert source.from_ is not None
        assert source.from_.address == "a@example.com"
        assert source.to == ()
        assert unstructure(source) == payload

    def test_hyphenated_triggers(self) -> None:
        """``ticket-created`` is ``ticket_created``; underscored spellings stay in extra."""
        payload = {"url": "u", "triggers": {"ticket-created": True, "ticket_updated": True}}
        http = structure(payload, HttpIntegrationSettings)
        assert http.triggers is not UNSET
        assert http.triggers is not None
        assert http.triggers.ticket_created is True
        assert http.triggers.ticket_updated is UNSET
        assert http.triggers.extra == {"ticket_updated": True}
        assert unstructure(http) == payload


class TestEnumsArePlainStrings:
    """Server enums that grow never fail structuring."""

    @pytest.mark.parametrize(
        ("field", "value"),
        [
            ("status", "snoozed"),
            ("channel", "tiktok-shop"),
            ("via", "ai-agent"),
            ("priority", "critical"),
        ],
    )
    def test_unknown_values(self, field: str, value: str) -> None:
        """The value is kept as the string received, in its field."""
        ticket = structure({"id": 1, field: value}, Ticket)
        assert getattr(ticket, field) == value
        assert not ticket.extra

    def test_unknown_role_and_message_channel(self) -> None:
        """Roles and message channels too."""
        user = structure({"id": 1, "role": {"name": "ai-agent"}}, User)
        assert user.role is not UNSET
        assert user.role is not None
        assert user.role.name == "ai-agent"
        message = structure({"id": 1, "channel": "whatsapp-business", "via": "x"}, TicketMessage)
        assert message.channel == "whatsapp-business"


class TestRepr:
    """Reprs are short: id and one or two key fields."""

    def test_ticket(self) -> None:
        """The nested tree is not shown."""
        ticket = structure(
            {
                "id": 12,
                "subject": "Where is my order?",
                "status": "open",
                "customer": {"id": 3, "name": "Ada"},
                "messages": [{"id": i, "body_text": "x" * 500} for i in range(20)],
            },
            Ticket,
        )
        assert repr(ticket) == "Ticket(id=12, subject='Where is my order?', status='open', …)"

    def test_only_set_fields_are_shown(self) -> None:
        """Unset key fields are left out; no ellipsis when nothing else is set."""
        assert repr(Ticket(id=3)) == "Ticket(id=3)"
        assert repr(Tag(id=1, name="vip")) == "Tag(id=1, name='vip')"
        assert repr(Ticket(id=3, extra=FrozenDict(x=1))) == "Ticket(id=3, …)"

    def test_every_model_reprs_short(self) -> None:
        """Reprs of the sample objects stay on one short line."""
        for name in models.__all__:
            cls = getattr(models, name)
            if isinstance(cls, type) and issubclass(cls, models.GorgiasModel):
                assert re.fullmatch(rf"{cls.__name__}\(.*\)", repr(_minimal(cls)))

    def test_secrets_in_http_headers_are_not_shown(self) -> None:
        """An HTTP integration's headers (often a token) stay out of its repr."""
        http = HttpIntegrationSettings(url="https://x", headers=FrozenDict(token="s3cr3t"))
        assert "s3cr3t" not in repr(http)


def _minimal(cls: type[models.GorgiasModel]) -> models.GorgiasModel:
    """An instance with only the required fields (``id`` where there is one)."""
    required: dict[str, Any] = {a.name: 1 for a in attrs.fields(cls) if a.default is attrs.NOTHING}
    return cls(**required)


class TestHashingAndEquality:
    """Models are immutable, hashable and compared by value."""

    PAYLOAD: ClassVar[dict[str, Any]] = {
        "id": 7,
        "subject": "Refund",
        "meta": {"a": [1, {"b": None}]},
        "tags": [{"id": 1, "name": "vip", "decoration": {"color": "#fff"}}],
        "custom_fields": {"6": {"id": 6, "value": ["x", "y"]}},
        "created_datetime": "2020-01-01T00:00:00Z",
        "unknown": {"deep": [{"x": 1}]},
    }

    def test_equal_payloads_make_equal_models(self) -> None:
        """Two structurings of one payload are equal, hash equal, dedupe in a set."""
        first, second = structure(self.PAYLOAD, Ticket), structure(self.PAYLOAD, Ticket)
        assert first == second
        assert hash(first) == hash(second)
        assert len({first, second}) == 1

    def test_any_difference_makes_a_difference(self) -> None:
        """A change anywhere, extra included, makes models unequal."""
        base = structure(self.PAYLOAD, Ticket)
        for change in (
            {"subject": "Other"},
            {"meta": {"a": [1, {"b": 0}]}},
            {"unknown": {"deep": [{"x": 2}]}},
            {"created_datetime": "2020-01-01T00:00:00+00:00"},
            {"subject": None},
        ):
            assert structure(self.PAYLOAD | change, Ticket) != base
        assert structure({k: v for k, v in self.PAYLOAD.items() if k != "subject"}, Ticket) != base

    def test_models_are_frozen(self) -> None:
        """Assigning a field raises."""
        ticket = structure(self.PAYLOAD, Ticket)
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            ticket.subject = "x"  # type: ignore[misc]

    def test_lists_are_tuples_and_objects_are_frozen_dicts(self) -> None:
        """Free-form content cannot be changed through the model."""
        ticket = structure(self.PAYLOAD, Ticket)
        assert isinstance(ticket.tags, tuple)
        assert isinstance(ticket.meta, FrozenDict)
        inner = ticket.meta["a"]
        assert inner == (1, FrozenDict(b=None))
        with pytest.raises(TypeError):
            ticket.meta["a"] = 1  # type: ignore[index]
        assert ticket.custom_fields is not UNSET
        assert ticket.custom_fields is not None
        assert ticket.custom_fields["6"].value == ("x", "y")

    def test_evolve_makes_a_changed_copy(self) -> None:
        """``attrs.evolve`` is the way to change a model."""
        ticket = structure(self.PAYLOAD, Ticket)
        closed = attrs.evolve(ticket, status="closed")
        assert closed.status == "closed"
        assert ticket.status is UNSET
        assert unstructure(closed) == self.PAYLOAD | {"status": "closed"}


class TestFrozenDict:
    """The immutable mapping used for free-form JSON and ``extra``."""

    def test_mapping_behaviour(self) -> None:
        """Reads like a dict, compares with dicts, thaws to a deep copy."""
        frozen: FrozenDict[str, Any] = FrozenDict({"a": [1, {"b": 2}]}, c=3)
        assert frozen == {"a": [1, {"b": 2}], "c": 3}
        assert frozen == FrozenDict(c=3, a=[1, {"b": 2}])
        assert len(frozen) == 2
        assert "a" in frozen
        assert list(frozen) == ["a", "c"]
        assert frozen.get("missing") is None
        thawed = frozen.thaw()
        thawed["a"][1]["b"] = 99
        assert frozen["a"][1]["b"] == 2
        assert repr(FrozenDict(x=1)) == "FrozenDict({'x': 1})"

    def test_the_constructor_copies(self) -> None:
        """``FrozenDict(d)`` does not share ``d``."""
        source: dict[str, Any] = {"a": [1]}
        frozen = FrozenDict(source)
        source["a"].append(2)
        assert frozen == {"a": [1]}

    def test_hash_is_by_content(self) -> None:
        """Equal content, equal hash, whatever the key order."""
        assert hash(FrozenDict(a=1, b=[1, 2])) == hash(FrozenDict(b=[1, 2], a=1))
        assert FrozenDict(a=[1]) != FrozenDict(a=[2])


class TestFilesAndNumbers:
    """Upload answers send ``size`` as a string."""

    def test_size_as_string_is_an_int_and_round_trips(self) -> None:
        """``"784554"`` reads as ``784554`` and is written back as the string."""
        payload = {"url": "u", "name": "n", "size": "784554", "content_type": "image/png"}
        uploaded = structure(payload, UploadedFile)
        assert uploaded.size == 784554
        assert isinstance(uploaded.size, int)
        assert isinstance(uploaded.size, IntFromStr)
        assert unstructure(uploaded) == payload
        assert unstructure(attrs.evolve(uploaded, size=5))["size"] == 5

    def test_size_as_int_stays_int(self) -> None:
        """An int is an int."""
        assert unstructure(structure({"size": 12}, UploadedFile)) == {"size": 12}

    def test_sizes_that_would_not_round_trip_are_kept_aside(self) -> None:
        """``"0012"`` or ``"1.5"`` stay in ``extra``, exactly."""
        for size in ("0012", "1.5", "-1", "12 "):
            uploaded = structure({"size": size}, UploadedFile)
            assert uploaded.size is UNSET
            assert unstructure(uploaded) == {"size": size}


class TestCustomFields:
    """Definitions are told apart by ``data_type`` / ``input_type``."""

    def test_definitions(self) -> None:
        """Number, text input, text dropdown, unknown type."""
        fields = structure(
            [
                {"id": 1, "definition": {"data_type": "number", "input_settings": {"min": 1}}},
                {
                    "id": 2,
                    "definition": {"data_type": "text", "input_settings": {"input_type": "input"}},
                },
                {
                    "id": 3,
                    "definition": {
                        "data_type": "text",
                        "input_settings": {"input_type": "dropdown", "choices": ["a"]},
                    },
                },
                {"id": 4, "definition": {"data_type": "date", "input_settings": {"x": 1}}},
            ],
            list[CustomField],
        )
        kinds = [type(f.definition) for f in fields]
        assert kinds == [
            NumberDataTypeDefinition,
            TextDataTypeDefinition,
            TextDataTypeDefinition,
            CustomFieldDefinition,
        ]
        assert isinstance(fields[1].definition, TextDataTypeDefinition)
        assert isinstance(fields[1].definition.input_settings, TextInputSettings)
        assert isinstance(fields[2].definition, TextDataTypeDefinition)
        assert isinstance(fields[2].definition.input_settings, DropdownInputSettings)
        assert fields[2].definition.input_settings.choices == ("a",)


class TestConverter:
    """One converter, hooks generated once per class."""

    def test_one_converter_with_cached_hooks(self) -> None:
        """The public functions use the package converter; hooks are reused."""
        assert models.CONVERTER is CONVERTER
        assert CONVERTER.get_structure_hook(Ticket) is CONVERTER.get_structure_hook(Ticket)
        assert CONVERTER.get_unstructure_hook(Ticket) is CONVERTER.get_unstructure_hook(Ticket)

    def test_recursive_widget_templates(self) -> None:
        """A template tree of any depth is typed all the way down."""
        leaf: dict[str, Any] = {"type": "text", "path": "x"}
        payload: dict[str, Any] = {"id": 1, "template": leaf}
        for depth in range(10):
            payload["template"] = {
                "type": "card",
                "title": str(depth),
                "widgets": [payload["template"]],
            }
        widget = structure(payload, Widget)
        node = widget.template
        for _ in range(10):
            assert node is not UNSET
            assert node is not None
            assert node.widgets
            node = node.widgets[0]
        assert node is not UNSET
        assert node is not None
        assert node.path == "x"
        assert unstructure(widget) == payload


def test_every_public_name_is_exported_and_documented() -> None:
    """``__all__`` lists what the package holds; public classes have docstrings."""
    for name in models.__all__:
        obj = getattr(models, name)
        if isinstance(obj, type):
            assert obj.__doc__, name
    classes = {
        obj.__name__
        for module in vars(models).values()
        if isinstance(module, type(models)) and module.__name__.startswith(models.__name__ + ".")
        for obj in vars(module).values()
        if isinstance(obj, type)
        and issubclass(obj, models.GorgiasModel)
        and obj.__module__ == module.__name__
    }
    assert classes <= set(models.__all__)
