"""Loading a conversation's persisted log over REST, from both ends at once.

``/events/search`` returns at most 100 events a page, so a long log is a hundred round trips,
and every request starts at a cursor: the server seeks to it by index, then reads on. Two
walks page towards each other: one forward from the oldest event, one backward from the
newest (``TIMESTAMP_DESC``), and each stops at the first page holding an event the other has
(at most a page is read twice; nothing is scanned and skipped). With one request from each
walk at the server, it always has the next page to make while the client decodes the last
one. Each walk asks for its next page as soon as the page in hand shows its cursor: the
server writes ``next_page_id`` last, so it is read from the end of the body, before the body
is decoded (the decoded cursor wins where they differ).

A log of one page takes one request. Pages are handed over oldest first: forward pages as they
come, then the backward ones, reversed, each event once.
"""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import AsyncGenerator, Awaitable, Callable, Mapping
from dataclasses import dataclass, replace
from typing import Any

import httpx

from . import _paging
from ._http import json_body
from .events import Event, decode_event

PAGE_LIMIT = 100
"""The most events the server returns in one page."""


@dataclass(frozen=True)
class PageQuery:
    """One ``/events/search`` request: a page of the events with ``gte <= timestamp``, from
    the ``page_id`` event on (oldest first, or newest first)."""

    page_id: str | None = None
    gte: str | None = None
    newest_first: bool = False
    limit: int = PAGE_LIMIT


FetchPage = Callable[[PageQuery], Awaitable[httpx.Response]]
"""Send a query; return the (2xx) response, whose body is ``{"items": [...],
"next_page_id": ...}``."""

_TAIL_CURSOR = re.compile(rb'"next_page_id"\s*:\s*"([^"\\]+)"\s*\}\s*$')


def peek_cursor(body: bytes) -> str | None:
    """The next page's cursor read from the end of a page's JSON body, before it is decoded
    (the server writes ``next_page_id`` last); None where it is not found in that form."""
    match = _TAIL_CURSOR.search(body, max(0, len(body) - 512))
    return match.group(1).decode("utf-8", "replace") if match else None


