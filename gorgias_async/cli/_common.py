"""What every command's ``--help`` and command line share: the help layout (defaults,
environment variables, exit codes), ``--debug`` and ``--verbose``.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Iterable

from .._redact import redact
from ._outcome import EXIT_CODES

__all__ = [
    "ENVIRONMENT",
    "HelpFormatter",
    "add_common_arguments",
    "epilog",
    "log_requests",
]

#: The environment variables the commands read, and what for.
ENVIRONMENT = {
    "GORGIAS_DOMAIN": "the account's subdomain (acme for acme.gorgias.com)",
    "GORGIAS_BASE_URL": "the API base URL with /api, instead of the domain",
    "GORGIAS_USERNAME": "the user's email (API key auth)",
    "GORGIAS_API_KEY": "the API key (another variable: --api-key-env)",
    "GORGIAS_ACCESS_TOKEN": "an OAuth access token, instead of username and key",
}


class HelpFormatter(argparse.RawDescriptionHelpFormatter):
    """Help that shows each option's default (when it has a meaningful one) and keeps the
    epilog's lines as written."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        text = action.help or ""
        default = action.default
        if (
            "%(default)" in text
            or "default" in text
            or default in (None, False, argparse.SUPPRESS, [])
            or action.option_strings == []
        ):
            return text
        shown = "on" if default is True else "%(default)s"
        return f"{text} (default: {shown})"


def epilog(*, environment: bool = True) -> str:
    """The end of a ``--help``: the environment variables and the exit codes."""
    lines = []
    if environment:
        lines.append("environment variables (options given on the command line win):")
        lines += [f"  {name:<22}{what}" for name, what in ENVIRONMENT.items()]
        lines.append("")
    lines.append("exit codes:")
    lines += [f"  {code:<4}{what}" for code, what in EXIT_CODES.items()]
    return "\n".join(lines)


def add_common_arguments(parser: argparse.ArgumentParser) -> None:
    """``--debug`` and ``--verbose``/``-v``."""
    parser.add_argument(
        "--debug",
        action="store_true",
        help="on failure, print the traceback above the one-line error",
    )
    parser.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help="log every request to stderr (method, path, status, time, budget; secrets masked)",
    )


class _Masking(logging.Filter):
    """Masks ``secrets`` and anything shaped like a credential in a record's text."""

    def __init__(self, secrets: Iterable[str]) -> None:
        super().__init__()
        self.secrets = [s for s in secrets if s]

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = redact(record.getMessage(), self.secrets)
        record.args = None
        return True


def log_requests(args: argparse.Namespace) -> None:
    """With ``--verbose``: the client's request log on stderr, secrets masked."""
    if not getattr(args, "verbose", False):
        return
    secrets = [
        os.environ.get(getattr(args, "api_key_env", None) or "GORGIAS_API_KEY", ""),
        os.environ.get("GORGIAS_ACCESS_TOKEN", ""),
    ]
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(message)s", "%H:%M:%S"))
    handler.addFilter(_Masking(secrets))
    logger = logging.getLogger("gorgias_async")
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
