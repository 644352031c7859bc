"""Cursor paging shared by every paged search, and the pipelined load of a conversation's log.

:func:`walk` follows ``next_page_id`` cursors and stops at a cursor already followed, so a
server whose cursors form a cycle (or restart, as this one does for an unknown cursor) cannot
make the client page forever; callers drop the items they already have.

:func:`load_events` loads a conversation's persisted events. ``/events/search`` returns at most
100 events a page, so a long log is a hundred round trips, and the agent server makes its pages
one at a time (a page costs it a few milliseconds of CPU, the same whoever asks). So the load
keeps exactly one request at the server: the next page is asked for as soon as a page's cursor
is known (read from the end of the body, where the server writes it, before the body is
decoded), so that the server makes page k+1 while the client decodes page k and adds it to
the log. (Concurrent requests, by time range or from both ends,
were measured: they make the server scan or serialize more, not faster.)
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, TypeVar

import httpx

from ._http import json_body
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


FetchPage = Callable[[PageQuery], Awaitable[httpx.Response]]
"""Send a query; return the (2xx) response, whose body is ``{"items": [...],
"next_page_id": ...}``."""

_TAIL_CURSOR = re.compile(rb'"next_page_id"\s*:\s*"([^"\\]+)"\s*\}\s*$')


def _items(page: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    items = page.get("items")
    return [item for item in items if isinstance(item, Mapping)] if isinstance(items, list) else []


def _cursor(page: Mapping[str, Any]) -> str | None:
    following = page.get("next_page_id")
    return following if isinstance(following, str) and following else None


def peek_cursor(body: bytes) -> str | None:
    """The next page's cursor read from the end of a page's JSON body, before it is decoded
    (the server writes ``next_page_id`` last); None where it is not found in that form."""
    match = _TAIL_CURSOR.search(body, max(0, len(body) - 512))
    return match.group(1).decode("utf-8", "replace") if match else None


@dataclass
class _Request:
    task: asyncio.Task[httpx.Response]
    query: PageQuery
    after_ready: bool  # sent once ``ready`` had completed


async def load_events(
    fetch: FetchPage, since: str | None = None, ready: asyncio.Future[None] | None = None
) -> AsyncGenerator[list[Event], None]:
    """Every persisted event from ``since`` (inclusive), decoded, a page at a time in the
    server's order. While the caller handles a page, the next one is being fetched.

    Stops at a page without a cursor, or at a cursor already followed (see :func:`walk`).
    With ``ready`` (the event socket's subscription), the end of the log is taken only from a
    page asked for after ``ready`` completed: after a last page asked for earlier, the log is
    read on from its last event, so that an event written before the subscription cannot be
    missed.
    """
    query = PageQuery(gte=since)
    followed: set[str | None] = {None}

    def send(page: PageQuery) -> _Request:
        after_ready = ready is None or ready.done()
        return _Request(asyncio.ensure_future(fetch(page)), page, after_ready)

    def follow(cursor: str | None) -> _Request | None:
        if cursor in followed:
            return None
        followed.add(cursor)
        return send(replace(query, page_id=cursor))

    pending: _Request | None = send(query)
    try:
        while pending is not None:
            asked = pending
            response, pending = await asked.task, None
            peeked = peek_cursor(response.content)
            pending = follow(peeked)
            if pending is not None:
                await asyncio.sleep(0)  # the request goes out before this page is decoded
            body = json_body(response, "search events")
            page: Mapping[str, Any] = body if isinstance(body, Mapping) else {}
            cursor = _cursor(page)
            if cursor != peeked:  # the tail said otherwise: the decoded cursor wins
                if pending is not None:
                    pending.task.cancel()
                    followed.discard(peeked)
                pending = follow(cursor)
            items = _items(page)
            yield [decode_event(item) for item in items]
            if pending is None and not asked.after_ready and ready is not None:
                await ready  # then read on from the last event read (or the page again)
                last = items[-1].get("id") if items else None
                again = replace(query, page_id=last) if isinstance(last, str) else asked.query
                pending = send(again)
    finally:
        if pending is not None:
            pending.task.cancel()
