#!/usr/bin/env bash
# A user project outside the repo: build the wheel, install it with the `testing` extra
# into a fresh venv (dependencies from PyPI), and run that project's own pytest suite,
# which uses both fixtures of the plugin (async and blocking).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
python="${PYTHON:-$root/.venv/bin/python}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$python" -m pip wheel -q --no-deps "$root" -w "$work/dist"
"$python" -m venv "$work/venv"
wheel="$(ls "$work"/dist/gorgias_async-*.whl)"
"$work/venv/bin/python" -m pip install -q "${wheel}[testing]"
cp -r "$root/.ci/user-project" "$work/project"
cd "$work/project"
"$work/venv/bin/python" -m pytest -q
