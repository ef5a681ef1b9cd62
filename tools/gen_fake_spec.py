"""Generate ``gorgias_async/testing/gorgias-openapi.json``: the spec the fake validates against.

    python tools/gen_fake_spec.py [SPEC.yaml]          # (re)write the file
    python tools/gen_fake_spec.py [SPEC.yaml] --check  # exit 1 if the file is stale

The source is the team's copy of Gorgias' OpenAPI 3.0 document (``../shared/gorgias-openapi.yaml``
by default). The fake ships a trimmed JSON copy inside the package, so that it loads in
milliseconds with the standard library and needs no YAML parser: only ``paths`` and
``components.schemas`` are kept, without the ``example(s)``, ``description``, ``summary`` and
``title`` annotations (a property *named* ``description`` or ``title`` is kept). Needs PyYAML.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = ROOT.parent / "shared" / "gorgias-openapi.yaml"
TARGET = ROOT / "gorgias_async" / "testing" / "gorgias-openapi.json"
ANNOTATIONS = frozenset({"example", "examples", "description", "summary", "title", "tags"})


def trim(node: Any, *, in_properties: bool = False) -> Any:
    """``node`` without annotations; the keys of a ``properties`` map are names, not keywords."""
    if isinstance(node, dict):
        return {
            key: trim(value, in_properties=key == "properties" and not in_properties)
            for key, value in node.items()
            if in_properties or (key not in ANNOTATIONS and not key.startswith("x-"))
        }
    if isinstance(node, list):
        return [trim(value) for value in node]
    return node


def build(source: Path) -> str:
    """The JSON text of the trimmed spec."""
    import yaml

    spec = yaml.safe_load(source.read_text(encoding="utf-8"))
    kept = {
        "openapi": spec["openapi"],
        "info": {"title": spec["info"]["title"], "version": spec["info"]["version"]},
        "paths": trim(spec["paths"]),
        "components": {"schemas": trim(spec["components"]["schemas"], in_properties=True)},
    }
    return json.dumps(kept, indent=None, sort_keys=True, separators=(",", ":")) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", nargs="?", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument("--check", action="store_true", help="fail if the file is stale")
    args = parser.parse_args(argv)
    text = build(args.source)
    if args.check:
        if not TARGET.exists() or TARGET.read_text(encoding="utf-8") != text:
            print(f"{TARGET.relative_to(ROOT)} is stale: run python tools/gen_fake_spec.py")
            return 1
        return 0
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)} ({len(text):,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
