"""Generate the services from the catalog, and their blocking twins.

    python tools/gen_sync.py          # (re)write the generated modules
    python tools/gen_sync.py --check  # exit 1 if one is stale (CI)

Two modules, each rendered in a fresh interpreter and formatted with ruff:

1. ``gorgias_async/resources/_generated.py``, from the catalog
   (``gorgias_async/resources/_catalog.py``: one row per service): each service's class,
   filters and typed lists — see ``tools/_gen_resources.py``;
2. ``gorgias_async/_sync/_generated.py``, the blocking twins of every async service,
   rendered from the classes of (1) once it is written.

For (2), the generator introspects the service classes named by
:class:`gorgias_async.resources.ServiceAttributes` (and the services they hang off
themselves, such as ``voice_calls.events``) plus the coroutine methods of
:class:`gorgias_async.AsyncGorgias`, and emits one ``Sync…`` class per service class
whose methods have the same names, parameters, defaults and docstrings. Annotations are
kept as written in the source (``inspect.signature(..., eval_str=False)`` under
``from __future__ import annotations``) except for three renames:

* ``async def f(...) -> Page[X]`` becomes ``def f(...) -> SyncPage[X]``;
* ``def f(...) -> AsyncIterator[X]`` becomes ``def f(...) -> SyncIterator[X]`` (an
  ``Iterator[X]``), and ``AsyncIterator[Page[X]]`` becomes ``SyncIterator[SyncPage[X]]``;
* every other ``async def f(...) -> R`` becomes ``def f(...) -> R``;
* a type variable of a generic base (``M`` of ``Resource[M]``, in methods the base
  defines, such as ``bulk_create``) becomes the type the service binds it to
  (``Tickets(Resource[Ticket])`` → ``Ticket``).

Each generated method delegates to the client's runner
(:class:`gorgias_async._sync._iterators.Runner`: ``run``, ``run_page``, ``iterate``,
``iterate_items``, ``iterate_pages``), which runs the async method on the client's
private event loop. The names used by the annotations are
imported under ``TYPE_CHECKING`` from the module that defines them, so the generated
module imports nothing of the package at run time. The output goes through
``ruff check --select I --fix`` and ``ruff format`` so it is lint- and format-clean.
"""

from __future__ import annotations

import argparse
import ast
import builtins
import importlib
import inspect
import subprocess
import sys
import types
import typing
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "gorgias_async" / "_sync" / "_generated.py"
#: The package of the generated module, which its relative imports start from.
TARGET_PACKAGE = "gorgias_async._sync"
PACKAGE = "gorgias_async"

# Client methods written by hand in gorgias_async/sync.py (they are not plain
# "run this coroutine" calls); any other non-coroutine public method is an error.
CLIENT_MANUAL = {"aclose", "with_options", "walk", "paginate"}
RENAMES = {"Page": "SyncPage", "AsyncIterator": "SyncIterator"}
RESOURCES_TARGET = ROOT / "gorgias_async" / "resources" / "_generated.py"


class GenerationError(RuntimeError):
    """The sources have a shape the generator does not know how to translate."""


# -- name resolution -------------------------------------------------------------------


def annotation_namespace(module: types.ModuleType) -> dict[str, Any]:
    """The names annotations of ``module`` may use: its globals, plus what it imports
    only ``if TYPE_CHECKING:`` (modules that keep an import off the import-time path)."""
    namespace = dict(vars(module))
    tree = ast.parse(inspect.getsource(module))
    for node in tree.body:
        if isinstance(node, ast.If) and ast.unparse(node.test) in (
            "TYPE_CHECKING",
            "typing.TYPE_CHECKING",
        ):
            imports = [n for n in node.body if isinstance(n, ast.Import | ast.ImportFrom)]
            scope: dict[str, Any] = {
                "__name__": module.__name__,
                "__package__": module.__package__,
            }
            exec(compile(ast.Module(imports, []), module.__name__, "exec"), scope)
            namespace.update({k: v for k, v in scope.items() if not k.startswith("__")})
    return namespace


