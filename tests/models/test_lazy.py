"""Models read from JSON are built lazily: nothing of it shows from the user's side.

Structuring checks the ``id`` and keeps the payload; the scalars are checked together on
the first read of any of them; nested models, tuples, free-form JSON, datetimes and
``extra`` are built on their first access. Everything is cached. Equality, hashing,
immutability, pickling, ``repr`` and the exact round trip hold whatever was accessed,
and concurrent first accesses from several threads agree on one cached value.
"""

from __future__ import annotations

import copy
import json
import pickle
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import attrs
import orjson
import pytest

import gorgias_async.models as models
from gorgias_async.models import (
    UNSET,
    Customer,
    FrozenDict,
    GorgiasJSONEncoder,
    GorgiasModel,
    HttpIntegrationSettings,
    Integration,
    Tag,
    Ticket,
    Timestamp,
    json_default,
    structure,
    unstructure,
)
from gorgias_async.models._base import RAW
from gorgias_async.models._lazy import LazyField, ScalarField
from tests.models.test_roundtrip import ALL_FILES, assert_identical, load, model_of, sample_id

SAMPLES = Path(__file__).parent.parent / "samples"


def ticket_payload() -> dict[str, Any]:
    """A full ticket (messages, events, custom fields) from the reference corpus."""
    body: dict[str, Any] = orjson.loads((SAMPLES / "strict" / "Ticket.json").read_bytes())
    return body


def fresh_ticket() -> Ticket:
    return structure(ticket_payload(), Ticket)


def lazy_names(cls: type[GorgiasModel]) -> list[str]:
    return [a.name for a in attrs.fields(cls) if isinstance(vars(cls).get(a.name), LazyField)]


class TestLazyAccess:
    """What structuring does at once, and what waits for the first access."""

    def test_structuring_checks_the_id_and_keeps_the_payload(self) -> None:
        """Nothing else is stored until it is read."""
        ticket = fresh_ticket()
        assert set(vars(ticket)) == {"id", RAW}

    def test_the_first_scalar_read_checks_every_scalar(self) -> None:
        """Strings, numbers and booleans are checked together; nested fields are not built."""
        ticket = fresh_ticket()
        assert ticket.status == "open"
        stored = set(vars(ticket))
        assert {"status", "subject", "spam", "channel", "via"} <= stored
        for name in ("customer", "tags", "messages", "created_datetime", "meta", "extra"):
            assert name not in stored

    def test_a_nested_model_has_its_scalars_checked_when_built(self) -> None:
        """Whoever reads a nested object reads its fields: they are checked with it."""
        customer = fresh_ticket().customer
        assert {"email", "name"} <= set(vars(customer))
        assert "channels" not in vars(customer)

    def test_the_first_access_builds_and_caches(self) -> None:
        """The value built on first access is the one every later access returns."""
        ticket = fresh_ticket()
        customer = ticket.customer
        assert isinstance(customer, Customer)
        assert vars(ticket)["customer"] is customer
        assert ticket.customer is customer
        assert ticket.messages is ticket.messages
        assert ticket.created_datetime is ticket.created_datetime

    def test_only_what_is_read_is_built(self) -> None:
        """Reading one nested field builds that one (and, inside it, nothing more)."""
        ticket = fresh_ticket()
        first = ticket.messages[0]
        built = set(vars(ticket)) & set(lazy_names(Ticket))
        assert built == {"messages"}
        assert "source" not in vars(first)
        assert "status" not in vars(ticket)

    def test_every_nested_field_is_lazy_and_every_scalar_eager(self) -> None:
        """Models, tuples, JSON, maps, unions and datetimes are lazy one by one.

        (The descriptors are put on a class when it is first structured.)
        """
        structure({"id": 1}, Ticket)
        structure({"id": 1}, models.CustomField)
        assert set(lazy_names(Ticket)) >= {
            "customer",
            "tags",
            "messages",
            "events",
            "custom_fields",
            "meta",
            "created_datetime",
            "satisfaction_survey",
        }
        assert {"id", "status", "subject", "spam"}.isdisjoint(lazy_names(Ticket))
        assert isinstance(vars(Ticket)["status"], ScalarField)
        assert "definition" in lazy_names(models.CustomField)

    def test_extra_is_computed_on_first_access(self) -> None:
        """Unknown keys and misfits (found by building the fields) make up ``extra``."""
        payload = {"id": 1, "customer": {"name": "no id"}, "new": [1], "status": "open"}
        ticket = structure(payload, Ticket)
        assert "extra" not in vars(ticket)
        assert ticket.extra == {"customer": {"name": "no id"}, "new": [1]}
        assert ticket.customer is UNSET
        assert ticket.extra is ticket.extra

    def test_the_payload_is_kept_not_copied_and_never_changed(self) -> None:
        """The model adopts the payload; reading and writing it back leaves it intact."""
        payload = ticket_payload()
        before = copy.deepcopy(payload)
        ticket = structure(payload, Ticket)
        assert vars(ticket)[RAW] is payload
        for a in attrs.fields(Ticket):
            getattr(ticket, a.name)
        hash(ticket)
        repr(ticket)
        unstructure(ticket)
        pickle.dumps(ticket)
        assert_identical(payload, before)

    def test_nested_models_keep_their_own_payload(self) -> None:
        """A nested model is structured from its part of the payload, lazily too."""
        payload = ticket_payload()
        message = structure(payload, Ticket).messages[0]
        assert vars(message)[RAW] is payload["messages"][0]
        assert "sender" not in vars(message)


