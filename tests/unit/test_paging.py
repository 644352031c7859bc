"""Loading the log over REST in disjoint time ranges, concurrently: nothing lost, nothing extra.

The fake ``fetch`` pages a write-order log exactly as the agent server does (string
comparison of ISO timestamps, a scan from the ``page_id`` event, ``limit + 1`` matches to
find the next page's first), with timestamps that go backwards and tie, and pages capped
below the limit.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from openhands_client import _paging
from openhands_client._paging import PageQuery, load_events, split
from tests.unit.fakes import JSON, message, parse_ts, ts


class FakeSearch:
    """``/events/search`` over ``log``; counts requests and how many were in flight at once."""

    def __init__(self, log: list[JSON], page_size: int = 100) -> None:
        self.log = log
        self.page_size = page_size
        self.in_flight = self.most_in_flight = self.requests = 0
        self.on_request: list[Any] = []

    async def __call__(self, query: PageQuery) -> dict[str, Any]:
        self.requests += 1
        self.in_flight += 1
        self.most_in_flight = max(self.most_in_flight, self.in_flight)
        for hook in self.on_request:
            hook(self)
        await asyncio.sleep(0)  # let the other ranges send theirs
        self.in_flight -= 1
        order = list(reversed(self.log)) if query.newest_first else list(self.log)
        ids = [e["id"] for e in order]
        start = ids.index(query.page_id) if query.page_id in ids else 0
        gte = parse_ts(query.gte).isoformat() if query.gte else None
        lt = parse_ts(query.lt).isoformat() if query.lt else None
        limit = min(query.limit, self.page_size)
        items: list[JSON] = []
        for event in order[start:]:
            stamp = event["timestamp"]
            if (gte is not None and stamp < gte) or (lt is not None and stamp >= lt):
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
@given(logs(), st.integers(1, 7), st.integers(1, 6), st.none() | st.integers(0, 59))
def test_every_event_comes_back_once_per_id_and_only_the_first_page_can_repeat(
    log: list[JSON], page_size: int, ranges: int, since_index: int | None
) -> None:
    since = None
    if since_index is not None and since_index < len(log):
        since = log[since_index]["timestamp"]
    wanted = [e["id"] for e in log if since is None or parse_ts(e["timestamp"]) >= parse_ts(since)]
    search = FakeSearch(log, page_size)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_paging, "RANGES", ranges)
        events = asyncio.run(load_events(search, since))
    counts = Counter(e.id for e in events)
    assert set(counts) == set(wanted)
    assert sum(counts.values()) - len(counts) <= page_size, "only first-page events repeat"


def test_a_long_log_is_fetched_in_concurrent_ranges() -> None:
    log = [message(f"e{i:05d}", ts(i / 10)) for i in range(1000)]
    search = FakeSearch(log)
    events = asyncio.run(load_events(search))
    assert [e.id for e in events] == [e["id"] for e in log]
    assert search.most_in_flight == _paging.RANGES > 1
    # The first page, the newest event, then each range's pages (and an end each).
    assert search.requests <= 2 + 1000 // 100 + _paging.RANGES


def test_a_short_log_takes_one_request() -> None:
    search = FakeSearch([message(f"e{i}", ts(i)) for i in range(100)])
    assert len(asyncio.run(load_events(search))) == 100
    assert search.requests == 1


def test_events_written_while_loading_are_not_lost_from_the_open_ended_last_range() -> None:
    log = [message(f"e{i:04d}", ts(i / 10)) for i in range(500)]
    search = FakeSearch(log)

    def append_once(fake: FakeSearch) -> None:
        if fake.requests == 3:  # after the ranges were planned
            fake.log.append(message("late", ts(1000)))

    search.on_request.append(append_once)
    ids = {e.id for e in asyncio.run(load_events(search))}
    assert "late" in ids and len(ids) == 501


def test_split_cuts_the_span_into_equal_disjoint_bounds() -> None:
    start, end = parse_ts(ts(0)), parse_ts(ts(8))
    assert split(start, end, 4) == [ts(2), ts(4), ts(6)]
    assert split(end, start, 4) == [] and split(start, start, 4) == []
    assert split(start, end, 1) == []
