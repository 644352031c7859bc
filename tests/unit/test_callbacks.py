"""Callbacks run in order, off the socket reader (issue 9: 4, 25)."""

from __future__ import annotations

import asyncio
import time
from typing import Any

from openhands_client import AsyncAgentServer, ExecutionStatus
from openhands_client.events import Event
from tests.unit.fakes import FakeAgentServer, ids, message, standard_run, ts, until


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
