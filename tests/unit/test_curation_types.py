"""The curation's typing rules on the real export: catch-all members, required fields."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from curate_spec import CurationError, curate

SPEC = Path(__file__).resolve().parents[2] / "scripts" / "spec"


@pytest.fixture(scope="module")
def sources() -> tuple[dict[str, Any], dict[str, Any]]:
    export = json.loads((SPEC / "upstream-openapi.json").read_text(encoding="utf-8"))
    overlay = yaml.safe_load((SPEC / "curation.yaml").read_text(encoding="utf-8"))
    return export, overlay


def test_unions_end_with_their_catch_all_as_any_of(
    sources: tuple[dict[str, Any], dict[str, Any]],
) -> None:
    schemas = curate(*sources)["components"]["schemas"]
    for union, member in (("Action", "UnknownAction"), ("Observation", "UnknownObservation")):
        assert "oneOf" not in schemas[union]  # a payload matches its member and the catch-all
        assert schemas[union]["anyOf"][-1] == {"$ref": f"#/components/schemas/{member}"}
        assert schemas[member]["properties"]["kind"] == {"type": "string"}
    usage = schemas["ConversationStats"]["properties"]["usage_to_metrics"]
    assert usage["additionalProperties"] == {"$ref": "#/components/schemas/Metrics"}


def test_a_nullable_field_cannot_be_required(
    sources: tuple[dict[str, Any], dict[str, Any]],
) -> None:
    # The stream dumps with exclude_none: a required nullable field would make every
    # snapshot without it undecodable.
    export, overlay = sources
    overlay = copy.deepcopy(overlay)
    overlay["required"]["Metrics"].append("max_budget_per_task")
    with pytest.raises(CurationError, match="nullable"):
        curate(export, overlay)
