"""Loading the log over REST from both ends at once, each walk one request ahead and its
cursor read from the page's tail: nothing lost, nothing twice, oldest first.

The fake ``fetch`` pages a write-order log exactly as the agent server does (string
comparison of ISO timestamps, a scan from the ``page_id`` event in either direction,
``limit + 1`` matches to find the next page's first), with timestamps that go backwards and
tie, and pages capped below the limit.
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from openhands_client import _log_load
from openhands_client._log_load import PageQuery, load_events
from openhands_client.events import Event
from tests.unit.fakes import JSON, message, parse_ts, ts


async def load_all(fetch: Any, since: str | None = None) -> list[Event]:
    return [event async for page in load_events(fetch, since) for event in page]


class FakeSearch:
    """``/events/search`` over ``log``; counts requests and how many were in flight at once."""

    def __init__(self, log: list[JSON], page_size: int = 100) -> None:
        self.log = log
        self.page_size = page_size
        self.in_flight = self.most_in_flight = self.requests = 0
        self.on_request: list[Any] = []

    async def __call__(self, query: PageQuery) -> httpx.Response:
        return httpx.Response(200, json=await self.page(query))

    async def page(self, query: PageQuery) -> dict[str, Any]:
        self.requests += 1
        self.in_flight += 1
        self.most_in_flight = max(self.most_in_flight, self.in_flight)
        for hook in self.on_request:
            hook(self)
        await asyncio.sleep(0)  # the round trip
        self.in_flight -= 1
        order = list(reversed(self.log)) if query.newest_first else list(self.log)
        ids = [e["id"] for e in order]
        start = ids.index(query.page_id) if query.page_id in ids else 0
        gte = parse_ts(query.gte).isoformat() if query.gte else None
        limit = min(query.limit, self.page_size)
        items: list[JSON] = []
        for event in order[start:]:
            if gte is not None and event["timestamp"] < gte:
                continue
            if len(items) == limit:
                return {"items": items, "next_page_id": event["id"]}
            items.append(event)
        return {"items": items, "next_page_id": None}


@st.composite
def logs(draw: st.DrawFn) -> list[JSON]:
    """A write-order log: timestamps mostly rising, sometimes going back or tied."""
    size = draw(st.integers(0, 60))
    steps = draw(st.lists(st.integers(-3, 6), min_size=size, max_size=size))
    at, log = 100, []
    for index, step in enumerate(steps):
        at = max(0, at + step)
        log.append(message(f"e{index:03d}", ts(at / 8)))
    return log


@settings(max_examples=300, deadline=None)
@given(logs(), st.integers(1, 7), st.none() | st.integers(0, 59))
def test_every_event_comes_back_once_oldest_first(
    log: list[JSON], page_size: int, since_index: int | None
) -> None:
    since = None
    if since_index is not None and since_index < len(log):
        since = log[since_index]["timestamp"]
    wanted = [e["id"] for e in log if since is None or parse_ts(e["timestamp"]) >= parse_ts(since)]
    search = FakeSearch(log, page_size)
    events = asyncio.run(load_all(search, since))
    assert [e.id for e in events] == wanted
    assert search.most_in_flight <= 2
    pages = -(-len(wanted) // page_size)
    # Each walk may be a page or two past the meeting point when it sees it.
    assert search.requests <= max(pages, 1) + 4


def test_a_long_log_is_walked_from_both_ends_at_once() -> None:
    log = [message(f"e{i:04d}", ts(i / 10)) for i in range(1000)]
    search = FakeSearch(log)
    asked: list[tuple[str | None, bool]] = []

    async def recording(query: PageQuery) -> httpx.Response:
        asked.append((query.page_id, query.newest_first))
        return await search(query)

    assert [e.id for e in asyncio.run(load_all(recording))] == [e["id"] for e in log]
    assert search.most_in_flight == 2
    assert asked[:2] == [(None, False), ("e0100", False)] and (None, True) in asked[:3]
    assert len(asked) <= 10 + 2


def test_each_walk_asks_for_its_next_page_before_parsing_the_page_in_hand() -> None:
    search = FakeSearch([message(f"e{i:04d}", ts(i / 10)) for i in range(600)])
    parsed_cursors: set[str] = set()  # the next_page_id of every page parsed so far
    early: list[str] = []
    search.on_request.append(lambda fake: None)
    real = _log_load.json_body

    def parse(response: httpx.Response, what: str) -> Any:
        body = real(response, what)
        parsed_cursors.add(body["next_page_id"])
        return body

    async def recording(query: PageQuery) -> httpx.Response:
        if query.page_id is not None and query.page_id in parsed_cursors:
            early.append(query.page_id)
        return await search(query)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_log_load, "json_body", parse)
        assert len(asyncio.run(load_all(recording))) == 600
    assert early == [], "asked for only after the page pointing to it was parsed"


@pytest.mark.parametrize(
    "body",
    [
        b'{"next_page_id": "e0100", "items": []}',  # not last: decoded, then followed
        b'{"items": [], "next_page_id": "e0\\u0031"}',  # escaped: left to the decoder
    ],
)
def test_a_cursor_not_at_the_tail_is_taken_from_the_decoded_page(body: bytes) -> None:
    assert _log_load.peek_cursor(body) is None


def test_a_tail_that_disagrees_with_the_decoded_page_loses() -> None:
    log = [message(f"e{i:04d}", ts(i / 10)) for i in range(300)]
    search = FakeSearch(log)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_log_load, "peek_cursor", lambda body: "bogus")
        events = asyncio.run(load_all(search))
    assert [e.id for e in events] == [e["id"] for e in log]


def test_a_short_log_takes_one_request() -> None:
    search = FakeSearch([message(f"e{i}", ts(i)) for i in range(100)])
    assert len(asyncio.run(load_all(search))) == 100
    assert search.requests == 1


def test_events_written_before_ready_are_read_after_it() -> None:
    """``ready`` (the socket's subscription) completes while the log is read: whatever was
    written before it is read once it is done."""
    log = [message(f"e{i:04d}", ts(i / 10)) for i in range(500)]
    search = FakeSearch(log)

    async def main() -> list[str]:
        ready: asyncio.Future[None] = asyncio.get_running_loop().create_future()

        def write_then_subscribe(fake: FakeSearch) -> None:
            if fake.requests == 4:  # after the backward walk read the newest events
                fake.log.append(message("late", ts(1000)))
                ready.set_result(None)

        search.on_request.append(write_then_subscribe)
        return [e.id async for page in load_events(search, None, ready) for e in page]

    ids = asyncio.run(main())
    assert ids[-1] == "late" and len(set(ids)) == len(ids) == 501
    assert search.requests <= 5 + 4 + 1  # the pages, past the meeting point, the newest again


def test_a_log_read_after_ready_is_not_read_again() -> None:
    search = FakeSearch([message(f"e{i:04d}", ts(i / 10)) for i in range(50)])

    async def main() -> int:
        ready: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        ready.set_result(None)
        return len([e async for page in load_events(search, None, ready) for e in page])

    assert asyncio.run(main()) == 50 and search.requests == 1


def test_a_failed_page_cancels_nothing_left_running() -> None:
    log = [message(f"e{i:04d}", ts(i / 10)) for i in range(300)]
    search = FakeSearch(log)

    async def failing(query: PageQuery) -> httpx.Response:
        if query.page_id == "e0100":
            raise ConnectionError("cut")
        return await search(query)

    async def main() -> None:
        with pytest.raises(ConnectionError):
            await load_all(failing)
        assert [t for t in asyncio.all_tasks() if t is not asyncio.current_task()] == []

    asyncio.run(main())
