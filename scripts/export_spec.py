"""Export the pinned agent server's OpenAPI document into the repository.

Runs inside the server's own virtualenv (it imports ``openhands.agent_server``);
no server process is started. The output is sorted and indented so that a
server upgrade shows up as a reviewable diff.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import tempfile
from pathlib import Path

DEFAULT_OUTPUT = Path(__file__).parent / "spec" / "upstream-openapi.json"


def export() -> dict[str, object]:
    """Return the full OpenAPI document of the installed ``openhands-agent-server``."""
    os.environ.setdefault("OPENHANDS_SUPPRESS_BANNER", "1")
    logging.disable(logging.CRITICAL)
    # create_app() may touch ./workspace: keep that out of the caller's tree.
    cwd = os.getcwd()
    with tempfile.TemporaryDirectory() as scratch:
        os.chdir(scratch)
        try:
            from openhands.agent_server.api import create_app

            document: dict[str, object] = create_app().openapi()
        finally:
            os.chdir(cwd)
    return document


def main() -> int:
    """Write the export to ``--output`` (default: scripts/spec/upstream-openapi.json)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    args = parser.parse_args()
    text = json.dumps(export(), indent=1, sort_keys=True, ensure_ascii=False) + "\n"
    args.output.write_text(text, encoding="utf-8")
    print(f"wrote {args.output} ({len(text)} bytes)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
