"""Conversation: the synchronous twin of :class:`AsyncConversation`, run on a background loop.

Callbacks run on that loop's thread; keep them quick, and do not call the synchronous
client from inside one (use the async client there).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any
from uuid import UUID

from ._conversation import AsyncConversation, Callback
from ._event_log import EventLog
from ._event_query import MAX_PAGE_SIZE as MAX_EVENT_PAGE_SIZE
from ._options import LLM_TIMEOUT
from ._portal import Portal
from ._state import ConversationState, ExecutionStatus
from ._sync_workspace import Workspace
from .events import Event

if TYPE_CHECKING:
    from openhands_api.models.action_event import ActionEvent
    from openhands_api.models.llm_input import LLMInput
    from openhands_api.models.send_message_request import SendMessageRequest

    from .models import ConfirmationPolicySpec, SecretSpec, SecurityAnalyzerSpec


class Conversation:
    """A conversation on an agent server, driven synchronously. See :class:`AsyncConversation`."""

    def __init__(self, portal: Portal, conversation: AsyncConversation) -> None:
        self._portal = portal
        self._async = conversation

    @property
    def id(self) -> UUID:
        """The conversation id."""
        return self._async.id

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

    def send_message(self, message: str | SendMessageRequest, *, run: bool = False) -> None:
        """Send a user message; see :meth:`AsyncConversation.send_message`."""
        self._portal.call(self._async.send_message(message, run=run))

    def run(self, *, blocking: bool = True, timeout: float = 3600.0) -> ExecutionStatus:
        """Start the agent and wait for this run to end; see :meth:`AsyncConversation.run`."""
        return self._portal.call(self._async.run(blocking=blocking, timeout=timeout))

    def pause(self) -> None:
        """Ask the agent to pause after its current step."""
        self._portal.call(self._async.pause())

    def interrupt(self) -> None:
        """Interrupt the agent at once, cancelling its current LLM call or tool."""
        self._portal.call(self._async.interrupt())

    def reject_pending_actions(self, reason: str = "User rejected the action.") -> None:
        """Reject the actions waiting for confirmation."""
        self._portal.call(self._async.reject_pending_actions(reason))

    def accept_pending_actions(self) -> None:
        """Accept the actions waiting for confirmation (the agent continues)."""
        self._portal.call(self._async.accept_pending_actions())

    def set_confirmation_policy(self, policy: ConfirmationPolicySpec) -> None:
        """Set the confirmation policy: a generated policy model or a dict with its ``kind``."""
        self._portal.call(self._async.set_confirmation_policy(policy))

    def set_security_analyzer(self, analyzer: SecurityAnalyzerSpec | None) -> None:
        """Set (or with ``None`` remove) the security analyzer: a generated model or a dict."""
        self._portal.call(self._async.set_security_analyzer(analyzer))

    def update_secrets(self, secrets: Mapping[str, SecretSpec]) -> None:
        """Add or replace secrets the agent may use (values are never logged)."""
        self._portal.call(self._async.update_secrets(secrets))

    def ask_agent(self, question: str, *, timeout: float = LLM_TIMEOUT) -> str:
        """Ask the agent's LLM a side question; the conversation is not changed."""
        return self._portal.call(self._async.ask_agent(question, timeout=timeout))

    def final_response(self) -> str:
        """The agent's final answer: its ``finish`` message or last text reply ("" if none yet)."""
        return self._portal.call(self._async.final_response())

    def condense(self, *, timeout: float = LLM_TIMEOUT) -> None:
        """Ask the server to condense the conversation's history now; see
        :meth:`AsyncConversation.condense`."""
        self._portal.call(self._async.condense(timeout=timeout))

    def set_title(self, title: str) -> None:
        """Set the conversation's title."""
        self._portal.call(self._async.set_title(title))

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

    def navigate(self, event_id: str | None) -> None:
        """Move the conversation's HEAD to ``event_id`` (``None``: the empty tree)."""
        self._portal.call(self._async.navigate(event_id))

    def switch_llm(self, llm: LLMInput | Mapping[str, Any]) -> None:
        """Use another LLM (a generated ``LLMInput`` or its JSON) from the next step on."""
        self._portal.call(self._async.switch_llm(llm))

    def switch_profile(self, profile_name: str) -> None:
        """Use the server's stored LLM profile ``profile_name`` from the next step on."""
        self._portal.call(self._async.switch_profile(profile_name))

    def load_plugin(self, plugin_ref: str) -> None:
        """Load a plugin (e.g. ``github:owner/repo`` or a path on the server) into the agent."""
        self._portal.call(self._async.load_plugin(plugin_ref))

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
