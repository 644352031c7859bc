"""The doctor's JSON-Schema validator (the subset openapi.yaml uses) and the shipped contract."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from openhands_client._schema_check import Problem, SchemaValidator, describe, load_contract
from openhands_client.doctor import version_supported

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

from gen_contract import write_contract  # noqa: E402

SCHEMAS: dict[str, Any] = {
    "Info": {
        "type": "object",
        "required": ["id", "status"],
        "properties": {
            "id": {"type": "string"},
            "status": {"$ref": "#/components/schemas/Status"},
            "count": {"type": "integer"},
            "ratio": {"type": "number"},
            "title": {"anyOf": [{"type": "string"}, {"type": "null"}]},
            "tags": {"type": "object", "additionalProperties": {"type": "string"}},
            "pair": {"type": "array", "prefixItems": [{"type": "string"}, {"type": "integer"}]},
            "note": {"type": "string", "nullable": True},
        },
    },
    "Status": {"type": "string", "enum": ["idle", "running"]},
    "Page": {
        "type": "object",
        "required": ["items"],
        "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/Info"}}},
    },
    "Closed": {
        "type": "object",
        "properties": {"a": {"type": "string"}},
        "additionalProperties": False,
    },
    "Cat": {
        "type": "object",
        "required": ["kind", "lives"],
        "properties": {"kind": {"const": "Cat"}, "lives": {"type": "integer"}},
    },
    "Dog": {
        "type": "object",
        "required": ["kind", "bark"],
        "properties": {"kind": {"const": "Dog"}, "bark": {"type": "boolean"}},
    },
    "Pet": {
        "oneOf": [{"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Dog"}],
        "discriminator": {
            "propertyName": "kind",
            "mapping": {"Cat": "#/components/schemas/Cat", "Dog": "#/components/schemas/Dog"},
        },
    },
    "PetNoMapping": {
        "anyOf": [{"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Dog"}],
    },
    "MaybeInfo": {"anyOf": [{"$ref": "#/components/schemas/Info"}, {"type": "null"}]},
    "Both": {"allOf": [{"$ref": "#/components/schemas/Cat"}, {"required": ["name"]}]},
}
VALIDATOR = SchemaValidator(SCHEMAS)
GOOD_INFO = {"id": "x", "status": "idle", "count": 3, "ratio": 2, "title": None, "note": None}


def problems(value: Any, name: str) -> list[Problem]:
    return VALIDATOR.problems(value, {"$ref": f"#/components/schemas/{name}"})


def test_a_conforming_value_has_no_problems() -> None:
    assert problems(GOOD_INFO, "Info") == []
    assert problems({**GOOD_INFO, "tags": {"a": "b"}, "pair": ["a", 1], "extra": 1}, "Info") == []
    assert problems({"items": [GOOD_INFO, GOOD_INFO]}, "Page") == []
    assert problems({"kind": "Dog", "bark": True}, "Pet") == []
    assert problems(None, "MaybeInfo") == []


def test_a_missing_required_field_is_named_with_its_path() -> None:
    renamed = {"items": [GOOD_INFO, {"identifier": "y", "status": "idle"}]}
    assert problems(renamed, "Page") == [Problem("$.items[1].id", "required property", "missing")]


@pytest.mark.parametrize(
    ("field", "value", "expected", "got"),
    [
        ("id", 5, "string", "integer 5"),
        ("count", True, "integer", "boolean true"),
        ("count", 1.5, "integer", "number 1.5"),
        ("ratio", "2", "number", 'string "2"'),
        ("status", "done", 'one of "idle", "running"', 'string "done"'),
        ("title", 3, "one of string, null", "integer 3"),
        ("note", 1, "string", "integer 1"),
        ("tags", {"a": 1}, "string", "integer 1"),
        ("pair", ["a", "b"], "integer", 'string "b"'),
    ],
)
def test_a_wrong_value_is_reported_with_expected_and_got(
    field: str, value: Any, expected: str, got: str
) -> None:
    found = problems({**GOOD_INFO, field: value}, "Info")
    assert len(found) == 1
    assert found[0].path.startswith(f"$.{field}")
    assert (found[0].expected, found[0].got) == (expected, got)


def test_additional_properties_false_rejects_unknown_fields() -> None:
    assert problems({"a": "x", "b": 1}, "Closed") == [
        Problem("$.b", "no such property", "integer 1")
    ]


def test_the_discriminator_picks_the_member_so_its_field_is_named() -> None:
    assert problems({"kind": "Cat", "lives": "nine"}, "Pet") == [
        Problem("$.lives", "integer", 'string "nine"')
    ]
    assert problems({"kind": "Cow"}, "Pet") == [
        Problem("$.kind", 'one of "Cat", "Dog"', 'string "Cow"')
    ]
    assert problems({"lives": 9}, "Pet") == [Problem("$.kind", 'one of "Cat", "Dog"', "missing")]
    assert problems({"kind": ["Cat"]}, "Pet") == [
        Problem("$.kind", 'one of "Cat", "Dog"', "array of 1")
    ]


def test_a_union_without_mapping_picks_the_member_by_kind_or_type() -> None:
    assert problems({"kind": "Dog", "bark": "loud"}, "PetNoMapping") == [
        Problem("$.bark", "boolean", 'string "loud"')
    ]
    assert problems({"status": "idle"}, "MaybeInfo") == [
        Problem("$.id", "required property", "missing")
    ]
    assert problems([], "MaybeInfo") == [Problem("$", "one of Info, null", "array of 0")]


def test_all_of_needs_every_member() -> None:
    assert problems({"kind": "Cat", "lives": 9}, "Both") == [
        Problem("$.name", "required property", "missing")
    ]


def test_a_dangling_ref_is_an_error_not_a_pass() -> None:
    with pytest.raises(ValueError, match="Nope"):
        VALIDATOR.problems({}, {"$ref": "#/components/schemas/Nope"})


def test_describe_is_short() -> None:
    assert describe("x" * 100).endswith('..."')
    assert len(describe("x" * 100)) < 60
    assert describe({"a": 1}) == "object {a}"


def test_the_shipped_contract_is_openapi_yaml() -> None:
    spec = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    contract = load_contract()
    assert contract["version"] == spec["info"]["version"]
    operations = {op["operationId"] for item in spec["paths"].values() for op in item.values()}
    assert set(contract["operations"]) == operations
    assert set(contract["schemas"]) == set(spec["components"]["schemas"])
    info = contract["operations"]["get_server_info"]
    assert (info["method"], info["path"]) == ("GET", "/server_info")


def test_write_contract_keeps_only_the_keywords_the_validator_reads(tmp_path: Path) -> None:
    spec = {
        "info": {"version": "9"},
        "paths": {
            "/x": {
                "get": {
                    "operationId": "get_x",
                    "responses": {
                        "200": {"content": {"application/json": {"schema": {"type": "object"}}}},
                        "204": {"description": "empty"},
                    },
                }
            }
        },
        "components": {
            "schemas": {
                "X": {
                    "title": "X",
                    "type": "object",
                    "properties": {"title": {"type": "string", "minLength": 1, "title": "T"}},
                }
            }
        },
    }
    source = tmp_path / "openapi.yaml"
    source.write_text(yaml.safe_dump(spec), encoding="utf-8")
    write_contract(source, tmp_path)
    written = yaml.safe_load((tmp_path / "contract.json").read_text(encoding="utf-8"))
    assert written == {
        "version": "9",
        "operations": {
            "get_x": {"method": "GET", "path": "/x", "responses": {"200": {"type": "object"}}}
        },
        "schemas": {"X": {"type": "object", "properties": {"title": {"type": "string"}}}},
    }


@pytest.mark.parametrize(
    ("version", "supported"),
    [("1.45.0", True), ("1.58.2", True), ("1.44.9", False), ("2.0.0", False), ("dev", False)],
)
def test_version_supported(version: str, supported: bool) -> None:
    assert version_supported(version) is supported
