"""Types on the real server: combined metrics, events by kind, listed states, model inputs."""

from __future__ import annotations

from datetime import datetime, timedelta

import httpx
import pytest

from harness.agent_server import AgentServerProcess
from harness.scripted_llm import ScriptedLLM
from openhands_api.types import Unset
from openhands_client import (
    AgentServer,
    AsyncAgentServer,
    ConversationState,
    ExecutionStatus,
    UnknownEvent,
)
from openhands_client.models import (
    LLM,
    Agent,
    AlwaysConfirm,
    LLMSecurityAnalyzer,
    NeverConfirm,
    StaticSecret,
)
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
        usage = conv.state.metrics.accumulated_token_usage  # a TokenUsage: never null or unset
        assert usage.prompt_tokens > 0
        assert usage.prompt_tokens == sum(
            m["accumulated_token_usage"]["prompt_tokens"] for m in rest.values()
        )
        assert conv.state.metrics.accumulated_cost == sum(
            m["accumulated_cost"] for m in rest.values()
        )

        for event in conv.events:
            assert not isinstance(event, UnknownEvent)
            assert type(event).__name__ == event.kind and event.source is not None
            # The server's naive local time, as a datetime (issue 24).
            assert event.timestamp_datetime.tzinfo is None
            assert abs(event.timestamp_datetime - datetime.now()) < timedelta(hours=1)
        assert isinstance(server.info().capabilities, list)  # required: no Unset to rule out

        listed = [s for s in server.conversations() if s.id == conv.id]
        assert len(listed) == 1 and isinstance(listed[0], ConversationState)
        assert listed[0].execution_status is ExecutionStatus.FINISHED


async def test_generated_models_are_accepted_as_inputs(
    agent_server: AgentServerProcess, scripted_llm: ScriptedLLM
) -> None:
    # Built as a user builds them: no kind tags (they default), no JSON.
    agent = Agent(
        llm=LLM(
            model="openai/think-1", base_url=scripted_llm.base_url, api_key="x", usage_id="agent"
        )
    )
    async with AsyncAgentServer(agent_server.url, SESSION_API_KEY) as server:
        conv = await server.start_conversation(
            agent,
            str(agent_server.workdir),
            confirmation_policy=NeverConfirm(),
            secrets={"TOKEN": StaticSecret(value="s3cret"), "PLAIN": "v"},
            delete_on_close=True,
        )
        assert conv.state.info.confirmation_policy.kind == "NeverConfirm"
        await conv.set_confirmation_policy(AlwaysConfirm())
        await conv.set_security_analyzer(LLMSecurityAnalyzer())
        state = await conv.refresh_state()
        assert state.info.confirmation_policy.kind == "AlwaysConfirm"
        analyzer = state.info.security_analyzer
        assert analyzer is not None and not isinstance(analyzer, Unset)
        assert analyzer.kind == "LLMSecurityAnalyzer"
