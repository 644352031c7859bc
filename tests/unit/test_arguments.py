"""Bad arguments raise ValueError before anything is sent to the server."""

from __future__ import annotations

import threading
from collections.abc import Awaitable, Callable
from typing import Any

import pytest

from openhands_client import AgentServer, AsyncAgentServer, AsyncConversation
from tests.unit.conftest import API_KEY
from tests.unit.fakes import FakeAgentServer, agent_json

ConversationCall = Callable[[AsyncConversation], Awaitable[Any]]


@pytest.mark.parametrize(
    "bad_call",
    [
        pytest.param(lambda c: c.send_message(""), id="empty message"),
        pytest.param(lambda c: c.send_message("  \n\t "), id="blank message"),
        pytest.param(lambda c: c.run(timeout=0), id="zero timeout"),
        pytest.param(lambda c: c.run(timeout=-1.5), id="negative timeout"),
        pytest.param(lambda c: c.run(timeout=float("nan")), id="nan timeout"),
        pytest.param(lambda c: c.run(blocking=False, timeout=0), id="zero timeout, non-blocking"),
        pytest.param(lambda c: c.ask_agent(" "), id="blank question"),
        pytest.param(lambda c: c.ask_agent("q", timeout=0), id="ask_agent timeout 0"),
        pytest.param(lambda c: c.condense(timeout=float("inf")), id="condense timeout inf"),
        pytest.param(lambda c: c.set_title(""), id="empty title"),
        pytest.param(lambda c: c.update_secrets({"": "value"}), id="empty secret name"),
    ],
)
async def test_bad_conversation_arguments_send_nothing(
    fake: FakeAgentServer, client: AsyncAgentServer, bad_call: ConversationCall
) -> None:
    conv_f = fake.add_conversation()
    conv = await client.attach_conversation(conv_f.id)
    sent = len(fake.requests)
    with pytest.raises(ValueError):
        await bad_call(conv)
    assert fake.requests[sent:] == []
    assert conv_f.runs == 0


@pytest.mark.parametrize(
    "bad_call",
    [
        pytest.param(lambda c: c.set_confirmation_policy(42), id="policy 42"),
        pytest.param(lambda c: c.set_security_analyzer("llm"), id="analyzer str"),
        pytest.param(lambda c: c.update_secrets({"token": 7}), id="secret int"),
    ],
)
async def test_inputs_of_the_wrong_type_raise_type_error_and_send_nothing(
    fake: FakeAgentServer, client: AsyncAgentServer, bad_call: ConversationCall
) -> None:
    conv_f = fake.add_conversation()
    conv = await client.attach_conversation(conv_f.id)
    sent = len(fake.requests)
    with pytest.raises(TypeError, match=r"policy|analyzer|secret"):
        await bad_call(conv)
    assert fake.requests[sent:] == []


@pytest.mark.parametrize(
    "conversation_id",
    ["", "not-a-uuid", "1234", "5b1c2a4e-0000-4000-8000-00000000000g", "../../etc/passwd"],
)
async def test_malformed_conversation_id_sends_nothing(
    fake: FakeAgentServer, client: AsyncAgentServer, conversation_id: str
) -> None:
    with pytest.raises(ValueError):
        await client.attach_conversation(conversation_id)
    with pytest.raises(ValueError):
        await client.start_conversation(agent_json(), "/w", conversation_id=conversation_id)
    assert fake.requests == []
    assert fake.connections == []


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"working_dir": ""}, "working_dir"),
        ({"max_iterations": 0}, "max_iterations"),
        ({"max_iterations": -5}, "max_iterations"),
        ({"max_iterations": True}, "max_iterations"),
        ({"max_iterations": 2.5}, "max_iterations"),
        ({"max_iterations": "10"}, "max_iterations"),
    ],
)
async def test_bad_start_arguments_send_nothing(
    fake: FakeAgentServer, client: AsyncAgentServer, kwargs: dict[str, Any], message: str
) -> None:
    arguments: dict[str, Any] = {"agent": agent_json(), "working_dir": "/w", **kwargs}
    with pytest.raises(ValueError, match=message):
        await client.start_conversation(**arguments)
    assert fake.requests == []


async def test_an_unknown_start_option_raises_type_error_and_sends_nothing(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    options: dict[str, Any] = {"max_iteration": 5}
    with pytest.raises(TypeError, match="'max_iteration'"):
        await client.start_conversation(agent_json(), "/w", **options)
    assert fake.requests == []


@pytest.mark.parametrize(
    ("url", "api_key"),
    [
        ("127.0.0.1:8000", API_KEY),
        ("ftp://127.0.0.1:8000", API_KEY),
        ("http://", API_KEY),
        ("http://127.0.0.1:8000/?token=x", API_KEY),
        ("http://127.0.0.1:8000", ""),
    ],
)
def test_bad_server_arguments_raise_value_error(
    fake: FakeAgentServer, url: str, api_key: str
) -> None:
    with pytest.raises(ValueError):
        AsyncAgentServer(url, api_key, transport=fake.transport)
    before = set(threading.enumerate())
    with pytest.raises(ValueError):
        AgentServer(url, api_key, transport=fake.transport)
    assert set(threading.enumerate()) <= before, "a rejected AgentServer left a thread"
    assert fake.requests == []