class TestImmutability:
    """Nothing can be assigned or deleted, built or not."""

    @pytest.mark.parametrize("name", ["status", "customer", "created_datetime", "extra", "meta"])
    def test_assigning_or_deleting_raises(self, name: str) -> None:
        ticket = fresh_ticket()
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            setattr(ticket, name, None)
        getattr(ticket, name)
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            setattr(ticket, name, None)
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            delattr(ticket, name)

    def test_nested_content_is_frozen(self) -> None:
        """Free-form JSON reads as FrozenDict and tuples."""
        ticket = fresh_ticket()
        assert isinstance(ticket.tags, tuple)
        data = ticket.customer.data
        assert isinstance(data, FrozenDict)
        with pytest.raises(TypeError):
            data["x"] = 1


class TestEqualityAndHash:
    """Equality and hashing do not depend on what was accessed, nor on how it was built."""

    def test_accessed_and_untouched_models_are_equal(self) -> None:
        untouched, accessed = fresh_ticket(), fresh_ticket()
        accessed.messages[0].source  # noqa: B018
        accessed.customer  # noqa: B018
        assert untouched == accessed
        assert hash(untouched) == hash(accessed)

    def test_read_and_built_models_are_equal(self) -> None:
        """A model read from JSON equals the same model built in code."""
        payload = {"id": 3, "name": "vip", "decoration": {"color": "#fff"}}
        read = structure(payload, Tag)
        built = Tag(id=3, name="vip", decoration=models.TagDecoration(color="#fff"))
        assert read == built
        assert built == read
        assert hash(read) == hash(built)
        assert len({read, built}) == 1

    def test_key_order_does_not_matter(self) -> None:
        payload = ticket_payload()
        reordered = dict(reversed(list(payload.items())))
        assert structure(payload, Ticket) == structure(reordered, Ticket)
        assert hash(structure(payload, Ticket)) == hash(structure(reordered, Ticket))

    def test_evolve_gives_a_changed_built_copy(self) -> None:
        ticket = fresh_ticket()
        closed = attrs.evolve(ticket, status="closed")
        assert closed != ticket
        assert closed.status == "closed"
        assert unstructure(closed) == ticket_payload() | {"status": "closed"}
        assert attrs.evolve(ticket) == ticket

    def test_other_types_do_not_compare_equal(self) -> None:
        tag = structure({"id": 1}, Tag)
        assert tag != {"id": 1}
        assert tag != structure({"id": 1}, Customer)


class TestPickling:
    """Models pickle (multiprocessing, caches) whatever was accessed."""

    def test_a_read_model_pickles_as_its_payload(self) -> None:
        """Unpickling structures the payload again: equal, exact, lazy again."""
        ticket = fresh_ticket()
        ticket.messages  # noqa: B018
        again = pickle.loads(pickle.dumps(ticket))
        assert "messages" not in vars(again)
        assert again == ticket
        assert orjson.dumps(unstructure(again)) == orjson.dumps(ticket_payload())

    def test_a_built_model_pickles_field_by_field(self) -> None:
        built = Ticket(id=9, status="open", created_datetime=Timestamp.parse("2020-01-01"))
        again = pickle.loads(pickle.dumps(built))
        assert again == built
        assert again.created_datetime.raw == "2020-01-01"
        assert RAW not in vars(again)

    def test_copy_and_deepcopy(self) -> None:
        ticket = fresh_ticket()
        for other in (copy.copy(ticket), copy.deepcopy(ticket)):
            assert other == ticket
            assert unstructure(other) == ticket_payload()


