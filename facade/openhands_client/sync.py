"""Synchronous twins: each method runs the async implementation on a background loop.

Callbacks run on that loop's thread; keep them quick, and do not call the synchronous
client from inside one (use the async client there).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING
from uuid import UUID

import httpx

from openhands_api.models.conversation_sort_order import ConversationSortOrder
from openhands_api.models.send_message_request import SendMessageRequest
from openhands_api.models.server_info import ServerInfo

from ._connection import DEFAULT_TIMEOUT
from ._portal import Portal
from .conversation import AsyncConversation, Callback
from .conversation_search import MAX_PAGE_SIZE
from .event_log import EventLog
from .events import Event
from .server import AsyncAgentServer
from .state import ConversationState, ExecutionStatus
from .sync_workspace import Workspace

if TYPE_CHECKING:
    from .models import AgentSpec, ConfirmationPolicySpec, SecretSpec, SecurityAnalyzerSpec


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
    def aio(self) -> AsyncConversation:
        """The underlying async conversation (for use inside callbacks)."""
        return self._async

    @property
    def workspace(self) -> Workspace:
        """The conversation's working directory on the server: commands, files and git."""
        return Workspace(self._portal, self._async.workspace)

    def refresh_state(self) -> ConversationState:
        """Fetch the state over REST."""
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
        """Interrupt the agent at once."""
        self._portal.call(self._async.interrupt())

    def reject_pending_actions(self, reason: str = "User rejected the action.") -> None:
        """Reject the actions waiting for confirmation."""
        self._portal.call(self._async.reject_pending_actions(reason))

    def accept_pending_actions(self) -> None:
        """Accept the actions waiting for confirmation."""
        self._portal.call(self._async.accept_pending_actions())

    def set_confirmation_policy(self, policy: ConfirmationPolicySpec) -> None:
        """Set the confirmation policy (a generated model or a dict with its ``kind``)."""
        self._portal.call(self._async.set_confirmation_policy(policy))

    def set_security_analyzer(self, analyzer: SecurityAnalyzerSpec | None) -> None:
        """Set or remove the security analyzer."""
        self._portal.call(self._async.set_security_analyzer(analyzer))

    def update_secrets(self, secrets: Mapping[str, SecretSpec]) -> None:
        """Add or replace secrets the agent may use."""
        self._portal.call(self._async.update_secrets(secrets))

    def ask_agent(self, question: str) -> str:
        """Ask the agent's LLM a side question; the conversation is not changed."""
        return self._portal.call(self._async.ask_agent(question))

    def condense(self) -> None:
        """Ask the server to condense the conversation's history now."""
        self._portal.call(self._async.condense())

    def set_title(self, title: str) -> None:
        """Set the conversation's title."""
        self._portal.call(self._async.set_title(title))

    def fork(
        self,
        *,
        from_event_id: str | None = None,
        title: str | None = None,
        callbacks: Sequence[Callback] = (),
    ) -> Conversation:
        """Copy the conversation on the server and attach to the copy."""
        forked = self._portal.call(
            self._async.fork(from_event_id=from_event_id, title=title, callbacks=callbacks)
        )
        return Conversation(self._portal, forked)

    def delete(self) -> None:
        """Delete the conversation on the server and close this object."""
        self._portal.call(self._async.delete())

    def stream(self) -> Iterator[Event]:
        """Yield every event from now on until the conversation is closed."""
        return self._portal.iterate(self._async.stream())

    def close(self) -> None:
        """Stop the socket and end every stream (a no-op once the client is closed)."""
        if not self._portal.closed:
            self._portal.call(self._async.close())

    def __enter__(self) -> Conversation:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<Conversation {self.id} {self.state.execution_status.value}>"


class AgentServer:
    """An OpenHands agent server, driven synchronously. See :class:`AsyncAgentServer`."""

    def __init__(
        self,
        url: str,
        api_key: str | None = None,
        *,
        timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self._async = AsyncAgentServer(url, api_key, timeout=timeout, transport=transport)
        self._portal = Portal()

    @property
    def url(self) -> str:
        """The server's base URL."""
        return self._async.url

    @property
    def aio(self) -> AsyncAgentServer:
        """The underlying async server object."""
        return self._async

    def start_conversation(
        self,
        agent: AgentSpec,
        working_dir: str,
        *,
        callbacks: Sequence[Callback] = (),
        max_iterations: int = 500,
        stuck_detection: bool = True,
        confirmation_policy: ConfirmationPolicySpec | None = None,
        security_analyzer: SecurityAnalyzerSpec | None = None,
        secrets: Mapping[str, SecretSpec] | None = None,
        conversation_id: UUID | str | None = None,
        tags: Mapping[str, str] | None = None,
        delete_on_close: bool = False,
        autotitle: bool = True,
        capacity_timeout: float = 300.0,
    ) -> Conversation:
        """Create (or attach to) a conversation; see :meth:`AsyncAgentServer.start_conversation`."""
        conversation = self._portal.call(
            self._async.start_conversation(
                agent,
                working_dir,
                callbacks=callbacks,
                max_iterations=max_iterations,
                stuck_detection=stuck_detection,
                confirmation_policy=confirmation_policy,
                security_analyzer=security_analyzer,
                secrets=secrets,
                conversation_id=conversation_id,
                tags=tags,
                delete_on_close=delete_on_close,
                autotitle=autotitle,
                capacity_timeout=capacity_timeout,
            )
        )
        return Conversation(self._portal, conversation)

    def attach_conversation(
        self, conversation_id: UUID | str, *, callbacks: Sequence[Callback] = ()
    ) -> Conversation:
        """Attach to an existing conversation; raises ``NotFoundError`` if there is none."""
        conversation = self._portal.call(
            self._async.attach_conversation(conversation_id, callbacks=callbacks)
        )
        return Conversation(self._portal, conversation)

    def workspace(self, working_dir: str) -> Workspace:
        """The directory ``working_dir`` (absolute) on the server: commands, files and git."""
        return Workspace(self._portal, self._async.workspace(working_dir))

    def info(self) -> ServerInfo:
        """The server's versions, uptime, capabilities and usable tools."""
        return self._portal.call(self._async.info())

    def wait_until_ready(self, timeout: float = 60.0) -> None:
        """Return once the server is ready; see :meth:`AsyncAgentServer.wait_until_ready`."""
        self._portal.call(self._async.wait_until_ready(timeout))

    def tools(self) -> list[str]:
        """The names of the tools registered on the server."""
        return self._portal.call(self._async.tools())

    def conversations(
        self,
        *,
        status: ExecutionStatus | str | None = None,
        sort: ConversationSortOrder = "CREATED_AT_DESC",
        page_size: int = MAX_PAGE_SIZE,
    ) -> Iterator[ConversationState]:
        """The state of every conversation on the server, fetched lazily page by page.

        See :meth:`AsyncAgentServer.conversations`.
        """
        pages = self._async.conversations(status=status, sort=sort, page_size=page_size)
        return self._portal.iterate(pages)

    def count_conversations(self, *, status: ExecutionStatus | str | None = None) -> int:
        """How many conversations the server has (with ``status``, if given)."""
        return self._portal.call(self._async.count_conversations(status=status))

    def close(self) -> None:
        """Close every conversation and connection, then stop the background loop (idempotent)."""
        if self._portal.closed:
            return
        try:
            self._portal.call(self._async.close())
        finally:
            self._portal.stop()

    def __enter__(self) -> AgentServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<AgentServer {self.url}>"
