"""AsyncAgentFleet: conversations placed on several agent servers from one event loop."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sys
import time
from collections.abc import Awaitable, Callable, Sequence
from typing import TYPE_CHECKING, TypeVar
from uuid import UUID

import attrs

from ._conversation import AsyncConversation
from ._provider import AsyncServerProvider, ServerEndpoint
from ._server import AsyncAgentServer, ConversationOptions, check_options
from ._state import ExecutionStatus
from ._terminal_text import redact_url
from .errors import (
    AgentServerError,
    CapacityError,
    ClientClosedError,
    ProviderError,
    ServerLostError,
    TransportError,
)

if sys.version_info >= (3, 11):
    from typing import Unpack
elif TYPE_CHECKING:
    from typing_extensions import Unpack

if TYPE_CHECKING:
    from .models import AgentSpec

logger = logging.getLogger("openhands_client.fleet")

T = TypeVar("T")
ServerSource = str | ServerEndpoint | AsyncServerProvider | AsyncAgentServer
"""A fleet member: a server's URL (no session key), its :class:`ServerEndpoint`, a
provider (started by the fleet if it is not running, and then stopped by it), or an open
:class:`AsyncAgentServer` client (its options kept; the fleet leaves it open)."""

# The server's own default (OH_MAX_CONCURRENT_RUNS): past it, runs are refused with 429.
DEFAULT_MAX_CONCURRENT_RUNS = 10
# How long a conversation's close may take when its server is gone.
_CLOSE_SECONDS = 5.0


@attrs.frozen
class LostConversation:
    """A conversation whose server died under it."""

    conversation_id: UUID
    """The conversation's id (on the dead server)."""
    server: str
    """The dead server's URL, without credentials."""
    last_status: ExecutionStatus
    """Its execution status as last seen (``running``: it died mid-run)."""


@attrs.frozen
class ServerStatus:
    """One fleet member as the fleet sees it now."""

    url: str
    """The server's URL, without credentials."""
    alive: bool
    """False once a health check failed: the fleet places nothing there any more."""
    running: int
    """Conversations the fleet is running there now."""
    capacity: int
    """How many it runs there at once (``max_concurrent_runs``, lowered after a 429)."""
    placed: int
    """Conversations the fleet has placed there in all."""


class _Member:
    """A fleet member's connection, load and health."""

    def __init__(self, source: ServerSource, capacity: int) -> None:
        self.source = source
        self.provider = source if isinstance(source, AsyncServerProvider) else None
        self.started_by_fleet = False
        self.server: AsyncAgentServer | None = None
        self.capacity = capacity
        self.running = 0
        self.placed = 0
        self.dead = asyncio.Event()
        self.conversations: set[AsyncConversation] = set()
        self.probing: asyncio.Task[None] | None = None
        self.failures = 0  # health checks failed in a row

    @property
    def url(self) -> str:
        if isinstance(self.source, AsyncAgentServer):
            return redact_url(self.source.url)
        if self.server is not None:
            return redact_url(self.server.url)
        if isinstance(self.source, str):
            return redact_url(self.source)
        if isinstance(self.source, ServerEndpoint):
            return redact_url(self.source.url)
        return repr(self.source)

    async def open(self) -> None:
        """Start the provider if it is not running, then connect."""
        endpoint: ServerEndpoint
        if isinstance(self.source, AsyncAgentServer):
            self.server = self.source
            return
        if isinstance(self.source, str):
            endpoint = ServerEndpoint(self.source)
        elif isinstance(self.source, ServerEndpoint):
            endpoint = self.source
        else:
            current = self.source.endpoint
            if current is None:
                self.started_by_fleet = True
                current = await self.source.start()
            endpoint = current
        self.server = AsyncAgentServer(endpoint.url, endpoint.api_key)

    async def close(self) -> None:
        if self.probing is not None:
            self.probing.cancel()
        if self.server is not None and self.server is not self.source:
            await self.server.close()
        if self.started_by_fleet and self.provider is not None:
            self.started_by_fleet = False
            await self.provider.stop()


def _capacity_of(source: ServerSource, default: int) -> int:
    runs = getattr(source, "max_concurrent_runs", None)
    return runs if isinstance(runs, int) and runs > 0 else default


