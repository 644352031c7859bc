"""Generate ``generated/openhands_api`` from ``openapi.yaml`` with the pinned openapi-python-client.

Generation runs into a scratch directory with ``--fail-on-warning``; every Python file is
stamped with a do-not-edit header, and only then is the package swapped into place.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "openhands_api"
CONFIG = Path(__file__).resolve().parent / "spec" / "generator.yaml"
TEMPLATES = Path(__file__).resolve().parent / "spec" / "templates"
CONTRACT = "contract.json"
# The JSON-Schema keywords openhands_client.schema_check reads; the rest is left out of CONTRACT.
CONTRACT_KEYWORDS = frozenset(
    {"$ref", "type", "properties", "required", "items", "prefixItems", "anyOf", "oneOf", "allOf"}
    | {"enum", "const", "additionalProperties", "nullable", "discriminator"}
)
STAMP = "# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.\n"


class GenerationError(Exception):
    """openapi-python-client failed or warned."""


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
        for path in sorted(out.rglob("*.py")):
            path.write_text(STAMP + path.read_text(encoding="utf-8"), encoding="utf-8")
        (out / "py.typed").write_text("")
        write_contract(spec, out)
        shutil.copytree(out, destination)


def _prune(schema: Any) -> Any:
    """``schema`` with only CONTRACT_KEYWORDS, recursively (property names are kept)."""
    if not isinstance(schema, dict):
        return schema
    kept: dict[str, Any] = {}
    for key, value in schema.items():
        if key not in CONTRACT_KEYWORDS:
            continue
        if key == "properties":
            kept[key] = {name: _prune(sub) for name, sub in value.items()}
        elif key in ("anyOf", "oneOf", "allOf", "prefixItems"):
            kept[key] = [_prune(sub) for sub in value]
        elif key in ("items", "additionalProperties"):
            kept[key] = _prune(value)
        else:
            kept[key] = value
    return kept


def write_contract(spec: Path, package: Path) -> None:
    """Write ``package/contract.json``: each operation's method, path and JSON response schemas,
    and the component schemas, pruned to what ``openhands-client doctor`` validates with (the
    client's runtime has no YAML or JSON-Schema library)."""
    document = yaml.safe_load(spec.read_text(encoding="utf-8"))
    operations: dict[str, Any] = {}
    for path, methods in document["paths"].items():
        for method, operation in methods.items():
            responses = {
                status: _prune(response["content"]["application/json"]["schema"])
                for status, response in operation["responses"].items()
                if "application/json" in response.get("content", {})
            }
            operations[operation["operationId"]] = {
                "method": method.upper(),
                "path": path,
                "responses": responses,
            }
    contract = {
        "version": document["info"]["version"],
        "operations": operations,
        "schemas": {name: _prune(s) for name, s in document["components"]["schemas"].items()},
    }
    text = json.dumps(contract, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    (package / CONTRACT).write_text(text + "\n", encoding="utf-8")


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
