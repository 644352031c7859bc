"""Goal loops against the real agent server: start, the conflict while active, stop, resume."""

from __future__ import annotations

import time
from typing import Any

import pytest

from harness.agent_server import AgentServerProcess
from harness.scripted_llm import ScriptedLLM
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


def settle(llm: ScriptedLLM) -> None:
    """Wait until the LLM has had no request for a second (a goal loop's last calls)."""
    deadline, seen = time.monotonic() + 30, -1
    while llm.requests != seen:
        assert time.monotonic() < deadline, "the stopped goal loop still calls the LLM"
        seen = llm.requests
        time.sleep(1.0)


def test_goal_start_conflict_stop_and_resume(
    agent_server: AgentServerProcess, make_agent: AgentFactory, scripted_llm: ScriptedLLM
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
        # Stopping the loop leaves its current run going: end it, so that no LLM call of this
        # conversation lands in a later test (the scripted LLM is shared by the session).
        conv.interrupt()
        eventually(lambda: conv.state.execution_status.value != "running", what="the last run")
        settle(scripted_llm)
