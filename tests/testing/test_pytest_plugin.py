"""The pytest plugin in a user's suite: both fixtures, strict asyncio mode, lazy import."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

USER_TESTS = textwrap.dedent(
    """
    import pytest

    from gorgias_async import AsyncGorgias, Gorgias


    @pytest.mark.asyncio
    @pytest.mark.gorgias_fake(tickets=7)
    async def test_async(gorgias_fake):
        async with AsyncGorgias(base_url=gorgias_fake.base_url, username=gorgias_fake.username,
                                api_key=gorgias_fake.api_key, rate_limit=None) as client:
            page = await client.tickets.list(limit=100)
        assert len(page.data) == 7


    @pytest.mark.gorgias_fake(customers=3)
    def test_blocking(gorgias_fake_sync):
        with Gorgias(base_url=gorgias_fake_sync.base_url, username=gorgias_fake_sync.username,
                     api_key=gorgias_fake_sync.api_key, rate_limit=None) as client:
            assert len(client.customers.list(limit=100).data) == 3
            assert gorgias_fake_sync.validates
    """
)


def run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args], cwd=cwd, capture_output=True, text=True, timeout=120
    )


def test_both_fixtures_in_strict_mode(tmp_path: Path) -> None:
    (tmp_path / "pytest.ini").write_text(
        "[pytest]\nasyncio_default_fixture_loop_scope = function\n"
    )
    (tmp_path / "test_user.py").write_text(USER_TESTS)
    result = run(["-m", "pytest", "-q", "-p", "no:cacheprovider", "-W", "error"], tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 passed" in result.stdout


def test_importing_the_plugin_does_not_import_the_fake(tmp_path: Path) -> None:
    script = (
        "import sys, gorgias_async.testing.pytest_plugin\n"
        "print(sorted(m for m in sys.modules if m.startswith('gorgias_async.testing.')))\n"
    )
    result = run(["-c", script], tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "['gorgias_async.testing.pytest_plugin']"
