"""A small validator for the JSON-Schema subset ``openapi.yaml`` uses, and the spec as data.

Keywords: ``$ref`` (to ``#/components/schemas/...``), ``type`` (a name or a list), ``properties``,
``required``, ``items``, ``prefixItems``, ``anyOf``, ``oneOf`` (as ``anyOf``: pydantic's unions
overlap), ``allOf``, ``enum``, ``const``, ``additionalProperties``, ``nullable`` and
``discriminator`` (its mapping picks the union member, so a mismatch names the member's field).
Other keywords (formats, bounds) are not checked. The spec comes from ``openhands_api``'s
``contract.json``, which ``make regen`` writes from ``openapi.yaml``.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any

_REF_PREFIX = "#/components/schemas/"
_TYPES: dict[str, tuple[type, ...]] = {
    "object": (dict,),
    "array": (list,),
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "null": (type(None),),
}


MAX_PROBLEMS = 100
"""An array's or object's members are checked until this many problems are found (what is
left is one more problem): a body within the size limit could otherwise break its schema
millions of times, each a report line."""


@dataclass(frozen=True)
class Problem:
    """One way a JSON value breaks its schema: where (``$.a[0].b``), expected and got."""

    path: str
    expected: str
    got: str


@functools.cache
def load_contract() -> dict[str, Any]:
    """The spec's operations (method, path, response schemas by status) and component schemas."""
    text = resources.files("openhands_api").joinpath("contract.json").read_text(encoding="utf-8")
    contract: dict[str, Any] = json.loads(text)
    return contract


