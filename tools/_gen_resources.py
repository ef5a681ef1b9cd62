"""Render ``gorgias_async/resources/_generated.py`` from the catalog (for ``gen_sync.py``).

For each row of :data:`gorgias_async.resources._catalog.CATALOG` with a list endpoint:
its ``order_by`` ``Literal``, its filters' ``TypedDict`` and its class — the row's
hand-written methods first, then bulk writes (when it writes) and the standard verbs it
names, its class attributes, and typed ``list`` / ``fetch_pages`` / ``fetch_all`` that
delegate to :class:`~gorgias_async.resources._base.Resource`. Then the client's typed
service attributes and the types of ``walk``.

The catalog is loaded with the package's ``__init__`` modules left out (empty stand-ins
take their place), so a stale or missing generated module, which they import, can never
stop its own regeneration.
"""

from __future__ import annotations

import importlib
import inspect
import sys
import types
import typing
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "gorgias_async"

#: Where the names an annotation may use come from.
TYPING_HOMES = {
    "Sequence": "collections.abc",
    "Mapping": "collections.abc",
    "datetime": "datetime",
    "Literal": "typing",
    "Required": "typing",
}

HEADER = '''\
"""The client's services, as the catalog declares them — GENERATED, do not edit.

Written by ``python tools/gen_sync.py`` from :mod:`gorgias_async.resources._catalog`
(``--check`` in CI fails when this file is stale): for each service with a list, its
``order_by`` values, its filters and its class — the methods of its own module, bulk
writes, the standard verbs its row names, and typed ``list`` / ``fetch_pages`` /
``fetch_all``; then the client's typed service attributes and the types of ``walk``.
"""
'''


def _module(name: str) -> Any:
    return importlib.import_module(f"{PACKAGE}.resources.{name}")


def _plain_class(entry: Any, imports: Any) -> list[str]:
    """The class of a service without a list: its specials, taking the per-call options."""
    doc = entry.specials.__doc__ or f"``client.{entry.attribute}``."
    return [
        f"class {entry.cls}({entry.specials.__name__}):",
        *_docstring(doc),
        *_wrappers(entry.cls, entry.specials, imports),
    ]


def load_catalog() -> types.ModuleType:
    """The catalog module, imported without running the package's ``__init__`` files."""
    sys.path.insert(0, str(ROOT))
    for name in (PACKAGE, f"{PACKAGE}.resources"):
        stand_in = types.ModuleType(name)
        stand_in.__path__ = [str(ROOT.joinpath(*name.split(".")))]
        sys.modules[name] = stand_in
    return importlib.import_module(f"{PACKAGE}.resources._catalog")


def annotation(hint: Any, used: set[str]) -> str:
    """``hint`` as source (``Sequence[int]``, ``Required[Literal['a']]``); records the
    names it needs in ``used``."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin is None:
        if hint is type(None):
            return "None"
        used.add(hint.__name__)
        return str(hint.__name__)
    if origin in (typing.Union, types.UnionType):
        return " | ".join(annotation(arg, used) for arg in args)
    if origin is typing.Literal:
        used.add("Literal")
        return f"Literal[{', '.join(repr(arg) for arg in args)}]"
    name = "Required" if origin is typing.Required else origin.__name__
    used.add(name)
    return f"{name}[{', '.join(annotation(arg, used) for arg in args)}]"


def _lines(text: str, indent: str = "    ") -> list[str]:
    """A docstring's lines, indented (blank lines stay blank)."""
    return [f"{indent}{line}" if line else "" for line in text.splitlines()]


def _docstring(text: str, indent: str = "    ") -> list[str]:
    lines = inspect.cleandoc(text).splitlines()
    if len(lines) == 1:
        return [f'{indent}"""{lines[0]}"""']
    return [f'{indent}"""{lines[0]}', *_lines("\n".join(lines[1:]), indent), f'{indent}"""']


#: The per-call options every public method takes: name, annotation, default.
OPTIONS = (
    ("extra_query", "Query | None", "None"),
    ("extra_headers", "Headers | None", "None"),
    ("extra_body", "Body | None", "None"),
    ("timeout", "float | None", "None"),
    ("max_retries", "int | None", "None"),
    ("debug", "bool", "False"),
)
#: Generated directly (their template takes the options).
LISTS = ("list", "fetch_pages", "fetch_all")


