"""A followed conversation whose socket goes quiet: deleted or renamed by another client.

Like the real server, the fake keeps a deleted conversation's sockets open (no close frame) and
publishes no title change: the client learns of both by asking REST once the socket is quiet.
"""

from __future__ import annotations

import asyncio
import time
import uuid

import pytest

from openhands_client import (
    AsyncAgentServer,
    AsyncConversation,
    ConversationState,
    Event,
    ExecutionStatus,
    NotFoundError,
)
from tests.unit.conftest import API_KEY
from tests.unit.fakes import FakeAgentServer, RunContext, message, until

QUIET = 0.3


@pytest.fixture(autouse=True)
def quick_checks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(AsyncConversation, "QUIET_SECONDS", QUIET)


async def consume(conv: AsyncConversation, got: list[Event]) -> None:
    async for event in conv.stream():
        got.append(event)


def info_reads(fake: FakeAgentServer, conv: AsyncConversation) -> int:
    return len(fake.requests_to("GET", rf"/api/conversations/{conv.id}$"))


async def test_a_stream_ends_with_not_found_once_another_client_deletes_it(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    conv_f = fake.add_conversation()
    conv = await client.attach_conversation(conv_f.id)
    got: list[Event] = []
    following = asyncio.ensure_future(consume(conv, got))
    async with AsyncAgentServer(fake.url, API_KEY, transport=fake.transport) as other:
        await (await other.attach_conversation(conv_f.id)).delete()
    assert fake.open_sockets(conv_f) >= 1, "the fake, like the server, keeps the socket open"
    started = time.monotonic()
    with pytest.raises(NotFoundError, match="no longer exists"):
        await asyncio.wait_for(following, 5)
    assert time.monotonic() - started < QUIET + 2
    assert not conv.is_connected
    await conv.close()


async def test_a_run_waiting_on_a_conversation_deleted_elsewhere_raises_not_found(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    async def endless(run: RunContext) -> None:
        await run.status("running")
        await run.sleep(60)  # an LLM call that never returns: the socket stays quiet

    conv_f = fake.add_conversation(run_script=endless)
    conv = await client.attach_conversation(conv_f.id)
    running = asyncio.ensure_future(conv.run(timeout=30))
    await until(lambda: conv_f.status == "running", "the run to start")
    conv_f.deleted = True  # another client's DELETE
    with pytest.raises(NotFoundError):
        await asyncio.wait_for(running, 5)
    await conv.close()


async def test_a_title_set_elsewhere_reaches_the_state_while_the_stream_is_followed(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    conv_f = fake.add_conversation()
    conv = await client.attach_conversation(conv_f.id)
    assert conv.state.title is None
    got: list[Event] = []
    following = asyncio.ensure_future(consume(conv, got))
    conv_f.title = "renamed elsewhere"  # the server's PATCH: nothing on the socket
    await until(lambda: conv.state.title == "renamed elsewhere", "the new title", timeout=5)
    assert conv.state.info.title == "renamed elsewhere"
    # The stream's own fields are not taken from REST.
    conv_f.status = "finished"
    await asyncio.sleep(3 * QUIET)
    assert conv.state.execution_status.value == "idle"
    following.cancel()
    await conv.close()


async def test_rest_is_asked_only_while_someone_waits_on_a_quiet_socket(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    conv_f = fake.add_conversation()
    conv = await client.attach_conversation(conv_f.id)
    attached = info_reads(fake, conv)
    await asyncio.sleep(3 * QUIET)
    assert info_reads(fake, conv) == attached, "nobody waits: no request"
    got: list[Event] = []
    following = asyncio.ensure_future(consume(conv, got))
    for i in range(8):  # frames flow: the socket is not quiet
        fake.publish(conv_f, message(f"m{i}", fake.now()))
        await asyncio.sleep(QUIET / 3)
    assert info_reads(fake, conv) == attached, "frames flowed: no request"
    await until(lambda: info_reads(fake, conv) > attached, "a check once quiet", timeout=5)
    following.cancel()
    await conv.close()


def test_each_state_takes_from_rest_only_what_its_own_stream_does_not_carry() -> None:
    carried, not_carried = (
        ConversationState(uuid.uuid4(), {"execution_status": "idle", "title": None})
        for _ in range(2)
    )
    carried.update("full_state", {"execution_status": "running", "title": "streamed"})
    not_carried.update("full_state", {"execution_status": "running"})
    for state in (carried, not_carried):
        state.adopt({"execution_status": "idle", "title": "from REST"})
        assert state.execution_status is ExecutionStatus.RUNNING
    assert carried.title == "streamed"
    assert not_carried.title == "from REST"
