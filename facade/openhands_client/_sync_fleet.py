"""AgentFleet and run_many: the synchronous twins of AsyncAgentFleet and arun_many."""

from __future__ import annotations

import asyncio
import os
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from . import _checks
from ._batch import BatchOptions, BatchReport, BatchTask, arun_many
from ._conversation import AsyncConversation
from ._conversation_options import ConversationOptions
from ._fleet import (
    DEFAULT_MAX_CONCURRENT_RUNS,
    AsyncAgentFleet,
    LostConversation,
    ServerSource,
    ServerStatus,
)
from ._portal import Portal
from ._sync_conversation import Conversation
from ._sync_provider import ServerProvider

if sys.version_info >= (3, 11):
    from typing import Unpack
elif TYPE_CHECKING:
    from typing_extensions import Unpack

if TYPE_CHECKING:
    from .models import AgentSpec

T = TypeVar("T")
SyncServerSource = ServerSource | ServerProvider[Any]
"""What :class:`AgentFleet` takes: what :class:`AsyncAgentFleet` takes, or a synchronous
provider (:class:`~openhands_client.providers.LocalServer`, ...)."""


class AgentFleet:
    """Several agent servers driven synchronously: see :class:`AsyncAgentFleet` (the same
    arguments; synchronous providers are accepted too). ``with`` starts and closes it."""

    def __init__(
        self,
        servers: Sequence[SyncServerSource],
        *,
        max_concurrent_runs: int = DEFAULT_MAX_CONCURRENT_RUNS,
        health_interval: float = 5.0,
        probe_timeout: float = 5.0,
        max_failures: int = 3,
    ) -> None:
        if isinstance(servers, (str, ServerProvider)):
            raise TypeError("servers must be a sequence of URLs, endpoints or providers")
        self._async = AsyncAgentFleet(
            [s.async_provider if isinstance(s, ServerProvider) else s for s in servers],
            max_concurrent_runs=max_concurrent_runs,
            health_interval=health_interval,
            probe_timeout=probe_timeout,
            max_failures=max_failures,
        )
        self._portal = Portal()

    @property
    def servers(self) -> list[ServerStatus]:
        """Every member's health and load, in the order given."""
        return self._async.servers

    @property
    def lost(self) -> list[LostConversation]:
        """The conversations of servers that died under them."""
        return self._async.lost

    def start(self) -> AgentFleet:
        """Start the providers that are not running and connect to every server."""
        self._portal.call(self._async.start())
        return self

    def run(
        self,
        work: Callable[[Conversation], T],
        agent: AgentSpec | None,
        working_dir: str,
        **options: Unpack[ConversationOptions],
    ) -> T:
        """:meth:`AsyncAgentFleet.run` with a synchronous ``work``, called in a worker
        thread with the conversation's synchronous twin. If the server dies meanwhile this
        raises :class:`ServerLostError` at once, and ``work``'s further calls on the
        conversation raise :class:`ClientClosedError`."""
        portal = self._portal

        async def in_thread(conversation: AsyncConversation) -> T:
            return await asyncio.to_thread(work, Conversation(portal, conversation))

        return portal.call(self._async.run(in_thread, agent, working_dir, **options))

    def run_many(
        self,
        tasks: Iterable[BatchTask | Mapping[str, Any]],
        agent: AgentSpec | None,
        *,
        output: str | os.PathLike[str],
        **options: Unpack[BatchOptions],
    ) -> BatchReport:
        """:func:`arun_many` on this (started) fleet."""
        _checks.keywords(options, BatchOptions.__optional_keys__, "AgentFleet.run_many()")
        return self._portal.call(
            arun_many(tasks, agent, servers=self._async, output=output, **options)
        )

    def close(self) -> None:
        """Close every connection and stop the providers the fleet started (idempotent)."""
        try:
            if not self._portal.closed:
                self._portal.call(self._async.close())
        finally:
            self._portal.stop()

    def __enter__(self) -> AgentFleet:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return repr(self._async).replace("AsyncAgentFleet", "AgentFleet", 1)


def run_many(
    tasks: Iterable[BatchTask | Mapping[str, Any]],
    agent: AgentSpec | None,
    *,
    servers: AgentFleet | Sequence[SyncServerSource],
    output: str | os.PathLike[str],
    **options: Unpack[BatchOptions],
) -> BatchReport:
    """:func:`arun_many`, synchronously: on ``servers`` (an :class:`AgentFleet`, left open,
    or what one takes: started and closed here)."""
    _checks.keywords(options, BatchOptions.__optional_keys__, "run_many()")
    if isinstance(servers, AgentFleet):
        return servers.run_many(tasks, agent, output=output, **options)
    members = [s.async_provider if isinstance(s, ServerProvider) else s for s in servers]
    portal = Portal()
    try:
        return portal.call(arun_many(tasks, agent, servers=members, output=output, **options))
    finally:
        portal.stop()
