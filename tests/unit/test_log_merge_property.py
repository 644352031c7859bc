"""Property: however the server's log arrives, the client's log is exactly the server's.

Live frames (in any order), replays (overlapping, repeated) and REST catch-ups of one server
log, in any interleaving, go through the conversation's own ingest path: the frame handler the
session socket calls (``on_frame``) and the REST catch-up (``catch_up``, over a MockTransport).
"""

from __future__ import annotations

import asyncio
import uuid
from collections import Counter
from dataclasses import dataclass

import httpx
from hypothesis import given, settings
from hypothesis import strategies as st

from openhands_client import AsyncAgentServer, AsyncConversation, Event, EventLog, decode_event
from openhands_client._conversation import new_feed
from tests.unit.fakes import (
    JSON,
    action,
    conversation_info,
    full_state,
    ids,
    message,
    observation,
    search_response,
    status_update,
    streaming_delta,
    ts,
)

CID = uuid.UUID("5b1c2a4e-0000-4000-8000-0000000000aa")


def make_event(kind: int, eid: str, at: str) -> JSON:
    if kind == 0:
        return message(eid, at)
    if kind == 1:
        return action(eid, at)
    if kind == 2:
        return observation(eid, at, "some-action")
    if kind == 3:
        return status_update(eid, at, "running")
    return {"kind": "FutureEvent", "id": eid, "timestamp": at, "source": "agent", "x": [1]}


@st.composite
def server_logs(draw: st.DrawFn) -> list[JSON]:
    """A persisted log in write order (``seq`` order): unique ids, timestamps out of order and
    tied."""
    size = draw(st.integers(1, 24))
    ids = draw(
        st.lists(
            st.text("abcdef0123", min_size=1, max_size=4), min_size=size, max_size=size, unique=True
        )
    )
    quarters = draw(st.lists(st.integers(0, 40), min_size=size, max_size=size))
    kinds = draw(st.lists(st.integers(0, 4), min_size=size, max_size=size))
    rows = zip(ids, quarters, kinds, strict=True)
    return [make_event(kind, f"ev-{eid}", ts(q / 4)) for eid, q, kind in rows]


@dataclass(frozen=True)
class Live:
    index: int


@dataclass(frozen=True)
class Replay:
    """A (re)connection: the sync frame, the replay after the ``since`` event's ``seq`` (None:
    the whole log), then the state push."""

    since: int | None


@dataclass(frozen=True)
class Rest:
    """A catch-up over REST (from the last ``seq`` held), in pages of ``page_size``."""

    page_size: int


@dataclass(frozen=True)
class Transient:
    snapshot: bool


Step = Live | Replay | Rest | Transient


def steps(size: int) -> st.SearchStrategy[list[Step]]:
    index = st.integers(0, size - 1)
    one: st.SearchStrategy[Step] = st.one_of(
        st.builds(Live, index),
        st.builds(Replay, st.none() | index),
        st.builds(Rest, st.integers(1, 7)),
        st.builds(Transient, st.booleans()),
    )
    return st.lists(one, max_size=30)


@st.composite
def scenarios(draw: st.DrawFn) -> tuple[list[JSON], int, list[Step], Step]:
    log = draw(server_logs())
    history = draw(st.integers(0, len(log)))
    plan = draw(steps(len(log)))
    # Finally, one full pass (a replay of everything or a REST re-read) delivers every event
    # at least once, so the log can be complete.
    finals: list[Step] = [Replay(None), Rest(3), Rest(100)]
    final = draw(st.sampled_from(finals))
    return log, history, plan, final


def expected_ids(log: list[JSON]) -> list[str]:
    return [e["id"] for e in log]


def durable(log: list[JSON], seq: int) -> dict[str, object]:
    return {"type": "durable", "seq": seq, "event": dict(log[seq])}


async def play(log: list[JSON], history: int, plan: list[Step], final: Step) -> None:
    visible = log[:history]  # what REST serves while attaching
    page_size = 100

    async def handler(request: httpx.Request) -> httpx.Response:
        return search_response(visible, request, page_size)

    server = AsyncAgentServer("http://127.0.0.1:9", "key", transport=httpx.MockTransport(handler))
    seen: list[Event] = []
    feed = new_feed(server._connection, CID, conversation_info(CID, "idle"), [seen.append])
    conv = AsyncConversation(server._connection, feed, attach=server.attach_conversation)
    # Attach: the log as REST has it, without callbacks (history is not news) ...
    await conv._feed.catch_up()
    conv._feed._synced = True  # as open() leaves it
    # ... then the whole log exists on the server and arrives in any interleaving.
    visible = log
    transients: Counter[str] = Counter()
    counter = 0

    for step in [*plan, final]:
        if isinstance(step, Live):
            await conv._feed.on_frame(durable(log, step.index), False)
        elif isinstance(step, Replay):
            after = -1 if step.since is None else step.since
            sync = {"type": "sync", "from_seq": after, "through_seq": len(log) - 1}
            await conv._feed.on_frame(sync, True)
            for seq in range(after + 1, len(log)):
                await conv._feed.on_frame(durable(log, seq), False)
            counter += 1
            push = full_state(f"push-{counter}", ts(99), CID, "idle")
            transients[push["id"]] += 1
            await conv._feed.on_frame({"type": "transient", "event": push}, False)
        elif isinstance(step, Rest):
            page_size = step.page_size
            await conv._feed.catch_up()
        else:
            counter += 1
            eid = f"transient-{counter}"
            frame = (
                full_state(eid, ts(50), CID, "finished")
                if step.snapshot
                else streaming_delta(eid, ts(50), "tok")
            )
            transients[eid] += 1
            await conv._feed.on_frame({"type": "transient", "event": frame}, False)
    await conv._feed.callbacks.drained()  # callbacks run on their own task
    await server.close()

    assert ids(conv.events) == expected_ids(log)
    dispatched = Counter(e.id for e in seen)
    news = {e["id"] for e in log[history:]}
    assert {i: dispatched[i] for i in news} == dict.fromkeys(news, 1), "each new event once"
    assert not any(dispatched[e["id"]] for e in log[:history]), "history is not news"
    assert {i: dispatched[i] for i in transients} == dict(transients)
    stored = set(ids(conv.events))
    assert not any(i in stored for i in transients), "transient events are never stored"


@settings(max_examples=150, deadline=None)
@given(scenarios())
def test_any_interleaving_yields_exactly_the_servers_log(
    scenario: tuple[list[JSON], int, list[Step], Step],
) -> None:
    asyncio.run(play(*scenario))


@settings(max_examples=200, deadline=None)
@given(server_logs(), st.data())
def test_event_log_keeps_each_id_once_in_seq_order(log: list[JSON], data: st.DataObject) -> None:
    numbered = list(enumerate(log))
    deliveries = data.draw(st.lists(st.sampled_from(numbered), min_size=len(log)))
    deliveries += data.draw(st.permutations(numbered))  # every event at least once
    events = EventLog()
    held: set[int] = set()
    accepted: Counter[str] = Counter()
    for seq, event in deliveries:
        if events.add(decode_event(event), seq):
            accepted[event["id"]] += 1
        held.add(seq)
        # The resume cursor: the end of the unbroken run of seqs from 0.
        assert events.last_seq == next(n for n in range(len(log) + 1) if n not in held) - 1
    assert accepted == Counter(e["id"] for e in log), "add() is True once per id"
    assert [e.id for e in events] == expected_ids(log)
    assert all(e["id"] in events for e in log)
    assert events.last_seq == len(log) - 1