def _with_options(params: list[str]) -> list[str]:
    """``params`` with the per-call options added as keyword-only parameters (before a
    ``**fields``; an option the method declares itself is left to it)."""
    names = {p.lstrip("*").split(":")[0].split("=")[0].strip() for p in params}
    added = [f"{n}: {hint} = {default}" for n, hint, default in OPTIONS if n not in names]
    rest = [p for p in params if p.startswith("**")]
    head = [p for p in params if not p.startswith("**")]
    if not any(p == "*" or (p.startswith("*") and not p.startswith("**")) for p in head):
        head.append("*")
    return [*head, *added, *rest]


def _using() -> str:
    """The service with the options applied (``RequestOptions`` takes them in order)."""
    return f"self._using(RequestOptions({', '.join(name for name, _, _ in OPTIONS)}))"


def _wrappers(cls_name: str, synthetic: type, imports: Any) -> list[str]:
    """Each public method ``synthetic`` inherits, taking the per-call options too."""
    gen_sync = _gen_sync()
    lines: list[str] = []
    bound = gen_sync._bound(synthetic)
    for name, function in gen_sync._public_methods(synthetic).items():
        if name in LISTS:
            continue
        where = f"{cls_name}.{name}"
        params, call, returns = gen_sync.signature_parts(function, where, imports, bound, {})
        own = {n for n, _, _ in OPTIONS} & {c.split("=")[0].lstrip("*") for c in call}
        call = [*call, *[f"{n}={n}" for n, _, _ in OPTIONS if n in own and f"{n}={n}" not in call]]
        target = f"super({cls_name}, {_using()}).{name}({', '.join(call)})"
        doc = function.__doc__ or f"``{name}``."
        if inspect.iscoroutinefunction(function):
            head, body = "async def", f"return await {target}"
        else:
            head, body = "def", f"return {target}"
        lines += [
            "",
            f"    {head} {name}({', '.join(['self', *_with_options(params)])}) -> {returns}:",
            *_docstring(doc, "        "),
            f"        {body}",
        ]
    return lines


def _gen_sync() -> Any:
    sys.path.insert(0, str(ROOT / "tools"))
    return importlib.import_module("gen_sync")


def _order_and_filters(entry: Any, used: set[str]) -> list[str]:
    lines: list[str] = []
    if entry.orders:
        used.add("Literal")
        values = ", ".join(repr(order) for order in entry.orders)
        lines += [f"{entry.cls}Order = Literal[{values}]", "", ""]
    lines += [
        f"class {entry.cls}Filters(TypedDict, total=False):",
        f'    """Filters of ``GET {entry.path}``."""',
        "",
    ]
    if entry.orders:
        lines.append(f"    order_by: {entry.cls}Order")
    lines += [f"    {name}: {annotation(hint, used)}" for name, hint in entry.filters.items()]
    return lines


def _label_prose(labels: tuple[str, ...]) -> str:
    """``the ``name``, else the ``email````."""
    return ", else ".join(f"``{field}``" for field in labels)


