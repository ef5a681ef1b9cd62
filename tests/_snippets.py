"""The code examples of a Markdown file, and running them as a reader would.

A fenced ``python`` block runs as written; one with top-level ``await`` runs as it does
in ``python -m asyncio`` or Jupyter (what a script gets by wrapping it in
``async def main(): …`` and ``asyncio.run(main())``). The blocks of one file run in
order, in one namespace and one event loop, like the cells of a notebook. A fenced
``bash`` block runs in ``bash -e``. A block right after ``<!-- not run: REASON -->`` is
skipped (the reason is required, and listed by the test).

Run as ``python -m tests._snippets FILE.md``: exit 0 when every block ran; otherwise the
failed block's place and traceback on stderr, exit 1.
"""

from __future__ import annotations

import ast
import asyncio
import inspect
import re
import subprocess
import sys
import traceback
from pathlib import Path

import attrs

_FENCE = re.compile(r"^(?P<indent> *)```(?P<lang>[\w+-]*)[^\n]*$")
_NOT_RUN = re.compile(r"<!-- not run: (?P<reason>[^>]+?) -->\s*$")


@attrs.frozen
class Block:
    """One fenced code block."""

    path: Path
    line: int  # of the opening fence, 1-based
    lang: str
    code: str
    not_run: str | None  # the reason, for a skipped block

    @property
    def where(self) -> str:
        return f"{self.path}:{self.line}"


def blocks(path: Path) -> list[Block]:
    """The ``python`` and ``bash`` blocks of ``path``, in order."""
    lines = path.read_text(encoding="utf-8").splitlines()
    found: list[Block] = []
    index = 0
    while index < len(lines):
        fence = _FENCE.match(lines[index])
        if not fence or not fence.group("lang"):
            index += 1
            continue
        indent, lang, start = fence.group("indent"), fence.group("lang"), index
        body: list[str] = []
        index += 1
        while index < len(lines) and lines[index].strip() != "```":
            body.append(lines[index][len(indent) :])
            index += 1
        index += 1
        if lang not in ("python", "py", "bash", "sh", "console"):
            continue
        previous = next((line for line in reversed(lines[:start]) if line.strip()), "")
        skipped = _NOT_RUN.search(previous)
        language = "python" if lang in ("python", "py") else "bash"
        found.append(
            Block(
                path,
                start + 1,
                language,
                "\n".join(body) + "\n",
                skipped.group("reason") if skipped else None,
            )
        )
    return found


def run_file(path: Path) -> int:
    """Run every block of ``path`` that is not marked; 0 when all ran."""
    namespace: dict[str, object] = {"__name__": "__docs__"}
    ran = 0
    with asyncio.Runner() as runner:
        for block in blocks(path):
            if block.not_run is not None:
                continue
            ran += 1
            try:
                if block.lang == "bash":
                    subprocess.run(["bash", "-e", "-c", block.code], check=True, timeout=300)
                    continue
                code = compile(
                    block.code, block.where, "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT
                )
                result = eval(code, namespace)  # the reader's own code, as they would run it
                if inspect.iscoroutine(result):
                    runner.run(result)
            except BaseException:
                print(f"FAILED {block.where} ({block.lang})", file=sys.stderr)
                traceback.print_exc()
                return 1
    print(f"ran {ran} blocks of {path}")
    return 0


if __name__ == "__main__":
    sys.exit(run_file(Path(sys.argv[1])))
