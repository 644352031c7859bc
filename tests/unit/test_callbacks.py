"""Callbacks run in order, off the socket reader."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from openhands_client import AsyncAgentServer, AsyncConversation, ClientClosedError, ExecutionStatus
from openhands_client._callbacks import CallbackRunner
from openhands_client.events import Event, decode_event, is_persisted
from tests.unit.fakes import (
    FakeAgentServer,
    agent_json,
    ids,
    message,
    standard_run,
    streaming_delta,
    ts,
    until,
)


async def test_closing_the_conversation_from_a_callback_does_not_deadlock(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    conv_f = fake.add_conversation([message("h1", ts(0))])
    closed = asyncio.Event()

    async def close_on_answer(event: Event) -> None:
        if event.kind == "MessageEvent" and event.source == "agent":
            await conv.close()
            closed.set()

    conv = await client.attach_conversation(conv_f.id, callbacks=[close_on_answer])
    conv_f.run_script = standard_run(answer="bye")
    await conv.send_message("hi", run=True)
    await asyncio.wait_for(closed.wait(), 5)


async def test_a_slow_callback_does_not_stop_the_reader(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    seen: list[str] = []

    async def slow(event: Event) -> None:
        await asyncio.sleep(0.2)
        seen.append(event.id)

    conv_f = fake.add_conversation(run_script=standard_run(steps=3))
    conv = await client.attach_conversation(conv_f.id, callbacks=[slow])
    started = time.monotonic()
    await conv.run(blocking=False)
    # The log fills at socket speed while the callback is still on its first events.
    await until(lambda: conv.state.execution_status is ExecutionStatus.FINISHED, "the run to end")
    assert time.monotonic() - started < 1.0
    assert len(seen) < len(conv.events)
    await until(lambda: set(ids(conv.events)) <= set(seen), "the callback to catch up", 10)
    assert len(seen) == len(set(seen)), "an event reached the callback twice"
    await conv.close()


async def test_a_callback_may_await_run(fake: FakeAgentServer, client: AsyncAgentServer) -> None:
    results: list[ExecutionStatus] = []
    conv_f = fake.add_conversation(run_script=standard_run(answer="one"))

    async def chain(event: Event) -> Any:
        if event.kind == "MessageEvent" and event.source == "user" and not results:
            results.append(await conv.run(timeout=5))

    conv = await client.attach_conversation(conv_f.id, callbacks=[chain])
    await conv.send_message("go")
    await until(lambda: bool(results), "the callback's run() to return", 8)
    assert results == [ExecutionStatus.FINISHED]
    await conv.close()


async def test_run_returns_after_callbacks_saw_every_event_of_the_run(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    seen: list[str] = []

    async def slowish(event: Event) -> None:
        await asyncio.sleep(0.01)
        seen.append(event.id)

    conv_f = fake.add_conversation(run_script=standard_run(steps=3))
    conv = await client.attach_conversation(conv_f.id, callbacks=[slowish])
    assert await conv.run(timeout=10) is ExecutionStatus.FINISHED
    persisted = set(ids(conv.events))
    assert persisted <= set(seen), "run() returned before the callbacks saw its events"
    assert len(seen) == len(set(seen)), "an event reached the callback twice"
    await conv.close()


async def test_closing_while_run_waits_for_the_callbacks_ends_run_at_once(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    """run() waits for the callbacks; close() must end that wait at once."""
    stuck = asyncio.Event()

    async def never_done(event: Event) -> None:
        await stuck.wait()  # the callbacks fall behind for good

    conv_f = fake.add_conversation(run_script=standard_run())
    conv = await client.attach_conversation(conv_f.id, callbacks=[never_done])
    running = asyncio.ensure_future(conv.run(timeout=30))
    await until(lambda: conv.state.execution_status is ExecutionStatus.FINISHED, "the run's end")
    await asyncio.sleep(0.2)  # the post-run snapshot is in: run() now waits for the callbacks
    assert not running.done()
    await conv.close()
    started = time.monotonic()
    with pytest.raises(ClientClosedError):
        await asyncio.wait_for(running, 5)
    assert time.monotonic() - started < 1


async def test_close_from_a_callback_deletes_and_the_callback_goes_on(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    """A callback may await close(): the conversation is deleted (it was started
    with delete_on_close), the callback carries on after it, and a waiting run() ends."""
    went_on: list[str] = []

    async def close_late(event: Event) -> None:
        if event.kind == "MessageEvent" and event.source == "agent":
            await asyncio.sleep(0.3)  # run() is over and waits for this callback
            await conv.close()
            await asyncio.sleep(0)
            went_on.append(event.id)

    conv = await client.start_conversation(
        agent_json(), "/w", callbacks=[close_late], delete_on_close=True
    )
    await conv.send_message("hi")
    started = time.monotonic()
    with pytest.raises(ClientClosedError):
        await conv.run(timeout=10)
    assert time.monotonic() - started < 3
    await until(lambda: bool(went_on), "the callback to go on after close()")
    assert fake.conversation(conv.id).deleted


async def test_callbacks_get_the_history_in_log_order_then_live_events(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    """What attach loads (the socket's replay, and what is published while it loads)
    reaches the callbacks once each, in log order, before the events that come after."""
    conv_f = fake.add_conversation([message(f"h{i:03d}", ts(i / 10)) for i in range(250)])
    published = False

    async def publish_while_loading(
        request: httpx.Request, default: Callable[[], httpx.Response]
    ) -> httpx.Response | None:
        nonlocal published
        if request.url.path == f"/api/conversations/{conv_f.id}" and not published:
            await until(lambda: fake.open_sockets(conv_f) > 0, "the socket")
            published = True
            await asyncio.to_thread(fake.publish, conv_f, message("during", ts(30)))
        return None

    fake.hooks.append(publish_while_loading)
    seen: list[Event] = []
    conv = await client.attach_conversation(conv_f.id, callbacks=[seen.append])
    fake.publish(conv_f, message("after", ts(40)))
    await until(lambda: "after" in ids(conv.events), "the live event")
    await conv._feed.callbacks.drained()
    assert published, "nothing was published while attach loaded"
    persisted = [e.id for e in seen if e.id in conv.events]
    assert persisted == conv_f.ids() == ids(conv.events)
    await conv.close()


async def test_drained_returns_once_the_runner_ended_however_it_ended() -> None:
    """The runner's task may end without close(): cancelled when the sync
    client's loop is torn down, or by a callback's SystemExit. run() waits in drained() for
    it, and must not wait for a runner that is gone."""
    runner = CallbackRunner([lambda event: asyncio.Event().wait()], 10)  # never returns
    runner.submit(decode_event(message("m1", ts(0))))
    await asyncio.sleep(0)  # the callback is under way
    assert runner._task is not None
    runner._task.cancel()
    await asyncio.wait_for(runner.drained(), 2)


async def test_a_flood_of_stream_only_events_past_a_slow_callback_is_bounded(
    fake: FakeAgentServer,
    client: AsyncAgentServer,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A flood of token deltas past a slow callback queued 554k events (1.47 GB
    in 15 s). Stream-only events past ``CALLBACK_BACKLOG`` are dropped, counted and logged;
    every persisted event still reaches the callback, in order, and the log."""
    monkeypatch.setattr(AsyncConversation, "CALLBACK_BACKLOG", 50, raising=False)
    gate = asyncio.Event()
    seen: list[str] = []

    async def slow(event: Event) -> None:
        await gate.wait()
        seen.append(event.id)

    conv_f = fake.add_conversation([message("h1", ts(0))])
    conv = await client.attach_conversation(conv_f.id, callbacks=[slow])
    flood = 2_000
    for burst in range(4):
        deltas = [streaming_delta(f"d{burst}-{n}", ts(1), ".") for n in range(flood // 4)]
        fake.publish(conv_f, *deltas, message(f"m{burst}", fake.now()))
    await until(lambda: "m3" in ids(conv.events), "the log to take every persisted event")
    backlog = conv._feed.callbacks._backlog
    assert backlog is not None
    assert sum(not is_persisted(event) for event in backlog.events) <= 50
    assert conv.callbacks_dropped >= flood - 50
    assert "event callbacks fell 50 stream-only events behind" in caplog.text
    gate.set()
    persisted = ["h1", "m0", "m1", "m2", "m3"]
    await until(lambda: set(persisted) <= set(seen), "the callback to get every persisted event")
    assert [i for i in seen if i in persisted] == persisted
    assert ids(conv.events) == persisted
    await conv.close()
