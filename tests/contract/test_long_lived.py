"""A long-lived client (acceptance): one client object runs conversation after
conversation and leaves nothing behind: no conversation objects, threads, tasks or files."""

from __future__ import annotations

import asyncio
import gc
import os
import threading
import weakref

import pytest

from harness.agent_server import AgentServerProcess
from openhands_client import AsyncAgentServer, AsyncConversation, ExecutionStatus
from tests.conftest import SESSION_API_KEY, AgentFactory

pytestmark = pytest.mark.contract

CONVERSATIONS = 100
# Keep-alive connections come and go with the server's idle timeout: a little slack, far
# below one file descriptor per conversation.
FD_SLACK = 4


def open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


async def test_a_hundred_conversations_in_a_row_leave_nothing_behind(
    agent_server: AgentServerProcess, make_agent: AgentFactory
) -> None:
    refs: list[weakref.ref[AsyncConversation]] = []
    async with AsyncAgentServer(agent_server.url, api_key=SESSION_API_KEY) as client:

        async def one(i: int) -> None:
            conv = await client.start_conversation(
                make_agent("finish"),
                str(agent_server.workdir),
                delete_on_close=True,
                autotitle=False,
            )
            refs.append(weakref.ref(conv))
            await conv.send_message(f"task {i}")
            assert await conv.run(timeout=60) is ExecutionStatus.FINISHED
            await conv.close()

        await one(-1)  # warm up: the connection pool, the default executor
        gc.collect()
        threads, tasks, fds = threading.active_count(), len(asyncio.all_tasks()), open_fds()
        for i in range(CONVERSATIONS):
            await one(i)
        await asyncio.sleep(0)  # let finished tasks be collected
        gc.collect()
        alive = [ref() for ref in refs if ref() is not None]
        assert alive == [], f"{len(alive)} closed conversations are still referenced"
        assert threading.active_count() <= threads, [t.name for t in threading.enumerate()]
        assert len(asyncio.all_tasks()) <= tasks, asyncio.all_tasks()
        assert open_fds() <= fds + FD_SLACK
    assert len(refs) == CONVERSATIONS + 1
