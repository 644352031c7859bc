"""A synthetic server upgrade through the whole pipeline: export -> curate -> generate -> decode.

The new export adds an event kind with a new field, adds an operation and removes a field. The
curation keeps the new operation (one overlay line), generation stays warning-free, the facade
decodes the new kind into its generated class with no edit, and api-diff reports all three.
"""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
SCRIPTS = ROOT / "scripts"
sys.path.insert(0, str(SCRIPTS))

from api_diff import api_diff  # noqa: E402
from curate_spec import curate, render  # noqa: E402
from regen import generate  # noqa: E402

REF = "#/components/schemas/"
NEW_KIND = "ReviewEvent"
NEW_PATH = "/api/conversations/{conversation_id}/review"
OLD_EXPORT: dict[str, Any] = json.loads(
    (SCRIPTS / "spec" / "upstream-openapi.json").read_text(encoding="utf-8")
)
OVERLAY: dict[str, Any] = yaml.safe_load(
    (SCRIPTS / "spec" / "curation.yaml").read_text(encoding="utf-8")
)


def upgraded_export() -> dict[str, Any]:
    """The stored export with a new event kind, a new operation and a field removed."""
    new = copy.deepcopy(OLD_EXPORT)
    schemas = new["components"]["schemas"]
    review = copy.deepcopy(schemas["PauseEvent"])
    review["title"] = NEW_KIND
    review["description"] = "A reviewer's verdict on the agent's work."
    review["properties"]["kind"]["const"] = NEW_KIND
    review["properties"]["verdict"] = {"title": "Verdict", "type": "string"}
    review["required"] = ["kind", "verdict"]
    schemas[NEW_KIND] = review
    schemas["Event"]["oneOf"].append({"$ref": REF + NEW_KIND})
    schemas["Event"]["discriminator"]["mapping"]["review"] = REF + NEW_KIND
    operation = copy.deepcopy(new["paths"]["/api/conversations/{conversation_id}/pause"]["post"])
    operation["summary"] = "Get Review"
    operation["responses"]["200"]["content"]["application/json"]["schema"] = {
        "$ref": REF + NEW_KIND
    }
    new["paths"][NEW_PATH] = {"get": operation}
    del schemas["ServerInfo"]["properties"]["docs"]
    return new


@pytest.fixture(scope="module")
def upgraded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The curated spec and generated package of the upgraded export, in a temp dir."""
    root = tmp_path_factory.mktemp("upgrade")
    overlay = copy.deepcopy(OVERLAY)
    overlay["operations"][f"get {NEW_PATH}"] = ["get_review", "conversations"]
    spec = root / "openapi.yaml"
    spec.write_text(render(curate(upgraded_export(), overlay)), encoding="utf-8")
    generate(spec, root / "openhands_api")  # raises GenerationError on any generator warning
    return root


def test_generation_of_the_upgrade_is_warning_free_and_has_the_new_operation(
    upgraded: Path,
) -> None:
    assert (upgraded / "openhands_api" / "api" / "conversations" / "get_review.py").exists()
    registry = (upgraded / "openhands_api" / "registry.py").read_text(encoding="utf-8")
    assert f'"{NEW_KIND}": ("openhands_api.models.review_event", "{NEW_KIND}")' in registry
    server_info = (upgraded / "openhands_api" / "models" / "server_info.py").read_text("utf-8")
    assert "docs" not in server_info


def test_the_new_kind_decodes_typed_with_no_facade_edit(upgraded: Path) -> None:
    probe = (
        "from openhands_client.events import decode_event\n"
        "import openhands_api\n"
        f"e = decode_event({{'kind': '{NEW_KIND}', 'id': 'e1', 'timestamp': '2025-01-01T00:00:00',"
        " 'source': 'user', 'verdict': 'approved'})\n"
        "print(type(e).__name__, e.verdict, openhands_api.__file__)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(upgraded)}
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=True
    )
    name, verdict, package = result.stdout.split()
    assert (name, verdict) == (NEW_KIND, "approved")
    assert Path(package).is_relative_to(upgraded)


def test_api_diff_reports_the_kind_the_operation_and_the_removed_field() -> None:
    report = "\n".join(api_diff(OLD_EXPORT, upgraded_export(), OVERLAY))
    assert f"+ GET {NEW_PATH}" in report
    assert f"? GET {NEW_PATH} (not classified" in report
    assert f"Event kinds added (typed after make regen):\n  + {NEW_KIND}" in report
    assert f"Schemas added:\n  + {NEW_KIND}" in report
    assert "  ServerInfo\n    - field docs" in report
