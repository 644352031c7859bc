"""Cursor paging shared by every paged search.

:func:`walk` follows ``next_page_id`` cursors and stops at a cursor already followed, so a
server whose cursors form a cycle (or restart, as this one does for an unknown cursor) cannot
make the client page forever; callers drop the items they already have.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from typing import TypeVar

T = TypeVar("T")

Fetch = Callable[[str | None], Awaitable[tuple[Sequence[T], object]]]
"""``fetch(page_id)`` returns a page's items and the next page's cursor (anything falsy ends)."""


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
