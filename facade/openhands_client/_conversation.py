"""AsyncConversation: one conversation on the server, its live stream, log and state.

This is the one implementation; :class:`openhands_client.Conversation` drives it from
synchronous code. The live machinery is :class:`._feed.ConversationFeed`; the one-request
commands are shared with :class:`AsyncConversationControl` (:mod:`._commands`).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol, TypeVar
from uuid import UUID

from openhands_api import models as _models
from openhands_api.api.conversations import delete_conversation, fork_conversation

from . import _routes, _run_wait, _start_request
from ._callbacks import Callback, TokenCallback
from ._compat import RUNTIME_ROUTES, ServerCompat
from ._connection import Connection
from ._connection_state import ConnectionState, ConnectionStateCallback
from ._conversation_record import ConversationRecord
from ._event_log import EventLog
from ._exit_interrupts import OnTimeout, OwnRun, check_on_timeout
from ._feed import ConversationFeed
from ._history import History
from ._http import bare_400, call
from ._queries import ConversationQueries
from ._run_end import RunEndWatch, StreamUntil, check_until
from ._state import ConversationState, ExecutionStatus
from ._stream_buffer import StreamBuffer
from ._terminal_text import printable
from ._token_stream import TokenUpdate
from ._workspace import AsyncWorkspace
from .errors import AgentServerError, ClientClosedError
from .events import Event, is_persisted

if TYPE_CHECKING:
    from openhands_api.models.send_message_request import SendMessageRequest

logger = logging.getLogger("openhands_client.conversation")

T = TypeVar("T")

_TOKENS_OVERFLOW = (
    "the token stream fell behind by more than {capacity} item openings and retirements and "
    "stopped; the durable events are in conversation.events"
)


def _opens_or_retires(update: TokenUpdate) -> bool:
    return update.kind is None


class Attach(Protocol):
    """Attaches to a conversation by id (how ``fork`` opens the copy it made)."""

    def __call__(
        self, conversation_id: UUID, *, callbacks: Sequence[Callback] = ()
    ) -> Awaitable[AsyncConversation]: ...


class AsyncConversation(ConversationQueries, ConversationRecord):
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
        interrupt_on_exit: bool = False,
    ) -> None:
        super().__init__(connection, feed.state.id, compat)
        self._feed = feed
        self._interrupt_on_exit = interrupt_on_exit
        self._own_run = OwnRun(feed, self.interrupt, self._id)
        self._attach = attach
        self._on_close = on_close
        self._delete_on_close = delete_on_close
        self._closed = False
        self._closing = asyncio.Event()

    # -- public state --------------------------------------------------------------------

    @property
    def events(self) -> EventLog:
        """The server's persisted events: typed, deduplicated, in ``seq`` order (the
        server's own), from ``events.first_seq`` on (see ``attach_conversation(history=)``)."""
        return self._feed.log

    async def load_earlier_events(self, count: int = 100) -> int:
        """Load up to ``count`` events from before ``events.first_seq`` (after a bounded
        ``history``) into :attr:`events`, in front of those held; return how many were
        added (0 once ``events.complete``). They reach no callback or stream. Raises
        ``ValueError`` for a ``count`` below 1 (before any request), :class:`ProtocolError`
        if the server's page does not start at the oldest event held (or, with none held
        yet, the log keeps growing while its newest page is read), and
        :class:`ClientClosedError` once the conversation is closed (before any request)."""
        if isinstance(count, bool) or not isinstance(count, int) or count < 1:
            raise ValueError(f"count must be an int of at least 1, not {count!r}")
        self._check_usable()
        return await self._feed.load_earlier(count)

    @property
    def state(self) -> ConversationState:
        """The latest known state (kept current by the stream)."""
        return self._feed.state

    @property
    def is_connected(self) -> bool:
        """Whether the event socket is open right now."""
        return self._feed.socket.connected

    @property
    def connection_state(self) -> ConnectionState:
        """The event socket's state: connected, reconnecting (why, and when it tries next),
        or closed for good (why)."""
        return self._feed.socket.state

    def on_connection_state(self, callback: ConnectionStateCallback) -> None:
        """Call ``callback`` with each new :attr:`connection_state`, on the client's event
        loop (it must not block); an exception it raises is logged and ignored."""
        if not callable(callback):
            raise TypeError(f"callback must be callable, got {type(callback).__name__}")
        self._feed.state_listeners.append(callback)

    def on_tokens(self, callback: TokenCallback) -> None:
        """Call ``callback`` with each :class:`TokenUpdate` of the agent's streamed answers
        (see :meth:`stream_tokens`), in order with the event callbacks and like them off the
        socket reader (it may be a coroutine function). A callback passed in ``callbacks=``
        that has an ``on_tokens`` method (as :class:`openhands_client.view.TerminalView`) is
        registered this way already. Token callbacks more than ``CALLBACK_BACKLOG`` behind
        lose deltas (counted in :attr:`callbacks_dropped`), never an item's opening or
        retirement."""
        if not callable(callback):
            raise TypeError(f"callback must be callable, got {type(callback).__name__}")
        self._check_usable()
        self._feed.callbacks.add_token_callback(callback)

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

    async def send_message(self, message: str | SendMessageRequest, *, run: bool = False) -> None:
        """Send a user message (text or a generated ``SendMessageRequest``).

        With ``run=True`` the server starts the agent too (a run this object then owns, as
        one :meth:`run` starts: see ``interrupt_on_exit``).
        """
        start = self._feed.tracker.seq
        await super().send_message(message, run=run)
        if run:
            self._own_run.started(start)

    async def run(
        self, *, blocking: bool = True, timeout: float = 3600.0, on_timeout: OnTimeout | None = None
    ) -> ExecutionStatus:
        """Start the agent and, if ``blocking``, wait until this run ends.

        Returns the final status (``finished``, ``paused``, ``waiting_for_confirmation`` or
        ``idle``) once every event of the run is in :attr:`events`. If the conversation is
        already running, waits for that run; while the server is at capacity (HTTP 429),
        keeps asking until the deadline. Raises :class:`ConversationRunError` when the run
        ends in ``error`` or ``stuck``, and its subclass :class:`RunTimeoutError` (also a
        ``TimeoutError``) when the run is not over within ``timeout`` seconds, and
        ``NotFoundError`` when the conversation is deleted meanwhile (as :meth:`stream`).

        ``on_timeout="interrupt"`` interrupts the run at the deadline, before
        :class:`RunTimeoutError` is raised; ``"leave"`` lets it go on; the default (None)
        follows the client's ``interrupt_on_exit``. With ``interrupt_on_exit``, cancelling the
        task awaiting this run also interrupts it (shielded from the cancellation).

        On a conversation that exists already, run() goes by its status: ``finished`` (with
        no new message) returns at once, ``error`` or ``stuck`` runs the agent again,
        ``paused`` continues, ``running`` waits for the run under way.
        """
        if not timeout > 0:
            raise ValueError(f"timeout must be positive, got {timeout!r}")
        interrupt = check_on_timeout(on_timeout) == "interrupt" or (
            on_timeout is None and self._interrupt_on_exit
        )
        self._check_usable()
        # Every wait inside, REST calls included, is bounded by the one deadline.
        # From a callback, run() cannot wait for the callbacks to see its events.
        settle = not self._feed.callbacks.running_here()
        run = _run_wait.start_and_wait(
            self._feed,
            self._start_run,
            self._own_run,
            blocking=blocking,
            timeout=timeout,
            settle=settle,
            settle_seconds=self.SETTLE_SECONDS,
            poll_seconds=self.POLL_SECONDS,
        )
        work = asyncio.wait_for(_run_wait.unless_closed(run, self._closing, self._id), timeout)
        try:
            return await self._own_run.guard(
                work, on_timeout=interrupt, on_cancel=self._interrupt_on_exit
            )
        except asyncio.TimeoutError:
            raise _run_wait.timed_out(self._feed, self._id, timeout) from None

    async def fork(
        self,
        *,
        from_event_id: str | None = None,
        title: str | None = None,
        conversation_id: UUID | str | None = None,
        tags: Mapping[str, str] | None = None,
        reset_metrics: bool = True,
        include_skills: bool = False,
        callbacks: Sequence[Callback] = (),
    ) -> AsyncConversation:
        """Copy the conversation on the server (up to ``from_event_id``) and attach to the copy.

        ``conversation_id`` chooses the copy's id, ``tags`` its tags; with
        ``reset_metrics=False`` the copy keeps the cost and token counts so far.
        ``include_skills=True`` (upstream's option; every supported server) asks the server to
        answer the fork with the agent's skills (``agent.agent_context.skills``), which it
        leaves out of its answers by default (about 260 KB with the stock skills). It changes
        only the size of that answer: the copy's skills are the same either way, and its
        state holds them as the socket's snapshot carries them.
        """
        if not isinstance(include_skills, bool):
            raise TypeError(f"include_skills must be a bool, not {type(include_skills).__name__}")
        body = _start_request.fork_request(
            from_event_id, title, conversation_id, tags, reset_metrics=reset_metrics
        )
        info = await self._call(
            fork_conversation.build_request(self._id, body=body, include_skills=include_skills),
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

    async def stream(
        self, *, until: StreamUntil = "close", run: bool = False
    ) -> AsyncIterator[Event]:
        """Yield every event from now on (persisted once each, and transient ones) until closed.

        With ``until="run_end"`` the stream ends once the run is over, however it ended
        (``finished``, ``error``, ``stuck``, ``paused``...), after its last event; with no
        run going, at once (within ``SETTLE_SECONDS``). ``run=True`` starts the run (as
        ``run(blocking=False)``) once the stream is listening, so that none of its events is
        missed: ``async for event in conv.stream(until="run_end", run=True):``.

        Each consumer has a buffer of ``STREAM_BUFFER`` events. A consumer that falls that far
        behind loses transient events first (token deltas, snapshots); when a persisted event
        does not fit, the stream ends, after the buffered events, with
        :class:`StreamOverflowError`: read on from :attr:`events`, which never drops one.
        Raises the socket's final error (``AuthenticationError``, ``NotFoundError``) if the
        server refuses it for good, and ``NotFoundError`` within seconds of the conversation's
        deletion elsewhere: once the socket has been quiet for ``QUIET_SECONDS``, the
        conversation is asked for over REST (which also brings its title up to date).
        """
        buffer = StreamBuffer(self.STREAM_BUFFER, is_persisted)
        async with contextlib.aclosing(
            self._follow(self._feed.buffers, buffer, until, run)
        ) as follow:
            async for event in follow:
                yield event

    async def stream_tokens(
        self, *, until: StreamUntil = "close", run: bool = False
    ) -> AsyncIterator[TokenUpdate]:
        """Yield each :class:`TokenUpdate` of the agent's streamed answers from now on.

        When the agent's LLM streams (``stream=True`` in its config) and the server sends token
        streams (1.52 and newer; 1.45 sends none, and this then yields nothing and ends as
        ``until`` says), each answer is an *item*: an update opens it, one comes with each
        delta (``update.delta``, ``update.kind``: ``"text"`` or ``"reasoning"``;
        ``update.item.text`` so far), and one retires it: ``FINAL`` (``item.final``: the
        durable event's text, ``item.event``: that event, which :attr:`events` holds),
        ``ABORTED`` (``item.reason``), ``SUPERSEDED`` (a retried call re-streams it as a
        higher ``attempt``) or ``ABANDONED`` (nothing can retire it any more: the run ended, or
        the conversation closed, with it open). ``item.lossy`` says deltas were missed (the
        server dropped one, or the socket reconnected mid-item: the item stays open and its
        durable event or abort still retires it): the whole text is ``item.final``. No item
        stays open past its run's end. Nothing of this enters :attr:`events`.

        ``until`` and ``run`` are as in :meth:`stream`. A consumer more than ``STREAM_BUFFER``
        updates behind loses deltas first, then ends with :class:`StreamOverflowError`.
        """
        buffer = StreamBuffer(self.STREAM_BUFFER, _opens_or_retires, _TOKENS_OVERFLOW)
        following = self._follow(self._feed.token_buffers, buffer, until, run)
        async with contextlib.aclosing(following) as follow:
            async for update in follow:
                yield update

    async def _follow(
        self, buffers: set[StreamBuffer[T]], buffer: StreamBuffer[T], until: StreamUntil, run: bool
    ) -> AsyncGenerator[T, None]:
        """Yield what ``buffer`` (registered in ``buffers`` meanwhile) receives, as
        :meth:`stream` describes."""
        watch = RunEndWatch(self.SETTLE_SECONDS) if check_until(until) == "run_end" else None
        feed = self._feed
        buffers.add(buffer)
        feed.quiet.reset()
        try:
            if run:
                await self.run(blocking=False)
            while True:
                item = buffer.take()
                if item is not None:
                    yield item
                    continue
                if self._closed or buffer.closed:
                    return
                if watch is not None and watch.over(feed, run_pending=self._own_run.left_running()):
                    return
                if feed.socket.final_error is not None:
                    raise feed.socket.final_error
                feed.quiet.poke()
                await buffer.wait(self.SETTLE_SECONDS)
        finally:
            buffers.discard(buffer)

    async def close(self) -> None:
        """Stop the socket and end every stream; delete the conversation if it was ephemeral."""
        if self._closed:
            return
        if self._interrupt_on_exit:
            await self._own_run.interrupt("the conversation is closed")
        self._closed = True
        self._own_run.ended()  # nothing is interrupted once closed
        self._closing.set()  # set with _closed: ends a waiting run() at once
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
    history: History = "all",
) -> ConversationFeed:
    """A new (not yet opened) feed for an :class:`AsyncConversation`, tuned by its constants,
    opening with ``history``."""
    return ConversationFeed(
        connection,
        conversation_id,
        info,
        callbacks,
        callback_backlog=AsyncConversation.CALLBACK_BACKLOG,
        quiet_seconds=AsyncConversation.QUIET_SECONDS,
        history=history,
    )


__all__ = ["AsyncConversation", "Attach", "Callback", "new_feed"]
