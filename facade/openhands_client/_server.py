"""AsyncAgentServer: the entry point to one agent server (the one implementation)."""

from __future__ import annotations

import asyncio
import logging
import sys
import time
from collections.abc import AsyncIterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, NoReturn
from uuid import UUID, uuid4

from openhands_api import models as _models
from openhands_api.api.conversations import get_conversation, start_conversation
from openhands_api.api.server import get_server_info
from openhands_api.api.tools import list_tools
from openhands_api.client import AuthenticatedClient

if TYPE_CHECKING:
    from openhands_api.models.conversation_sort_order import ConversationSortOrder
    from openhands_api.models.server_info import ServerInfo

from . import _bash_events, _conversation_search, _readiness, _start_request
from ._compat import IDEMPOTENT_CREATE, ServerCompat
from ._connection import Connection, normalize_base_url
from ._control import AsyncConversationControl
from ._conversation import AsyncConversation, Callback, new_feed
from ._conversation_options import ConversationOptions, check_options
from ._feed import ConversationFeed
from ._history import History, check_history
from ._http import call, call_raw, retry_while_full
from ._options import ClientOptions, check_client_options
from ._options import from_env as _url_and_key_from_env
from ._resume import warn_if_ignored
from ._server_settings import ServerSettings
from ._server_store import ServerStore
from ._state import ConversationState, ExecutionStatus
from ._tags import check_tags
from ._terminal_text import redact_url
from ._workspace import AsyncWorkspace
from .errors import AgentServerError, ProtocolError

if sys.version_info >= (3, 11):
    from typing import Unpack
elif TYPE_CHECKING:
    from typing_extensions import Unpack

if TYPE_CHECKING:
    from .models import AgentSpec

logger = logging.getLogger("openhands_client.server")


def _is_uuid(value: object) -> bool:
    try:
        return isinstance(value, str) and UUID(value) is not None
    except ValueError:
        return False


def parse_conversation_id(value: UUID | str) -> UUID:
    """Return ``value`` as a UUID, or raise ``ValueError`` before any request is sent."""
    if isinstance(value, UUID):
        return value
    try:
        return UUID(str(value))
    except ValueError:
        raise ValueError(f"conversation_id must be a UUID, got {value!r}") from None


def _left_on_server(exc: BaseException, conversation_id: UUID) -> None:
    """Say which conversation a failed start leaves on the server: logged, as the
    ``conversation_id`` of an :class:`AgentServerError`, and (Python 3.11+) as a note on
    ``exc``, shown with its traceback."""
    note = f"start_conversation failed after the create: conversation {conversation_id} stays"
    logger.warning("%s (%s)", note, type(exc).__name__)
    if isinstance(exc, AgentServerError) and exc.conversation_id is None:
        exc.conversation_id = conversation_id
    if sys.version_info >= (3, 11):
        exc.add_note(note)


