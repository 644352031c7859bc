"""Runs a client leaves are interrupted: on_timeout=, interrupt_on_exit, cancellation, threads."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator

import pytest

from openhands_client import (
    AgentServer,
    AsyncAgentServer,
    ClientClosedError,
    ExecutionStatus,
    RunTimeoutError,
)
from tests.unit.conftest import API_KEY
from tests.unit.fakes import FakeAgentServer, RunContext, standard_run, until, until_sync


async def endless(run: RunContext) -> None:
    await run.status("running")
    await run.sleep(30)


def interrupts(fake: FakeAgentServer) -> int:
    return len(fake.requests_to("POST", r"/interrupt$"))


@pytest.fixture
async def harness(fake: FakeAgentServer) -> AsyncIterator[AsyncAgentServer]:
    """A client with ``interrupt_on_exit=True``."""
    server = AsyncAgentServer(fake.url, API_KEY, transport=fake.transport, interrupt_on_exit=True)
    try:
        yield server
    finally:
        await server.close()


@pytest.mark.parametrize(
    ("on_timeout", "on_exit", "expected"),
    [("interrupt", False, 1), ("leave", True, 0), (None, False, 0), (None, True, 1)],
)
async def test_a_run_past_its_timeout_is_interrupted_as_on_timeout_or_the_client_says(
    fake: FakeAgentServer, on_timeout: str | None, on_exit: bool, expected: int
) -> None:
    conv_f = fake.add_conversation(run_script=endless)
    async with AsyncAgentServer(
        fake.url, API_KEY, transport=fake.transport, interrupt_on_exit=on_exit
    ) as server:
        conv = await server.attach_conversation(conv_f.id)
        with pytest.raises(RunTimeoutError):
            await conv.run(timeout=0.3, on_timeout=on_timeout)  # type: ignore[arg-type]
        assert interrupts(fake) == expected, "interrupted before RunTimeoutError is raised"
        await conv.close()
        # Closing interrupts a run left going (with interrupt_on_exit), and none twice.
        assert interrupts(fake) == (1 if expected or on_exit else 0)


async def test_cancelling_the_task_awaiting_run_interrupts_the_run(
    fake: FakeAgentServer, harness: AsyncAgentServer
) -> None:
    convs = [fake.add_conversation(run_script=endless) for _ in range(3)]
    attached = [await harness.attach_conversation(c.id) for c in convs]
    tasks = [asyncio.ensure_future(c.run(timeout=30)) for c in attached]
    batch = asyncio.gather(*tasks)
    await until(lambda: all(c.status == "running" for c in convs), "every run to start")
    await until(
        lambda: all(c.state.execution_status is ExecutionStatus.RUNNING for c in attached),
        "every run to say running",
    )
    batch.cancel()  # as Ctrl-C cancels asyncio.run's main task, and the gather it awaits
    # A cancelled gather is done once one task is; each task ends after its interrupt, at
    # once (before Python 3.12 a cancellation could be lost inside run()'s waits: they hung
    # until the run's timeout).
    done, _ = await asyncio.wait(tasks, timeout=10)
    assert len(done) == 3 and all(task.cancelled() for task in tasks)
    with pytest.raises(asyncio.CancelledError):
        await batch
    assert sorted(r.url.path for r in fake.requests_to("POST", r"/interrupt$")) == sorted(
        f"/api/conversations/{c.id}/interrupt" for c in convs
    )


async def test_without_interrupt_on_exit_a_cancelled_or_closed_run_goes_on(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    conv_f = fake.add_conversation(run_script=endless)
    conv = await client.attach_conversation(conv_f.id)
    waiting = asyncio.ensure_future(conv.run(timeout=30))
    await until(lambda: conv.state.execution_status is ExecutionStatus.RUNNING, "the run")
    waiting.cancel()
    await asyncio.gather(waiting, return_exceptions=True)
    await conv.run(blocking=False)
    await client.close()
    assert interrupts(fake) == 0


async def test_closing_the_client_interrupts_the_runs_it_left_and_no_others(
    fake: FakeAgentServer, harness: AsyncAgentServer
) -> None:
    left = fake.add_conversation(run_script=endless)
    done = fake.add_conversation(run_script=standard_run())
    elsewhere = fake.add_conversation(run_script=endless)
    conv_left = await harness.attach_conversation(left.id)
    conv_done = await harness.attach_conversation(done.id)
    conv_elsewhere = await harness.attach_conversation(elsewhere.id)
    await conv_left.run(blocking=False)
    await conv_done.run(timeout=10)
    fake._start_run(elsewhere)  # started by another client
    await until(lambda: conv_elsewhere.state.execution_status is ExecutionStatus.RUNNING, "the run")
    await harness.close()
    paths = [r.url.path for r in fake.requests_to("POST", r"/interrupt$")]
    assert paths == [f"/api/conversations/{left.id}/interrupt"]


def test_closing_the_sync_client_ends_runs_waited_on_in_other_threads_interrupted(
    fake: FakeAgentServer,
) -> None:
    convs = [fake.add_conversation(run_script=endless) for _ in range(3)]
    outcomes: list[BaseException | ExecutionStatus] = []
    server = AgentServer(fake.url, API_KEY, transport=fake.transport, interrupt_on_exit=True)
    attached = [server.attach_conversation(c.id) for c in convs]

    def work(index: int) -> None:
        try:
            outcomes.append(attached[index].run(timeout=30))
        except BaseException as exc:
            outcomes.append(exc)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(3)]
    for thread in threads:
        thread.start()
    until_sync(lambda: all(c.status == "running" for c in convs), "every run to start")
    until_sync(
        lambda: all(c.state.execution_status is ExecutionStatus.RUNNING for c in attached),
        "every run to say running",
    )
    server.close()  # what leaving `with AgentServer(...)` on Ctrl-C does
    for thread in threads:
        thread.join(timeout=5)
        assert not thread.is_alive(), "a thread still waits on a closed client"
    assert [type(o) for o in outcomes] == [ClientClosedError] * 3
    assert interrupts(fake) == 3


async def test_bad_interrupt_options_are_refused_before_any_request(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    with pytest.raises(TypeError, match="interrupt_on_exit must be a bool"):
        AsyncAgentServer(fake.url, interrupt_on_exit="yes")  # type: ignore[arg-type]
    conv = await client.attach_conversation(fake.add_conversation().id)
    before = len(fake.requests)
    with pytest.raises(ValueError, match="on_timeout must be"):
        await conv.run(on_timeout="stop")  # type: ignore[arg-type]
    assert len(fake.requests) == before
