"""A ready-made command line for a vendor's spec script: ``--sandbox``, ``--dry-run``,
``--teardown``, the account's connection options, secrets from the environment.

See ``examples/crm_spec.py``: ``main()`` is one call of :func:`run_spec_command`. It
reaches the account as every ``gorgias-async`` command does (the same connection
options, the same sandbox) and ends the same way (one line and an exit code on failure).
"""

from __future__ import annotations

import argparse
import asyncio
import os
from collections.abc import Callable, Sequence

from ..provision import ProvisionReport, Spec, provision, teardown
from . import _outcome
from ._connection import add_connection_arguments, connected

__all__ = ["SANDBOX_TOKEN", "SpecBuilder", "run_spec_command"]

#: The vendor token a sandbox run uses when its environment variable is not set.
SANDBOX_TOKEN = "sandbox-token-not-a-secret"

SpecBuilder = Callable[[str, str], Spec]


def run_spec_command(
    build_spec: SpecBuilder,
    *,
    token_env: str,
    base_url_env: str,
    default_base_url: str,
    description: str | None = None,
    argv: Sequence[str] | None = None,
) -> int:
    """Parse the command line, provision (or tear down) ``build_spec(token, base_url)``,
    print the report; returns the exit code.

    The vendor's token comes from ``token_env`` (required against a real account, whose
    credentials come from the connection options or ``GORGIAS_DOMAIN`` /
    ``GORGIAS_USERNAME`` / ``GORGIAS_API_KEY``) and its API URL from ``base_url_env``
    (default ``default_base_url``). ``--sandbox`` runs against an embedded demo account.
    """
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--dry-run", action="store_true", help="show the plan, send no writes")
    parser.add_argument("--teardown", action="store_true", help="delete what the spec names")
    add_connection_arguments(parser, sandbox_help="use an embedded demo account")
    args = parser.parse_args(argv)

    def work() -> int:
        token = os.environ.get(token_env) or (SANDBOX_TOKEN if args.sandbox else None)
        if not token:
            raise ValueError(f"set {token_env} to the vendor's API token")
        spec = build_spec(token, os.environ.get(base_url_env) or default_base_url)
        print(asyncio.run(_run(spec, args)))
        return _outcome.DONE

    return _outcome.run(parser.prog, work)


async def _run(spec: Spec, args: argparse.Namespace) -> ProvisionReport:
    operation = teardown if args.teardown else provision
    async with connected(args, tickets=10, customers=10) as client, client:
        return await operation(client, spec, dry_run=args.dry_run)
