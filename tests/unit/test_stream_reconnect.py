"""The live stream survives drops: it resumes after the last ``seq`` held and the log ends up
exact."""

from __future__ import annotations

import asyncio
import json
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from urllib.parse import quote, quote_plus

from openhands_client import AsyncAgentServer, Event
from tests.unit.conftest import API_KEY
from tests.unit.fakes import (
    ConnRecord,
    FakeAgentServer,
    FakeConversation,
    action,
    ids,
    message,
    observation,
    status_update,
    ts,
    until,
)


def persisted_ids(seen: list[Event], history: set[str]) -> Counter[str]:
    """How often each persisted, non-history event reached the callback."""
    return Counter(e.id for e in seen if e.id not in history and not e.id.startswith("connect-"))


@contextmanager
def outage(fake: FakeAgentServer) -> Iterator[None]:
    """The socket endpoint refuses connections (HTTP 503) inside the block."""
    fake.ws_available = False
    try:
        yield
    finally:
        fake.ws_available = True


def assert_no_key_in_url(records: list[ConnRecord]) -> None:
    for record in records:
        assert "session_api_key" not in record.raw_path
        for form in (API_KEY, quote(API_KEY, safe=""), quote_plus(API_KEY)):
            assert form not in record.raw_path


async def test_drop_mid_stream_resumes_after_the_last_seq_and_loses_nothing(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    history = [
        message("h1", ts(0), "first"),
        action("h2", ts(10)),
        observation("h3", ts(20), "h2"),
    ]
    conv_f = fake.add_conversation(history, status="idle")
    seen: list[Event] = []
    conv = await client.attach_conversation(conv_f.id, callbacks=[seen.append])
    assert ids(conv.events) == ["h1", "h2", "h3"]

    fake.publish(conv_f, message("live1", ts(30), "live"))
    await until(lambda: "live1" in ids(conv.events), "the live event")

    # The socket drops; while the client cannot reconnect, the server writes more events,
    # one of them a straggler whose timestamp is older than the newest one already seen.
    with outage(fake):
        fake.drop(conv_f)
        await until(lambda: not conv.is_connected, "the client to notice the drop")
        fake.persist(
            conv_f,
            status_update("gap1", ts(31), "running"),
            action("gap2", ts(32)),
            message("straggler", ts(29.5), "late write"),
        )
    await until(lambda: len(conv.events) == 7, "the events written during the gap")
    fake.publish(conv_f, observation("live2", ts(40), "gap2"))
    await until(lambda: "live2" in ids(conv.events), "a live event after the reconnect")

    records = fake.connections_to(conv_f)
    subscribed = [r for r in records if r.subscribed]
    assert len(subscribed) == 2
    assert subscribed[0].query == {"after_seq": "-1"}, "attach replays the whole log"
    assert subscribed[1].query == {"after_seq": "3"}, "the reconnect resumes after live1"
    assert_no_key_in_url(records)

    # The server's write order: the straggler's older timestamp changes nothing.
    assert ids(conv.events) == conv_f.ids()
    await conv._feed.callbacks.drained()  # callbacks run on their own task, just behind the log
    counts = persisted_ids(seen, {"h1", "h2", "h3"})
    assert counts == Counter(["live1", "gap1", "gap2", "straggler", "live2"])
    # Neither attach nor the reconnect read the log over REST, nor counted it.
    assert fake.requests_to("GET", r"/events/(search|count)$") == []


async def test_repeated_drops_and_normal_closes_keep_the_log_exact(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    conv_f = fake.add_conversation([message("h0", ts(0))])
    seen: list[Event] = []
    conv = await client.attach_conversation(conv_f.id, callbacks=[seen.append])
    expected = ["h0"]

    def log_size_is(size: int) -> Callable[[], bool]:
        return lambda: len(conv.events) == size

    for round_ in range(4):
        eid = f"r{round_}"
        fake.publish(conv_f, message(f"{eid}-live", fake.now()))
        with outage(fake):
            if round_ % 2:
                fake.close_sockets(conv_f, 1001, "going away")
            else:
                fake.drop(conv_f)
            await until(lambda: not conv.is_connected, "the client to notice")
            fake.persist(conv_f, message(f"{eid}-gap", fake.now()))
        expected += [f"{eid}-live", f"{eid}-gap"]
        await until(log_size_is(len(expected)), f"round {round_}")
    assert ids(conv.events) == conv_f.ids()
    assert sorted(e.id for e in conv.events) == sorted(expected)
    await conv._feed.callbacks.drained()  # callbacks run on their own task, just behind the log
    counts = persisted_ids(seen, {"h0"})
    assert all(n == 1 for n in counts.values()), counts
    assert set(counts) == set(expected) - {"h0"}
    assert_no_key_in_url(fake.connections_to(conv_f))
    resumed = [int(r.query["after_seq"]) for r in fake.connections_to(conv_f)[1:]]
    assert resumed == [2 * n + 1 for n in range(4)], "each reconnect resumes after the last seq"


async def test_the_api_key_travels_in_the_first_frame_only(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    conv_f = fake.add_conversation()
    await client.attach_conversation(conv_f.id)
    fake.drop(conv_f)
    await until(lambda: fake.open_sockets(conv_f) == 1, "the reconnect")
    records = fake.connections_to(conv_f)
    assert len(records) == 2
    for record in records:
        assert record.first_frame is not None
        assert json.loads(record.first_frame) == {"type": "auth", "session_api_key": API_KEY}
    assert_no_key_in_url(records)


async def test_a_drop_mid_replay_resumes_the_replay_and_repeats_nothing(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    """Attach replays the log through the socket; a drop in the middle of it resumes after the
    last ``seq`` received, and attach returns the whole log, each event once, without REST."""
    history = [message(f"h{i}", ts(i)) for i in range(50)]
    conv_f: FakeConversation = fake.add_conversation(history)
    conv_f.replay_cuts.extend([10, 15])
    seen: list[Event] = []
    conv = await asyncio.wait_for(client.attach_conversation(conv_f.id, callbacks=[seen.append]), 5)
    assert ids(conv.events) == conv_f.ids()
    queries = [r.query.get("after_seq") for r in fake.connections_to(conv_f) if r.subscribed]
    assert queries == ["-1", "9", "24"]
    await conv._feed.callbacks.drained()
    assert persisted_ids(seen, set()) == Counter(conv_f.ids())
    assert fake.requests_to("GET", r"/events/(search|count)$") == []
