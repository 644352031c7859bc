"""Resuming by id (changed options warned about, messages already sent) and tags (the server's
key rule checked up front, state.tags a dict, conversations(tags=) matched by the client)."""

from __future__ import annotations

import logging
import uuid
from typing import Any

import pytest

from openhands_client import AsyncAgentServer, ConversationState
from tests.unit.fakes import FakeAgentServer, agent_json, conversation_info, message, ts


async def test_starting_an_existing_id_with_changed_options_warns_naming_them(
    fake: FakeAgentServer, client: AsyncAgentServer, caplog: pytest.LogCaptureFixture
) -> None:
    existing = fake.add_conversation()
    caplog.set_level(logging.WARNING, logger="openhands_client.server")
    same = await client.start_conversation(
        agent_json(), "/w", conversation_id=existing.id, max_iterations=500, tags={}
    )
    assert same.id == existing.id and caplog.records == []
    changed = await client.start_conversation(
        agent_json(), "/w", conversation_id=existing.id, max_iterations=7, tags={"batch": "b2"}
    )
    assert changed.id == existing.id
    [record] = caplog.records
    assert record.levelno == logging.WARNING
    assert str(existing.id) in record.getMessage()
    assert "max_iterations, tags" in record.getMessage()


async def test_user_messages_tell_whether_a_task_was_sent(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    events = [
        message("m1", ts(1), "task 7"),
        message("m2", ts(2), "an answer", source="agent"),
        message("m3", ts(3), "and more"),
    ]
    conv = await client.attach_conversation(fake.add_conversation(events).id)
    assert conv.user_messages() == ["task 7", "and more"]


@pytest.mark.parametrize(
    ("tags", "error"),
    [
        ({"task_id": "1"}, ValueError),
        ({"run-id": "1"}, ValueError),
        ({"Task": "1"}, ValueError),
        ({"": "1"}, ValueError),
        ({"tâche": "1"}, ValueError),
        ({"task": "x" * 257}, ValueError),
        ({"task": 1}, TypeError),
        (["task"], TypeError),
    ],
)
async def test_tags_the_server_would_refuse_are_refused_before_any_request(
    fake: FakeAgentServer, client: AsyncAgentServer, tags: Any, error: type[Exception]
) -> None:
    conv = await client.attach_conversation(fake.add_conversation().id)
    before = len(fake.requests)
    with pytest.raises(error, match="tags"):
        await client.start_conversation(agent_json(), "/w", tags=tags)
    with pytest.raises(error, match="tags"):
        await client.control(conv.id).create(agent_json(), "/w", tags=tags)
    with pytest.raises(error, match="tags"):
        await conv.fork(tags=tags)
    with pytest.raises(error, match="tags"):
        client.conversations(tags=tags)
    assert len(fake.requests) == before


def test_state_tags_is_a_plain_dict() -> None:
    info = conversation_info(uuid.uuid4(), "idle")
    info["tags"] = {"batch": "b1", "task": "7"}
    state = ConversationState(uuid.UUID(info["id"]), info)
    assert state.tags == {"batch": "b1", "task": "7"} and type(state.tags) is dict
    state.tags["batch"] = "changed"
    assert state.tags["batch"] == "b1", "a copy on each read"
    assert ConversationState(state.id, {}).tags == {}


async def test_conversations_are_filtered_by_tags_on_the_client(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    items = []
    for tags in ({"batch": "b1", "task": "1"}, {"batch": "b2"}, {"batch": "b1", "task": "2"}, {}):
        info = conversation_info(uuid.uuid4(), "finished")
        info["tags"] = tags
        items.append(info)
    fake.inject("GET", r"/api/conversations/search$", 200, {"items": items, "next_page_id": None})
    matched = [s async for s in client.conversations(tags={"batch": "b1"})]
    assert [s.tags["task"] for s in matched] == ["1", "2"]
    fake.inject("GET", r"/api/conversations/search$", 200, {"items": items, "next_page_id": None})
    assert await client.count_conversations(tags={"batch": "b1"}) == 2
