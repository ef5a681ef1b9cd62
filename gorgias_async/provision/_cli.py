"""A ready-made command line for a vendor's spec script: ``--sandbox``, ``--dry-run``,
``--teardown``, secrets from the environment. See ``examples/crm_spec.py``."""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from collections.abc import Callable, Sequence

from ..client import AsyncGorgias
from ._apply import provision, teardown
from ._report import ProvisionReport
from ._spec import Spec

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
    credentials come from ``GORGIAS_DOMAIN``/``GORGIAS_USERNAME``/``GORGIAS_API_KEY``)
    and its API URL from ``base_url_env`` (default ``default_base_url``). ``--sandbox``
    runs against an embedded fake account.
    """
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--sandbox", action="store_true", help="use the embedded fake account")
    parser.add_argument("--dry-run", action="store_true", help="show the plan, send no writes")
    parser.add_argument("--teardown", action="store_true", help="delete what the spec names")
    args = parser.parse_args(argv)
    token = os.environ.get(token_env) or (SANDBOX_TOKEN if args.sandbox else None)
    if not token:
        print(f"set {token_env} to the vendor's API token", file=sys.stderr)
        return 2
    spec = build_spec(token, os.environ.get(base_url_env) or default_base_url)
    report = asyncio.run(_run(spec, sandbox=args.sandbox, dry_run=args.dry_run, down=args.teardown))
    print(report)
    return 0


async def _run(spec: Spec, *, sandbox: bool, dry_run: bool, down: bool) -> ProvisionReport:
    operation = teardown if down else provision
    if not sandbox:
        async with AsyncGorgias() as client:  # GORGIAS_DOMAIN, GORGIAS_USERNAME, …
            return await operation(client, spec, dry_run=dry_run)
    from ..testing import FakeGorgias

    async with FakeGorgias(seed=7, rate_limit=None) as fake:
        print(f"Sandbox Gorgias running at {fake.base_url}", file=sys.stderr)
        async with AsyncGorgias(
            base_url=fake.base_url, username=fake.username, api_key=fake.api_key
        ) as client:
            return await operation(client, spec, dry_run=dry_run)
