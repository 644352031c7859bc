"""The scripted ``code`` agent does real work on the real server: it writes a program with the
terminal tool and runs it; the workspace's git view and the final answer show it."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from harness.agent_server import AgentServerProcess
from harness.scripted_llm import PROGRAM, PROGRAM_NAME
from openhands_client import AgentServer, ExecutionStatus
from tests.conftest import SESSION_API_KEY, AgentFactory

pytestmark = pytest.mark.contract

FIRST_TEN_PRIMES = "2 3 5 7 11 13 17 19 23 29"


def test_code_script_writes_and_runs_a_program_with_the_terminal(
    agent_server: AgentServerProcess, make_agent: AgentFactory, tmp_path: Path
) -> None:
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    agent = {**make_agent("code"), "tools": [{"name": "terminal"}]}
    with AgentServer(agent_server.url, api_key=SESSION_API_KEY) as server:
        conv = server.start_conversation(agent, str(tmp_path))
        conv.send_message("Write a program that prints the first ten primes, and run it.")
        assert conv.run(timeout=120) is ExecutionStatus.FINISHED

        actions = [e for e in conv.events if e.kind == "ActionEvent"]
        assert [a.tool_name for a in actions] == ["terminal", "terminal", "finish"]
        outputs = [
            str(e.to_dict()["observation"]) for e in conv.events if e.kind == "ObservationEvent"
        ]
        assert FIRST_TEN_PRIMES in outputs[1], outputs
        assert (tmp_path / PROGRAM_NAME).read_text() == PROGRAM

        finish = actions[-1].to_dict()["action"]["message"]
        assert FIRST_TEN_PRIMES in finish
        changes = conv.workspace.git_changes()
        assert [(c.path, c.status) for c in changes] == [(PROGRAM_NAME, "ADDED")]
        assert conv.workspace.git_diff(PROGRAM_NAME).modified.rstrip() == PROGRAM.rstrip()
