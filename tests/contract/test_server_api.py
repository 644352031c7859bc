"""Server-level APIs against the real agent server: info, tools, readiness, conversation search."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path
from uuid import UUID

import pytest

from harness.agent_server import AgentServerProcess, free_port
from openhands_client import AgentServer, AsyncAgentServer, ExecutionStatus, ServerNotReadyError
from tests.conftest import SESSION_API_KEY, AgentFactory
from tests.contract.helpers import eventually

pytestmark = pytest.mark.contract


async def test_info_and_tools(agent_server: AgentServerProcess) -> None:
    async with AsyncAgentServer(agent_server.url, SESSION_API_KEY) as server:
        await server.wait_until_ready(timeout=5)
        info = await server.info()
        assert isinstance(info.version, str) and info.version
        assert isinstance(info.sdk_version, str) and info.sdk_version
        assert info.uptime >= 0
        assert isinstance(info.capabilities, list) and info.capabilities
        assert all(isinstance(name, str) for name in info.capabilities)
        tools = await server.tools()
        assert "terminal" in tools
        assert all(isinstance(name, str) for name in tools)


def test_wait_until_ready_while_the_server_starts(
    server_factory: Callable[..., AgentServerProcess],
) -> None:
    process = server_factory(api_key=SESSION_API_KEY)
    starter = threading.Thread(target=process.start, daemon=True)
    starter.start()
    eventually(lambda: process.pid is not None, what="the server process launched")
    with AgentServer(process.url, SESSION_API_KEY) as server:
        # It takes seconds to boot: right after launch it cannot be ready.
        with pytest.raises(ServerNotReadyError):
            server.wait_until_ready(timeout=0.3)
        server.wait_until_ready(timeout=60)
        assert server.info().uptime >= 0
    starter.join(timeout=60)


def test_wait_until_ready_gives_up_on_a_server_that_never_comes() -> None:
    with AgentServer(f"http://127.0.0.1:{free_port()}") as server:
        started = time.monotonic()
        with pytest.raises(ServerNotReadyError, match="not ready after 1 s"):
            server.wait_until_ready(timeout=1)
        assert 1 <= time.monotonic() - started < 3


async def test_conversation_search_walks_every_page(
    agent_server: AgentServerProcess, make_agent: AgentFactory, tmp_path: Path
) -> None:
    async with AsyncAgentServer(agent_server.url, SESSION_API_KEY) as server:
        mine: set[UUID] = set()
        for _ in range(5):
            conv = await server.start_conversation(
                make_agent("think-1"), str(tmp_path), delete_on_close=True
            )
            mine.add(conv.id)

        found = [info async for info in server.conversations(sort="CREATED_AT", page_size=2)]
        ids = [info.id for info in found]
        assert len(ids) > 4, "fewer than three pages"
        assert mine <= set(ids)
        assert len(ids) == len(set(ids))
        assert len(ids) == await server.count_conversations()
        created = [state.info.created_at for state in found]
        assert created == sorted(created)

        idle = [info async for info in server.conversations(status="idle", page_size=2)]
        assert mine <= {info.id for info in idle}
        assert {state.execution_status for state in idle} == {ExecutionStatus.IDLE}
        assert await server.count_conversations(status="idle") >= len(mine)

        with AgentServer(agent_server.url, SESSION_API_KEY) as sync_server:
            newest_first = [info.id for info in sync_server.conversations(page_size=3)]
        assert newest_first == ids[::-1]
