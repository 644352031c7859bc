"""The sync portal: Ctrl-C cancels what runs, unclosed clients do not leak threads or tasks."""

from __future__ import annotations

import _thread
import asyncio
import gc
import threading
from collections.abc import Callable, Iterator

import httpx
import pytest

from openhands_client import (
    AgentServer,
    AsyncAgentServer,
    ClientClosedError,
    Event,
    ServerNotReadyError,
)
from openhands_client._portal import Portal
from tests.unit.conftest import API_KEY
from tests.unit.fakes import FakeAgentServer, RunContext, agent_json, until_sync


def client_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "openhands-client" and t.is_alive()]


async def endless(run: RunContext) -> None:
    await run.status("running")
    await asyncio.sleep(3600)


@pytest.fixture
def sync_server(fake: FakeAgentServer) -> Iterator[AgentServer]:
    server = AgentServer(fake.url, API_KEY, transport=fake.transport)
    try:
        yield server
    finally:
        server.close()


def interrupt_soon(delay: float = 0.3) -> threading.Timer:
    """Ctrl-C in the main thread after ``delay`` seconds (as a terminal would send it)."""
    timer = threading.Timer(delay, _thread.interrupt_main)
    timer.start()
    return timer


def pending(server: AgentServer, *names: str) -> list[str]:
    """The loop's tasks whose coroutine mentions one of ``names``."""

    async def tasks() -> list[str]:
        return [
            repr(t.get_coro())
            for t in asyncio.all_tasks()
            if t is not asyncio.current_task() and any(n in repr(t.get_coro()) for n in names)
        ]

    return server._portal.call(tasks())


def test_ctrl_c_during_run_raises_and_cancels_the_run(
    fake: FakeAgentServer, sync_server: AgentServer
) -> None:
    conv_f = fake.add_conversation(run_script=endless)
    conv = sync_server.attach_conversation(conv_f.id)
    timer = interrupt_soon()
    with pytest.raises(KeyboardInterrupt):
        conv.run(timeout=3600)
    timer.join()
    assert pending(sync_server, "AsyncConversation.run", "wait_for_run_end") == []
    assert conv.is_connected, "the conversation stays usable"


def test_ctrl_c_during_stream_raises_keyboard_interrupt(
    fake: FakeAgentServer, sync_server: AgentServer
) -> None:
    conv_f = fake.add_conversation()
    conv = sync_server.attach_conversation(conv_f.id)
    timer = interrupt_soon()
    with pytest.raises(KeyboardInterrupt):
        for _ in conv.stream():
            pass
    timer.join()
    assert pending(sync_server, "AsyncConversation.stream", "Queue.get") == []
    assert conv._async._feed.buffers == set()


def test_unclosed_clients_do_not_leak_their_loop_thread(fake: FakeAgentServer) -> None:
    before = len(client_threads())
    for _ in range(3):
        server = AgentServer(fake.url, API_KEY, transport=fake.transport)
        server.attach_conversation(fake.add_conversation().id)
    del server
    gc.collect()
    until_sync(lambda: len(client_threads()) == before, "the loop threads to end")
    until_sync(lambda: fake.open_sockets() == 0, "the sockets to close")


def test_a_conversation_keeps_its_loop_alive_without_its_server(fake: FakeAgentServer) -> None:
    conv_f = fake.add_conversation()
    conv = AgentServer(fake.url, API_KEY, transport=fake.transport).attach_conversation(conv_f.id)
    gc.collect()
    assert conv.refresh_state() is not None and conv.is_connected
    conv.close()


def test_a_timeout_error_of_the_operation_is_raised_at_once() -> None:
    """The client's timeouts are builtin TimeoutErrors: the wait must not take them for its own."""
    portal = Portal()
    outcome: list[BaseException] = []

    async def times_out() -> None:
        raise ServerNotReadyError("not ready after 0.3 s")

    def call() -> None:
        try:
            portal.call(times_out())
        except BaseException as exc:
            outcome.append(exc)

    caller = threading.Thread(target=call, daemon=True)
    caller.start()
    caller.join(timeout=5)
    portal.stop()
    assert not caller.is_alive(), "the call kept waiting on an operation that had failed"
    assert isinstance(outcome[0], ServerNotReadyError)


def within(seconds: float, call: Callable[[], object]) -> BaseException | None:
    """Run ``call`` on a thread: what it raised (None if nothing); fail if it blocks."""
    outcome: list[BaseException | None] = []

    def target() -> None:
        try:
            call()
        except BaseException as exc:
            outcome.append(exc)
        else:
            outcome.append(None)

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"{call} still blocks after {seconds} s"
    return outcome[0]


@pytest.mark.parametrize(
    "stop", [SystemExit(3), KeyboardInterrupt()], ids=["SystemExit", "KeyboardInterrupt"]
)
def test_a_callback_stopping_the_loop_never_leaves_a_call_blocked(
    fake: FakeAgentServer, stop: BaseException
) -> None:
    """SystemExit or KeyboardInterrupt out of a callback ends the loop thread.

    The call waiting then re-raises it (sys.exit() in a callback ends a program waiting in
    run()); later calls raise ClientClosedError naming it; close() returns at once.
    """
    threads = len(client_threads())
    server = AgentServer(fake.url, API_KEY, transport=fake.transport)

    def stop_on_answer(event: Event) -> None:
        if event.kind == "MessageEvent" and event.source == "agent":
            raise stop

    conv = server.start_conversation(agent_json(), "/w", callbacks=[stop_on_answer])
    conv.send_message("hi")
    assert within(5, lambda: conv.run(timeout=30)) is stop
    for call in (conv.run, server.info, conv.refresh_state):
        raised = within(2, call)
        assert isinstance(raised, ClientClosedError)
        assert type(stop).__name__ in str(raised) and raised.__cause__ is stop
    assert within(2, conv.close) is None
    assert within(5, server.close) is None
    assert len(client_threads()) == threads
    until_sync(lambda: fake.open_sockets() == 0, "the socket to close")


def test_ctrl_c_during_a_start_deletes_its_conversation_before_raising(
    fake: FakeAgentServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl-C while a start waits to open (after its create) cancels it; with
    delete_on_close the conversation is deleted, and the interrupt waits for that (a program
    that ends on Ctrl-C would not get to it)."""
    monkeypatch.setattr(AsyncAgentServer, "MAX_OPENING", 0)  # the start waits after its create
    made: list[str] = []

    async def slow_delete(
        request: httpx.Request, default: Callable[[], httpx.Response]
    ) -> httpx.Response | None:
        if request.method == "POST" and request.url.path == "/api/conversations":
            response = default()
            made.append(response.json()["id"])
            return response
        if request.method == "DELETE":
            await asyncio.sleep(0.3)
        return None

    fake.hooks.append(slow_delete)
    with AgentServer(fake.url, API_KEY, transport=fake.transport) as server:
        timer = interrupt_soon()
        with pytest.raises(KeyboardInterrupt):
            server.start_conversation(agent_json(), "/w", delete_on_close=True)
        timer.join()
        assert fake.conversation(made[0]).deleted
