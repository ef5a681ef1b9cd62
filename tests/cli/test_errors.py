"""Every user mistake and environment problem ends in one line and an exit code, never a
traceback; ``--debug`` shows the traceback above that line."""

from __future__ import annotations

import asyncio
import os
import socket
import sys
from pathlib import Path

import pytest

from gorgias_async.testing import FakeGorgias
from tests._cli import account_env, finish, run_cli

EXAMPLES = Path(__file__).parents[2] / "examples"


async def test_out_naming_a_file(tmp_path):
    (tmp_path / "notes.txt").write_text("mine")
    ran = await run_cli("export", "--sandbox", "--out", str(tmp_path / "notes.txt"))
    assert ran.code == 2
    assert "--out:" in ran.one_line_error()
    assert "is a file" in ran.one_line_error()
    assert (tmp_path / "notes.txt").read_text() == "mine"


async def test_out_inside_a_file(tmp_path):
    (tmp_path / "notes.txt").write_text("mine")
    ran = await run_cli("export", "--sandbox", "--out", str(tmp_path / "notes.txt" / "x"))
    assert ran.code == 2
    assert "is a file, not a folder" in ran.one_line_error()


async def test_out_in_a_folder_that_cannot_be_written(tmp_path):
    if os.geteuid() == 0:  # root writes anywhere chmod says no; /sys refuses even root
        target = Path("/sys/gorgias-export")
    else:
        locked = tmp_path / "locked"
        locked.mkdir()
        locked.chmod(0o500)
        target = locked / "export"
    ran = await run_cli("export", "--sandbox", "--out", str(target))
    assert ran.code == 2
    line = ran.one_line_error()
    assert line.startswith("gorgias-async export: --out: cannot write in"), line
    assert "Sandbox" not in ran.err  # refused before the sandbox started


async def test_out_an_unwritable_existing_folder(tmp_path):
    if os.geteuid() == 0:
        target = Path("/sys")
    else:
        target = tmp_path / "locked"
        target.mkdir()
        target.chmod(0o500)
    ran = await run_cli("export", "--sandbox", "--out", str(target))
    assert ran.code == 2
    assert "cannot write in" in ran.one_line_error()


async def test_a_busy_sandbox_port():
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        ran = await run_cli("sandbox", "--port", str(port))
    assert ran.code == 2
    line = ran.one_line_error()
    assert f"--port: 127.0.0.1:{port} is in use" in line
    assert "--port 0" in line


async def test_debug_shows_the_traceback_above_the_line():
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        ran = await run_cli("sandbox", "--port", str(port), "--debug")
    assert ran.code == 2
    assert "Traceback" in ran.err
    assert "OSError" in ran.err  # the cause, chained
    assert ran.err.rstrip().splitlines()[-1].startswith("gorgias-async sandbox: --port:")


def spec_env(**values: str) -> dict[str, str]:
    """An environment with no Gorgias account in it, plus ``values``."""
    clean = {name: "" for name in os.environ if name.startswith("GORGIAS_")}
    return {**clean, **values}


async def run_script(script: str, *args: str, env: dict[str, str]):
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        str(EXAMPLES / script),
        *args,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        env={**os.environ, **env},
    )
    return await finish(process)


async def run_spec(how: str, env: dict[str, str]):
    """``examples/crm_spec.py`` run as a script, or through ``gorgias-async provision``."""
    if how == "script":
        return await run_script("crm_spec.py", env=env)
    return await run_cli("provision", str(EXAMPLES / "crm_spec.py"), env=env)


@pytest.mark.parametrize("how", ["script", "provision"])
async def test_a_spec_without_credentials(how):
    ran = await run_spec(how, spec_env(ACME_CRM_TOKEN="vendor-token"))
    assert ran.code == 2
    line = ran.one_line_error()
    assert "domain is required" in line or "credentials are required" in line, line


@pytest.mark.parametrize("how", ["script", "provision"])
async def test_a_spec_without_the_vendor_token(how):
    ran = await run_spec(how, spec_env(ACME_CRM_TOKEN=""))
    assert ran.code == 2
    assert "set ACME_CRM_TOKEN to the vendor's API token" in ran.one_line_error()


@pytest.mark.parametrize("how", ["script", "provision"])
async def test_a_spec_with_a_wrong_key(how):
    async with FakeGorgias(tickets=1, rate_limit=None) as fake:
        env = {
            **spec_env(ACME_CRM_TOKEN="vendor-token"),
            **account_env(fake, GORGIAS_API_KEY="wrong-key-9731"),
        }
        ran = await run_spec(how, env)
    assert ran.code == 1
    line = ran.one_line_error()
    assert "401" in line
    assert "wrong-key-9731" not in ran.err + ran.out


async def test_a_check_with_a_wrong_key():
    async with FakeGorgias(tickets=1, rate_limit=None) as fake:
        ran = await run_cli("check", env=account_env(fake, GORGIAS_API_KEY="wrong-key-9731"))
    assert ran.code == 1
    assert "AuthenticationError" in ran.one_line_error()
    assert "wrong-key-9731" not in ran.err


async def test_provision_a_missing_file(tmp_path):
    ran = await run_cli("provision", str(tmp_path / "nope.py"), "--sandbox")
    assert ran.code == 2
    assert ran.one_line_error().endswith(f"SPEC.py: no such file: {tmp_path / 'nope.py'}")


async def test_provision_a_file_without_a_spec(tmp_path):
    (tmp_path / "empty.py").write_text("x = 1\n")
    ran = await run_cli("provision", str(tmp_path / "empty.py"), "--sandbox")
    assert ran.code == 2
    assert "defines neither `spec = Spec(...)` nor `build_spec`" in ran.one_line_error()


async def test_provision_a_file_that_fails_to_load(tmp_path):
    (tmp_path / "broken.py").write_text("import nowhere_to_be_found\n")
    ran = await run_cli("provision", str(tmp_path / "broken.py"), "--sandbox")
    assert ran.code == 2
    line = ran.one_line_error()
    assert "failed to load: ModuleNotFoundError" in line
    assert "--debug" in line
    debugged = await run_cli("provision", str(tmp_path / "broken.py"), "--sandbox", "--debug")
    assert "Traceback" in debugged.err
    assert "broken.py" in debugged.err


async def test_provision_dry_run_and_teardown_exclude_each_other(tmp_path):
    ran = await run_cli(
        "provision", str(EXAMPLES / "crm_spec.py"), "--dry-run", "--teardown", "--sandbox"
    )
    assert ran.code == 2
    assert "not allowed with argument" in ran.err
    assert "Traceback" not in ran.err
