"""A ready-made command line for a vendor's spec script: ``--sandbox``, ``--dry-run``,
``--teardown``, the account's connection options, secrets from the environment.

See ``examples/crm_spec.py``: ``main()`` is one call of :func:`run_spec_command`. It
reaches the account as every ``gorgias-async`` command does (the same connection
options, the same sandbox) and ends the same way (one line and an exit code on failure).
``gorgias-async provision spec.py`` (:mod:`.provision`) runs the same file through the
same steps, kept here: :func:`add_spec_arguments`, :func:`vendor_spec`, :func:`apply`.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from collections.abc import Callable, Sequence

from ..provision import ProvisionReport, Spec, provision, teardown
from . import _outcome
from ._common import HelpFormatter, add_common_arguments, epilog, log_requests
from ._connection import add_connection_arguments, connected

__all__ = [
    "SANDBOX_TOKEN",
    "SpecBuilder",
    "add_spec_arguments",
    "apply",
    "run_spec_command",
    "vendor_spec",
]

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
    parser = argparse.ArgumentParser(
        description=description, formatter_class=HelpFormatter, epilog=epilog()
    )
    add_spec_arguments(parser)
    add_common_arguments(parser)
    args = parser.parse_args(argv)
    log_requests(args)

    def work() -> int:
        spec = vendor_spec(
            build_spec,
            token_env=token_env,
            base_url_env=base_url_env,
            default_base_url=default_base_url,
            sandbox=args.sandbox,
        )
        print(asyncio.run(apply(spec, args)))
        return _outcome.DONE

    return _outcome.run(parser.prog, work, debug=args.debug)


def add_spec_arguments(parser: argparse.ArgumentParser) -> None:
    """``--dry-run`` or ``--teardown``, and the connection options."""
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--dry-run", action="store_true", help="show the plan, send no writes")
    mode.add_argument("--teardown", action="store_true", help="delete what the spec names")
    add_connection_arguments(parser, sandbox_help="use an embedded demo account")


def vendor_spec(
    build_spec: SpecBuilder,
    *,
    token_env: str,
    base_url_env: str | None,
    default_base_url: str,
    sandbox: bool,
) -> Spec:
    """``build_spec(token, base_url)`` with the vendor's token and URL from the
    environment (a sandbox run has a stand-in token); ValueError when the token is unset."""
    token = os.environ.get(token_env) or (SANDBOX_TOKEN if sandbox else None)
    if not token:
        raise ValueError(f"set {token_env} to the vendor's API token")
    base_url = (os.environ.get(base_url_env) if base_url_env else None) or default_base_url
    return build_spec(token, base_url)


async def apply(spec: Spec, args: argparse.Namespace) -> ProvisionReport:
    """Provision ``spec`` (or tear it down, with ``--teardown``) on the account the
    options describe; the requests it took go to stderr unless ``--quiet``."""
    operation = teardown if args.teardown else provision
    async with connected(args, tickets=10, customers=10) as client, client:
        report = await operation(client, spec, dry_run=args.dry_run)
        if not args.quiet:
            stats = client.stats
            print(
                f"{stats.requests} requests, {stats.rate_limited} answered 429, "
                f"{stats.retries} retried",
                file=sys.stderr,
            )
        return report
