"""Summarise what changed between two OpenAPI exports, for a reviewer to read in a minute.

Usage: api_diff.py OLD.json NEW.json [--overlay scripts/spec/curation.yaml]   (YAML works too).
Exit status 0 either way; the report says "no API changes" when there are none. With the
curation overlay it also says which new upstream operations the curation does not keep yet (and
the reason it records for their group, if any), and lists the new event kinds.
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import sys
from pathlib import Path
from typing import Any

import yaml

Json = dict[str, Any]
METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


def load(path: Path) -> Json:
    """Read a JSON or YAML OpenAPI document."""
    text = path.read_text(encoding="utf-8")
    document = json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)
    if not isinstance(document, dict):
        raise ValueError(f"{path} is not an OpenAPI document")
    return document


def operations(document: Json) -> dict[str, Json]:
    """``"METHOD /path"`` -> operation object."""
    return {
        f"{method.upper()} {path}": op
        for path, item in document.get("paths", {}).items()
        for method, op in item.items()
        if method in METHODS
    }


def event_kinds(document: Json) -> set[str]:
    """The ``kind`` values of the members of the ``Event`` union (schema names if unpinned)."""
    schemas = document.get("components", {}).get("schemas", {})
    kinds = set()
    for member in schemas.get("Event", {}).get("oneOf", []):
        name = str(member.get("$ref", "")).rsplit("/", 1)[-1]
        tag = schemas.get(name, {}).get("properties", {}).get("kind", {})
        kinds.add(str(tag.get("const") or (tag.get("enum") or [name])[0]))
    return kinds


def kept_operations(overlay: Json) -> set[str]:
    """``"METHOD /path"`` of every operation the curation overlay keeps."""
    return {
        f"{key.split(' ', 1)[0].upper()} {key.split(' ', 1)[1]}" for key in overlay["operations"]
    }


def left_out_reason(key: str, overlay: Json) -> str | None:
    """The overlay's reason for leaving out operation ``key``, if a ``left_out`` group covers it."""
    for group in overlay.get("left_out", []):
        if any(fnmatch.fnmatchcase(key, pattern) for pattern in group["paths"]):
            return str(group["reason"])
    return None


def not_kept(added: list[str], overlay: Json) -> list[str]:
    """Report lines for the added operations the curation does not keep."""
    lines = []
    for key in sorted(set(added) - kept_operations(overlay)):
        reason = left_out_reason(key, overlay)
        why = f"left out: {reason}" if reason else "not classified: keep it or add it to left_out"
        lines.append(f"  ? {key} ({why})")
    return lines


def describe(schema: Any) -> str:
    """A short rendering of a schema: ``string``, ``Foo``, ``array of Foo``, ``Foo | null``."""
    if not isinstance(schema, dict):
        return "any"
    if "$ref" in schema:
        return str(schema["$ref"]).rsplit("/", 1)[-1]
    if "const" in schema:
        return f"const {schema['const']!r}"
    for key in ("anyOf", "oneOf"):
        if key in schema:
            return " | ".join(describe(s) for s in schema[key])
    kind = schema.get("type")
    if kind == "array":
        return f"array of {describe(schema.get('items'))}"
    if "enum" in schema:
        return "enum " + "/".join(map(str, schema["enum"]))
    if isinstance(kind, list):
        return " | ".join(map(str, kind))
    return str(kind or "any")


def _params(op: Json) -> dict[str, Json]:
    return {f"{p['in']} {p['name']}": p for p in op.get("parameters", [])}


def _body(op: Json) -> str | None:
    content = op.get("requestBody", {}).get("content", {})
    parts = [f"{media}: {describe(c.get('schema'))}" for media, c in sorted(content.items())]
    return ", ".join(parts) or None


def _responses(op: Json) -> dict[str, str]:
    out = {}
    for status, response in op.get("responses", {}).items():
        content = response.get("content", {})
        out[status] = ", ".join(describe(c.get("schema")) for c in content.values()) or "no body"
    return out


