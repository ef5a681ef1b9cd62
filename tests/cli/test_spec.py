"""The command line of a spec script: the commands' connection options, sandbox and ending."""

from __future__ import annotations

import gorgias_async.provision
from gorgias_async import cli
from gorgias_async.provision import AddTags, Macro, Spec
from gorgias_async.testing import FakeGorgias


def one_macro(token: str, base_url: str) -> Spec:
    return Spec(macros=[Macro(name="Tag it", actions=[AddTags(["tagged"])])])


def run(argv: list[str], token_env: str = "SPEC_TEST_TOKEN") -> int:
    return cli.run_spec_command(
        one_macro,
        token_env=token_env,
        base_url_env="SPEC_TEST_URL",
        default_base_url="https://vendor.example",
        argv=argv,
    )


def test_still_importable_from_provision() -> None:
    assert gorgias_async.provision.run_spec_command is cli.run_spec_command
    assert gorgias_async.provision.SANDBOX_TOKEN == cli.SANDBOX_TOKEN


def test_a_missing_token_is_bad_usage(monkeypatch, capsys) -> None:
    monkeypatch.delenv("SPEC_TEST_TOKEN", raising=False)
    assert run([]) == 2
    assert "set SPEC_TEST_TOKEN" in capsys.readouterr().err


def test_a_refused_account_is_one_line_and_exit_1(monkeypatch, capsys) -> None:
    monkeypatch.setenv("SPEC_TEST_TOKEN", "t")
    monkeypatch.setenv("SPEC_KEY", "wrong-key-456")
    with FakeGorgias(tickets=1, rate_limit=None).run_in_thread() as fake:
        argv = ["--base-url", fake.base_url, "--username", fake.username]
        code = run([*argv, "--api-key-env", "SPEC_KEY", "--rate-limit", "off"])
    err = capsys.readouterr().err
    assert code == 1
    (line,) = err.splitlines()
    assert "failed" in line
    assert "401" in line
    assert "wrong-key-456" not in err


def test_the_sandbox_is_the_commands_sandbox(monkeypatch, capsys) -> None:
    monkeypatch.delenv("SPEC_TEST_TOKEN", raising=False)  # the sandbox has its own
    assert run(["--sandbox", "--quiet"]) == 0
    captured = capsys.readouterr()
    assert "provision: created 1" in captured.out
    assert captured.err == ""  # --quiet: no banner
