"""A user's tests of their own bot, written with the public testing API only (issue 22: 1).

This is what the README's "Testing your own code" shows: no real server, no LLM, each test well
under a second. (The project's autouse fixtures shorten the client's waits here; the README's
copy runs without them, under plain pytest, in tests/pipeline/test_readme_testing_kit.py.)
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from openhands_client import AgentServer, AsyncAgentServer, ConversationRunError, TokenItemStatus
from openhands_client.testing import FakeAgentServer, RunContext, agent_json, standard_run


def review(server: AgentServer) -> str:
    """The code under test: a bot asking the agent for a review."""
    conversation = server.start_conversation(agent_json(), "/workspace")
    conversation.send_message("Review the change")
    try:
        conversation.run(timeout=60)
    except ConversationRunError:
        return "no review"
    return conversation.final_response()


async def review_async(server: AsyncAgentServer) -> str:
    """The same bot, written with the async client."""
    conversation = await server.start_conversation(agent_json(), "/workspace")
    await conversation.send_message("Review the change")
    try:
        await conversation.run(timeout=60)
    except ConversationRunError:
        return "no review"
    return await conversation.final_response()


@pytest.fixture
def fake() -> Iterator[FakeAgentServer]:
    with FakeAgentServer(api_key="test-key") as server:
        yield server


def test_the_bot_returns_the_agents_answer(fake: FakeAgentServer) -> None:
    fake.default_run = standard_run(steps=2, answer="LGTM")
    with fake.client() as server:
        assert review(server) == "LGTM"
    sent = [json.loads(r.content) for r in fake.requests_to("POST", r"/events$")]
    assert [m["content"][0]["text"] for m in sent] == ["Review the change"]


async def test_the_async_bot_returns_the_agents_answer(fake: FakeAgentServer) -> None:
    fake.default_run = standard_run(answer="LGTM")
    async with fake.async_client() as server:
        assert await review_async(server) == "LGTM"


def test_the_bot_reports_a_failed_run(fake: FakeAgentServer) -> None:
    fake.default_run = standard_run(error=("LLMError", "the model is down"), final="error")
    with fake.client() as server:
        assert review(server) == "no review"


def test_the_bot_survives_a_dropped_socket(fake: FakeAgentServer) -> None:
    async def flaky(run: RunContext) -> None:
        await run.status("running")
        await run.step("looking")
        run.drop_sockets()  # the connection breaks mid-run; the client reconnects
        await run.say("LGTM")
        await run.status("finished")

    fake.default_run = flaky
    with fake.client() as server:
        assert review(server) == "LGTM"


def live_answer(server: AgentServer) -> list[str]:
    """Code under test that shows the agent's answer as it streams: the deltas it got."""
    conversation = server.start_conversation(agent_json(), "/workspace")
    conversation.send_message("Explain the change")
    deltas: list[str] = []
    for update in conversation.stream_tokens(until="run_end", run=True):
        if update.kind == "text":
            deltas.append(update.delta)
        elif update.item.status is TokenItemStatus.FINAL:
            deltas.append(f"[{update.item.final}]")
    return deltas


def test_a_run_script_streams_its_answer_token_by_token(fake: FakeAgentServer) -> None:
    async def streaming(run: RunContext) -> None:
        await run.status("running")
        await run.stream(["It ", "adds ", "a flag"])
        await run.status("finished")
        await run.snapshot()

    fake.default_run = streaming
    with fake.client() as server:
        assert live_answer(server) == ["It ", "adds ", "a flag", "[It adds a flag]"]
