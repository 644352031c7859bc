"""Misuse gets a TypeError or ValueError naming the argument, before any request is sent."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

import pytest

from openhands_client import (
    AgentServer,
    AsyncAgentServer,
    AsyncConversation,
    ClientClosedError,
    ServerError,
)
from tests.unit.conftest import API_KEY, _socket_tasks
from tests.unit.fakes import FakeAgentServer, agent_json

ConversationCall = Callable[[AsyncConversation], Awaitable[Any]]


@pytest.mark.parametrize(
    ("bad_call", "error", "names"),
    [
        pytest.param(lambda c: c.ask_agent(None), TypeError, "question", id="ask_agent(None)"),
        pytest.param(lambda c: c.set_title(5), TypeError, "title", id="set_title(5)"),
        pytest.param(
            lambda c: c.update_secrets([("A", "b")]), TypeError, "secrets", id="secrets list"
        ),
        pytest.param(lambda c: c.update_secrets({}), ValueError, "secrets", id="no secrets"),
        pytest.param(
            lambda c: c.update_secrets({"A": 5}), TypeError, "secret 'A'", id="secret value int"
        ),
        pytest.param(
            lambda c: c.set_confirmation_policy("always"), TypeError, "policy", id="policy str"
        ),
        pytest.param(
            lambda c: c.set_security_analyzer(42), TypeError, "analyzer", id="analyzer int"
        ),
        pytest.param(
            lambda c: c.reject_pending_actions(None), TypeError, "reason", id="reason None"
        ),
        pytest.param(lambda c: c.fork(from_event_id=""), ValueError, "from_event_id", id="fork ''"),
        pytest.param(lambda c: c.fork(title=7), TypeError, "title", id="fork title int"),
        pytest.param(lambda c: c.send_message(None), TypeError, "message", id="message None"),
    ],
)
async def test_misuse_of_a_conversation_sends_nothing(
    fake: FakeAgentServer,
    client: AsyncAgentServer,
    bad_call: ConversationCall,
    error: type[Exception],
    names: str,
) -> None:
    conv_f = fake.add_conversation()
    conv = await client.attach_conversation(conv_f.id)
    sent = len(fake.requests)
    with pytest.raises(error, match=names):
        await bad_call(conv)
    assert fake.requests[sent:] == []


@pytest.mark.parametrize(
    ("kwargs", "error", "names"),
    [
        ({"working_dir": "relative/dir"}, ValueError, "working_dir"),
        ({"working_dir": 5}, TypeError, "working_dir"),
        ({"agent": "agent"}, TypeError, "agent"),
        ({"tags": ["a"]}, TypeError, "tags"),
        ({"secrets": {}}, ValueError, "secrets"),
    ],
)
async def test_misuse_of_start_conversation_sends_nothing(
    fake: FakeAgentServer,
    client: AsyncAgentServer,
    kwargs: dict[str, Any],
    error: type[Exception],
    names: str,
) -> None:
    arguments: dict[str, Any] = {"agent": agent_json(), "working_dir": "/w", **kwargs}
    with pytest.raises(error, match=names):
        await client.start_conversation(**arguments)
    assert fake.requests == []


async def test_upload_of_a_non_file_is_a_type_error(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    workspace = client.workspace("/w")
    with pytest.raises(TypeError, match="local"):
        await workspace.upload(123, "x.txt")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="local"):
        await workspace.download("x.txt", 123)  # type: ignore[arg-type]
    assert fake.requests == []


CLOSED_CALLS: list[Any] = [
    pytest.param(lambda c: c.send_message("hi"), id="send_message"),
    pytest.param(lambda c: c.run(blocking=False), id="run"),
    pytest.param(lambda c: c.pause(), id="pause"),
    pytest.param(lambda c: c.interrupt(), id="interrupt"),
    pytest.param(lambda c: c.ask_agent("q"), id="ask_agent"),
    pytest.param(lambda c: c.set_title("t"), id="set_title"),
    pytest.param(lambda c: c.refresh_state(), id="refresh_state"),
    pytest.param(lambda c: c.accept_pending_actions(), id="accept"),
    pytest.param(lambda c: c.fork(), id="fork"),
    pytest.param(lambda c: c.condense(), id="condense"),
]


@pytest.mark.parametrize("call", CLOSED_CALLS)
async def test_a_closed_conversation_sends_nothing(
    fake: FakeAgentServer, client: AsyncAgentServer, call: ConversationCall
) -> None:
    conv_f = fake.add_conversation()
    conv = await client.attach_conversation(conv_f.id)
    await conv.close()
    sent = len(fake.requests)
    with pytest.raises(ClientClosedError, match=str(conv_f.id)):
        await call(conv)
    assert fake.requests[sent:] == []
    assert conv_f.runs == 0


async def test_a_closed_async_client_raises_client_closed(fake: FakeAgentServer) -> None:
    server = AsyncAgentServer(fake.url, API_KEY, transport=fake.transport)
    conv_f = fake.add_conversation()
    await server.close()
    with pytest.raises(ClientClosedError):
        await server.info()
    with pytest.raises(ClientClosedError):
        await server.attach_conversation(conv_f.id)
    with pytest.raises(ClientClosedError):
        await server.workspace("/w").execute_command("true")
    assert fake.requests == []


def test_a_closed_sync_client_raises_client_closed(fake: FakeAgentServer) -> None:
    server = AgentServer(fake.url, API_KEY, transport=fake.transport)
    server.close()
    with pytest.raises(ClientClosedError):
        server.info()
    assert fake.requests == []


async def test_failed_secrets_on_start_close_the_new_conversation(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    # Starting under an existing id, the server ignores the request's secrets: the client
    # sends them after attaching, and closes what it opened if that fails.
    existing = fake.add_conversation()
    fake.inject("POST", r"/secrets$", 500, {"detail": "boom", "error_id": "e1"})
    with pytest.raises(ServerError, match="boom"):
        await client.start_conversation(
            agent_json(), "/w", secrets={"TOKEN": "v"}, conversation_id=existing.id
        )
    assert len(fake.requests_to("POST", r"/api/conversations$")) == 1
    await asyncio.sleep(0)
    assert _socket_tasks() == set(), "the half-made conversation's socket still runs"
