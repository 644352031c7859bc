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
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from .events import Event

logger = logging.getLogger("openhands_client.conversation")

Callback = Callable[[Event], Any]
"""Called with each event as it arrives; may be a coroutine function (awaited in order)."""


class _Backlog:
    """The events waiting for the callbacks, and the runner's two signals."""

    def __init__(self) -> None:
        self.events: deque[Event] = deque()
        self.wakeup = asyncio.Event()
        self.idle = asyncio.Event()


class CallbackRunner:
    """Feeds events to the callbacks, one event at a time, in the order they were submitted.

    Its backlog and task are made on the first event there is a callback for: a conversation
    without callbacks (most of them, when many are attached at once) carries neither.
    """

    def __init__(self, callbacks: Sequence[Callback]) -> None:
        self._callbacks = tuple(callbacks)
        self._backlog: _Backlog | None = None
        self._task: asyncio.Task[None] | None = None
        self._closed = False

    def submit_all(self, events: Iterable[Event]) -> None:
        """Queue each of ``events``, in order (without callbacks, nothing is iterated)."""
        if self._callbacks:
            for event in events:
                self.submit(event)

    def submit(self, event: Event) -> None:
        """Queue ``event`` for every callback (returns at once; nothing once closed)."""
        if not self._callbacks or self._closed:
            return
        backlog = self._backlog = self._backlog or _Backlog()
        backlog.events.append(event)
        backlog.idle.clear()
        backlog.wakeup.set()
        if self._task is None:
            self._task = asyncio.get_running_loop().create_task(self._run(backlog))

    async def _run(self, backlog: _Backlog) -> None:
        try:
            while True:
                # close() empties the backlog: from a callback, the runner ends once it returns.
                while backlog.events:
                    event = backlog.events.popleft()
                    for callback in self._callbacks:
                        try:
                            result = callback(event)
                            if inspect.isawaitable(result):
                                await result
                        except Exception:
                            logger.exception("event callback %r failed on %s", callback, event.kind)
                if self._closed:
                    return
                backlog.idle.set()
                backlog.wakeup.clear()
                await backlog.wakeup.wait()
        finally:
            # However it ended (cancelled, or a callback raised SystemExit), it delivers no
            # more: drained() must not wait for it.
            backlog.idle.set()

    def running_here(self) -> bool:
        """Whether the caller is a callback (on the runner's own task)."""
        return self._task is not None and asyncio.current_task() is self._task

    async def drained(self) -> None:
        """Wait until every submitted event went through every callback, or the runner closed.

        Never call it from a callback (see :meth:`running_here`): it would wait for itself.
        """
        if self._backlog is not None:
            await self._backlog.idle.wait()

    async def close(self) -> None:
        """Stop feeding the callbacks; events not yet delivered are dropped.

        A callback running on another task is cancelled. From inside a callback, that callback
        is not: it goes on (it may await anything, the conversation's deletion included) and
        the runner stops once it returns.
        """
        self._closed = True
        task, self._task = self._task, None
        if self._backlog is not None:
            self._backlog.events.clear()
            self._backlog.idle.set()  # nothing is left to wait for: drained() returns
        if task is None or task is asyncio.current_task():
            return
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
