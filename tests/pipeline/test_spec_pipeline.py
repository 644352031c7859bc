"""The spec pipeline: curated openapi.yaml is sound, drift is caught, api-diff reports changes."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
SCRIPTS = ROOT / "scripts"
sys.path.insert(0, str(SCRIPTS))

from api_diff import api_diff, kept_operations, left_out_reason, operations  # noqa: E402
from curate_spec import REF_PREFIX  # noqa: E402
from regen import generate  # noqa: E402

SPEC: dict[str, Any] = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]


def run_script(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, cwd=ROOT, check=False
    )


def test_every_2xx_json_response_has_a_schema() -> None:
    missing = [
        f"{method.upper()} {path} {status}"
        for path, item in SPEC["paths"].items()
        for method, op in item.items()
        for status, response in op["responses"].items()
        if status.startswith("2")
        for media, content in response.get("content", {}).items()
        if media == "application/json" and not content.get("schema")
    ]
    assert missing == []


def test_operation_ids_are_short_unique_names() -> None:
    ids = [op["operationId"] for item in SPEC["paths"].values() for op in item.values()]
    assert len(ids) == len(set(ids))
    assert all(i.isidentifier() and len(i) <= 30 for i in ids)


def test_every_component_is_titled_by_its_key() -> None:
    assert {name: s["title"] for name, s in SCHEMAS.items() if s.get("title") != name} == {}


def test_every_discriminated_union_member_pins_its_tag() -> None:
    unions = [s for s in SCHEMAS.values() if "discriminator" in s]
    assert unions, "the spec has discriminated unions (Event, Action, ...)"
    for union in unions:
        prop = union["discriminator"]["propertyName"]
        for value, ref in union["discriminator"]["mapping"].items():
            member = SCHEMAS[ref[len(REF_PREFIX) :]]
            assert member["properties"][prop]["const"] == value
            assert prop in member["required"]


def test_websocket_channel_is_documented() -> None:
    channel = SPEC["x-websocket"]
    assert channel["path"] == "/sockets/events/{conversation_id}"
    assert set(channel["close_codes"]) == {"4001", "4004", "1013"}


def test_generation_prints_no_warning(tmp_path: Path) -> None:
    # generate() runs openapi-python-client with --fail-on-warning and raises on any output
    generate(ROOT / "openapi.yaml", tmp_path / "openhands_api")
    assert (tmp_path / "openhands_api" / "api" / "conversations" / "start_conversation.py").exists()


@pytest.fixture
def scratch_copy(tmp_path: Path) -> Path:
    """A copy of openapi.yaml, the spec inputs and the generated package."""
    shutil.copy(ROOT / "openapi.yaml", tmp_path / "openapi.yaml")
    shutil.copytree(SCRIPTS / "spec", tmp_path / "spec")
    shutil.copytree(
        ROOT / "generated" / "openhands_api",
        tmp_path / "openhands_api",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    return tmp_path


def drift(copy: Path) -> subprocess.CompletedProcess[str]:
    return run_script(
        "scripts/check_drift.py",
        "--export", str(copy / "spec" / "upstream-openapi.json"),
        "--overlay", str(copy / "spec" / "curation.yaml"),
        "--spec", str(copy / "openapi.yaml"),
        "--package", str(copy / "openhands_api"),
    )  # fmt: skip


def test_check_drift_passes_on_the_committed_tree(scratch_copy: Path) -> None:
    result = drift(scratch_copy)
    assert result.returncode == 0, result.stderr


def test_check_drift_fails_on_a_hand_edited_generated_file(scratch_copy: Path) -> None:
    target = scratch_copy / "openhands_api" / "models" / "success.py"
    target.write_text(target.read_text(encoding="utf-8") + "\n# tweak\n", encoding="utf-8")
    result = drift(scratch_copy)
    assert result.returncode == 1
    assert "differs: models/success.py" in result.stderr


def test_check_drift_fails_on_a_stale_openapi_yaml(scratch_copy: Path) -> None:
    overlay = scratch_copy / "spec" / "curation.yaml"
    text = overlay.read_text(encoding="utf-8")
    overlay.write_text(text.replace("[list_tools, tools]", "[available_tools, tools]"), "utf-8")
    result = drift(scratch_copy)
    assert result.returncode == 1
    assert "openapi.yaml is stale or hand-edited" in result.stderr
    assert "available_tools" in result.stderr


def test_api_diff_names_added_removed_and_changed_things() -> None:
    old = json.loads((SCRIPTS / "spec" / "upstream-openapi.json").read_text(encoding="utf-8"))
    new = json.loads(json.dumps(old))
    new["paths"]["/api/conversations/{conversation_id}/run"]["post"].setdefault(
        "parameters", []
    ).append({"in": "query", "name": "dry_run", "required": True, "schema": {"type": "boolean"}})
    del new["paths"]["/api/tools/catalog"]
    new["components"]["schemas"]["Success"]["properties"]["success"] = {"type": "string"}
    new["components"]["schemas"]["ServerInfo"]["properties"]["region"] = {"type": "string"}
    report = "\n".join(api_diff(old, new))
    assert "- GET /api/tools/catalog" in report
    assert "+ parameter query dry_run (required, boolean)" in report
    assert "~ field success: boolean -> string" in report
    assert "+ field region: string" in report
    assert api_diff(old, old) == ["no API changes"]


OVERLAY: dict[str, Any] = yaml.safe_load((SCRIPTS / "spec" / "curation.yaml").read_text("utf-8"))
EXPORT: dict[str, Any] = json.loads((SCRIPTS / "spec" / "upstream-openapi.json").read_text("utf-8"))


def test_the_curation_says_why_it_leaves_out_each_upstream_operation() -> None:
    kept = kept_operations(OVERLAY)
    unexplained = [
        k for k in operations(EXPORT) if k not in kept and not left_out_reason(k, OVERLAY)
    ]
    assert unexplained == []
    assert [k for k in kept if left_out_reason(k, OVERLAY)] == []
    assert all(len(group["reason"]) > 20 for group in OVERLAY["left_out"])


def test_api_diff_says_which_new_operations_the_curation_does_not_keep() -> None:
    new = json.loads(json.dumps(EXPORT))
    new["paths"]["/api/settings/theme"] = {"get": {"responses": {}}}
    new["paths"]["/api/conversations/{conversation_id}/undo"] = {"post": {"responses": {}}}
    report = api_diff(EXPORT, new, OVERLAY)
    assert "Operations added that the curation does not keep yet:" in report
    assert any(
        line.startswith("  ? GET /api/settings/theme (left out: Server-side configuration")
        for line in report
    )
    assert (
        "  ? POST /api/conversations/{conversation_id}/undo (not classified: keep it or add it"
        " to left_out)" in report
    )
