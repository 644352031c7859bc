"""The event socket's connection state, as a property and a callback (issue 20: 6)."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from openhands_client import AsyncAgentServer, ConnectionState, SocketStatus
from tests.unit.fakes import FakeAgentServer, message, ts, until
from tests.unit.test_stream_reconnect import outage


async def test_a_drop_is_reported_with_its_reason_and_next_retry_then_the_reconnect(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    conv_f = fake.add_conversation([message("h1", ts(0))])
    conv = await client.attach_conversation(conv_f.id)
    assert conv.connection_state == ConnectionState(SocketStatus.CONNECTED)
    seen: list[ConnectionState] = []
    conv.on_connection_state(seen.append)
    with outage(fake):
        before = datetime.now(timezone.utc)
        fake.drop(conv_f)
        await until(lambda: len(seen) >= 2, "a failed reconnect to be reported")
    await until(lambda: conv.connection_state.status is SocketStatus.CONNECTED, "the reconnect")
    down = [s for s in seen if s.status is SocketStatus.RECONNECTING]
    assert down and all(s.reason and s.retry_at for s in down)
    assert all(s.retry_at is not None and s.retry_at >= before for s in down)
    assert "503" in str([s.reason for s in down]), "the refused handshake is the reason"
    assert seen[-1] == ConnectionState(SocketStatus.CONNECTED)
    await conv.close()
    assert seen[-1] == ConnectionState(SocketStatus.CLOSED, "closed by the client")
    assert conv.connection_state == seen[-1]


async def test_a_refusal_for_good_is_closed_with_the_error(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    conv_f = fake.add_conversation()
    conv = await client.attach_conversation(conv_f.id)
    seen: list[ConnectionState] = []
    conv.on_connection_state(seen.append)
    fake.close_sockets(conv_f, 4004, "Conversation not found")
    await until(lambda: bool(seen), "the refusal")
    assert seen == [ConnectionState(SocketStatus.CLOSED, "event socket: conversation not found")]
    await conv.close()
    assert len(seen) == 1, "closing a closed socket says nothing more"


async def test_a_failing_listener_is_logged_and_the_socket_goes_on(
    fake: FakeAgentServer, client: AsyncAgentServer, caplog: pytest.LogCaptureFixture
) -> None:
    conv_f = fake.add_conversation()
    conv = await client.attach_conversation(conv_f.id)

    def broken(state: ConnectionState) -> None:
        raise RuntimeError("listener bug")

    conv.on_connection_state(broken)
    fake.drop(conv_f)
    await until(lambda: "connection state callback failed" in caplog.text, "the log record")
    await until(lambda: conv.is_connected, "the reconnect")
    with pytest.raises(TypeError, match="callable"):
        conv.on_connection_state("not a function")  # type: ignore[arg-type]
