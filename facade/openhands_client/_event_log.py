"""The cached event log: exactly the server's persisted events, by id, in timestamp order."""

from __future__ import annotations

import bisect
import threading
from collections.abc import Iterator, Sequence
from datetime import datetime, timedelta
from typing import overload

from .events import Event

# Events are published from an executor: one can carry a timestamp earlier than an event
# delivered before it. Resuming this far before the newest timestamp catches such stragglers.
RESUME_OVERLAP = timedelta(seconds=2)


class EventLog(Sequence[Event]):
    """A read-only, list-like view of a conversation's persisted events.

    Events are kept once per id, ordered by (timestamp, id): the same order whether they
    arrived live, replayed or over REST. (The server's own ``/events/search`` lists events
    in write order, which can differ from timestamp order by a few milliseconds.)
    Safe to read from any thread while the client adds events.
    """

    def __init__(self) -> None:
        self._events: list[Event] = []
        self._keys: list[tuple[str, str]] = []
        self._ids: set[str] = set()
        self._lock = threading.Lock()

    def add(self, event: Event) -> bool:
        """Insert ``event`` unless its id is already present; return whether it was new."""
        with self._lock:
            if event.id in self._ids:
                return False
            self._ids.add(event.id)
            key = (event.timestamp, event.id)
            if not self._keys or key >= self._keys[-1]:
                self._keys.append(key)
                self._events.append(event)
            else:
                at = bisect.bisect_right(self._keys, key)
                self._keys.insert(at, key)
                self._events.insert(at, event)
            return True

    def __contains__(self, item: object) -> bool:
        if isinstance(item, str):
            return item in self._ids
        return getattr(item, "id", None) in self._ids

    def resume_after(self) -> datetime | None:
        """The timestamp to resume from after a gap: the newest one, less an overlap."""
        with self._lock:
            for stamp, _ in reversed(self._keys):
                try:
                    return datetime.fromisoformat(stamp) - RESUME_OVERLAP
                except ValueError:
                    continue
        return None

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
