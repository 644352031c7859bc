"""The log converges to the server's after every reconnect: resumed by ``seq``, not by clock."""

from __future__ import annotations

from collections import Counter

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
        # are older than every event held, and still come after them in the log.
        fake.step_clock(-60)
        fake.persist(conv_f, message("stepped-1", fake.now()), message("stepped-2", fake.now()))
    await until(lambda: conv.is_connected, "the reconnect")
    await until(lambda: len(conv.events) == 5, "the events written under the stepped clock", 6)

    assert ids(conv.events) == conv_f.ids() == ["h1", "h2", "live", "stepped-1", "stepped-2"]
    await until(lambda: len(persisted_ids(seen, {"h1", "h2"})) == 3, "the callbacks")
    assert persisted_ids(seen, {"h1", "h2"}) == Counter(["live", "stepped-1", "stepped-2"])


async def test_a_reconnect_reads_nothing_over_rest(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    conv_f = fake.add_conversation([message("h1", ts(0))])
    conv = await client.attach_conversation(conv_f.id)
    with outage(fake):
        fake.drop(conv_f)
        await until(lambda: not conv.is_connected, "the client to notice the drop")
        fake.persist(conv_f, message("gap", fake.now()))
    await until(lambda: "gap" in ids(conv.events), "the replayed event")
    # The replay after the last seq held brought the gap: no count, no REST read.
    assert fake.requests_to("GET", r"/events/(search|count)$") == []
    assert [r.query for r in fake.connections_to(conv_f)] == [{"after_seq": "-1"}] + [
        {"after_seq": "0"}
    ] * (len(fake.connections_to(conv_f)) - 1)
