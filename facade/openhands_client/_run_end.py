"""When ``stream(until="run_end")`` ends: the run is over and its events are delivered."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from ._feed import ConversationFeed

StreamUntil = Literal["close", "run_end"]
"""How long ``stream()`` goes on: until the conversation closes, or until the run ends."""


def check_until(value: object) -> StreamUntil:
    """``value`` as ``stream()``'s ``until``, or ``ValueError`` before anything is read."""
    if value == "close":
        return "close"
    if value == "run_end":
        return "run_end"
    raise ValueError(f"until must be 'close' or 'run_end', got {value!r}")


class RunEndWatch:
    """Tells a stream following a run when that run is over, every event of it delivered.

    Over means: no run this object started is still to be seen ending, the status is terminal
    (``finished``, ``error``, ``stuck``, ``paused``...), and the server's post-run snapshot has
    come (it follows the run's last event), or ``settle`` seconds have passed without it.
    """

    def __init__(self, settle: float) -> None:
        self._settle = settle
        self._terminal_since: float | None = None

    def over(self, feed: ConversationFeed, *, run_pending: bool) -> bool:
        """Whether the stream following ``feed`` may end now (called whenever its buffer is
        empty); ``run_pending``: a run this object started is still to be seen ending."""
        tracker = feed.tracker
        flushed = tracker.last_flushed > tracker.last_running
        if run_pending or not feed.state.execution_status.is_terminal:
            self._terminal_since = None
            return False
        if flushed:
            return True
        now = time.monotonic()
        if self._terminal_since is None:
            self._terminal_since = now
        return now - self._terminal_since >= self._settle
