"""``import gorgias_async``: what it imports at once, and what waits for first use."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import gorgias_async

LAZY_MODULES = [
    "gorgias_async.bulk",
    "gorgias_async.sync",
    "gorgias_async.provision",
    "gorgias_async.testing",
]


def imported_after(code: str) -> set[str]:
    """The ``gorgias_async`` modules a fresh interpreter has loaded after running ``code``."""
    script = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", script], check=True, capture_output=True, text=True)
    return {name for name in json.loads(out.stdout) if name.startswith("gorgias_async")}


def test_importing_the_package_leaves_the_optional_parts_out() -> None:
    """The blocking client, bulk writes, provisioning and the fake load on first use."""
    loaded = imported_after("import gorgias_async\nfrom gorgias_async import AsyncGorgias")
    assert "gorgias_async.client" in loaded
    assert loaded.isdisjoint(LAZY_MODULES)


def test_the_lazy_names_still_work() -> None:
    """``from gorgias_async import Gorgias``, the bulk names and the submodules resolve."""
    loaded = imported_after("from gorgias_async import Gorgias, BulkRequest")
    assert {"gorgias_async.sync", "gorgias_async.bulk"} <= loaded
    assert "gorgias_async.testing" not in loaded
    from gorgias_async.sync import Gorgias

    assert gorgias_async.Gorgias is Gorgias
    assert gorgias_async.testing.FakeGorgias.__name__ == "FakeGorgias"
    assert {"Gorgias", "BulkResult", "testing"} <= set(dir(gorgias_async))
    for name in gorgias_async.__all__:
        assert getattr(gorgias_async, name) is not None


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="nope"):
        gorgias_async.nope  # type: ignore[attr-defined]  # noqa: B018
