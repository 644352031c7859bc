"""``server.api``: the generated client, on the server object's own pool, sync and async alike,
bounded by ``max_message_size`` both ways."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator

import httpx
import pytest

from openhands_api.api.server import get_server_info
from openhands_api.models.server_info import ServerInfo
from openhands_client import AgentServer, AsyncAgentServer, ClientClosedError, MessageTooLargeError
from tests.unit.conftest import API_KEY
from tests.unit.fakes import SERVER_INFO, FakeAgentServer

LIMIT = 4096
MIB = 2**20
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


def big_info_transport(announced: bool) -> httpx.MockTransport:
    """Every answer: a 2 MiB ``/server_info`` body, with its length or streamed in chunks."""
    body = json.dumps({**SERVER_INFO, "title": "x" * (2 * MIB)}).encode()

    async def chunks() -> AsyncIterator[bytes]:
        for start in range(0, len(body), 65536):
            yield body[start : start + 65536]

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body if announced else chunks())

    return httpx.MockTransport(handler)


@pytest.mark.parametrize("announced", [True, False], ids=["content-length", "streamed"])
def test_sync_calls_respect_a_1_mib_max_message_size(announced: bool) -> None:
    transport = big_info_transport(announced)
    with AgentServer(
        "http://agent.test", API_KEY, transport=transport, max_message_size=MIB
    ) as server:
        with pytest.raises(MessageTooLargeError, match=f"over {MIB}"):
            get_server_info.sync(client=server.api)
        with pytest.raises(MessageTooLargeError, match=f"over {MIB}"):
            get_server_info.sync_detailed(client=server.api)


@pytest.mark.parametrize("announced", [True, False], ids=["content-length", "streamed"])
async def test_async_calls_respect_a_1_mib_max_message_size(announced: bool) -> None:
    transport = big_info_transport(announced)
    async with AsyncAgentServer(
        "http://agent.test", API_KEY, transport=transport, max_message_size=MIB
    ) as server:
        with pytest.raises(MessageTooLargeError, match=f"over {MIB}"):
            await get_server_info.asyncio(client=server.api)
        with pytest.raises(MessageTooLargeError, match=f"over {MIB}"):
            await server.info()
