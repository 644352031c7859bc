"""Running and waiting for the end of a run: the terminal status, then every event of the run
delivered.

The socket's post-run snapshot says the run's events are all out; without it (a socket down,
an old server), the log is caught up over REST once the status has been terminal for a while.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, TypeVar
from uuid import UUID

from ._feed import ConversationFeed
from ._http import retry_while_full
from ._run_result import error_text
from ._state import ExecutionStatus
from ._terminal_text import printable
from .errors import (
    ClientClosedError,
    ConflictError,
    ConversationRunError,
    RunTimeoutError,
    ServerError,
    TransportError,
)

if TYPE_CHECKING:
    from ._exit_interrupts import OwnRun

M = TypeVar("M")

logger = logging.getLogger("openhands_client.conversation")


async def unless_closed(work: Awaitable[M], closing: asyncio.Event, conversation_id: UUID) -> M:
    """Await ``work``; once ``closing`` is set (the conversation closed), cancel it and raise
    :class:`ClientClosedError`, whatever ``work`` was waiting for (or ended with)."""
    task = asyncio.ensure_future(work)
    closed = asyncio.ensure_future(closing.wait())
    try:
        await asyncio.wait((task, closed), return_when=asyncio.FIRST_COMPLETED)
    finally:
        closed.cancel()
        task.cancel()
        await asyncio.gather(task, closed, return_exceptions=True)
    if closing.is_set():
        raise ClientClosedError(f"conversation {conversation_id} was closed while waiting")
    return task.result()


async def start_and_wait(
    feed: ConversationFeed,
    start_run: Callable[[], Awaitable[None]],
    own_run: OwnRun,
    *,
    blocking: bool,
    timeout: float,
    settle: bool,
    settle_seconds: float,
    poll_seconds: float,
) -> ExecutionStatus:
    """Start a run (``start_run``: its request) and, if ``blocking``, wait for its end (see
    :func:`wait_for_run_end`); with ``settle``, until the callbacks have seen its events too.
    The run is ``own_run`` once started, until seen ending."""
    conversation_id = feed.state.id
    deadline = time.monotonic() + timeout
    start = feed.tracker.seq
    feed.run_error = None
    already_running = False
    try:
        await retry_while_full(start_run, deadline, also=(ServerError, TransportError))
        feed.tracker.clock.start()
        own_run.started(start)
    except ConflictError:
        # 409 as soon as the server's run task exists, possibly before it says `running`.
        already_running = feed.state.execution_status is ExecutionStatus.RUNNING
    if not blocking:
        return ExecutionStatus.RUNNING
    status = await wait_for_run_end(
        feed,
        conversation_id,
        start=start,
        running_seen=already_running,
        deadline=deadline,
        timeout=timeout,
        settle_seconds=settle_seconds,
        poll_seconds=poll_seconds,
    )
    own_run.ended()
    if settle:
        await feed.callbacks.drained()
    return raise_if_failed(feed, conversation_id, status)


def timed_out(feed: ConversationFeed, conversation_id: UUID, timeout: float) -> RunTimeoutError:
    """The error for a run not over within ``timeout`` seconds."""
    status = feed.state.execution_status
    return RunTimeoutError(conversation_id, f"run did not end within {timeout} s", status=status)


async def wait_for_run_end(
    feed: ConversationFeed,
    conversation_id: UUID,
    *,
    start: int,
    running_seen: bool,
    deadline: float,
    timeout: float,
    settle_seconds: float,
    poll_seconds: float,
) -> ExecutionStatus:
    """Wait until the run that began after observation ``start`` is over; return its status.

    ``settle_seconds`` is how long a terminal status waits for the post-run snapshot before
    the log is caught up over REST; ``poll_seconds`` how often REST is asked while the socket
    is down. Raises :class:`RunTimeoutError` at ``deadline`` (a ``time.monotonic()`` time).
    """
    tracker = feed.tracker
    terminal_since: float | None = None
    feed.quiet.reset()
    while True:
        if feed.socket.final_error is not None:
            raise feed.socket.final_error
        # A run with nothing to do (e.g. after the start request's initial message ran)
        # never says `running`; its post-run snapshot alone ends it.
        running_seen = running_seen or tracker.last_running > start or tracker.last_flushed > start
        status = feed.state.execution_status
        now = time.monotonic()
        # Only news from after this run began counts: a terminal status, then a snapshot.
        anchor = max(start, tracker.last_running)
        if running_seen and status.is_terminal and tracker.seq > anchor:
            if tracker.last_flushed > anchor:
                break
            terminal_since = terminal_since or now
            # Without the socket, polling goes on for as long: events trail the status.
            if now - terminal_since >= settle_seconds:
                await _catch_up_quietly(feed)
                break
        else:
            terminal_since = None
        if now >= deadline:
            raise timed_out(feed, conversation_id, timeout)
        if feed.socket.connected:
            feed.quiet.poke()
            await tracker.wait(min(deadline - now, settle_seconds))
        else:
            await tracker.wait(min(deadline - now, poll_seconds))
            await _poll_quietly(feed)
    return feed.state.execution_status


async def _catch_up_quietly(feed: ConversationFeed) -> None:
    try:
        await feed.catch_up()
    except (TransportError, ServerError) as exc:
        logger.info(
            "catch-up after the run failed (%s); the socket will resume", printable(str(exc))
        )


async def _poll_quietly(feed: ConversationFeed) -> None:
    """REST fallback while the socket is down: new events first, then the status."""
    try:
        await feed.catch_up()
        await feed.refresh()
    except (TransportError, ServerError) as exc:
        logger.info("polling failed (%s); retrying until the deadline", printable(str(exc)))
        return
    feed.tracker.observe(feed.state.execution_status, flushed=False)


def raise_if_failed(
    feed: ConversationFeed, conversation_id: UUID, status: ExecutionStatus
) -> ExecutionStatus:
    """Return ``status``, or raise :class:`ConversationRunError` if the run failed."""
    if status in (ExecutionStatus.ERROR, ExecutionStatus.STUCK):
        detail = error_text(feed.run_error)
        message = f"run ended in {status.value}" + (f": {detail}" if detail else "")
        raise ConversationRunError(conversation_id, message, status=status, detail=detail)
    return status
