"""The live stream survives drops: it resumes by cursor and the log ends up exact."""

from __future__ import annotations

import asyncio
import json
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from urllib.parse import quote, quote_plus

import httpx

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


async def test_drop_mid_stream_resumes_from_a_cursor_and_loses_nothing(
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
    attach_reads = len(fake.requests_to("GET", r"/events/search$"))

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
    assert subscribed[0].query == {}, "the first connection needs no replay (REST loads the log)"
    resume = subscribed[1].query
    assert resume["resend_mode"] == "since", f"reconnect asked for {resume}, not a cursor"
    cursor = datetime.fromisoformat(resume["after_timestamp"])
    assert cursor <= datetime.fromisoformat(ts(29.5)), "the cursor must cover stragglers"
    assert cursor > datetime.fromisoformat(ts(20)), "a reconnect must not replay everything"
    assert_no_key_in_url(records)

    assert ids(conv.events) == conv_f.sorted_ids()
    await conv._feed.callbacks.drained()  # callbacks run on their own task, just behind the log
    counts = persisted_ids(seen, {"h1", "h2", "h3"})
    assert counts == Counter(["live1", "gap1", "gap2", "straggler", "live2"])
    # The log was read over REST at attach only; the reconnect did not re-download it.
    assert len(fake.requests_to("GET", r"/events/search$")) == attach_reads


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
    assert ids(conv.events) == conv_f.sorted_ids()
    assert sorted(e.id for e in conv.events) == sorted(expected)
    await conv._feed.callbacks.drained()  # callbacks run on their own task, just behind the log
    counts = persisted_ids(seen, {"h0"})
    assert all(n == 1 for n in counts.values()), counts
    assert set(counts) == set(expected) - {"h0"}
    assert_no_key_in_url(fake.connections_to(conv_f))
    for record in fake.connections_to(conv_f)[1:]:
        assert record.query.get("resend_mode") == "since"


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


async def test_reconnect_during_attach_does_not_lose_events(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    """A drop while attach is still loading the log must not open a hole in it.

    The first connection needs no replay because REST loads the log afterwards. But if
    the socket drops after the REST snapshot was taken and reconnects before attach
    finishes, events written in between arrive neither live nor over REST, unless the
    reconnect asks for a replay.
    """
    conv_f: FakeConversation = fake.add_conversation([message("h1", ts(0))])
    snapshot_taken = asyncio.Event()
    release = asyncio.Event()

    async def slow_first_page(
        request: httpx.Request, default: Callable[[], httpx.Response]
    ) -> httpx.Response | None:
        if not request.url.path.endswith("/events/search"):
            return None
        fake.hooks.clear()
        response = default()
        snapshot_taken.set()
        await release.wait()  # the page is in flight
        return response

    fake.hooks.append(slow_first_page)
    attach = asyncio.ensure_future(client.attach_conversation(conv_f.id))
    await asyncio.wait_for(snapshot_taken.wait(), 3)
    with outage(fake):
        fake.drop(conv_f)
        fake.persist(conv_f, message("written-during-gap", ts(5)))
    await until(lambda: fake.open_sockets(conv_f) == 1, "the reconnect")
    release.set()
    conv = await asyncio.wait_for(attach, 3)
    queries = [r.query for r in fake.connections_to(conv_f) if r.subscribed]

    await until(
        lambda: "written-during-gap" in ids(conv.events),
        f"the event written while the socket was down during attach (queries: {queries})",
        timeout=1.0,
    )
    assert ids(conv.events) == ["h1", "written-during-gap"]
