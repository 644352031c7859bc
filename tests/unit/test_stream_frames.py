"""What arrives on the socket: duplicates, disorder, garbage, unknown kinds, transient events."""

from __future__ import annotations

import asyncio
import logging
from collections import Counter

import pytest

from openhands_api.models.message_event import MessageEvent
from openhands_client import AsyncAgentServer, Event, UnknownEvent
from openhands_client import events as events_module
from tests.unit.fakes import (
    FakeAgentServer,
    action,
    full_state,
    ids,
    message,
    observation,
    session_frame,
    status_update,
    streaming_delta,
    ts,
    until,
)


@pytest.fixture
def fresh_warnings(monkeypatch: pytest.MonkeyPatch) -> None:
    """Forget which kinds were already reported, so "logged once" is observable per test."""
    monkeypatch.setattr(events_module, "_warned", set())


def live_ids(seen: list[Event]) -> list[str]:
    """Ids of the events a callback saw, without the state pushes sent on connect."""
    return [e.id for e in seen if not e.id.startswith("connect-")]


async def test_replayed_and_duplicated_frames_are_stored_and_dispatched_once(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    conv_f = fake.add_conversation([message("h1", ts(0))])
    seen: list[Event] = []
    conv = await client.attach_conversation(conv_f.id, callbacks=[seen.append])
    a, o = action("a1", ts(1)), observation("o1", ts(2), "a1")
    fake.publish(conv_f, a, o)
    # The same frames again (a replay overlapping live delivery), and the history event.
    again = [(1, a), (2, o), (1, a), (0, message("h1", ts(0)))]
    fake.send_raw(conv_f, *(session_frame(e, seq) for seq, e in again))
    fake.publish(conv_f, message("m2", ts(3)))
    await until(lambda: "m2" in ids(conv.events), "the event after the duplicates")
    assert ids(conv.events) == ["h1", "a1", "o1", "m2"]
    await conv._feed.callbacks.drained()  # callbacks run just behind the log
    assert Counter(live_ids(seen)) == Counter(["h1", "a1", "o1", "m2"])


async def test_events_are_stored_in_seq_order_whatever_their_timestamps(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    conv_f = fake.add_conversation()
    seen: list[Event] = []
    conv = await client.attach_conversation(conv_f.id, callbacks=[seen.append])
    arrival = [
        message("e5", ts(5)),
        message("e3", ts(3)),
        message("e4-b", ts(4)),
        message("e4-a", ts(4)),
        message("e1", ts(1)),
        message("e6", ts(6)),
    ]
    fake.publish(conv_f, *arrival)
    await until(lambda: len(conv.events) == 6, "all six events")
    # The server's order (a clock stepped back, an executor's late stamp) is the log's.
    assert ids(conv.events) == [e["id"] for e in arrival] == conv_f.ids()
    await conv._feed.callbacks.drained()  # callbacks run just behind the log
    assert live_ids(seen) == [e["id"] for e in arrival]
    assert ids(conv.events[1:3]) == ["e3", "e4-b"]


async def test_malformed_and_non_object_frames_are_skipped_without_killing_the_stream(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    conv_f = fake.add_conversation()
    seen: list[Event] = []
    conv = await client.attach_conversation(conv_f.id, callbacks=[seen.append])
    fake.send_raw(conv_f, "{not json", "[1, 2, 3]", '"a string"', "42", "null", b"\xff\xfe\x00")
    fake.publish(conv_f, message("after-garbage", ts(1)))
    await until(lambda: "after-garbage" in ids(conv.events), "the event after the garbage frames")
    assert ids(conv.events) == ["after-garbage"]
    await conv._feed.callbacks.drained()  # callbacks run just behind the log
    assert live_ids(seen) == ["after-garbage"]
    assert len(fake.connections_to(conv_f)) == 1, "garbage must not cost a reconnect"
    assert conv.is_connected


async def test_unknown_kind_is_kept_raw_logged_once_and_never_dropped(
    fake: FakeAgentServer,
    client: AsyncAgentServer,
    caplog: pytest.LogCaptureFixture,
    fresh_warnings: None,
) -> None:
    conv_f = fake.add_conversation()
    seen: list[Event] = []
    conv = await client.attach_conversation(conv_f.id, callbacks=[seen.append])
    caplog.set_level(logging.WARNING, logger="openhands_client")
    future = [
        {
            "kind": "PlanUpdateEvent",
            "id": f"plan-{i}",
            "timestamp": ts(i),
            "source": "agent",
            "plan": [{"step": "look around", "done": bool(i)}],
        }
        for i in (1, 2)
    ]
    fake.publish(conv_f, *future, message("m3", ts(3)))
    await until(lambda: "m3" in ids(conv.events), "the event after the unknown ones")
    stored = list(conv.events)
    assert [e.id for e in stored] == ["plan-1", "plan-2", "m3"]
    for event, raw in zip(stored[:2], future, strict=True):
        assert isinstance(event, UnknownEvent)
        assert event.raw == raw and event.sent_kind == "PlanUpdateEvent"
    assert isinstance(stored[2], MessageEvent)
    await conv._feed.callbacks.drained()  # callbacks run just behind the log
    assert live_ids(seen) == ["plan-1", "plan-2", "m3"]
    reports = [r for r in caplog.records if "PlanUpdateEvent" in r.getMessage()]
    assert len(reports) == 1


async def test_known_kind_with_unparseable_payload_becomes_unknown_event(
    fake: FakeAgentServer,
    client: AsyncAgentServer,
    caplog: pytest.LogCaptureFixture,
    fresh_warnings: None,
) -> None:
    conv_f = fake.add_conversation()
    conv = await client.attach_conversation(conv_f.id)
    caplog.set_level(logging.WARNING, logger="openhands_client")
    broken = [
        {**message("bad-1", ts(1)), "llm_message": "not an object"},
        {**message("bad-2", ts(2)), "source": "martian"},
    ]
    fake.publish(conv_f, *broken, message("good", ts(3)))
    await until(lambda: "good" in ids(conv.events), "the event after the broken ones")
    stored = list(conv.events)
    assert [e.id for e in stored] == ["bad-1", "bad-2", "good"]
    for event, raw in zip(stored[:2], broken, strict=True):
        assert isinstance(event, UnknownEvent)
        assert event.sent_kind == "MessageEvent" and event.raw == raw and event.error
    reports = [r for r in caplog.records if "MessageEvent" in r.getMessage()]
    assert len(reports) == 1


async def test_event_with_a_null_timestamp_does_not_kill_the_stream(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    """One event whose ``timestamp`` is not a string must not stop every later event.

    It decodes as a typed MessageEvent (the generated model does not check the field's
    type); nothing that handles a frame may depend on the timestamp being a string.
    """
    conv_f = fake.add_conversation([message("h1", ts(0))])
    conv = await client.attach_conversation(conv_f.id)
    fake.publish(conv_f, {**message("no-time", ts(1)), "timestamp": None})
    fake.publish(conv_f, message("after", ts(2)))
    await until(
        lambda: "after" in ids(conv.events), "an event after the one without a timestamp", timeout=1
    )
    assert "no-time" in ids(conv.events), "the odd event must be kept, not dropped"


async def test_transient_events_reach_callbacks_but_are_never_stored(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    conv_f = fake.add_conversation()
    seen: list[Event] = []
    conv = await client.attach_conversation(conv_f.id, callbacks=[seen.append])
    frames = [
        streaming_delta("d1", ts(1), "Hel"),
        streaming_delta("d2", ts(1.1), "lo"),
        status_update("s1", ts(2), "running"),
        full_state("fs1", ts(3), conv_f.id, "finished", title="A title"),
        message("m1", ts(4)),
    ]
    fake.publish(conv_f, *frames)
    await until(lambda: "m1" in ids(conv.events), "the persisted event after the transient ones")
    assert ids(conv.events) == ["s1", "m1"]
    await conv._feed.callbacks.drained()  # callbacks run just behind the log
    assert live_ids(seen) == ["d1", "d2", "s1", "fs1", "m1"]
    # The snapshot updated the cached state.
    assert conv.state.execution_status.value == "finished"
    assert conv.state.title == "A title"


async def test_async_and_failing_callbacks_do_not_disturb_the_stream(
    fake: FakeAgentServer, client: AsyncAgentServer, caplog: pytest.LogCaptureFixture
) -> None:
    conv_f = fake.add_conversation()
    order: list[str] = []

    async def slow_async(event: Event) -> None:
        await asyncio.sleep(0.01)
        order.append(f"async:{event.id}")

    def failing(event: Event) -> None:
        raise RuntimeError("callback bug")

    def plain(event: Event) -> None:
        order.append(f"plain:{event.id}")

    conv = await client.attach_conversation(conv_f.id, callbacks=[slow_async, failing, plain])
    caplog.set_level(logging.ERROR, logger="openhands_client")
    fake.publish(conv_f, message("m1", ts(1)), message("m2", ts(2)))
    await until(lambda: "plain:m2" in order, "both events through every callback")
    # Each event goes through the callbacks in order; a coroutine callback is awaited.
    assert [o for o in order if "connect-" not in o] == [
        "async:m1",
        "plain:m1",
        "async:m2",
        "plain:m2",
    ]
    assert ids(conv.events) == ["m1", "m2"]
    assert conv.is_connected and len(fake.connections_to(conv_f)) == 1
    assert any("callback" in r.getMessage() for r in caplog.records)
