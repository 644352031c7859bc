"""The required-field evidence (scripts/spec/always-sent/) is what the export script gives."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PINNED_SERVER_PYTHON = ROOT / ".venv-server" / "bin" / "python"


def test_the_pinned_servers_stored_evidence_is_what_the_export_gives(tmp_path: Path) -> None:
    """The stored evidence of the pinned server, which the curation requires fields from, is
    what ``export_spec.py --always-sent`` writes from it: regenerated, not hand-edited."""
    output = tmp_path / "evidence.json"
    subprocess.run(
        [str(PINNED_SERVER_PYTHON), str(ROOT / "scripts" / "export_spec.py"), "--always-sent",
         "--output", str(output)],
        env={**os.environ, "OPENHANDS_SUPPRESS_BANNER": "1"},
        cwd=tmp_path,
        capture_output=True,
        check=True,
        timeout=300,
    )  # fmt: skip
    fresh = json.loads(output.read_text(encoding="utf-8"))
    stored = ROOT / "scripts" / "spec" / "always-sent" / f"{fresh['version']}.json"
    assert json.loads(stored.read_text(encoding="utf-8")) == fresh
    # Evidence, not a copy of the declared schema: fields with defaults count as sent.
    assert "capabilities" in fresh["schemas"]["ServerInfo"]
    assert "title" not in fresh["schemas"]["ConversationInfo"]  # nullable: dropped when null
