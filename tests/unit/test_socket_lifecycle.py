"""Close codes, the missing state push, and what attach leaves behind when it fails."""

from __future__ import annotations

import asyncio
import gc
import time
import uuid
from collections.abc import Callable

import httpx
import pytest

from openhands_client import (
    AgentServerError,
    AsyncAgentServer,
    AuthenticationError,
    NotFoundError,
    ServerError,
)
from openhands_client._feed import ConversationFeed
from openhands_client._socket import EventSocket
from tests.unit.conftest import API_KEY, BackoffLog
from tests.unit.fakes import (
    ConnectAction,
    FakeAgentServer,
    RunContext,
    agent_json,
    ids,
    message,
    ts,
    until,
    until_streaming,
    without_probes,
)


async def settle() -> None:
    """Long enough for several (scaled) reconnect attempts, had any been scheduled."""
    await asyncio.sleep(0.25)


FINAL_CLOSES = [
    pytest.param(4001, AuthenticationError, id="4001-auth"),
    pytest.param(4004, NotFoundError, id="4004-not-found"),
]


@pytest.mark.parametrize(("code", "kind"), FINAL_CLOSES)
async def test_final_close_on_attach_raises_and_is_not_retried(
    fake: FakeAgentServer, client: AsyncAgentServer, code: int, kind: type[AgentServerError]
) -> None:
    conv_f = fake.add_conversation()
    conv_f.connect_actions.append(ConnectAction(code, "refused"))
    with pytest.raises(kind) as caught:
        await client.attach_conversation(conv_f.id)
    assert caught.value.status_code == code
    await settle()
    assert len(fake.connections_to(conv_f)) == 1, "a final close must not be retried"
    assert fake.open_sockets() == 0


@pytest.mark.parametrize(("code", "kind"), FINAL_CLOSES)
async def test_final_close_on_start_raises_and_is_not_retried(
    fake: FakeAgentServer, client: AsyncAgentServer, code: int, kind: type[AgentServerError]
) -> None:
    async def refuse_socket_after_create(
        request: httpx.Request, default: Callable[[], httpx.Response]
    ) -> httpx.Response | None:
        if request.method == "POST" and request.url.path == "/api/conversations":
            response = default()
            created = fake.conversation(response.json()["id"])
            created.connect_actions.append(ConnectAction(code, "refused"))
            return response
        return None

    fake.hooks.append(refuse_socket_after_create)
    with pytest.raises(kind) as caught:
        await client.start_conversation(agent_json(), "/w")
    assert caught.value.status_code == code
    await settle()
    assert len(fake.connections) == 1, "a final close must not be retried"


@pytest.mark.parametrize(("code", "kind"), FINAL_CLOSES)
async def test_final_close_during_run_raises_from_run(
    fake: FakeAgentServer, client: AsyncAgentServer, code: int, kind: type[AgentServerError]
) -> None:
    async def endless(run: RunContext) -> None:
        await run.status("running")
        await run.sleep(30)

    conv_f = fake.add_conversation(run_script=endless)
    conv = await client.attach_conversation(conv_f.id)
    runner = asyncio.ensure_future(conv.run(timeout=20))
    await until(lambda: conv.state.execution_status.value == "running", "the run to start")
    conv_f.connect_actions.append(ConnectAction(code, "refused"))
    fake.drop(conv_f)
    started = time.monotonic()
    with pytest.raises(kind) as caught:
        await asyncio.wait_for(runner, 5)
    assert caught.value.status_code == code
    assert time.monotonic() - started < 2
    await settle()
    assert len(fake.connections_to(conv_f)) == 2, "a final close must not be retried"


@pytest.mark.parametrize(("code", "kind"), FINAL_CLOSES)
async def test_final_close_ends_stream_with_the_error(
    fake: FakeAgentServer, client: AsyncAgentServer, code: int, kind: type[AgentServerError]
) -> None:
    conv_f = fake.add_conversation()
    conv = await client.attach_conversation(conv_f.id)
    got: list[str] = []

    async def consume() -> None:
        async for event in conv.stream():
            got.append(event.id)

    consumer = asyncio.ensure_future(consume())
    await until_streaming(fake, conv_f, got)
    fake.publish(conv_f, message("m1", ts(1)))
    await until(lambda: "m1" in got, "the stream to yield m1")
    conv_f.connect_actions.append(ConnectAction(code, "refused"))
    fake.drop(conv_f)
    with pytest.raises(kind) as caught:
        await asyncio.wait_for(consumer, 5)
    assert caught.value.status_code == code
    await settle()
    assert len(fake.connections_to(conv_f)) == 2, "a final close must not be retried"


