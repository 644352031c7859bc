"""The conversation facade against the real agent server (scripted LLM)."""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from typing import Any

import pytest

from harness.agent_server import AgentServerProcess
from openhands_client import (
    AgentServer,
    AsyncAgentServer,
    AsyncConversation,
    AuthenticationError,
    ExecutionStatus,
    NotFoundError,
    UnknownEvent,
)
from tests.conftest import SESSION_API_KEY, AgentFactory
from tests.contract.helpers import (
    ask_agent_log_entries,
    assert_log_is_servers,
    condenser_agent,
    eventually,
    server_release,
)

pytestmark = pytest.mark.contract


def tool_names(events: Any) -> list[str]:
    return [e.tool_name for e in events if e.kind == "ActionEvent"]


def test_sync_lifecycle_log_is_the_servers_log(
    agent_server: AgentServerProcess, make_agent: AgentFactory
) -> None:
    received: list[Any] = []
    with AgentServer(agent_server.url, api_key=SESSION_API_KEY) as server:
        conv = server.start_conversation(
            make_agent("think-2"), str(agent_server.workdir), callbacks=[received.append]
        )
        conv.send_message("do the thing")
        assert conv.run(timeout=60) is ExecutionStatus.FINISHED
        assert conv.state.execution_status is ExecutionStatus.FINISHED

        assert_log_is_servers(conv, agent_server)
        assert tool_names(conv.events) == ["think", "think", "finish"]
        assert not any(isinstance(e, UnknownEvent) for e in conv.events)

        # Re-attaching gives the same log. (The server may still add an event after the run,
        # e.g. the background title: both logs must converge on the server's.)
        again = server.attach_conversation(conv.id)
        assert_log_is_servers(again, agent_server)
        assert_log_is_servers(conv, agent_server)
        ids = [e.id for e in conv.events]
        assert [e.id for e in again.events] == ids
        assert again.state.execution_status is ExecutionStatus.FINISHED
        # every persisted event reached the callback exactly once (callbacks run just behind
        # the log: a late event, like the background title, may still be on its way to them)
        eventually(
            lambda: (
                sorted(e.id for e in received if e.id in conv.events)
                == sorted(e.id for e in conv.events)
            ),
            what="the callbacks to see every persisted event once",
        )

        conv.set_title("renamed")
        assert again.refresh_state().title == "renamed"
        conv.delete()
        with pytest.raises(NotFoundError):
            server.attach_conversation(conv.id)


async def test_async_lifecycle_and_second_run(
    agent_server: AgentServerProcess, make_agent: AgentFactory
) -> None:
    async with AsyncAgentServer(agent_server.url, api_key=SESSION_API_KEY) as server:
        conv = await server.start_conversation(make_agent("think-1"), str(agent_server.workdir))
        await conv.send_message("first")
        assert await conv.run(timeout=60) is ExecutionStatus.FINISHED
        first = len(conv.events)
        await conv.send_message("second")
        assert await conv.run(timeout=60) is ExecutionStatus.FINISHED
        assert len(conv.events) > first
        assert tool_names(conv.events) == ["think", "finish", "think", "finish"]
        await asyncio.to_thread(assert_log_is_servers, conv, agent_server)
        await conv.close()


async def test_events_stream_live_during_a_slow_run(
    agent_server: AgentServerProcess, make_agent: AgentFactory
) -> None:
    async with AsyncAgentServer(agent_server.url, api_key=SESSION_API_KEY) as server:
        conv = await server.start_conversation(
            make_agent("slow-think-4-400"), str(agent_server.workdir)
        )
        arrivals: list[tuple[float, str]] = []

        async def collect() -> None:
            async for event in conv.stream():
                arrivals.append((time.monotonic(), event.kind))

        reader = asyncio.create_task(collect())
        await conv.send_message("go slowly")
        started = time.monotonic()
        await conv.run(timeout=60)
        ended = time.monotonic()
        await conv.close()
        await reader
        actions = [t for t, kind in arrivals if kind == "ActionEvent"]
        assert len(actions) == 5
        # the first action arrived while the run still had ~1.6 s to go: not batched at the end
        assert actions[0] - started < (ended - started) - 1.0
        assert actions[-1] - actions[0] > 1.0


