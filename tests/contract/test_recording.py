"""Recording a real session and replaying it in the testing kit's fake (issue 22: 1)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from harness.agent_server import AgentServerProcess
from openhands_client import AgentServer, ExecutionStatus
from openhands_client.testing import Recorder, ReplayServer
from tests.conftest import SESSION_API_KEY, AgentFactory

pytestmark = pytest.mark.contract

# Set to a path to rewrite the recording the unit tests replay (tests/unit/data/).
RECORD_TO = "OPENHANDS_RECORD_TO"


def bot(server: AgentServer, agent: dict[str, object], workdir: str) -> BotResult:
    """A user's code: ask the agent, wait for the run, read the log and the answer."""
    conversation = server.start_conversation(agent, workdir)
    conversation.send_message("answer me")
    status = conversation.run(timeout=60)
    return status, [e.id for e in conversation.events], conversation.final_response()


BotResult = tuple[ExecutionStatus, list[str], str]


def test_a_recorded_session_replays_to_what_the_client_saw_live(
    agent_server: AgentServerProcess, make_agent: AgentFactory, tmp_path: Path
) -> None:
    agent, workdir = make_agent("think-1"), str(agent_server.workdir)
    with Recorder(agent_server.url, SESSION_API_KEY) as recorder, recorder.client() as server:
        status, live_ids, answer = bot(server, agent, workdir)
    assert status is ExecutionStatus.FINISHED
    path = Path(os.environ.get(RECORD_TO) or tmp_path / "session.json")
    recorder.recording.save(path)
    assert SESSION_API_KEY not in path.read_text(encoding="utf-8")
    assert recorder.recording.sockets and recorder.recording.sockets[0].frames

    with ReplayServer(path, SESSION_API_KEY) as replay, replay.client() as server:
        replayed_status, replayed_ids, replayed_answer = bot(server, agent, workdir)
    assert (replayed_status, replayed_answer) == (status, answer)
    # A late event (the background title) may have reached the replay's client only.
    assert replayed_ids[: len(live_ids)] == live_ids
    assert replay.misses == []