def diff_operation(old: Json, new: Json) -> list[str]:
    """Changes to one operation's parameters, body and responses."""
    lines: list[str] = []
    old_params, new_params = _params(old), _params(new)
    for name in sorted(new_params.keys() - old_params.keys()):
        required = "required" if new_params[name].get("required") else "optional"
        lines.append(f"+ parameter {name} ({required}, {describe(new_params[name].get('schema'))})")
    for name in sorted(old_params.keys() - new_params.keys()):
        lines.append(f"- parameter {name}")
    for name in sorted(old_params.keys() & new_params.keys()):
        was, now = old_params[name], new_params[name]
        if bool(was.get("required")) != bool(now.get("required")):
            required = "required" if now.get("required") else "optional"
            lines.append(f"~ parameter {name} is now {required}")
        before, after = describe(was.get("schema")), describe(now.get("schema"))
        if before != after:
            lines.append(f"~ parameter {name}: {before} -> {after}")
    if _body(old) != _body(new):
        lines.append(f"~ request body: {_body(old)} -> {_body(new)}")
    old_resp, new_resp = _responses(old), _responses(new)
    for status in sorted(old_resp.keys() | new_resp.keys()):
        if old_resp.get(status) != new_resp.get(status):
            before, after = old_resp.get(status, "absent"), new_resp.get(status, "absent")
            lines.append(f"~ response {status}: {before} -> {after}")
    return lines


def diff_schema(old: Json, new: Json) -> list[str]:
    """Changes to one schema's properties, their types and which are required."""
    lines: list[str] = []
    old_props, new_props = old.get("properties", {}), new.get("properties", {})
    old_req, new_req = set(old.get("required", [])), set(new.get("required", []))
    for name in sorted(new_props.keys() - old_props.keys()):
        required = " (required)" if name in new_req else ""
        lines.append(f"+ field {name}: {describe(new_props[name])}{required}")
    for name in sorted(old_props.keys() - new_props.keys()):
        lines.append(f"- field {name}")
    for name in sorted(old_props.keys() & new_props.keys()):
        if describe(old_props[name]) != describe(new_props[name]):
            lines.append(
                f"~ field {name}: {describe(old_props[name])} -> {describe(new_props[name])}"
            )
        if (name in old_req) != (name in new_req):
            lines.append(f"~ field {name} is now {'required' if name in new_req else 'optional'}")
    if describe({k: v for k, v in old.items() if k != "properties"}) != describe(
        {k: v for k, v in new.items() if k != "properties"}
    ):
        lines.append(f"~ type: {describe(old)} -> {describe(new)}")
    return lines


def api_diff(old: Json, new: Json, overlay: Json | None = None) -> list[str]:
    """The whole report, as lines; with ``overlay``, what of it the curation does not keep yet."""
    report: list[str] = []
    old_ops, new_ops = operations(old), operations(new)
    added = sorted(new_ops.keys() - old_ops.keys())
    removed = sorted(old_ops.keys() - new_ops.keys())
    if added:
        report += ["Operations added:"] + [f"  + {key}" for key in added]
    if overlay is not None and (lines := not_kept(added, overlay)):
        report += ["Operations added that the curation does not keep yet:", *lines]
    if kinds := sorted(event_kinds(new) - event_kinds(old)):
        report += ["Event kinds added (typed after make regen):"] + [f"  + {k}" for k in kinds]
    if kinds := sorted(event_kinds(old) - event_kinds(new)):
        report += ["Event kinds removed:"] + [f"  - {k}" for k in kinds]
    if removed:
        report += ["Operations removed:"] + [f"  - {key}" for key in removed]
    changed = [
        (key, lines)
        for key in sorted(old_ops.keys() & new_ops.keys())
        if (lines := diff_operation(old_ops[key], new_ops[key]))
    ]
    if changed:
        report.append("Operations changed:")
        for key, lines in changed:
            report += [f"  {key}"] + [f"    {line}" for line in lines]
    old_schemas = old.get("components", {}).get("schemas", {})
    new_schemas = new.get("components", {}).get("schemas", {})
    if added_schemas := sorted(new_schemas.keys() - old_schemas.keys()):
        report += ["Schemas added:"] + [f"  + {name}" for name in added_schemas]
    if removed_schemas := sorted(old_schemas.keys() - new_schemas.keys()):
        report += ["Schemas removed:"] + [f"  - {name}" for name in removed_schemas]
    changed_schemas = [
        (name, lines)
        for name in sorted(old_schemas.keys() & new_schemas.keys())
        if (lines := diff_schema(old_schemas[name], new_schemas[name]))
    ]
    if changed_schemas:
        report.append("Schemas changed:")
        for name, lines in changed_schemas:
            report += [f"  {name}"] + [f"    {line}" for line in lines]
    return report or ["no API changes"]


def main() -> int:
    """Print the report for OLD and NEW."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old", type=Path)
    parser.add_argument("new", type=Path, nargs="?")
    parser.add_argument("--overlay", type=Path, help="the curation overlay (curation.yaml)")
    args = parser.parse_args()
    if args.new is None:
        parser.error("give the new export: make api-diff NEW=path/to/export.json")
    overlay = load(args.overlay) if args.overlay else None
    print("\n".join(api_diff(load(args.old), load(args.new), overlay)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
