"""Goal loops against the real agent server: start, the conflict while active, stop, resume."""

from __future__ import annotations

from typing import Any

import pytest

from harness.agent_server import AgentServerProcess
from openhands_client import AgentServer, ConflictError, Conversation, StatusError
from tests.conftest import SESSION_API_KEY, AgentFactory
from tests.contract.helpers import eventually

pytestmark = pytest.mark.contract


def goal_statuses(conv: Conversation) -> list[dict[str, Any]]:
    """The goal-status updates the conversation's log holds, in order."""
    return [
        e.value
        for e in conv.events
        if e.kind == "ConversationStateUpdateEvent" and getattr(e, "key", None) == "goal"
    ]


def test_goal_start_conflict_stop_and_resume(
    agent_server: AgentServerProcess, make_agent: AgentFactory
) -> None:
    with AgentServer(agent_server.url, api_key=SESSION_API_KEY) as server:
        # Slow steps keep the loop's first run going while the test acts on it.
        conv = server.start_conversation(
            make_agent("slow-think-20-300"), str(agent_server.workdir), delete_on_close=True
        )
        with pytest.raises(StatusError):
            conv.resume_goal()  # nothing interrupted yet: the server's 400
        conv.start_goal("write the word done", max_iterations=2)
        eventually(lambda: bool(goal_statuses(conv)), what="the goal's first status")
        first = goal_statuses(conv)[0]
        assert (first["active"], first["status"], first["objective"]) == (
            True,
            "running",
            "write the word done",
        )
        assert first["max_iterations"] == 2
        eventually(
            lambda: any(e.kind == "MessageEvent" and e.source == "user" for e in conv.events),
            what="the goal's first message",
        )
        with pytest.raises(ConflictError):
            conv.start_goal("another goal")
        conv.stop_goal()
        eventually(
            lambda: goal_statuses(conv)[-1]["status"] == "interrupted", what="the interruption"
        )
        conv.stop_goal()  # no active loop: no error
        conv.interrupt()
        eventually(lambda: conv.state.execution_status.value != "running", what="the run's end")
        conv.resume_goal()
        eventually(lambda: goal_statuses(conv)[-1]["status"] == "running", what="the resumed goal")
        conv.stop_goal()
        eventually(
            lambda: goal_statuses(conv)[-1]["status"] == "interrupted", what="the second stop"
        )
