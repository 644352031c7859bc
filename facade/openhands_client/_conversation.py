"""AsyncConversation: one conversation on the server, its live stream, log and state.

This is the one implementation; :class:`openhands_client.Conversation` drives it from
synchronous code.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol
from uuid import UUID

from openhands_api.api.conversations import (
    ask_agent,
    condense_conversation,
    delete_conversation,
    fork_conversation,
    get_agent_final_response,
    get_conversation,
    interrupt_conversation,
    pause_conversation,
    run_conversation,
    set_confirmation_policy,
    set_security_analyzer,
    update_conversation,
    update_secrets,
)
from openhands_api.api.events import respond_to_confirmation, search_events, send_message
from openhands_api.models.agent_response_result import AgentResponseResult
from openhands_api.models.ask_agent_request import AskAgentRequest
from openhands_api.models.ask_agent_response import AskAgentResponse
from openhands_api.models.confirmation_response_request import ConfirmationResponseRequest
from openhands_api.models.conversation_info import ConversationInfo
from openhands_api.models.fork_conversation_request import ForkConversationRequest
from openhands_api.models.send_message_request import SendMessageRequest
from openhands_api.models.set_confirmation_policy_request import SetConfirmationPolicyRequest
from openhands_api.models.set_security_analyzer_request import SetSecurityAnalyzerRequest
from openhands_api.models.success import Success
from openhands_api.models.text_content import TextContent
from openhands_api.models.update_conversation_request import UpdateConversationRequest
from openhands_api.models.update_secrets_request import UpdateSecretsRequest
from openhands_api.models.update_secrets_request_secrets import UpdateSecretsRequestSecrets
from openhands_api.types import UNSET

from ._connection import Connection
from ._event_log import EventLog
from ._http import Operation, as_json, call, call_raw, retry_while_full
from ._socket import EventSocket, Resume
from ._state import ConversationState, ExecutionStatus
from ._workspace import AsyncWorkspace
from .errors import (
    AgentServerError,
    ClientClosedError,
    ConflictError,
    ConversationRunError,
    RunTimeoutError,
    TransportError,
)
from .events import Event, decode_event, is_persisted, sent_kind

if TYPE_CHECKING:
    from .models import ConfirmationPolicySpec, SecretSpec, SecurityAnalyzerSpec

logger = logging.getLogger("openhands_client.conversation")

Callback = Callable[[Event], Any]
"""Called with each event as it arrives; may be a coroutine function (awaited in order)."""


class Attach(Protocol):
    """Attaches to a conversation by id (how ``fork`` opens the copy it made)."""

    def __call__(
        self, conversation_id: UUID, *, callbacks: Sequence[Callback] = ()
    ) -> Awaitable[AsyncConversation]: ...


_CLOSED = object()
PAGE_LIMIT = 100


def _as_mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


class _RunTracker:
    """Counts status observations so that run() can tell *this* run's end from older news."""

    def __init__(self) -> None:
        self.seq = 0
        self.last_running = 0
        self.last_flushed = 0
        self._changed: asyncio.Future[None] | None = None

    def observe(self, status: ExecutionStatus, *, flushed: bool) -> None:
        self.seq += 1
        if status is ExecutionStatus.RUNNING:
            self.last_running = self.seq
        elif flushed:
            self.last_flushed = self.seq
        self.notify()

    def notify(self) -> None:
        if self._changed is not None and not self._changed.done():
            self._changed.set_result(None)
        self._changed = None

    async def wait(self, timeout: float) -> None:
        if self._changed is None:
            self._changed = asyncio.get_running_loop().create_future()
        with contextlib.suppress(asyncio.TimeoutError):
            await asyncio.wait_for(asyncio.shield(self._changed), timeout)


