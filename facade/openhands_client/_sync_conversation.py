"""Conversation: the synchronous twin of :class:`AsyncConversation`, run on a background loop.

Callbacks run on that loop's thread; keep them quick, and do not call the synchronous
client from inside one (use the async client there).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING
from uuid import UUID

from ._conversation import AsyncConversation, Callback
from ._event_log import EventLog
from ._event_query import MAX_PAGE_SIZE as MAX_EVENT_PAGE_SIZE
from ._state import ConversationState, ExecutionStatus
from ._sync_commands import SyncCommands
from ._sync_workspace import Workspace
from .events import Event

if TYPE_CHECKING:
    from openhands_api.models.action_event import ActionEvent


class Conversation(SyncCommands[AsyncConversation]):
    """A conversation on an agent server, driven synchronously. See :class:`AsyncConversation`."""

    @property
    def events(self) -> EventLog:
        """The server's persisted events: typed, deduplicated, in timestamp order."""
        return self._async.events

    @property
    def state(self) -> ConversationState:
        """The latest known state (kept current by the stream)."""
        return self._async.state

    @property
    def is_connected(self) -> bool:
        """Whether the event socket is open right now."""
        return self._async.is_connected

    @property
    def callbacks_dropped(self) -> int:
        """How many stream-only events the callbacks missed; see
        :attr:`AsyncConversation.callbacks_dropped`."""
        return self._async.callbacks_dropped

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

    def run(self, *, blocking: bool = True, timeout: float = 3600.0) -> ExecutionStatus:
        """Start the agent and wait for this run to end; see :meth:`AsyncConversation.run`."""
        return self._portal.call(self._async.run(blocking=blocking, timeout=timeout))

    def fork(
        self,
        *,
        from_event_id: str | None = None,
        title: str | None = None,
        conversation_id: UUID | str | None = None,
        tags: Mapping[str, str] | None = None,
        reset_metrics: bool = True,
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
                callbacks=callbacks,
            )
        )
        return Conversation(self._portal, forked)

    def search_events(
        self,
        *,
        kind: str | None = None,
        source: str | None = None,
        body: str | None = None,
        since: datetime | str | None = None,
        until: datetime | str | None = None,
        newest_first: bool = False,
        page_size: int = MAX_EVENT_PAGE_SIZE,
    ) -> Iterator[Event]:
        """The server's persisted events that match, as a lazy iterator over pages."""
        return self._portal.iterate(
            self._async.search_events(
                kind=kind,
                source=source,
                body=body,
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
        since: datetime | str | None = None,
        until: datetime | str | None = None,
    ) -> int:
        """How many persisted events match (the filters of :meth:`search_events`)."""
        return self._portal.call(
            self._async.count_events(kind=kind, source=source, body=body, since=since, until=until)
        )

    def get_event(self, event_id: str) -> Event:
        """One persisted event, fetched by id; :class:`NotFoundError` if there is none."""
        return self._portal.call(self._async.get_event(event_id))

    def pending_actions(self) -> list[ActionEvent]:
        """The actions in :attr:`events` not yet observed, rejected or failed, oldest first."""
        return self._async.pending_actions()

    def delete(self) -> None:
        """Delete the conversation on the server and close this object."""
        self._portal.call(self._async.delete())

    def stream(self) -> Iterator[Event]:
        """Yield every event from now on (persisted once each, and transient ones) until closed."""
        return self._portal.iterate(self._async.stream())

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
