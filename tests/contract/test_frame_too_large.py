"""An event over the session socket's frame limit (4 MiB): the server closes the socket (1013,
``frame_too_large``) each time it comes to that event, live or in a replay, so resuming alone
would never get past it."""

from __future__ import annotations

import asyncio

import pytest

from harness.agent_server import AgentServerProcess
from openhands_client import AsyncAgentServer, Event
from tests.conftest import SESSION_API_KEY, AgentFactory
from tests.contract.helpers import assert_log_is_servers, expected_ids

pytestmark = pytest.mark.contract

BIG = "x" * (5 * 2**20)


def _text(event: Event) -> str | None:
    """A message event's text (None for any other event)."""
    message = event.to_dict().get("llm_message")
    return message["content"][0]["text"] if isinstance(message, dict) else None


async def test_an_event_too_large_for_a_frame_is_read_over_rest(
    agent_server: AgentServerProcess, make_agent: AgentFactory
) -> None:
    async with AsyncAgentServer(agent_server.url, api_key=SESSION_API_KEY) as client:
        seen: list[Event] = []
        conv = await client.start_conversation(
            make_agent("think-1"),
            str(agent_server.workdir),
            autotitle=False,
            callbacks=[seen.append],
        )
        await conv.send_message(BIG)
        await conv.send_message("after the big one")
        # Live: the socket is closed at the big event, which is read over REST instead.
        await asyncio.to_thread(assert_log_is_servers, conv, agent_server, 30.0)
        await conv._feed.callbacks.drained()
        texts = [_text(e) for e in seen]
        assert texts.count(BIG) == 1 and texts.count("after the big one") == 1
        # Attach: the replay stops at the big event too.
        again = await asyncio.wait_for(client.attach_conversation(conv.id), 60)
        await asyncio.to_thread(assert_log_is_servers, again, agent_server)
        assert again.is_connected
        # A bounded attach whose oldest event is the big one, with more than a page after it:
        # the window comes over REST (it came only from the newest page: nothing was held).
        for i in range(0, 60, 10):  # about two events a message
            await asyncio.gather(*(conv.send_message(f"m{n}") for n in range(i, i + 10)))
        theirs = await asyncio.to_thread(expected_ids, agent_server, conv.id)
        big = next(e.id for e in again.events if _text(e) == BIG)
        window = theirs[theirs.index(big) :]
        assert len(window) > 100
        bounded = await asyncio.wait_for(
            client.attach_conversation(conv.id, history=len(window)), 60
        )
        assert [e.id for e in bounded.events] == window and bounded.is_connected
        await conv.delete()
