"""Cursor paging shared by every paged search: a cursor seen before ends the walk."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from typing import TypeVar

T = TypeVar("T")

Fetch = Callable[[str | None], Awaitable[tuple[Sequence[T], object]]]
"""``fetch(page_id)`` returns a page's items and the next page's cursor (anything falsy ends)."""


async def walk(fetch: Fetch[T]) -> AsyncIterator[Sequence[T]]:
    """Yield each page's items in turn, from the first page on.

    The walk ends at a page without a next cursor, or at a cursor already followed: a server
    whose cursors form a cycle (or restart, as this one does for an unknown cursor) cannot
    make it page forever. Callers drop the items they already have.
    """
    followed: set[str] = set()
    page_id: str | None = None
    while True:
        items, following = await fetch(page_id)
        yield items
        if not isinstance(following, str) or not following or following in followed:
            return
        followed.add(following)
        page_id = following
