"""The live side of a conversation: its socket, its log and state, and who hears of each event.

A :class:`ConversationFeed` opens the session socket with ``after_seq=-1``: the server replays
the whole log (``durable`` frames, each with its ``seq``) up to the ``through_seq`` its ``sync``
frame announced, then goes live. A bounded history (:mod:`._history`) starts later: live only
(no ``after_seq``: the ``sync`` frame says where the log starts), or the last N events
(``after_seq`` from the server's count); :meth:`ConversationFeed.load_earlier` pages back.
Every reconnect resumes after the last ``seq`` held, so nothing is lost or repeated, whatever
the server's clock does. ``transient`` frames (state snapshots) update the state and reach the
callbacks but never the log; token-stream frames (``item_started``, ``delta``,
``item_aborted``) go to :class:`._token_tracker.TokenTracker`, whose updates reach the token
callbacks and ``stream_tokens()`` consumers. While the socket is quiet, :mod:`._quiet_check`
asks REST; while it is down, the log is caught up over REST by position
(:meth:`ConversationFeed.catch_up`, by :class:`._log_catch_up.LogCatchUp`). Where each
connection is in the server's greeting is :class:`._greeting.Greeting`'s.
:class:`AsyncConversation` holds one.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping, Sequence
from typing import Any
from uuid import UUID

from openhands_api import models as _models
from openhands_api.api.conversations import get_conversation

from ._callbacks import Callback, CallbackRunner
from ._connection import Connection
from ._connection_state import ConnectionState, ConnectionStateCallback, SocketStatus
from ._event_log import EventLog
from ._greeting import Greeting
from ._history import History
from ._http import call, call_raw
from ._log_catch_up import LogCatchUp
from ._quiet_check import QuietCheck
from ._run_tracker import RunTracker
from ._socket import EventSocket
from ._state import ConversationState, ExecutionStatus
from ._stream_buffer import StreamBuffer
from ._terminal_text import printable
from ._token_stream import TokenUpdate
from ._token_tracker import STREAM_FRAMES, TokenTracker
from .errors import AgentServerError, NotFoundError
from .events import Event, decode_event, sent_kind

logger = logging.getLogger("openhands_client.conversation")


# The persisted kinds :meth:`ConversationFeed._ingest` reads before the callbacks hear of them.
_INGESTED_KINDS = frozenset({"ConversationStateUpdateEvent", "ConversationErrorEvent"})

_RUN_OVER = "the run ended without retiring it (its abort was lost with a connection?)"
_CLOSED = "the conversation was closed mid-stream"


def _as_mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


class ConversationFeed:
    """Keeps one conversation's log and state live: session socket frames, REST when it is down.

    ``callback_backlog`` bounds the stream-only events waiting for the callbacks;
    ``history`` (checked by :func:`._history.check_history`) how much of the log :meth:`open` loads;
    ``quiet_seconds`` is how long the socket may stay quiet, while someone waits, before REST
    is asked whether the conversation still exists.
    """

    REPLAY_WAIT = 10.0
    """Seconds :meth:`open` waits for the socket's replay before loading over REST."""

    CLOSE_GRACE = 1.0
    """Seconds :meth:`close` waits for the token callbacks to learn of the items it abandons
    (only when one was open)."""

    LOAD_OVER_REST = False
    """Whether :meth:`open` loads the log over REST (both ends at once) before the socket
    connects, resuming after it: the bench's REST row, against the default socket replay."""

    def __init__(
        self,
        connection: Connection,
        conversation_id: UUID,
        info: Mapping[str, Any],
        callbacks: Sequence[Callback],
        *,
        callback_backlog: int,
        quiet_seconds: float,
        history: History = "all",
    ) -> None:
        self._conn = connection
        self._history = history
        self._id = conversation_id
        self.callbacks = CallbackRunner(callbacks, callback_backlog)
        self.log = EventLog()
        self.state = ConversationState(conversation_id, info)
        self.rest = LogCatchUp(connection, conversation_id, self.log, self._add_loaded)
        self.tracker = RunTracker()
        #: The newest ConversationErrorEvent (the server's fatal one) since :meth:`begin_run`.
        self.run_error: Event | None = None
        self.buffers: set[StreamBuffer[Event]] = set()
        self.tokens = TokenTracker()
        self.token_buffers: set[StreamBuffer[TokenUpdate]] = set()
        self._synced = False
        self.greeting = Greeting(self.log)
        #: Called with each new connection state of the socket.
        self.state_listeners: list[ConnectionStateCallback] = []
        self.quiet = QuietCheck(self._check_quiet, quiet_seconds)
        self.socket = EventSocket(
            connection.base_url,
            conversation_id,
            connection.api_key,
            self.on_frame,
            self.greeting.resume_from,
            max_size=connection.max_message_size,
            ssl_context=connection.ssl_context,
            headers=connection.headers,
            on_state=self._on_state,
            skip_oversized=self._load_oversized,
        )

    # -- opening -------------------------------------------------------------------------

    def adopt(self, info: Mapping[str, Any]) -> None:
        """Take a REST ``ConversationInfo`` body under what the socket has already said."""
        self.state.underlay(info)

    async def open(self) -> None:
        """Load the log through the socket's replay (``after_seq=-1``; a reconnect mid-replay
        resumes after the last ``seq`` held). If the replay is not over within
        :attr:`REPLAY_WAIT` seconds, the rest is loaded over REST (the socket resumes after
        it once up). Raises the socket's final error (refused, not found) if it comes first.

        A bounded ``history`` loads less: ``"none"`` connects live only, an int N asks the
        server's count first and replays after ``count - 1 - N``."""
        history = self._history
        if history == "none":
            self.greeting.live_only = True
        elif isinstance(history, int):
            self.log.start_at(max(0, await self.rest.count_events() - history))
        if self.LOAD_OVER_REST:
            await self.catch_up()
        replayed, ended = self.greeting.arm()
        self.socket.start()
        try:
            await asyncio.wait(
                {replayed, ended}, timeout=self.REPLAY_WAIT, return_when=asyncio.FIRST_COMPLETED
            )
            if self.socket.final_error is not None:
                raise self.socket.final_error
            if not replayed.done():
                logger.info("no socket replay for %s yet; loading the log over REST", self._id)
                await self.greeting.start_without_sync(self.rest.count_events)
                await self.catch_up()
        except BaseException:
            await self.socket.close()
            raise
        # The callbacks get the log as loaded (what the socket added meanwhile included) in
        # log order, then each event as it comes: every persisted event once.
        self.callbacks.submit_all(self.log)
        self._synced = True

    def _on_state(self, state: ConnectionState) -> None:
        if state.status is SocketStatus.CLOSED:
            self.greeting.ended()
        for listener in list(self.state_listeners):
            try:
                listener(state)
            except Exception:
                logger.exception("connection state callback failed")

    # -- incoming frames -----------------------------------------------------------------

    async def on_frame(self, data: dict[str, Any], first: bool) -> None:
        """Take one session socket frame (``first``: the first of this connection).

        The ``sync`` frame, the replay and the state push that greet each connection move
        its :class:`._greeting.Greeting` on; the first greeting's end ends :meth:`open`'s wait.
        """
        self.quiet.reset()
        kind = data.get("type")
        if kind in STREAM_FRAMES:
            self._dispatch_tokens(self.tokens.frame(data))
        elif kind == "sync":
            self.greeting.synced(data.get("through_seq"))
            self.tokens.reconnected()
        elif kind == "durable":
            seq, raw = data.get("seq"), data.get("event")
            if not (isinstance(seq, int) and isinstance(raw, dict)):
                logger.warning("skipping a durable frame without seq or event")
                return
            if self._deferrable(raw):
                self.log.add_raw(raw, raw["id"], seq)
            else:
                event = decode_event(raw)
                self._retire_item(event)
                if self.log.add(event, seq):
                    await self._ingest(event, persisted=True)
            self.greeting.replayed(seq)
        elif kind == "transient":
            raw = data.get("event")
            if isinstance(raw, dict):
                push = self.greeting.under_way
                await self._ingest(decode_event(raw), persisted=False, connect_push=push)
                if push:
                    self.greeting.greeted()
        elif kind == "error":
            logger.warning(
                "session socket error frame: %s: %s",
                printable(str(data.get("code"))),
                printable(str(data.get("detail"))),
            )
        # Any other frame type is not read yet.

    def _deferrable(self, raw: Mapping[str, Any]) -> bool:
        """Whether the persisted event ``raw`` may go to the log undecoded (typed when first
        read): while :meth:`open` loads the log, an event no callback hears of yet, that
        retires no streamed item and changes no state (:meth:`_ingest`)."""
        event_id = raw.get("id")
        return (
            not self._synced
            and isinstance(event_id, str)
            and raw.get("kind") not in _INGESTED_KINDS
            and not self.tokens.streaming(event_id)
        )

    async def _ingest(self, event: Event, *, persisted: bool, connect_push: bool = False) -> None:
        kind = sent_kind(event)
        if kind == "ConversationStateUpdateEvent":
            # Only a live snapshot (not the push on subscribing) says a run was flushed.
            live_snapshot = not persisted and not connect_push
            self._apply_state_update(event, live_snapshot=live_snapshot, connect_push=connect_push)
        elif kind == "ConversationErrorEvent":
            self.run_error = event
        if self._synced or not persisted:
            self._dispatch(event)

    def _apply_state_update(self, event: Event, *, live_snapshot: bool, connect_push: bool) -> None:
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
        if value is None:
            return
        status = ExecutionStatus.parse(value)
        self.tracker.observe(status, flushed=flushed)
        if status.is_terminal and (flushed or connect_push):
            # Every event of the run is out (a post-run snapshot; or, on a reconnect, the
            # replay before this push): what it left open will never be retired.
            self._dispatch_tokens(self.tokens.abandon_all(_RUN_OVER))

    def _dispatch(self, event: Event) -> None:
        self.callbacks.submit(event)
        for buffer in list(self.buffers):
            if not buffer.put(event):
                self.buffers.discard(buffer)

    def _retire_item(self, event: Event) -> None:
        """Retire the streamed item ``event`` (a persisted one, from the socket or REST)
        ends, before the event is dispatched: its callbacks know it was streamed."""
        retired = self.tokens.durable(event)
        if retired is not None:
            self._dispatch_tokens((retired,))

    def _dispatch_tokens(self, updates: Sequence[TokenUpdate]) -> None:
        for update in updates:
            self.callbacks.submit_tokens(update)
            for buffer in list(self.token_buffers):
                if not buffer.put(update):
                    self.token_buffers.discard(buffer)

    async def _load_oversized(self) -> None:
        """The server closed the socket at an event too large for its frames: load it and
        what follows over REST, so that the socket resumes after it."""
        logger.info("an event of %s is too large for the socket; reading it over REST", self._id)
        try:
            await self.catch_up()
        except AgentServerError as exc:
            logger.info("could not read it (%s); the socket will retry", printable(str(exc)))

    async def catch_up(self) -> None:
        """Load the events after the last ``seq`` held over REST (:meth:`LogCatchUp.catch_up`);
        a live-only open before its ``sync`` frame is left to the socket."""
        if not self.greeting.live_only:
            await self.rest.catch_up()

    async def _add_loaded(self, event: Event, seq: int) -> None:
        self._retire_item(event)  # the socket's replay will not bring this event again
        if self.log.add(event, seq, exact=False):
            await self._ingest(event, persisted=True)

    async def load_earlier(self, count: int) -> int:
        """Load up to ``count`` events before :attr:`EventLog.first_seq` over REST (see
        :func:`._history.load_earlier`); return how many were added."""
        return await self.rest.load_earlier(count)

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
        """Abandon the open items, stop the socket, the checks and the callbacks (given up to
        :attr:`CLOSE_GRACE` seconds to learn of those items first); end every stream."""
        abandoned = self.tokens.abandon_all(_CLOSED)
        self._dispatch_tokens(abandoned)
        await self.socket.close()
        await self.quiet.close()
        if abandoned and not self.callbacks.running_here():
            drained = asyncio.ensure_future(self.callbacks.drained())
            await asyncio.wait((drained,), timeout=self.CLOSE_GRACE)
            drained.cancel()
        await self.callbacks.close()
        for buffer in self.buffers:
            buffer.close()
        for token_buffer in self.token_buffers:
            token_buffer.close()
