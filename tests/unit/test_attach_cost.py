"""What attaching costs: round trips made at once, nothing parsed that is not asked for, no CA
bundle for http://."""

from __future__ import annotations

import asyncio
import ssl
import uuid
from typing import Any, NoReturn

import httpx
import pytest

from openhands_api.models.conversation_info import ConversationInfo
from openhands_client import AsyncAgentServer, NotFoundError, ProtocolError
from tests.unit.fakes import FakeAgentServer, agent_json, ids, message, ts, until


def _refuse(*args: Any, **kwargs: Any) -> NoReturn:
    raise AssertionError("parsed a ConversationInfo nobody asked for")


async def test_start_and_attach_keep_the_conversation_body_as_json(
    fake: FakeAgentServer, client: AsyncAgentServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    conv_f = fake.add_conversation()
    with monkeypatch.context() as patch:
        patch.setattr(ConversationInfo, "from_dict", classmethod(_refuse))
        attached = await client.attach_conversation(conv_f.id)
        started = await client.start_conversation(agent_json(), "/w")
    # ... and parse it when asked.
    assert attached.state.info.id == conv_f.id
    assert started.state.info.id == started.id
    await attached.close()
    await started.close()


async def test_an_answer_that_is_not_a_conversation_is_a_protocol_error(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    conv_f = fake.add_conversation()

    async def no_id(request: httpx.Request, answer: Any) -> httpx.Response | None:
        if request.method == "GET" and request.url.path.endswith(str(conv_f.id)):
            return httpx.Response(200, json={"title": "no id"})
        return None

    fake.hooks.append(no_id)
    with pytest.raises(ProtocolError, match="get conversation: the answer is not a conversation"):
        await client.attach_conversation(conv_f.id)


def test_an_http_client_loads_no_ca_bundle(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_bundle(*args: Any, **kwargs: Any) -> NoReturn:
        raise AssertionError("loaded a CA bundle")

    monkeypatch.setattr(ssl.SSLContext, "load_verify_locations", no_bundle)
    AsyncAgentServer("http://127.0.0.1:9")
    with pytest.raises(AssertionError, match="CA bundle"):
        AsyncAgentServer("https://127.0.0.1:9")  # the check is live: https loads one


async def test_the_version_check_goes_with_the_conversation_request(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    conv_f = fake.add_conversation()
    asked_for_conversation = asyncio.Event()

    async def hold_server_info(request: httpx.Request, answer: Any) -> httpx.Response | None:
        if request.url.path == f"/api/conversations/{conv_f.id}":
            asked_for_conversation.set()
        elif request.url.path == "/server_info":
            # Answered only once the conversation was asked for: one round trip, not two.
            await asyncio.wait_for(asked_for_conversation.wait(), 2)
        return None

    fake.hooks.append(hold_server_info)
    conv = await client.attach_conversation(conv_f.id)
    await conv.close()


async def test_the_socket_connects_while_the_conversation_is_asked_for(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    conv_f = fake.add_conversation([message("h1", ts(0))])

    async def answer_once_subscribed(request: httpx.Request, answer: Any) -> httpx.Response | None:
        if request.url.path == f"/api/conversations/{conv_f.id}":
            await until(lambda: fake.open_sockets(conv_f) == 1, "the socket", timeout=2)
        return None

    fake.hooks.append(answer_once_subscribed)
    conv = await client.attach_conversation(conv_f.id)
    assert ids(conv.events) == ["h1"] and conv.state.info.id == conv_f.id
    await conv.close()


async def test_an_unknown_conversation_leaves_no_socket_behind(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    with pytest.raises(NotFoundError):
        await client.attach_conversation(uuid.uuid4())
    # (the no_leaked_sockets fixture fails the test otherwise)
