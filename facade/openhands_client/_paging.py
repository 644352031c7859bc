"""Cursor paging shared by every paged search.

:func:`walk` follows ``next_page_id`` cursors and yields each item once. Whatever cursors the
server returns, the walk ends: at a cursor already followed (a cycle, or a restart, as this
server does for an unknown cursor), at a page that holds nothing new, past the count the
server reports (with :class:`ProtocolError`: the pages would be endless), or once the server
has been waited on for :data:`WALK_TIMEOUT` seconds in all (:class:`ProtocolError` too).
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Awaitable, Callable, Hashable, Sequence
from typing import TypeVar

from .errors import ProtocolError

T = TypeVar("T")

Fetch = Callable[[str | None], Awaitable[tuple[Sequence[T], object]]]
"""``fetch(page_id)`` returns a page's items and the next page's cursor (anything falsy ends)."""

WALK_TIMEOUT = 300.0
"""The most seconds a walk waits on the server, all its pages together."""

UNCOUNTED = 1000
"""How many items a walk takes before it checks them against the count the server reports."""


class Bound:
    """How many distinct items a walk may take: checked against the server's count (asked
    for only once a walk has taken :data:`UNCOUNTED` items, and again each time it is
    exceeded: the collection may grow meanwhile) and a deadline on the time spent waiting."""

    def __init__(
        self, what: str, total: Callable[[], Awaitable[int]] | None, slack: int, timeout: float
    ) -> None:
        self._what = what
        self._total = total
        self._slack = slack
        self._limit = UNCOUNTED
        self._timeout = timeout

    def check_time(self, waited: float) -> None:
        """:class:`ProtocolError` once the walk has ``waited`` past its timeout."""
        if waited > self._timeout:
            raise ProtocolError(
                f"{self._what}: the server's pages did not end within {self._timeout:g} s"
            )

    async def check_count(self, taken: int) -> None:
        """:class:`ProtocolError` if ``taken`` items are more than the server counts."""
        if taken <= self._limit or self._total is None:
            return
        counted = await self._total()
        self._limit = counted + self._slack
        if taken > self._limit:
            raise ProtocolError(
                f"{self._what}: the server's pages hold more than the {counted} it counts"
            )


async def walk(
    what: str,
    fetch: Fetch[T],
    key: Callable[[T], Hashable | None],
    *,
    first: str | None = None,
    total: Callable[[], Awaitable[int]] | None = None,
    slack: int = 100,
) -> AsyncIterator[list[T]]:
    """Yield each page's new items in turn (by ``key``; an item whose key is None is always
    new, but never counts as progress), from the page ``first`` (default: the first page).

    The walk ends at a page without a next cursor, at a cursor already followed, or at a page
    without a new item. ``total()`` (the count the server reports, if it has one) bounds the
    items, with ``slack`` for those added while the walk goes on; a walk past it, or past
    :data:`WALK_TIMEOUT`, raises :class:`ProtocolError` (``what`` names the search).
    """
    bound = Bound(what, total, slack, WALK_TIMEOUT)
    followed: set[str] = set() if first is None else {first}
    seen: set[Hashable] = set()
    page_id = first
    waited = 0.0
    while True:
        started = time.monotonic()
        items, following = await fetch(page_id)
        waited += time.monotonic() - started
        bound.check_time(waited)
        new: list[T] = []
        progress = False
        for item in items:
            item_key = key(item)
            if item_key is None:
                new.append(item)
            elif item_key not in seen:
                seen.add(item_key)
                new.append(item)
                progress = True
        await bound.check_count(len(seen))
        yield new
        if not progress or not isinstance(following, str) or not following:
            return
        if following in followed:
            return
        followed.add(following)
        page_id = following
