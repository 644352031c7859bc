"""One ``stream()`` consumer's bounded buffer, and what happens when the consumer falls behind.

The policy: a buffer holds at most ``capacity`` events. When it is full, a new transient event
(a token delta, a state snapshot) is dropped; a new persisted event first evicts the oldest
buffered transient one. When only persisted events are buffered and one more does not fit, the
buffer stops taking events: the consumer still gets every event buffered so far, then
:class:`StreamOverflowError`. The conversation's log is never affected: every persisted event
stays in ``conversation.events``, which is where a consumer that fell behind reads on.
A ``stream_tokens()`` consumer's buffer follows the same policy with deltas as the droppable
items and the updates that open or retire an item as the kept ones.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Callable
from typing import Generic, TypeVar

from .errors import StreamOverflowError

T = TypeVar("T")

_EVENTS_OVERFLOW = (
    "the stream fell behind by more than {capacity} persisted events and stopped; every "
    "persisted event is in conversation.events: read on from there"
)


class StreamBuffer(Generic[T]):
    """The items a stream consumer has not taken yet (filled on the loop's thread).

    ``keep`` says which items the policy never drops (for events: ``is_persisted``);
    ``overflow`` is the :class:`StreamOverflowError` message (``{capacity}`` filled in).
    """

    def __init__(
        self,
        capacity: int,
        keep: Callable[[T], bool],
        overflow: str = _EVENTS_OVERFLOW,
    ) -> None:
        if capacity < 1:
            raise ValueError(f"the stream buffer needs room for one event, got {capacity!r}")
        self._capacity = capacity
        self._keep = keep
        self._overflow = overflow
        self._items: deque[T] = deque()
        self._ready = asyncio.Event()
        self.dropped = 0
        self.overflowed = False
        self.closed = False

    def put(self, event: T) -> bool:
        """Buffer ``event`` (or drop it by the policy); False once the buffer takes no more."""
        if self.overflowed or self.closed:
            return False
        if len(self._items) >= self._capacity:
            if not self._keep(event):
                self.dropped += 1
                return True
            if not self._evict_transient():
                self.overflowed = True
                self._ready.set()
                return False
        self._items.append(event)
        self._ready.set()
        return True

    def _evict_transient(self) -> bool:
        for index, item in enumerate(self._items):
            if not self._keep(item):
                del self._items[index]
                self.dropped += 1
                return True
        return False

    def close(self) -> None:
        """No more events: the consumer ends once it took what is buffered."""
        self.closed = True
        self._ready.set()

    def take(self) -> T | None:
        """The oldest buffered event; at the end of an overflowed buffer, raise; else None."""
        if self._items:
            return self._items.popleft()
        if self.overflowed:
            raise StreamOverflowError(self._overflow.format(capacity=self._capacity))
        return None

    async def wait(self, timeout: float) -> None:
        """Wait until there is something to take (or the buffer ended), at most ``timeout``."""
        if self._items or self.overflowed or self.closed:
            return
        self._ready.clear()
        # asyncio.wait, not wait_for: before Python 3.12, wait_for returns when the event is
        # set as the consumer's task is cancelled, and the cancellation (Ctrl-C) is lost.
        ready = asyncio.ensure_future(self._ready.wait())
        try:
            await asyncio.wait((ready,), timeout=timeout)
        finally:
            ready.cancel()
