"""The package's import graph, read from the source with ``ast``: layers import downward,
no module imports its way back to itself, and aiohttp has one room on the client side.

Every ``import`` statement counts, at module level or inside a function (a deferred
import is still a dependency); those under ``if TYPE_CHECKING:`` do not: they exist for
the type checker only and run never. The fake server (``gorgias_async.testing``) is the
server side: it has its own aiohttp, and imports only the client's foundations.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest

PACKAGE = "gorgias_async"
ROOT = Path(__file__).resolve().parent.parent / PACKAGE

#: Bottom to top: a module may import from its own layer and the layers below. The
#: package's ``__init__`` is the facade over all of them and is not placed.
LAYERS: tuple[tuple[str, ...], ...] = (
    ("_version", "_lazy", "_json", "_datetime", "_redact", "_validate", "_params", "errors"),
    ("_http", "_retry", "_ratelimit", "_concurrency", "_config", "_files", "_shape"),
    ("_aiohttp",),
    ("auth",),
    ("_transport",),
    ("_pagination", "models", "_journal", "bulk", "_checkpoint"),
    ("_watch",),
    ("resources",),
    ("client",),
    ("_sync", "sync"),
    ("export", "provision", "webhooks"),
    ("cli", "__main__", "dlt"),
)
#: What the fake server may import of the client: its foundations.
TESTING_MAY_IMPORT = frozenset(LAYERS[0] + LAYERS[1])


@attrs.frozen
class Edge:
    """``source`` imports ``target`` (both dotted module names) at ``line``."""

    source: str
    target: str
    line: int
    names: tuple[str, ...]  # the names taken from ``target`` (``from x import a, b``)


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def is_package(name: str) -> bool:
    return (ROOT.parent / Path(*name.split(".")) / "__init__.py").exists()


def exists(name: str) -> bool:
    path = ROOT.parent / Path(*name.split("."))
    return path.with_suffix(".py").exists() or (path / "__init__.py").exists()


def _type_checking(node: ast.If) -> bool:
    return ast.unparse(node.test) in ("TYPE_CHECKING", "typing.TYPE_CHECKING")


def _imports(tree: ast.AST) -> Iterator[ast.Import | ast.ImportFrom]:
    """Every import statement, but those under ``if TYPE_CHECKING:``."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.If) and _type_checking(node):
            yield from (n for orelse in node.orelse for n in _imports_of(orelse))
            continue
        yield from _imports_of(node)


def _imports_of(node: ast.AST) -> Iterator[ast.Import | ast.ImportFrom]:
    if isinstance(node, ast.Import | ast.ImportFrom):
        yield node
    else:
        yield from _imports(node)


def edges() -> list[Edge]:
    """Every runtime import of a module of the package, and of aiohttp, by every module."""
    found: list[Edge] = []
    for path in sorted(ROOT.rglob("*.py")):
        source = module_name(path)
        package = source if path.name == "__init__.py" else source.rpartition(".")[0]
        for node in _imports(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.Import):
                for alias in node.names:
                    found.append(Edge(source, alias.name, node.lineno, ()))
                continue
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, *([base] if base else [])])
            names = tuple(alias.name for alias in node.names)
            submodules = [n for n in names if exists(f"{base}.{n}")]
            found += [Edge(source, f"{base}.{n}", node.lineno, ()) for n in submodules]
            others = tuple(n for n in names if n not in submodules)
            if others or not submodules:
                found.append(Edge(source, base, node.lineno, others))
    return found


def inside(name: str) -> bool:
    return name == PACKAGE or name.startswith(PACKAGE + ".")


def top(name: str) -> str:
    """The top-level part of the package a module belongs to (``resources``, ``cli``…)."""
    return name.split(".")[1] if name.count(".") else ""


def layer(name: str) -> int:
    for index, members in enumerate(LAYERS):
        if top(name) in members:
            return index
    raise AssertionError(f"{name} is in no layer: place it in LAYERS")


EDGES = edges()
INTERNAL = [e for e in EDGES if inside(e.source) and inside(e.target) and e.source != e.target]


def test_the_graph_is_read() -> None:
    """The reader sees the imports the package is known to have."""
    pairs = {(e.source, e.target) for e in INTERNAL}
    assert ("gorgias_async._transport", "gorgias_async._aiohttp") in pairs
    assert ("gorgias_async.resources._catalog", "gorgias_async.resources.tickets") in pairs
    assert ("gorgias_async.sync", "gorgias_async._sync._generated") in pairs
    # a deferred import inside a function counts; one for the type checker does not
    assert ("gorgias_async.resources._bulk", "gorgias_async.bulk") in pairs
    assert ("gorgias_async.provision", "gorgias_async.cli.spec") not in pairs


def test_no_import_circle() -> None:
    graph: dict[str, set[str]] = {}
    for edge in INTERNAL:
        graph.setdefault(edge.source, set()).add(edge.target)
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    circles: list[list[str]] = []

    def visit(name: str, path: list[str]) -> None:
        state[name] = 1
        for target in sorted(graph.get(name, ())):
            if state.get(target) == 1:
                circles.append([*path[path.index(target) :], target])
            elif target not in state:
                visit(target, [*path, target])
        state[name] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name, [name])
    assert circles == []


def test_no_module_imports_from_the_package_it_is_in() -> None:
    """A module takes names from its own package's (or an ancestor's) ``__init__`` never:
    the facade imports the modules, not the other way round (a ``__main__`` runs it)."""
    upward = [
        edge
        for edge in INTERNAL
        if is_package(edge.target)
        and edge.names
        and edge.source.startswith(edge.target + ".")
        and not edge.source.endswith(".__main__")
    ]
    assert upward == []


def test_layers_import_downward() -> None:
    """The client's parts import their own layer and the ones below (:data:`LAYERS`)."""
    client_side = [e for e in INTERNAL if top(e.source) and top(e.source) != "testing"]
    upward = [
        f"{e.source}:{e.line} imports {e.target}"
        for e in client_side
        if top(e.target) and top(e.target) != "testing" and layer(e.target) > layer(e.source)
    ]
    assert upward == []


def test_the_fake_server_imports_only_the_foundations() -> None:
    reached = {
        top(e.target)
        for e in INTERNAL
        if top(e.source) == "testing" and top(e.target) not in ("", "testing")
    }
    assert reached <= TESTING_MAY_IMPORT


@pytest.mark.parametrize("library", ["aiohttp"])
def test_aiohttp_has_one_room_on_the_client_side(library: str) -> None:
    """Counting every import, those for the type checker too."""
    importers = set()
    for path in sorted(ROOT.rglob("*.py")):
        if module_name(path).startswith(f"{PACKAGE}.testing"):
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
            if isinstance(node, ast.ImportFrom) and not node.level:
                names = [node.module or ""]
            if any(n == library or n.startswith(library + ".") for n in names):
                importers.add(module_name(path))
    # the webhook receiver serves (aiohttp.web), like the fake: the server side
    server_side = {"gorgias_async.webhooks._aiohttp", "gorgias_async.webhooks._receiver"}
    assert importers - server_side == {"gorgias_async._aiohttp"}
