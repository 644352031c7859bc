"""Waiting for the end of a run: the terminal status, then every event of the run delivered.

The socket's post-run snapshot says the run's events are all out; without it (a socket down,
an old server), the log is caught up over REST once the status has been terminal for a while.
"""

from __future__ import annotations

import logging
import time
from uuid import UUID

from ._feed import ConversationFeed
from ._state import ExecutionStatus
from ._terminal_text import printable
from .errors import ConversationRunError, RunTimeoutError, ServerError, TransportError

logger = logging.getLogger("openhands_client.conversation")


def timed_out(feed: ConversationFeed, conversation_id: UUID, timeout: float) -> RunTimeoutError:
    """The error for a run not over within ``timeout`` seconds."""
    status = feed.state.execution_status.value
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
        detail = _run_error_detail(feed)
        message = f"run ended in {status.value}" + (f": {detail}" if detail else "")
        raise ConversationRunError(conversation_id, message, status=status.value, detail=detail)
    return status


def _run_error_detail(feed: ConversationFeed) -> str | None:
    """``code: detail`` of this run's fatal error, if it had one. An ``AgentErrorEvent``
    is a failed tool call the agent is told about and goes on from: not the run's error."""
    if feed.run_error is None:
        return None
    raw = feed.run_error.to_dict()
    return ": ".join(str(raw[k]) for k in ("code", "detail") if raw.get(k)) or None
