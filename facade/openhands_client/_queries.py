"""Server-side queries over a conversation's persisted events: search, count, one by id."""

from __future__ import annotations

import sys
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING

from . import _checks, _event_query
from ._commands import ConversationCommands
from ._compat import KINDS_BY_CLASS_NAME
from ._query_options import EventFilters, EventSearchOptions
from .events import Event

if sys.version_info >= (3, 11):
    from typing import Unpack
elif TYPE_CHECKING:  # a type checker's only: on 3.10, the annotation stays a string
    from typing_extensions import Unpack


class ConversationQueries(ConversationCommands):
    """The commands, plus queries over the events the server keeps (none of them attaches)."""

    def search_events(self, **options: Unpack[EventSearchOptions]) -> AsyncIterator[Event]:
        """The server's persisted events that match, as a lazy iterator over pages.

        ``options`` are those of :class:`EventSearchOptions`: the filters (``kind``,
        ``source``, ``body``, ``tool``, ``since``, ``until``; see :class:`EventFilters`),
        ``newest_first`` and ``page_size``, all checked here before any request. Each event is
        typed (its generated class, by ``kind``).
        Use as ``async for event in conv.search_events(kind="MessageEvent"):``.
        """
        _checks.keywords(options, EventSearchOptions.__optional_keys__, "search_events()")
        where = _event_query.EventFilter.of(options)
        size = _event_query.check_page_size(options.get("page_size", _event_query.MAX_PAGE_SIZE))
        return self._search_events(where, options.get("newest_first", False), size)

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

    async def count_events(self, **filters: Unpack[EventFilters]) -> int:
        """How many persisted events match (the filters of :meth:`search_events`: those of
        :class:`EventFilters`)."""
        _checks.keywords(filters, EventFilters.__optional_keys__, "count_events()")
        where = _event_query.EventFilter.of(filters)
        by_name = await self._kinds_by_class_name()
        return await _event_query.count(self._conn, self._id, where, kind_on_server=by_name)

    async def get_event(self, event_id: str) -> Event:
        """One persisted event, fetched by id; :class:`NotFoundError` if there is none."""
        return await _event_query.get(self._conn, self._id, event_id)