def test_pause_and_interrupt_during_a_slow_run(
    agent_server: AgentServerProcess, make_agent: AgentFactory
) -> None:
    with AgentServer(agent_server.url, api_key=SESSION_API_KEY) as server:
        conv = server.start_conversation(make_agent("slow-think-30-200"), str(agent_server.workdir))
        conv.send_message("take your time")
        conv.run(blocking=False)
        eventually(lambda: len(tool_names(conv.events)) >= 2, what="two actions")
        conv.pause()
        eventually(
            lambda: conv.state.execution_status is ExecutionStatus.PAUSED, what="paused status"
        )
        paused_at = len(tool_names(conv.events))
        assert paused_at < 31

        conv.run(blocking=False)
        eventually(lambda: len(tool_names(conv.events)) > paused_at, what="resumed actions")
        conv.interrupt()
        eventually(
            lambda: conv.state.execution_status is not ExecutionStatus.RUNNING,
            what="interrupt to stop the run",
        )
        assert "finish" not in tool_names(conv.events)
        assert_log_is_servers(conv, agent_server)


def test_ask_agent_secrets_condense_and_fork(
    agent_server: AgentServerProcess, make_agent: AgentFactory
) -> None:
    with AgentServer(agent_server.url, api_key=SESSION_API_KEY) as server:
        agent = condenser_agent(make_agent("think-1"))
        conv = server.start_conversation(agent, str(agent_server.workdir), secrets={"A": "b"})
        conv.send_message("hello")
        conv.run(timeout=60)
        before = {e.id for e in conv.events}

        assert conv.ask_agent("what are you doing?") == "scripted answer"
        conv.update_secrets({"API_TOKEN": "tok-123"})
        # Neither changes the conversation (old servers log the question's cost, just after).
        expected = ask_agent_log_entries(server_release(agent_server))

        def added() -> list[tuple[str, Any]]:
            new = [e.to_dict() for e in conv.events if e.id not in before]
            return [(e["kind"], e.get("key")) for e in new]

        eventually(lambda: len(added()) >= len(expected), what="the stats update")
        time.sleep(0.3)
        assert added() == expected
        assert_log_is_servers(conv, agent_server)

        conv.condense()
        eventually(
            lambda: any(e.kind == "Condensation" for e in conv.events), what="a Condensation event"
        )

        fork = conv.fork(title="the fork")
        assert fork.id != conv.id
        assert fork.state.title == "the fork"
        assert_log_is_servers(fork, agent_server)
        assert tool_names(fork.events) == tool_names(conv.events)


async def test_thirty_conversations_on_one_event_loop(
    agent_server: AgentServerProcess, make_agent: AgentFactory
) -> None:
    threads_before = set(threading.enumerate())
    async with AsyncAgentServer(agent_server.url, api_key=SESSION_API_KEY) as server:

        async def one(i: int) -> Any:
            conv = await server.start_conversation(
                make_agent("think-1"), str(agent_server.workdir), delete_on_close=True
            )
            await conv.send_message(f"task {i}")
            await conv.run(timeout=120)
            return conv

        results = await asyncio.gather(*(one(i) for i in range(30)))
        # no thread per conversation (the scripted LLM's own request threads aside)
        ours = [
            t
            for t in set(threading.enumerate()) - threads_before
            if "process_request_thread" not in t.name
        ]
        assert ours == []
        for conv in results:
            await asyncio.to_thread(assert_log_is_servers, conv, agent_server)
            assert tool_names(conv.events) == ["think", "finish"]


def test_wrong_key_fails_fast_and_key_never_logged(
    agent_server: AgentServerProcess, make_agent: AgentFactory, caplog: pytest.LogCaptureFixture
) -> None:
    # Only what this test makes the server log: another test's request may make the server's
    # own code warn (its PATCH /api/settings 422 uses a constant Starlette deprecated).
    log_start = len(agent_server.log_text())
    started = time.monotonic()
    with (
        AgentServer(agent_server.url, api_key="wrong") as server,
        pytest.raises(AuthenticationError),
    ):
        server.start_conversation(make_agent(), str(agent_server.workdir))
    assert time.monotonic() - started < 5

    caplog.set_level(logging.DEBUG)
    with AgentServer(agent_server.url, api_key=SESSION_API_KEY) as server:
        conv = server.start_conversation(make_agent("think-1"), str(agent_server.workdir))
        conv.send_message("hi")
        conv.run(timeout=60)
        text = " ".join(
            [r.getMessage() for r in caplog.records] + [repr(server), repr(conv), repr(conv.state)]
        )
    assert len(caplog.records) > 0
    assert SESSION_API_KEY not in text
    assert "deprecated" not in agent_server.log_text()[log_start:]


