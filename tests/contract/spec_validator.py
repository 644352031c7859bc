"""Validate real server responses against openapi.yaml's response schemas (JSON Schema 2020-12)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator

ROOT = Path(__file__).resolve().parents[2]


class SpecValidator:
    """Checks a response body against the schema the spec declares for it."""

    def __init__(self, spec_path: Path = ROOT / "openapi.yaml") -> None:
        self.spec: dict[str, Any] = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
        self.checked: set[str] = set()

    def schema_for(self, method: str, path: str, status: int) -> dict[str, Any]:
        """The response schema of ``method path`` for ``status`` (a path template)."""
        operation = self.spec["paths"][path][method.lower()]
        response = operation["responses"].get(str(status))
        assert response is not None, f"{method} {path}: status {status} is not in the spec"
        return dict(response["content"]["application/json"]["schema"])

    def errors(self, method: str, path: str, status: int, body: Any) -> list[str]:
        """Every way ``body`` breaks the spec (empty when it conforms)."""
        schema = self.schema_for(method, path, status)
        root = {**schema, "components": self.spec["components"]}
        validator = Draft202012Validator(root)
        self.checked.add(f"{method.upper()} {path}")
        return [
            f"{'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message[:300]}"
            for e in validator.iter_errors(body)
        ]
