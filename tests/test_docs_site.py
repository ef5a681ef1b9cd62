"""The documentation site builds strictly (no broken reference or link), and its API
reference covers every public module, class and method."""

from __future__ import annotations

import importlib
import inspect
import os
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

pytest.importorskip("mkdocs")
pytest.importorskip("mkdocstrings")

ROOT = Path(__file__).parents[1]
#: The public modules; each has a page of the reference.
PUBLIC = [
    "gorgias_async",
    "gorgias_async.client",
    "gorgias_async.sync",
    "gorgias_async.auth",
    "gorgias_async.errors",
    "gorgias_async.resources",
    "gorgias_async.models",
    "gorgias_async.bulk",
    "gorgias_async.export",
    "gorgias_async.dlt",
    "gorgias_async.provision",
    "gorgias_async.webhooks",
    "gorgias_async.testing",
    "gorgias_async.testing.pytest_plugin",
    "gorgias_async.cli",
]


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("site")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    ran = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert ran.returncode == 0, ran.stderr[-4000:]
    return out


def inventory(site: Path) -> set[str]:
    """The objects the reference documents (mkdocstrings' ``objects.inv``)."""
    data = (site / "objects.inv").read_bytes()
    body = zlib.decompress(data.split(b"\n", 4)[4]).decode()
    return {line.split(" ", 1)[0] for line in body.splitlines() if " py:" in line}


def public_names(module_name: str) -> list[tuple[str, object]]:
    """``__all__``; without one, the public names the module defines itself."""
    module = importlib.import_module(module_name)
    if hasattr(module, "__all__"):
        return [(name, getattr(module, name)) for name in module.__all__ if name[:2] != "__"]
    return [
        (name, value)
        for name, value in vars(module).items()
        if name[0] != "_" and getattr(value, "__module__", None) == module_name
    ]


def own_methods(cls: type) -> list[str]:
    """The public methods and properties ``cls`` has from the package's own code."""
    found = []
    for name, _value in inspect.getmembers(cls):
        if name.startswith("_"):
            continue
        owner = next((k for k in cls.__mro__ if name in vars(k)), None)
        if owner is None or not owner.__module__.startswith("gorgias_async"):
            continue
        raw = vars(owner)[name]
        if isinstance(raw, property | staticmethod | classmethod) or inspect.isfunction(raw):
            found.append(name)
    return found


def test_every_public_class_function_and_method_is_in_the_reference(site):
    documented = inventory(site)
    by_tail: dict[str, list[str]] = {}
    for path in documented:
        by_tail.setdefault(path.rsplit(".", 1)[-1], []).append(path)
    missing = []
    for module_name in PUBLIC:
        assert module_name in documented, f"no page documents {module_name}"
        for name, value in public_names(module_name):
            if not (inspect.isclass(value) or inspect.isfunction(value)):
                continue
            # An alias (``TicketTag = Tag``) is documented under its class's name.
            shown = {name, getattr(value, "__name__", name)}
            homes = [
                p for tail in shown for p in by_tail.get(tail, []) if p.startswith("gorgias_async")
            ]
            if not homes:
                missing.append(f"{module_name}.{name}")
                continue
            if inspect.isclass(value):
                for method in own_methods(value):
                    if not any(f"{home}.{method}" in documented for home in homes):
                        missing.append(f"{module_name}.{name}.{method}")
    assert not missing, f"{len(missing)} public objects are not in the reference: {missing}"


def test_generated_parts_are_on_their_pages(site):
    errors = (site / "reference" / "errors" / "index.html").read_text()
    assert "├── APIError" in errors
    assert "CursorExpiredError" in errors
    cli = (site / "cli" / "index.html").read_text()
    assert "usage: gorgias-async export" in cli
    assert "GORGIAS_API_KEY" in cli
    budget = (site / "guides" / "rate-budget" / "index.html").read_text()
    assert "<svg" in budget
    assert "naive loop" in budget