class AsyncConversation:
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

    def __init__(
        self,
        connection: Connection,
        conversation_id: UUID,
        info: Mapping[str, Any],
        callbacks: Sequence[Callback] = (),
        *,
        attach: Attach,
        on_close: Callable[[AsyncConversation], None] | None = None,
        delete_on_close: bool = False,
    ) -> None:
        self._conn = connection
        self._attach = attach
        self._on_close = on_close
        self._id = conversation_id
        self._callbacks = list(callbacks)
        self._delete_on_close = delete_on_close
        self._log = EventLog()
        self._state = ConversationState(conversation_id, info)
        self._tracker = _RunTracker()
        self._queues: set[asyncio.Queue[object]] = set()
        self._synced = False
        self._closed = False
        self._socket = EventSocket(
            connection.base_url,
            conversation_id,
            connection.api_key,
            self._on_frame,
            self._resume_point,
            max_size=connection.max_message_size,
            ssl_context=connection.ssl_context,
        )

    # -- opening -------------------------------------------------------------------------

    async def _open(self, subscribe_timeout: float = 10.0) -> None:
        """Subscribe to the socket first, then load the log, so nothing falls in between."""
        self._socket.start()
        try:
            await asyncio.wait_for(self._socket.subscribed.wait(), subscribe_timeout)
        except asyncio.TimeoutError:
            logger.info("event socket not up yet for %s; loading the log over REST", self._id)
        try:
            if self._socket.final_error is not None:
                raise self._socket.final_error
            await self._sync_events(None, live=False)
        except BaseException:
            await self._socket.close()
            raise
        self._synced = True

    def _resume_point(self) -> Resume:
        if not self._synced:
            # A reconnect while the log is still loading must replay all: REST may have
            # read its page before the events the dropped socket never delivered.
            return "all" if self._socket.connections else None
        return self._log.resume_after() or "all"

    # -- incoming events -----------------------------------------------------------------

    async def _on_frame(self, data: dict[str, Any], first: bool) -> None:
        await self._ingest(decode_event(data), live=True, connect_push=first)

    async def _ingest(self, event: Event, *, live: bool, connect_push: bool = False) -> None:
        if is_persisted(event) and not self._log.add(event):
            return
        if sent_kind(event) == "ConversationStateUpdateEvent":
            # Only a live snapshot (not the one pushed on connect) says the run was flushed.
            self._apply_state_update(event, live_snapshot=live and not connect_push)
        if live or self._synced:
            await self._dispatch(event)

    def _apply_state_update(self, event: Event, *, live_snapshot: bool) -> None:
        raw = event.to_dict()
        key, value = raw.get("key"), raw.get("value")
        if not isinstance(key, str):
            return
        self._state.update(key, value)
        flushed = False
        if key == "full_state":
            value, flushed = _as_mapping(value).get("execution_status"), live_snapshot
        elif key != "execution_status":
            return
        if value is not None:
            self._tracker.observe(ExecutionStatus.parse(value), flushed=flushed)

    async def _dispatch(self, event: Event) -> None:
        for callback in self._callbacks:
            try:
                result = callback(event)
                if inspect.isawaitable(result):
                    await result
            except Exception:
                logger.exception("event callback %r failed on %s", callback, event.kind)
        for queue in self._queues:
            queue.put_nowait(event)

    async def _sync_events(self, since: datetime | None, *, live: bool) -> int:
        """Page through ``/events/search`` from ``since`` (inclusive); return how many were new."""
        before = len(self._log)
        page_id: str | None = None
        while True:
            kwargs = search_events.build_request(
                self._id,
                limit=PAGE_LIMIT,
                page_id=page_id or UNSET,
                timestamp_gte=since.isoformat() if since else UNSET,
            )
            page = _as_mapping(await call_raw(self._conn.http, kwargs, "search events"))
            for item in page.get("items") or []:
                if isinstance(item, Mapping):
                    await self._ingest(decode_event(item), live=live)
            next_page = page.get("next_page_id")
            if not next_page or next_page == page_id:
                break
            page_id = str(next_page)
        return len(self._log) - before

    async def _catch_up(self) -> None:
        await self._sync_events(self._log.resume_after(), live=False)

    # -- public state --------------------------------------------------------------------

    @property
    def id(self) -> UUID:
        """The conversation id."""
        return self._id

    @property
    def events(self) -> EventLog:
        """The server's persisted events: typed, deduplicated, in timestamp order."""
        return self._log

    @property
    def state(self) -> ConversationState:
        """The latest known state (kept current by the stream)."""
        return self._state

    @property
    def is_connected(self) -> bool:
        """Whether the event socket is open right now."""
        return self._socket.connected

    @property
    def workspace(self) -> AsyncWorkspace:
        """The conversation's working directory on the server: commands, files and git."""
        workspace = _as_mapping(self._state.raw.get("workspace"))
        return AsyncWorkspace(self._conn, str(workspace.get("working_dir") or ""))

    async def refresh_state(self) -> ConversationState:
        """Fetch the state over REST (the stream normally keeps it current)."""
        info = await call(
            get_conversation,
            ConversationInfo,
            "get conversation",
            conversation_id=self._id,
            client=self._conn.api,
        )
        self._state.replace(info.to_dict())
        return self._state

    # -- commands ------------------------------------------------------------------------

    async def _post(self, operation: Operation, what: str, **kwargs: Any) -> None:
        await call(
            operation, Success, what, conversation_id=self._id, client=self._conn.api, **kwargs
        )

    async def send_message(self, message: str | SendMessageRequest, *, run: bool = False) -> None:
        """Send a user message (text or a generated ``SendMessageRequest``).

        With ``run=True`` the server starts the agent too (prefer :meth:`run`, which waits).
        """
        if isinstance(message, str):
            if not message.strip():
                raise ValueError("message must not be empty")
            body = SendMessageRequest(content=[TextContent(text=message)], role="user", run=run)
        elif isinstance(message, SendMessageRequest):
            body = message
        else:
            raise TypeError(
                f"message must be str or SendMessageRequest, not {type(message).__name__}"
            )
        await self._post(send_message, "send message", body=body)

    async def run(self, *, blocking: bool = True, timeout: float = 3600.0) -> ExecutionStatus:
        """Start the agent and, if ``blocking``, wait until this run ends.

        Returns the final status (``finished``, ``paused``, ``waiting_for_confirmation`` or
        ``idle``) once every event of the run is in :attr:`events`. If the conversation is
        already running, waits for that run; while the server is at capacity (HTTP 429),
        keeps asking until the deadline. Raises :class:`ConversationRunError` when the run
        ends in ``error`` or ``stuck``, and its subclass :class:`RunTimeoutError` (also a
        ``TimeoutError``) when the run is not over within ``timeout`` seconds.
        """
        if not timeout > 0:
            raise ValueError(f"timeout must be positive, got {timeout!r}")
        deadline = time.monotonic() + timeout
        start = self._tracker.seq
        already_running = False
        try:
            await retry_while_full(lambda: self._post(run_conversation, "run"), deadline)
        except ConflictError:
            # 409 as soon as the server's run task exists, possibly before it says `running`.
            already_running = self._state.execution_status is ExecutionStatus.RUNNING
        if not blocking:
            return ExecutionStatus.RUNNING
        return await self._wait_for_run_end(start, already_running, deadline, timeout)

    async def _wait_for_run_end(
        self, start: int, running_seen: bool, deadline: float, timeout: float
    ) -> ExecutionStatus:
        tracker = self._tracker
        terminal_since: float | None = None
        while True:
            if self._socket.final_error is not None:
                raise self._socket.final_error
            if self._closed:
                raise ClientClosedError(f"conversation {self._id} was closed while waiting")
            running_seen = running_seen or tracker.last_running > start
            status = self._state.execution_status
            now = time.monotonic()
            # Only news from after this run began counts: a terminal status, then a snapshot.
            anchor = max(start, tracker.last_running)
            if running_seen and status.is_terminal and tracker.seq > anchor:
                if tracker.last_flushed > anchor:
                    break
                terminal_since = terminal_since or now
                if now - terminal_since >= self.SETTLE_SECONDS or not self._socket.connected:
                    await self._catch_up_quietly()
                    break
            else:
                terminal_since = None
            if now >= deadline:
                raise RunTimeoutError(
                    self._id, f"run did not end within {timeout} s", status=status.value
                )
            if self._socket.connected:
                await tracker.wait(min(deadline - now, self.SETTLE_SECONDS))
            else:
                await tracker.wait(min(deadline - now, self.POLL_SECONDS))
                await self._poll_quietly()
        return self._raise_if_failed(self._state.execution_status)

    async def _catch_up_quietly(self) -> None:
        try:
            await self._catch_up()
        except TransportError as exc:
            logger.info("catch-up after the run failed (%s); the socket will resume", exc)

    async def _poll_quietly(self) -> None:
        """REST fallback while the socket is down: new events first, then the status."""
        try:
            await self._catch_up()
            await self.refresh_state()
        except TransportError:
            return
        self._tracker.observe(self._state.execution_status, flushed=False)

    def _raise_if_failed(self, status: ExecutionStatus) -> ExecutionStatus:
        if status in (ExecutionStatus.ERROR, ExecutionStatus.STUCK):
            detail = self._last_error_detail()
            message = f"run ended in {status.value}" + (f": {detail}" if detail else "")
            raise ConversationRunError(self._id, message, status=status.value, detail=detail)
        return status

    def _last_error_detail(self) -> str | None:
        for event in reversed(self._log):
            if sent_kind(event) in ("ConversationErrorEvent", "AgentErrorEvent"):
                raw = event.to_dict()
                parts = [str(raw[k]) for k in ("code", "detail", "error") if raw.get(k)]
                return ": ".join(parts) or None
        return None

    async def pause(self) -> None:
        """Ask the agent to pause after its current step."""
        await self._post(pause_conversation, "pause", missing_on_400=True)

    async def interrupt(self) -> None:
        """Interrupt the agent at once, cancelling its current LLM call or tool."""
        await self._post(interrupt_conversation, "interrupt", missing_on_400=True)

    async def reject_pending_actions(self, reason: str = "User rejected the action.") -> None:
        """Reject the actions waiting for confirmation."""
        body = ConfirmationResponseRequest(accept=False, reason=reason)
        await self._post(respond_to_confirmation, "reject actions", body=body)

    async def accept_pending_actions(self) -> None:
        """Accept the actions waiting for confirmation (the agent continues)."""
        body = ConfirmationResponseRequest(accept=True)
        await self._post(respond_to_confirmation, "accept actions", body=body)

    async def set_confirmation_policy(self, policy: ConfirmationPolicySpec) -> None:
        """Set the confirmation policy: a generated policy model or a dict with its ``kind``."""
        raw = as_json(policy, "policy")
        body = SetConfirmationPolicyRequest.from_dict({"policy": raw})
        await self._post(set_confirmation_policy, "set confirmation policy", body=body)

    async def set_security_analyzer(self, analyzer: SecurityAnalyzerSpec | None) -> None:
        """Set (or with ``None`` remove) the security analyzer: a generated model or a dict."""
        raw = None if analyzer is None else as_json(analyzer, "analyzer")
        body = SetSecurityAnalyzerRequest.from_dict({"security_analyzer": raw})
        await self._post(set_security_analyzer, "set security analyzer", body=body)

    async def update_secrets(self, secrets: Mapping[str, SecretSpec]) -> None:
        """Add or replace secrets the agent may use (values are never logged).

        A value is the secret itself (a ``str``) or a generated secret-source model / dict
        (e.g. ``{"kind": "LookupSecret", "url": ...}``).
        """
        sources: dict[str, Any] = {}
        for name, value in secrets.items():
            if not isinstance(name, str) or not name:
                raise ValueError("secret names must be non-empty strings")
            if isinstance(value, str):
                sources[name] = {"kind": "StaticSecret", "value": value}
            else:
                sources[name] = as_json(value, f"secret {name!r}")
        body = UpdateSecretsRequest(secrets=UpdateSecretsRequestSecrets.from_dict(sources))
        await self._post(update_secrets, "update secrets", body=body)

    async def ask_agent(self, question: str) -> str:
        """Ask the agent's LLM a side question; the conversation is not changed."""
        if not question.strip():
            raise ValueError("question must not be empty")
        answer = await call(
            ask_agent,
            AskAgentResponse,
            "ask agent",
            conversation_id=self._id,
            client=self._conn.api,
            body=AskAgentRequest(question=question),
        )
        return answer.response

    async def final_response(self) -> str:
        """The agent's final answer: its ``finish`` message or last text reply ("" if none yet)."""
        result = await call(
            get_agent_final_response,
            AgentResponseResult,
            "final response",
            conversation_id=self._id,
            client=self._conn.api,
        )
        return result.response

    async def condense(self) -> None:
        """Ask the server to condense the conversation's history now."""
        await self._post(condense_conversation, "condense")

    async def set_title(self, title: str) -> None:
        """Set the conversation's title."""
        if not title.strip():
            raise ValueError("title must not be empty")
        body = UpdateConversationRequest(title=title)
        await self._post(update_conversation, "set title", body=body)
        self._state.update("title", title)

    async def fork(
        self,
        *,
        from_event_id: str | None = None,
        title: str | None = None,
        callbacks: Sequence[Callback] = (),
    ) -> AsyncConversation:
        """Copy the conversation on the server (up to ``from_event_id``) and attach to the copy."""
        body = ForkConversationRequest(from_event_id=from_event_id or UNSET, title=title or UNSET)
        info = await call(
            fork_conversation,
            ConversationInfo,
            "fork",
            conversation_id=self._id,
            client=self._conn.api,
            body=body,
        )
        return await self._attach(info.id, callbacks=callbacks)

    async def delete(self) -> None:
        """Delete the conversation on the server and close this object."""
        await self._post(delete_conversation, "delete", missing_on_400=True)
        self._delete_on_close = False
        await self.close()

    # -- streaming and lifecycle ---------------------------------------------------------

    async def stream(self) -> AsyncIterator[Event]:
        """Yield every event from now on (persisted once each, and transient ones) until closed.

        Raises the socket's final error (``AuthenticationError``, ``NotFoundError``) if the
        server refuses it for good.
        """
        queue: asyncio.Queue[object] = asyncio.Queue()
        self._queues.add(queue)
        waiter: asyncio.Future[object] | None = None
        try:
            while not self._closed:
                waiter = asyncio.ensure_future(queue.get())
                while not waiter.done():
                    await asyncio.wait({waiter}, timeout=self.SETTLE_SECONDS)
                    if self._socket.final_error is not None and queue.empty():
                        raise self._socket.final_error
                item = waiter.result()
                if item is _CLOSED:
                    return
                yield item  # type: ignore[misc]
        finally:
            if waiter is not None:
                waiter.cancel()  # a cancelled consumer leaves no pending queue.get()
            self._queues.discard(queue)

    async def close(self) -> None:
        """Stop the socket and end every stream; delete the conversation if it was ephemeral."""
        if self._closed:
            return
        self._closed = True
        if self._on_close is not None:
            self._on_close(self)
        await self._socket.close()
        for queue in self._queues:
            queue.put_nowait(_CLOSED)
        self._tracker.notify()
        if self._delete_on_close:
            try:
                await self._post(delete_conversation, "delete", missing_on_400=True)
            except AgentServerError as exc:
                logger.warning("could not delete conversation %s on close: %s", self._id, exc)

    async def __aenter__(self) -> AsyncConversation:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    def __repr__(self) -> str:
        return f"<AsyncConversation {self._id} {self._state.execution_status.value}>"


__all__ = ["AsyncConversation", "Attach", "Callback"]