class TestThreads:
    """Concurrent first accesses agree on one value; nothing breaks under contention."""

    @pytest.fixture(autouse=True)
    def _switch_often(self) -> Iterator[None]:
        interval = sys.getswitchinterval()
        sys.setswitchinterval(1e-6)
        yield
        sys.setswitchinterval(interval)

    @staticmethod
    def race(workers: int, task: Callable[[], Any]) -> list[Any]:
        """Run ``task`` in ``workers`` threads released at once; their results."""
        barrier = threading.Barrier(workers)
        results: list[Any] = [None] * workers
        errors: list[BaseException] = []

        def run(index: int) -> None:
            try:
                barrier.wait()
                results[index] = task()
            except BaseException as exc:  # pragma: no cover - reported below
                errors.append(exc)

        threads = [threading.Thread(target=run, args=(i,)) for i in range(workers)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert errors == []
        return results

    def test_every_thread_gets_the_one_cached_value(self) -> None:
        for _ in range(30):
            ticket = fresh_ticket()

            def read(ticket: Ticket = ticket) -> tuple[Any, ...]:
                return (
                    ticket.customer,
                    ticket.messages,
                    ticket.created_datetime,
                    ticket.custom_fields,
                    ticket.extra,
                    ticket.subject,
                    ticket.status,
                )

            results = self.race(8, read)
            for position in range(7):
                assert len({id(r[position]) for r in results}) == 1
            assert results[0][1] is ticket.messages

    def test_equality_hash_and_round_trip_under_contention(self) -> None:
        reference = fresh_ticket()
        expected = hash(reference)
        for _ in range(20):
            ticket = fresh_ticket()
            results = self.race(
                6, lambda ticket=ticket: (hash(ticket), ticket == reference, unstructure(ticket))
            )
            assert {r[0] for r in results} == {expected}
            assert all(r[1] for r in results)
            assert all(r[2] == ticket_payload() for r in results)


class TestRepr:
    """Reprs stay short, show no secrets and build nothing."""

    def test_a_read_model_reprs_like_a_built_one(self) -> None:
        payload = {"id": 12, "subject": "Hi", "status": "open"}
        assert repr(structure(payload, Ticket)) == repr(Ticket(**payload))
        assert repr(structure({"id": 3}, Ticket)) == "Ticket(id=3)"
        assert repr(structure({"id": 3, "x": 1}, Ticket)) == "Ticket(id=3, …)"
        assert repr(structure({"id": 3, "subject": {"no": 1}}, Ticket)) == "Ticket(id=3, …)"

    def test_repr_builds_nothing(self) -> None:
        ticket = fresh_ticket()
        repr(ticket)
        assert set(vars(ticket)).isdisjoint(lazy_names(Ticket))

    def test_secrets_stay_out(self) -> None:
        """An HTTP integration's headers (a token) appear in no repr, read or built."""
        payload = {
            "id": 4,
            "name": "crm",
            "http": {"url": "https://x", "headers": {"X-Token": "s3cr3t"}},
        }
        integration = structure(payload, Integration)
        assert "s3cr3t" not in repr(integration)
        assert "s3cr3t" not in repr(integration.http)
        built = HttpIntegrationSettings(url="https://x", headers=FrozenDict({"X-Token": "s3cr3t"}))
        assert "s3cr3t" not in repr(built)


@pytest.mark.parametrize("path", ALL_FILES, ids=sample_id)
class TestExactRoundTrip:
    """A model read from JSON writes back the very bytes ``orjson`` would have written."""

    def test_byte_for_byte_and_in_key_order(self, path: Path) -> None:
        cls = model_of(path)
        _, items = load(path)
        for item in items:
            model = structure(item, cls)
            assert orjson.dumps(unstructure(model)) == orjson.dumps(item)
            for a in attrs.fields(cls):
                getattr(model, a.name)  # everything built: still the same bytes
            assert orjson.dumps(unstructure(model)) == orjson.dumps(item)
            assert model.to_json() == orjson.dumps(item).decode()

    def test_to_dict_is_unstructure(self, path: Path) -> None:
        cls = model_of(path)
        _, items = load(path)
        for item in items:
            model = structure(item, cls)
            assert_identical(model.to_dict(), item)


class TestJson:
    """``to_dict``/``to_json`` and the hooks for ``json.dumps`` users."""

    def test_json_dumps_with_the_default_hook(self) -> None:
        ticket = fresh_ticket()
        mixed = {"ticket": ticket, "tags": ticket.tags, "at": ticket.created_datetime}
        decoded = json.loads(json.dumps(mixed, default=json_default))
        assert decoded["ticket"] == ticket_payload()
        assert decoded["tags"] == ticket_payload()["tags"]
        assert decoded["at"] == ticket_payload()["created_datetime"]
        assert json.loads(json.dumps(mixed, cls=GorgiasJSONEncoder)) == decoded

    def test_orjson_with_the_default_hook(self) -> None:
        ticket = fresh_ticket()
        encoded = orjson.dumps(
            {"t": ticket, "data": ticket.customer.data, "at": ticket.created_datetime},
            default=json_default,
            option=orjson.OPT_PASSTHROUGH_DATETIME,
        )
        decoded = orjson.loads(encoded)
        assert decoded["t"] == ticket_payload()
        assert decoded["at"] == ticket_payload()["created_datetime"]
        assert decoded["data"] == ticket_payload()["customer"]["data"]

    def test_the_hook_refuses_what_it_does_not_know(self) -> None:
        with pytest.raises(TypeError, match="not JSON serializable"):
            json.dumps({"x": object()}, default=json_default)
        with pytest.raises(TypeError):
            json_default(UNSET)

    def test_built_models_write_their_set_fields(self) -> None:
        tag = Tag(id=1, name="vip", created_datetime=Timestamp.parse("2020-01-01 00:00:00"))
        assert tag.to_dict() == {"id": 1, "name": "vip", "created_datetime": "2020-01-01 00:00:00"}
        assert json.loads(tag.to_json()) == tag.to_dict()

    def test_to_dict_returns_fresh_containers(self) -> None:
        ticket = fresh_ticket()
        out = ticket.to_dict()
        out["messages"][0]["body_text"] = "scribbled"
        out["tags"].clear()
        assert ticket.to_dict() == ticket_payload()
