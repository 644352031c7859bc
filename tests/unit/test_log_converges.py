"""The log converges to the server's after every (re)subscription."""

from __future__ import annotations

from collections import Counter
from collections.abc import Awaitable, Callable
from typing import Any

import httpx

from openhands_client import AsyncAgentServer, Event
from tests.unit.fakes import FakeAgentServer, ids, message, ts, until
from tests.unit.test_stream_reconnect import outage, persisted_ids


async def test_a_clock_step_back_while_disconnected_loses_nothing(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    conv_f = fake.add_conversation([message("h1", fake.now()), message("h2", fake.now())])
    seen: list[Event] = []
    conv = await client.attach_conversation(conv_f.id, callbacks=[seen.append])
    fake.publish(conv_f, message("live", fake.now()))
    await until(lambda: "live" in ids(conv.events), "the live event")

    with outage(fake):
        fake.drop(conv_f)
        await until(lambda: not conv.is_connected, "the client to notice the drop")
        # The server's clock steps back a minute (DST, NTP) while the client is away: these
        # sort before the resume cursor, so neither the replay nor a catch-up from it finds
        # them.
        fake.step_clock(-60)
        fake.persist(conv_f, message("stepped-1", fake.now()), message("stepped-2", fake.now()))
    await until(lambda: conv.is_connected, "the reconnect")
    await until(lambda: len(conv.events) == 5, "the events written under the stepped clock", 6)

    assert ids(conv.events) == conv_f.sorted_ids()
    await until(lambda: len(persisted_ids(seen, {"h1", "h2"})) == 3, "the callbacks")
    assert persisted_ids(seen, {"h1", "h2"}) == Counter(["live", "stepped-1", "stepped-2"])


def write_after_search(
    fake: FakeAgentServer, conv_f: Any, event: dict[str, Any], nth: int
) -> Callable[[httpx.Request, Callable[[], httpx.Response]], Awaitable[httpx.Response | None]]:
    """A hook: ``event`` is written just after the ``nth`` read of the log is answered."""
    reads = [0]

    async def hook(
        request: httpx.Request, default: Callable[[], httpx.Response]
    ) -> httpx.Response | None:
        if not request.url.path.endswith("/events/search"):
            return None
        reads[0] += 1
        if reads[0] != nth:
            return None
        response = default()
        fake.persist(conv_f, event)  # pushed to no one: nobody is subscribed yet
        return response

    return hook


async def test_an_event_written_before_the_subscription_is_in_the_log_at_attach(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    """The log is read while the socket subscribes: its end is read again once subscribed."""
    conv_f = fake.add_conversation([message("h1", ts(0))])
    conv_f.subscribe_delay = 0.5  # beyond PUSH_GRACE: the client stops waiting for the push
    fake.hooks.append(write_after_search(fake, conv_f, message("in-between", ts(5)), 1))
    conv = await client.attach_conversation(conv_f.id)
    assert ids(conv.events) == ["h1", "in-between"]
    reads = fake.requests_to("GET", r"/events/search$")
    # The second read goes on from the last event read, it does not read the page again.
    assert [r.url.params.get("page_id") for r in reads] == [None, "h1"]


async def test_an_event_written_before_a_late_subscription_is_not_lost(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    """The server registers the subscriber after PUSH_GRACE, and after the log's end was read
    (again): the event written in between comes from the count check (see _reconcile)."""
    conv_f = fake.add_conversation([message("h1", ts(0))])
    conv_f.subscribe_delay = 2.0
    fake.hooks.append(write_after_search(fake, conv_f, message("in-between", ts(5)), 2))
    seen: list[Event] = []
    conv = await client.attach_conversation(conv_f.id, callbacks=[seen.append])
    assert ids(conv.events) == ["h1"]
    await until(lambda: "in-between" in ids(conv.events), "the event written in between", 6)
    assert ids(conv.events) == conv_f.sorted_ids()
    await until(lambda: bool(persisted_ids(seen, {"h1"})), "the callback")
    assert persisted_ids(seen, {"h1"}) == Counter(["in-between"])


async def test_a_reconnect_with_nothing_missing_reads_nothing_over_rest(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    conv_f = fake.add_conversation([message("h1", ts(0))])
    conv = await client.attach_conversation(conv_f.id)
    attach_reads = len(fake.requests_to("GET", r"/events/search$"))
    with outage(fake):
        fake.drop(conv_f)
        await until(lambda: not conv.is_connected, "the client to notice the drop")
        fake.persist(conv_f, message("gap", fake.now()))
    await until(lambda: len(fake.requests_to("GET", r"/events/count$")) >= 1, "the count check")
    await until(lambda: "gap" in ids(conv.events), "the replayed event")
    await conv._feed.reconciler.settled()
    # The replay brought the gap: at most a catch-up from the cursor (when the replay lands
    # after the count check's re-checks, on a loaded machine), never a re-read of the log.
    after_attach = fake.requests_to("GET", r"/events/search$")[attach_reads:]
    assert all("timestamp__gte" in str(r.url) for r in after_attach)
