"""Quickstart: start a conversation, watch its events live, wait for the end, print a summary.

Environment:
  AGENT_SERVER_URL   the agent server (default http://127.0.0.1:8000)
  SESSION_API_KEY    its session key, if it has one
  LLM_MODEL          the agent's model, e.g. "openai/gpt-4o" (`make demo` sets a scripted one)
  LLM_API_KEY        the model's key
  LLM_BASE_URL       an OpenAI-compatible endpoint (optional)
  AGENT_TOOLS        comma-separated extra tools, e.g. "terminal,file_editor" (default: none;
                     the server always gives the agent `think` and `finish`)
  TASK               what to ask the agent
"""

from __future__ import annotations

import difflib
import os
import sys
import tempfile
import time

from openhands_client import AgentServer, ConversationRunError, Workspace
from openhands_client.cli import agent_from_env
from openhands_client.view import RunSummary, TerminalView


def print_git_diff(workspace: Workspace) -> None:
    """Print what the agent changed in the working directory (if it is a git repository)."""
    for change in workspace.git_changes():
        diff = workspace.git_diff(change.path)
        lines = difflib.unified_diff(
            (diff.original or "").splitlines(keepends=True),
            (diff.modified or "").splitlines(keepends=True),
            f"a/{change.path}",
            f"b/{change.path}",
        )
        print(f"\n{change.status} {change.path}\n" + "".join(lines), end="")


def main() -> int:
    """Run one task; exit 0 when the agent finished."""
    url = os.environ.get("AGENT_SERVER_URL", "http://127.0.0.1:8000")
    task = os.environ.get("TASK", "Think about the task in a few steps, then finish.")
    view = TerminalView()
    started = time.monotonic()
    with AgentServer(url, api_key=os.environ.get("SESSION_API_KEY") or None) as server:
        conversation = server.start_conversation(
            agent_from_env(),
            working_dir=os.environ.get("WORKING_DIR", tempfile.gettempdir()),
            callbacks=[view],
        )
        print(f"conversation {conversation.id} on {url}\n")
        conversation.send_message(task)
        try:
            with view.ticking():
                status = conversation.run(timeout=3600)  # returns once every event is in the log
        except ConversationRunError as exc:
            print(f"\nthe run failed: {exc}", file=sys.stderr)
            status = None
        summary = RunSummary.of(conversation.state, conversation.events, time.monotonic() - started)
        print("\n\n" + summary.render())
        print_git_diff(conversation.workspace)
    return 0 if status is not None and status.value == "finished" else 1


if __name__ == "__main__":
    sys.exit(main())
