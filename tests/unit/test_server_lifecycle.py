"""The server object holds only open conversations: closed ones are released."""

from __future__ import annotations

import gc
import weakref

from openhands_client import AsyncAgentServer, AsyncConversation
from tests.unit.fakes import FakeAgentServer, agent_json, until


async def test_closed_conversations_are_released(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    released: list[weakref.ref[AsyncConversation]] = []
    for i in range(12):
        conv = await client.start_conversation(agent_json(), "/w")
        if i % 3 == 0:
            await conv.close()
        elif i % 3 == 1:
            await conv.delete()
        else:
            async with conv:
                pass
        released.append(weakref.ref(conv))
    still_open = await client.start_conversation(agent_json(), "/w")
    del conv
    gc.collect()
    assert [ref() for ref in released if ref() is not None] == []
    await until(lambda: fake.open_sockets() == 1, "only the open conversation's socket")
    await client.close()
    await until(lambda: fake.open_sockets() == 0, "the server to close what was still open")
    assert not still_open.is_connected
