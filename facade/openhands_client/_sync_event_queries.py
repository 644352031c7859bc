"""SyncEventQueries: the synchronous twin of :class:`EventQueries`, shared by
:class:`Conversation` and :class:`ConversationControl`."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

from ._event_queries import EventQueries
from ._event_query import MAX_PAGE_SIZE
from ._portal import Portal
from .events import Event


class SyncEventQueries:
    """``search_events``, ``count_events`` and ``get_event``, driven synchronously through
    ``_portal`` on the async object ``_async`` (the class using it sets both)."""

    _portal: Portal
    _async: EventQueries

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
        page_size: int = MAX_PAGE_SIZE,
    ) -> Iterator[Event]:
        """The server's persisted events that match, as a lazy iterator over pages."""
        return self._portal.iterate(
            self._async.search_events(
                kind=kind,
                source=source,
                body=body,
                tool=tool,
                since=since,
                until=until,
                newest_first=newest_first,
                page_size=page_size,
            )
        )

    def count_events(
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
        return self._portal.call(
            self._async.count_events(
                kind=kind, source=source, body=body, tool=tool, since=since, until=until
            )
        )

    def get_event(self, event_id: str) -> Event:
        """One persisted event, fetched by id; :class:`NotFoundError` if there is none."""
        return self._portal.call(self._async.get_event(event_id))
