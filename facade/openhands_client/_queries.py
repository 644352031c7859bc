"""Server-side queries over a conversation's persisted events: search, count, one by id."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime

from . import _event_query
from ._commands import ConversationCommands
from ._compat import KINDS_BY_CLASS_NAME
from .events import Event


class ConversationQueries(ConversationCommands):
    """The commands, plus queries over the events the server keeps (none of them attaches)."""

    def search_events(
        self,
        *,
        kind: str | None = None,
        source: str | None = None,
        body: str | None = None,
        since: datetime | str | None = None,
        until: datetime | str | None = None,
        newest_first: bool = False,
        page_size: int = _event_query.MAX_PAGE_SIZE,
    ) -> AsyncIterator[Event]:
        """The server's persisted events that match, as a lazy iterator over pages.

        ``kind`` is an event kind (``"ActionEvent"``), ``source`` ``agent``, ``user``,
        ``environment`` or ``hook``; ``body`` matches message text (case-insensitive);
        ``since`` (inclusive) and ``until`` (exclusive) are naive server-local times.
        Use as ``async for event in conv.search_events(kind="MessageEvent"):``.
        """
        where = _event_query.EventFilter.of(kind, source, body, since, until)
        size = _event_query.check_page_size(page_size)
        return self._search_events(where, newest_first, size)

    async def _search_events(
        self, where: _event_query.EventFilter, newest_first: bool, page_size: int
    ) -> AsyncIterator[Event]:
        matching = _event_query.search(
            self._conn,
            self._id,
            where,
            newest_first=newest_first,
            page_size=page_size,
            kind_on_server=await self._kinds_by_class_name(),
        )
        async for event in matching:
            yield event

    async def _kinds_by_class_name(self) -> bool:
        return (await self._compat.release()).at_least(KINDS_BY_CLASS_NAME)

    async def count_events(
        self,
        *,
        kind: str | None = None,
        source: str | None = None,
        body: str | None = None,
        since: datetime | str | None = None,
        until: datetime | str | None = None,
    ) -> int:
        """How many persisted events match (the filters of :meth:`search_events`)."""
        where = _event_query.EventFilter.of(kind, source, body, since, until)
        by_name = await self._kinds_by_class_name()
        return await _event_query.count(self._conn, self._id, where, kind_on_server=by_name)

    async def get_event(self, event_id: str) -> Event:
        """One persisted event, fetched by id; :class:`NotFoundError` if there is none."""
        return await _event_query.get(self._conn, self._id, event_id)
