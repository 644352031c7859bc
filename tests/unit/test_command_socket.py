"""A started command's output on the bash-events socket, against a fake socket and REST store:
a catch-up after each subscription, a drop mid-command, a missing piece, the polling fallback."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import socket
import uuid
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from websockets.asyncio.server import ServerConnection, serve

from openhands_client import AsyncAgentServer, ClientClosedError
from openhands_client._bash import AsyncRunningCommand
from openhands_client._bash_events import BashEvents, _hubs
from openhands_client._routes import for_conversation
from openhands_client._workspace import AsyncWorkspace
from tests.unit.fakes import until
from tests.unit.test_workspace_unit import bash_command, bash_output

KEY = "key"
ERROR = {"kind": "BashError", "id": uuid.uuid4().hex, "timestamp": "2025-01-01T12:00:00Z"}


class FakeBashServer:
    """REST (start, search) through a MockTransport and a real bash-events socket: each socket
    session is handed to the test once its probe has arrived (``answer`` says when to answer)."""

    def __init__(self) -> None:
        self.stored: list[dict[str, Any]] = []
        self.searches = 0
        self.connections = 0
        self.closed = 0
        self.sessions: asyncio.Queue[ServerConnection] = asyncio.Queue()
        self.answer = asyncio.Event()
        self.answer.set()

    def rest(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/bash/start_bash_command"):
            return httpx.Response(200, json=bash_command(uuid.uuid4()))
        self.searches += 1
        floor = int(request.url.params.get("order__gt", -1))
        items = [item for item in self.stored if item["order"] > floor]
        return httpx.Response(200, json={"items": items, "next_page_id": None})

    async def socket(self, ws: ServerConnection) -> None:
        self.connections += 1
        assert json.loads(await ws.recv()) == {"type": "auth", "session_api_key": KEY}
        assert json.loads(await ws.recv()) == {}  # the probe
        await self.answer.wait()
        await ws.send(json.dumps({**ERROR, "code": "ValidationError", "detail": "not a command"}))
        await self.sessions.put(ws)
        await ws.wait_closed()
        self.closed += 1

    async def session(self) -> ServerConnection:
        """The next subscribed socket session (fails rather than hangs if none comes)."""
        return await asyncio.wait_for(self.sessions.get(), 5)

    def publish(self, item: dict[str, Any]) -> dict[str, Any]:
        """Store ``item`` as the server does before publishing it."""
        self.stored.append(item)
        return item


@pytest.fixture
async def fake(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[tuple[FakeBashServer, str]]:
    monkeypatch.setattr(BashEvents, "RECONNECT_SECONDS", (0.01, 0.02))
    # Slow polls: what arrives in these tests arrives by the socket or by a catch-up search.
    monkeypatch.setattr(AsyncRunningCommand, "POLL_MIN_SECONDS", 30.0)
    monkeypatch.setattr(AsyncRunningCommand, "POLL_MAX_SECONDS", 30.0)
    server = FakeBashServer()
    async with serve(server.socket, "127.0.0.1", 0) as listening:
        port = listening.sockets[0].getsockname()[1]
        yield server, f"http://127.0.0.1:{port}"


def client(server: FakeBashServer, url: str) -> AsyncAgentServer:
    return AsyncAgentServer(url, KEY, transport=httpx.MockTransport(server.rest))


async def start(agent: AsyncAgentServer) -> tuple[AsyncRunningCommand, uuid.UUID]:
    command = await agent.workspace("/work").start_command("job")
    return command, command.id


def text(chunks: list[Any]) -> list[tuple[int, str, int | None]]:
    return [(c.order, c.stdout + c.stderr, c.exit_code) for c in chunks]


async def test_output_stored_before_the_subscription_is_caught_up(
    fake: tuple[FakeBashServer, str],
) -> None:
    server, url = fake
    server.answer.clear()  # the probe waits: the command ends before the socket is subscribed
    async with client(server, url) as agent:
        command, command_id = await start(agent)
        waiting = asyncio.ensure_future(command.wait(timeout=5))
        await until(lambda: server.searches == 1, "the first search, made while connecting")
        server.publish(bash_output(command_id, 0, stdout="all", exit_code=0))
        server.answer.set()
        result = await waiting
    assert (result.stdout, result.exit_code) == ("all", 0)
    assert server.searches == 2, "one search after the subscription, none polled"
    assert server.connections == 1


async def test_a_drop_mid_command_loses_and_repeats_nothing(
    fake: tuple[FakeBashServer, str],
) -> None:
    server, url = fake
    got: list[Any] = []
    async with client(server, url) as agent:
        command, command_id = await start(agent)

        async def follow() -> None:
            async for chunk in command.output():
                got.append(chunk)

        following = asyncio.ensure_future(follow())
        first = await server.session()
        await first.send(json.dumps(server.publish(bash_output(command_id, 0, stdout="a"))))
        await until(lambda: len(got) == 1, "the first piece")
        searches = server.searches
        await first.close()  # dropped: the next piece is published while no socket listens
        server.publish(bash_output(command_id, 1, stdout="b"))
        second = await server.session()
        await until(lambda: server.searches > searches, "the search after resubscribing")
        await second.send(json.dumps(server.publish(bash_output(command_id, 2, stdout="c"))))
        await second.send(json.dumps(server.publish(bash_output(command_id, 3, exit_code=0))))
        await asyncio.wait_for(following, 5)
    assert text(got) == [(0, "a", None), (1, "b", None), (2, "c", None), (3, "", 0)]
    assert server.connections == 2


async def test_a_piece_after_a_missing_one_waits_for_a_search(
    fake: tuple[FakeBashServer, str],
) -> None:
    server, url = fake
    async with client(server, url) as agent:
        command, command_id = await start(agent)
        got: list[Any] = []

        async def follow() -> None:
            async for chunk in command.output():
                got.append(chunk)

        following = asyncio.ensure_future(follow())
        ws = await server.session()
        await until(lambda: server.searches == 2, "the search after subscribing")
        # Two pieces numbered 0 (stdout and stderr racing), none numbered 1, then the last:
        # the socket delivers only the stdout one and the last.
        await ws.send(json.dumps(server.publish(bash_output(command_id, 0, stdout="o"))))
        server.publish(bash_output(command_id, 0, stderr="e"))
        await ws.send(json.dumps(server.publish(bash_output(command_id, 2, exit_code=1))))
        await asyncio.wait_for(following, 5)
    assert sorted(text(got)[:2]) == [(0, "e", None), (0, "o", None)]
    assert text(got)[2] == (2, "", 1)


async def test_concurrent_commands_share_one_socket_closed_after_them(
    fake: tuple[FakeBashServer, str],
) -> None:
    server, url = fake
    async with client(server, url) as agent:
        commands = [(await start(agent))[0] for _ in range(2)]
        ids = [command.id for command in commands]
        waits = asyncio.gather(*(command.wait(timeout=5) for command in commands))
        ws = await server.session()
        await until(lambda: server.searches >= 4, "each command's search after subscribing")
        for n, command_id in enumerate(ids):
            await ws.send(json.dumps(server.publish(bash_output(command_id, 0, stdout=str(n)))))
            await ws.send(json.dumps(server.publish(bash_output(command_id, 1, exit_code=n))))
        results = await waits
        await until(lambda: server.closed == 1, "the socket closed once no command is followed")
    assert [(r.stdout, r.exit_code) for r in results] == [("0", 0), ("1", 1)]
    assert server.connections == 1 and not _hubs


async def test_polls_when_the_socket_cannot_be_opened(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(AsyncRunningCommand, "POLL_MIN_SECONDS", 0.001)
    monkeypatch.setattr(AsyncRunningCommand, "POLL_MAX_SECONDS", 0.005)
    with socket.socket() as closed:  # a port nothing listens on
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    server = FakeBashServer()
    caplog.set_level(logging.INFO, "openhands_client.bash_events")
    async with client(server, f"http://127.0.0.1:{port}") as agent:
        command, command_id = await start(agent)
        waiting = asyncio.ensure_future(command.wait(timeout=5))
        await until(lambda: "polling instead" in caplog.text, "the socket given up")
        searches = server.searches
        server.publish(bash_output(command_id, 0, stdout="x", exit_code=0))
        result = await waiting
    assert (result.stdout, result.exit_code) == ("x", 0)
    assert server.searches > searches, "polled after the socket was given up"


async def test_a_subscribed_socket_that_stays_silent_is_checked_over_rest(
    fake: tuple[FakeBashServer, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(AsyncRunningCommand, "LIVE_CHECK_SECONDS", 0.01)
    server, url = fake
    async with client(server, url) as agent:
        command, command_id = await start(agent)
        waiting = asyncio.ensure_future(command.wait(timeout=5))
        await server.session()
        await until(lambda: server.searches == 2, "the search after subscribing")
        server.publish(bash_output(command_id, 0, stdout="quiet", exit_code=0))  # never sent
        result = await waiting
    assert (result.stdout, result.exit_code) == ("quiet", 0)


async def test_a_conversation_runtime_command_polls_without_the_socket(
    fake: tuple[FakeBashServer, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The server's bash-events socket carries the server's own commands, not a runtime's.
    monkeypatch.setattr(AsyncRunningCommand, "POLL_MIN_SECONDS", 0.001)
    monkeypatch.setattr(AsyncRunningCommand, "POLL_MAX_SECONDS", 0.005)
    server, url = fake
    async with client(server, url) as agent:
        routes = for_conversation(uuid.uuid4())
        runtime = AsyncWorkspace(agent._connection, "/work", routes)
        command = await runtime.start_command("job")
        waiting = asyncio.ensure_future(command.wait(timeout=5))
        await until(lambda: server.searches >= 1, "a poll")
        server.publish(bash_output(command.id, 0, stdout="rt", exit_code=0))
        result = await waiting
    assert (result.stdout, server.connections) == ("rt", 0)


async def test_output_of_an_ended_command_is_replayed_without_a_socket(
    fake: tuple[FakeBashServer, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    server, url = fake
    joined: list[uuid.UUID] = []
    add = BashEvents.add

    def counting_add(self: BashEvents, command_id: uuid.UUID) -> Any:
        joined.append(command_id)
        return add(self, command_id)

    monkeypatch.setattr(BashEvents, "add", counting_add)
    async with client(server, url) as agent:
        command, command_id = await start(agent)
        server.publish(bash_output(command_id, 0, stdout="done", exit_code=0))
        first = await command.wait(timeout=5)
        again = [chunk async for chunk in command.output()]
        assert (await command.wait()) == first
    assert text(again) == [(0, "done", 0)] and joined == [command_id]


async def test_closing_ends_a_socket_task_that_swallowed_a_cancellation(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Python < 3.12's wait_for can swallow a cancellation that lands as its call completes.
    async def stubborn(self: BashEvents) -> None:
        with contextlib.suppress(asyncio.CancelledError):
            await asyncio.sleep(3600)
        await asyncio.sleep(3600)

    monkeypatch.setattr(BashEvents, "_run", stubborn)
    async with AsyncAgentServer("http://127.0.0.1:9", KEY) as agent:
        hub = BashEvents(agent._connection)
        hub.add(uuid.uuid4())
        await asyncio.sleep(0)
        await asyncio.wait_for(hub.close(), 2)


async def test_closing_the_client_ends_its_socket_and_a_follower_waiting_on_it(
    fake: tuple[FakeBashServer, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # A command that never ends, followed on a live socket: closing the client must close the
    # socket and end the follower (ClientClosedError), not leave both until the quiet check.
    monkeypatch.setattr(AsyncRunningCommand, "LIVE_CHECK_SECONDS", 3600.0)
    server, url = fake
    agent = client(server, url)
    command, _ = await start(agent)
    following = asyncio.ensure_future(command.wait())
    await server.session()
    await until(lambda: server.searches == 2, "the search after subscribing")
    await agent.close()
    with pytest.raises(ClientClosedError):
        await asyncio.wait_for(following, 5)
    await until(lambda: server.closed == 1, "the socket closed with the client")
    assert not _hubs
