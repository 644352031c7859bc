"""EventQueries: a conversation's server-side event search, count and get, one implementation
for the attached conversation and the light control handle (no socket, no log needed)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from uuid import UUID

from . import _event_query
from ._compat import KINDS_BY_CLASS_NAME, ServerCompat
from ._connection import Connection
from .events import Event


class EventQueries:
    """``search_events``, ``count_events`` and ``get_event`` on the conversation ``_id``.

    Each is REST only: nothing is attached or loaded. The class using it sets ``_conn``,
    ``_id`` and ``_compat``.
    """

    _conn: Connection
    _id: UUID
    _compat: ServerCompat

    def search_events(
        self,
        *,
        kind: str | None = None,
        source: str | None = None,
        body: str | None = None,
        tool: str | None = None,
        since: datetime | str | None = None,
        until: datetime | str | None = None,
        newest_first: bool = False,
        page_size: int = _event_query.MAX_PAGE_SIZE,
    ) -> AsyncIterator[Event]:
        """The server's persisted events that match, as a lazy iterator over pages.

        ``kind`` is an event kind (``"ActionEvent"``), ``source`` ``agent``, ``user``,
        ``environment`` or ``hook``; ``body`` matches message text (case-insensitive);
        ``tool`` a tool name (its actions, observations and errors; matched by the client,
        the server has no such filter); ``since`` (inclusive) and ``until`` (exclusive) are
        naive server-local times. Each event is typed (its generated class, by ``kind``).
        Use as ``async for event in conv.search_events(kind="MessageEvent"):``.
        """
        where = _event_query.EventFilter.of(kind, source, body, since, until, tool)
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
        tool: str | None = None,
        since: datetime | str | None = None,
        until: datetime | str | None = None,
    ) -> int:
        """How many persisted events match (the filters of :meth:`search_events`)."""
        where = _event_query.EventFilter.of(kind, source, body, since, until, tool)
        by_name = await self._kinds_by_class_name()
        return await _event_query.count(self._conn, self._id, where, kind_on_server=by_name)

    async def get_event(self, event_id: str) -> Event:
        """One persisted event, fetched by id; :class:`NotFoundError` if there is none."""
        return await _event_query.get(self._conn, self._id, event_id)
