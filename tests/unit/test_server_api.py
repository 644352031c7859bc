"""``server.api``: the generated client, on the server object's own pool, sync and async alike."""

from __future__ import annotations

import pytest

from openhands_api.api.server import get_server_info
from openhands_api.models.server_info import ServerInfo
from openhands_client import AgentServer, AsyncAgentServer, ClientClosedError, MessageTooLargeError
from tests.unit.conftest import API_KEY
from tests.unit.fakes import SERVER_INFO, FakeAgentServer

LIMIT = 4096
HUGE_INFO = {**SERVER_INFO, "title": "x" * (2 * LIMIT)}


def test_sync_calls_go_through_the_servers_pool_and_end_with_it(fake: FakeAgentServer) -> None:
    server = AgentServer(fake.url, API_KEY, transport=fake.transport, max_message_size=LIMIT)
    try:
        assert API_KEY not in repr(server.api)
        info = get_server_info.sync(client=server.api)
        # Sent by the server's transport= (the fake's), with the key in its header.
        assert isinstance(info, ServerInfo) and info.version == SERVER_INFO["version"]
        (sent,) = fake.requests_to("GET", r"/server_info$")
        assert sent.headers["X-Session-API-Key"] == API_KEY
        fake.inject("GET", r"/server_info$", 200, HUGE_INFO, times=1)
        with pytest.raises(MessageTooLargeError):
            get_server_info.sync(client=server.api)
        assert API_KEY not in repr(server.api)
    finally:
        server.close()
    with pytest.raises(ClientClosedError):
        get_server_info.sync(client=server.api)
    assert len(fake.requests_to("GET", r"/server_info$")) == 2


async def test_async_calls_go_through_the_pool_and_sync_ones_are_refused(
    fake: FakeAgentServer,
) -> None:
    async with AsyncAgentServer(
        fake.url, API_KEY, transport=fake.transport, max_message_size=LIMIT
    ) as server:
        assert API_KEY not in repr(server.api)
        info = await get_server_info.asyncio(client=server.api)
        assert isinstance(info, ServerInfo)
        fake.inject("GET", r"/server_info$", 200, HUGE_INFO, times=1)
        with pytest.raises(MessageTooLargeError):
            await get_server_info.asyncio(client=server.api)
        # A sync call would block this loop, or open a pool of its own: refused, sending nothing.
        with pytest.raises(RuntimeError, match="AgentServer"):
            get_server_info.sync(client=server.api)
        assert len(fake.requests_to("GET", r"/server_info$")) == 2
        assert API_KEY not in repr(server.api)
    with pytest.raises(RuntimeError, match="closed"):
        await get_server_info.asyncio(client=server.api)
