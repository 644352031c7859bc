"""The curation's typing rules on the real export: catch-all members, required fields (from
the evidence of every supported server, response models only)."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from curate_spec import CurationError, curate, load_always_sent

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
    # snapshot without it undecodable. The export leaves nullable fields out of the evidence;
    # curation refuses them all the same.
    export, overlay = sources
    evidence = copy.deepcopy(load_always_sent(overlay))
    for schemas in evidence.values():
        schemas["Metrics"].append("max_budget_per_task")
    with pytest.raises(CurationError, match="nullable"):
        curate(export, overlay, evidence)


def _required(document: dict[str, Any], name: str) -> set[str]:
    return set(document["components"]["schemas"][name].get("required", []))


def test_response_fields_every_server_sends_are_required_the_others_stay_optional(
    sources: tuple[dict[str, Any], dict[str, Any]],
) -> None:
    export, overlay = sources
    curated = curate(export, overlay)
    assert {"capabilities", "version", "usable_tools"} <= _required(curated, "ServerInfo")
    assert {"stats", "agent_state", "tags", "created_at"} <= _required(curated, "ConversationInfo")
    # 1.45.0 does not send it: optional.
    assert "tool_module_qualnames" not in _required(curated, "ConversationInfo")
    # Nullable (absent from the stream's exclude_none dumps): optional.
    assert "title" not in _required(curated, "ConversationInfo")
    # always_sent.except: the stream's stats snapshots carry no per-call lists.
    assert not {"costs", "token_usages"} & _required(curated, "Metrics")
    # always_sent.never_null: nullable upstream, never null (a validator fills it).
    assert "accumulated_token_usage" in _required(curated, "Metrics")
    usage = curated["components"]["schemas"]["Metrics"]["properties"]["accumulated_token_usage"]
    assert usage["$ref"] == "#/components/schemas/TokenUsage" and "anyOf" not in usage
    # 1.45.0 and 1.52.0 know no FileUploadResult (they answer {"success": true}): the
    # evidence adds nothing to what the export requires.
    upload = export["components"]["schemas"]["FileUploadResult"]
    assert _required(curated, "FileUploadResult") == set(upload.get("required", []))

    # One server without a field is enough to keep it optional.
    evidence = copy.deepcopy(load_always_sent(overlay))
    evidence["1.52.0"]["ServerInfo"].remove("capabilities")
    assert "capabilities" not in _required(curate(export, overlay, evidence), "ServerInfo")


def test_request_models_and_models_used_both_ways_stay_lenient(
    sources: tuple[dict[str, Any], dict[str, Any]],
) -> None:
    export, overlay = sources
    curated = curate(export, overlay)
    schemas = export["components"]["schemas"]
    for name in ("Agent-Input", "LLM-Input", "StartConversationRequest", "TextContent"):
        # (a union member's `kind` is required with its constant as default: no argument either)
        assert _required(curated, name) - {"kind"} == set(schemas[name].get("required", [])), name
    # The response twins of the same models are typed strictly.
    assert "include_default_tools" in _required(curated, "Agent-Output")


def test_the_evidence_covers_every_supported_server() -> None:
    overlay = yaml.safe_load((SPEC / "curation.yaml").read_text(encoding="utf-8"))
    makefile = (SPEC.parents[1] / "Makefile").read_text(encoding="utf-8")
    pinned = re.search(r"^PINNED_SERVER := (.+)$", makefile, re.M)
    older = re.search(r"^OLDER_SERVERS := (.+)$", makefile, re.M)
    assert pinned and older
    servers = {pinned.group(1).strip(), *older.group(1).split()}
    assert set(overlay["always_sent"]["servers"]) == servers
    for version in servers:
        evidence = json.loads((SPEC / "always-sent" / f"{version}.json").read_text("utf-8"))
        assert evidence["version"] == version
