"""Run every benchmark, print the tables, write ``benchmarks/results.md`` and a chart.

    python -m benchmarks [--quick] [--only overhead,latency,...]

Each benchmark measures its own baseline in the same run and reports the ratio; nothing
here asserts a time. ``--quick`` is the CI-sized smoke run (results are not written).
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
    "export",
]
HERE = Path(__file__).parent


def _machine() -> str:
    return f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"


async def _run_all(names: list[str], quick: bool) -> dict[str, dict[str, Any]]:
    results = {}
    for name in names:
        module = importlib.import_module(f"benchmarks.{name}")
        print(f"… {name}", file=sys.stderr, flush=True)
        results[name] = await module.run(quick)
        print(results[name]["table"], flush=True)
    return results


def _summary(results: dict[str, dict[str, Any]]) -> str:
    lines = ["| benchmark | result | target | met |", "|---|---|---|---|"]
    for name, result in results.items():
        met = {True: "yes", False: "**no**", None: "—"}[result["met"]]
        lines.append(f"| {name} | {result['ratio']:.2f} | {result['target']} | {met} |")
    return "\n".join(lines) + "\n"


def _chart(results: dict[str, dict[str, Any]], path: Path) -> bool:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return False
    names = list(results)
    values = [results[name]["ratio"] for name in names]
    colors = [
        {True: "#2a9d8f", False: "#e76f51", None: "#8d99ae"}[results[n]["met"]] for n in names
    ]
    figure, axis = plt.subplots(figsize=(8, 4))
    axis.barh(names, values, color=colors)
    axis.axvline(1.0, color="black", linewidth=0.8)
    axis.set_xlabel("ratio to the benchmark's own baseline (see results.md for direction)")
    axis.set_title("gorgias_async benchmarks (green: target met)")
    for index, value in enumerate(values):
        axis.text(value, index, f" {value:.2f}", va="center")
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
        return  # results.md holds complete runs only
    stamp = datetime.date.today().isoformat()
    body = [
        f"# Benchmark results\n\nMeasured on {stamp}, {_machine()}, by "
        "`python -m benchmarks`. Ratios are against baselines measured in the same run.\n",
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
