"""Every code example of README.md and of the docs runs, against a fake account (the
sandbox's seed), as described on docs/examples.md: see ``tests/_snippets.py``."""

from __future__ import annotations

import ast
import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

from gorgias_async.testing import FakeGorgias, RateLimitRules
from tests._snippets import blocks

ROOT = Path(__file__).parents[1]
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
#: What a marked block may give as its reason not to run: a service or a framework the
#: test cannot stand up, never "it fails".
REASONS = ("needs ", "installs ", "runs until ", "your account", "a shell session")


def page_id(path: Path) -> str:
    return str(path.relative_to(ROOT))


def missing_modules(page: Path) -> list[str]:
    """The modules the runnable Python blocks of ``page`` import that are not installed
    (FastAPI's comes with the ``[docs]`` extra)."""
    missing = []
    for block in blocks(page):
        if block.not_run is not None or block.lang != "python":
            continue
        for node in ast.walk(ast.parse(block.code)):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names = [node.module]
            for name in names:
                top = name.split(".")[0]
                if importlib.util.find_spec(top) is None and top not in missing:
                    missing.append(top)
    return missing


def test_the_pages_have_examples():
    assert sum(len(blocks(page)) for page in PAGES) > 30


@pytest.mark.parametrize("page", PAGES, ids=page_id)
def test_every_skipped_block_says_why(page):
    for block in blocks(page):
        if block.not_run is not None:
            assert block.not_run.startswith(REASONS), f"{block.where}: {block.not_run}"


@pytest.mark.slow
@pytest.mark.parametrize(
    "page", [p for p in PAGES if any(b.not_run is None for b in blocks(p))], ids=page_id
)
def test_the_examples_of_a_page_run(page, tmp_path):
    if missing := missing_modules(page):
        pytest.skip(f"needs {', '.join(missing)}: pip install -e '.[docs]'")
    fake = FakeGorgias(seed=7, tickets=60, customers=30, rate_limit=RateLimitRules(), time_scale=10)
    with fake.run_in_thread() as running:
        env = {
            **{k: v for k, v in os.environ.items() if not k.startswith("GORGIAS_")},
            "GORGIAS_BASE_URL": running.base_url,
            "GORGIAS_USERNAME": running.username,
            "GORGIAS_API_KEY": running.api_key,
            "GORGIAS_WEBHOOK_SECRET": "docs-examples-webhook-secret",
            "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
            "PYTHONPATH": str(ROOT),
            # dlt keeps pipelines' state in its data dir (/var/dlt for root): one per run
            "DLT_DATA_DIR": str(tmp_path / "dlt"),
        }
        ran = subprocess.run(
            [sys.executable, "-m", "tests._snippets", str(page)],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
    assert ran.returncode == 0, ran.stderr[-4000:]
    runnable = sum(b.not_run is None for b in blocks(page))
    assert f"ran {runnable} blocks of {page}" in ran.stdout
