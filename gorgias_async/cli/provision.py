"""``gorgias-async provision SPEC.py``: provision (or tear down) what a spec file declares.

::

    gorgias-async provision crm_spec.py --sandbox      # against the embedded demo account
    gorgias-async provision crm_spec.py --dry-run      # the plan with its bodies; no writes
    gorgias-async provision crm_spec.py --teardown     # remove exactly what it names

The file is Python and gives its spec one of two ways:

- ``spec = Spec(...)`` (or a ``build_spec()`` taking no argument);
- ``build_spec(token, base_url)`` with ``TOKEN_ENV`` (the variable holding the vendor's
  API token) and, optionally, ``BASE_URL_ENV`` and ``DEFAULT_BASE_URL``: the shape of the
  spec scripts made with :func:`~gorgias_async.cli.run_spec_command` (``examples/``).

It is loaded as a module (its ``if __name__ == "__main__":`` block does not run).
"""

from __future__ import annotations

import argparse
import asyncio
import inspect
import runpy
from pathlib import Path
from typing import Any

from ..provision import Spec
from . import _outcome
from .spec import add_spec_arguments, apply, vendor_spec

HELP = "provision integrations, widgets and macros from a spec file"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The provision command's options: the spec file, the spec scripts' options."""
    parser.add_argument("spec", metavar="SPEC.py", help="the spec file (Python)")
    add_spec_arguments(parser)


def load_spec(path: Path, *, sandbox: bool) -> Spec:
    """The :class:`~gorgias_async.provision.Spec` the file at ``path`` declares
    (ValueError naming ``SPEC.py`` when there is none, or the file fails to load)."""
    if not path.is_file():
        raise ValueError(f"SPEC.py: no such file: {path}")
    try:
        namespace = runpy.run_path(str(path), run_name="gorgias_async_spec")
    except Exception as exc:
        raise ValueError(
            f"SPEC.py: {path} failed to load: {type(exc).__name__}: {exc} (--debug shows where)"
        ) from exc
    return _declared_spec(namespace, path, sandbox=sandbox)


def _declared_spec(namespace: dict[str, Any], path: Path, *, sandbox: bool) -> Spec:
    spec = namespace.get("spec", namespace.get("SPEC"))
    if isinstance(spec, Spec):
        return spec
    build = namespace.get("build_spec")
    if not callable(build):
        raise ValueError(f"SPEC.py: {path} defines neither `spec = Spec(...)` nor `build_spec`")
    required = [
        p
        for p in inspect.signature(build).parameters.values()
        if p.default is inspect.Parameter.empty
    ]
    if not required:
        spec = build()
    else:
        token_env = namespace.get("TOKEN_ENV")
        if not isinstance(token_env, str):
            raise ValueError(
                f"SPEC.py: {path}'s build_spec takes the vendor's token: set TOKEN_ENV "
                "(the environment variable that holds it) in the file"
            )
        spec = vendor_spec(
            build,
            token_env=token_env,
            base_url_env=namespace.get("BASE_URL_ENV"),
            default_base_url=namespace.get("DEFAULT_BASE_URL", ""),
            sandbox=sandbox,
        )
    if not isinstance(spec, Spec):
        raise ValueError(f"SPEC.py: {path}'s build_spec returned {type(spec).__name__}, not a Spec")
    return spec


def run(args: argparse.Namespace) -> int:
    """Provision the spec file; returns the process exit code."""

    def work() -> int:
        spec = load_spec(Path(args.spec), sandbox=args.sandbox)
        print(asyncio.run(apply(spec, args)))
        return _outcome.DONE

    return _outcome.run("gorgias-async provision", work, debug=args.debug)
