"""The strict converter: the reference-exact samples pass it, drift fails it.

``make_strict_converter()`` refuses unknown keys, values of the wrong JSON type and
datetimes no known spelling parses. Run over ``tests/samples/strict/`` it is how a change
of the models that no longer matches the reference (or a sample that does not) shows up.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from gorgias_async.models import (
    CONVERTER,
    Customer,
    StrictStructureError,
    Ticket,
    UploadedFile,
    make_strict_converter,
)
from tests.models.test_roundtrip import (
    LENIENT_FILES,
    STRICT_FILES,
    _extras,
    assert_identical,
    load,
    model_of,
    sample_id,
)

STRICT = make_strict_converter()


@pytest.mark.parametrize("path", STRICT_FILES, ids=sample_id)
class TestReferenceSamples:
    """Samples written from the reference structure strictly and leave nothing unknown."""

    def test_strict_structuring_accepts_them(self, path: Path) -> None:
        """No unknown key, no wrong type, no unparseable date."""
        cls = model_of(path)
        _, items = load(path)
        objs = STRICT.structure(items, list[cls])  # type: ignore[valid-type]
        assert_identical(STRICT.unstructure(objs), items)

    def test_lenient_structuring_leaves_every_extra_empty(self, path: Path) -> None:
        """The lenient converter finds nothing to put aside either."""
        cls = model_of(path)
        _, items = load(path)
        assert _extras(CONVERTER.structure(items, list[cls])) == []  # type: ignore[valid-type]

    def test_both_converters_build_equal_models(self, path: Path) -> None:
        """Strict and lenient only differ in what they accept."""
        cls = model_of(path)
        _, items = load(path)
        kind = list[cls]  # type: ignore[valid-type]
        assert STRICT.structure(items, kind) == CONVERTER.structure(items, kind)


@pytest.mark.parametrize("path", LENIENT_FILES, ids=sample_id)
def test_drifted_samples_fail_strict_structuring(path: Path) -> None:
    """Every drifted sample carries something the reference does not list."""
    cls = model_of(path)
    _, items = load(path)
    with pytest.raises(StrictStructureError):
        STRICT.structure(items, list[cls])  # type: ignore[valid-type]


class TestStrictErrors:
    """Strict errors say where the drift is."""

    @pytest.mark.parametrize(
        ("payload", "message"),
        [
            ({"id": 1, "snoozed_datetime": None}, "Ticket: unknown keys ['snoozed_datetime']"),
            ({"id": 1, "customer": {"id": "7"}}, "Ticket.customer: Customer.id: expected int"),
            ({"id": 1, "tags": [{"id": 1, "x": 0}]}, "Ticket.tags: Tag: unknown keys ['x']"),
            ({"id": 1, "created_datetime": "yesterday"}, "unparseable datetime 'yesterday'"),
            ({"id": 1, "spam": "false"}, "Ticket.spam: expected bool, got str"),
            ({"id": 1, "messages_count": True}, "Ticket.messages_count: expected int, got bool"),
            ({"id": 1, "tags": {"id": 1}}, "Ticket.tags: expected an array, got dict"),
            ({"subject": "no id"}, "Ticket: the payload has no 'id'"),
            ([], "Ticket: expected a JSON object, got list"),
        ],
    )
    def test_messages(self, payload: Any, message: str) -> None:
        """The message names the model, the field and what was wrong."""
        with pytest.raises(StrictStructureError, match=_literal(message)):
            STRICT.structure(payload, Ticket)

    def test_nulls_are_always_accepted(self) -> None:
        """``null`` is fine for every optional field (the reference marks few as nullable)."""
        fields = [a.name for a in Customer.__attrs_attrs__ if a.name not in ("id", "extra")]
        payload = {"id": 1} | dict.fromkeys(fields)
        assert STRICT.unstructure(STRICT.structure(payload, Customer)) == payload

    def test_decimal_string_sizes_are_the_documented_exception(self) -> None:
        """``size`` as a string is what Gorgias sends for uploads: accepted, kept."""
        payload = {"url": "u", "name": "n", "size": "12", "content_type": "text/plain"}
        assert STRICT.structure(payload, UploadedFile).size == 12

    def test_it_is_a_separate_converter(self) -> None:
        """The package converter stays lenient."""
        assert make_strict_converter() is not CONVERTER
        assert CONVERTER.structure({"id": 1, "new": 1}, Ticket).extra == {"new": 1}


def _literal(text: str) -> str:
    import re

    return re.escape(text)
