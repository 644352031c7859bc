"""Acceptance under faults on the real server: the client keeps its promises while a
loopback proxy cuts every connection again and again, and over a long life."""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from collections.abc import Iterator
from typing import Any
from uuid import UUID

import pytest

from harness.agent_server import AgentServerProcess
from harness.proxy import FaultProxy
from openhands_client import AsyncAgentServer, AsyncConversation, Event, ExecutionStatus, _socket
from openhands_client._feed import ConversationFeed
from openhands_client.events import is_persisted
from tests.conftest import SESSION_API_KEY, AgentFactory
from tests.contract.helpers import assert_log_is_servers, server_items

pytestmark = pytest.mark.contract

CONVERSATIONS = 4
RUN_TIMEOUT = 120.0


@pytest.fixture
def proxy(agent_server: AgentServerProcess) -> Iterator[FaultProxy]:
    with FaultProxy(agent_server.port) as proxy:
        yield proxy


def server_conversations(server: AgentServerProcess) -> set[UUID]:
    """Every conversation the server holds, straight from its REST API."""
    return {UUID(item["id"]) for item in server_items(server, "/api/conversations/search")}


async def test_concurrent_runs_keep_their_word_while_every_connection_is_cut(
    agent_server: AgentServerProcess, proxy: FaultProxy, make_agent: AgentFactory
) -> None:
    before = await asyncio.to_thread(server_conversations, agent_server)
    seen: dict[int, list[Event]] = {i: [] for i in range(CONVERSATIONS)}
    async with AsyncAgentServer(proxy.url, api_key=SESSION_API_KEY) as client:
        conversations: list[AsyncConversation] = []
        for i in range(CONVERSATIONS):
            conv = await client.start_conversation(
                make_agent("slow-think-8-400"),
                str(agent_server.workdir),
                callbacks=[seen[i].append],
                autotitle=False,
            )
            await conv.send_message(f"task {i}")
            conversations.append(conv)
        loaded = [{e.id for e in conv.events} for conv in conversations]

        async def run(conv: AsyncConversation) -> tuple[ExecutionStatus, float]:
            started = time.monotonic()
            status = await conv.run(timeout=RUN_TIMEOUT)
            return status, time.monotonic() - started

        cuts = proxy.cuts
        proxy.chaos(0.5, 1.5, seed=9)
        try:
            results = await asyncio.gather(*(run(conv) for conv in conversations))
        finally:
            proxy.calm()
        assert proxy.cuts - cuts >= 2, "the runs were not cut at all"
        reconnects = sum(conv._feed.socket.connections - 1 for conv in conversations)
        assert reconnects >= CONVERSATIONS, "the sockets were not cut during the runs"

        for i, ((status, took), conv) in enumerate(zip(results, conversations, strict=True)):
            assert status is ExecutionStatus.FINISHED
            assert took < RUN_TIMEOUT
            await asyncio.to_thread(assert_log_is_servers, conv, agent_server)
            log = [e.id for e in conv.events]
            counts = Counter(e.id for e in seen[i] if is_persisted(e))
            assert all(n == 1 for n in counts.values()), f"a callback saw an event twice: {counts}"
            assert set(counts) <= set(log)
            assert set(log) - loaded[i] <= set(counts), "a callback missed a persisted event"

        after = await asyncio.to_thread(server_conversations, agent_server)
        assert after - before == {conv.id for conv in conversations}
        for conv in conversations:
            await conv.delete()


async def test_a_reconnect_mid_replay_loses_and_duplicates_nothing(
    agent_server: AgentServerProcess,
    proxy: FaultProxy,
    make_agent: AgentFactory,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Attach replays the log through the session socket; the connection is cut after the
    20th replayed event: the reconnect resumes after the last seq held (not from the start)
    and attach returns the server's log, each event once, to the callbacks too."""
    async with AsyncAgentServer(agent_server.url, api_key=SESSION_API_KEY) as direct:
        made = await direct.start_conversation(
            make_agent("think-80"), str(agent_server.workdir), autotitle=False
        )
        await made.send_message("think a lot")
        assert await made.run(timeout=RUN_TIMEOUT) is ExecutionStatus.FINISHED
        conversation_id = made.id
    resumed_after: list[int | None] = []
    real_url = _socket.session_url

    def recording_url(base_url: str, cid: UUID, after_seq: int | None) -> str:
        resumed_after.append(after_seq)
        return real_url(base_url, cid, after_seq)

    real_on_frame = ConversationFeed.on_frame

    async def cut_mid_replay(feed: ConversationFeed, data: dict[str, Any], first: bool) -> None:
        await real_on_frame(feed, data, first)
        if data.get("type") == "durable" and data.get("seq") == 20 and len(resumed_after) == 1:
            await asyncio.to_thread(proxy.cut)

    monkeypatch.setattr(_socket, "session_url", recording_url)
    monkeypatch.setattr(ConversationFeed, "on_frame", cut_mid_replay)
    seen: list[Event] = []
    # The replay trickles (each read of up to 64 KiB held 0.25 s) and the log (~250 events) is
    # longer than one read: the cut lands before the last part of the log has arrived.
    proxy.delay(0.25)
    async with AsyncAgentServer(proxy.url, api_key=SESSION_API_KEY) as client:
        conv = await client.attach_conversation(conversation_id, callbacks=[seen.append])
        proxy.delay(0)
        first, resumed = resumed_after[:2]
        assert first == -1 and resumed is not None
        assert 20 <= resumed < len(conv.events) - 1, "the reconnect resumes after the seq held"
        await asyncio.to_thread(assert_log_is_servers, conv, agent_server)
        await conv._feed.callbacks.drained()
        counts = Counter(e.id for e in seen if is_persisted(e))
        assert list(counts) == [e.id for e in conv.events]
        assert set(counts.values()) == {1}
        await conv.delete()


async def test_a_reader_too_slow_for_the_servers_byte_budget_is_dropped_and_loses_nothing(
    agent_server: AgentServerProcess, proxy: FaultProxy, make_agent: AgentFactory
) -> None:
    """The proxy stops moving bytes to a listening client while 40 MiB of events are written
    (each under the 4 MiB frame limit): the server drops that socket once 16 MiB wait for it
    (``slow_consumer``). Moving again, the client resumes after its last seq and gets each
    event once."""
    log_start = len(agent_server.log_text())
    seen: list[Event] = []
    async with (
        AsyncAgentServer(proxy.url, api_key=SESSION_API_KEY) as slow,
        AsyncAgentServer(agent_server.url, api_key=SESSION_API_KEY) as direct,
    ):
        conv = await slow.start_conversation(
            make_agent("think-1"),
            str(agent_server.workdir),
            autotitle=False,
            callbacks=[seen.append],
        )
        writer = direct.control(conv.id)
        proxy.stall()
        try:
            for i in range(10):
                await writer.send_message(f"{i}" * (4 * 2**20 - 4096))
            deadline = time.monotonic() + 30
            while "session_socket_slow_consumer" not in agent_server.log_text()[log_start:]:
                assert time.monotonic() < deadline, "the server never dropped the slow reader"
                await asyncio.sleep(0.2)
        finally:
            proxy.resume()
        await asyncio.to_thread(assert_log_is_servers, conv, agent_server, 30.0)
        assert conv._feed.socket.connections >= 2
        await conv._feed.callbacks.drained()
        counts = Counter(e.id for e in seen if is_persisted(e))
        # Each once; in the order the client learned of them (a state change the server sent
        # before persisting it came first as a transient frame).
        assert set(counts) == {e.id for e in conv.events}
        assert set(counts.values()) == {1}
        await conv.delete()
