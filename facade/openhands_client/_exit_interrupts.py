"""Interrupting the runs a client leaves behind: when it closes, when the task awaiting a run
is cancelled, and when ``run(timeout=)`` passes (``on_timeout="interrupt"``)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Literal
from uuid import UUID

from ._state import ExecutionStatus
from ._terminal_text import printable
from .errors import AgentServerError

logger = logging.getLogger("openhands_client.conversation")

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
    """The run this conversation object started (``run()``) and has not seen end."""

    def __init__(self) -> None:
        self._since: int | None = None

    def started(self, seq: int) -> None:
        """A run was started; ``seq`` counts the status observations made before it."""
        self._since = seq

    def ended(self) -> None:
        """The run ended (or was interrupted): nothing is left to interrupt."""
        self._since = None

    def left_running(self, last_news: int, status: ExecutionStatus) -> bool:
        """Whether the run may still go on: ``last_news`` (the newest ``running`` status or
        post-run snapshot observed) is not from after it began, or the status is not terminal.
        A run with nothing to do never says ``running``: its snapshot alone ends it."""
        if self._since is None:
            return False
        return not (last_news > self._since and status.is_terminal)


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