def test_confirmation_flow_reject_then_accept(
    agent_server: AgentServerProcess, make_agent: AgentFactory
) -> None:
    with AgentServer(agent_server.url, api_key=SESSION_API_KEY) as server:
        conv = server.start_conversation(
            make_agent("confirm-2"),
            str(agent_server.workdir),
            confirmation_policy={"kind": "AlwaysConfirm"},
        )
        conv.send_message("two things at once")
        assert conv.run(timeout=60) is ExecutionStatus.WAITING_FOR_CONFIRMATION
        pending = [e for e in conv.events if e.kind == "ActionEvent"]
        assert len(pending) == 2 and not any(e.kind == "ObservationEvent" for e in conv.events)

        conv.reject_pending_actions("not those")
        eventually(
            lambda: sum(e.kind == "UserRejectObservation" for e in conv.events) == 2,
            what="two rejections in the log",
        )
        rejection = next(e for e in conv.events if e.kind == "UserRejectObservation")
        assert rejection.to_dict()["rejection_reason"] == "not those"

        conv.set_confirmation_policy({"kind": "NeverConfirm"})
        conv.set_security_analyzer(None)
        conv.send_message("go on")
        assert conv.run(timeout=60) is ExecutionStatus.FINISHED
        assert tool_names(conv.events)[-1] == "finish"
        assert_log_is_servers(conv, agent_server)


def test_autotitle_on_and_off(agent_server: AgentServerProcess, make_agent: AgentFactory) -> None:
    with AgentServer(agent_server.url, api_key=SESSION_API_KEY) as server:
        titled = server.start_conversation(make_agent("think-1"), str(agent_server.workdir))
        untitled = server.start_conversation(
            make_agent("think-1"), str(agent_server.workdir), autotitle=False
        )
        for conv in (titled, untitled):
            conv.send_message("name this")
            conv.run(timeout=60)
        eventually(lambda: titled.refresh_state().title == "scripted answer", what="a title")
        assert untitled.refresh_state().title is None


async def _follow(conv: AsyncConversation) -> None:
    async for _ in conv.stream():
        pass


async def _until(check: Any, what: str, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, f"{what} did not hold within {timeout} s"
        await asyncio.sleep(0.1)


async def test_a_conversation_deleted_by_another_client_ends_the_stream_within_seconds(
    agent_server: AgentServerProcess, make_agent: AgentFactory
) -> None:
    async with (
        AsyncAgentServer(agent_server.url, api_key=SESSION_API_KEY) as mine,
        AsyncAgentServer(agent_server.url, api_key=SESSION_API_KEY) as theirs,
    ):
        conv = await mine.start_conversation(make_agent("think-1"), str(agent_server.workdir))
        following = asyncio.ensure_future(_follow(conv))
        await asyncio.sleep(0.5)
        await (await theirs.attach_conversation(conv.id)).delete()
        deleted = time.monotonic()
        with pytest.raises(NotFoundError, match="no longer exists"):
            await asyncio.wait_for(following, 30)
        assert time.monotonic() - deleted < AsyncConversation.QUIET_SECONDS + 5
        assert not conv.is_connected


async def test_titles_from_the_server_and_another_client_reach_a_followed_conversation(
    agent_server: AgentServerProcess, make_agent: AgentFactory
) -> None:
    async with (
        AsyncAgentServer(agent_server.url, api_key=SESSION_API_KEY) as mine,
        AsyncAgentServer(agent_server.url, api_key=SESSION_API_KEY) as theirs,
    ):
        conv = await mine.start_conversation(make_agent("think-1"), str(agent_server.workdir))
        await conv.send_message("name this")
        await conv.run(timeout=60)
        following = asyncio.ensure_future(_follow(conv))
        # The server's autotitle, then another client's rename: neither is on the socket.
        await _until(lambda: conv.state.title == "scripted answer", "the autotitle", 20)
        await (await theirs.attach_conversation(conv.id)).set_title("renamed elsewhere")
        await _until(lambda: conv.state.title == "renamed elsewhere", "the new title", 20)
        assert conv.state.execution_status is ExecutionStatus.FINISHED
        following.cancel()
