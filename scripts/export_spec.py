"""Export the pinned agent server's OpenAPI document into the repository.

Runs inside the server's own virtualenv (it imports ``openhands.agent_server``);
no server process is started. The output is sorted and indented so that a
server upgrade shows up as a reviewable diff.

``--always-sent`` writes the evidence for required response fields instead
(``scripts/spec/always-sent/<version>.json``, one file per supported server): for every
component, the fields a response always carries. It is the same OpenAPI document generated in
pydantic's serialization mode with defaults counted as serialized (pydantic's
``json_schema_serialization_defaults_required``): a field with a default is still always in
the JSON a model dumps, unless it is excluded (``exclude_if``). Nullable fields are left out:
the server dumps events and stream frames with ``exclude_none``, so a null is absent.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

DEFAULT_OUTPUT = Path(__file__).parent / "spec" / "upstream-openapi.json"
ALWAYS_SENT_DIR = Path(__file__).parent / "spec" / "always-sent"


def export() -> dict[str, Any]:
    """Return the full OpenAPI document of the installed ``openhands-agent-server``."""
    os.environ.setdefault("OPENHANDS_SUPPRESS_BANNER", "1")
    logging.disable(logging.CRITICAL)
    # create_app() may touch ./workspace: keep that out of the caller's tree.
    cwd = os.getcwd()
    with tempfile.TemporaryDirectory() as scratch:
        os.chdir(scratch)
        try:
            from openhands.agent_server.api import create_app

            document: dict[str, Any] = create_app().openapi()
        finally:
            os.chdir(cwd)
    return document


def _nullable(schema: dict[str, Any]) -> bool:
    types = schema.get("type")
    return (
        types == "null"
        or (isinstance(types, list) and "null" in types)
        or any(_nullable(member) for member in schema.get("anyOf", schema.get("oneOf", [])))
    )


def always_sent() -> dict[str, Any]:
    """``{"version": V, "schemas": {component: [field, ...]}}`` for the installed server.

    Components are named as in :func:`export`; a component the export splits into
    ``Foo-Input``/``Foo-Output`` is listed under ``Foo-Output`` only (what a response carries).
    """
    from pydantic.json_schema import GenerateJsonSchema

    declared = export()
    original = GenerateJsonSchema.field_is_required

    def defaults_serialized(self: GenerateJsonSchema, field: Any, total: bool) -> bool:
        if self.mode == "serialization" and field["type"] != "typed-dict-field":
            return field.get("serialization_exclude_if") is None
        return original(self, field, total)

    GenerateJsonSchema.field_is_required = defaults_serialized  # type: ignore[method-assign]
    try:
        serialized = export()
    finally:
        GenerateJsonSchema.field_is_required = original  # type: ignore[method-assign]
    schemas = serialized["components"]["schemas"]
    sent: dict[str, list[str]] = {}
    for name in declared["components"]["schemas"]:
        if name.endswith("-Input"):
            continue
        schema = schemas.get(f"{name}-Output", schemas.get(name, {}))
        properties = schema.get("properties", {})
        sent[name] = sorted(
            field
            for field in schema.get("required", [])
            if field in properties and not _nullable(properties[field])
        )
    return {"version": declared["info"]["version"], "schemas": sent}


def main() -> int:
    """Write the export to ``--output`` (default: scripts/spec/upstream-openapi.json), or with
    ``--always-sent`` the required-field evidence to ``--output`` (default:
    scripts/spec/always-sent/<version>.json)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path)
    parser.add_argument("--always-sent", action="store_true")
    args = parser.parse_args()
    if args.always_sent:
        evidence = always_sent()
        output = args.output or ALWAYS_SENT_DIR / f"{evidence['version']}.json"
        text = json.dumps(evidence, indent=1, sort_keys=True, ensure_ascii=False) + "\n"
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(text, encoding="utf-8")
        print(f"wrote {output} ({len(evidence['schemas'])} schemas)", file=sys.stderr)
        return 0
    args.output = args.output or DEFAULT_OUTPUT
    text = json.dumps(export(), indent=1, sort_keys=True, ensure_ascii=False) + "\n"
    args.output.write_text(text, encoding="utf-8")
    print(f"wrote {args.output} ({len(text)} bytes)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
