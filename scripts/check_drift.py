"""Fail when ``openapi.yaml`` or ``generated/`` differ from what the scripts produce.

Two checks: re-curating the stored export with the overlay must reproduce ``openapi.yaml``
byte for byte, and regenerating from ``openapi.yaml`` must reproduce ``generated/openhands_api``.
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
import tempfile
from pathlib import Path

import yaml
from curate_spec import CurationError, curate, render
from regen import PACKAGE, GenerationError, generate

ROOT = Path(__file__).resolve().parent.parent
SPEC_DIR = Path(__file__).resolve().parent / "spec"


def spec_drift(export: Path, overlay: Path, spec: Path) -> list[str]:
    """Return a unified diff between ``spec`` and a fresh curation (empty when equal)."""
    overlay_doc = yaml.safe_load(overlay.read_text(encoding="utf-8"))
    expected = render(curate(json.loads(export.read_text(encoding="utf-8")), overlay_doc))
    actual = spec.read_text(encoding="utf-8") if spec.exists() else ""
    return list(
        difflib.unified_diff(
            actual.splitlines(), expected.splitlines(), str(spec), "curated", lineterm="", n=1
        )
    )


def _files(package: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(package)): p.read_bytes()
        for p in sorted(package.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def code_drift(spec: Path, package: Path) -> list[str]:
    """Return the files of ``package`` that a fresh generation from ``spec`` would change."""
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch) / PACKAGE
        generate(spec, fresh)
        expected, actual = _files(fresh), _files(package)
    problems = [f"extra file: {name}" for name in sorted(actual.keys() - expected.keys())]
    problems += [f"missing file: {name}" for name in sorted(expected.keys() - actual.keys())]
    problems += [
        f"differs: {name}"
        for name in sorted(actual.keys() & expected.keys())
        if actual[name] != expected[name]
    ]
    return problems


def main() -> int:
    """Run both checks; print what drifted and how to fix it."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--export", type=Path, default=SPEC_DIR / "upstream-openapi.json")
    parser.add_argument("--overlay", type=Path, default=SPEC_DIR / "curation.yaml")
    parser.add_argument("--spec", type=Path, default=ROOT / "openapi.yaml")
    parser.add_argument("--package", type=Path, default=ROOT / "generated" / PACKAGE)
    args = parser.parse_args()
    try:
        spec_diff = spec_drift(args.export, args.overlay, args.spec)
        code_diff = code_drift(args.spec, args.package)
    except (CurationError, GenerationError) as exc:
        print(f"drift check could not run: {exc}", file=sys.stderr)
        return 1
    if spec_diff:
        print(f"{args.spec} is stale or hand-edited (first lines of the diff):", file=sys.stderr)
        print("\n".join(spec_diff[:40]), file=sys.stderr)
    if code_diff:
        print(f"{args.package} does not match {args.spec}:", file=sys.stderr)
        print("\n".join(f"  {p}" for p in code_diff[:40]), file=sys.stderr)
    if spec_diff or code_diff:
        print("run `make regen` and commit the result (never edit generated/).", file=sys.stderr)
        return 1
    print("no drift: openapi.yaml and generated/ match the export, overlay and generator")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