class AsyncAgentServer(ServerStore, ServerSettings):
    """An OpenHands agent server, driven with ``await``.

    ``url`` is the server's base URL; ``api_key`` its session key (sent only in the
    ``X-Session-API-Key`` header and the socket's first frame; checked here, never shown in
    a message). Use ``async with`` to close every conversation and connection it opened.
    :meth:`from_env` reads both from the environment.

    ``options`` are those of :class:`ClientOptions` (``timeout``, ``verify``, ``max_retries``,
    ``default_headers``, ``http_client``, ...), checked here before any request. ``verify``
    configures TLS for REST and the event socket alike (with ``transport=``, REST uses the
    transport's own); with verification off (``False``, or a context that checks no
    certificate or host name) it logs a warning, once. ``max_message_size`` bounds every
    socket frame and buffered response body (default 64 MiB); a larger one raises
    :class:`MessageTooLargeError`. Every request says ``User-Agent: openhands-client/<version>``
    unless ``default_headers`` says otherwise.


    ``interrupt_on_exit`` (default False: runs go on, as the CLI without
    ``--interrupt-on-exit``): a run that a conversation of this client started with ``run()``
    and that may still be going is interrupted when the client or the conversation closes,
    when the task awaiting its ``run()`` is cancelled (Ctrl-C), and at ``run(timeout=)`` unless
    that run says ``on_timeout="leave"``. Each interrupt is shielded from the cancellation and
    bounded; the client lets go once they are answered.
    """

    #: How many conversations are opened at once (attach: the body fetched, the socket
    #: subscribed, the log loaded; start: the same after the create); more wait their turn.
    #: Hundreds opened at once only queue at the server, while each holds pooled connections,
    #: socket buffers and a half-made state: with 500 attached at once from one loop the
    #: process kept 2.6x the memory (the allocator keeps the peak) and took 7x as long.
    MAX_OPENING = 16

    def __init__(
        self, url: str, api_key: str | None = None, **options: Unpack[ClientOptions]
    ) -> None:
        check_client_options(options, "AsyncAgentServer()")
        interrupt_on_exit = options.pop("interrupt_on_exit", False)
        if not isinstance(interrupt_on_exit, bool):
            raise TypeError(f"interrupt_on_exit must be a bool, got {interrupt_on_exit!r}")
        self._interrupt_on_exit = interrupt_on_exit
        self._connection = Connection.open(normalize_base_url(url), api_key, **options)
        self._conversations: set[AsyncConversation] = set()
        self._compat = ServerCompat(self._connection)
        self._opening = asyncio.Semaphore(self.MAX_OPENING)

    @classmethod
    def from_env(cls, **options: Unpack[ClientOptions]) -> AsyncAgentServer:
        """The server at ``AGENT_SERVER_URL`` (default ``http://127.0.0.1:8000``) with the key
        in ``SESSION_API_KEY`` (unset or empty: none), as the CLI reads them; ``options`` as
        for the constructor."""
        url, api_key = _url_and_key_from_env()
        return cls(url, api_key, **options)

    @property
    def url(self) -> str:
        """The server's base URL, as given: with any ``user:password@`` in it, which the
        client's reprs, logs and messages never show."""
        return self._connection.base_url

    async def start_conversation(
        self,
        agent: AgentSpec | None,
        working_dir: str,
        **options: Unpack[ConversationOptions],
    ) -> AsyncConversation:
        """Create a conversation (or attach, if ``conversation_id`` already exists) and subscribe.

        ``agent`` is a generated agent model or its JSON (``{"kind": "Agent", "llm": ...}``),
        or ``None`` when ``request`` names the server-side source instead (``agent_settings``,
        or a stored profile's ``agent_profile_id``); ``options`` are those of
        :class:`ConversationOptions`. The returned conversation's
        socket is subscribed and its log loaded before this returns.

        Resuming: under an existing ``conversation_id`` the server keeps the conversation as it
        is (its agent, tags, ``max_iterations``...): changed options are logged as a WARNING
        naming them, not applied. ``conv.user_messages()`` tells whether a task was sent
        already, and ``run()`` goes by the status (see :meth:`AsyncConversation.run`).
        """
        check_options(options)
        conversation_id = options.get("conversation_id")
        payload = _start_request.prepare(agent, working_dir, options, conversation_id)
        await self._compat.require_oldest_tested("start_conversation()")
        if conversation_id is not None:
            await self._compat.require(IDEMPOTENT_CREATE)
        elif await self._compat.supports(IDEMPOTENT_CREATE):
            # A client-chosen id makes the create idempotent (the server creates or attaches),
            # so it is repeated after a lost answer, and every error names the id.
            payload["conversation_id"] = str(uuid4())
        body = _start_request.build(payload, options.get("request") or {})
        deadline = time.monotonic() + options.get("capacity_timeout", 300.0)
        chosen = payload.get("conversation_id")
        info = await retry_while_full(
            lambda: self._conversation_body(
                start_conversation.build_request(body=body),
                f"start conversation {chosen}" if chosen else "start conversation",
                retry_until=deadline if chosen else None,
            ),
            deadline,
        )
        if conversation_id is not None:
            warn_if_ignored(UUID(info["id"]), payload, info)
        delete_on_close = options.get("delete_on_close", False)
        feed = new_feed(self._connection, UUID(info["id"]), info, options.get("callbacks", ()))
        conversation = self._conversation(feed, delete_on_close=delete_on_close)
        try:
            async with self._opening:
                await feed.open()
            self._conversations.add(conversation)
            late = _start_request.secrets_not_taken(info, options.get("secrets"))
            if late:  # an existing conversation_id: the server ignored the request's secrets
                await conversation.update_secrets(late)
        except BaseException as exc:
            # Failed or cancelled after the create: close() deletes it if delete_on_close.
            await conversation.close()
            if not delete_on_close:
                _left_on_server(exc, conversation.id)
            raise
        return conversation

    async def attach_conversation(
        self,
        conversation_id: UUID | str,
        *,
        callbacks: Sequence[Callback] = (),
        history: History = "all",
    ) -> AsyncConversation:
        """Attach to an existing conversation: subscribe to its stream and load its log.

        ``history`` is how much of the log is loaded: ``"all"`` (the default), ``"none"``
        (only the events that come after the attach) or an ``int`` N (the last N events).
        ``conv.events.first_seq`` and ``.complete`` say what the log holds, and
        :meth:`AsyncConversation.load_earlier_events` pages back on demand. Raises
        :class:`NotFoundError` if there is no such conversation, ``ValueError``/``TypeError``
        for a bad ``history`` (before any request).
        """
        uid = parse_conversation_id(conversation_id)
        bound = check_history(history)
        async with self._opening:
            return await self._attach(uid, callbacks, bound)

    async def _attach(
        self, uid: UUID, callbacks: Sequence[Callback], history: History = "all"
    ) -> AsyncConversation:
        feed = new_feed(self._connection, uid, {"id": str(uid)}, callbacks, history)
        conversation = self._conversation(feed, delete_on_close=False)
        # The socket subscribes and the log loads while the conversation is asked for (and,
        # once per client, the version: refused if too old, warned about if out of range).
        opened = asyncio.ensure_future(feed.open())
        try:
            info, _ = await asyncio.gather(
                self._conversation_body(
                    get_conversation.build_request(conversation_id=uid), "get conversation"
                ),
                self._compat.require_oldest_tested("attach_conversation()"),
            )
            feed.adopt(info)
            await opened
        except BaseException:
            opened.cancel()
            await asyncio.gather(opened, return_exceptions=True)
            await conversation.close()
            raise
        self._conversations.add(conversation)
        return conversation

    async def _conversation_body(
        self, request: dict[str, Any], what: str, *, retry_until: float | None = None
    ) -> dict[str, Any]:
        """A ``ConversationInfo`` body, kept as JSON (the state parses it on demand)."""
        body = await call_raw(self._connection.http, request, what, retry_until=retry_until)
        if not isinstance(body, dict) or not _is_uuid(body.get("id")):
            raise ProtocolError(f"{what}: the answer is not a conversation (no valid id)")
        return body

    def _conversation(self, feed: ConversationFeed, *, delete_on_close: bool) -> AsyncConversation:
        return AsyncConversation(
            self._connection,
            feed,
            attach=self.attach_conversation,
            on_close=self._conversations.discard,
            delete_on_close=delete_on_close,
            compat=self._compat,
            interrupt_on_exit=self._interrupt_on_exit,
        )

    def control(self, conversation_id: UUID | str) -> AsyncConversationControl:
        """A light handle on a conversation by id: no socket, no event log, nothing loaded.

        For schedulers and webhooks: ``create`` (idempotent), ``send_message``, ``run``,
        ``status``, every other one-request command of a conversation (``pause``,
        ``interrupt``, ``delete``, ``set_title``, ...) and the queries over its persisted
        events (``search_events``, ``count_events``, ``get_event``). Attach later with
        :meth:`attach_conversation` for the live view.
        """
        return AsyncConversationControl(
            self._connection, parse_conversation_id(conversation_id), self._compat
        )

    @property
    def api(self) -> AuthenticatedClient:
        """The generated client, authenticated as this server expects (``X-Session-API-Key``).

        Call any operation of ``openhands_api.api`` with it directly, e.g.
        ``await get_server_info.asyncio(client=server.api)``. It shares this server's
        connection pool; do not close it. Its ``sync()`` calls raise ``RuntimeError``
        (they would block this loop): use :class:`AgentServer` for those.
        """
        return self._connection.api

    def workspace(self, working_dir: str) -> AsyncWorkspace:
        """The directory ``working_dir`` (absolute) on the server: commands, files and git."""
        return AsyncWorkspace(self._connection, working_dir, compat=self._compat)

    async def info(self) -> ServerInfo:
        """The server's versions, uptime, capabilities and usable tools."""
        return await call(
            self._connection.api,
            get_server_info.build_request(),
            get_server_info.parse_response,
            _models.ServerInfo,
            "server info",
        )

    async def wait_until_ready(self, timeout: float = 60.0) -> None:
        """Return once the server is ready; while it starts, retry with backoff.

        Raises :class:`ServerNotReadyError` if it is not ready within ``timeout`` seconds.
        """
        await _readiness.wait_until_ready(self._connection, timeout)

    async def tools(self) -> list[str]:
        """The names of the tools registered on the server."""
        request = list_tools.build_request()
        parse = list_tools.parse_response
        names = await call(self._connection.api, request, parse, list, "list tools")
        return [str(name) for name in names]

    def conversations(
        self,
        *,
        status: ExecutionStatus | str | None = None,
        sort: ConversationSortOrder = "CREATED_AT_DESC",
        page_size: int = _conversation_search.MAX_PAGE_SIZE,
        tags: Mapping[str, str] | None = None,
    ) -> AsyncIterator[ConversationState]:
        """The state of every conversation on the server (with ``status``, if given).

        Use as ``async for state in server.conversations():``; a page is fetched only when
        the previous one is used up. ``sort`` is ``CREATED_AT``, ``CREATED_AT_DESC``
        (default), ``UPDATED_AT`` or ``UPDATED_AT_DESC``; ``page_size`` is 1 to 100.
        ``tags`` keeps the conversations that have every one of them (``{"batch": "b7"}``);
        the server cannot filter by tag, so every page is read and matched here.
        """
        wanted = None if tags is None else check_tags(tags)
        if isinstance(page_size, bool) or not isinstance(page_size, int):
            raise ValueError(f"page_size must be an int, got {page_size!r}")
        if not 1 <= page_size <= _conversation_search.MAX_PAGE_SIZE:
            raise ValueError(f"page_size must be 1 to 100, got {page_size}")
        return _conversation_search.iterate(
            self._connection,
            _conversation_search.parse_status(status),
            _conversation_search.parse_sort(sort),
            page_size,
            wanted,
        )

    async def count_conversations(
        self,
        *,
        status: ExecutionStatus | str | None = None,
        tags: Mapping[str, str] | None = None,
    ) -> int:
        """How many conversations the server has (with ``status``, and ``tags``, if given: then
        counted here over every page, as :meth:`conversations` matches them)."""
        if tags is not None:
            return sum([1 async for _ in self.conversations(status=status, tags=tags)])
        return await _conversation_search.count(
            self._connection, _conversation_search.parse_status(status)
        )

    async def close(self) -> None:
        """Close every conversation opened here and still open (at once: each interrupts its
        run first with ``interrupt_on_exit``), then the HTTP connections and the command
        output socket (a command's ``output()`` or ``wait()`` still running ends with
        ``ClientClosedError``)."""
        await asyncio.gather(*(conversation.close() for conversation in list(self._conversations)))
        await self._connection.http.aclose()
        await _bash_events.close_socket(self._connection)

    async def __aenter__(self) -> AsyncAgentServer:
        return self

    def __enter__(self) -> NoReturn:
        raise TypeError(
            "AsyncAgentServer is an async context manager: use `async with AsyncAgentServer(...)`"
            " inside a coroutine, or `with AgentServer(...)` from synchronous code"
        )

    def __exit__(self, *exc: object) -> None:
        """Never reached: :meth:`__enter__` raises."""

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    def __repr__(self) -> str:
        return f"<AsyncAgentServer {redact_url(self.url)}>"
