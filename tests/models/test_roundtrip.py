"""Every recorded-style payload in ``tests/samples/`` round-trips without loss.

The samples at the top level are drifted on purpose (unknown keys, nulls, odd and broken
dates, unknown enum values, values of the wrong JSON type); those in ``strict/`` follow
the reference exactly. A file ``<Model>[.variant].json`` holds one object, a bare array of
them, or a list envelope (``{"data": [...], "meta": ..., "object": "list", "uri": ...}``).
"""

from __future__ import annotations

import pickle
from pathlib import Path
from typing import Any

import attrs
import orjson
import pytest

import gorgias_async.models as models
from gorgias_async.models import GorgiasModel, ListResponse, structure, unstructure

SAMPLES = Path(__file__).parent.parent / "samples"
LENIENT_FILES = sorted(SAMPLES.glob("*.json"))
STRICT_FILES = sorted((SAMPLES / "strict").glob("*.json"))
ALL_FILES = LENIENT_FILES + STRICT_FILES


def sample_id(path: Path) -> str:
    """``strict/Ticket.json`` style test ids."""
    return str(path.relative_to(SAMPLES))


def model_of(path: Path) -> type[GorgiasModel]:
    """The model a sample file holds, from the first part of its name."""
    cls = getattr(models, path.name.split(".")[0])
    assert isinstance(cls, type)
    assert issubclass(cls, GorgiasModel)
    return cls


def load(path: Path) -> tuple[Any, list[Any]]:
    """The decoded body of a sample and the object payloads it holds."""
    body = orjson.loads(path.read_bytes())
    if isinstance(body, list):
        return body, body
    if body.get("object") == "list":
        return body, body["data"]
    return body, [body]


def assert_identical(got: Any, expected: Any, path: str = "$") -> None:
    """Equal as JSON *and* of the same JSON types (``1``, ``1.0`` and ``True`` differ)."""
    assert type(got) is type(expected), f"{path}: {type(got).__name__} != {type(expected).__name__}"
    if isinstance(expected, dict):
        assert got.keys() == expected.keys(), f"{path}: keys {sorted(got)} != {sorted(expected)}"
        for key, value in expected.items():
            assert_identical(got[key], value, f"{path}.{key}")
    elif isinstance(expected, list):
        assert len(got) == len(expected), f"{path}: length {len(got)} != {len(expected)}"
        for index, (mine, theirs) in enumerate(zip(got, expected, strict=True)):
            assert_identical(mine, theirs, f"{path}[{index}]")
    else:
        assert got == expected, f"{path}: {got!r} != {expected!r}"


def test_the_corpus_covers_every_object_kind() -> None:
    """Both corpora hold a sample of every object kind of the reference."""
    kinds = {
        "Account", "Customer", "Ticket", "TicketMessage", "Event", "User", "Team", "Tag",
        "View", "Macro", "Rule", "Integration", "Widget", "SatisfactionSurvey", "CustomField",
        "CustomFieldValue", "Job", "VoiceCall", "VoiceCallRecording", "VoiceCallEvent",
        "UploadedFile", "Statistic",
    }  # fmt: skip
    assert {model_of(p).__name__ for p in LENIENT_FILES} >= kinds
    assert {model_of(p).__name__ for p in STRICT_FILES} >= kinds


@pytest.mark.parametrize("path", ALL_FILES, ids=sample_id)
class TestRoundTrip:
    """``unstructure(structure(payload, cls))`` gives back exactly the payload."""

    def test_each_object(self, path: Path) -> None:
        """Objects one by one: same keys, same values, same JSON types."""
        cls = model_of(path)
        _, items = load(path)
        for item in items:
            assert_identical(unstructure(structure(item, cls)), item)

    def test_the_whole_list(self, path: Path) -> None:
        """A page structured as ``list[Model]`` round-trips as a list."""
        cls = model_of(path)
        _, items = load(path)
        assert_identical(unstructure(structure(items, list[cls])), items)  # type: ignore[valid-type]

    def test_the_serialised_bytes_decode_to_the_payload(self, path: Path) -> None:
        """What goes back on the wire (``orjson.dumps``) decodes to the same payload."""
        cls = model_of(path)
        _, items = load(path)
        wire = orjson.dumps(unstructure(structure(items, list[cls])))  # type: ignore[valid-type]
        assert_identical(orjson.loads(wire), items)

    def test_models_survive_a_second_trip_equal_and_with_equal_hashes(self, path: Path) -> None:
        """Structuring the unstructured output gives equal models with equal hashes."""
        cls = model_of(path)
        _, items = load(path)
        first = structure(items, list[cls])  # type: ignore[valid-type]
        second = structure(unstructure(first), list[cls])  # type: ignore[valid-type]
        assert first == second
        assert [hash(m) for m in first] == [hash(m) for m in second]

    def test_models_pickle(self, path: Path) -> None:
        """Models pickle and unpickle to equal values (handy for multiprocessing)."""
        cls = model_of(path)
        _, items = load(path)
        objs = structure(items, list[cls])  # type: ignore[valid-type]
        again = pickle.loads(pickle.dumps(objs))
        assert again == objs
        assert_identical(unstructure(again), items)

    def test_mutating_the_output_leaves_the_model_alone(self, path: Path) -> None:
        """``unstructure`` returns fresh containers, even for free-form and extra parts."""
        cls = model_of(path)
        _, items = load(path)
        objs = structure(items, list[cls])  # type: ignore[valid-type]
        before = [hash(m) for m in objs]
        out = unstructure(objs)
        _scribble(out)
        assert [hash(m) for m in objs] == before
        assert_identical(unstructure(objs), items)


def _scribble(value: Any) -> None:
    """Mutate every container of some JSON in place."""
    if isinstance(value, dict):
        for item in list(value.values()):
            _scribble(item)
        value["__scribbled__"] = True
    elif isinstance(value, list):
        for item in value:
            _scribble(item)
        value.append("__scribbled__")


ENVELOPE_FILES = [path for path in ALL_FILES if b'"object": "list"' in path.read_bytes()]


@pytest.mark.parametrize("path", ENVELOPE_FILES, ids=sample_id)
def test_list_envelopes_round_trip(path: Path) -> None:
    """A list envelope round-trips through :class:`ListResponse` too."""
    body, _ = load(path)
    assert_identical(unstructure(structure(body, ListResponse)), body)


@pytest.mark.parametrize("path", LENIENT_FILES, ids=sample_id)
def test_drifted_samples_keep_their_drift_in_extra(path: Path) -> None:
    """Every drifted sample has something the models do not know, and it is kept."""
    cls = model_of(path)
    _, items = load(path)
    found = [extra for obj in structure(items, list[cls]) for extra in _extras(obj)]  # type: ignore[valid-type]
    assert found, "a drifted sample should leave something in some model's extra"


def _extras(value: Any) -> list[Any]:
    """Every non-empty ``extra`` in a tree of models."""
    out: list[Any] = []
    if isinstance(value, GorgiasModel):
        if value.extra:
            out.append(value.extra)
        for field in attrs.fields(type(value)):
            if field.name != "extra":
                out += _extras(getattr(value, field.name))
    elif isinstance(value, tuple):
        for item in value:
            out += _extras(item)
    elif isinstance(value, models.FrozenDict):
        for item in value._data.values():
            out += _extras(item)
    return out