class AsyncAgentFleet:
    """Several agent servers driven from one event loop: :meth:`run` places each new
    conversation on the least loaded live server with a free run slot.

    ``servers`` are URLs, :class:`~openhands_client.providers.ServerEndpoint` s or providers
    (started here if not running, and stopped by :meth:`close`). Each server runs at most
    ``max_concurrent_runs`` of the fleet's conversations at once (a provider's own
    ``max_concurrent_runs`` wins; a 429 lowers it), so the fleet queues the rest instead of
    flooding the servers. Every ``health_interval`` seconds (and at once when a request to it
    fails to get through) each server's ``/ready`` is probed for up to ``probe_timeout``
    seconds; a server that fails ``max_failures`` probes in a row (a slow answer under load
    is one failure, not a death) is dead for good: the conversations the fleet ran
    there are reported in :attr:`lost` (and their :meth:`run` calls raise
    :class:`ServerLostError`), and new ones go elsewhere. ``async with`` starts and closes.
    """

    def __init__(
        self,
        servers: Sequence[ServerSource],
        *,
        max_concurrent_runs: int = DEFAULT_MAX_CONCURRENT_RUNS,
        health_interval: float = 5.0,
        probe_timeout: float = 5.0,
        max_failures: int = 3,
    ) -> None:
        if isinstance(servers, (str, ServerEndpoint, AsyncServerProvider, AsyncAgentServer)):
            raise TypeError("servers must be a sequence of URLs, endpoints, providers or clients")
        if not servers:
            raise ValueError("a fleet needs at least one server")
        for source in servers:
            if not isinstance(source, (str, ServerEndpoint, AsyncServerProvider, AsyncAgentServer)):
                raise TypeError(
                    "a fleet server must be a URL, a ServerEndpoint, a provider or an "
                    f"AsyncAgentServer, got {source!r}"
                )
        if max_concurrent_runs < 1:
            raise ValueError(f"max_concurrent_runs must be at least 1, got {max_concurrent_runs}")
        if not health_interval > 0 or not probe_timeout > 0:
            raise ValueError("health_interval and probe_timeout must be positive")
        if max_failures < 1:
            raise ValueError(f"max_failures must be at least 1, got {max_failures}")
        self._max_failures = max_failures
        self._members = [_Member(s, _capacity_of(s, max_concurrent_runs)) for s in servers]
        self._health_interval = health_interval
        self._probe_timeout = probe_timeout
        self._changed: asyncio.Condition | None = None
        self._lost: list[LostConversation] = []
        self._health: asyncio.Task[None] | None = None
        self._started = False
        self._closed = False

    @property
    def servers(self) -> list[ServerStatus]:
        """Every member's health and load, in the order given."""
        return [
            ServerStatus(m.url, not m.dead.is_set(), m.running, m.capacity, m.placed)
            for m in self._members
        ]

    @property
    def lost(self) -> list[LostConversation]:
        """The conversations of servers that died under them, in the order found."""
        return list(self._lost)

    def server_of(self, conversation: AsyncConversation) -> str:
        """The URL (without credentials) of the server running ``conversation`` for
        :meth:`run`; ``ValueError`` for one the fleet does not run now."""
        for member in self._members:
            if conversation in member.conversations:
                return member.url
        raise ValueError(f"conversation {conversation.id} is not running in this fleet")

    async def start(self) -> AsyncAgentFleet:
        """Start the providers that are not running (all at once) and connect to every
        server; if one cannot start, stop what was started and raise its error."""
        if self._closed:
            raise ClientClosedError("the fleet is closed")
        if self._started:
            return self
        self._changed = asyncio.Condition()
        results = await asyncio.gather(*(m.open() for m in self._members), return_exceptions=True)
        failed = [r for r in results if isinstance(r, BaseException)]
        if failed:
            await self.close()
            raise failed[0]
        self._started = True
        self._health = asyncio.ensure_future(self._check_health())
        return self

    async def _check_health(self) -> None:
        while True:
            await asyncio.sleep(self._health_interval)
            await asyncio.gather(*(self._probe(m) for m in self._members if not m.dead.is_set()))

    async def _probe(self, member: _Member) -> None:
        """Probe ``member`` (one probe at a time per server); mark it dead if it fails."""
        if member.probing is None or member.probing.done():
            member.probing = asyncio.ensure_future(self._probe_once(member))
        await asyncio.shield(member.probing)

    async def _probe_once(self, member: _Member) -> None:
        assert member.server is not None
        try:
            await member.server.wait_until_ready(timeout=self._probe_timeout)
        except AgentServerError as exc:
            member.failures += 1
            if member.failures >= self._max_failures:
                await self._bury(member, exc)
            else:
                logger.info("server %s failed a health check (%s)", member.url, exc)
        else:
            member.failures = 0

    async def _bury(self, member: _Member, cause: BaseException) -> None:
        """Mark ``member`` dead, record its conversations as lost, wake the placers."""
        if member.dead.is_set():
            return
        for conversation in member.conversations:
            lost = LostConversation(
                conversation.id, member.url, conversation.state.execution_status
            )
            self._lost.append(lost)
        logger.warning(
            "server %s is down (%s): %d conversation(s) lost: %s",
            member.url,
            cause,
            len(member.conversations),
            ", ".join(str(c.id) for c in member.conversations) or "none",
        )
        member.dead.set()
        assert self._changed is not None
        async with self._changed:
            self._changed.notify_all()

    async def _acquire(self) -> _Member:
        """The least loaded live server with a free slot, its slot taken (waits for one)."""
        if not self._started or self._closed or self._changed is None:
            raise ClientClosedError("the fleet is not started" if not self._closed else "closed")
        async with self._changed:
            while True:
                alive = [m for m in self._members if not m.dead.is_set()]
                if not alive:
                    raise ProviderError("every server of the fleet is down")
                free = [m for m in alive if m.running < m.capacity]
                if free:
                    member = min(free, key=lambda m: (m.running / m.capacity, m.placed))
                    member.running += 1
                    member.placed += 1
                    return member
                await self._changed.wait()

    async def _release(self, member: _Member) -> None:
        assert self._changed is not None
        async with self._changed:
            member.running -= 1
            self._changed.notify_all()

    async def run(
        self,
        work: Callable[[AsyncConversation], Awaitable[T]],
        agent: AgentSpec | None,
        working_dir: str,
        **options: Unpack[ConversationOptions],
    ) -> T:
        """Start a conversation on a server with a free slot, return ``await work(conv)``.

        The slot is held, and the conversation open, while ``work`` runs; then it is closed.
        A server that answers 429 or cannot be reached when the conversation starts gets its
        load lowered or is probed, and the start goes to another server; once the
        conversation exists, its server's death cancels ``work`` and raises
        :class:`ServerLostError`. ``options`` are ``start_conversation``'s
        (``capacity_timeout`` defaults to 5 s here: the fleet, not one server, waits for room).
        """
        check_options(options)
        options.setdefault("capacity_timeout", 5.0)
        deadline = time.monotonic() + 300.0
        while True:
            member = await self._acquire()
            try:
                assert member.server is not None
                try:
                    conversation = await member.server.start_conversation(
                        agent, working_dir, **options
                    )
                except CapacityError:
                    member.capacity = max(1, member.running - 1)
                    if time.monotonic() > deadline:
                        raise
                    continue
                except TransportError:
                    await self._probe(member)
                    if not member.dead.is_set():
                        raise
                    continue
                return await self._run_on(member, conversation, work)
            finally:
                await self._release(member)

    async def _run_on(
        self,
        member: _Member,
        conversation: AsyncConversation,
        work: Callable[[AsyncConversation], Awaitable[T]],
    ) -> T:
        member.conversations.add(conversation)
        working = asyncio.ensure_future(work(conversation))
        died = asyncio.ensure_future(member.dead.wait())
        try:
            await asyncio.wait({working, died}, return_when=asyncio.FIRST_COMPLETED)
            if working.done() and not died.done():
                exc = working.exception()
                if isinstance(exc, TransportError):
                    await self._probe(member)  # did the server die under it?
                if not member.dead.is_set():
                    return working.result()
            status = conversation.state.execution_status
            raise ServerLostError(
                f"server {member.url} died under conversation {conversation.id} "
                f"(last status: {status.value})",
                conversation_id=conversation.id,
                server=member.url,
                status=status.value,
            )
        finally:
            died.cancel()
            if not working.done():
                working.cancel()
            with contextlib.suppress(BaseException):
                await working
            member.conversations.discard(conversation)
            with contextlib.suppress(Exception):
                await asyncio.wait_for(conversation.close(), _CLOSE_SECONDS)

    async def close(self) -> None:
        """Stop the health checks, close every connection, stop the providers the fleet
        started (idempotent)."""
        self._closed = True
        if self._health is not None:
            self._health.cancel()
            with contextlib.suppress(BaseException):
                await self._health
            self._health = None
        await asyncio.gather(*(m.close() for m in self._members), return_exceptions=True)

    async def __aenter__(self) -> AsyncAgentFleet:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    def __repr__(self) -> str:
        alive = sum(not m.dead.is_set() for m in self._members)
        return f"AsyncAgentFleet({alive}/{len(self._members)} servers alive)"
