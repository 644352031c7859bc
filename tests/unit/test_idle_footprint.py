"""What an attached, idle conversation keeps.

Many conversations are attached at once from one process: each must keep its state compactly
(identical subtrees shared, nothing parsed twice) and no object it only needed to get there.
"""

from __future__ import annotations

import asyncio
import gc
import uuid
from typing import Any, TypeVar

import pytest
from websockets.asyncio.client import ClientConnection, connect

from openhands_client import AsyncAgentServer, ExecutionStatus
from openhands_client._feed import ConversationFeed
from openhands_client._state import ConversationState
from tests.unit.conftest import API_KEY
from tests.unit.fakes import (
    FakeAgentServer,
    agent_json,
    conversation_info,
    full_state,
    message,
    ts,
    until,
)


def _state(status: str = "idle", **extra: Any) -> ConversationState:
    conversation_id = uuid.uuid4()
    state = ConversationState(conversation_id, conversation_info(conversation_id, status))
    snapshot = full_state("fs", ts(1), conversation_id, status, **extra)
    state.update("full_state", snapshot["value"])
    return state


def test_states_of_one_agent_share_its_subtree_and_hold_no_parsed_json() -> None:
    states = [_state() for _ in range(3)]
    for key in ("agent", "workspace", "stats", "confirmation_policy"):
        kept = {id(state._fields[key]) for state in states}
        assert len(kept) == 1, f"each state keeps its own copy of {key!r}"
    for state in states:
        containers = [k for k, v in state._fields.items() if isinstance(v, (dict, list))]
        assert containers == [], f"parsed JSON kept per conversation: {containers}"


def test_state_answers_from_its_compact_form() -> None:
    state = _state("running", title="A title", tags={"team": "x"})
    assert state.execution_status is ExecutionStatus.RUNNING
    assert state.title == "A title"
    assert state.stats.usage_to_metrics.additional_properties == {}
    raw = state.raw
    assert raw["agent"]["llm"]["model"] == "openai/think-2"
    assert raw["tags"] == {"team": "x"}
    assert state.info.id == state.id
    assert state.info.title == "A title"
    usage = {"model": "m", "prompt_tokens": 3, "completion_tokens": 1, "cache_read_tokens": 0}
    usage |= {"cache_write_tokens": 0, "reasoning_tokens": 0, "context_window": 0}
    usage |= {"per_turn_token": 4, "response_id": ""}
    metrics = {"model_name": "m", "accumulated_cost": 0.25, "accumulated_token_usage": usage}
    state.update("stats", {"usage_to_metrics": {"agent": metrics}})
    assert state.metrics.accumulated_cost == 0.25
    assert state.metrics.accumulated_token_usage.prompt_tokens == 3
    assert state.info.stats.usage_to_metrics.additional_properties["agent"].model_name == "m"


def test_raw_is_a_copy_that_changes_nothing_shared() -> None:
    first, second = _state(), _state()
    first.raw["agent"]["llm"]["model"] = "changed"
    first.raw["tags"]["new"] = "x"
    assert first.raw["agent"]["llm"]["model"] == "openai/think-2"
    assert second.raw["agent"]["llm"]["model"] == "openai/think-2"
    assert first.raw["tags"] == {}


def test_info_is_a_new_copy_on_each_read() -> None:
    from openhands_api.models.conversation_info import ConversationInfo

    state = _state(title="A title")
    changed = state.info
    changed.title = "changed"
    changed.tags.additional_properties["new"] = "x"
    assert state.info is not changed
    assert state.info.title == "A title" and state.title == "A title"
    assert state.info.tags.additional_properties == {}
    # A state made from a parsed body (server.conversations()) keeps no reference to it.
    body = ConversationInfo.from_dict(conversation_info(uuid.uuid4(), "idle", title="listed"))
    listed = ConversationState.of(body)
    body.title = "changed by the caller"
    listed.info.title = "changed"
    assert listed.info.title == "listed"


def _frames_alive(event_id: str) -> list[dict[str, Any]]:
    gc.collect()
    return [o for o in gc.get_objects() if isinstance(o, dict) and o.get("id") == event_id]


T = TypeVar("T")


def _instances(cls: type[T]) -> list[T]:
    gc.collect()
    return [o for o in gc.get_objects() if isinstance(o, cls)]


async def test_an_idle_conversation_keeps_no_frame_handshake_or_callback_machinery(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    conv_f = fake.add_conversation([message("h1", ts(0))])
    conv = await client.attach_conversation(conv_f.id)
    fake.publish(conv_f, full_state("fs-last", ts(2), conv_f.id, "idle", title="Idle"))
    await until(lambda: conv.state.title == "Idle", "the snapshot to be applied")
    # The last frame is not kept while the socket waits for the next one.
    assert _frames_alive("fs-last") == []
    # Nor the connect() object that made the connection (its arguments, handshake state),
    # nor the handshake's request.
    assert _instances(connect) == []
    connections = _instances(ClientConnection)
    assert connections and all(c.request is None for c in connections)
    # Without callbacks, there is no callback queue, signal or task.
    assert conv._feed.callbacks._backlog is None
    assert conv._feed.callbacks._task is None
    await conv.close()


async def test_at_most_max_opening_conversations_are_opened_at_once(
    fake: FakeAgentServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Hundreds attached at once would all hold a connection, buffers and a half-made state."""
    monkeypatch.setattr(AsyncAgentServer, "MAX_OPENING", 2)
    loading = most = 0
    real_open = ConversationFeed.open

    async def slow_open(feed: ConversationFeed) -> None:
        nonlocal loading, most
        loading += 1
        most = max(most, loading)
        try:
            await asyncio.sleep(0.05)
            await real_open(feed)
        finally:
            loading -= 1

    monkeypatch.setattr(ConversationFeed, "open", slow_open)
    existing = [fake.add_conversation().id for _ in range(4)]
    async with AsyncAgentServer(fake.url, API_KEY, transport=fake.transport) as client:
        opened = await asyncio.gather(
            *(client.attach_conversation(cid) for cid in existing),
            *(client.start_conversation(agent_json(), "/w") for _ in range(4)),
        )
        assert len({c.id for c in opened}) == 8
        assert most == 2
