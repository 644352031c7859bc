"""The synchronous twins of the shared event queries (:mod:`._queries`).

:class:`Conversation` and :class:`ConversationControl` both inherit :class:`SyncQueries`, as
their async originals inherit :class:`ConversationQueries`: each twin is written once.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import TypeVar

from ._event_query import MAX_PAGE_SIZE
from ._queries import ConversationQueries
from ._sync_commands import SyncCommands
from .events import Event

Q = TypeVar("Q", bound=ConversationQueries)


class SyncQueries(SyncCommands[Q]):
    """The commands, plus the queries of :class:`ConversationQueries`, run on the portal's loop."""

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
