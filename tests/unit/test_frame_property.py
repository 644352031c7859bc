"""Property: whatever JSON the socket receives, it keeps running and the log stays exact.

Hostile frames (arbitrary JSON, wrong types in event fields, deep nesting, huge strings, non-
JSON text and bytes) are pushed between real events by the fake server; none is persisted there,
and none carries a string id, so the client's log must stay equal to the server's.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from openhands_client import AsyncAgentServer
from tests.unit.conftest import API_KEY
from tests.unit.fakes import FakeAgentServer, action, ids, message, ts, until

scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text()
json_values = st.recursive(
    scalars, lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner), max_leaves=15
)
not_a_string = json_values.filter(lambda value: not isinstance(value, str))
KINDS = ["MessageEvent", "ActionEvent", "ObservationEvent", "ConversationStateUpdateEvent"]
event_like = st.fixed_dictionaries(
    {"kind": st.sampled_from(KINDS) | json_values, "id": not_a_string},
    optional={
        "timestamp": json_values,
        "source": json_values,
        "key": json_values,
        "value": json_values,
        "llm_message": json_values,
        "action": json_values,
    },
)
deep = st.integers(1_000, 100_000).map(lambda n: "[" * n + "]" * n)
deep_object = st.integers(1_000, 100_000).map(lambda n: '{"a":' * n + "1" + "}" * n)
huge = st.integers(1, 4).map(lambda mb: json.dumps({"kind": "MessageEvent", "x": "a" * mb * 2**20}))
frames = st.one_of(
    json_values.map(json.dumps),
    event_like.map(json.dumps),
    deep,
    deep_object,
    huge,
    st.text(),
    st.binary(max_size=64),
)


async def play(fake: FakeAgentServer, hostile: list[str | bytes]) -> None:
    conv_f = fake.add_conversation([message("h1", ts(0))])
    client = AsyncAgentServer(fake.url, API_KEY, transport=fake.transport)
    try:
        conv = await client.attach_conversation(conv_f.id)
        real: list[dict[str, Any]] = [action(f"a{i}", ts(i + 1)) for i in range(len(hostile))]
        # From a thread: the fake waits for its sends, which need this loop to read them.
        for frame, event in zip(hostile, real, strict=True):
            await asyncio.to_thread(fake.send_raw, conv_f, frame)
            await asyncio.to_thread(fake.publish, conv_f, event)
        await asyncio.to_thread(fake.publish, conv_f, message("last", ts(999)))
        await until(lambda: "last" in ids(conv.events), "the event after the hostile frames", 10)
        assert ids(conv.events) == conv_f.sorted_ids()
        assert conv.is_connected and conv._feed.socket.final_error is None
        assert len(fake.connections_to(conv_f)) == 1, "no frame made the socket reconnect"
    finally:
        await client.close()


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(frames, min_size=1, max_size=6))
def test_hostile_frames_never_stop_the_socket_or_bend_the_log(
    fake: FakeAgentServer, hostile: list[str | bytes]
) -> None:
    asyncio.run(play(fake, hostile))
