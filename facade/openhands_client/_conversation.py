"""AsyncConversation: one conversation on the server, its live stream, log and state.

This is the one implementation; :class:`openhands_client.Conversation` drives it from
synchronous code.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine, Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol, TypeVar
from uuid import UUID

import httpx

from openhands_api import models as _models
from openhands_api.api.conversations import (
    ask_agent,
    condense_conversation,
    delete_conversation,
    fork_conversation,
    get_agent_final_response,
    get_conversation,
    interrupt_conversation,
    load_plugin,
    navigate_conversation,
    pause_conversation,
    run_conversation,
    set_confirmation_policy,
    set_security_analyzer,
    switch_llm,
    switch_profile,
    update_conversation,
    update_secrets,
)
from openhands_api.api.events import (
    count_events,
    respond_to_confirmation,
    search_events,
    send_message,
)
from openhands_api.types import UNSET

if TYPE_CHECKING:
    from openhands_api.models.action_event import ActionEvent
    from openhands_api.models.llm_input import LLMInput
    from openhands_api.models.send_message_request import SendMessageRequest

from . import _checks, _event_query, _routes, _start_request
from ._callbacks import Callback, CallbackRunner
from ._compat import (
    KINDS_BY_CLASS_NAME,
    RUNTIME_ROUTES,
    SWITCH_LLM,
    SWITCH_LLM_SINCE,
    ServerCompat,
)
from ._connection import Connection
from ._event_log import EventLog
from ._http import Operation, as_json, call, call_raw, call_response, retry_while_full
from ._log_load import PageQuery, load_events
from ._options import LLM_TIMEOUT
from ._quiet_check import QuietCheck
from ._reconcile import Reconciler
from ._socket import EventSocket, Resume
from ._start_request import secret_sources
from ._state import ConversationState, ExecutionStatus
from ._stream_buffer import StreamBuffer
from ._terminal_text import printable
from ._workspace import AsyncWorkspace
from .errors import (
    AgentServerError,
    ClientClosedError,
    ConflictError,
    ConversationRunError,
    NotFoundError,
    RunTimeoutError,
    ServerError,
    TransportError,
)
from .events import Event, decode_event, is_persisted, sent_kind

if TYPE_CHECKING:
    from .models import ConfirmationPolicySpec, SecretSpec, SecurityAnalyzerSpec

logger = logging.getLogger("openhands_client.conversation")


class Attach(Protocol):
    """Attaches to a conversation by id (how ``fork`` opens the copy it made)."""

    def __call__(
        self, conversation_id: UUID, *, callbacks: Sequence[Callback] = ()
    ) -> Awaitable[AsyncConversation]: ...


M = TypeVar("M")


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
        conversation_id: UUID,
        info: Mapping[str, Any],
        callbacks: Sequence[Callback] = (),
        *,
        attach: Attach,
        on_close: Callable[[AsyncConversation], None] | None = None,
        delete_on_close: bool = False,
        compat: ServerCompat | None = None,
    ) -> None:
        self._conn = connection
        self._compat = compat or ServerCompat(connection)
        self._attach = attach
        self._on_close = on_close
        self._id = conversation_id
        self._callbacks = CallbackRunner(callbacks, self.CALLBACK_BACKLOG)
        self._delete_on_close = delete_on_close
        self._log = EventLog()
        self._state = ConversationState(conversation_id, info)
        self._tracker = _RunTracker()
        # The newest ConversationErrorEvent (the server's fatal one) since run() last began.
        self._run_error: Event | None = None
        self._queues: set[StreamBuffer] = set()
        self._synced = False
        self._gate: asyncio.Future[None] | None = None
        self._closed = False
        self._closing = asyncio.Event()  # set by close(): ends a waiting run() at once
        self._quiet = QuietCheck(self._check_quiet, self.QUIET_SECONDS)
        self._reconciler = Reconciler(
            lambda: len(self._log),
            self._count_events,
            self._catch_up,
            lambda: self._sync_events(None, live=False),
        )
        self._socket = EventSocket(
            connection.base_url,
            conversation_id,
            connection.api_key,
            self._on_frame,
            self._resume_point,
            max_size=connection.max_message_size,
            ssl_context=connection.ssl_context,
            headers=connection.headers,
        )

    # -- opening -------------------------------------------------------------------------

    def _adopt(self, info: Mapping[str, Any]) -> None:
        """Take a REST ``ConversationInfo`` body under what the socket has already said."""
        self._state.underlay(info)

    async def _open(self, subscribe_timeout: float = 10.0) -> None:
        """Load the log while the socket subscribes; the log's end is read only once the socket
        is subscribed (or given up on), so that no event falls in between."""
        gate = self._gate = asyncio.ensure_future(self._subscription(subscribe_timeout))
        loading = asyncio.ensure_future(self._sync_events(None, live=False, ready=gate))
        try:
            await asyncio.sleep(0)  # the log's first request goes out before the socket connects
            self._socket.start()
            await loading
            await gate
        except BaseException:
            # Both are over (and their errors retrieved) before this returns, however it failed.
            loading.cancel()
            gate.cancel()
            await asyncio.gather(loading, gate, return_exceptions=True)
            await self._socket.close()
            raise
        # The callbacks get the log as loaded (what the socket added meanwhile included) in
        # log order, then each event as it comes: every persisted event once.
        self._callbacks.submit_all(self._log)
        self._synced = True
        self._reconciler.enable()

    async def _subscription(self, timeout: float) -> None:
        """Wait for the socket's subscription (at most ``timeout``); raise its final error."""
        try:
            await asyncio.wait_for(self._socket.wait_subscribed(), timeout)
        except asyncio.TimeoutError:
            logger.info("event socket not up yet for %s; loading the log over REST", self._id)
        if self._socket.final_error is not None:
            raise self._socket.final_error

    def _resume_point(self) -> Resume:
        if not self._synced:
            # A reconnect while the log is still loading must replay all: REST may have
            # read its page before the events the dropped socket never delivered.
            return "all" if self._socket.connections else None
        return self._log.resume_after() or "all"

    # -- incoming events -----------------------------------------------------------------

    async def _on_frame(self, data: dict[str, Any], first: bool) -> None:
        self._quiet.reset()
        if first and self._gate is not None and self._gate.done():
            # Subscribed after the load's end was read (a reconnect, or a subscription later
            # than the load waited for): check the log against the server's (see _reconcile).
            self._reconciler.request()
        await self._ingest(decode_event(data), live=True, connect_push=first)

    async def _ingest(self, event: Event, *, live: bool, connect_push: bool = False) -> None:
        if is_persisted(event) and not self._log.add(event):
            return
        kind = sent_kind(event)
        if kind == "ConversationStateUpdateEvent":
            # Only a live snapshot (not the one pushed on connect) says the run was flushed.
            self._apply_state_update(event, live_snapshot=live and not connect_push)
        elif kind == "ConversationErrorEvent":
            self._run_error = event
        if self._synced or not is_persisted(event):
            self._dispatch(event)

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

    def _dispatch(self, event: Event) -> None:
        self._callbacks.submit(event)
        for buffer in list(self._queues):
            if not buffer.put(event):
                self._queues.discard(buffer)

    async def _sync_events(
        self, since: datetime | None, *, live: bool, ready: asyncio.Future[None] | None = None
    ) -> int:
        """Load ``/events/search`` from ``since`` (inclusive); return how many were new."""
        before = len(self._log)
        gte = since.isoformat() if since else None
        pages = load_events(self._search, gte, ready, self._count_events)
        try:
            async for page in pages:
                if ready is not None and self._socket.final_error is not None:
                    raise self._socket.final_error  # refused for good: stop loading
                for event in page:
                    await self._ingest(event, live=live)
        finally:
            await pages.aclose()
        return len(self._log) - before

    async def _search(self, query: PageQuery) -> httpx.Response:
        kwargs = search_events.build_request(
            self._id,
            limit=query.limit,
            page_id=query.page_id or UNSET,
            timestamp_gte=query.gte or UNSET,
            sort_order="TIMESTAMP_DESC" if query.newest_first else UNSET,
        )
        return await call_response(self._conn.http, kwargs, "search events")

    async def _catch_up(self) -> None:
        await self._sync_events(self._log.resume_after(), live=False)

    async def _count_events(self) -> int:
        return await self._call(count_events, int, "count events")

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
            await self._socket.end(gone)
            self._tracker.notify()
        except AgentServerError as exc:
            logger.info("could not check conversation %s (%s)", self._id, printable(str(exc)))
        else:
            if isinstance(info, Mapping):
                self._state.adopt(info)

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
    def callbacks_dropped(self) -> int:
        """How many stream-only events (token deltas, state snapshots) the callbacks missed:
        they fell more than ``CALLBACK_BACKLOG`` of them behind (a WARNING is logged). Every
        persisted event still reaches them, and :attr:`events`."""
        return self._callbacks.dropped

    @property
    def workspace(self) -> AsyncWorkspace:
        """The conversation's working directory on the server: commands, files and git."""
        workspace = _as_mapping(self._state._field("workspace"))
        working_dir = str(workspace.get("working_dir") or "")
        return AsyncWorkspace(self._conn, working_dir, compat=self._compat)

    def _require_open(self) -> None:
        if self._closed:
            raise ClientClosedError(f"conversation {self._id} is closed; attach to it again")

    async def _call(self, operation: Operation, expect: type[M], what: str, **kwargs: Any) -> M:
        """Run a generated operation on this conversation; refused once it is closed."""
        self._require_open()
        return await call(
            operation, expect, what, conversation_id=self._id, client=self._conn.api, **kwargs
        )

    async def runtime_workspace(self) -> AsyncWorkspace:
        """The workspace in the conversation's own runtime: commands run where the agent runs.

        Uses ``/api/conversations/{id}/bash|file|git``; paths must lie inside the
        conversation's working directory. Raises :class:`UnsupportedFeatureError` if the
        server does not offer these routes.
        """
        await self._compat.require(RUNTIME_ROUTES)
        working_dir = str(_as_mapping(self._state._field("workspace")).get("working_dir") or "")
        routes = _routes.for_conversation(self._id)
        return AsyncWorkspace(self._conn, working_dir, routes, compat=self._compat)

    async def refresh_state(self) -> ConversationState:
        """Fetch the state over REST (the stream normally keeps it current)."""
        info = await self._call(get_conversation, _models.ConversationInfo, "get conversation")
        self._state.replace(info.to_dict())
        return self._state

    # -- commands ------------------------------------------------------------------------

    async def _post(self, operation: Operation, what: str, **kwargs: Any) -> None:
        await self._call(operation, _models.Success, what, **kwargs)

    async def send_message(self, message: str | SendMessageRequest, *, run: bool = False) -> None:
        """Send a user message (text or a generated ``SendMessageRequest``).

        With ``run=True`` the server starts the agent too (prefer :meth:`run`, which waits).
        """
        if not isinstance(message, _models.SendMessageRequest):
            _checks.text(message, "message")
        body = _start_request.message_request(message, run)
        await self._post(send_message, "send message", body=body)

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
        self._require_open()
        try:
            # Every wait inside, REST calls included, is bounded by the one deadline.
            # From a callback, run() cannot wait for the callbacks to see its events.
            settle = not self._callbacks.running_here()
            return await asyncio.wait_for(
                self._unless_closed(self._run(blocking, timeout, settle)), timeout
            )
        except asyncio.TimeoutError:
            raise self._run_timed_out(timeout) from None

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

    def _run_timed_out(self, timeout: float) -> RunTimeoutError:
        status = self._state.execution_status.value
        return RunTimeoutError(self._id, f"run did not end within {timeout} s", status=status)

    async def _run(self, blocking: bool, timeout: float, settle: bool) -> ExecutionStatus:
        deadline = time.monotonic() + timeout
        start = self._tracker.seq
        self._run_error = None
        already_running = False
        try:
            await retry_while_full(
                lambda: self._post(run_conversation, "run"),
                deadline,
                also=(ServerError, TransportError),
            )
        except ConflictError:
            # 409 as soon as the server's run task exists, possibly before it says `running`.
            already_running = self._state.execution_status is ExecutionStatus.RUNNING
        if not blocking:
            return ExecutionStatus.RUNNING
        status = await self._wait_for_run_end(start, already_running, deadline, timeout)
        await self._reconciler.settled()
        if settle:
            await self._callbacks.drained()
        return self._raise_if_failed(status)

    async def _wait_for_run_end(
        self, start: int, running_seen: bool, deadline: float, timeout: float
    ) -> ExecutionStatus:
        tracker = self._tracker
        terminal_since: float | None = None
        self._quiet.reset()
        while True:
            if self._socket.final_error is not None:
                raise self._socket.final_error
            # A run with nothing to do (e.g. after the start request's initial message ran)
            # never says `running`; its post-run snapshot alone ends it.
            running_seen = (
                running_seen or tracker.last_running > start or tracker.last_flushed > start
            )
            status = self._state.execution_status
            now = time.monotonic()
            # Only news from after this run began counts: a terminal status, then a snapshot.
            anchor = max(start, tracker.last_running)
            if running_seen and status.is_terminal and tracker.seq > anchor:
                if tracker.last_flushed > anchor:
                    break
                terminal_since = terminal_since or now
                # Without the socket, polling goes on for as long: events trail the status.
                if now - terminal_since >= self.SETTLE_SECONDS:
                    await self._catch_up_quietly()
                    break
            else:
                terminal_since = None
            if now >= deadline:
                raise self._run_timed_out(timeout)
            if self._socket.connected:
                self._quiet.poke()
                await tracker.wait(min(deadline - now, self.SETTLE_SECONDS))
            else:
                await tracker.wait(min(deadline - now, self.POLL_SECONDS))
                await self._poll_quietly()
        return self._state.execution_status

    async def _catch_up_quietly(self) -> None:
        try:
            await self._catch_up()
        except (TransportError, ServerError) as exc:
            logger.info(
                "catch-up after the run failed (%s); the socket will resume", printable(str(exc))
            )

    async def _poll_quietly(self) -> None:
        """REST fallback while the socket is down: new events first, then the status."""
        try:
            await self._catch_up()
            await self.refresh_state()
        except (TransportError, ServerError) as exc:
            logger.info("polling failed (%s); retrying until the deadline", printable(str(exc)))
            return
        self._tracker.observe(self._state.execution_status, flushed=False)

    def _raise_if_failed(self, status: ExecutionStatus) -> ExecutionStatus:
        if status in (ExecutionStatus.ERROR, ExecutionStatus.STUCK):
            detail = self._run_error_detail()
            message = f"run ended in {status.value}" + (f": {detail}" if detail else "")
            raise ConversationRunError(self._id, message, status=status.value, detail=detail)
        return status

    def _run_error_detail(self) -> str | None:
        """``code: detail`` of this run's fatal error, if it had one. An ``AgentErrorEvent``
        is a failed tool call the agent is told about and goes on from: not the run's error."""
        if self._run_error is None:
            return None
        raw = self._run_error.to_dict()
        return ": ".join(str(raw[k]) for k in ("code", "detail") if raw.get(k)) or None

    async def pause(self) -> None:
        """Ask the agent to pause after its current step."""
        await self._post(pause_conversation, "pause", missing_on_400=True)

    async def interrupt(self) -> None:
        """Interrupt the agent at once, cancelling its current LLM call or tool."""
        await self._post(interrupt_conversation, "interrupt", missing_on_400=True)

    async def reject_pending_actions(self, reason: str = "User rejected the action.") -> None:
        """Reject the actions waiting for confirmation."""
        body = _models.ConfirmationResponseRequest(
            accept=False, reason=_checks.text(reason, "reason")
        )
        await self._post(respond_to_confirmation, "reject actions", body=body)

    async def accept_pending_actions(self) -> None:
        """Accept the actions waiting for confirmation (the agent continues)."""
        body = _models.ConfirmationResponseRequest(accept=True)
        await self._post(respond_to_confirmation, "accept actions", body=body)

    async def set_confirmation_policy(self, policy: ConfirmationPolicySpec) -> None:
        """Set the confirmation policy: a generated policy model or a dict with its ``kind``."""
        body = _models.SetConfirmationPolicyRequest.from_dict({"policy": as_json(policy, "policy")})
        await self._post(set_confirmation_policy, "set confirmation policy", body=body)

    async def set_security_analyzer(self, analyzer: SecurityAnalyzerSpec | None) -> None:
        """Set (or with ``None`` remove) the security analyzer: a generated model or a dict."""
        raw = None if analyzer is None else as_json(analyzer, "analyzer")
        body = _models.SetSecurityAnalyzerRequest.from_dict({"security_analyzer": raw})
        await self._post(set_security_analyzer, "set security analyzer", body=body)

    async def update_secrets(self, secrets: Mapping[str, SecretSpec]) -> None:
        """Add or replace secrets the agent may use (values are never logged).

        A value is the secret itself (a ``str``) or a generated secret-source model / dict
        (e.g. ``{"kind": "LookupSecret", "url": ...}``).
        """
        sources = secret_sources(_checks.mapping(secrets, "secrets", allow_empty=False))
        body = _models.UpdateSecretsRequest(
            secrets=_models.UpdateSecretsRequestSecrets.from_dict(sources)
        )
        await self._post(update_secrets, "update secrets", body=body)

    async def ask_agent(self, question: str, *, timeout: float = LLM_TIMEOUT) -> str:
        """Ask the agent's LLM a side question; the conversation is not changed.

        ``timeout`` (seconds) bounds this call, which waits on the LLM, instead of the
        client's (tighter) REST timeout.
        """
        body = _models.AskAgentRequest(question=_checks.text(question, "question"))
        answer = await self._call(
            ask_agent,
            _models.AskAgentResponse,
            "ask agent",
            body=body,
            timeout=_checks.seconds(timeout, "timeout"),
        )
        return answer.response

    async def final_response(self) -> str:
        """The agent's final answer: its ``finish`` message or last text reply ("" if none yet)."""
        result = await self._call(
            get_agent_final_response, _models.AgentResponseResult, "final response"
        )
        return result.response

    async def condense(self, *, timeout: float = LLM_TIMEOUT) -> None:
        """Ask the server to condense the conversation's history now (with the agent's
        condenser; a summarizing one calls its LLM: ``timeout`` seconds bound this call)."""
        await self._post(
            condense_conversation, "condense", timeout=_checks.seconds(timeout, "timeout")
        )

    async def set_title(self, title: str) -> None:
        """Set the conversation's title."""
        body = _models.UpdateConversationRequest(title=_checks.text(title, "title"))
        await self._post(update_conversation, "set title", body=body)
        self._state.adopt({"title": title})

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
        info = await self._call(fork_conversation, _models.ConversationInfo, "fork", body=body)
        return await self._attach(info.id, callbacks=callbacks)

    async def delete(self) -> None:
        """Delete the conversation on the server and close this object."""
        await self._post(delete_conversation, "delete", missing_on_400=True)
        self._delete_on_close = False
        await self.close()

    # -- server-side event queries and the conversation tree --------------------------------

    def search_events(
        self,
        *,
        kind: str | None = None,
        source: str | None = None,
        body: str | None = None,
        since: datetime | str | None = None,
        until: datetime | str | None = None,
        newest_first: bool = False,
        page_size: int = _event_query.MAX_PAGE_SIZE,
    ) -> AsyncIterator[Event]:
        """The server's persisted events that match, as a lazy iterator over pages.

        ``kind`` is an event kind (``"ActionEvent"``), ``source`` ``agent``, ``user``,
        ``environment`` or ``hook``; ``body`` matches message text (case-insensitive);
        ``since`` (inclusive) and ``until`` (exclusive) are naive server-local times.
        Use as ``async for event in conv.search_events(kind="MessageEvent"):``.
        """
        where = _event_query.EventFilter.of(kind, source, body, since, until)
        size = _event_query.check_page_size(page_size)
        return self._search_events(where, newest_first, size)

    async def _search_events(
        self, where: _event_query.EventFilter, newest_first: bool, page_size: int
    ) -> AsyncIterator[Event]:
        matching = _event_query.search(
            self._conn,
            self._id,
            where,
            newest_first=newest_first,
            page_size=page_size,
            kind_on_server=await self._kinds_by_class_name(),
        )
        async for event in matching:
            yield event

    async def _kinds_by_class_name(self) -> bool:
        return (await self._compat.release()).at_least(KINDS_BY_CLASS_NAME)

    async def count_events(
        self,
        *,
        kind: str | None = None,
        source: str | None = None,
        body: str | None = None,
        since: datetime | str | None = None,
        until: datetime | str | None = None,
    ) -> int:
        """How many persisted events match (the filters of :meth:`search_events`)."""
        where = _event_query.EventFilter.of(kind, source, body, since, until)
        by_name = await self._kinds_by_class_name()
        return await _event_query.count(self._conn, self._id, where, kind_on_server=by_name)

    async def get_event(self, event_id: str) -> Event:
        """One persisted event, fetched by id; :class:`NotFoundError` if there is none."""
        return await _event_query.get(self._conn, self._id, event_id)

    def pending_actions(self) -> list[ActionEvent]:
        """The actions in :attr:`events` not yet observed, rejected or failed, oldest first.

        While the status is ``waiting_for_confirmation``, these wait for
        :meth:`accept_pending_actions` or :meth:`reject_pending_actions`.
        """
        return _event_query.unmatched_actions(self._log)

    async def navigate(self, event_id: str | None) -> None:
        """Move the conversation's HEAD to ``event_id`` (``None``: the empty tree).

        The agent continues from there on the next run; no event is deleted and no new
        conversation is created. :attr:`state` is refreshed from the answer.
        """
        if event_id is not None and (not isinstance(event_id, str) or not event_id):
            raise ValueError(f"event_id must be a non-empty string or None, got {event_id!r}")
        body = _models.NavigateConversationRequest(event_id=event_id)
        info = await self._call(
            navigate_conversation, _models.ConversationInfo, "navigate", body=body
        )
        self._state.replace(info.to_dict())

    async def switch_llm(self, llm: LLMInput | Mapping[str, Any]) -> None:
        """Use another LLM (a generated ``LLMInput`` or its JSON) from the next step on.

        Raises :class:`UnsupportedFeatureError` on servers before 1.57, which accept the
        request but keep the old LLM.
        """
        body = _models.SwitchLLMRequest.from_dict({"llm": as_json(llm, "llm")})
        await self._compat.require_version(SWITCH_LLM, SWITCH_LLM_SINCE)
        await self._post(switch_llm, "switch LLM", body=body)

    async def switch_profile(self, profile_name: str) -> None:
        """Use the server's stored LLM profile ``profile_name`` from the next step on."""
        if not isinstance(profile_name, str) or not profile_name:
            raise ValueError(f"profile_name must be a non-empty string, got {profile_name!r}")
        body = _models.SwitchProfileRequest(profile_name=profile_name)
        await self._post(switch_profile, "switch profile", body=body)

    async def load_plugin(self, plugin_ref: str) -> None:
        """Load a plugin (e.g. ``github:owner/repo`` or a path on the server) into the agent."""
        if not isinstance(plugin_ref, str) or not plugin_ref:
            raise ValueError(f"plugin_ref must be a non-empty string, got {plugin_ref!r}")
        body = _models.LoadPluginRequest(plugin_ref=plugin_ref)
        await self._post(load_plugin, "load plugin", body=body)

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
        buffer = StreamBuffer(self.STREAM_BUFFER)
        self._queues.add(buffer)
        self._quiet.reset()
        try:
            while True:
                event = buffer.take()
                if event is not None:
                    yield event
                    continue
                if self._closed or buffer.closed:
                    return
                if self._socket.final_error is not None:
                    raise self._socket.final_error
                self._quiet.poke()
                await buffer.wait(self.SETTLE_SECONDS)
        finally:
            self._queues.discard(buffer)

    async def close(self) -> None:
        """Stop the socket and end every stream; delete the conversation if it was ephemeral."""
        if self._closed:
            return
        self._closed = True
        self._closing.set()
        if self._on_close is not None:
            self._on_close(self)
        await self._socket.close()
        await self._quiet.close()
        await self._reconciler.close()
        await self._callbacks.close()
        for buffer in self._queues:
            buffer.close()
        if self._delete_on_close:
            try:
                await call(
                    delete_conversation,
                    _models.Success,
                    "delete",
                    missing_on_400=True,
                    conversation_id=self._id,
                    client=self._conn.api,
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
        return f"<AsyncConversation {self._id} {self._state.execution_status.value}>"


__all__ = ["AsyncConversation", "Attach", "Callback"]
