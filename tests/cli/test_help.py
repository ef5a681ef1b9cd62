"""``--help`` says each option's default, the environment variables and the exit codes;
``-v`` logs requests with secrets masked; argcomplete completes commands and options."""

from __future__ import annotations

import asyncio
import sys

import pytest

from gorgias_async.cli import COMMANDS
from gorgias_async.testing import FakeGorgias
from tests._cli import account_env, finish, run_cli

EXIT_CODES = ["0   done", "1   failed", "2   bad usage", "3   another run", "130 interrupted"]


async def test_the_root_help_lists_commands_environment_and_exit_codes():
    ran = await run_cli("--help")
    assert ran.code == 0
    for name in COMMANDS:
        assert name in ran.out
    for code in EXIT_CODES:
        assert code in ran.out
    for variable in ("GORGIAS_DOMAIN", "GORGIAS_BASE_URL", "GORGIAS_USERNAME", "GORGIAS_API_KEY"):
        assert variable in ran.out


@pytest.mark.parametrize("command", list(COMMANDS))
async def test_each_command_help_shows_defaults_and_exit_codes(command):
    ran = await run_cli(command, "--help")
    assert ran.code == 0, ran.err
    text = " ".join(ran.out.split())  # argparse wraps lines
    for code in EXIT_CODES:
        assert " ".join(code.split()) in text
    assert "--debug" in text
    assert "-v, --verbose" in text
    if command != "sandbox":
        assert "[env: GORGIAS_DOMAIN]" in text
        assert "(default: GORGIAS_API_KEY)" in text
        assert "requests in flight (1-25) (default: 8)" in text


async def test_the_defaults_of_export_and_sandbox():
    export = " ".join((await run_cli("export", "--help")).out.split())
    assert "output folder (default: gorgias-export)" in export
    assert "output format (default: jsonl)" in export
    assert "(default: 100)" in export
    sandbox = " ".join((await run_cli("sandbox", "--help")).out.split())
    assert "(default: 8080)" in sandbox
    assert "tickets to seed (default: 200)" in sandbox


async def test_python_dash_m_shows_the_same_help():
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "gorgias_async",
        "export",
        "--help",
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    ran = await finish(process)
    assert ran.code == 0
    assert ran.out == (await run_cli("export", "--help")).out


async def test_verbose_logs_each_request_with_secrets_masked():
    secret = "key-that-must-not-show-4242"
    async with FakeGorgias(tickets=3, rate_limit=None, api_key=secret) as fake:
        ran = await run_cli("check", "-v", env=account_env(fake))
    assert ran.code == 0, ran.err
    assert "GET /account → 200" in ran.err
    assert "budget" in ran.err
    assert "request id" in ran.err
    assert secret not in ran.err + ran.out


async def test_without_verbose_no_request_is_logged():
    async with FakeGorgias(tickets=3, rate_limit=None) as fake:
        ran = await run_cli("check", env=account_env(fake))
    assert ran.code == 0
    assert "GET /account" not in ran.err


async def test_shell_completion_through_argcomplete(tmp_path):
    pytest.importorskip("argcomplete")
    out = tmp_path / "completions"
    line = "gorgias-async exp"
    env = {
        "_ARGCOMPLETE": "1",
        "COMP_LINE": line,
        "COMP_POINT": str(len(line)),
        "_ARGCOMPLETE_STDOUT_FILENAME": str(out),
        "_ARGCOMPLETE_IFS": "\n",
    }
    ran = await run_cli(env=env)
    assert ran.code == 0, ran.err
    assert out.read_text().split() == ["export"]
    line = "gorgias-async export --form"
    env.update(COMP_LINE=line, COMP_POINT=str(len(line)))
    await run_cli(env=env)
    assert out.read_text().split() == ["--format"]
