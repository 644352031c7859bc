"""The synchronous twins of the shared event queries (:mod:`._queries`).

:class:`Conversation` and :class:`ConversationControl` both inherit :class:`SyncQueries`, as
their async originals inherit :class:`ConversationQueries`: each twin is written once.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING, TypeVar

from ._queries import ConversationQueries
from ._query_options import EventFilters, EventSearchOptions
from ._sync_commands import SyncCommands
from .events import Event

if sys.version_info >= (3, 11):
    from typing import Unpack
elif TYPE_CHECKING:  # a type checker's only: on 3.10, the annotation stays a string
    from typing_extensions import Unpack

Q = TypeVar("Q", bound=ConversationQueries)


class SyncQueries(SyncCommands[Q]):
    """The commands, plus the queries of :class:`ConversationQueries`, run on the portal's loop."""

    def search_events(self, **options: Unpack[EventSearchOptions]) -> Iterator[Event]:
        """The server's persisted events that match, as a lazy iterator over pages."""
        return self._portal.iterate(self._async.search_events(**options))

    def count_events(self, **filters: Unpack[EventFilters]) -> int:
        """How many persisted events match (the filters of :meth:`search_events`: those of
        :class:`EventFilters`)."""
        return self._portal.call(self._async.count_events(**filters))

    def get_event(self, event_id: str) -> Event:
        """One persisted event, fetched by id; :class:`NotFoundError` if there is none."""
        return self._portal.call(self._async.get_event(event_id))
