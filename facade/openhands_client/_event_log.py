"""The cached event log: exactly the server's persisted events, by id, in ``seq`` order."""

from __future__ import annotations

import bisect
import threading
from collections.abc import Iterator, Sequence
from typing import overload

from .events import Event


class EventLog(Sequence[Event]):
    """A read-only, list-like view of a conversation's persisted events.

    Events are kept once per id, ordered by ``seq``: the event's index in the server's log
    (the session socket sends it with each persisted event; a REST page's events take the
    index of their position). The order is the server's own, however they arrived.
    Safe to read from any thread while the client adds events.
    """

    def __init__(self) -> None:
        self._events: list[Event] = []
        self._seqs: list[int] = []
        self._ids: set[str] = set()
        self._by_seq: dict[int, Event] = {}
        self._prefix = -1  # the end of the unbroken run of seqs from 0
        self._lock = threading.Lock()

    def add(self, event: Event, seq: int) -> bool:
        """Insert ``event`` at ``seq`` unless its id is already present; return whether it
        was new."""
        with self._lock:
            if event.id in self._ids:
                return False
            self._ids.add(event.id)
            self._by_seq[seq] = event
            while self._prefix + 1 in self._by_seq:
                self._prefix += 1
            if not self._seqs or seq > self._seqs[-1]:
                self._seqs.append(seq)
                self._events.append(event)
            else:
                at = bisect.bisect_right(self._seqs, seq)
                self._seqs.insert(at, seq)
                self._events.insert(at, event)
            return True

    def __contains__(self, item: object) -> bool:
        if isinstance(item, str):
            return item in self._ids
        return getattr(item, "id", None) in self._ids

    @property
    def last_seq(self) -> int:
        """The resume cursor: the last ``seq`` of the unbroken run held from 0 (``-1`` while
        seq 0 is not held). A replay after it fills any hole; what it repeats is dropped."""
        with self._lock:
            return self._prefix

    def at_seq(self, seq: int) -> Event | None:
        """The event held at ``seq``, if any."""
        with self._lock:
            return self._by_seq.get(seq)

    def __len__(self) -> int:
        return len(self._events)

    @overload
    def __getitem__(self, index: int) -> Event: ...

    @overload
    def __getitem__(self, index: slice) -> list[Event]: ...

    def __getitem__(self, index: int | slice) -> Event | list[Event]:
        with self._lock:
            return self._events[index]

    def __iter__(self) -> Iterator[Event]:
        with self._lock:
            return iter(list(self._events))

    def __repr__(self) -> str:
        return f"<EventLog of {len(self)} events>"
