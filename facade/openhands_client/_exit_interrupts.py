"""Interrupting the runs a client leaves behind: when it closes, when the task awaiting a run
is cancelled, and when ``run(timeout=)`` passes (``on_timeout="interrupt"``)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Literal, TypeVar
from uuid import UUID

from ._terminal_text import printable
from .errors import AgentServerError, RunTimeoutError

if TYPE_CHECKING:
    from ._feed import ConversationFeed

logger = logging.getLogger("openhands_client.conversation")

M = TypeVar("M")

OnTimeout = Literal["interrupt", "leave"]
"""What ``run(timeout=)`` does to a run still going at its deadline."""

#: How long an interrupt on the way out may take (the server waits up to 5 s for the run).
INTERRUPT_SECONDS = 10.0


def check_on_timeout(value: object) -> OnTimeout | None:
    """``value`` as ``run()``'s ``on_timeout``, or ``ValueError`` before any request."""
    if value is None:
        return None
    if value == "interrupt":
        return "interrupt"
    if value == "leave":
        return "leave"
    raise ValueError(f"on_timeout must be 'interrupt', 'leave' or None, got {value!r}")


class OwnRun:
    """The run a conversation object started (``run()``, ``send_message(run=True)``) and has
    not seen end: the one it interrupts when it leaves it behind."""

    def __init__(
        self,
        feed: ConversationFeed,
        interrupt: Callable[[], Awaitable[None]],
        conversation_id: UUID,
    ) -> None:
        self._feed = feed
        self._interrupt = interrupt
        self._id = conversation_id
        self._since: int | None = None

    def started(self, seq: int) -> None:
        """A run was started; ``seq`` counts the status observations made before it."""
        self._since = seq

    def ended(self) -> None:
        """The run ended (or was interrupted): nothing is left to interrupt."""
        self._since = None

    def left_running(self) -> bool:
        """Whether the run may still go on: the newest ``running`` status or post-run snapshot
        observed is not from after it began, or the status is not terminal. A run with
        nothing to do never says ``running``: its snapshot alone ends it."""
        if self._since is None:
            return False
        tracker = self._feed.tracker
        news = max(tracker.last_running, tracker.last_flushed)
        return not (news > self._since and self._feed.state.execution_status.is_terminal)

    async def interrupt(self, why: str) -> None:
        """Interrupt the run if it may still go on (``why`` is logged); see
        :func:`interrupt_left_run`."""
        if self.left_running() and await interrupt_left_run(self._interrupt, self._id, why):
            self.ended()

    async def guard(self, work: Awaitable[M], *, on_timeout: bool, on_cancel: bool) -> M:
        """Await ``work`` (a ``run()``); interrupt the run if it is left going because the
        deadline passed (``on_timeout``) or the awaiting task was cancelled (``on_cancel``)."""
        try:
            return await work
        except (RunTimeoutError, asyncio.TimeoutError):
            if on_timeout:
                await self.interrupt("run(timeout=) passed")
            raise
        except asyncio.CancelledError:
            if on_cancel:
                await self.interrupt("the task awaiting run() was cancelled")
            raise


async def interrupt_left_run(
    interrupt: Callable[[], Awaitable[None]], conversation_id: UUID, why: str
) -> bool:
    """Interrupt a run the client leaves (``why``): shielded from the caller's cancellation,
    bounded by ``INTERRUPT_SECONDS``; a failure is logged, not raised. True if it was done."""
    attempt = asyncio.ensure_future(asyncio.wait_for(interrupt(), INTERRUPT_SECONDS))
    try:
        await asyncio.shield(attempt)
    except (AgentServerError, asyncio.TimeoutError) as exc:
        logger.warning(
            "could not interrupt conversation %s (%s): %s",
            conversation_id,
            why,
            printable(str(exc) or type(exc).__name__),
        )
        return False
    logger.info("interrupted conversation %s (%s)", conversation_id, why)
    return True
