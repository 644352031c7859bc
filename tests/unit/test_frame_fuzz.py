"""Property (acceptance): whatever JSON the socket receives (deep nesting, huge
strings, wrong types, non-JSON), the socket keeps running and the log stays the server's.

Every garbage frame here lacks a string ``id``, so none of them is an event the server could
have persisted: the client must store none of them, and every real event published between
them must arrive on the same connection.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from openhands_client import AgentServer, Conversation
from tests.unit.conftest import API_KEY
from tests.unit.fakes import FakeAgentServer, FakeConversation, ids, message, until_sync


@dataclass
class Stage:
    fake: FakeAgentServer
    conversation: FakeConversation
    client: Conversation


@pytest.fixture(scope="module")
def stage() -> Iterator[Stage]:
    with FakeAgentServer(api_key=API_KEY) as fake:
        conv_f = fake.add_conversation()
        with (
            AgentServer(fake.url, API_KEY, transport=fake.transport) as client,
            client.attach_conversation(conv_f.id) as conv,
        ):
            yield Stage(fake, conv_f, conv)


class Frame:
    """A raw frame, shown shortened when Hypothesis reports an example."""

    def __init__(self, data: str | bytes) -> None:
        self.data = data

    def __repr__(self) -> str:
        return f"Frame({len(self.data)} long: {self.data[:40]!r})"


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=10), inner),
    max_leaves=30,
)
not_a_string = st.none() | st.booleans() | st.integers() | st.lists(json_values, max_size=3)


def without_id(value: Any) -> Any:
    if isinstance(value, dict) and isinstance(value.get("id"), str):
        value = {k: v for k, v in value.items() if k != "id"}
    return value


def deep(depth: int, kind: str) -> str:
    if kind == "list":
        return "[" * depth + "]" * depth
    return '{"a":' * depth + "1" + "}" * depth


@st.composite
def wrong_types(draw: st.DrawFn) -> str:
    """A real event's JSON with its id of a wrong type and any other fields replaced."""
    event: dict[str, Any] = message("x", "2025-01-01T12:00:00.000000", "hi")
    for key in draw(st.lists(st.sampled_from(sorted(event)), max_size=4)):
        event[key] = draw(json_values)
    event["id"] = draw(not_a_string)
    return json.dumps(event)


def huge(size: int) -> str:
    return json.dumps({"kind": "MessageEvent", "x": "x" * size})


garbage = st.one_of(
    json_values.map(without_id).map(json.dumps),
    wrong_types(),
    st.builds(deep, st.integers(1, 100_000), st.sampled_from(["list", "object"])),
    st.integers(1, 2_000_000).map(huge),
    st.text(max_size=50).map(lambda t: "{" + t),  # not JSON
    st.binary(max_size=50),
).map(Frame)
# A frame is garbage, or None: publish a real event there.
frames = st.lists(st.none() | garbage, min_size=1, max_size=12)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(frames)
@example([Frame(deep(100_000, "list")), None])
@example([Frame(deep(50_000, "object")), None])
@example([Frame(huge(4_000_000)), None])
def test_any_frame_leaves_the_socket_running_and_the_log_exact(
    stage: Stage, frames: list[Frame | None]
) -> None:
    fake, conv_f, conv = stage.fake, stage.conversation, stage.client
    connections = len(fake.connections_to(conv_f))
    for frame in frames:
        if frame is None:
            fake.publish(conv_f, message(fake.new_id("real"), fake.now()))
        else:
            fake.send_raw(conv_f, frame.data)
    sentinel = fake.new_id("sentinel")
    fake.publish(conv_f, message(sentinel, fake.now()))
    until_sync(lambda: sentinel in conv.events, "the event after the frames", timeout=10)
    assert ids(conv.events) == conv_f.sorted_ids()
    assert conv.is_connected
    assert len(fake.connections_to(conv_f)) == connections, "a frame cost a reconnect"
