"""A stalled stream() consumer has a bounded buffer with a stated policy."""

from __future__ import annotations

import asyncio

import pytest

from openhands_client import AsyncAgentServer, StreamOverflowError
from tests.unit.fakes import FakeAgentServer, ids, message, streaming_delta, ts, until


async def test_a_stalled_consumer_loses_transients_first_then_ends_with_a_typed_error(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    conv_f = fake.add_conversation([message("h1", ts(0))])
    conv = await client.attach_conversation(conv_f.id)
    conv.STREAM_BUFFER = 3
    stalled = conv.stream().__aiter__()
    first = asyncio.ensure_future(stalled.__anext__())
    keeping_up: list[str] = []

    async def keep_up() -> None:
        async for event in conv.stream():
            keeping_up.append(event.id)

    reader = asyncio.ensure_future(keep_up())
    n = 0
    while not first.done() or not keeping_up:  # both consumers are registered
        fake.publish(conv_f, streaming_delta(f"probe-{n}", ts(0), "."))
        n += 1
        await asyncio.sleep(0.01)
    await until(lambda: len(keeping_up) == n, "the keeping-up consumer to catch up")

    async def publish(*events: dict[str, object]) -> None:
        fake.publish(conv_f, *events)
        last = str(events[-1]["id"])
        await until(lambda: last in keeping_up, f"the keeping-up consumer to get {last}")

    # The stalled consumer takes nothing while these arrive.
    await publish(streaming_delta("d1", ts(1), "a"))
    await publish(message("m1", fake.now()), message("m2", fake.now()))  # full
    await publish(streaming_delta("d2", ts(1), "b"))  # dropped: a transient
    await publish(message("m3", fake.now()))  # evicts d1
    await publish(message("m4", fake.now()))  # does not fit: the buffer ends
    await publish(message("m5", fake.now()))
    await until(lambda: "m5" in ids(conv.events), "the log to take every persisted event")

    drained = [(await stalled.__anext__()).id for _ in range(3)]
    assert drained == ["m1", "m2", "m3"]
    with pytest.raises(StreamOverflowError, match=r"conversation\.events"):
        await stalled.__anext__()
    assert ids(conv.events) == ["h1", "m1", "m2", "m3", "m4", "m5"], "the log drops nothing"
    assert len(conv._feed.buffers) == 1, "the ended stream is unregistered; the other one stays"

    assert keeping_up[n:] == ["d1", "m1", "m2", "d2", "m3", "m4", "m5"]
    await conv.close()
    await asyncio.wait_for(reader, 3)


async def test_a_consumer_within_its_buffer_gets_every_event_then_the_end_on_close(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    conv_f = fake.add_conversation()
    conv = await client.attach_conversation(conv_f.id)
    conv.STREAM_BUFFER = 3
    stream = conv.stream().__aiter__()
    first = asyncio.ensure_future(stream.__anext__())
    n = 0
    while not first.done():
        fake.publish(conv_f, streaming_delta(f"probe-{n}", ts(0), "."))
        n += 1
        await asyncio.sleep(0.01)
    fake.publish(conv_f, message("m1", fake.now()), message("m2", fake.now()))
    await until(lambda: "m2" in ids(conv.events), "the events")
    await conv.close()
    rest = [event.id async for event in stream]
    assert [i for i in rest if not i.startswith("probe-")] == ["m1", "m2"]


async def test_a_cancelled_consumer_leaves_no_task_and_no_buffer_behind(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    conv = await client.attach_conversation(fake.add_conversation().id)
    before = asyncio.all_tasks()

    async def consume() -> None:
        async for _ in conv.stream():
            pass

    consumer = asyncio.create_task(consume())
    await until(lambda: bool(conv._feed.buffers), "the consumer to subscribe")
    consumer.cancel()
    await asyncio.gather(consumer, return_exceptions=True)
    await asyncio.sleep(0)
    assert [t for t in asyncio.all_tasks() - before if not t.done()] == []
    assert not conv._feed.buffers
