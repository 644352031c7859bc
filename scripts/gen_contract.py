"""The contract as data: ``make regen`` writes ``openhands_api/contract.json`` (openapi.yaml).

It holds each operation's method, path and JSON response schemas, and the component schemas,
pruned to the keywords ``openhands_client._schema_check`` reads: ``openhands-client doctor``
validates answers with it, and the client's runtime needs no YAML or JSON-Schema library.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

CONTRACT = "contract.json"
# The JSON-Schema keywords ``openhands_client._schema_check`` reads; the rest is left out.
CONTRACT_KEYWORDS = frozenset(
    {"$ref", "type", "properties", "required", "items", "prefixItems", "anyOf", "oneOf", "allOf"}
    | {"enum", "const", "additionalProperties", "nullable", "discriminator"}
)


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
    """Write ``package/contract.json`` for the spec at ``spec`` (see the module docstring)."""
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
