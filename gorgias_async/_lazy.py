"""Names a package imports on first use (PEP 562) rather than when it is itself imported.

A facade keeps the import of a heavy or higher part (the blocking client, the fake server,
the command line) for the moment one of its names is used::

    def __getattr__(name: str) -> Any:
        return lazy_import(__name__, name, {"Gorgias": ".sync"})
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterable, Mapping
from typing import Any

__all__ = ["lazy_import"]


def lazy_import(
    package: str, name: str, names: Mapping[str, str], modules: Iterable[str] = ()
) -> Any:
    """What ``package.name`` is: a name of ``names`` (name → its module, relative to the
    package) imported and kept in the package, or a submodule of ``modules``;
    ``AttributeError`` for anything else, as a module's ``__getattr__`` must."""
    if name in modules:
        return importlib.import_module(f".{name}", package)
    home = names.get(name)
    if home is None:
        raise AttributeError(f"module {package!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(home, package), name)
    setattr(sys.modules[package], name, value)
    return value
