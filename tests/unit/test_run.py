"""run(): when it returns, what it has by then, and how it fails."""

from __future__ import annotations

import asyncio
import time

import pytest

from openhands_client import (
    AsyncAgentServer,
    AsyncConversation,
    ConversationRunError,
    ExecutionStatus,
    RunTimeoutError,
)
from tests.unit.fakes import (
    FakeAgentServer,
    RunContext,
    agent_error,
    ids,
    message,
    standard_run,
    status_update,
    ts,
    until,
)


def texts(conv: AsyncConversation) -> list[str]:
    """The text of every message in the log, in order."""
    out: list[str] = []
    for event in conv.events:
        raw = event.to_dict()
        if raw.get("kind") == "MessageEvent":
            out.extend(c.get("text", "") for c in raw["llm_message"].get("content", []))
    return out


async def test_run_returns_after_the_post_run_snapshot_with_every_event(
    fake: FakeAgentServer, client: AsyncAgentServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Make the no-snapshot fallback slow, so that returning early enough proves the
    # snapshot (not the fallback) ended the wait.
    monkeypatch.setattr(AsyncConversation, "SETTLE_SECONDS", 5.0)
    conv_f = fake.add_conversation(run_script=standard_run(steps=2, late=0.3, answer="late one"))
    conv = await client.attach_conversation(conv_f.id)
    started = time.monotonic()
    status = await conv.run(timeout=10)
    elapsed = time.monotonic() - started
    assert status is ExecutionStatus.FINISHED
    assert elapsed < 3, f"run() took {elapsed:.1f} s: it did not end on the snapshot"
    assert elapsed >= 0.3, "run() returned before the events that trail the status"
    assert "late one" in texts(conv), "an event published after `finished` is missing"
    assert ids(conv.events) == conv_f.sorted_ids()


async def test_run_without_snapshot_catches_up_over_rest(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    async def unflushed(run: RunContext) -> None:
        await run.status("running")
        await run.step()
        await run.status("finished")
        # Written, but the live push got lost; and no post-run snapshot either.
        run.persist(message(run.eid("msg"), run.fake.now(), "only over REST", source="agent"))

    conv_f = fake.add_conversation(run_script=unflushed)
    conv = await client.attach_conversation(conv_f.id)
    assert await conv.run(timeout=10) is ExecutionStatus.FINISHED
    assert "only over REST" in texts(conv)
    assert ids(conv.events) == conv_f.sorted_ids()


async def test_run_polls_rest_while_the_socket_is_down(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    async def slow(run: RunContext) -> None:
        await run.status("running")
        for i in range(3):
            await run.sleep(0.05)
            await run.step(f"step {i}")
        await run.say("answer while offline")
        await run.status("finished")
        await run.snapshot()

    conv_f = fake.add_conversation([message("h1", ts(0))], run_script=slow)
    conv = await client.attach_conversation(conv_f.id)
    fake.ws_available = False
    fake.drop(conv_f)
    await until(lambda: not conv.is_connected, "the socket to go down")
    searches_before = len(fake.requests_to("GET", r"/events/search$"))
    status = await conv.run(timeout=10)
    assert status is ExecutionStatus.FINISHED
    assert not conv.is_connected
    assert "answer while offline" in texts(conv)
    assert ids(conv.events) == conv_f.ids()
    polls = fake.requests_to("GET", r"/events/search$")[searches_before:]
    assert len(polls) >= 2
    assert all(r.url.params.get("page_id") for r in polls), "polls must resume by cursor"
    fake.ws_available = True


@pytest.mark.parametrize("final", ["error", "stuck"])
async def test_run_ending_in_error_or_stuck_raises_with_the_detail(
    fake: FakeAgentServer, client: AsyncAgentServer, final: str
) -> None:
    script = standard_run(final=final, error=("LLMBadRequestError", "quota exceeded for key"))
    conv_f = fake.add_conversation(run_script=script)
    conv = await client.attach_conversation(conv_f.id)
    with pytest.raises(ConversationRunError) as caught:
        await conv.run(timeout=10)
    error = caught.value
    assert error.conversation_id == conv.id
    assert error.status == final
    assert error.detail is not None and "quota exceeded for key" in error.detail
    assert "quota exceeded for key" in str(error) and str(conv.id) in str(error)
    # Every event of the failed run is in the log anyway.
    assert ids(conv.events) == conv_f.sorted_ids()


@pytest.mark.parametrize("tool_error", [False, True], ids=["quiet", "with-tool-error"])
async def test_a_stuck_run_reports_neither_an_earlier_runs_nor_a_tool_calls_error(
    fake: FakeAgentServer, client: AsyncAgentServer, tool_error: bool
) -> None:
    async def stuck(run: RunContext) -> None:
        await run.status("running")
        await run.step()
        if tool_error:  # told to the agent, which goes on: not why the run ended
            await run.publish(agent_error(run.eid("tool-error"), run.fake.now(), "bad args"))
        await run.step()
        await run.status("stuck")
        await run.snapshot()

    first = standard_run(final="error", error=("LLMBadRequestError", "quota exceeded for key"))
    conv_f = fake.add_conversation(run_script=first)
    conv = await client.attach_conversation(conv_f.id)
    with pytest.raises(ConversationRunError) as failed:
        await conv.run(timeout=10)
    assert failed.value.detail == "LLMBadRequestError: quota exceeded for key"
    conv_f.run_script = stuck
    with pytest.raises(ConversationRunError) as caught:
        await conv.run(timeout=10)
    assert caught.value.status == "stuck"
    assert caught.value.detail is None
    assert str(caught.value).endswith("run ended in stuck")


async def test_run_times_out_with_conversation_run_error(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    async def endless(run: RunContext) -> None:
        await run.status("running")
        while True:
            await run.sleep(0.05)
            await run.step()

    conv_f = fake.add_conversation(run_script=endless)
    conv = await client.attach_conversation(conv_f.id)
    started = time.monotonic()
    with pytest.raises(ConversationRunError) as caught:
        await conv.run(timeout=0.5)
    assert 0.5 <= time.monotonic() - started < 2
    assert caught.value.conversation_id == conv.id
    assert caught.value.status == "running"
    assert isinstance(caught.value, RunTimeoutError) and isinstance(caught.value, TimeoutError)


async def test_run_does_not_return_on_a_stale_finished(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    previous = [status_update("s1", ts(0), "running"), status_update("s2", ts(1), "finished")]
    conv_f = fake.add_conversation(
        previous, status="finished", run_script=standard_run(start_delay=0.5, answer="fresh")
    )
    conv = await client.attach_conversation(conv_f.id)
    assert conv.state.execution_status is ExecutionStatus.FINISHED
    assert await conv.run(timeout=10) is ExecutionStatus.FINISHED
    assert "fresh" in texts(conv), "run() returned on the previous run's `finished`"


async def test_run_after_409_waits_for_the_current_run(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    conv_f = fake.add_conversation(run_script=standard_run(start_delay=0.1, answer="theirs"))
    conv = await client.attach_conversation(conv_f.id)
    await conv.send_message("go", run=True)  # the server starts a run at once
    assert await conv.run(timeout=10) is ExecutionStatus.FINISHED
    assert len(fake.requests_to("POST", r"/run$")) == 1
    assert conv_f.runs == 1
    assert "theirs" in texts(conv)


async def test_run_after_409_does_not_return_the_previous_runs_result(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    """send_message(run=True) then run(): the 409 must not make run() return at once.

    The server refuses the second start (409) as soon as its run task exists, before it
    publishes ``running``. The client still holds the previous run's ``finished`` and
    post-run snapshot; run() must wait for the new run, not report the old one.
    """
    conv_f = fake.add_conversation(run_script=standard_run(answer="first answer"))
    conv = await client.attach_conversation(conv_f.id)
    assert await conv.run(timeout=10) is ExecutionStatus.FINISHED
    conv_f.run_script = standard_run(start_delay=0.3, answer="second answer")
    await conv.send_message("once more", run=True)
    assert await conv.run(timeout=10) is ExecutionStatus.FINISHED
    assert len(fake.requests_to("POST", r"/run$")) == 2
    assert "second answer" in texts(conv), "run() returned the previous run's result"


async def test_non_blocking_run_returns_running_at_once(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    conv_f = fake.add_conversation(run_script=standard_run(start_delay=0.2, answer="later"))
    conv = await client.attach_conversation(conv_f.id)
    assert await conv.run(blocking=False) is ExecutionStatus.RUNNING
    assert "later" not in texts(conv)
    await until(lambda: "later" in texts(conv), "the run to finish in the background")
    await asyncio.sleep(0)


@pytest.mark.parametrize("final", ["paused", "waiting_for_confirmation"])
async def test_run_returns_other_terminal_statuses(
    fake: FakeAgentServer, client: AsyncAgentServer, final: str
) -> None:
    conv_f = fake.add_conversation(run_script=standard_run(final=final))
    conv = await client.attach_conversation(conv_f.id)
    assert (await conv.run(timeout=10)).value == final
    assert ids(conv.events) == conv_f.sorted_ids()


async def test_run_survives_a_drop_mid_run(fake: FakeAgentServer, client: AsyncAgentServer) -> None:
    async def interrupted(run: RunContext) -> None:
        await run.status("running")
        await run.step("before the drop")
        run.fake.ws_available = False
        run.drop_sockets()
        await run.sleep(0.1)
        run.persist(message(run.eid("msg"), run.fake.now(), "during the outage", source="agent"))
        await run.step("also during the outage")
        run.fake.ws_available = True
        await run.sleep(0.1)
        await run.say("after the outage")
        await run.status("finished")
        await run.snapshot()

    conv_f = fake.add_conversation(run_script=interrupted)
    conv = await client.attach_conversation(conv_f.id)
    assert await conv.run(timeout=10) is ExecutionStatus.FINISHED
    assert ids(conv.events) == conv_f.sorted_ids()
    assert {"during the outage", "after the outage"} <= set(texts(conv))
