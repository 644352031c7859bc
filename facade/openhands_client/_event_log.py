"""The cached event log: the server's persisted events, by id, in ``seq`` order, from
``first_seq`` on (the whole log unless the conversation was attached with a bounded history).

An event may be held as its raw JSON (:meth:`EventLog.add_raw`, the attach's replay) and typed
on first read: typing was about half the client's CPU in loading a long log, and a reader may
never need most of it.
"""

from __future__ import annotations

import bisect
import threading
from collections.abc import Iterator, Mapping, Sequence
from typing import Any, overload

from .events import Event, decode_event


class _Raw:
    """An event held as its JSON object until first read, then as the decoded event."""

    __slots__ = ("event", "id", "raw")

    def __init__(self, raw: Mapping[str, Any], event_id: str) -> None:
        self.raw: Mapping[str, Any] | None = raw
        self.id = event_id
        self.event: Event | None = None

    def typed(self, lock: threading.Lock) -> Event:
        """The decoded event: decoded outside ``lock`` (the log's), kept under it, so that
        every reader gets the one object the first decode made."""
        event = self.event
        if event is not None:
            return event
        raw = self.raw  # None only once ``event`` is set (both change under the lock)
        decoded = decode_event(raw) if raw is not None else None
        with lock:
            if self.event is None:
                assert decoded is not None
                self.event, self.raw = decoded, None
            return self.event


_Entry = Event | _Raw


class EventLog(Sequence[Event]):
    """A read-only, list-like view of a conversation's persisted events.

    Events are kept once per id, ordered by ``seq``: the event's index in the server's log
    (the session socket sends it with each persisted event; an event loaded over REST takes
    the index of its position, and the socket's ``seq`` replaces it if they differ). The
    order is the server's own, however they arrived.

    The log holds the server's events from :attr:`first_seq` on: ``0`` (the whole log,
    :attr:`complete`) unless the conversation was attached with ``history="none"`` or a
    number of events, and lower again after each ``load_earlier_events()``. ``len()``,
    indexing and iteration cover what is held, oldest first: ``log[0]`` is the event at
    ``first_seq``; events loaded earlier go in front (indexes of the others shift by as
    many), live events at the end. Iterating works on a snapshot. Safe to read from any
    thread while the client adds events. Events the attach's replay brought are typed when
    first read (each once: every read returns the same object).
    """

    def __init__(self) -> None:
        self._events: list[_Entry] = []
        self._seqs: list[int] = []
        self._seq_of: dict[str, int] = {}
        self._by_seq: dict[int, _Entry] = {}
        self._first = 0  # the lowest seq this log covers
        self._prefix = -1  # the end of the unbroken run of seqs from _first
        self._lock = threading.Lock()

    def start_at(self, first_seq: int) -> None:
        """Cover the server's log from ``first_seq`` on (events before it are not held);
        only while the log is empty."""
        with self._lock:
            if self._events:
                raise RuntimeError("the event log already holds events")
            self._first, self._prefix = first_seq, first_seq - 1

    def add(self, event: Event, seq: int, *, exact: bool = True) -> bool:
        """Insert ``event`` at ``seq`` unless its id is already present; return whether it
        was new. An ``exact`` seq (the server's own, from the socket) moves an event held
        under another seq (a REST position) to it; a position never moves an event."""
        return self._add(event, seq, exact)

    def add_raw(self, raw: Mapping[str, Any], event_id: str, seq: int) -> bool:
        """:meth:`add` (with the server's own ``seq``) for the event JSON ``raw``, whose id is
        ``event_id``: it is decoded when first read."""
        return self._add(_Raw(raw, event_id), seq, True)

    def _add(self, entry: _Entry, seq: int, exact: bool) -> bool:
        with self._lock:
            held = self._seq_of.get(entry.id)
            if held is not None:
                if exact and held != seq:
                    self._move(entry.id, held, seq)
                return False
            self._seq_of[entry.id] = seq
            self._insert(entry, seq)
            while self._prefix + 1 in self._by_seq:
                self._prefix += 1
            while self._first - 1 in self._by_seq:  # an earlier event joins the front
                self._first -= 1
            return True

    def _insert(self, event: _Entry, seq: int) -> None:
        self._by_seq.setdefault(seq, event)
        if not self._seqs or seq > self._seqs[-1]:
            self._seqs.append(seq)
            self._events.append(event)
        else:
            at = bisect.bisect_right(self._seqs, seq)
            self._seqs.insert(at, seq)
            self._events.insert(at, event)

    def _move(self, event_id: str, held: int, seq: int) -> None:
        at = next(i for i, e in enumerate(self._events) if e.id == event_id)
        event = self._events.pop(at)
        del self._seqs[at]
        if self._by_seq.get(held) is event:
            del self._by_seq[held]
            pairs = zip(self._seqs, self._events, strict=True)
            other = next((e for s, e in pairs if s == held), None)
            if other is not None:  # another event numbered the same, by position
                self._by_seq[held] = other
        self._seq_of[event_id] = seq
        self._insert(event, seq)
        self._by_seq[seq] = event
        self._prefix = self._first - 1
        while self._prefix + 1 in self._by_seq:
            self._prefix += 1

    def __contains__(self, item: object) -> bool:
        if isinstance(item, str):
            return item in self._seq_of
        return getattr(item, "id", None) in self._seq_of

    @property
    def first_seq(self) -> int:
        """The ``seq`` of the oldest event this log covers: ``0`` when it holds the server's
        log from its start (see :attr:`complete`)."""
        with self._lock:
            return self._first

    @property
    def complete(self) -> bool:
        """Whether the log holds the server's events from the first one (``first_seq == 0``);
        False after a bounded attach, until ``load_earlier_events()`` reaches the start."""
        with self._lock:
            return self._first == 0

    @property
    def last_seq(self) -> int:
        """The resume cursor: the last ``seq`` of the unbroken run held from :attr:`first_seq`
        (``first_seq - 1`` while nothing is held there). A replay after it fills any hole;
        what it repeats is dropped."""
        with self._lock:
            return self._prefix

    def at_seq(self, seq: int) -> Event | None:
        """The event held at ``seq``, if any."""
        with self._lock:
            entry = self._by_seq.get(seq)
        return None if entry is None else self._typed(entry)

    def seq_of(self, event_id: str) -> int | None:
        """The ``seq`` of the event with ``event_id``, if it is held."""
        with self._lock:
            return self._seq_of.get(event_id)

    def __len__(self) -> int:
        return len(self._events)

    @overload
    def __getitem__(self, index: int) -> Event: ...

    @overload
    def __getitem__(self, index: slice) -> list[Event]: ...

    def __getitem__(self, index: int | slice) -> Event | list[Event]:
        with self._lock:
            entries = self._events[index]
        if isinstance(entries, list):
            return [self._typed(entry) for entry in entries]
        return self._typed(entries)

    def __iter__(self) -> Iterator[Event]:
        with self._lock:
            entries = list(self._events)
        return iter([self._typed(entry) for entry in entries])

    def _typed(self, entry: _Entry) -> Event:
        """The event ``entry`` holds (typed here, outside the lock, if held raw)."""
        return entry.typed(self._lock) if isinstance(entry, _Raw) else entry

    def __repr__(self) -> str:
        return f"<EventLog of {len(self)} events from seq {self.first_seq}>"
