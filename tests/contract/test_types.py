"""Typed results on the real server: combined metrics, event classes by kind, listed states."""

from __future__ import annotations

import httpx
import pytest

from harness.agent_server import AgentServerProcess
from openhands_client import AgentServer, ConversationState, ExecutionStatus, UnknownEvent
from tests.conftest import SESSION_API_KEY, AgentFactory

pytestmark = pytest.mark.contract


def test_metrics_events_and_listed_states_are_typed(
    agent_server: AgentServerProcess, make_agent: AgentFactory
) -> None:
    with AgentServer(agent_server.url, api_key=SESSION_API_KEY) as server:
        conv = server.start_conversation(make_agent("think-2"), str(agent_server.workdir))
        conv.send_message("count the tokens")
        assert conv.run(timeout=60) is ExecutionStatus.FINISHED

        # Combined over every LLM, from the stream's snapshots, as the server's REST stats say.
        rest = httpx.get(
            f"{agent_server.url}/api/conversations/{conv.id}", headers=agent_server.headers
        ).json()["stats"]["usage_to_metrics"]
        usage = conv.state.metrics.accumulated_token_usage
        assert usage and usage.prompt_tokens > 0
        assert usage.prompt_tokens == sum(
            m["accumulated_token_usage"]["prompt_tokens"] for m in rest.values()
        )
        assert conv.state.metrics.accumulated_cost == sum(
            m["accumulated_cost"] for m in rest.values()
        )

        for event in conv.events:
            assert not isinstance(event, UnknownEvent)
            assert type(event).__name__ == event.kind and event.source is not None

        listed = [s for s in server.conversations() if s.id == conv.id]
        assert len(listed) == 1 and isinstance(listed[0], ConversationState)
        assert listed[0].execution_status is ExecutionStatus.FINISHED
