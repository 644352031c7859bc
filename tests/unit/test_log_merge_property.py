"""Property: however the server's log arrives, the client's log is exactly the server's.

Live frames, replays (overlapping, repeated) and REST pages of one server log, in any
interleaving, go through the conversation's own ingest path: the frame handler the
socket calls (``_on_frame``) and the REST pager (``_sync_events``, over a MockTransport).
"""

from __future__ import annotations

import asyncio
import uuid
from collections import Counter
from dataclasses import dataclass
from datetime import datetime

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
    parse_ts,
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
    """A persisted log in write order: unique ids, timestamps out of order and tied."""
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
    """A (re)connection: the state push, then the replay from the ``since`` event's time."""

    since: int | None


@dataclass(frozen=True)
class Rest:
    since: int | None
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
        st.builds(Rest, st.none() | index, st.integers(1, 7)),
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
    finals: list[Step] = [Replay(None), Rest(None, 3), Rest(None, 100)]
    final = draw(st.sampled_from(finals))
    return log, history, plan, final


def expected_ids(log: list[JSON]) -> list[str]:
    return [e["id"] for e in sorted(log, key=lambda e: (e["timestamp"], e["id"]))]


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
    await conv._feed.sync_events(None, live=False)
    conv._feed._synced = True  # as open() leaves it
    # ... then the whole log exists on the server and arrives in any interleaving.
    visible = log
    transients: Counter[str] = Counter()
    counter = 0

    def since(index: int | None) -> datetime | None:
        return None if index is None else parse_ts(log[index]["timestamp"])

    for step in [*plan, final]:
        if isinstance(step, Live):
            await conv._feed.on_frame(dict(log[step.index]), False)
        elif isinstance(step, Replay):
            counter += 1
            push = full_state(f"push-{counter}", ts(99), CID, "idle")
            transients[push["id"]] += 1
            await conv._feed.on_frame(push, True)
            start = since(step.since)
            for event in log:
                if start is None or parse_ts(event["timestamp"]) >= start:
                    await conv._feed.on_frame(dict(event), False)
        elif isinstance(step, Rest):
            page_size = step.page_size
            await conv._feed.sync_events(since(step.since), live=False)
        else:
            counter += 1
            eid = f"transient-{counter}"
            frame = (
                full_state(eid, ts(50), CID, "finished")
                if step.snapshot
                else streaming_delta(eid, ts(50), "tok")
            )
            transients[eid] += 1
            await conv._feed.on_frame(frame, False)
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
def test_event_log_keeps_each_id_once_in_timestamp_then_id_order(
    log: list[JSON], data: st.DataObject
) -> None:
    deliveries = data.draw(st.lists(st.sampled_from(log), min_size=len(log)))
    deliveries += data.draw(st.permutations(log))  # every event at least once
    events = EventLog()
    accepted = Counter(e["id"] for e in deliveries if events.add(decode_event(e)))
    assert accepted == Counter(e["id"] for e in log), "add() is True once per id"
    assert [e.id for e in events] == expected_ids(log)
    assert all(e["id"] in events for e in log)
    newest = max(parse_ts(e["timestamp"]) for e in log)
    resume = events.resume_after()
    assert resume is not None and resume <= newest
