"""A start that fails or is cancelled after its create, on the real server: with
delete_on_close the conversation it made is deleted; without, the error names it."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Iterator
from uuid import UUID

import pytest

from harness.agent_server import AgentServerProcess
from harness.proxy import FaultProxy
from openhands_client import AsyncAgentServer, NotFoundError
from tests.conftest import SESSION_API_KEY, AgentFactory
from tests.contract.helpers import server_items

pytestmark = pytest.mark.contract

STARTS = 20


@pytest.fixture
def proxy(agent_server: AgentServerProcess) -> Iterator[FaultProxy]:
    with FaultProxy(agent_server.port) as proxy:
        yield proxy


async def server_conversations(server: AgentServerProcess) -> set[UUID]:
    """Every conversation the server holds, straight from its REST API."""
    items = await asyncio.to_thread(server_items, server, "/api/conversations/search")
    return {UUID(item["id"]) for item in items}


async def test_starts_cancelled_while_queued_to_open_delete_what_they_created(
    agent_server: AgentServerProcess, make_agent: AgentFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(AsyncAgentServer, "MAX_OPENING", 0)  # every start queues after its create
    before = await server_conversations(agent_server)
    async with AsyncAgentServer(agent_server.url, api_key=SESSION_API_KEY) as client:
        starts = [
            asyncio.ensure_future(
                client.start_conversation(
                    make_agent("finish"),
                    str(agent_server.workdir),
                    delete_on_close=True,
                    autotitle=False,
                )
            )
            for _ in range(STARTS)
        ]
        for _ in range(600):
            if len(await server_conversations(agent_server) - before) == STARTS:
                break
            await asyncio.sleep(0.1)
        assert len(await server_conversations(agent_server) - before) == STARTS
        await asyncio.sleep(0.5)  # every create's answer is in: each start waits to open
        for start in starts:
            start.cancel()
        outcomes = await asyncio.gather(*starts, return_exceptions=True)
        assert all(isinstance(o, asyncio.CancelledError) for o in outcomes)
    assert await server_conversations(agent_server) - before == set()


@pytest.mark.parametrize("delete_on_close", [True, False])
async def test_a_start_whose_socket_is_refused_deletes_or_names_its_conversation(
    agent_server: AgentServerProcess,
    proxy: FaultProxy,
    make_agent: AgentFactory,
    delete_on_close: bool,
) -> None:
    before = await server_conversations(agent_server)
    proxy.refuse_websockets(404)  # a proxy in front of the server without WebSocket support
    async with AsyncAgentServer(proxy.url, api_key=SESSION_API_KEY) as client:
        with pytest.raises(NotFoundError) as caught:
            await client.start_conversation(
                make_agent("finish"),
                str(agent_server.workdir),
                delete_on_close=delete_on_close,
                autotitle=False,
            )
    made = await server_conversations(agent_server) - before
    if delete_on_close:
        assert made == set() and caught.value.conversation_id is None
        return
    (left,) = made
    assert str(caught.value.conversation_id) == str(left)
    if sys.version_info >= (3, 11):
        assert str(left) in "\n".join(caught.value.__notes__)
    async with AsyncAgentServer(agent_server.url, api_key=SESSION_API_KEY) as client:
        await (await client.attach_conversation(left)).delete()
