"""The live side of a conversation: its socket, its log and state, and who hears of each event.

A :class:`ConversationFeed` opens the socket while the log loads over REST, ingests every frame
and page into the log and the state, hands each event to the callbacks and the streams, and
keeps the log exact after reconnects (:mod:`._reconcile`) and while the socket is quiet
(:mod:`._quiet_check`). :class:`AsyncConversation` holds one.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any
from uuid import UUID

import httpx

from openhands_api import models as _models
from openhands_api.api.conversations import get_conversation
from openhands_api.api.events import count_events, search_events
from openhands_api.types import UNSET

from ._callbacks import Callback, CallbackRunner
from ._connection import Connection
from ._event_log import EventLog
from ._http import call, call_raw, call_response
from ._log_load import PageQuery, load_events
from ._quiet_check import QuietCheck
from ._reconcile import Reconciler
from ._run_tracker import RunTracker
from ._socket import EventSocket, Resume
from ._state import ConversationState, ExecutionStatus
from ._stream_buffer import StreamBuffer
from ._terminal_text import printable
from .errors import AgentServerError, NotFoundError
from .events import Event, decode_event, is_persisted, sent_kind

logger = logging.getLogger("openhands_client.conversation")


def _as_mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


class ConversationFeed:
    """Keeps one conversation's log and state live: socket frames, REST pages, reconciliation.

    ``callback_backlog`` bounds the stream-only events waiting for the callbacks;
    ``quiet_seconds`` is how long the socket may stay quiet, while someone waits, before REST
    is asked whether the conversation still exists.
    """

    def __init__(
        self,
        connection: Connection,
        conversation_id: UUID,
        info: Mapping[str, Any],
        callbacks: Sequence[Callback],
        *,
        callback_backlog: int,
        quiet_seconds: float,
    ) -> None:
        self._conn = connection
        self._id = conversation_id
        self.callbacks = CallbackRunner(callbacks, callback_backlog)
        self.log = EventLog()
        self.state = ConversationState(conversation_id, info)
        self.tracker = RunTracker()
        #: The newest ConversationErrorEvent (the server's fatal one) since :meth:`begin_run`.
        self.run_error: Event | None = None
        self.buffers: set[StreamBuffer] = set()
        self._synced = False
        self._gate: asyncio.Future[None] | None = None
        self.quiet = QuietCheck(self._check_quiet, quiet_seconds)
        self.reconciler = Reconciler(
            lambda: len(self.log),
            self.count_events,
            self.catch_up,
            lambda: self.sync_events(None, live=False),
        )
        self.socket = EventSocket(
            connection.base_url,
            conversation_id,
            connection.api_key,
            self.on_frame,
            self._resume_point,
            max_size=connection.max_message_size,
            ssl_context=connection.ssl_context,
        )

    # -- opening -------------------------------------------------------------------------

    def adopt(self, info: Mapping[str, Any]) -> None:
        """Take a REST ``ConversationInfo`` body under what the socket has already said."""
        self.state.underlay(info)

    async def open(self, subscribe_timeout: float = 10.0) -> None:
        """Load the log while the socket subscribes; the log's end is read only once the socket
        is subscribed (or given up on), so that no event falls in between."""
        gate = self._gate = asyncio.ensure_future(self._subscription(subscribe_timeout))
        loading = asyncio.ensure_future(self.sync_events(None, live=False, ready=gate))
        try:
            await asyncio.sleep(0)  # the log's first request goes out before the socket connects
            self.socket.start()
            await loading
            await gate
        except BaseException:
            # Both are over (and their errors retrieved) before this returns, however it failed.
            loading.cancel()
            gate.cancel()
            await asyncio.gather(loading, gate, return_exceptions=True)
            await self.socket.close()
            raise
        # The callbacks get the log as loaded (what the socket added meanwhile included) in
        # log order, then each event as it comes: every persisted event once.
        self.callbacks.submit_all(self.log)
        self._synced = True
        self.reconciler.enable()

    async def _subscription(self, timeout: float) -> None:
        """Wait for the socket's subscription (at most ``timeout``); raise its final error."""
        try:
            await asyncio.wait_for(self.socket.wait_subscribed(), timeout)
        except asyncio.TimeoutError:
            logger.info("event socket not up yet for %s; loading the log over REST", self._id)
        if self.socket.final_error is not None:
            raise self.socket.final_error

    def _resume_point(self) -> Resume:
        if not self._synced:
            # A reconnect while the log is still loading must replay all: REST may have
            # read its page before the events the dropped socket never delivered.
            return "all" if self.socket.connections else None
        return self.log.resume_after() or "all"

    # -- incoming events -----------------------------------------------------------------

    async def on_frame(self, data: dict[str, Any], first: bool) -> None:
        """Take one socket frame (``first``: the first since this connection subscribed)."""
        self.quiet.reset()
        if first and self._gate is not None and self._gate.done():
            # Subscribed after the load's end was read (a reconnect, or a subscription later
            # than the load waited for): check the log against the server's (see _reconcile).
            self.reconciler.request()
        await self._ingest(decode_event(data), live=True, connect_push=first)

    async def _ingest(self, event: Event, *, live: bool, connect_push: bool = False) -> None:
        if is_persisted(event) and not self.log.add(event):
            return
        kind = sent_kind(event)
        if kind == "ConversationStateUpdateEvent":
            # Only a live snapshot (not the one pushed on connect) says the run was flushed.
            self._apply_state_update(event, live_snapshot=live and not connect_push)
        elif kind == "ConversationErrorEvent":
            self.run_error = event
        if self._synced or not is_persisted(event):
            self._dispatch(event)

    def _apply_state_update(self, event: Event, *, live_snapshot: bool) -> None:
        raw = event.to_dict()
        key, value = raw.get("key"), raw.get("value")
        if not isinstance(key, str):
            return
        self.state.update(key, value)
        flushed = False
        if key == "full_state":
            value, flushed = _as_mapping(value).get("execution_status"), live_snapshot
        elif key != "execution_status":
            return
        if value is not None:
            self.tracker.observe(ExecutionStatus.parse(value), flushed=flushed)

    def _dispatch(self, event: Event) -> None:
        self.callbacks.submit(event)
        for buffer in list(self.buffers):
            if not buffer.put(event):
                self.buffers.discard(buffer)

    async def sync_events(
        self, since: datetime | None, *, live: bool, ready: asyncio.Future[None] | None = None
    ) -> int:
        """Load ``/events/search`` from ``since`` (inclusive); return how many were new."""
        before = len(self.log)
        gte = since.isoformat() if since else None
        pages = load_events(self._search, gte, ready, self.count_events)
        try:
            async for page in pages:
                if ready is not None and self.socket.final_error is not None:
                    raise self.socket.final_error  # refused for good: stop loading
                for event in page:
                    await self._ingest(event, live=live)
        finally:
            await pages.aclose()
        return len(self.log) - before

    async def _search(self, query: PageQuery) -> httpx.Response:
        kwargs = search_events.build_request(
            self._id,
            limit=query.limit,
            page_id=query.page_id or UNSET,
            timestamp_gte=query.gte or UNSET,
            sort_order="TIMESTAMP_DESC" if query.newest_first else UNSET,
        )
        return await call_response(self._conn.http, kwargs, "search events")

    async def catch_up(self) -> None:
        """Load the events from the log's resume point on."""
        await self.sync_events(self.log.resume_after(), live=False)

    async def count_events(self) -> int:
        """How many events the server has for this conversation."""
        request = count_events.build_request(self._id)
        return await call(self._conn.api, request, count_events.parse_response, int, "count events")

    async def refresh(self) -> None:
        """Replace the state with the server's answer over REST."""
        info = await call(
            self._conn.api,
            get_conversation.build_request(self._id),
            get_conversation.parse_response,
            _models.ConversationInfo,
            "get conversation",
        )
        self.state.replace(info.to_dict())

    async def _check_quiet(self) -> None:
        """The socket has been quiet: does the conversation still exist, under what title?"""
        request = get_conversation.build_request(conversation_id=self._id)
        try:
            info = await call_raw(self._conn.http, request, "get conversation")
        except NotFoundError:
            gone = NotFoundError(
                f"conversation {self._id} no longer exists on the server (deleted elsewhere?)",
                status_code=404,
            )
            await self.socket.end(gone)
            self.tracker.notify()
        except AgentServerError as exc:
            logger.info("could not check conversation %s (%s)", self._id, printable(str(exc)))
        else:
            if isinstance(info, Mapping):
                self.state.adopt(info)

    async def close(self) -> None:
        """Stop the socket, the checks and the callbacks; end every stream."""
        await self.socket.close()
        await self.quiet.close()
        await self.reconciler.close()
        await self.callbacks.close()
        for buffer in self.buffers:
            buffer.close()
