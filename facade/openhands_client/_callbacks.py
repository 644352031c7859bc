"""Event callbacks, run in order on their own task so that the socket reader never waits.

A slow callback delays only the callbacks after it, never the stream: frames keep being read,
pings answered and the log kept exact. A callback may await anything on the conversation,
``run()`` and ``close()`` included.

The backlog is bounded like a ``stream()`` buffer, stream-only events first: at most
``capacity`` stream-only events (token deltas, state snapshots) wait; past that, new ones are
dropped, counted in :attr:`CallbackRunner.dropped` and logged at WARNING (once until the
callbacks catch up). Persisted events are never dropped: each is delivered once, and each is
held by the conversation's log anyway, so the backlog costs a reference each.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from .events import Event, is_persisted

logger = logging.getLogger("openhands_client.conversation")

Callback = Callable[[Event], Any]
"""Called with each event as it arrives; may be a coroutine function (awaited in order)."""


class _Backlog:
    """The events waiting for the callbacks, and the runner's two signals."""

    def __init__(self) -> None:
        self.events: deque[Event] = deque()
        self.wakeup = asyncio.Event()
        self.idle = asyncio.Event()
        self.transient = 0  # stream-only events in ``events``
        self.overflowing = False  # dropping stream-only events until the callbacks catch up


class CallbackRunner:
    """Feeds events to the callbacks, one event at a time, in the order they were submitted.

    Its backlog and task are made on the first event there is a callback for: a conversation
    without callbacks (most of them, when many are attached at once) carries neither.
    """

    def __init__(self, callbacks: Sequence[Callback], capacity: int) -> None:
        if capacity < 1:
            raise ValueError(f"the callback backlog needs room for one event, got {capacity!r}")
        self._callbacks = tuple(callbacks)
        self._capacity = capacity
        self._backlog: _Backlog | None = None
        self._task: asyncio.Task[None] | None = None
        self._closed = False
        self.dropped = 0
        """How many stream-only events the callbacks missed: they fell too far behind."""

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
        if not is_persisted(event):
            if backlog.transient >= self._capacity:
                self.dropped += 1
                if not backlog.overflowing:
                    backlog.overflowing = True
                    logger.warning(
                        "event callbacks fell %d stream-only events behind: dropping new "
                        "stream-only events until they catch up (persisted ones are all "
                        "delivered)",
                        self._capacity,
                    )
                return
            backlog.transient += 1
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
                    if not is_persisted(event):
                        backlog.transient -= 1
                    for callback in self._callbacks:
                        try:
                            result = callback(event)
                            if inspect.isawaitable(result):
                                await result
                        except Exception:
                            logger.exception("event callback %r failed on %s", callback, event.kind)
                if self._closed:
                    return
                backlog.overflowing = False
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
            self._backlog.transient = 0
            self._backlog.idle.set()  # nothing is left to wait for: drained() returns
        if task is None or task is asyncio.current_task():
            return
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
