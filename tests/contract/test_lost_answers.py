"""Answers the client never gets, on the real server: the connection the server resets after
an unhandled 500 (issue 19: 8)."""

from __future__ import annotations

import pytest

from harness.agent_server import AgentServerProcess
from openhands_client import AgentServer, ServerError
from tests.conftest import SESSION_API_KEY, AgentFactory

pytestmark = pytest.mark.contract


def test_a_5xx_never_costs_the_next_call(
    agent_server: AgentServerProcess, make_agent: AgentFactory
) -> None:
    # ask_agent with an LLM that fails: the server answers an unhandled-exception 500, then
    # resets that keep-alive connection (condense without a condenser did so up to 1.57).
    agent = make_agent("error")
    agent["llm"]["num_retries"] = 0
    with AgentServer(agent_server.url, api_key=SESSION_API_KEY) as client:
        conversation = client.start_conversation(
            agent, str(agent_server.workdir), delete_on_close=True
        )
        for attempt in range(5):
            with pytest.raises(ServerError):
                conversation.ask_agent("are you there?")
            conversation.set_title(f"title {attempt}")  # a POST-like PATCH: never re-sent
        assert conversation.refresh_state().title == "title 4"
        conversation.close()