def _class(entry: Any, children: list[Any], verbs: dict[str, type], imports: Any) -> list[str]:
    model = entry.model.__name__
    bases = [entry.specials.__name__] if entry.specials is not None else []
    real: list[Any] = [entry.specials] if entry.specials is not None else []
    if entry.writes:
        bases.append(f"BulkWrites[{model}]")
        real.append(_module("_bulk").BulkWrites[entry.model])
    bases += [f"{verbs[verb].__name__}[{model}]" for verb in verbs if verb in entry.verbs]
    real += [verbs[verb][entry.model] for verb in verbs if verb in entry.verbs]
    if not bases:
        bases = [f"Resource[{model}]"]
        real = [_module("_base").Resource[entry.model]]
    synthetic = types.new_class(entry.cls, tuple(real))
    doc = entry.specials.__doc__ if entry.specials is not None and entry.specials.__doc__ else ""
    if not doc:
        names = [f"``.{child.attribute.rsplit('.', 1)[1]}``" for child in children]
        hang = f"; {' and '.join(names)} hang off it" if names else ""
        doc = f"{entry.noun.capitalize()} (``{entry.path}``){hang}."
    required = "".join(f"``{name}`` required; " for name in entry.required)
    filters = f"Unpack[{entry.cls}Filters]"
    options = ", ".join(f"{name}: {hint} = {default}" for name, hint, default in OPTIONS)
    using = _using()
    lines = [
        f"class {entry.cls}({', '.join(bases)}):",
        *_docstring(doc),
        "",
        f"    path = {entry.path!r}",
        f"    model = {model}",
        f"    orders = {tuple(entry.orders)!r}",
        f"    filters = {entry.cls}Filters",
    ]
    if entry.findable:
        lines.append("    findable = True")
    if tuple(entry.labels) != ("name",):
        lines.append(f"    labels = {tuple(entry.labels)!r}")
    if children:
        lines.append("")
        lines += [f"    {child.attribute.rsplit('.', 1)[1]}: {child.cls}" for child in children]
        lines += [
            "",
            "    def __init__(self, requester: Requester) -> None:",
            "        super().__init__(requester)",
            *[
                f"        self.{child.attribute.rsplit('.', 1)[1]} = {child.cls}(requester)"
                for child in children
            ],
        ]
    lines += _wrappers(entry.cls, synthetic, imports)
    lines += f'''
    async def list(
        self,
        *,
        limit: int = {entry.default_limit},
        cursor: str | None = None,
        {options},
        **filters: {filters},
    ) -> Page[{model}]:
        """One page of {entry.noun} ({required}``limit`` 1–100)."""
        return await {using}._list(limit, cursor, filters)

    async def choices(
        self,
        *,
        limit: int = 100,
        cursor: str | None = None,
        {options},
        **filters: {filters},
    ) -> Page[Choice]:
        """One page of ``(id, label)`` pairs of {entry.noun}, for a picklist.

        Label: {_label_prose(entry.labels)}
        (on one line, cut at 80 characters; ``#<id>`` when none is set).
        {required}``limit`` 1–100, any filter of :meth:`list`; ``page.next()`` (or
        ``cursor=page.next_cursor``) for the following page.
        """
        return await {using}._choices(limit, cursor, filters)

    def fetch_pages(
        self,
        *,
        page_size: int = 100,
        start_cursor: str | None = None,
        on_page: OnPage | None = None,
        prefetch: int = 1,
        {options},
        **filters: {filters},
    ) -> AsyncIterator[Page[{model}]]:
        """Every page of {entry.noun}, the next prefetched while you work on this one."""
        return {using}._pages(
            filters,
            page_size=page_size,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
        )

    def fetch_all(
        self,
        *,
        page_size: int = 100,
        max_items: int | None = None,
        start_cursor: str | None = None,
        on_page: OnPage | None = None,
        prefetch: int = 1,
        {options},
        **filters: {filters},
    ) -> AsyncIterator[{model}]:
        """Every item matching ``filters``; ``on_page`` sees each page's cursors."""
        return {using}._all(
            filters,
            page_size=page_size,
            max_items=max_items,
            start_cursor=start_cursor,
            on_page=on_page,
            prefetch=prefetch,
        )'''.splitlines()
    return lines


WALK_TYPES = """\
#: The services ``client.walk([...])`` walks by name (every service with a full list).
StreamName: TypeAlias = Literal[
{names}
]

#: What ``client.walk([...])`` yields: ``(name, item)`` with the item typed by the name, so
#: ``match pair: case ("tickets", ticket): ...`` (or ``if pair[0] == "tickets"``) narrows.
StreamItem: TypeAlias = (
{items}
)"""


