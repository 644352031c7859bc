"""The workspace around a conversation: run commands, move files, read git changes.

Environment: AGENT_SERVER_URL, SESSION_API_KEY, and WORKING_DIR (an absolute directory on the
server's machine; default: a new temporary directory, which suits a local server).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from openhands_client import AgentServer


def main() -> int:
    """Init a repository, change it through the workspace, and show what git sees."""
    url = os.environ.get("AGENT_SERVER_URL", "http://127.0.0.1:8000")
    working_dir = os.environ.get("WORKING_DIR") or tempfile.mkdtemp(prefix="workspace-tour-")
    with AgentServer(url, api_key=os.environ.get("SESSION_API_KEY") or None) as server:
        workspace = server.workspace(working_dir)
        setup = workspace.execute_command(
            "git init -q . && git config user.email tour@example.com && git config user.name tour"
            " && echo 'hello' > greeting.txt && git add . && git commit -qm start && echo ready",
            timeout=60,
        )
        print(f"setup: exit {setup.exit_code}, {setup.stdout.strip()!r}")
        if not setup.ok:
            print(setup.stderr, file=sys.stderr)
            return 1

        failing = workspace.execute_command("ls does-not-exist", timeout=30)
        print(f"a failing command is a result, not an exception: exit {failing.exit_code}")

        with tempfile.TemporaryDirectory() as local:
            notes = Path(local) / "notes.md"
            notes.write_text("# notes\n" + "line\n" * 1000)
            sent = workspace.upload(notes, "notes.md")
            received = workspace.download("notes.md", Path(local) / "copy.md")
            same = sent.sha256 == received.sha256
            print(f"uploaded {sent.size} bytes; the download's sha256 matches: {same}")

        workspace.execute_command("echo 'hello, world' > greeting.txt", timeout=30)
        for change in workspace.git_changes():
            print(f"git: {change.status} {change.path}")
        diff = workspace.git_diff("greeting.txt")
        print(f"greeting.txt was {diff.original!r}, is {diff.modified!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
