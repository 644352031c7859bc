"""conv.final_response(): the agent's final answer, as the server extracts it."""

from __future__ import annotations

import pytest

from harness.agent_server import AgentServerProcess
from harness.scripted_llm import FINISH_MESSAGE
from openhands_client import AgentServer, NotFoundError
from tests.conftest import SESSION_API_KEY, AgentFactory

pytestmark = pytest.mark.contract


def test_final_response_is_the_finish_message(
    agent_server: AgentServerProcess, make_agent: AgentFactory
) -> None:
    with AgentServer(agent_server.url, api_key=SESSION_API_KEY) as server:
        conversation = server.start_conversation(
            make_agent("think-1"), str(agent_server.workdir), delete_on_close=True
        )
        assert conversation.final_response() == ""  # nothing said yet
        conversation.send_message("answer me")
        conversation.run(timeout=120)
        assert conversation.final_response() == FINISH_MESSAGE
        conversation.delete()
        with pytest.raises(NotFoundError, match=str(conversation.id)):
            conversation.final_response()
