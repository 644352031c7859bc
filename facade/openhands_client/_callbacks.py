"""Event callbacks, run in order on their own task so that the socket reader never waits.

A slow callback delays only the callbacks after it, never the stream: frames keep being read,
pings answered and the log kept exact. A callback may await anything on the conversation,
``run()`` and ``close()`` included.

The backlog is bounded like a ``stream()`` buffer, stream-only events first: at most
``capacity`` stream-only events (token deltas, state snapshots) wait; past that, new ones are
dropped, counted in :attr:`CallbackRunner.dropped` and logged at WARNING (once until the
callbacks catch up). Persisted events are never dropped: each is delivered once, and each is
held by the conversation's log anyway, so the backlog costs a reference each.

Token-stream updates (:class:`TokenUpdate`) go through the same backlog, to the token callbacks,
in frame order with the events: an item's ``FINAL`` update reaches them before the durable
event that retired it. They count as stream-only.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from ._token_stream import TokenUpdate
from .events import Event, is_persisted

logger = logging.getLogger("openhands_client.conversation")

Callback = Callable[[Event], Any]
"""Called with each event as it arrives; may be a coroutine function (awaited in order)."""

TokenCallback = Callable[[TokenUpdate], Any]
"""Called with each token-stream update; may be a coroutine function (awaited in order)."""


def _transient(item: Event | TokenUpdate) -> bool:
    return isinstance(item, TokenUpdate) or not is_persisted(item)


class _Backlog:
    """The events waiting for the callbacks, and the runner's two signals."""

    def __init__(self) -> None:
        self.events: deque[Event | TokenUpdate] = deque()
        self.wakeup = asyncio.Event()
        self.idle = asyncio.Event()
        self.transient = 0  # stream-only events in ``events``
        self.overflowing = False  # dropping stream-only events until the callbacks catch up


class CallbackRunner:
    """Feeds events to the callbacks, one event at a time, in the order they were submitted.

    Its backlog and task are made on the first event there is a callback for: a conversation
    without callbacks (most of them, when many are attached at once) carries neither. A
    callback with an ``on_tokens`` method (as :class:`TerminalView` has) is also a token
    callback: that method gets every :class:`TokenUpdate`.
    """

    def __init__(self, callbacks: Sequence[Callback], capacity: int) -> None:
        if capacity < 1:
            raise ValueError(f"the callback backlog needs room for one event, got {capacity!r}")
        self._callbacks = tuple(callbacks)
        self._token_callbacks: list[TokenCallback] = []
        for callback in self._callbacks:
            on_tokens = getattr(callback, "on_tokens", None)
            if callable(on_tokens):
                self._token_callbacks.append(on_tokens)
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

    def add_token_callback(self, callback: TokenCallback) -> None:
        """Call ``callback`` with every token-stream update from now on."""
        self._token_callbacks.append(callback)

    def submit_tokens(self, update: TokenUpdate) -> None:
        """Queue ``update`` for every token callback (nothing without one, or once closed)."""
        if self._token_callbacks:
            self._queue(update)

    def submit(self, event: Event) -> None:
        """Queue ``event`` for every callback (returns at once; nothing once closed)."""
        if self._callbacks:
            self._queue(event)

    def _queue(self, event: Event | TokenUpdate) -> None:
        if self._closed:
            return
        backlog = self._backlog = self._backlog or _Backlog()
        if _transient(event):
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
                    if _transient(event):
                        backlog.transient -= 1
                    await self._deliver(event)
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

    async def _deliver(self, item: Event | TokenUpdate) -> None:
        callbacks: Sequence[Callable[[Any], Any]] = (
            self._token_callbacks if isinstance(item, TokenUpdate) else self._callbacks
        )
        for callback in callbacks:
            try:
                result = callback(item)
                if inspect.isawaitable(result):
                    await result
            except Exception:
                what = "a token update" if isinstance(item, TokenUpdate) else item.kind
                logger.exception("event callback %r failed on %s", callback, what)

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
