"""Bounded history: ``attach_conversation(history=)``, what ``conv.events`` says it holds,
paging back with ``load_earlier_events``, and the socket's ``seq`` over a REST position."""

from __future__ import annotations

import json
from typing import Any

import pytest

from openhands_client import (
    AgentServer,
    AsyncAgentServer,
    ClientClosedError,
    EventLog,
    decode_event,
)
from openhands_client._feed import ConversationFeed
from tests.unit.conftest import API_KEY
from tests.unit.fakes import FakeAgentServer, ids, message, ts, until
from tests.unit.test_stream_reconnect import outage

LOG = [message(f"e{i}", ts(i)) for i in range(6)]


async def test_none_is_live_only_from_the_sync_frame(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    conv_f = fake.add_conversation(LOG)
    conv = await client.attach_conversation(conv_f.id, history="none")
    assert list(conv.events) == []
    assert (conv.events.first_seq, conv.events.complete, conv.events.last_seq) == (6, False, 5)
    fake.publish(conv_f, message("live", ts(9)))
    await until(lambda: "live" in ids(conv.events), "the live event")
    assert conv.events.seq_of("live") == 6
    # Live only: no after_seq, no replay, no REST read of the log.
    assert fake.connections_to(conv_f)[0].query == {}
    assert fake.requests_to("GET", r"/events/(search|count)$") == []
    with outage(fake):
        fake.drop(conv_f)
        await until(lambda: not conv.is_connected, "the client to notice the drop")
        fake.persist(conv_f, message("missed", ts(10)))
    await until(lambda: "missed" in ids(conv.events), "the missed event")
    assert ids(conv.events) == ["live", "missed"]
    assert fake.connections_to(conv_f)[-1].query == {"after_seq": "6"}


async def test_paging_back_before_any_live_event_reads_the_newest_page(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    conv_f = fake.add_conversation(LOG)
    conv = await client.attach_conversation(conv_f.id, history="none")
    assert await conv.load_earlier_events(2) == 2
    assert ids(conv.events) == ["e4", "e5"] and conv.events.first_seq == 4
    assert len(fake.requests_to("GET", r"/events/count$")) == 2  # before and after the page
    fake.publish(conv_f, message("live", ts(9)))
    await until(lambda: "live" in ids(conv.events), "the live event")
    assert await conv.load_earlier_events(9) == 4
    assert ids(conv.events) == conv_f.ids() and conv.events.complete


async def test_the_last_n_then_paging_back_to_the_start(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    conv_f = fake.add_conversation(LOG)
    conv = await client.attach_conversation(conv_f.id, history=2)
    assert ids(conv.events) == ["e4", "e5"]
    assert (conv.events.first_seq, conv.events.complete) == (4, False)
    assert fake.connections_to(conv_f)[0].query == {"after_seq": "3"}
    assert len(fake.requests_to("GET", r"/events/count$")) == 1
    fake.publish(conv_f, message("live", ts(9)))
    await until(lambda: "live" in ids(conv.events), "the live event")

    assert await conv.load_earlier_events(3) == 3
    assert ids(conv.events) == ["e1", "e2", "e3", "e4", "e5", "live"]
    assert conv.events[0].id == "e1" and conv.events.first_seq == 1
    assert await conv.load_earlier_events() == 1
    assert ids(conv.events) == conv_f.ids()
    assert conv.events.complete and conv.events.first_seq == 0
    assert await conv.load_earlier_events() == 0
    assert [conv.events.seq_of(i) for i in conv_f.ids()] == list(range(7))


@pytest.mark.usefixtures("rest_attach")
async def test_without_the_sockets_replay_the_last_n_come_over_rest(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    conv_f = fake.add_conversation(LOG)
    conv = await client.attach_conversation(conv_f.id, history=2)
    assert ids(conv.events) == ["e4", "e5"] and conv.events.first_seq == 4
    assert [conv.events.seq_of(i) for i in ("e4", "e5")] == [4, 5]
    assert await conv.load_earlier_events(1) == 1 and conv.events.first_seq == 3


@pytest.mark.usefixtures("rest_attach")
async def test_without_the_sockets_replay_a_history_longer_than_a_page_comes_over_rest(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    conv_f = fake.add_conversation([message(f"m{i:03}", ts(i)) for i in range(230)])
    conv = await client.attach_conversation(conv_f.id, history=150)
    assert ids(conv.events) == conv_f.ids()[80:] and conv.events.first_seq == 80
    assert [conv.events.seq_of(i) for i in ids(conv.events)] == list(range(80, 230))
    assert len(fake.requests_to("GET", r"/events/search$")) == 2  # the newest page, one older


@pytest.mark.usefixtures("rest_attach")
async def test_without_the_sync_frame_none_starts_at_the_servers_count(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    conv_f = fake.add_conversation(LOG)
    conv = await client.attach_conversation(conv_f.id, history="none")
    assert list(conv.events) == [] and not conv.events.complete
    # The socket, once up, resumes after the count asked: not live only, which would lose
    # what is written before it connects.
    assert (conv.events.first_seq, conv.events.last_seq) == (6, 5)
    assert await conv.load_earlier_events(2) == 2 and ids(conv.events) == ["e4", "e5"]


async def test_more_than_the_log_holds_is_the_whole_log(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    conv_f = fake.add_conversation(LOG)
    conv = await client.attach_conversation(conv_f.id, history=50)
    assert ids(conv.events) == conv_f.ids() and conv.events.complete


async def test_paging_back_crosses_pages(fake: FakeAgentServer, client: AsyncAgentServer) -> None:
    log = [message(f"m{i:03}", ts(i)) for i in range(230)]
    conv_f = fake.add_conversation(log)
    conv = await client.attach_conversation(conv_f.id, history=5)
    assert await conv.load_earlier_events(220) == 220
    assert ids(conv.events) == conv_f.ids()[5:]
    assert conv.events.first_seq == 5


@pytest.mark.parametrize(
    ("history", "error"),
    [(-1, ValueError), ("some", ValueError), ("", ValueError), (1.5, TypeError), (True, TypeError)],
)
async def test_a_bad_history_is_refused_before_any_request(
    fake: FakeAgentServer, client: AsyncAgentServer, history: object, error: type[Exception]
) -> None:
    conv_f = fake.add_conversation(LOG)
    with pytest.raises(error, match="history"):
        await client.attach_conversation(conv_f.id, history=history)  # type: ignore[arg-type]
    assert fake.requests == [] and fake.connections_to(conv_f) == []


async def test_a_bad_count_is_refused_before_any_request(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    conv_f = fake.add_conversation(LOG)
    conv = await client.attach_conversation(conv_f.id, history=1)
    before = len(fake.requests)
    for bad in (0, -3, True):
        with pytest.raises(ValueError, match="count"):
            await conv.load_earlier_events(bad)
    assert len(fake.requests) == before


async def test_paging_back_on_a_closed_conversation_is_refused_before_any_request(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    conv_f = fake.add_conversation(LOG)
    conv = await client.attach_conversation(conv_f.id, history=1)
    await conv.close()
    before = len(fake.requests)
    with pytest.raises(ClientClosedError, match="closed"):
        await conv.load_earlier_events()
    assert len(fake.requests) == before and ids(conv.events) == ["e5"]


def test_the_sync_twin_takes_history_and_pages_back(fake: FakeAgentServer) -> None:
    conv_f = fake.add_conversation(LOG)
    with AgentServer(fake.url, API_KEY, transport=fake.transport) as server:
        conv = server.attach_conversation(conv_f.id, history=1)
        assert ids(conv.events) == ["e5"]
        assert conv.load_earlier_events(2) == 2
        assert ids(conv.events) == ["e3", "e4", "e5"]


async def test_rest_first_load_then_the_socket_resumes_after_it(
    fake: FakeAgentServer, client: AsyncAgentServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ConversationFeed, "LOAD_OVER_REST", True)
    conv_f = fake.add_conversation(LOG)
    conv = await client.attach_conversation(conv_f.id)
    assert ids(conv.events) == conv_f.ids()
    assert fake.requests_to("GET", r"/events/search$") != []
    # The socket connects only after the load: it replays nothing held.
    assert fake.connections_to(conv_f)[0].query == {"after_seq": "5"}


async def test_a_window_starting_at_an_event_too_large_for_a_frame_loads_over_rest(
    fake: FakeAgentServer, client: AsyncAgentServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The server closes the socket (1013 frame_too_large) each time it comes to an event over
    # its frame limit: here the oldest of a window longer than a page, so nothing is held yet.
    conv_f = fake.add_conversation([message(f"m{i:03}", ts(i)) for i in range(230)])
    big = 80
    greet = FakeAgentServer._greet_session

    async def refuse_big(
        self: FakeAgentServer, ws: Any, conversation: Any, query: Any, through: int
    ) -> None:
        if int(query.get("after_seq", through)) < big <= through:
            await ws.send(json.dumps({"type": "sync", "through_seq": through}))
            await ws.close(1013, "frame_too_large")
            return
        await greet(self, ws, conversation, query, through)

    monkeypatch.setattr(FakeAgentServer, "_greet_session", refuse_big)
    conv = await client.attach_conversation(conv_f.id, history=150)
    await until(lambda: len(conv.events) == 150, "the window, read over REST")
    assert ids(conv.events) == conv_f.ids()[big:]
    assert [conv.events.seq_of(i) for i in ids(conv.events)] == list(range(big, 230))
    fake.publish(conv_f, message("live", ts(999)))
    await until(lambda: "live" in ids(conv.events), "the socket resumed after the window")


def test_the_sockets_seq_moves_an_event_numbered_by_position() -> None:
    # The server's log: a@0, an unreadable event at 1 (skipped by REST and socket), b@2, c@3.
    # REST numbers by position: a@0, b@1, c@2.
    log = EventLog()
    a, b, c = (decode_event(message(i, ts(0))) for i in "abc")
    for seq, event in enumerate((a, b, c)):
        assert log.add(event, seq, exact=False)
    assert log.last_seq == 2
    assert not log.add(b, 5, exact=False)  # a position never moves an event
    assert log.seq_of("b") == 1
    # The socket resumes after 2 and sends c with its seq: c moves, the cursor drops to the
    # unbroken run (a@0, b@1), so the next resume repeats b and corrects it too.
    assert not log.add(c, 3)
    assert (log.seq_of("c"), log.last_seq, ids(log)) == (3, 1, ["a", "b", "c"])
    assert not log.add(b, 2)
    assert (log.seq_of("b"), log.last_seq, ids(log)) == (2, 0, ["a", "b", "c"])
    assert log.at_seq(1) is None and log.at_seq(2) is b and log.at_seq(3) is c


def test_a_move_past_another_event_reorders_the_log() -> None:
    log = EventLog()
    a, b = (decode_event(message(i, ts(0))) for i in "ab")
    log.add(a, 0, exact=False)
    log.add(b, 1, exact=False)
    log.add(a, 2)  # the server says a comes after b
    assert ids(log) == ["b", "a"] and log.at_seq(0) is None and log.at_seq(1) is b


def test_start_at_sets_where_the_log_begins_only_while_empty() -> None:
    log = EventLog()
    log.start_at(10)
    assert (log.first_seq, log.last_seq, log.complete) == (10, 9, False)
    log.add(decode_event(message("x", ts(0))), 10)
    assert log.last_seq == 10 and repr(log) == "<EventLog of 1 events from seq 10>"
    with pytest.raises(RuntimeError):
        log.start_at(0)
