"""Where a connection of a conversation's session socket is in the server's greeting.

The server greets each connection with a ``sync`` frame, the replay (``durable`` frames up to
its ``through_seq``), then the state as it subscribed (one ``transient`` frame): that push ends
the greeting. :class:`._feed.ConversationFeed` holds one :class:`Greeting` and reads the frames;
the greeting says where the next connection resumes and when :meth:`._feed.ConversationFeed.open`'s
wait is over.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

from ._event_log import EventLog


class Greeting:
    """The greeting state of one feed's socket, for its ``log``: the ``sync`` frame's
    ``through_seq`` while a connection is greeted, the live-only start of ``history="none"``,
    and the futures the first greeting's end (or the socket's end) completes."""

    def __init__(self, log: EventLog) -> None:
        self._log = log
        # While a connection is greeted: its sync frame's through_seq (-1: an empty log).
        self._through: int | None = None
        self._replayed: asyncio.Future[None] | None = None
        self._ended: asyncio.Future[None] | None = None  # the socket closed for good
        #: history="none" until a sync frame says where the log starts: connect live only.
        self.live_only = False

    @property
    def under_way(self) -> bool:
        """Whether a connection is being greeted: its ``sync`` frame came, its push not yet."""
        return self._through is not None

    def resume_from(self) -> int | None:
        """The socket's ``after_seq``: None (live only) until a live-only open is synced."""
        return None if self.live_only else self._log.last_seq

    def arm(self) -> tuple[asyncio.Future[None], asyncio.Future[None]]:
        """Make (replayed, ended): done at the end of the first greeting, and when the socket
        closes for good."""
        loop = asyncio.get_running_loop()
        replayed = self._replayed = loop.create_future()
        ended = self._ended = loop.create_future()
        return replayed, ended

    def synced(self, through: object) -> None:
        """A ``sync`` frame announced ``through`` (its ``through_seq``): a greeting begins."""
        self._through = through if isinstance(through, int) else -1
        if self.live_only:  # the log starts after what is on disk now
            self._log.start_at(self._through + 1)
            self.live_only = False

    def replayed(self, seq: int) -> None:
        """A ``durable`` frame with ``seq`` came: one past ``through_seq`` ends the greeting."""
        if self._through is not None and seq > self._through:
            self.greeted()  # live already: the server sent no state push

    def greeted(self) -> None:
        """This connection's greeting is over: the log holds the server's, up to now."""
        self._through = None
        if self._replayed is not None and not self._replayed.done():
            self._replayed.set_result(None)

    def ended(self) -> None:
        """The socket closed for good: no greeting will come."""
        ended = self._ended
        if ended is not None and not ended.done():
            ended.set_result(None)

    async def start_without_sync(self, count_events: Callable[[], Awaitable[int]]) -> None:
        """``history="none"`` with no ``sync`` frame in time: the log starts at the server's
        count (the socket resumes after it), not at 0 (which would say it is complete)."""
        if self.live_only:
            count = await count_events()
            if self.live_only:  # the sync frame did not come meanwhile
                self._log.start_at(count)
                self.live_only = False