async def test_close_1013_backs_off_then_reconnects(
    fake: FakeAgentServer, client: AsyncAgentServer, fast_timing: BackoffLog
) -> None:
    conv_f = fake.add_conversation([message("h1", ts(0))])
    conv_f.connect_actions.append(ConnectAction(1013, "Too many connections"))
    conv = await client.attach_conversation(conv_f.id)
    await until(lambda: conv.is_connected, "the reconnect after 1013")
    assert len(fake.connections_to(conv_f)) == 2
    assert fast_timing.delays and fast_timing.delays[0][1] >= 1.0, (
        f"after 1013 the client must wait at least a second, chose {fast_timing.delays}"
    )
    fake.publish(conv_f, message("m1", ts(1)))
    await until(lambda: "m1" in ids(conv.events), "live events after the reconnect")

    # Mid-stream too: try again later, with the cursor.
    fast_timing.delays.clear()
    fake.close_sockets(conv_f, 1013, "Too many connections")
    await until(lambda: len(fake.connections_to(conv_f)) == 3, "the second reconnect")
    assert fast_timing.delays[0][1] >= 1.0
    assert fake.connections_to(conv_f)[-1].query == {"after_seq": "1"}


async def test_missing_state_push_is_not_an_error(
    fake: FakeAgentServer, client: AsyncAgentServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The push ends the socket's greeting; without it, attach waits ``REPLAY_WAIT`` for it,
    then reads the rest of the log over REST."""
    monkeypatch.setattr(ConversationFeed, "REPLAY_WAIT", 0.1)
    conv_f = fake.add_conversation([message("h1", ts(0))], status="finished")
    conv_f.push_state = False
    conv = await client.attach_conversation(conv_f.id)
    assert ids(conv.events) == ["h1"]
    assert conv.state.execution_status.value == "finished"
    fake.publish(conv_f, message("m1", ts(1)))
    await until(lambda: "m1" in ids(conv.events), "live events without a state push")


async def test_failed_attach_leaves_no_socket_open(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    """If attach fails after the socket opened, it raises and must not leave the socket
    subscribed.

    (The server allows 50 subscribers per conversation: leaked sockets add up, and the
    reconnect loop runs until the process ends.)
    """
    conv_f = fake.add_conversation([message("h1", ts(0))])

    async def late_failure(
        request: httpx.Request, default: Callable[[], httpx.Response]
    ) -> httpx.Response | None:
        if request.url.path != f"/api/conversations/{conv_f.id}":
            return None
        await until(lambda: fake.open_sockets(conv_f) == 1, "the socket to subscribe")
        return httpx.Response(500, json={"detail": "boom"})

    fake.hooks.append(late_failure)
    with pytest.raises(ServerError):
        await client.attach_conversation(conv_f.id)
    await client.close()
    await until(lambda: fake.open_sockets(conv_f) == 0, "the socket to be closed", timeout=1)


async def test_attach_loads_a_long_log_page_by_page(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    history = [message(f"h{i:03d}", ts(i / 10)) for i in range(250)]
    conv_f = fake.add_conversation(history)
    conv = await client.attach_conversation(conv_f.id)
    assert ids(conv.events) == conv_f.sorted_ids()
    # From both ends (see _log_load): 250 events are three pages; each walk may read up to
    # two pages past where they meet, and the newest events are read again if they were read
    # before the socket subscribed.
    assert len(fake.requests_to("GET", r"/events/search$")) <= 3 + 4 + 1
    fake.page_size = 7  # a server may answer fewer than asked for
    conv2 = await client.attach_conversation(conv_f.id)
    assert ids(conv2.events) == conv_f.sorted_ids()


async def test_event_written_before_the_socket_subscribed_is_not_lost(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    conv_f = fake.add_conversation([message("h1", ts(0))])

    async def write_after_info(
        request: httpx.Request, default: Callable[[], httpx.Response]
    ) -> httpx.Response | None:
        if request.method == "GET" and request.url.path == f"/api/conversations/{conv_f.id}":
            response = default()
            fake.persist(conv_f, message("between", ts(1)))  # nobody is subscribed yet
            return response
        return None

    fake.hooks.append(write_after_info)
    conv = await client.attach_conversation(conv_f.id)
    assert ids(conv.events) == ["h1", "between"]


async def test_stream_ends_when_the_conversation_closes(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    conv_f = fake.add_conversation()
    conv = await client.attach_conversation(conv_f.id)
    got: list[str] = []

    async def consume() -> None:
        async for event in conv.stream():
            got.append(event.id)

    consumer = asyncio.ensure_future(consume())
    await until_streaming(fake, conv_f, got)
    fake.publish(conv_f, message("m1", ts(1)), message("m2", ts(2)))
    await until(lambda: without_probes(got) == ["m1", "m2"], "the stream to yield m1, m2")
    await conv.close()
    await asyncio.wait_for(consumer, 2)
    assert without_probes(got) == ["m1", "m2"]
    await until(lambda: fake.open_sockets(conv_f) == 0, "the socket to close")


@pytest.mark.parametrize("delete_on_close", [True, False])
async def test_delete_on_close(fake: FakeAgentServer, delete_on_close: bool) -> None:
    async with AsyncAgentServer(fake.url, API_KEY, transport=fake.transport) as server:
        conv = await server.start_conversation(agent_json(), "/w", delete_on_close=delete_on_close)
    assert fake.conversation(conv.id).deleted is delete_on_close
    assert len(fake.requests_to("DELETE", r"^/api/conversations/")) == int(delete_on_close)
    await until(lambda: fake.open_sockets() == 0, "the socket to close")


async def test_waiting_for_the_subscription_before_the_socket_starts(fake: FakeAgentServer) -> None:
    """From Python 3.12, ``asyncio.wait_for`` runs its coroutine at once, not in a new task: the
    attach's wait for the subscription may start before the socket does, and must still end."""
    conv_f = fake.add_conversation([message("h1", ts(0))])
    frames: list[dict[str, object]] = []

    async def on_frame(data: dict[str, object], first: bool) -> None:
        frames.append(data)

    socket = EventSocket(fake.url, conv_f.id, API_KEY, on_frame, lambda: None)
    waiting = asyncio.ensure_future(socket.wait_subscribed())
    await asyncio.sleep(0)  # the wait is under way before start()
    socket.start()
    try:
        await asyncio.wait_for(waiting, 2)
        assert socket.final_error is None and frames
    finally:
        await socket.close()


async def test_attaches_to_unknown_ids_cancelled_anywhere_leave_no_error_unretrieved(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    """Attaches to unknown ids, cancelled at any point, must not leave a task whose
    error nobody retrieves ("Task exception was never retrieved"), nor one that still runs.
    REST answers late here, so the socket's 4004 ends the subscription first."""

    async def late_rest(
        request: httpx.Request, default: Callable[[], httpx.Response]
    ) -> httpx.Response | None:
        await asyncio.sleep(0.05)
        return None

    async def attach_cancelled_after(steps: int | None) -> None:
        attaches = [asyncio.ensure_future(client.attach_conversation(uuid.uuid4()))]
        attaches.append(asyncio.ensure_future(client.attach_conversation(uuid.uuid4())))
        for _ in range(steps or 0):
            await asyncio.sleep(0)
        if steps is not None:
            for attach in attaches:
                attach.cancel()
        for outcome in await asyncio.gather(*attaches, return_exceptions=True):
            assert isinstance(outcome, (NotFoundError, asyncio.CancelledError))

    loop = asyncio.get_running_loop()
    reports: list[dict[str, object]] = []
    previous = loop.get_exception_handler()
    loop.set_exception_handler(lambda _, context: reports.append(context))
    fake.hooks.append(late_rest)
    try:
        for steps in [*range(25), None]:
            await attach_cancelled_after(steps)
        await asyncio.sleep(0.3)  # a task left behind would end (and fail) meanwhile
        gc.collect()
        await asyncio.sleep(0)
    finally:
        loop.set_exception_handler(previous)
    assert [str(report.get("message")) for report in reports] == []
    left = [t for t in asyncio.all_tasks() if "AsyncConversation." in repr(t.get_coro())]
    assert left == []
