"""The synchronous twins drive the same fakes: callbacks, stream(), run(), a clean close()."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from openhands_client import AgentServer, Event, ExecutionStatus
from tests.unit.conftest import API_KEY
from tests.unit.fakes import (
    FakeAgentServer,
    ids,
    message,
    standard_run,
    ts,
    until_streaming_sync,
    until_sync,
    without_probes,
)


def client_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "openhands-client" and t.is_alive()]


@pytest.fixture
def sync_server(fake: FakeAgentServer) -> Iterator[AgentServer]:
    server = AgentServer(fake.url, API_KEY, transport=fake.transport)
    try:
        yield server
    finally:
        server.close()


def test_callback_sees_events_and_run_returns(
    fake: FakeAgentServer, sync_server: AgentServer
) -> None:
    conv_f = fake.add_conversation(
        [message("h1", ts(0))], run_script=standard_run(steps=2, answer="sync answer")
    )
    seen: list[Event] = []
    conv = sync_server.attach_conversation(conv_f.id, callbacks=[seen.append])
    assert ids(conv.events) == ["h1"]
    fake.publish(conv_f, message("m1", ts(1)))
    until_sync(lambda: any(e.id == "m1" for e in seen), "the callback to see m1")
    conv.send_message("go")
    assert conv.run(timeout=10) is ExecutionStatus.FINISHED
    assert ids(conv.events) == conv_f.sorted_ids()
    persisted = [e.id for e in seen if e.id in ids(conv.events)]
    assert sorted(persisted) == sorted(conv_f.ids()), "the history first, then each event once"
    assert API_KEY not in repr(sync_server) and API_KEY not in repr(conv)


def test_stream_yields_live_events_and_ends_on_close(
    fake: FakeAgentServer, sync_server: AgentServer
) -> None:
    conv_f = fake.add_conversation()
    conv = sync_server.attach_conversation(conv_f.id)
    got: list[str] = []

    def consume() -> None:
        for event in conv.stream():
            got.append(event.id)

    consumer = threading.Thread(target=consume, name="consumer", daemon=True)
    consumer.start()
    until_streaming_sync(fake, conv_f, got)
    fake.publish(conv_f, message("m1", ts(1)), message("m2", ts(2)), message("m3", ts(3)))
    until_sync(lambda: without_probes(got) == ["m1", "m2", "m3"], "the stream to yield m1..m3")
    conv.close()
    consumer.join(timeout=3)
    assert not consumer.is_alive(), "stream() did not end when the conversation closed"


def test_server_close_ends_a_stream_in_another_thread(fake: FakeAgentServer) -> None:
    """A worker iterating ``stream()`` sees the iteration end when the server is closed.

    The worker is busy with an event while the main thread calls ``server.close()``; its
    next step must end the ``for`` loop, not raise from a closed event loop.
    """
    conv_f = fake.add_conversation()
    server = AgentServer(fake.url, API_KEY, transport=fake.transport)
    conv = server.attach_conversation(conv_f.id)
    got: list[str] = []
    errors: list[BaseException] = []
    busy, proceed, done = threading.Event(), threading.Event(), threading.Event()

    def consume() -> None:
        try:
            for event in conv.stream():
                got.append(event.id)
                busy.set()
                proceed.wait(3)
        except BaseException as exc:
            errors.append(exc)
        done.set()

    consumer = threading.Thread(target=consume, name="consumer", daemon=True)
    consumer.start()
    until_streaming_sync(fake, conv_f, got)  # the consumer is now busy with its first event
    assert busy.wait(1)
    server.close()
    proceed.set()
    consumer.join(timeout=3)
    assert done.is_set(), "the consumer thread hangs in stream() after server.close()"
    assert errors == [], f"stream() raised after server.close(): {errors!r}"
    assert len(got) == 1
    assert client_threads() == []


def test_close_leaves_no_thread_running(fake: FakeAgentServer) -> None:
    before = set(threading.enumerate())
    conv_f = fake.add_conversation(run_script=standard_run())
    server = AgentServer(fake.url, API_KEY, transport=fake.transport)
    conversations = [server.attach_conversation(conv_f.id) for _ in range(3)]
    conversations[0].run(timeout=10)
    assert len(client_threads()) == 1, "one background thread drives every conversation"
    server.close()
    leftover = [t for t in threading.enumerate() if t not in before and t.is_alive()]
    assert leftover == [], f"threads left running after close(): {leftover}"
    until_sync(lambda: fake.open_sockets() == 0, "every socket to close")


def test_close_is_idempotent(fake: FakeAgentServer) -> None:
    conv_f = fake.add_conversation()
    with AgentServer(fake.url, API_KEY, transport=fake.transport) as server:
        conv = server.attach_conversation(conv_f.id)
        conv.close()
        conv.close()
        server.close()  # and once more on leaving the block
    assert client_threads() == []
