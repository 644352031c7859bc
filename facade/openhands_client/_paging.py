"""Cursor paging shared by every paged search, and the pipelined load of a conversation's log.

:func:`walk` follows ``next_page_id`` cursors and stops at a cursor already followed, so a
server whose cursors form a cycle (or restart, as this one does for an unknown cursor) cannot
make the client page forever; callers drop the items they already have.

:func:`load_events` loads a conversation's persisted events. ``/events/search`` returns at most
100 events a page, so a long log is a hundred round trips, and the agent server makes its pages
one at a time (a page costs it a few milliseconds of CPU, the same whoever asks). So the load
keeps exactly one request at the server: the next page is asked for as soon as a page's cursor
is known, before that page is decoded, so that the server makes page k+1 while the client
decodes page k and adds it to the log. (Concurrent requests, by time range or from both ends,
were measured: they make the server scan or serialize more, not faster.)
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, TypeVar

from .events import Event, decode_event

T = TypeVar("T")

Fetch = Callable[[str | None], Awaitable[tuple[Sequence[T], object]]]
"""``fetch(page_id)`` returns a page's items and the next page's cursor (anything falsy ends)."""

PAGE_LIMIT = 100
"""The most events the server returns in one page."""


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
    """One ``/events/search`` request: a page of the events with ``gte <= timestamp``."""

    page_id: str | None = None
    gte: str | None = None
    limit: int = PAGE_LIMIT


FetchPage = Callable[[PageQuery], Awaitable[Mapping[str, Any]]]
"""Send a query; return the page (``{"items": [...], "next_page_id": ...}``)."""


def _items(page: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    items = page.get("items")
    return [item for item in items if isinstance(item, Mapping)] if isinstance(items, list) else []


def _cursor(page: Mapping[str, Any]) -> str | None:
    following = page.get("next_page_id")
    return following if isinstance(following, str) and following else None


async def load_events(
    fetch: FetchPage, since: str | None = None
) -> AsyncGenerator[list[Event], None]:
    """Every persisted event from ``since`` (inclusive), decoded, a page at a time in the
    server's order. While the caller handles a page, the next one is being fetched.

    Stops at a page without a cursor, or at a cursor already followed (see :func:`walk`).
    """
    query = PageQuery(gte=since)
    followed: set[str | None] = {None}
    pending: asyncio.Task[Mapping[str, Any]] | None = asyncio.ensure_future(fetch(query))
    try:
        while pending is not None:
            page, pending = await pending, None
            following = _cursor(page)
            if following is not None and following not in followed:
                followed.add(following)
                pending = asyncio.ensure_future(fetch(replace(query, page_id=following)))
                await asyncio.sleep(0)  # the request goes out before this page is decoded
            yield [decode_event(item) for item in _items(page)]
    finally:
        if pending is not None:
            pending.cancel()
