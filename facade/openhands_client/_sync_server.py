"""AgentServer: the synchronous twin of :class:`AsyncAgentServer`, run on a background loop.

Callbacks run on that loop's thread; keep them quick, and do not call the synchronous
client from inside one (use the async client there).
"""

from __future__ import annotations

import sys
import weakref
from collections.abc import Collection, Coroutine, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any
from uuid import UUID

import httpx

from openhands_api.client import AuthenticatedClient
from openhands_api.models.conversation_sort_order import ConversationSortOrder

from ._connection import SyncRunner, sync_client
from ._conversation import Callback
from ._conversation_options import ConversationOptions
from ._conversation_search import MAX_PAGE_SIZE
from ._history import History
from ._options import ClientOptions, check_client_options
from ._options import from_env as _url_and_key_from_env
from ._portal import Portal
from ._server import AsyncAgentServer
from ._state import ConversationState, ExecutionStatus
from ._sync_control import ConversationControl
from ._sync_conversation import Conversation
from ._sync_workspace import Workspace
from ._terminal_text import redact_url
from .errors import ClientClosedError

if sys.version_info >= (3, 11):
    from typing import Unpack
elif TYPE_CHECKING:
    from typing_extensions import Unpack

if TYPE_CHECKING:
    from openhands_api.models.agent_profile_list_response import AgentProfileListResponse
    from openhands_api.models.profile_list_response import ProfileListResponse
    from openhands_api.models.server_info import ServerInfo
    from openhands_api.models.settings_response import SettingsResponse

    from .models import AgentSpec, LookupSecret


def _weakly(portal: Portal) -> SyncRunner:
    """``portal.call``, without keeping the portal alive: the loop's own tasks reach the
    generated client, and an unclosed server's portal must still be collected."""
    call = weakref.WeakMethod(portal.call)

    def run(coroutine: Coroutine[Any, Any, httpx.Response]) -> httpx.Response:
        bound = call()
        if bound is None:
            coroutine.close()
            raise ClientClosedError("the client is closed")
        return bound(coroutine)

    return run


