"""A request the server may have acted on is never sent twice."""

from __future__ import annotations

import re
import uuid
from typing import Any

import httpx
import pytest

from openhands_client import AsyncAgentServer, TransportError, _http
from tests.unit.fakes import FakeAgentServer, agent_json


def reset_after_acting(method: str, path: str, times: int = 1) -> Any:
    """A hook: the server acts on the request, then the connection resets before the answer."""
    pattern = re.compile(path)
    left = [times]

    async def hook(request: httpx.Request, answer: Any) -> httpx.Response | None:
        if request.method == method and pattern.search(request.url.path) and left[0] > 0:
            left[0] -= 1
            answer()
            raise httpx.ReadError("connection reset by peer", request=request)
        return None

    return hook


async def test_a_message_is_not_sent_twice_after_a_reset(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    conv_f = fake.add_conversation()
    conv = await client.attach_conversation(conv_f.id)
    fake.hooks.append(reset_after_acting("POST", r"/events$"))
    with pytest.raises(TransportError):
        await conv.send_message("only once")
    assert len(fake.requests_to("POST", r"/events$")) == 1


async def test_start_after_a_reset_makes_one_conversation(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    fake.hooks.append(reset_after_acting("POST", r"^/api/conversations$"))
    conv = await client.start_conversation(agent_json(), "/w")
    posts = fake.requests_to("POST", r"^/api/conversations$")
    assert len(posts) == 2, "the create is retried (safely: same client-chosen id)"
    assert {p.content for p in posts} == {posts[0].content}
    assert [c.id for c in fake._conversations.values()] == [conv.id]
    await conv.close()


async def test_a_get_is_retried_after_a_fast_reset(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    conv_f = fake.add_conversation()
    fake.hooks.append(reset_after_acting("GET", r"/api/conversations/[^/]+$"))
    conv = await client.attach_conversation(conv_f.id)
    assert conv.id == conv_f.id
    await conv.close()


async def test_a_create_whose_answer_is_lost_late_is_retried_until_answered(
    fake: FakeAgentServer, client: AsyncAgentServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_http, "_STALE_CONNECTION_SECONDS", 0.0)  # every reset is late
    fake.hooks.append(reset_after_acting("POST", r"^/api/conversations$", times=3))
    control = client.control(uuid.uuid4())
    info = await control.create(agent_json(), "/w")
    assert info.id == control.id
    assert len(fake.requests_to("POST", r"^/api/conversations$")) == 4
    assert list(fake._conversations) == [control.id]


async def test_a_create_that_cannot_connect_fails_at_once_naming_the_id(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    async def refuse(request: httpx.Request, answer: Any) -> httpx.Response | None:
        if request.url.path == "/api/conversations":
            raise httpx.ConnectError("connection refused", request=request)
        return None

    fake.hooks.append(refuse)
    control = client.control(uuid.uuid4())
    with pytest.raises(TransportError, match=f"start conversation {control.id}: cannot reach"):
        await control.create(agent_json(), "/w")
    assert len(fake.requests_to("POST", r"^/api/conversations$")) == 1, "nothing was sent"
