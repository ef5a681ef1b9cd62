"""Run every benchmark, print the tables, write ``benchmarks/results.md`` and a chart.

    python -m benchmarks [--quick] [--only overhead,latency,...]

Each benchmark measures its own baseline in the same run and reports ratios: contenders
are interleaved round by round in shuffled orders, and the summary gives the median ratio
(targets are stated on it) with its spread over the rounds. Memory is each measured
process's own peak. Nothing here asserts a time. ``--quick`` is the CI-sized smoke run
(results are not written); so is ``--only`` (results.md holds complete runs only).
"""

from __future__ import annotations

import argparse
import asyncio
import datetime
import importlib
import os
import platform
import sys
from pathlib import Path
from typing import Any

NAMES = [
    "overhead",
    "latency",
    "budget",
    "prefetch",
    "walks",
    "memory",
    "sync_overhead",
    "models",
    "import_time",
    "export",
    "jobs",
]
HERE = Path(__file__).parent


def _machine() -> str:
    return f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"


def _load() -> float:
    return os.getloadavg()[0]


async def _run_all(names: list[str], quick: bool) -> dict[str, dict[str, Any]]:
    results = {}
    for name in names:
        module = importlib.import_module(f"benchmarks.{name}")
        print(f"… {name}", file=sys.stderr, flush=True)
        before = _load()
        results[name] = await module.run(quick)
        results[name]["load"] = (before, _load())
        print(results[name]["table"], flush=True)
    return results


def _rows(results: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    return [row for result in results.values() for row in result["summary"]]


def _summary(results: dict[str, dict[str, Any]]) -> str:
    lines = [
        "| benchmark | median | spread (min–max) | rounds | target | met | load (1 min) |",
        "|---|---|---|---|---|---|---|",
    ]
    for result in results.values():
        before, after = result["load"]
        for row in result["summary"]:
            met = {True: "yes", False: "**no**", None: "—"}[row["met"]]
            low, high = row["spread"]
            lines.append(
                f"| {row['label']} | {row['ratio']:.2f} | {low:.2f}–{high:.2f} | "
                f"{row['rounds']} | {row['target']} | {met} | {before:.1f} → {after:.1f} |"
            )
    return "\n".join(lines) + "\n"


def _chart(results: dict[str, dict[str, Any]], path: Path) -> bool:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return False
    rows = _rows(results)
    labels = [row["label"] for row in rows]
    values = [row["ratio"] for row in rows]
    errors = [
        [row["ratio"] - row["spread"][0] for row in rows],
        [row["spread"][1] - row["ratio"] for row in rows],
    ]
    colors = [{True: "#2a9d8f", False: "#e76f51", None: "#8d99ae"}[row["met"]] for row in rows]
    figure, axis = plt.subplots(figsize=(9, 0.4 * len(rows) + 1.5))
    axis.barh(labels, values, xerr=errors, color=colors, capsize=3)
    axis.axvline(1.0, color="black", linewidth=0.8)
    axis.invert_yaxis()
    axis.set_xlabel("median ratio to the benchmark's own baseline; bars: min–max over rounds")
    axis.set_title("gorgias_async benchmarks (green: target met on the median)")
    for index, value in enumerate(values):
        axis.text(value, index, f"  {value:.2f}", va="center")
    figure.tight_layout()
    figure.savefig(path, dpi=100)
    return True


def main() -> None:
    """Parse arguments, run, write."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small CI-sized runs")
    parser.add_argument("--only", help="comma-separated subset of " + ",".join(NAMES))
    args = parser.parse_args()
    names = args.only.split(",") if args.only else NAMES
    unknown = set(names) - set(NAMES)
    if unknown:
        parser.error(f"unknown benchmarks: {', '.join(sorted(unknown))}")
    results = asyncio.run(_run_all(names, args.quick))
    summary = _summary(results)
    print(summary)
    if args.quick or args.only:
        return
    stamp = datetime.datetime.now().astimezone().isoformat(timespec="minutes")
    body = [
        f"# Benchmark results\n\nMeasured {stamp}, {_machine()}, by `python -m benchmarks`. "
        "Ratios are against baselines measured in the same run, round by round (contenders "
        "interleaved in a new shuffled order each round); the median is what targets are "
        "stated on, the spread is the lowest and highest round. The last column is the "
        "machine's 1-minute load average before and after each benchmark (other sessions "
        "may share the cores).\n",
        "## Summary\n",
        summary,
    ]
    body += [results[name]["table"] for name in names]
    (HERE / "results.md").write_text("\n".join(body))
    if _chart(results, HERE / "results.png"):
        print(f"wrote {HERE / 'results.md'} and {HERE / 'results.png'}")
    else:
        print(f"wrote {HERE / 'results.md'} (install matplotlib for the chart)")


if __name__ == "__main__":
    main()