def _defines(module: types.ModuleType, name: str) -> bool:
    """Whether ``module``'s source binds ``name`` at top level (not by an import)."""
    try:
        tree = ast.parse(inspect.getsource(module))
    except (OSError, TypeError):
        return False
    for node in tree.body:
        if isinstance(node, ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            if node.name == name:
                return True
        elif isinstance(node, ast.Assign):
            if any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
                return True
        elif (
            isinstance(node, ast.AnnAssign)
            and isinstance(node.target, ast.Name)
            and node.target.id == name
        ):
            return True
    return False


def _home(name: str, obj: Any) -> str:
    """The module to import ``obj`` from under the name ``name``."""
    module_name = getattr(obj, "__module__", None)
    if isinstance(module_name, str):
        module = sys.modules.get(module_name)
        if module is not None and getattr(module, name, None) is obj:
            return module_name
    for module_name, module in sorted(sys.modules.items()):
        if module_name != PACKAGE and not module_name.startswith(PACKAGE + "."):
            continue
        if getattr(module, name, None) is obj and _defines(module, name):
            return module_name
    raise GenerationError(f"cannot find the module that defines {name!r}")


class Imports:
    """The names the generated annotations need, by home module (``package``: where the
    generated module lives, which its relative imports start from)."""

    def __init__(self, package: str = TARGET_PACKAGE) -> None:
        self.package = package
        self.names: dict[str, tuple[str, Any]] = {}  # name -> (module, object)
        self.modules: set[str] = set()
        self.runtime: set[str] = set()  # names needed at run time (base classes)

    def need(self, name: str, namespace: dict[str, Any]) -> None:
        """Record that ``name`` (as bound in ``namespace``) is used by an annotation."""
        if name in RENAMES.values() or name == "None":
            return
        if name in namespace:
            obj = namespace[name]
        elif hasattr(builtins, name):
            return
        else:
            raise GenerationError(f"annotation name {name!r} is not defined in its module")
        if isinstance(obj, types.ModuleType):
            if obj.__name__ != name:
                raise GenerationError(f"aliased module import {name!r} is not supported")
            self.modules.add(name)
            return
        home = _home(name, obj)
        known = self.names.get(name)
        if known is not None and known[1] is not obj:
            raise GenerationError(f"two different objects are both named {name!r}")
        self.names[name] = (home, obj)

    def render(self, runtime: bool) -> list[str]:
        """Import lines: those needed at run time, or the ``TYPE_CHECKING`` ones."""
        by_module: dict[str, list[str]] = {}
        for name, (home, _) in self.names.items():
            if (name in self.runtime) == runtime:
                by_module.setdefault(home, []).append(name)
        lines = [] if runtime else [f"import {module}" for module in sorted(self.modules)]
        for home, names in sorted(by_module.items()):
            lines.append(f"from {_relative(home, self.package)} import {', '.join(sorted(names))}")
        return lines


def _relative(module: str, package: str = TARGET_PACKAGE) -> str:
    """``module`` as the generated module imports it (relative inside the package)."""
    if module != PACKAGE and not module.startswith(PACKAGE + "."):
        return module
    here, there = package.split("."), module.split(".")
    common = 0
    while common < min(len(here), len(there)) and here[common] == there[common]:
        common += 1
    return "." * (len(here) - common + 1) + ".".join(there[common:])


# -- annotations and signatures --------------------------------------------------------


def _translate(
    annotation: str,
    namespace: dict[str, Any],
    imports: Imports,
    bound: Mapping[str, type] | None = None,
    renames: Mapping[str, str] = RENAMES,
) -> str:
    """``annotation`` with ``renames`` and the ``bound`` type variables applied;
    records the names it uses."""
    tree = ast.parse(annotation, mode="eval")
    bound = bound or {}

    class Rename(ast.NodeTransformer):
        def visit_Name(self, node: ast.Name) -> ast.AST:
            if node.id in bound:
                concrete = bound[node.id]
                imports.need(concrete.__name__, {concrete.__name__: concrete})
                return ast.copy_location(ast.Name(concrete.__name__, node.ctx), node)
            if node.id in renames:
                return ast.copy_location(ast.Name(renames[node.id], node.ctx), node)
            imports.need(node.id, namespace)
            return node

    return ast.unparse(Rename().visit(tree))


def _head(annotation: str) -> tuple[str | None, str | None]:
    """The outer name of ``X[...]`` and the outer name of its first argument."""
    node = ast.parse(annotation, mode="eval").body
    if not isinstance(node, ast.Subscript) or not isinstance(node.value, ast.Name):
        return (node.id if isinstance(node, ast.Name) else None), None
    inner = node.slice
    if isinstance(inner, ast.Subscript) and isinstance(inner.value, ast.Name):
        return node.value.id, inner.value.id
    return node.value.id, None


def _default(value: Any, where: str) -> str:
    text = repr(value)
    try:
        same = ast.literal_eval(text) == value
    except ValueError:
        same = False
    if not same:
        raise GenerationError(f"{where}: default {value!r} cannot be written as a literal")
    return text


def _walks_pages(fetch_all: Callable[..., Any], siblings: dict[str, Callable[..., Any]]) -> bool:
    """Whether ``fetch_all`` is ``fetch_pages`` plus ``max_items`` (same parameters)."""
    fetch_pages = siblings.get("fetch_pages")
    if fetch_pages is None:
        return False
    every = inspect.signature(fetch_all, eval_str=False).parameters
    pages = inspect.signature(fetch_pages, eval_str=False).parameters
    if "max_items" not in every or every["max_items"].kind is not inspect.Parameter.KEYWORD_ONLY:
        return False
    rest = {name: p for name, p in every.items() if name != "max_items"}
    return list(rest.values()) == list(pages.values())


def signature_parts(
    function: Callable[..., Any],
    where: str,
    imports: Imports,
    bound: Mapping[str, type] | None = None,
    renames: Mapping[str, str] = RENAMES,
) -> tuple[list[str], list[str], str]:
    """``function``'s parameters as source (markers ``/`` and ``*`` included, ``self``
    left out), the arguments that pass them on, and its return annotation — with
    ``renames`` and ``bound`` applied, the names they use recorded in ``imports``."""
    namespace = annotation_namespace(sys.modules[function.__module__])
    signature = inspect.signature(function, eval_str=False)
    params: list[str] = []
    call: list[str] = []
    seen_keyword_marker = False
    previous_kind = None
    for param in list(signature.parameters.values())[1:]:  # drop self
        kind = param.kind
        if previous_kind is inspect.Parameter.POSITIONAL_ONLY and kind is not kind.POSITIONAL_ONLY:
            params.append("/")
        if kind is kind.KEYWORD_ONLY and not seen_keyword_marker:
            params.append("*")
            seen_keyword_marker = True
        text = param.name
        if kind is kind.VAR_POSITIONAL:
            text, seen_keyword_marker = f"*{param.name}", True
        elif kind is kind.VAR_KEYWORD:
            text = f"**{param.name}"
        if param.annotation is not param.empty:
            if not isinstance(param.annotation, str):
                raise GenerationError(f"{where}: annotations must be strings (future import)")
            text += f": {_translate(param.annotation, namespace, imports, bound, renames)}"
        if param.default is not param.empty:
            equals = " = " if param.annotation is not param.empty else "="
            text += equals + _default(param.default, where)
        params.append(text)
        previous_kind = kind
        if kind in (kind.POSITIONAL_ONLY, kind.POSITIONAL_OR_KEYWORD):
            call.append(param.name)
        elif kind is kind.VAR_POSITIONAL:
            call.append(f"*{param.name}")
        elif kind is kind.KEYWORD_ONLY:
            call.append(f"{param.name}={param.name}")
        else:
            call.append(f"**{param.name}")
    if previous_kind is inspect.Parameter.POSITIONAL_ONLY:
        params.append("/")
    returns = signature.return_annotation
    if returns is signature.empty or not isinstance(returns, str):
        raise GenerationError(f"{where}: a return annotation (as a string) is required")
    return params, call, _translate(returns, namespace, imports, bound, renames)


def _method(
    name: str,
    function: Callable[..., Any],
    owner: str,
    imports: Imports,
    siblings: dict[str, Callable[..., Any]],
    bound: Mapping[str, type] | None = None,
) -> str:
    """The source of the blocking twin of ``function`` (``siblings``: its class's;
    ``bound``: the type variables its class binds)."""
    where = f"{owner}.{name}"
    params, call, translated = signature_parts(function, where, imports, bound)
    returns = inspect.signature(function, eval_str=False).return_annotation
    outer, inner = _head(returns)
    target = "self._target" if name == "__call__" else f"self._target.{name}"
    if inspect.iscoroutinefunction(function):
        runner = "run_page" if outer == "Page" else "run"
    elif name == "fetch_all" and _walks_pages(function, siblings):
        # One hop per page: the items of fetch_pages(...) with the same arguments.
        runner, target = "iterate_items", "self._target.fetch_pages"
        call = ["max_items", *[c for c in call if c != "max_items=max_items"]]
    elif outer == "AsyncIterator":
        runner = "iterate_pages" if inner == "Page" else "iterate"
    else:
        raise GenerationError(f"{where}: public methods must be async or return AsyncIterator")
    doc = inspect.cleandoc(function.__doc__ or f"Blocking :meth:`{where}`.")
    if '"""' in doc or "\\" in doc:
        raise GenerationError(f"{where}: the docstring needs escaping; simplify it")
    doc_lines = doc.splitlines()
    body_doc = (
        doc_lines[0]
        if len(doc_lines) == 1
        else "\n".join(
            [
                doc_lines[0],
                *[f"        {line}" if line else "" for line in doc_lines[1:]],
                "        ",
            ]
        )
    )
    arguments = ", ".join([target, *call])
    return (
        f"    def {name}({', '.join(['self', *params])}) -> "
        f"{translated}:\n"
        f'        """{body_doc}"""\n'
        f"        return self._runner.{runner}({arguments})\n"
    )


# -- classes ---------------------------------------------------------------------------


def _public_methods(cls: type) -> dict[str, Callable[..., Any]]:
    """Public functions of ``cls`` (``__call__`` included), base classes' first."""
    found: dict[str, Callable[..., Any]] = {}
    for klass in reversed(cls.__mro__):
        if klass is object:
            continue
        for name, value in vars(klass).items():
            if not isinstance(value, types.FunctionType):
                continue
            if name.startswith("_") and name != "__call__":
                continue
            found[name] = value
    return found


def _bound(cls: type) -> dict[str, type]:
    """Type variables ``cls``'s generic bases bind: ``Resource[Ticket]`` → ``{"M": Ticket}``."""
    bound: dict[str, type] = {}
    for klass in cls.__mro__:
        for base in vars(klass).get("__orig_bases__", ()):
            parameters = getattr(typing.get_origin(base), "__parameters__", ())
            for variable, value in zip(parameters, typing.get_args(base), strict=False):
                if isinstance(value, type):
                    bound.setdefault(variable.__name__, value)
    return bound


def _sub_services(cls: type, service_base: type) -> dict[str, type]:
    """Services a service creates as attributes of itself (``voice_calls.events``)."""
    instance = cls(object())
    return {
        name: type(value)
        for name, value in vars(instance).items()
        if not name.startswith("_") and isinstance(value, service_base)
    }


def _service_class(cls: type, service_base: type, imports: Imports, done: dict[str, str]) -> None:
    if cls.__name__ in done:
        return
    children = _sub_services(cls, service_base)
    for child in children.values():
        _service_class(child, service_base, imports, done)
    imports.need(cls.__name__, vars(sys.modules[cls.__module__]))
    imports.runtime.add(cls.__name__)
    summary = (inspect.cleandoc(cls.__doc__ or "").splitlines() or [""])[0]
    public = f"{PACKAGE}.resources"
    path = public if getattr(sys.modules[public], cls.__name__, None) is cls else cls.__module__
    lines = [
        f"class Sync{cls.__name__}(_SyncService[{cls.__name__}]):",
        f'    """Blocking twin of :class:`~{path}.{cls.__name__}`.',
        "",
        f"    {summary}",
        '    """',
        "",
    ]
    if children:
        for name, child in children.items():
            lines.append(f"    {name}: Sync{child.__name__}")
        lines += [
            "",
            f"    def __init__(self, runner: Runner, locate: Callable[[AsyncGorgias], "
            f"{cls.__name__}]) -> None:",
            "        super().__init__(runner, locate)",
        ]
        for name, child in children.items():
            lines.append(
                f"        self.{name} = Sync{child.__name__}(runner, "
                f"lambda client: locate(client).{name})"
            )
        lines.append("")
    methods = _public_methods(cls)
    for name, function in methods.items():
        lines.append(_method(name, function, cls.__name__, imports, methods, _bound(cls)))
    done[cls.__name__] = "\n".join(lines)


def _client_class(client_cls: type, imports: Imports) -> str:
    lines = [
        "class SyncClientMethods(_SyncService[AsyncGorgias]):",
        '    """The blocking twins of :class:`~gorgias_async.AsyncGorgias`\' own calls."""',
        "",
    ]
    methods = _public_methods(client_cls)
    for name, function in methods.items():
        if name in CLIENT_MANUAL:
            continue
        if not inspect.iscoroutinefunction(function):
            raise GenerationError(
                f"AsyncGorgias.{name} is not a coroutine: write its twin in sync.py and add "
                "it to CLIENT_MANUAL"
            )
        lines.append(_method(name, function, client_cls.__name__, imports, methods))
    return "\n".join(lines)


HEADER = '''\
"""The blocking services of :class:`~gorgias_async.Gorgias` — GENERATED, do not edit.

Written by ``python tools/gen_sync.py`` from the async services (``--check`` in CI fails
when this file is stale). Each method has the same name, parameters and defaults as its
async twin and runs it on the client's private event loop through the client's
:class:`~gorgias_async._sync._iterators.Runner`; async iterators become
:class:`~gorgias_async.sync.SyncIterator` and pages :class:`~gorgias_async.sync.SyncPage`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Generic, TypeVar

{runtime_imports}

if TYPE_CHECKING:
{imports}

S = TypeVar("S")


class _SyncService(Generic[S]):
    """Base of the generated classes: the client's runner and where the async twin lives.

    ``locate`` finds the async service on the runner's current :class:`AsyncGorgias`
    (a fresh one after ``os.fork()``), so a service object stays valid for the life of
    its client.
    """

    def __init__(self, runner: Runner, locate: Callable[[AsyncGorgias], S]) -> None:
        self._runner = runner
        self._locate = locate

    @property
    def _target(self) -> S:
        return self._locate(self._runner.client)

    def __repr__(self) -> str:
        return f"<{{type(self).__name__}}>"
'''


def render_sync() -> str:
    """The source of the blocking twins (not yet formatted)."""
    sys.path.insert(0, str(ROOT))
    resources = importlib.import_module(f"{PACKAGE}.resources")
    client_module = importlib.import_module(f"{PACKAGE}.client")
    service_base: type = resources.Service
    imports = Imports()
    imports.need("Callable", {"Callable": Callable})
    imports.need("AsyncGorgias", vars(client_module))
    imports.runtime.add("AsyncGorgias")
    # The runner and what it returns: seeded (the generated annotations name them).
    for name in ("Runner", "SyncIterator", "SyncPage"):
        imports.names[name] = (f"{PACKAGE}._sync._iterators", name)

    attributes: dict[str, type] = {}
    for name, annotation in resources.ServiceAttributes.__annotations__.items():
        cls = getattr(resources, annotation, None)
        if not isinstance(cls, type) or not issubclass(cls, service_base):
            raise GenerationError(f"ServiceAttributes.{name}: {annotation!r} is not a service")
        attributes[name] = cls

    classes: dict[str, str] = {}
    for cls in attributes.values():
        _service_class(cls, service_base, imports, classes)
    client_source = _client_class(client_module.AsyncGorgias, imports)

    holder = [
        "class SyncServiceAttributes:",
        '    """The blocking services of :class:`~gorgias_async.Gorgias`, as typed attributes."""',
        "",
        *[f"    {name}: Sync{cls.__name__}" for name, cls in attributes.items()],
        "",
        "    def _attach_sync_services(self, runner: Runner) -> None:",
        *[
            f"        self.{name} = Sync{cls.__name__}(runner, lambda client: client.{name})"
            for name, cls in attributes.items()
        ],
    ]
    source = "\n\n\n".join(
        [
            HEADER.format(
                runtime_imports="\n".join(imports.render(runtime=True)),
                imports="\n".join(f"    {line}" for line in imports.render(runtime=False)),
            ).rstrip(),
            *classes.values(),
            client_source,
            "\n".join(holder),
        ]
    )
    return source + "\n"


def _ruff(source: str, target: Path) -> str:
    name = str(target.relative_to(ROOT)) if target.is_relative_to(ROOT) else target.name
    steps = [  # the name gives ruff its configuration; unused imports and order are fixed
        ["check", "--fix", "--select", "I,F401", "--quiet", "--stdin-filename", name, "-"],
        ["format", "--quiet", "--stdin-filename", name, "-"],
    ]
    for step in steps:
        done = subprocess.run(
            [sys.executable, "-m", "ruff", *step],
            input=source,
            capture_output=True,
            text=True,
            cwd=ROOT,
            check=False,
        )
        if done.returncode != 0:
            raise GenerationError(f"ruff {step[0]} failed:\n{done.stderr}{done.stdout}")
        source = done.stdout
    return source


def _render(kind: str) -> str:
    """The source of one output, rendered in a fresh interpreter: the modules it imports
    are those on disk now, whatever this process imported before."""
    done = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--render", kind],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    if done.returncode != 0:
        raise GenerationError(f"rendering {kind} failed:\n{done.stderr}")
    return done.stdout


def _outputs() -> list[tuple[str, Path]]:
    # In this order: the blocking twins are rendered from the services once written.
    return [("resources", RESOURCES_TARGET), ("sync", TARGET)]


def main(argv: list[str] | None = None) -> int:
    """Write the generated modules, or with ``--check`` compare them to the files."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if a file is stale")
    parser.add_argument("--render", choices=("resources", "sync"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.render:
        sys.stdout.write(render_resources() if args.render == "resources" else render_sync())
        return 0
    stale = 0
    for kind, target in _outputs():
        source = _ruff(_render(kind), target)
        current = target.read_text() if target.exists() else ""
        shown = target.relative_to(ROOT) if target.is_relative_to(ROOT) else target
        if args.check:
            if current != source:
                print(f"{shown} is stale: run `python tools/gen_sync.py`", file=sys.stderr)
                stale += 1
            else:
                print(f"{shown} is up to date")
        elif current != source:
            target.write_text(source)
            print(f"wrote {shown}")
        else:
            print(f"{shown} unchanged")
    return 1 if stale else 0


def render_resources() -> str:
    """The source of the services module (see ``tools/_gen_resources.py``)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _gen_resources import render

    return render()


if __name__ == "__main__":
    sys.exit(main())
