"""Loading the log over REST, page after page with the next request sent before a page is
decoded: nothing lost, nothing extra, one request at the server at a time.

The fake ``fetch`` pages a write-order log exactly as the agent server does (string
comparison of ISO timestamps, a scan from the ``page_id`` event, ``limit + 1`` matches to
find the next page's first), with timestamps that go backwards and tie, and pages capped
below the limit.
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from openhands_client import _paging
from openhands_client._paging import PageQuery, load_events
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
        ids = [e["id"] for e in self.log]
        start = ids.index(query.page_id) if query.page_id in ids else 0
        gte = parse_ts(query.gte).isoformat() if query.gte else None
        limit = min(query.limit, self.page_size)
        items: list[JSON] = []
        for event in self.log[start:]:
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


@settings(max_examples=200, deadline=None)
@given(logs(), st.integers(1, 7), st.none() | st.integers(0, 59))
def test_every_event_comes_back_once_in_the_servers_order(
    log: list[JSON], page_size: int, since_index: int | None
) -> None:
    since = None
    if since_index is not None and since_index < len(log):
        since = log[since_index]["timestamp"]
    wanted = [e["id"] for e in log if since is None or parse_ts(e["timestamp"]) >= parse_ts(since)]
    search = FakeSearch(log, page_size)
    events = asyncio.run(load_all(search, since))
    assert [e.id for e in events] == wanted
    assert search.most_in_flight == 1


def calls_at_each_request(step: str, pages: int) -> list[int]:
    """Load a log of ``pages`` pages, counting calls to ``_paging.<step>``: how many had been
    made when each request went out."""
    search = FakeSearch([message(f"e{i:04d}", ts(i / 10)) for i in range(pages * 100)])
    calls: list[int] = []
    at_request: list[int] = []
    search.on_request.append(lambda fake: at_request.append(len(calls)))
    real = getattr(_paging, step)

    def counted(*args: Any) -> Any:
        calls.append(1)
        return real(*args)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_paging, step, counted)
        assert len(asyncio.run(load_all(search))) == pages * 100
    assert search.requests == pages
    return at_request


def test_the_next_page_is_asked_for_before_the_page_in_hand_is_decoded() -> None:
    # Page k+1 is requested while page k is still undecoded: 0, 0, 100, 200, 300 decoded.
    assert calls_at_each_request("decode_event", 5) == [0, 0, 100, 200, 300]


def test_the_next_page_is_asked_for_before_the_page_in_hand_is_parsed() -> None:
    # The cursor comes from each body's tail: page k is not parsed when k+1 is asked for.
    assert calls_at_each_request("json_body", 3) == [0, 0, 1]


@pytest.mark.parametrize(
    "body",
    [
        b'{"next_page_id": "e0100", "items": []}',  # not last: decoded, then followed
        b'{"items": [], "next_page_id": "e0\\u0031"}',  # escaped: left to the decoder
    ],
)
def test_a_cursor_not_at_the_tail_is_taken_from_the_decoded_page(body: bytes) -> None:
    assert _paging.peek_cursor(body) is None


def test_a_tail_that_disagrees_with_the_decoded_page_loses() -> None:
    log = [message(f"e{i:04d}", ts(i / 10)) for i in range(300)]
    search = FakeSearch(log)
    asked: list[str | None] = []

    async def recording(query: PageQuery) -> httpx.Response:
        asked.append(query.page_id)
        return await search(query)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_paging, "peek_cursor", lambda body: "bogus")
        events = asyncio.run(load_all(recording))
    assert [e.id for e in events] == [e["id"] for e in log]
    assert [a for a in asked if a != "bogus"] == [None, "e0100", "e0200"]


def test_a_short_log_takes_one_request() -> None:
    search = FakeSearch([message(f"e{i}", ts(i)) for i in range(100)])
    assert len(asyncio.run(load_all(search))) == 100
    assert search.requests == 1


def test_events_written_while_loading_are_loaded_too() -> None:
    log = [message(f"e{i:04d}", ts(i / 10)) for i in range(500)]
    search = FakeSearch(log)

    def append_once(fake: FakeSearch) -> None:
        if fake.requests == 3:
            fake.log.append(message("late", ts(1000)))

    search.on_request.append(append_once)
    ids = [e.id for e in asyncio.run(load_all(search))]
    assert ids[-1] == "late" and len(set(ids)) == len(ids) == 501


def test_a_failed_page_cancels_nothing_left_running() -> None:
    log = [message(f"e{i:04d}", ts(i / 10)) for i in range(300)]
    search = FakeSearch(log)

    async def failing(query: PageQuery) -> httpx.Response:
        if query.page_id == "e0200":
            raise ConnectionError("cut")
        return await search(query)

    async def main() -> None:
        with pytest.raises(ConnectionError):
            await load_all(failing)
        assert [t for t in asyncio.all_tasks() if t is not asyncio.current_task()] == []

    asyncio.run(main())