def _items(page: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    items = page.get("items")
    return [item for item in items if isinstance(item, Mapping)] if isinstance(items, list) else []


def _cursor(page: Mapping[str, Any]) -> str | None:
    following = page.get("next_page_id")
    return following if isinstance(following, str) and following else None


@dataclass
class _Request:
    task: asyncio.Task[httpx.Response]
    query: PageQuery
    after_ready: bool  # sent once ``ready`` had completed


@dataclass
class _Page:
    asked: _Request
    ids: list[object]
    events: list[Event]
    more: bool  # the walk goes on after this page


class _Walk:
    """Pages from ``first`` on, one request ahead, until a page holds an id of ``theirs``."""

    def __init__(
        self,
        send: Callable[[PageQuery], _Request],
        first: PageQuery,
        mine: set[object],
        theirs: set[object],
    ) -> None:
        self._send = send
        self._theirs = theirs
        self.ids = mine
        self._followed = {first.page_id}
        self._pending: _Request | None = send(first)

    def _follow(self, query: PageQuery, cursor: str | None) -> _Request | None:
        if cursor is None or cursor in self._followed or cursor in self._theirs:
            return None  # the end, a cycle, or where the other walk has been
        self._followed.add(cursor)
        return self._send(replace(query, page_id=cursor))

    async def next_page(self) -> _Page | None:
        """The next page (None once the walk has ended)."""
        asked = self._pending
        if asked is None:
            return None
        response, self._pending = await asked.task, None
        peeked = peek_cursor(response.content)
        self._pending = self._follow(asked.query, peeked)
        if self._pending is not None:
            await asyncio.sleep(0)  # the request goes out before this page is decoded
        body = json_body(response, "search events")
        page: Mapping[str, Any] = body if isinstance(body, Mapping) else {}
        cursor = _cursor(page)
        if cursor != peeked:  # the tail said otherwise: the decoded cursor wins
            self.cancel()
            self._followed.discard(peeked)
            self._pending = self._follow(asked.query, cursor)
        items = _items(page)
        ids = [item.get("id") for item in items]
        if not self._theirs.isdisjoint(ids) or self.ids.issuperset(ids):
            self.cancel()  # met the other walk, or a page with nothing new: the end
        self.ids.update(ids)
        events = [decode_event(item) for item in items]
        return _Page(asked, ids, events, self._pending is not None)

    def cancel(self) -> list[asyncio.Task[httpx.Response]]:
        """Cancel the request ahead, if any; return it (to be awaited)."""
        pending, self._pending = self._pending, None
        if pending is None:
            return []
        pending.task.cancel()
        # Not needed any more: an error it may have ended with is not worth a warning.
        pending.task.add_done_callback(lambda task: task.cancelled() or task.exception())
        return [pending.task]


async def load_events(
    fetch: FetchPage,
    since: str | None = None,
    ready: asyncio.Future[None] | None = None,
    count: Callable[[], Awaitable[int]] | None = None,
) -> AsyncGenerator[list[Event], None]:
    """Every persisted event from ``since`` (inclusive), decoded, once each, a page at a time,
    oldest first (in the server's write order).

    With ``ready`` (the event socket's subscription), the newest events are taken only from a
    request sent after ``ready`` completed: otherwise the log is read on from its newest
    event once ``ready`` is done, so that an event written before the subscription cannot be
    missed.

    Whatever cursors the server returns, the load ends: a walk stops at a page with nothing
    new, and a load past ``count()`` (the server's count of the whole log) or past
    :data:`._paging.WALK_TIMEOUT` raises :class:`ProtocolError`.
    """
    query = PageQuery(gte=since)
    bound = _paging.Bound("search events", count, PAGE_LIMIT, _paging.WALK_TIMEOUT)
    started = time.monotonic()

    def send(page: PageQuery) -> _Request:
        after_ready = ready is None or ready.done()
        return _Request(asyncio.ensure_future(fetch(page)), page, after_ready)

    forward_ids: set[object] = set()
    backward_ids: set[object] = set()
    forward = _Walk(send, query, forward_ids, backward_ids)
    backward: _Walk | None = None
    walks: dict[asyncio.Task[_Page | None], _Walk] = {}
    newest: _Page | None = None  # the page that read the newest events
    later: list[list[Event]] = []  # the backward walk's pages, handed over last
    handed: set[str] = set()

    def fresh(events: list[Event]) -> list[Event]:
        new = [event for event in events if event.id not in handed]
        handed.update(event.id for event in new)
        return new

    try:
        walks[asyncio.ensure_future(forward.next_page())] = forward
        while walks:
            done, _ = await asyncio.wait(set(walks), return_when=asyncio.FIRST_COMPLETED)
            for task in done:
                walk = walks.pop(task)
                page = task.result()
                if page is None:
                    continue
                bound.check_time(time.monotonic() - started)
                await bound.check_count(len(forward_ids) + len(backward_ids))
                walks[asyncio.ensure_future(walk.next_page())] = walk
                if walk is backward:
                    if not later:  # the backward walk's first page read the newest events
                        newest = page
                    later.append(page.events)
                    continue
                if backward is None:
                    newest = page
                    if page.more:  # more than a page: walk back from the newest event too
                        backward_query = replace(query, newest_first=True)
                        backward = _Walk(send, backward_query, backward_ids, forward_ids)
                        walks[asyncio.ensure_future(backward.next_page())] = backward
                yield fresh(page.events)
        for events in reversed(later):
            yield fresh(events[::-1])
        if newest is not None and not newest.asked.after_ready and ready is not None:
            await ready  # then read on from the newest event read (or read the page again)
            ids = newest.ids[::-1] if newest.asked.query.newest_first else newest.ids
            last = ids[-1] if ids else None
            start = replace(query, page_id=last) if isinstance(last, str) else query
            tail = _Walk(send, start, set(), set())
            while (page := await tail.next_page()) is not None:
                bound.check_time(time.monotonic() - started)
                yield fresh(page.events)
    finally:
        stopping: list[asyncio.Task[Any]] = [*walks, *forward.cancel()]
        stopping += backward.cancel() if backward is not None else []
        for task in walks:
            task.cancel()
        await asyncio.gather(*stopping, return_exceptions=True)