class AgentServer:
    """An OpenHands agent server, driven synchronously. See :class:`AsyncAgentServer`.

    Thread-safe: threads may share one ``AgentServer`` and its conversations; every call runs
    on one background event loop. Ctrl-C (or any exception) cancels the call its thread was
    waiting for. :meth:`close` reaches the calls waiting in *other* threads: they raise
    :class:`ClientClosedError` at once, after (with ``interrupt_on_exit=True``) their runs
    are interrupted. So that Ctrl-C in the main thread closes the server before a thread
    pool waits for its workers, enter the pool first::

        with ThreadPoolExecutor(8) as pool, AgentServer(url, interrupt_on_exit=True) as server:
            ...  # Ctrl-C: the server closes (runs interrupted), then the pool's workers end
    """

    def __init__(
        self, url: str, api_key: str | None = None, **options: Unpack[ClientOptions]
    ) -> None:
        check_client_options(options, "AgentServer()")
        self._async = AsyncAgentServer(url, api_key, **options)
        self._portal = Portal()
        # The generated client's sync() calls go through the async pool, on the portal's loop.
        api = self._async.api
        api.set_httpx_client(sync_client(api.get_async_httpx_client(), _weakly(self._portal)))

    @classmethod
    def from_env(cls, **options: Unpack[ClientOptions]) -> AgentServer:
        """The server at ``AGENT_SERVER_URL`` with the key in ``SESSION_API_KEY``; see
        :meth:`AsyncAgentServer.from_env`."""
        url, api_key = _url_and_key_from_env()
        return cls(url, api_key, **options)

    @property
    def url(self) -> str:
        """The server's base URL, as given: with any ``user:password@`` in it, which the
        client's reprs, logs and messages never show."""
        return self._async.url

    @property
    def aio(self) -> AsyncAgentServer:
        """The underlying async server object."""
        return self._async

    def start_conversation(
        self,
        agent: AgentSpec | None,
        working_dir: str,
        **options: Unpack[ConversationOptions],
    ) -> Conversation:
        """Create a conversation (or attach, if ``conversation_id`` already exists) and subscribe.

        See :meth:`AsyncAgentServer.start_conversation`.
        """
        conversation = self._portal.call(
            self._async.start_conversation(agent, working_dir, **options)
        )
        return Conversation(self._portal, conversation)

    def attach_conversation(
        self,
        conversation_id: UUID | str,
        *,
        callbacks: Sequence[Callback] = (),
        history: History = "all",
    ) -> Conversation:
        """Attach to an existing conversation: subscribe to its stream and load its log.

        ``history``: ``"all"``, ``"none"`` or the last N events; see
        :meth:`AsyncAgentServer.attach_conversation`.
        """
        conversation = self._portal.call(
            self._async.attach_conversation(conversation_id, callbacks=callbacks, history=history)
        )
        return Conversation(self._portal, conversation)

    def control(self, conversation_id: UUID | str) -> ConversationControl:
        """A light handle on a conversation by id: no socket, no event log, nothing loaded."""
        return ConversationControl(self._portal, self._async.control(conversation_id))

    @property
    def api(self) -> AuthenticatedClient:
        """The generated client, authenticated as this server expects (``X-Session-API-Key``).

        Call an operation's ``sync()``/``sync_detailed()`` with it, e.g.
        ``get_server_info.sync(client=server.api)``. Each call goes through this server's
        connection pool (its TLS, ``transport``, ``max_message_size``) on its background loop,
        and ends with :class:`ClientClosedError` once the server is closed; do not close it.
        """
        return self._async.api

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

    def llm_profiles(self) -> ProfileListResponse:
        """The LLM profiles stored on the server (``.profiles``: each one's ``name``, ``model``,
        ``base_url`` and whether its API key is set, never the key) and ``.active_profile``."""
        return self._portal.call(self._async.llm_profiles())

    def agent_profiles(self) -> AgentProfileListResponse:
        """The Agent Profiles stored on the server (``.profiles``: each one's ``id``, ``name``,
        ``agent_kind``, ``llm_profile_ref``) and ``.active_agent_profile_id`` (every supported
        server; the server makes a ``default`` one active when none is)."""
        return self._portal.call(self._async.agent_profiles())

    def settings(self) -> SettingsResponse:
        """The settings stored on the server (``GET /api/settings``; every supported server):
        ``agent_settings`` (the agent a start without ``agent`` is built from: its ``llm``,
        tools, condenser, MCP servers), ``conversation_settings``, whether an LLM API key is set
        (``llm_api_key_is_set``), the active LLM and agent profiles (``active_profile``,
        ``active_agent_profile_id``; from 1.52 ``active_meta_profile``) and ``misc_settings``."""
        return self._portal.call(self._async.settings())

    def update_settings(
        self,
        *,
        agent_settings_diff: Mapping[str, Any] | None = None,
        conversation_settings_diff: Mapping[str, Any] | None = None,
        misc_settings_diff: Mapping[str, Any] | None = None,
    ) -> SettingsResponse:
        """Change the settings stored on the server (``PATCH /api/settings``; every supported
        server) and return them as they are now, secrets redacted."""
        return self._portal.call(
            self._async.update_settings(
                agent_settings_diff=agent_settings_diff,
                conversation_settings_diff=conversation_settings_diff,
                misc_settings_diff=misc_settings_diff,
            )
        )

    def stored_secrets(
        self, names: Collection[str] | None = None, *, agent_profile_id: str | None = None
    ) -> dict[str, LookupSecret]:
        """The secrets stored on the server (those in ``names``, if given; those an agent
        profile may use, with ``agent_profile_id``), as ``LookupSecret`` references by name."""
        return self._portal.call(
            self._async.stored_secrets(names, agent_profile_id=agent_profile_id)
        )

    def conversations(
        self,
        *,
        status: ExecutionStatus | str | None = None,
        sort: ConversationSortOrder = "CREATED_AT_DESC",
        page_size: int = MAX_PAGE_SIZE,
        tags: Mapping[str, str] | None = None,
    ) -> Iterator[ConversationState]:
        """The state of every conversation on the server (with ``status``, if given)."""
        pages = self._async.conversations(status=status, sort=sort, page_size=page_size, tags=tags)
        return self._portal.iterate(pages)

    def count_conversations(
        self,
        *,
        status: ExecutionStatus | str | None = None,
        tags: Mapping[str, str] | None = None,
    ) -> int:
        """How many conversations the server has (with ``status``, and ``tags``, if given: then
        counted here over every page, as :meth:`conversations` matches them)."""
        return self._portal.call(self._async.count_conversations(status=status, tags=tags))

    def close(self) -> None:
        """As :meth:`AsyncAgentServer.close`, then stop the background loop (idempotent).

        If an event callback ended the loop (``SystemExit``, ``KeyboardInterrupt``), what was
        left on it is cancelled, sockets closed, and nothing more is sent to the server.
        """
        try:
            if not self._portal.closed:
                self._portal.call(self._async.close())
        finally:
            self._portal.stop()

    def __enter__(self) -> AgentServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<AgentServer {redact_url(self.url)}>"
