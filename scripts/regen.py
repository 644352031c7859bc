"""Generate ``generated/openhands_api`` from ``openapi.yaml`` with the pinned openapi-python-client.

Generation runs into a scratch directory with ``--fail-on-warning``; every Python file is
stamped with a do-not-edit header, and only then is the package swapped into place.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml
from gen_contract import write_contract
from gen_registry import RegistryError
from gen_registry import write as write_registry

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "openhands_api"
CONFIG = Path(__file__).resolve().parent / "spec" / "generator.yaml"
TEMPLATES = Path(__file__).resolve().parent / "spec" / "templates"
STAMP = "# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.\n"


class GenerationError(Exception):
    """openapi-python-client failed or warned, or the registry could not be built."""


def _load(spec: Path) -> dict[str, object]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    document = yaml.load(spec.read_text(encoding="utf-8"), Loader=loader)
    if not isinstance(document, dict):
        raise GenerationError(f"{spec} is not an OpenAPI document")
    return document


def generate(spec: Path, destination: Path) -> None:
    """Write the generated package for ``spec`` to ``destination`` (which must not exist)."""
    bin_dir = str(Path(sys.executable).parent)
    env = {**os.environ, "PATH": bin_dir + os.pathsep + os.environ.get("PATH", "")}
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / PACKAGE
        result = subprocess.run(
            [
                str(Path(bin_dir) / "openapi-python-client"),
                "generate",
                "--path",
                str(spec),
                "--config",
                str(CONFIG),
                "--custom-template-path",
                str(TEMPLATES),
                "--meta",
                "none",
                "--fail-on-warning",
                "--overwrite",
                "--output-path",
                str(out),
            ],
            capture_output=True,
            text=True,
            env=env,
            check=False,
        )
        chatter = (result.stdout + result.stderr).strip()
        if result.returncode != 0 or "Warning" in chatter or "Error" in chatter:
            raise GenerationError(chatter or f"exit status {result.returncode}")
        try:
            registry = write_registry(_load(spec), out)
        except RegistryError as exc:
            raise GenerationError(str(exc)) from exc
        subprocess.run(
            [str(Path(bin_dir) / "ruff"), "format", "--no-cache", "--quiet", str(registry)],
            check=True,
        )
        for path in sorted(out.rglob("*.py")):
            path.write_text(STAMP + path.read_text(encoding="utf-8"), encoding="utf-8")
        (out / "py.typed").write_text("")
        write_contract(spec, out)
        shutil.copytree(out, destination)


def main() -> int:
    """Regenerate ``--output`` (default generated/openhands_api) from ``--spec``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spec", type=Path, default=ROOT / "openapi.yaml")
    parser.add_argument("--output", type=Path, default=ROOT / "generated" / PACKAGE)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        staged = Path(scratch) / PACKAGE
        try:
            generate(args.spec, staged)
        except GenerationError as exc:
            print(f"generation failed:\n{exc}", file=sys.stderr)
            return 1
        shutil.rmtree(args.output, ignore_errors=True)
        shutil.copytree(staged, args.output)
    print(f"wrote {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
