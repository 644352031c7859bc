"""Callbacks against the real server: every persisted event, once each."""

from __future__ import annotations

import asyncio
from collections import Counter

import pytest

from harness.agent_server import AgentServerProcess
from openhands_client import AsyncAgentServer, Event, ExecutionStatus
from openhands_client.events import is_persisted
from tests.conftest import SESSION_API_KEY, AgentFactory
from tests.contract.helpers import expected_ids

pytestmark = pytest.mark.contract


def persisted_ids(events: list[Event]) -> list[str]:
    return [e.id for e in events if is_persisted(e)]


async def test_callbacks_see_every_event_of_a_start_and_the_history_on_attach(
    agent_server: AgentServerProcess, make_agent: AgentFactory
) -> None:
    """A run started by the start request itself writes its first events (the system prompt,
    the user's message, status updates) while the client is still opening the conversation:
    the callbacks see them too, each once. Attaching later replays the log, in log order."""
    seen: list[Event] = []
    async with AsyncAgentServer(agent_server.url, api_key=SESSION_API_KEY) as server:
        conv = await server.start_conversation(
            make_agent("think-2"),
            str(agent_server.workdir),
            callbacks=[seen.append],
            autotitle=False,
            delete_on_close=True,
            request={"initial_message": "go"},
        )
        assert await conv.run(timeout=60) is ExecutionStatus.FINISHED
        log = await asyncio.to_thread(expected_ids, agent_server, conv.id)
        assert [e.id for e in conv.events] == log
        counts = Counter(persisted_ids(seen))
        assert set(counts) == set(log), (
            f"missed: {[e.kind for e in conv.events if e.id not in counts]}"
        )
        assert set(counts.values()) == {1}, "a callback saw an event twice"
        assert persisted_ids(seen)[0] == log[0], "the log's first event is the first seen"

        replayed: list[Event] = []
        again = await server.attach_conversation(conv.id, callbacks=[replayed.append])
        await again._feed.callbacks.drained()
        assert persisted_ids(replayed) == log, "attach replays the log, in log order, once"
        await again.close()
        await conv.close()
