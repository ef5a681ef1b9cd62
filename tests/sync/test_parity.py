"""Every async method has a blocking twin with the same parameters; the generated file is
fresh."""

from __future__ import annotations

import importlib.util
import inspect
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from gorgias_async import AsyncGorgias, Gorgias
from gorgias_async.resources import Service, ServiceAttributes

ROOT = Path(__file__).resolve().parent.parent.parent
CREDENTIALS: dict[str, Any] = {
    "base_url": "http://127.0.0.1:9/api",
    "username": "u@x.org",
    "api_key": "k",
}
# Client methods whose twin has another name.
RENAMED = {"aclose": "close", "__aenter__": "__enter__", "__aexit__": "__exit__"}


def public_methods(obj: Any) -> dict[str, Any]:
    """Bound public methods of ``obj`` (``__call__`` of a callable service included)."""
    methods = {}
    for name in dir(type(obj)):
        if name.startswith("_") and name != "__call__":
            continue
        if isinstance(inspect.getattr_static(obj, name), property):
            continue
        value = getattr(obj, name)
        if inspect.ismethod(value):
            methods[name] = value
    return methods


def services(root: Any, prefix: str = "") -> Iterator[tuple[str, Any]]:
    """``(dotted path, service)`` for every service of ``root``, sub-services included."""
    for name, value in vars(root).items():
        if not name.startswith("_") and isinstance(value, Service):
            path = f"{prefix}{name}"
            yield path, value
            yield from services(value, path + ".")


def resolve(root: Any, path: str) -> Any:
    for part in path.split("."):
        root = getattr(root, part)
    return root


def shape(function: Any) -> list[tuple[str, Any, Any]]:
    """Names, kinds and defaults of the parameters."""
    signature = inspect.signature(function, eval_str=False)
    return [(p.name, p.kind, p.default) for p in signature.parameters.values()]


@pytest.fixture(scope="module")
def pair() -> Iterator[tuple[AsyncGorgias, Gorgias]]:
    sync = Gorgias(**CREDENTIALS)
    yield AsyncGorgias(**CREDENTIALS), sync
    sync.close()


def service_methods() -> list[tuple[str, str]]:
    client = AsyncGorgias(**CREDENTIALS)
    return [(path, name) for path, service in services(client) for name in public_methods(service)]


class TestParity:
    """The blocking facade mirrors the async client name for name."""

    def test_every_service_is_enumerated(self) -> None:
        paths = {path for path, _ in services(AsyncGorgias(**CREDENTIALS))}
        assert set(ServiceAttributes.__annotations__) <= paths
        assert {"voice_calls.events", "voice_calls.recordings", "search"} <= paths
        assert ("search", "__call__") in service_methods()
        assert len(service_methods()) > 150

    @pytest.mark.parametrize(("path", "name"), service_methods())
    def test_service_method(self, pair: tuple[AsyncGorgias, Gorgias], path: str, name: str) -> None:
        async_client, sync_client = pair
        async_method = getattr(resolve(async_client, path), name)
        sync_method = getattr(resolve(sync_client, path), name)
        assert shape(sync_method) == shape(async_method)
        assert not inspect.iscoroutinefunction(sync_method)
        assert sync_method.__doc__
        returns = inspect.signature(async_method, eval_str=False).return_annotation
        sync_returns = inspect.signature(sync_method, eval_str=False).return_annotation
        if returns.startswith("AsyncIterator["):
            assert sync_returns.startswith("SyncIterator[")
        if "Page[" in returns:
            assert "SyncPage[" in sync_returns

    def test_no_extra_service_methods(self, pair: tuple[AsyncGorgias, Gorgias]) -> None:
        async_client, sync_client = pair
        for path, service in services(async_client):
            assert set(public_methods(resolve(sync_client, path))) == set(
                public_methods(service)
            ), path

    def test_client_methods(self, pair: tuple[AsyncGorgias, Gorgias]) -> None:
        async_client, sync_client = pair
        names = set(public_methods(async_client)) | {"__aenter__", "__aexit__"}
        assert {"request", "request_raw", "check_connection", "walk", "with_options"} <= names
        for name in names:
            twin = getattr(sync_client, RENAMED.get(name, name))
            assert shape(twin) == shape(getattr(async_client, name)), name
            assert not inspect.iscoroutinefunction(twin), name
            assert twin.__doc__ or name.startswith("__"), name

    def test_properties(self) -> None:
        for name in ("base_url", "max_concurrency", "rate_limit", "stats"):
            assert isinstance(inspect.getattr_static(AsyncGorgias, name), property)
            assert isinstance(inspect.getattr_static(Gorgias, name), property)
            assert inspect.getattr_static(Gorgias, name).__doc__

    def test_constructor(self) -> None:
        assert shape(Gorgias) == shape(AsyncGorgias)
        sync_client = Gorgias("acme", username="u@x.org", api_key="k")
        assert sync_client.base_url == "https://acme.gorgias.com/api"
        assert sync_client.rate_limit is not None
        assert sync_client.rate_limit.capacity == 40
        sync_client.close()
        with pytest.raises(ValueError, match="credentials"):
            Gorgias("acme")


def load_generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gen_sync", ROOT / "tools" / "gen_sync.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class TestGenerated:
    """``tools/gen_sync.py --check`` passes now and fails on a stale file."""

    def test_check_passes(self) -> None:
        done = subprocess.run(
            [sys.executable, "tools/gen_sync.py", "--check"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert done.returncode == 0, done.stderr

    def test_check_fails_when_stale(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        generator = load_generator()
        stale = tmp_path / "_generated.py"
        stale.write_text((ROOT / "gorgias_async" / "_sync" / "_generated.py").read_text() + "# x\n")
        monkeypatch.setattr(generator, "TARGET", stale)
        assert generator.main(["--check"]) == 1
        assert "stale" in capsys.readouterr().err
        assert generator.main([]) == 0  # rewrites it
        assert generator.main(["--check"]) == 0
