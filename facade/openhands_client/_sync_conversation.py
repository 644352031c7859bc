"""Conversation: the synchronous twin of :class:`AsyncConversation`, run on a background loop.

Callbacks run on that loop's thread; keep them quick, and do not call the synchronous
client from inside one (use the async client there).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING
from uuid import UUID

from ._callbacks import TokenCallback
from ._connection_state import ConnectionState, ConnectionStateCallback
from ._conversation import AsyncConversation, Callback
from ._event_log import EventLog
from ._exit_interrupts import OnTimeout
from ._run_end import StreamUntil
from ._run_result import RunResult
from ._state import ConversationState, ExecutionStatus
from ._sync_queries import SyncQueries
from ._sync_workspace import Workspace
from ._token_stream import TokenUpdate
from .events import Event

if TYPE_CHECKING:
    from openhands_api.models.action_event import ActionEvent
    from openhands_api.models.conversation_error_event import ConversationErrorEvent


class Conversation(SyncQueries[AsyncConversation]):
    """A conversation on an agent server, driven synchronously. See :class:`AsyncConversation`."""

    @property
    def events(self) -> EventLog:
        """The server's persisted events: typed, deduplicated, in ``seq`` order (the
        server's own), from ``events.first_seq`` on (see ``attach_conversation(history=)``)."""
        return self._async.events

    def load_earlier_events(self, count: int = 100) -> int:
        """Load earlier events: see :meth:`AsyncConversation.load_earlier_events`."""
        return self._portal.call(self._async.load_earlier_events(count))

    @property
    def state(self) -> ConversationState:
        """The latest known state (kept current by the stream)."""
        return self._async.state

    @property
    def is_connected(self) -> bool:
        """Whether the event socket is open right now."""
        return self._async.is_connected

    @property
    def connection_state(self) -> ConnectionState:
        """The event socket's state; see :attr:`AsyncConversation.connection_state`."""
        return self._async.connection_state

    def on_connection_state(self, callback: ConnectionStateCallback) -> None:
        """Call ``callback`` with each new connection state, on the client's background
        thread; see :meth:`AsyncConversation.on_connection_state`."""
        self._async.on_connection_state(callback)

    def on_tokens(self, callback: TokenCallback) -> None:
        """Call ``callback`` with each :class:`TokenUpdate` of the agent's streamed answers,
        on the client's background thread; see :meth:`AsyncConversation.on_tokens`."""
        self._async.on_tokens(callback)

    @property
    def callbacks_dropped(self) -> int:
        """How many stream-only events the callbacks missed; see
        :attr:`AsyncConversation.callbacks_dropped`."""
        return self._async.callbacks_dropped

    @property
    def last_error(self) -> ConversationErrorEvent | None:
        """The latest run's fatal error event; see :attr:`AsyncConversation.last_error`."""
        return self._async.last_error

    def user_messages(self) -> list[str]:
        """The text of each user message in :attr:`events`; see
        :meth:`AsyncConversation.user_messages`."""
        return self._async.user_messages()

    def result(self) -> RunResult:
        """The latest run's record; see :meth:`AsyncConversation.result`."""
        return self._async.result()

    @property
    def aio(self) -> AsyncConversation:
        """The underlying async conversation (for use inside callbacks)."""
        return self._async

    @property
    def workspace(self) -> Workspace:
        """The conversation's working directory on the server: commands, files and git."""
        return Workspace(self._portal, self._async.workspace)

    def runtime_workspace(self) -> Workspace:
        """The workspace in the conversation's own runtime: commands run where the agent runs."""
        return Workspace(self._portal, self._portal.call(self._async.runtime_workspace()))

    def refresh_state(self) -> ConversationState:
        """Fetch the state over REST (the stream normally keeps it current)."""
        return self._portal.call(self._async.refresh_state())

    def run(
        self, *, blocking: bool = True, timeout: float = 3600.0, on_timeout: OnTimeout | None = None
    ) -> ExecutionStatus:
        """Start the agent and wait for this run to end; see :meth:`AsyncConversation.run`."""
        return self._portal.call(
            self._async.run(blocking=blocking, timeout=timeout, on_timeout=on_timeout)
        )

    def fork(
        self,
        *,
        from_event_id: str | None = None,
        title: str | None = None,
        conversation_id: UUID | str | None = None,
        tags: Mapping[str, str] | None = None,
        reset_metrics: bool = True,
        include_skills: bool = False,
        callbacks: Sequence[Callback] = (),
    ) -> Conversation:
        """Copy the conversation on the server (up to ``from_event_id``) and attach to the copy."""
        forked = self._portal.call(
            self._async.fork(
                from_event_id=from_event_id,
                title=title,
                conversation_id=conversation_id,
                tags=tags,
                reset_metrics=reset_metrics,
                include_skills=include_skills,
                callbacks=callbacks,
            )
        )
        return Conversation(self._portal, forked)

    def pending_actions(self) -> list[ActionEvent]:
        """The actions in :attr:`events` not yet observed, rejected or failed, oldest first."""
        return self._async.pending_actions()

    def delete(self) -> None:
        """Delete the conversation on the server and close this object."""
        self._portal.call(self._async.delete())

    def stream(self, *, until: StreamUntil = "close", run: bool = False) -> Iterator[Event]:
        """Yield every event from now on (persisted once each, and transient ones) until closed."""
        return self._portal.iterate(self._async.stream(until=until, run=run))

    def stream_tokens(
        self, *, until: StreamUntil = "close", run: bool = False
    ) -> Iterator[TokenUpdate]:
        """Yield each :class:`TokenUpdate` of the agent's streamed answers from now on."""
        return self._portal.iterate(self._async.stream_tokens(until=until, run=run))

    def close(self) -> None:
        """As :meth:`AsyncConversation.close` (a no-op once the client is closed)."""
        if not self._portal.closed:
            self._portal.call(self._async.close())

    def __enter__(self) -> Conversation:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<Conversation {self.id} {self.state.execution_status.value}>"
