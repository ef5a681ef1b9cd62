"""MkDocs hooks: parts of the pages generated from the code, so they cannot go stale.

- ``<!-- error-tree -->``: the exception tree of :mod:`gorgias_async.errors`, drawn;
- ``<!-- cli-help: COMMAND -->``: the ``--help`` of a command (``-`` for the root);
- ``<!-- budget-chart -->``: a chart of the budget benchmark, from ``benchmarks/results.md``.
"""

from __future__ import annotations

import contextlib
import html
import io
import re
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
_MARK = re.compile(r"<!-- (error-tree|budget-chart|cli-help: *([\w-]+)) -->")


def on_page_markdown(markdown: str, **_: Any) -> str:
    """Fill every mark of the page."""

    def fill(match: re.Match[str]) -> str:
        if match.group(1) == "error-tree":
            return error_tree()
        if match.group(1) == "budget-chart":
            return budget_chart()
        return cli_help(match.group(2))

    return _MARK.sub(fill, markdown)


# -- the error tree ------------------------------------------------------------------------


def error_tree() -> str:
    """The subclasses of ``GorgiasError`` as an indented tree, each with the first line of
    its docstring, in a code block."""
    from gorgias_async import errors

    public = {
        cls
        for name, cls in vars(errors).items()
        if isinstance(cls, type) and issubclass(cls, errors.GorgiasError) and name[0] != "_"
    }
    rows: list[tuple[str, str]] = []

    def draw(cls: type, prefix: str, last: bool, top: bool) -> None:
        branch = "" if top else ("└── " if last else "├── ")
        rows.append((f"{prefix}{branch}{cls.__name__}", _summary(cls, public)))
        children = sorted(
            (c for c in cls.__subclasses__() if c in public and c.__mro__[1] is cls),
            key=lambda c: c.__name__,
        )
        child_prefix = prefix if top else prefix + ("    " if last else "│   ")
        for index, child in enumerate(children):
            draw(child, child_prefix, index == len(children) - 1, False)

    draw(errors.GorgiasError, "", True, True)
    width = max(len(tree) for tree, _ in rows) + 2
    lines = [f"{tree:<{width}}{summary}".rstrip() for tree, summary in rows]
    return "```text\n" + "\n".join(lines) + "\n```\n"


def _summary(cls: type, public: set[type]) -> str:
    """The first sentence of the docstring (at most 40 characters), and the bases outside
    the tree."""
    first = " ".join((cls.__doc__ or "").strip().split("\n\n", 1)[0].split())
    first = re.split(r"(?<!e\.g)(?<!i\.e)\.(?:\s|$)", first.replace("``", ""), maxsplit=1)[0]
    if len(first) > 40:
        first = first[:39].rstrip(" ,;:(") + "…"
    others = [b.__name__ for b in cls.__bases__ if b not in public and b is not Exception]
    return first + (f" (also a {', '.join(others)})" if others else "")


# -- the command line's help -------------------------------------------------------------


def cli_help(command: str) -> str:
    """``gorgias-async [COMMAND] --help`` as printed on an 88-column terminal."""
    import os

    from gorgias_async import cli

    argv = ["--help"] if command == "-" else [command, "--help"]
    out = io.StringIO()
    previous = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = "88"
    try:
        with contextlib.redirect_stdout(out), contextlib.suppress(SystemExit):
            cli.parser().parse_args(argv)
    finally:
        if previous is None:
            del os.environ["COLUMNS"]
        else:
            os.environ["COLUMNS"] = previous
    return "```text\n" + out.getvalue().rstrip() + "\n```\n"


# -- the budget chart --------------------------------------------------------------------


def budget_rows() -> list[dict[str, Any]]:
    """The budget benchmark's rows of ``benchmarks/results.md``."""
    text = (ROOT / "benchmarks" / "results.md").read_text(encoding="utf-8")
    section = text.split("### 3. Budget use", 1)[1].split("\n### ", 1)[0]
    rows = []
    for line in section.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) != 7 or not cells[1].replace(".", "").isdigit():
            continue
        rounds = [int(n) for n in cells[3].split("/")]
        rows.append(
            {
                "name": cells[0],
                "sent": float(cells[1]),
                "answered": float(cells[2]),
                "429s": sorted(rounds)[len(rounds) // 2],
                "seconds": float(cells[4]),
                "rate": float(cells[5]),
            }
        )
    return rows


def budget_chart() -> str:
    """Requests sent, answered and refused (429) per contender, as an inline SVG."""
    rows = budget_rows()
    width, bar, gap, left = 640, 22, 8, 210
    scale = (width - left - 70) / max(r["sent"] for r in rows)
    colors = {"sent": "#5c6bc0", "answered": "#43a047", "429s": "#e53935"}
    y, parts = 30, []
    for row in rows:
        parts.append(
            f'<text x="0" y="{y + bar + 4}" font-weight="bold">{html.escape(row["name"])}</text>'
        )
        for key in ("sent", "answered", "429s"):
            value = row[key]
            length = max(1.0, value * scale)
            parts.append(
                f'<rect x="{left}" y="{y}" width="{length:.1f}" height="{bar}" '
                f'fill="{colors[key]}"><title>{key}: {value:g}</title></rect>'
            )
            parts.append(
                f'<text x="{left + length + 6:.1f}" y="{y + bar - 6}">{value:g} {key}</text>'
            )
            y += bar + 4
        parts.append(
            f'<text x="{left}" y="{y + 14}" fill="#555">{row["seconds"]:.2f} s, '
            f"{row['rate']:.1f} req/s answered after the first burst</text>"
        )
        y += 14 + gap * 3
    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{y}" '
        f'font-family="sans-serif" font-size="13" role="img" '
        f'aria-label="Requests sent, answered and refused per contender">'
        f'<text x="0" y="14" fill="#555">requests per run (median of the rounds)</text>'
        + "".join(parts)
        + "</svg>"
    )
    return f'<figure class="budget-chart">{svg}</figure>\n'
