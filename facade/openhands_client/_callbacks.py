"""Event callbacks, run in order on their own task so that the socket reader never waits.

A slow callback delays only the callbacks after it, never the stream: frames keep being read,
pings answered and the log kept exact. A callback may await anything on the conversation,
``run()`` and ``close()`` included.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
from collections import deque
from collections.abc import Callable, Sequence
from typing import Any

from .events import Event

logger = logging.getLogger("openhands_client.conversation")

Callback = Callable[[Event], Any]
"""Called with each event as it arrives; may be a coroutine function (awaited in order)."""


class CallbackRunner:
    """Feeds events to the callbacks, one event at a time, in the order they were submitted."""

    def __init__(self, callbacks: Sequence[Callback]) -> None:
        self._callbacks = list(callbacks)
        self._pending: deque[Event] = deque()
        self._wakeup = asyncio.Event()
        self._idle = asyncio.Event()
        self._idle.set()
        self._task: asyncio.Task[None] | None = None

    def submit(self, event: Event) -> None:
        """Queue ``event`` for every callback (returns at once)."""
        if not self._callbacks:
            return
        self._pending.append(event)
        self._idle.clear()
        self._wakeup.set()
        if self._task is None:
            self._task = asyncio.get_running_loop().create_task(self._run())

    async def _run(self) -> None:
        while True:
            while self._pending:
                event = self._pending.popleft()
                for callback in self._callbacks:
                    try:
                        result = callback(event)
                        if inspect.isawaitable(result):
                            await result
                    except Exception:
                        logger.exception("event callback %r failed on %s", callback, event.kind)
            self._idle.set()
            self._wakeup.clear()
            await self._wakeup.wait()

    def running_here(self) -> bool:
        """Whether the caller is a callback (on the runner's own task)."""
        return self._task is not None and asyncio.current_task() is self._task

    async def drained(self) -> None:
        """Wait until every submitted event went through every callback.

        Never call it from a callback (see :meth:`running_here`): it would wait for itself.
        """
        await self._idle.wait()

    async def close(self) -> None:
        """Stop feeding the callbacks; events not yet delivered are dropped.

        From inside a callback, the runner stops once that callback returns.
        """
        task, self._task = self._task, None
        self._pending.clear()
        if task is None:
            return
        task.cancel()
        if task is not asyncio.current_task():
            await asyncio.gather(task, return_exceptions=True)
