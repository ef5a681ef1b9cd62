"""The ``gorgias-async`` command: one module per subcommand, listed in :data:`COMMANDS`.

Each command module has ``HELP`` (its line in ``--help``), ``add_arguments(parser)``
and ``run(args) -> int``; it reaches an account through :mod:`._connection` (the shared
connection options and the sandbox) and ends through :mod:`._outcome` (the one mapping
of failures to exit codes and a one-line message). Adding a command is a module and a
line in :data:`COMMANDS`. Spec scripts get the same command line from
:func:`run_spec_command` (:mod:`.spec`).

Run it as ``gorgias-async``, ``python -m gorgias_async`` or ``python -m gorgias_async.cli``.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import Protocol

from .._version import __version__
from . import check, export, import_, provision, sandbox
from ._common import HelpFormatter, add_common_arguments, epilog, log_requests
from .spec import SANDBOX_TOKEN, run_spec_command

__all__ = ["COMMANDS", "SANDBOX_TOKEN", "Command", "main", "run_spec_command"]


class Command(Protocol):
    """What a command module provides."""

    HELP: str

    def add_arguments(self, parser: argparse.ArgumentParser) -> None:
        """Declare the command's options."""

    def run(self, args: argparse.Namespace) -> int:
        """Do the work; return the process exit code."""


#: Every subcommand, in the order ``--help`` lists them.
COMMANDS: dict[str, Command] = {
    "sandbox": sandbox,
    "check": check,
    "export": export,
    "import": import_,
    "provision": provision,
}


def parser() -> argparse.ArgumentParser:
    """The command line: ``--version`` and one subparser per command."""
    root = argparse.ArgumentParser(
        prog="gorgias-async",
        description="Gorgias helpdesk API tools. `gorgias-async COMMAND --help` shows a "
        "command's options.",
        formatter_class=HelpFormatter,
        epilog=epilog(),
    )
    root.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = root.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, command in COMMANDS.items():
        sub = commands.add_parser(
            name,
            help=command.HELP,
            description=command.HELP[0].upper() + command.HELP[1:] + ".",
            formatter_class=HelpFormatter,
            epilog=epilog(environment=name != "sandbox"),
        )
        command.add_arguments(sub)
        add_common_arguments(sub)
    _complete(root)
    return root


def _complete(root: argparse.ArgumentParser) -> None:
    """Shell completion through argcomplete when it is installed (the ``[cli]`` extra):
    ``eval "$(register-python-argcomplete gorgias-async)"``."""
    try:
        import argcomplete
    except ImportError:
        return
    argcomplete.autocomplete(root)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``gorgias-async`` command."""
    args = parser().parse_args(argv)
    log_requests(args)
    return COMMANDS[args.command].run(args)
