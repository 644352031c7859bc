"""Quickstart: start a conversation with the coding agent preset, watch its events live, wait
for the end, print the answer and what the agent changed.

Environment:
  AGENT_SERVER_URL   the agent server (default http://127.0.0.1:8000)
  SESSION_API_KEY    its session key, if it has one
  LLM_MODEL          the agent's model, e.g. "openai/gpt-4o" (required; `make demo` sets a
                     scripted one)
  LLM_API_KEY        the model's key
  LLM_BASE_URL       an OpenAI-compatible endpoint (optional)
  AGENT_PRESET       "coding" (terminal, file editor, task tracker; default) or "read-only"
  WORKING_DIR        the agent's directory on the server's machine (default: this machine's
                     temporary directory, which suits a server on this machine only)
  TASK               what to ask the agent

Ctrl-C interrupts the agent on the server too (not only this script).
"""

from __future__ import annotations

import difflib
import os
import sys
import tempfile
import time

from openhands_client import (
    AgentServer,
    ConversationRunError,
    ExecutionStatus,
    StatusError,
    Workspace,
)
from openhands_client.presets import coding_agent, llm_from_env, read_only_agent
from openhands_client.view import RunSummary, TerminalView


def print_git_diff(workspace: Workspace) -> None:
    """Print what the agent changed in the working directory (if it is a git repository)."""
    for change in workspace.git_changes():
        try:
            diff = workspace.git_diff(change.path)
        except StatusError as exc:  # e.g. HTTP 400 for a file over the server's 1 MiB limit
            print(f"\n{change.status} {change.path} (no diff: {exc})")
            continue
        lines = difflib.unified_diff(
            (diff.original or "").splitlines(keepends=True),
            (diff.modified or "").splitlines(keepends=True),
            f"a/{change.path}",
            f"b/{change.path}",
        )
        print(f"\n{change.status} {change.path}\n" + "".join(lines), end="")


def main() -> int:
    """Run one task; exit 0 when the agent finished."""
    task = os.environ.get("TASK", "Think about the task in a few steps, then finish.")
    preset = read_only_agent if os.environ.get("AGENT_PRESET") == "read-only" else coding_agent
    agent = preset(llm_from_env())  # a generated Agent: tools and a condenser included
    view = TerminalView()
    started = time.monotonic()
    with AgentServer.from_env() as server:  # AGENT_SERVER_URL, SESSION_API_KEY
        conversation = server.start_conversation(
            agent,
            working_dir=os.environ.get("WORKING_DIR", tempfile.gettempdir()),
            callbacks=[view],
        )
        print(f"conversation {conversation.id} on {server.url}, model {agent.llm.model}\n")
        conversation.send_message(task)
        status = None
        try:
            with view.ticking():  # a live status line, cleared when the block ends
                status = conversation.run(timeout=3600)  # returns once every event is in the log
        except ConversationRunError as exc:
            print(f"\nthe run failed: {exc}", file=sys.stderr)
        except KeyboardInterrupt:
            conversation.interrupt()  # or leave it running and reattach later by its id
            print(f"\ninterrupted conversation {conversation.id}", file=sys.stderr)
            return 130
        print_git_diff(conversation.workspace)
        print(f"\nanswer: {conversation.final_response()}")
        elapsed = time.monotonic() - started
        print(RunSummary.of(conversation.state, conversation.events, elapsed).line())
    return 0 if status is ExecutionStatus.FINISHED else 1


if __name__ == "__main__":
    sys.exit(main())
