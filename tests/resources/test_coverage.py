"""Every public method of every service on the client has a case in the service tables.

A new service method without a case in one of the ``tests/resources/test_*`` tables fails here,
and so does a case naming a method that no longer exists. Public methods defined on the
generic ``Resource`` base and the ``BulkWrites`` mixin (bulk writes) are tested
generically in :data:`TESTED_ELSEWHERE`, which must mention each of them.
"""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from pathlib import Path
from typing import Any, get_type_hints

from gorgias_async import AsyncGorgias
from gorgias_async.resources import Resource, Service, ServiceAttributes
from gorgias_async.resources._bulk import BulkWrites

from . import (
    test_account_custom_fields_jobs,
    test_customers,
    test_events_users_teams,
    test_files_search_voice,
    test_integrations_widgets,
    test_macros_rules,
    test_tags_views,
    test_tickets,
)
from .test_validation import ID_CALLS, LISTABLE

TABLES = (
    test_account_custom_fields_jobs,
    test_customers,
    test_events_users_teams,
    test_files_search_voice,
    test_integrations_widgets,
    test_macros_rules,
    test_tags_views,
    test_tickets,
)
HERE = Path(__file__).parent
#: Where the public methods of the ``Resource`` base (inherited by every resource) are tested.
TESTED_ELSEWHERE = HERE.parent / "test_bulk.py"


def services(root: Any, prefix: str = "") -> Iterator[tuple[str, Service]]:
    """``(dotted path, service)`` of every service on ``root``, sub-services included."""
    for name, value in vars(root).items():
        if not name.startswith("_") and isinstance(value, Service):
            yield prefix + name, value
            yield from services(value, f"{prefix}{name}.")


def public_methods(service: Service) -> set[str]:
    """Public method names of a service (``__call__`` of a callable service included)."""
    names = set()
    for name in dir(type(service)):
        if name.startswith("_") and name != "__call__":
            continue
        if isinstance(inspect.getattr_static(service, name), property):
            continue
        if inspect.ismethod(getattr(service, name)):
            names.add(name)
    return names


def base_methods() -> set[str]:
    """Public methods defined on the generic bases: ``Resource`` and the bulk mixin."""
    return {
        name
        for base in (Resource, BulkWrites)
        for name, value in vars(base).items()
        if not name.startswith("_") and inspect.isfunction(value)
    }


def client() -> AsyncGorgias:
    return AsyncGorgias(base_url="http://127.0.0.1:9/api", username="u@x.org", api_key="k")


def all_methods() -> dict[str, Service]:
    return {
        f"{path}.{name}": svc
        for path, svc in services(client())
        for name in public_methods(svc)
        if not (isinstance(svc, Resource) and name in base_methods())
    }


def covered() -> set[str]:
    return {case.method for table in TABLES for case in table.CASES}


def test_every_service_of_the_client_is_walked():
    found = {path for path, _ in services(client())}
    assert set(get_type_hints(ServiceAttributes)) <= found
    assert {"voice_calls.events", "voice_calls.recordings"} <= found


def test_every_public_service_method_has_a_case():
    missing = sorted(set(all_methods()) - covered())
    assert missing == [], f"no case in any tests/resources/test_* table: {missing}"


def test_every_case_names_an_existing_method():
    assert sorted(covered() - set(all_methods())) == []


def test_every_table_module_is_listed():
    modules = {path.stem for path in HERE.glob("test_*.py")}
    listed = {table.__name__.rsplit(".", 1)[1] for table in TABLES}
    assert modules - listed == {"test_coverage", "test_validation"}


def test_base_methods_are_tested_elsewhere():
    text = TESTED_ELSEWHERE.read_text() if base_methods() else ""
    untested = sorted(name for name in base_methods() if name not in text)
    assert untested == [], f"{TESTED_ELSEWHERE.name} does not test {untested}"


def test_every_listable_service_is_validated():
    listable = {path for path, svc in services(client()) if isinstance(svc, Resource)}
    assert listable == set(LISTABLE)


def test_every_method_taking_an_id_has_an_id_validation_case():
    """A parameter named ``id``, ``ids`` or ``*_id``/``*_ids`` must be in ``ID_CALLS``."""
    validated = {label for label, _, _ in ID_CALLS}
    unvalidated = []
    for dotted, svc in all_methods().items():
        name = dotted.rsplit(".", 1)[1]
        parameters = inspect.signature(getattr(svc, name)).parameters
        takes_id = any(p in ("id", "ids") or p.endswith(("_id", "_ids")) for p in parameters)
        if takes_id and dotted not in validated:
            unvalidated.append(dotted)
    assert unvalidated == []
