"""The agent presets on the real server: the coding agent edits a file with its file editor
and condenses with its own condenser; the read-only agent reads the file, and has no tool
that could change it."""

from __future__ import annotations

from pathlib import Path

import pytest

from harness.agent_server import AgentServerProcess
from harness.scripted_llm import EDIT_TEXT, EDITED_TEXT, ScriptedLLM
from openhands_client import AgentServer, ExecutionStatus
from openhands_client.presets import (
    CODING_TOOLS,
    READ_ONLY_TOOLS,
    coding_agent,
    llm,
    read_only_agent,
)
from tests.conftest import SESSION_API_KEY

pytestmark = pytest.mark.contract


def _tools(raw: object) -> list[str]:
    agent = raw.get("agent", {}) if isinstance(raw, dict) else {}
    return [tool["name"] for tool in agent.get("tools", [])]


def test_the_presets_edit_condense_and_read(
    agent_server: AgentServerProcess, scripted_llm: ScriptedLLM, tmp_path: Path
) -> None:
    notes = tmp_path / "notes.txt"
    with AgentServer(agent_server.url, api_key=SESSION_API_KEY) as server:
        coder = coding_agent(llm("openai/edit", base_url=scripted_llm.base_url))
        with server.start_conversation(coder, str(tmp_path), delete_on_close=True) as conv:
            assert _tools(conv.state.raw) == list(CODING_TOOLS)
            conv.send_message(f"Write {notes} and improve it.")
            assert conv.run(timeout=120) is ExecutionStatus.FINISHED
            editor = [e for e in conv.events if e.kind == "ActionEvent"]
            assert [a.tool_name for a in editor] == ["file_editor", "file_editor", "finish"]
            assert notes.read_text() == EDITED_TEXT != EDIT_TEXT
            conv.condense()  # the preset's summarizing condenser, not an HTTP 500

        reader = read_only_agent(llm("openai/read", base_url=scripted_llm.base_url))
        with server.start_conversation(reader, str(tmp_path), delete_on_close=True) as conv:
            assert _tools(conv.state.raw) == list(READ_ONLY_TOOLS)
            conv.send_message(f"What does {notes} say?")
            assert conv.run(timeout=120) is ExecutionStatus.FINISHED
            assert "hello from the coding preset" in conv.final_response()
        assert notes.read_text() == EDITED_TEXT
