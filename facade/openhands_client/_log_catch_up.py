"""A conversation's log caught up over REST by position, while its socket is down or cannot
send an event; :class:`._feed.ConversationFeed` holds one."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Mapping
from typing import Any
from uuid import UUID

import httpx

from openhands_api.api.events import count_events, search_events
from openhands_api.types import UNSET

from ._connection import Connection
from ._event_log import EventLog
from ._history import load_earlier, newest_from
from ._http import call, call_response, json_body
from ._log_load import PageQuery, load_events
from .events import Event, decode_event

logger = logging.getLogger("openhands_client.conversation")

# Takes one event loaded over REST at the ``seq`` its position gives it.
AddLoaded = Callable[[Event, int], Awaitable[None]]


def _as_mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


class LogCatchUp:
    """Loads the events of ``log`` it lacks over REST, each handed to ``add_loaded``."""

    def __init__(
        self, connection: Connection, conversation_id: UUID, log: EventLog, add_loaded: AddLoaded
    ) -> None:
        self._conn = connection
        self._id = conversation_id
        self._log = log
        self._add_loaded = add_loaded

    async def search(self, query: PageQuery) -> httpx.Response:
        """One page of ``/events/search`` for ``query``."""
        kwargs = search_events.build_request(
            self._id,
            limit=query.limit,
            page_id=query.page_id or UNSET,
            timestamp_gte=query.gte or UNSET,
            sort_order="TIMESTAMP_DESC" if query.newest_first else UNSET,
        )
        return await call_response(self._conn.http, kwargs, "search events")

    async def catch_up(self) -> None:
        """Load the events after the last ``seq`` held over REST (the whole log from both
        ends while seq 0 is not held).

        ``/events/search`` lists the log in ``seq`` order from the ``page_id`` event on, but
        gives no ``seq``: an event's ``seq`` is taken from its position, which is the server's
        index unless the server skipped an unreadable event before it (then every later
        position is lower than its ``seq``). A lower number only makes the socket resume
        earlier (what it repeats is dropped), and the ``seq`` each durable frame carries moves
        the event to its true place (:meth:`EventLog.add`): nothing is lost or misplaced for
        long. A bounded history with nothing held yet takes its events from the newest pages
        back to its start (numbered from the server's count)."""
        seq = self._log.last_seq
        last = self._log.at_seq(seq)
        if seq < 0:
            pages = load_events(self.search, count=self.count_events)
            try:
                async for page in pages:
                    for event in page:
                        seq += 1
                        await self._add_loaded(event, seq)
            finally:
                await pages.aclose()
            return
        if last is None:  # a bounded history's start, none of it held yet
            for at, event in await newest_from(seq + 1, self.search, self.count_events):
                await self._add_loaded(event, at)
            return
        page_id = last.id
        followed: set[str] = set()
        first = True  # the first page starts at the last event held
        while page_id not in followed:
            followed.add(page_id)
            body = json_body(await self.search(PageQuery(page_id=page_id)), "search events")
            answer = _as_mapping(body)
            items = [i for i in answer.get("items") or () if isinstance(i, Mapping)]
            if not items or items[0].get("id") != page_id:
                # Not where the cursor pointed (a log rewritten?): the events' positions are
                # unknown, so the socket's replay is left to fill the log.
                logger.info("catch-up for %s found no page at its cursor", self._id)
                return
            for item in items[1:] if first else items:
                seq += 1
                await self._add_loaded(decode_event(item), seq)
            following = answer.get("next_page_id")
            if not isinstance(following, str) or not following:
                return
            page_id, first = following, False

    async def load_earlier(self, count: int) -> int:
        """Load up to ``count`` events before :attr:`EventLog.first_seq` (see
        :func:`._history.load_earlier`); return how many were added."""
        return await load_earlier(self._log, self.search, self.count_events, count)

    async def count_events(self) -> int:
        """How many events the server has for this conversation."""
        request = count_events.build_request(self._id)
        return await call(self._conn.api, request, count_events.parse_response, int, "count events")
