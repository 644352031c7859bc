"""Cursor paging shared by every paged search, and the concurrent load of a conversation's log.

:func:`walk` follows ``next_page_id`` cursors and stops at a cursor already followed, so a
server whose cursors form a cycle (or restart, as this one does for an unknown cursor) cannot
make the client page forever; callers drop the items they already have.

:func:`load_events` loads a conversation's persisted events. ``/events/search`` returns at most
100 events a page, so a long log is a hundred round trips one after another. It also filters
by ``timestamp__gte`` and ``timestamp__lt``: after the first page, the newest event's timestamp
bounds what is left, which is cut into :data:`RANGES` disjoint ranges, each walked on its own
and all concurrently. The first range continues the first page's cursor; the last is
open-ended, so an event written meanwhile is not missed. Every event falls into exactly one
range (an event of the first page may fall into another range too, if the server's timestamps
go backwards: it comes back with the same id, and the log keeps one). Pages are decoded as
they arrive, while the server prepares the next ones.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, TypeVar

from .events import Event, decode_event

T = TypeVar("T")

Fetch = Callable[[str | None], Awaitable[tuple[Sequence[T], object]]]
"""``fetch(page_id)`` returns a page's items and the next page's cursor (anything falsy ends)."""

PAGE_LIMIT = 100
"""The most events the server returns in one page."""
RANGES = 4
"""How many time ranges a long log is cut into (and fetched concurrently)."""


async def walk(fetch: Fetch[T], first: str | None = None) -> AsyncIterator[Sequence[T]]:
    """Yield each page's items in turn, from the page ``first`` (default: the first page).

    The walk ends at a page without a next cursor, or at a cursor already followed.
    """
    followed: set[str] = set() if first is None else {first}
    page_id = first
    while True:
        items, following = await fetch(page_id)
        yield items
        if not isinstance(following, str) or not following or following in followed:
            return
        followed.add(following)
        page_id = following


@dataclass(frozen=True)
class PageQuery:
    """One ``/events/search`` request: a page of the events with ``gte <= timestamp < lt``."""

    page_id: str | None = None
    gte: str | None = None
    lt: str | None = None
    newest_first: bool = False
    limit: int = PAGE_LIMIT


FetchPage = Callable[[PageQuery], Awaitable[Mapping[str, Any]]]
"""Send a query; return the page (``{"items": [...], "next_page_id": ...}``)."""


def _items(page: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    items = page.get("items")
    return [item for item in items if isinstance(item, Mapping)] if isinstance(items, list) else []


def _timestamp(item: Mapping[str, Any] | None) -> datetime | None:
    value = item.get("timestamp") if item is not None else None
    try:
        stamp = datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None
    return stamp if stamp is not None and stamp.tzinfo is None else None


def split(start: datetime, end: datetime, ranges: int) -> list[str]:
    """The ``ranges - 1`` bounds cutting ``(start, end]`` into equal spans (none if empty)."""
    if end <= start or ranges < 2:
        return []
    step = (end - start) / ranges
    bounds = [start + step * i for i in range(1, ranges)]
    return [b.isoformat(timespec="microseconds") for b in bounds if start < b <= end]


async def _drain(fetch: FetchPage, query: PageQuery) -> list[Event]:
    """Every event ``query`` selects, page after page (from its ``page_id``, if any)."""

    async def page(page_id: str | None) -> tuple[Sequence[Mapping[str, Any]], object]:
        answer = await fetch(replace(query, page_id=page_id))
        return _items(answer), answer.get("next_page_id")

    events: list[Event] = []
    async for items in walk(page, query.page_id):
        events += [decode_event(item) for item in items]
    return events


async def load_events(fetch: FetchPage, since: str | None = None) -> list[Event]:
    """Every persisted event from ``since`` (inclusive), decoded, in range order."""
    first_query = PageQuery(gte=since)
    first = await fetch(first_query)
    items = _items(first)
    events = [decode_event(item) for item in items]
    cursor = first.get("next_page_id")
    if not isinstance(cursor, str) or not cursor:
        return events
    newest = _items(await fetch(PageQuery(gte=since, newest_first=True, limit=1)))
    start, end = _timestamp(items[-1] if items else None), _timestamp(newest[0] if newest else None)
    bounds = split(start, end, RANGES) if start is not None and end is not None else []
    lows: list[str | None] = [since, *bounds]
    highs: list[str | None] = [*bounds, None]
    queries = [PageQuery(gte=low, lt=high) for low, high in zip(lows, highs, strict=True)]
    queries[0] = replace(queries[0], page_id=cursor)
    for part in await asyncio.gather(*(_drain(fetch, query) for query in queries)):
        events += part
    return events