def _attributes(top: list[Any], streams: list[Any]) -> list[str]:
    items = [f"tuple[Literal[{entry.attribute!r}], {entry.model.__name__}]" for entry in streams]
    walk = WALK_TYPES.format(
        names="\n".join(f"    {entry.attribute!r}," for entry in streams),
        items="\n".join(f"    {'| ' if index else ''}{item}" for index, item in enumerate(items)),
    )
    return [
        *walk.splitlines(),
        "",
        "",
        "class ServiceAttributes:",
        '    """The services of a client, as typed attributes (mixed into ``AsyncGorgias``)."""',
        "",
        *[f"    {entry.attribute}: {entry.cls}" for entry in top],
        "",
        "    def _attach_services(self, requester: Requester) -> None:",
        *[f"        self.{entry.attribute} = {entry.cls}(requester)" for entry in top],
    ]


def _from(homes: dict[str, str | None], module: str) -> set[str]:
    return {name for name, home in homes.items() if home == module}


def render() -> str:
    """The source of the generated module (not yet formatted)."""
    catalog = load_catalog()
    verbs: dict[str, type] = importlib.import_module(f"{PACKAGE}.resources._verbs").VERBS
    entries = list(catalog.CATALOG)
    listed = [entry for entry in entries if entry.listable]
    top = [entry for entry in entries if "." not in entry.attribute]
    streams = [entry for entry in listed if "." not in entry.attribute]
    used: set[str] = {"Literal"}
    blocks: list[list[str]] = []
    needed = _gen_sync().Imports(f"{PACKAGE}.resources")  # by the methods' annotations
    for entry in entries:
        if not entry.listable and entry.specials is not None:
            blocks.append(_plain_class(entry, needed))
    for entry in listed:
        children = [e for e in listed if e.attribute.startswith(entry.attribute + ".")]
        blocks.append(_order_and_filters(entry, used))
        blocks.append(_class(entry, children, verbs, needed))
    blocks.append(_attributes(top, streams))

    homes = {name: TYPING_HOMES.get(name) for name in used}
    from_typing = sorted({"TypeAlias", "TypedDict", "Unpack"} | _from(homes, "typing"))
    abc = sorted({"AsyncIterator"} | _from(homes, "collections.abc"))
    models = sorted({entry.model.__name__ for entry in listed})
    own = sorted({(e.specials.__module__, e.specials.__name__) for e in entries if e.specials})
    imports = [
        "from __future__ import annotations",
        "",
        f"from collections.abc import {', '.join(abc)}",
        *(["from datetime import datetime"] if "datetime" in used else []),
        f"from typing import {', '.join(from_typing)}",
        "",
        "from .._http import Body, Headers, Query, RequestOptions",
        "from .._pagination import OnPage, Page",
        f"from ..models import {', '.join(models)}",
        "from ._base import Choice, Requester, Resource",
        "from ._bulk import BulkWrites",
        f"from ._verbs import {', '.join(sorted(v.__name__ for v in verbs.values()))}",
        *[f"from .{module.rsplit('.', 1)[1]} import {name}" for module, name in own],
    ]
    imported = {
        *("AsyncIterator", "OnPage", "Page", "Requester", "Resource", "BulkWrites"),
        *("Body", "Headers", "Query", "RequestOptions", "datetime"),
        *abc,
        *from_typing,
        *models,
        *(v.__name__ for v in verbs.values()),
        *(name for _, name in own),
    }
    for name in [name for name in needed.names if name in imported]:
        del needed.names[name]
    checking = needed.render(runtime=False)  # names only the methods' annotations use
    if checking:
        # Under TYPE_CHECKING: some homes (``bulk``) are loaded on first use only.
        imports += ["from typing import TYPE_CHECKING", "", "if TYPE_CHECKING:"]
        imports += [f"    {line}" for line in checking]
    public = [
        *[
            name
            for entry in top
            if entry.specials is not None and not entry.listable
            for name in [entry.cls]
        ],
        *[name for entry in listed for name in (entry.cls, f"{entry.cls}Filters")],
        *[f"{entry.cls}Order" for entry in listed if entry.orders],
        "ServiceAttributes",
        "StreamItem",
        "StreamName",
    ]
    all_names = ["__all__ = [", *[f"    {name!r}," for name in public], "]"]
    body = "\n\n\n".join("\n".join(block) for block in blocks)
    return "\n".join([HEADER, *imports, "", *all_names, "", "", body, ""])
