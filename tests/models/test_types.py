"""The typing rule: which fields are typed as always sent, and why.

A field is typed without ``Unset`` (``status: str = ALWAYS_SENT``) when every payload of
its model carries it — in the reference corpus (``tests/samples/strict/``) and in the
lists the fake serves — and either

* the reference spec lists it as ``required`` for that object, or
* the corpus holds at least :data:`ENOUGH` payloads of the model (one sample proves
  little), or
* it is the ``created_datetime`` or ``uri`` of a resource (a model with a required ``id``):
  the envelope every Gorgias resource carries.

Such a field is also typed without ``None`` unless some payload sends it as ``null``.
Every other field stays ``Maybe[T]``. The rule is computed here from the evidence and
compared with the models' annotations, both ways.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import AsyncIterator, Iterable
from typing import Any

import attrs
import pytest

import gorgias_async.models as models
from gorgias_async import AsyncGorgias
from gorgias_async.models import UNSET, GorgiasModel, Ticket, TicketMessage
from gorgias_async.models._converter import _UNIONS, model_fields
from gorgias_async.resources._base import body_of
from gorgias_async.testing import FakeGorgias
from tests.models.test_roundtrip import STRICT_FILES, load, model_of

#: Payloads of a model the corpus must hold before presence alone makes a field "always".
ENOUGH = 3

#: ``components.schemas.<Model>.required`` of /work/shared/gorgias-openapi.yaml (response
#: objects only; nested ``required`` lists under the model that holds them).
SPEC_REQUIRED: dict[str, set[str]] = {
    "AccountSetting": {"type"},
    "NumberInputSettings": {"input_type"},
    "NumberDataTypeDefinition": {"data_type", "input_settings"},
    "TextInputSettings": {"input_type"},
    "DropdownInputSettings": {"choices", "input_type"},
    "TextDataTypeDefinition": {"data_type", "input_settings"},
    "BooleanDropdownInputSettings": {"input_type"},
    "BooleanDataTypeDefinition": {"data_type", "input_settings"},
    "Integration": {"name"},
    "HttpIntegrationSettings": {"url"},
    "MacroAction": {"arguments", "name", "title"},
    "TagDecoration": {"color"},
    "TicketMessage": {"channel", "from_agent", "sender", "via"},
    "Attachment": {"content_type", "name", "size", "url"},
    "StatisticMeta": {"end_datetime", "start_datetime"},
    "VoiceCall": {
        "created_datetime",
        "direction",
        "external_id",
        "id",
        "integration_id",
        "provider",
        "status",
    },
}


@attrs.define
class Evidence:
    """How often each model occurred, and carried (or nulled) each of its fields."""

    seen: dict[str, int] = attrs.field(factory=lambda: defaultdict(int))
    present: dict[str, dict[str, int]] = attrs.field(
        factory=lambda: defaultdict(lambda: defaultdict(int))
    )
    nulls: dict[str, dict[str, int]] = attrs.field(
        factory=lambda: defaultdict(lambda: defaultdict(int))
    )

    def add(self, cls: type[GorgiasModel], payload: dict[str, Any]) -> None:
        """Count one payload of ``cls`` and, recursively, the models inside it."""
        name = cls.__name__
        self.seen[name] += 1
        for f in model_fields(cls):
            if f.key not in payload:
                continue
            self.present[name][f.name] += 1
            value = payload[f.key]
            if value is None:
                self.nulls[name][f.name] += 1
            else:
                self._nested(f, value)

    def _nested(self, f: Any, value: Any) -> None:
        if f.kind == "model" and isinstance(value, dict):
            self.add(f.arg, value)
        elif f.kind == "union" and isinstance(value, dict):
            chosen = _UNIONS[f.arg](value)
            if chosen is not None:
                self.add(chosen, value)
        elif f.kind == "tuple" and isinstance(value, list):
            for item in value:
                if item is not None:
                    self._nested(f.arg, item)
        elif f.kind == "map" and f.arg is not None and isinstance(value, dict):
            for item in value.values():
                if item is not None:
                    self._nested(f.arg, item)

    def always(self, name: str, field: str) -> bool:
        """Every payload of ``name`` seen carried ``field`` (vacuously true if none)."""
        return self.present[name][field] == self.seen[name]


def corpus() -> Evidence:
    evidence = Evidence()
    for path in STRICT_FILES:
        for item in load(path)[1]:
            evidence.add(model_of(path), item)
    return evidence


async def _pages(client: AsyncGorgias) -> AsyncIterator[tuple[type[GorgiasModel], Any]]:
    for name in ("tickets", "messages", "customers", "events", "users", "teams", "tags"):
        service = getattr(client, name)
        async for item in client.paginate(service.path):
            yield service.model, item
    for service in (
        client.views,
        client.macros,
        client.rules,
        client.integrations,
        client.widgets,
        client.satisfaction_surveys,
        client.jobs,
        client.voice_calls,
        client.voice_calls.events,
        client.voice_calls.recordings,
    ):
        async for item in client.paginate(service.path):
            yield service.model, item
    async for item in client.paginate("/custom-fields", params={"object_type": "Ticket"}):
        yield models.CustomField, item
    for ticket_id in range(1, 6):
        yield Ticket, await client.request("GET", f"/tickets/{ticket_id}")


@pytest.fixture(scope="module")
def seeded() -> Evidence:
    """What the fake serves: every list it seeds, and a few full tickets."""
    import asyncio

    async def collect() -> Evidence:
        evidence = Evidence()
        async with (
            FakeGorgias(seed=3, tickets=60, customers=30, rate_limit=None) as fake,
            AsyncGorgias(
                base_url=fake.base_url,
                username=fake.username,
                api_key=fake.api_key,
                rate_limit=None,
            ) as client,
        ):
            async for cls, item in _pages(client):
                evidence.add(cls, item)
        return evidence

    return asyncio.run(collect())


def model_classes() -> Iterable[type[GorgiasModel]]:
    for name in models.__all__:
        obj = getattr(models, name)
        if isinstance(obj, type) and issubclass(obj, GorgiasModel) and obj is not GorgiasModel:
            yield obj


def expected_always(
    cls: type[GorgiasModel], reference: Evidence, seeded: Evidence
) -> dict[str, bool]:
    """The rule: always-sent field → whether it is nullable."""
    name = cls.__name__
    if not reference.seen[name]:
        return {}
    fields = model_fields(cls)
    resource = any(f.name == "id" and f.required for f in fields)
    out = {}
    for f in fields:
        if f.required or not (reference.always(name, f.name) and seeded.always(name, f.name)):
            continue
        if (
            f.key in SPEC_REQUIRED.get(name, ())
            or reference.seen[name] >= ENOUGH
            or (resource and f.name in ("created_datetime", "uri"))
        ):
            nulls = reference.nulls[name][f.name] + seeded.nulls[name][f.name]
            out[f.name] = bool(nulls) or f.kind == "json"
    return out


def declared_always(cls: type[GorgiasModel]) -> dict[str, bool]:
    return {f.name: f.nullable for f in model_fields(cls) if f.always_sent}


class TestTheRule:
    """The annotations are what the rule gives, no more and no less."""

    @pytest.mark.parametrize("cls", list(model_classes()), ids=lambda c: c.__name__)
    def test_annotations_follow_the_evidence(
        self, cls: type[GorgiasModel], seeded: Evidence
    ) -> None:
        expected = expected_always(cls, corpus(), seeded)
        declared = declared_always(cls)
        assert declared == expected, (
            f"{cls.__name__}: type as always sent {sorted(expected.keys() - declared.keys())}, "
            f"as optional {sorted(declared.keys() - expected.keys())}; nullable should be "
            f"{ {k: v for k, v in expected.items() if declared.get(k, v) != v} }"
        )

    def test_the_examples_of_the_issue(self, seeded: Evidence) -> None:
        """Ids, created_datetime, a ticket's status and channel… need no guard."""
        assert {"status", "channel", "created_datetime", "customer", "tags"} <= set(
            declared_always(Ticket)
        )
        assert {"channel", "via", "from_agent", "sender", "created_datetime"} <= set(
            declared_always(TicketMessage)
        )
        assert declared_always(Ticket)["subject"] is True  # sent, but may be null
        assert declared_always(Ticket)["status"] is False

    def test_a_summary_keeps_the_full_objects_fields_optional(self) -> None:
        """A customer inside a ticket is a summary: its created_datetime is not always sent."""
        assert "created_datetime" not in declared_always(models.Customer)
        assert "created_datetime" not in declared_always(models.User)


class TestAtRunTime:
    """The annotation is a promise about the API; the run time stays tolerant."""

    def test_a_payload_breaking_the_contract_still_structures(self) -> None:
        """A missing always-sent key reads UNSET; nothing is lost or invented."""
        ticket = models.structure({"id": 1}, Ticket)
        assert ticket.status is UNSET
        assert ticket.to_dict() == {"id": 1}

    def test_models_built_in_code_are_partial_write_bodies(self) -> None:
        """Unset stays the default of every field a write may leave out."""
        update = Ticket(id=4, status="closed")
        assert update.channel is UNSET
        assert body_of(update, {}) == {"id": 4, "status": "closed"}
        assert body_of(None, {"status": "closed"}) == {"status": "closed"}

    def test_the_strict_converter_refuses_a_missing_or_null_always_sent_field(self) -> None:
        strict = models.make_strict_converter()
        with pytest.raises(models.StrictStructureError, match="which the API always sends"):
            strict.structure({"id": 1, "channel": "email"}, Ticket)
        tag = {"id": 1, "name": None, "decoration": None}
        with pytest.raises(models.StrictStructureError, match=r"Tag\.name: null"):
            strict.structure(tag, models.Tag)
