"""Answers the client never gets, on the real server: a create's answer lost late (through the
fault proxy), and the connection the server resets after an unhandled 500."""

from __future__ import annotations

import asyncio
import re
import uuid
from collections.abc import Awaitable, Iterator
from typing import TypeVar

import pytest

from harness.agent_server import AgentServerProcess
from harness.proxy import FaultProxy
from openhands_client import (
    AgentServer,
    AsyncAgentServer,
    ServerError,
    TransportError,
    UnsupportedFeatureError,
)
from openhands_client._compat import IDEMPOTENT_CREATE
from tests.conftest import SESSION_API_KEY, AgentFactory
from tests.contract.helpers import server_release
from tests.contract.test_proxy import count

pytestmark = pytest.mark.contract

T = TypeVar("T")
UUID_TEXT = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")

CREATE = ("POST", "/api/conversations")
LATE = 1.5
"""Seconds the proxy holds a create's answer before it drops it: past the client's 1 s
"fast reset" window, so the loss looks like the server failing mid-request."""


@pytest.fixture
def proxy(agent_server: AgentServerProcess) -> Iterator[FaultProxy]:
    with FaultProxy(agent_server.port) as proxy:
        yield proxy


def creates(proxy: FaultProxy) -> int:
    return sum(
        method == CREATE[0] and path.startswith(CREATE[1]) for method, path in proxy.requests
    )


async def first_create_answer_lost_late(proxy: FaultProxy, create: Awaitable[T]) -> T:
    """Await ``create`` while the proxy holds its first create answer LATE s, then drops it.

    Every answer is delayed until the create is sent again (the retry goes through at once).
    """
    proxy.delay(LATE)
    proxy.swallow(*CREATE)
    task = asyncio.ensure_future(create)
    try:
        while not task.done() and creates(proxy) < 2:
            await asyncio.sleep(0.01)
        proxy.delay(0)
        return await task
    finally:
        task.cancel()


async def test_a_create_whose_answer_is_lost_late_is_retried_under_its_id(
    agent_server: AgentServerProcess, proxy: FaultProxy, make_agent: AgentFactory
) -> None:
    before = count(agent_server)
    async with AsyncAgentServer(proxy.url, api_key=SESSION_API_KEY) as client:
        agent, workdir = make_agent("think-1"), str(agent_server.workdir)
        if not server_release(agent_server).offers(IDEMPOTENT_CREATE):
            # A server that does not deduplicate creates (before 1.52): a create is never sent
            # twice, so the lost answer is the caller's to see, and the server made one.
            proxy.delay(LATE)
            proxy.swallow(*CREATE)
            with pytest.raises(TransportError, match="start conversation"):
                await client.start_conversation(agent, workdir)
            proxy.delay(0)
            assert creates(proxy) == 1 and count(agent_server) == before + 1
            return
        conversation = await first_create_answer_lost_late(
            proxy, client.start_conversation(agent, workdir, delete_on_close=True)
        )
        assert proxy.swallowed and creates(proxy) == 2, "the create was sent again"
        assert count(agent_server) == before + 1, "one conversation"
        await conversation.close()

        control = client.control(uuid.uuid4())
        info = await first_create_answer_lost_late(proxy, control.create(agent, workdir))
        assert info.id == control.id and creates(proxy) == 4
        assert count(agent_server) == before + 1, "the other was deleted, this one made"


def test_an_error_after_a_create_was_sent_names_the_id(
    agent_server: AgentServerProcess, proxy: FaultProxy, make_agent: AgentFactory
) -> None:
    agent, workdir = make_agent("think-1"), str(agent_server.workdir)
    before = count(agent_server)
    with AgentServer(proxy.url, api_key=SESSION_API_KEY) as client:
        client.info()
        if not server_release(agent_server).offers(IDEMPOTENT_CREATE):
            # Before 1.52 the client chooses no id (the create is not idempotent), and a create
            # under the caller's id is refused before anything is sent.
            with pytest.raises(UnsupportedFeatureError):
                client.control(uuid.uuid4()).create(agent, workdir)
            assert creates(proxy) == 0 and count(agent_server) == before
            return
        # The answer is lost after the deadline: no time to ask again.
        proxy.delay(LATE)
        proxy.swallow(*CREATE)
        with pytest.raises(TransportError) as caught:
            client.start_conversation(agent, workdir, capacity_timeout=1.0)
        proxy.delay(0)
        named = UUID_TEXT.search(str(caught.value))
        assert named is not None, f"no conversation id in {caught.value}"
        assert count(agent_server) == before + 1, "the server made it"
        # The caller's retry under that id makes nothing twice.
        again = client.start_conversation(
            agent, workdir, conversation_id=named.group(), delete_on_close=True
        )
        assert str(again.id) == named.group() and count(agent_server) == before + 1
        again.close()

        control = client.control(uuid.uuid4())
        proxy.delay(LATE)
        proxy.swallow(*CREATE)
        with pytest.raises(TransportError, match=str(control.id)):
            control.create(agent, workdir, capacity_timeout=1.0)
        proxy.delay(0)
        assert control.info().id == control.id


def test_a_5xx_never_costs_the_next_call(
    agent_server: AgentServerProcess, make_agent: AgentFactory
) -> None:
    # ask_agent with an LLM that fails: the server answers an unhandled-exception 500, then
    # resets that keep-alive connection (condense without a condenser did so up to 1.57).
    agent = make_agent("error")
    agent["llm"]["num_retries"] = 0
    with AgentServer(agent_server.url, api_key=SESSION_API_KEY) as client:
        conversation = client.start_conversation(
            agent, str(agent_server.workdir), delete_on_close=True
        )
        for attempt in range(5):
            with pytest.raises(ServerError):
                conversation.ask_agent("are you there?")
            conversation.set_title(f"title {attempt}")  # a POST-like PATCH: never re-sent
        assert conversation.refresh_state().title == "title 4"
        conversation.close()