def describe(value: Any) -> str:
    """A short description of a JSON value for a mismatch report."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return f"boolean {str(value).lower()}"
    if isinstance(value, (int, float)):
        return f"{'integer' if isinstance(value, int) else 'number'} {value}"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return f"string {json.dumps(shown)}"
    if isinstance(value, list):
        return f"array of {len(value)}"
    if isinstance(value, dict):
        keys = ", ".join(sorted(value)[:6]) + (", ..." if len(value) > 6 else "")
        return f"object {{{keys}}}"
    return type(value).__name__


def _is_type(value: Any, name: str) -> bool:
    if isinstance(value, bool) and name in ("integer", "number"):
        return False
    return isinstance(value, _TYPES.get(name, object))


class SchemaValidator:
    """Validates JSON values against schemas that may ``$ref`` the given component ``schemas``."""

    def __init__(self, schemas: Mapping[str, Any]) -> None:
        self._schemas = schemas

    def resolve(self, schema: Mapping[str, Any]) -> Mapping[str, Any]:
        """``schema`` with its ``$ref`` chain followed."""
        while "$ref" in schema:
            ref = str(schema["$ref"])
            if not ref.startswith(_REF_PREFIX) or ref[len(_REF_PREFIX) :] not in self._schemas:
                raise ValueError(f"unsupported or dangling $ref {ref!r}")
            schema = self._schemas[ref[len(_REF_PREFIX) :]]
        return schema

    def problems(self, value: Any, schema: Mapping[str, Any], path: str = "$") -> list[Problem]:
        """Every way ``value`` breaks ``schema`` (empty when it conforms); in an array or object,
        up to :data:`MAX_PROBLEMS`, then one problem for the members left unchecked."""
        schema = self.resolve(schema)
        if value is None and schema.get("nullable"):
            return []
        types = schema.get("type")
        if types is not None:
            names = [types] if isinstance(types, str) else list(types)
            if not any(_is_type(value, name) for name in names):
                return [Problem(path, " or ".join(names), describe(value))]
        if "const" in schema and value != schema["const"]:
            return [Problem(path, json.dumps(schema["const"]), describe(value))]
        if "enum" in schema and value not in schema["enum"]:
            return [
                Problem(path, _one_of([json.dumps(v) for v in schema["enum"]]), describe(value))
            ]
        found: list[Problem] = []
        for sub in schema.get("allOf", ()):
            found += self.problems(value, sub, path)
        for key in ("anyOf", "oneOf"):
            if key in schema:
                found += self._union(value, schema[key], schema.get("discriminator"), path)
        if isinstance(value, dict):
            found += self._object(value, schema, path)
        if isinstance(value, list):
            found += self._array(value, schema, path)
        return found

    def _object(self, value: dict[str, Any], schema: Mapping[str, Any], path: str) -> list[Problem]:
        found = [
            Problem(f"{path}.{name}", "required property", "missing")
            for name in schema.get("required", ())
            if name not in value
        ]
        properties = schema.get("properties", {})
        extra = schema.get("additionalProperties", True)
        for checked, (name, item) in enumerate(value.items(), 1):
            where = f"{path}.{name}"
            if name in properties:
                found += self.problems(item, properties[name], where)
            elif extra is False:
                found.append(Problem(where, "no such property", describe(item)))
            elif isinstance(extra, Mapping):
                found += self.problems(item, extra, where)
            if len(found) >= MAX_PROBLEMS and checked < len(value):
                found.append(_unchecked(f"{path}.*", len(value) - checked, "properties"))
                break
        return found

    def _array(self, value: list[Any], schema: Mapping[str, Any], path: str) -> list[Problem]:
        found: list[Problem] = []
        prefix = schema.get("prefixItems", ())
        for index, item in enumerate(value):
            sub = prefix[index] if index < len(prefix) else schema.get("items")
            if isinstance(sub, Mapping):
                found += self.problems(item, sub, f"{path}[{index}]")
            if len(found) >= MAX_PROBLEMS and index + 1 < len(value):
                found.append(_unchecked(f"{path}[{index + 1}:]", len(value) - index - 1, "items"))
                break
        return found

    def _union(
        self,
        value: Any,
        members: Sequence[Mapping[str, Any]],
        discriminator: Mapping[str, Any] | None,
        path: str,
    ) -> list[Problem]:
        if discriminator and isinstance(value, dict) and discriminator.get("mapping"):
            tag_name, mapping = discriminator["propertyName"], discriminator["mapping"]
            tag = value.get(tag_name)
            if isinstance(tag, str) and tag in mapping:
                return self.problems(value, {"$ref": mapping[tag]}, path)
            expected = _one_of([json.dumps(t) for t in sorted(mapping)])
            got = describe(tag) if tag_name in value else "missing"
            return [Problem(f"{path}.{tag_name}", expected, got)]
        results = [self.problems(value, member, path) for member in members]
        if any(not result for result in results):
            return []
        plausible = [r for m, r in zip(members, results, strict=True) if self._plausible(value, m)]
        if len(plausible) == 1:
            return plausible[0]
        return [Problem(path, _one_of([self._label(m) for m in members]), describe(value))]

    def _plausible(self, value: Any, member: Mapping[str, Any]) -> bool:
        """Whether ``member`` is the union member ``value`` was meant to be (by type, by kind)."""
        schema = self.resolve(member)
        types = schema.get("type")
        if types is not None:
            names = [types] if isinstance(types, str) else list(types)
            if not any(_is_type(value, name) for name in names):
                return False
        kind = schema.get("properties", {}).get("kind", {})
        if isinstance(value, dict) and "const" in kind:
            return bool(value.get("kind") == kind["const"])
        return True

    def _label(self, member: Mapping[str, Any]) -> str:
        if "$ref" in member:
            return str(member["$ref"])[len(_REF_PREFIX) :]
        if "const" in member:
            return json.dumps(member["const"])
        types = member.get("type", "any")
        return types if isinstance(types, str) else " or ".join(types)


def _unchecked(path: str, count: int, what: str) -> Problem:
    return Problem(path, f"checked no further ({MAX_PROBLEMS} problems before)", f"{count} {what}")


def _one_of(options: Sequence[str], limit: int = 8) -> str:
    shown = ", ".join(options[:limit]) + (
        f", ... ({len(options)} in all)" if len(options) > limit else ""
    )
    return f"one of {shown}" if len(options) > 1 else shown
