"""Bounded history: how much of the log a conversation is opened with, and paging back.

A conversation opened with ``history="none"`` or the last N events holds the server's log from
:attr:`EventLog.first_seq` on; :func:`load_earlier` reads the events before it over REST
(``/events/search`` newest first from the oldest event held), each numbered one below the
last.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import Any, Literal

import httpx

from ._event_log import EventLog
from ._http import json_body
from ._log_load import PAGE_LIMIT, PageQuery
from .errors import ProtocolError
from .events import Event, decode_event

History = Literal["all", "none"] | int
"""How much of the log a conversation is opened with: ``"all"`` (the whole log), ``"none"``
(only what comes after the open), or an ``int`` N (the last N events, then live)."""


def check_history(history: object) -> History:
    """``history`` if it is a :data:`History`; ValueError/TypeError naming what is wrong."""
    if isinstance(history, bool) or not isinstance(history, (str, int)):
        raise TypeError(f'history must be "all", "none" or an int, not {type(history).__name__}')
    if isinstance(history, str):
        if history not in ("all", "none"):
            raise ValueError(f'history must be "all", "none" or an int, not {history!r}')
        return "all" if history == "all" else "none"
    if history < 0:
        raise ValueError(f"history must be at least 0 events, not {history}")
    return history


Search = Callable[[PageQuery], Awaitable[httpx.Response]]
"""Send one ``/events/search`` query; return the (2xx) response."""
Count = Callable[[], Awaitable[int]]
"""Ask the server how many events the log holds."""


def _as_mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


async def load_earlier(log: EventLog, search: Search, count_events: Count, count: int) -> int:
    """Load up to ``count`` events before :attr:`EventLog.first_seq` over REST, newest
    first from the oldest event held (``TIMESTAMP_DESC`` from its id), each numbered one
    below the last (from the newest page if none is held yet); return how many were
    added. They reach no callback or stream (those see the log as it grows, not its
    past)."""
    loaded = 0
    while loaded < count and log.first_seq > 0:
        anchor = log.at_seq(log.first_seq)
        if anchor is None:  # nothing held yet (a bounded open before its first event)
            added = await _load_newest_before(log, search, count_events, count - loaded)
            if not added:
                break
            loaded += added
            continue
        limit = min(count - loaded, log.first_seq, PAGE_LIMIT - 1) + 1
        query = PageQuery(page_id=anchor.id, newest_first=True, limit=limit)
        answer = _as_mapping(json_body(await search(query), "search events"))
        items = _items(answer)
        if not items or items[0].get("id") != anchor.id:
            raise ProtocolError(
                f"search events: the page from event {anchor.id} does not start with it"
            )
        added = 0
        for item in items[1:]:
            if log.first_seq == 0:
                break
            added += log.add(decode_event(item), log.first_seq - 1, exact=False)
        if not added:
            break  # the server has nothing before it
        loaded += added
    return loaded


async def _numbered_newest(
    search: Search, count_events: Count
) -> tuple[int, list[Mapping[str, Any]], str | None]:
    """The server's newest page of events, newest first, the log's count and the next
    (older) page's id: the first event is at ``seq`` count - 1 (the count is asked before and
    after the page, and equal: nothing was written in between)."""
    for _ in range(3):
        total = await count_events()
        query = PageQuery(newest_first=True)
        answer = _as_mapping(json_body(await search(query), "search events"))
        if await count_events() == total:
            return total, _items(answer), _next_page(answer)
    raise ProtocolError("the log kept growing while its newest page was read; try again")


def _items(answer: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    return [i for i in answer.get("items") or () if isinstance(i, Mapping)]


def _next_page(answer: Mapping[str, Any]) -> str | None:
    following = answer.get("next_page_id")
    return following if isinstance(following, str) and following else None


async def newest_from(
    first_seq: int, search: Search, count_events: Count
) -> list[tuple[int, Event]]:
    """The server's events from ``first_seq`` on, oldest first, with their ``seq``: a bounded
    history's start loaded over REST (the socket replays nothing, or cannot send its first
    event). The newest page is numbered from the server's count; older pages, read back from
    its ``next_page_id``, go on one below the last."""
    total, items, following = await _numbered_newest(search, count_events)
    followed: set[str] = set()
    while total - first_seq > len(items) and following is not None and following not in followed:
        followed.add(following)
        query = PageQuery(page_id=following, newest_first=True)
        answer = _as_mapping(json_body(await search(query), "search events"))
        page = _items(answer)
        if not page or page[0].get("id") != following:
            raise ProtocolError(
                f"search events: the page from event {following} does not start with it"
            )
        items.extend(page)
        following = _next_page(answer)
    numbered = zip(range(total - 1, -1, -1), items, strict=False)
    return [(seq, decode_event(item)) for seq, item in numbered if seq >= first_seq][::-1]


async def _load_newest_before(
    log: EventLog, search: Search, count_events: Count, count: int
) -> int:
    """With no event held to page back from: the server's newest page, numbered from its
    count, and up to ``count`` of its events before :attr:`EventLog.first_seq` added."""
    first = log.first_seq
    total, items, _ = await _numbered_newest(search, count_events)
    if total - first >= len(items):  # the socket is that far behind: let it catch up first
        raise ProtocolError(f"the socket has not delivered seq {first} yet; try again")
    added = 0
    for seq, item in zip(range(total - 1, -1, -1), items, strict=False):
        if seq < first and added < count:
            added += log.add(decode_event(item), seq, exact=False)
    return added
