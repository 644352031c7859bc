"""Asking REST about a followed conversation whose socket has gone quiet.

The server's socket says nothing when the conversation is deleted (it stays open, without a
close frame) nor when its title changes (the title is not part of the state it publishes).
So while a ``stream()`` or ``run()`` waits, a socket quiet for ``interval`` seconds is the
moment to ask REST: a conversation gone ends those waits, an answer brings the fields only
REST carries. Nothing is asked while frames flow or while nobody waits.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable


class QuietCheck:
    """Runs ``check`` (one at a time) when a waiter :meth:`poke` s it and the socket has been
    quiet for ``interval`` seconds: since its last frame, the last check and the last
    :meth:`reset`."""

    def __init__(self, check: Callable[[], Awaitable[None]], interval: float) -> None:
        self._check = check
        self._interval = interval
        self._since = time.monotonic()  # the last frame, reset or check
        self._task: asyncio.Task[None] | None = None

    def reset(self) -> None:
        """The quiet starts over: a frame arrived, or a waiter begins (the quiet before it was
        nobody's concern)."""
        self._since = time.monotonic()

    def poke(self) -> None:
        """A waiter's turn: start the check if the socket has been quiet long enough."""
        now = time.monotonic()
        if self._task is None and now - self._since >= self._interval:
            self._since = now
            self._task = asyncio.get_running_loop().create_task(self._run())

    async def _run(self) -> None:
        try:
            await self._check()
        finally:
            self._task = None

    async def close(self) -> None:
        """Cancel a check under way."""
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
