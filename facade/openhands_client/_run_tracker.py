"""Status observations counted, so that ``run()`` can tell *this* run's end from older news."""

from __future__ import annotations

import asyncio
import contextlib

from ._state import ExecutionStatus


class RunTracker:
    """Counts status observations: the newest ``running`` one and the newest flushed one
    (a live snapshot, sent once every event of the run is out)."""

    def __init__(self) -> None:
        self.seq = 0
        self.last_running = 0
        self.last_flushed = 0
        self._changed: asyncio.Future[None] | None = None

    def observe(self, status: ExecutionStatus, *, flushed: bool) -> None:
        """Count one observation of ``status`` and wake the waiter."""
        self.seq += 1
        if status is ExecutionStatus.RUNNING:
            self.last_running = self.seq
        elif flushed:
            self.last_flushed = self.seq
        self.notify()

    def notify(self) -> None:
        """Wake the waiter (something changed that it should look at)."""
        if self._changed is not None and not self._changed.done():
            self._changed.set_result(None)
        self._changed = None

    async def wait(self, timeout: float) -> None:
        """Wait for the next :meth:`notify` (at most ``timeout`` seconds)."""
        if self._changed is None:
            self._changed = asyncio.get_running_loop().create_future()
        with contextlib.suppress(asyncio.TimeoutError):
            await asyncio.wait_for(asyncio.shield(self._changed), timeout)
