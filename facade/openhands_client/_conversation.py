"""AsyncConversation: one conversation on the server, its live stream, log and state.

This is the one implementation; :class:`openhands_client.Conversation` drives it from
synchronous code. The live machinery is :class:`._feed.ConversationFeed`; the one-request
commands are shared with :class:`AsyncConversationControl` (:mod:`._commands`).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol, TypeVar
from uuid import UUID

from openhands_api import models as _models
from openhands_api.api.conversations import delete_conversation, fork_conversation

from . import _checks, _event_query, _routes, _run_wait, _start_request
from ._callbacks import Callback
from ._compat import RUNTIME_ROUTES, ServerCompat
from ._connection import Connection
from ._event_log import EventLog
from ._feed import ConversationFeed
from ._http import bare_400, call, retry_while_full
from ._queries import ConversationQueries
from ._state import ConversationState, ExecutionStatus
from ._stream_buffer import StreamBuffer
from ._terminal_text import printable
from ._workspace import AsyncWorkspace
from .errors import AgentServerError, ClientClosedError, ConflictError, ServerError, TransportError
from .events import Event

if TYPE_CHECKING:
    from openhands_api.models.action_event import ActionEvent

logger = logging.getLogger("openhands_client.conversation")


class Attach(Protocol):
    """Attaches to a conversation by id (how ``fork`` opens the copy it made)."""

    def __call__(
        self, conversation_id: UUID, *, callbacks: Sequence[Callback] = ()
    ) -> Awaitable[AsyncConversation]: ...


M = TypeVar("M")


class AsyncConversation(ConversationQueries):
    """A conversation on an agent server, with its live event stream.

    Obtain one from :meth:`AsyncAgentServer.start_conversation` or
    :meth:`AsyncAgentServer.attach_conversation`. ``events`` is the server's persisted log,
    kept exact by the socket (and by REST while the socket is down); ``state`` is the
    latest known state. Use as ``async with`` to close it when done.
    """

    #: How long run() waits, after the terminal status, for the post-run snapshot that
    #: tells it every event of the run has been delivered; then it catches up over REST.
    SETTLE_SECONDS = 1.0
    #: How often run() polls REST while the socket is down.
    POLL_SECONDS = 0.5
    #: How many events each stream() consumer may fall behind (see :meth:`stream`).
    STREAM_BUFFER = 10_000
    #: How many stream-only events may wait for the callbacks (see :attr:`callbacks_dropped`).
    CALLBACK_BACKLOG = 10_000
    #: After how many seconds without a frame a waiting stream() or run() asks REST whether the
    #: conversation still exists (the server sends nothing on a delete) and for its title.
    QUIET_SECONDS = 5.0

    def __init__(
        self,
        connection: Connection,
        feed: ConversationFeed,
        *,
        attach: Attach,
        on_close: Callable[[AsyncConversation], None] | None = None,
        delete_on_close: bool = False,
        compat: ServerCompat | None = None,
    ) -> None:
        super().__init__(connection, feed.state.id, compat)
        self._feed = feed
        self._attach = attach
        self._on_close = on_close
        self._delete_on_close = delete_on_close
        self._closed = False
        self._closing = asyncio.Event()  # set by close(): ends a waiting run() at once

    # -- public state --------------------------------------------------------------------

    @property
    def events(self) -> EventLog:
        """The server's persisted events: typed, deduplicated, in timestamp order."""
        return self._feed.log

    @property
    def state(self) -> ConversationState:
        """The latest known state (kept current by the stream)."""
        return self._feed.state

    @property
    def is_connected(self) -> bool:
        """Whether the event socket is open right now."""
        return self._feed.socket.connected

    @property
    def callbacks_dropped(self) -> int:
        """How many stream-only events (token deltas, state snapshots) the callbacks missed:
        they fell more than ``CALLBACK_BACKLOG`` of them behind (a WARNING is logged). Every
        persisted event still reaches them, and :attr:`events`."""
        return self._feed.callbacks.dropped

    @property
    def workspace(self) -> AsyncWorkspace:
        """The conversation's working directory on the server: commands, files and git."""
        return AsyncWorkspace(self._conn, self.state.working_dir, compat=self._compat)

    async def runtime_workspace(self) -> AsyncWorkspace:
        """The workspace in the conversation's own runtime: commands run where the agent runs.

        Uses ``/api/conversations/{id}/bash|file|git``; paths must lie inside the
        conversation's working directory. Raises :class:`UnsupportedFeatureError` if the
        server does not offer these routes.
        """
        await self._compat.require(RUNTIME_ROUTES)
        routes = _routes.for_conversation(self._id)
        return AsyncWorkspace(self._conn, self.state.working_dir, routes, compat=self._compat)

    async def refresh_state(self) -> ConversationState:
        """Fetch the state over REST (the stream normally keeps it current)."""
        info = await self._fetch_info()
        self.state.replace(info.to_dict())
        return self.state

    def pending_actions(self) -> list[ActionEvent]:
        """The actions in :attr:`events` not yet observed, rejected or failed, oldest first.

        While the status is ``waiting_for_confirmation``, these wait for
        :meth:`accept_pending_actions` or :meth:`reject_pending_actions`.
        """
        return _event_query.unmatched_actions(self._feed.log)

    # -- the commands' hooks -------------------------------------------------------------

    def _check_usable(self) -> None:
        if self._closed:
            raise ClientClosedError(f"conversation {self._id} is closed; attach to it again")

    def _learned(self, info: Mapping[str, Any], *, whole: bool) -> None:
        if whole:
            self.state.replace(info)
        else:
            self.state.adopt(info)

    # -- running -------------------------------------------------------------------------

    async def run(self, *, blocking: bool = True, timeout: float = 3600.0) -> ExecutionStatus:
        """Start the agent and, if ``blocking``, wait until this run ends.

        Returns the final status (``finished``, ``paused``, ``waiting_for_confirmation`` or
        ``idle``) once every event of the run is in :attr:`events`. If the conversation is
        already running, waits for that run; while the server is at capacity (HTTP 429),
        keeps asking until the deadline. Raises :class:`ConversationRunError` when the run
        ends in ``error`` or ``stuck``, and its subclass :class:`RunTimeoutError` (also a
        ``TimeoutError``) when the run is not over within ``timeout`` seconds, and
        ``NotFoundError`` when the conversation is deleted meanwhile (as :meth:`stream`).
        """
        if not timeout > 0:
            raise ValueError(f"timeout must be positive, got {timeout!r}")
        self._check_usable()
        try:
            # Every wait inside, REST calls included, is bounded by the one deadline.
            # From a callback, run() cannot wait for the callbacks to see its events.
            settle = not self._feed.callbacks.running_here()
            return await asyncio.wait_for(
                self._unless_closed(self._run(blocking, timeout, settle)), timeout
            )
        except asyncio.TimeoutError:
            raise _run_wait.timed_out(self._feed, self._id, timeout) from None

    async def _unless_closed(self, work: Coroutine[Any, Any, M]) -> M:
        """Await ``work``; once the conversation is closed, cancel it and raise
        :class:`ClientClosedError`, whatever ``work`` was waiting for (or ended with)."""
        task = asyncio.ensure_future(work)
        closing = asyncio.ensure_future(self._closing.wait())
        try:
            await asyncio.wait((task, closing), return_when=asyncio.FIRST_COMPLETED)
        finally:
            closing.cancel()
            task.cancel()
            await asyncio.gather(task, closing, return_exceptions=True)
        if self._closed:
            raise ClientClosedError(f"conversation {self._id} was closed while waiting")
        return task.result()

    async def _run(self, blocking: bool, timeout: float, settle: bool) -> ExecutionStatus:
        feed = self._feed
        deadline = time.monotonic() + timeout
        start = feed.tracker.seq
        feed.run_error = None
        already_running = False
        try:
            await retry_while_full(self._start_run, deadline, also=(ServerError, TransportError))
        except ConflictError:
            # 409 as soon as the server's run task exists, possibly before it says `running`.
            already_running = self.state.execution_status is ExecutionStatus.RUNNING
        if not blocking:
            return ExecutionStatus.RUNNING
        status = await _run_wait.wait_for_run_end(
            feed,
            self._id,
            start=start,
            running_seen=already_running,
            deadline=deadline,
            timeout=timeout,
            settle_seconds=self.SETTLE_SECONDS,
            poll_seconds=self.POLL_SECONDS,
        )
        await feed.reconciler.settled()
        if settle:
            await feed.callbacks.drained()
        return _run_wait.raise_if_failed(feed, self._id, status)

    async def fork(
        self,
        *,
        from_event_id: str | None = None,
        title: str | None = None,
        conversation_id: UUID | str | None = None,
        tags: Mapping[str, str] | None = None,
        reset_metrics: bool = True,
        callbacks: Sequence[Callback] = (),
    ) -> AsyncConversation:
        """Copy the conversation on the server (up to ``from_event_id``) and attach to the copy.

        ``conversation_id`` chooses the copy's id, ``tags`` its tags; with
        ``reset_metrics=False`` the copy keeps the cost and token counts so far.
        """
        payload: dict[str, Any] = {"reset_metrics": reset_metrics}
        for name, value in (("from_event_id", from_event_id), ("title", title)):
            if _checks.optional_text(value, name) is not None:
                payload[name] = value
        if conversation_id is not None:
            payload["id"] = str(_start_request.parse_uuid(conversation_id, "conversation_id"))
        if tags is not None:
            payload["tags"] = dict(_checks.mapping(tags, "tags"))
        body = _models.ForkConversationRequest.from_dict(payload)
        info = await self._call(
            fork_conversation.build_request(self._id, body=body),
            fork_conversation.parse_response,
            _models.ConversationInfo,
            "fork",
        )
        return await self._attach(info.id, callbacks=callbacks)

    async def delete(self) -> None:
        """Delete the conversation on the server and close this object."""
        await super().delete()
        self._delete_on_close = False
        await self.close()

    # -- streaming and lifecycle ---------------------------------------------------------

    async def stream(self) -> AsyncIterator[Event]:
        """Yield every event from now on (persisted once each, and transient ones) until closed.

        Each consumer has a buffer of ``STREAM_BUFFER`` events. A consumer that falls that far
        behind loses transient events first (token deltas, snapshots); when a persisted event
        does not fit, the stream ends, after the buffered events, with
        :class:`StreamOverflowError`: read on from :attr:`events`, which never drops one.
        Raises the socket's final error (``AuthenticationError``, ``NotFoundError``) if the
        server refuses it for good, and ``NotFoundError`` within seconds of the conversation's
        deletion elsewhere: once the socket has been quiet for ``QUIET_SECONDS``, the
        conversation is asked for over REST (which also brings its title up to date).
        """
        feed = self._feed
        buffer = StreamBuffer(self.STREAM_BUFFER)
        feed.buffers.add(buffer)
        feed.quiet.reset()
        try:
            while True:
                event = buffer.take()
                if event is not None:
                    yield event
                    continue
                if self._closed or buffer.closed:
                    return
                if feed.socket.final_error is not None:
                    raise feed.socket.final_error
                feed.quiet.poke()
                await buffer.wait(self.SETTLE_SECONDS)
        finally:
            feed.buffers.discard(buffer)

    async def close(self) -> None:
        """Stop the socket and end every stream; delete the conversation if it was ephemeral."""
        if self._closed:
            return
        self._closed = True
        self._closing.set()
        if self._on_close is not None:
            self._on_close(self)
        await self._feed.close()
        if self._delete_on_close:
            try:
                await call(
                    self._conn.api,
                    delete_conversation.build_request(self._id),
                    delete_conversation.parse_response,
                    _models.Success,
                    "delete",
                    missing_on_400=bare_400,
                )
            except AgentServerError as exc:
                logger.warning(
                    "could not delete conversation %s on close: %s", self._id, printable(str(exc))
                )

    async def __aenter__(self) -> AsyncConversation:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    def __repr__(self) -> str:
        return f"<AsyncConversation {self._id} {self.state.execution_status.value}>"


def new_feed(
    connection: Connection,
    conversation_id: UUID,
    info: Mapping[str, Any],
    callbacks: Sequence[Callback] = (),
) -> ConversationFeed:
    """A new (not yet opened) feed for an :class:`AsyncConversation`, tuned by its constants."""
    return ConversationFeed(
        connection,
        conversation_id,
        info,
        callbacks,
        callback_backlog=AsyncConversation.CALLBACK_BACKLOG,
        quiet_seconds=AsyncConversation.QUIET_SECONDS,
    )


__all__ = ["AsyncConversation", "Attach", "Callback", "new_feed"]
