"""stream(until="run_end"): the README's async pattern ends with the run, however it ends."""

from __future__ import annotations

import asyncio

import pytest

from openhands_client import AsyncAgentServer, AsyncConversation, Event, ExecutionStatus
from openhands_client.events import sent_kind
from tests.unit.fakes import FakeAgentServer, RunContext, standard_run, until


async def run_end(conv: AsyncConversation, *, run: bool = False) -> list[Event]:
    """Every event of ``stream(until="run_end")``; fails the test if it does not end."""

    async def collect() -> list[Event]:
        return [event async for event in conv.stream(until="run_end", run=run)]

    return await asyncio.wait_for(collect(), 5)


@pytest.mark.parametrize("final", ["finished", "error", "stuck", "paused"])
async def test_the_run_end_stream_yields_the_whole_run_and_ends_however_it_ends(
    fake: FakeAgentServer, client: AsyncAgentServer, final: str
) -> None:
    error = ("LLMBadRequestError", "quota exceeded") if final == "error" else None
    conv_f = fake.add_conversation(run_script=standard_run(steps=2, final=final, error=error))
    conv = await client.attach_conversation(conv_f.id)
    await conv.send_message("go")
    # The message's own event comes back over the socket: it belongs before the run's stream.
    sent = len(conv_f.sorted_ids())
    await until(lambda: len(conv.events) >= sent, "the message's event in the log")
    before = {e.id for e in conv.events}
    seen = await run_end(conv, run=True)  # the README's pattern
    assert conv.state.execution_status is ExecutionStatus(final)
    run_ids = [i for i in conv_f.sorted_ids() if i not in before]
    assert sorted(e.id for e in seen if e.id in run_ids) == sorted(run_ids), "every event"
    assert ("ConversationErrorEvent" in map(sent_kind, seen)) is (final == "error")


async def test_a_stream_begun_after_a_quick_run_ended_ends_too(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    conv_f = fake.add_conversation(run_script=standard_run())
    conv = await client.attach_conversation(conv_f.id)
    await conv.send_message("go", run=True)
    await until(lambda: conv_f.status == "finished", "the run to end on the server")
    await run_end(conv)
    assert conv.state.execution_status is ExecutionStatus.FINISHED


async def test_a_run_started_elsewhere_is_followed_to_its_end(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    async def slow(run: RunContext) -> None:
        await run.status("running")
        await run.sleep(0.5)
        await run.step()
        await run.status("error")
        await run.snapshot()

    conv_f = fake.add_conversation(run_script=slow)
    conv = await client.attach_conversation(conv_f.id)
    fake._start_run(conv_f)
    await until(lambda: conv.state.execution_status is ExecutionStatus.RUNNING, "the run")
    seen = await run_end(conv)
    assert "ActionEvent" in map(sent_kind, seen)
    assert conv.state.execution_status is ExecutionStatus.ERROR


async def test_with_no_run_going_the_run_end_stream_ends_at_once_and_until_is_checked(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    conv = await client.attach_conversation(fake.add_conversation().id)
    assert await run_end(conv) == []
    with pytest.raises(ValueError, match="until must be 'close' or 'run_end'"):
        await conv.stream(until="finish").__anext__()  # type: ignore[arg-type]


async def test_a_run_with_nothing_to_do_ends_the_stream(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    async def nothing(run: RunContext) -> None:
        run.conversation.status = "finished"
        await run.snapshot()

    conv_f = fake.add_conversation(run_script=nothing)
    conv = await client.attach_conversation(conv_f.id)
    seen = await run_end(conv, run=True)
    assert [sent_kind(e) for e in seen] == ["ConversationStateUpdateEvent"]
