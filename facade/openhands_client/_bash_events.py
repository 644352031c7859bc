"""The server's bash-events socket (``/sockets/bash-events``), shared by the commands followed.

One socket per connection (per server client), open only while at least one command is being
followed on it: concurrent commands share it (the server sends every command's output to every
subscriber, so one socket per command would receive each piece once per command), and nothing
stays open once no command is followed. Frames are routed by ``command_id`` to a
:class:`CommandFeed` per follower.

The server registers a subscriber some time after the handshake and says nothing when it has.
So the socket sends one frame that is not a command (``{}``): the server answers it with a
``BashError`` only from its receive loop, which runs once the subscriber is registered. From
then on every piece of output the server stores is either in a REST search made after that
answer or arrives on the socket (the server stores a piece before it publishes it); the
followers make that search once per subscription (:attr:`CommandFeed.generation`).

If the first connection fails (refused, no WebSocket upgrade, unreachable, or no answer to
the probe within :data:`OPEN_TIMEOUT` seconds) the socket gives up (:attr:`CommandFeed.
unavailable`) and the followers poll. A socket that drops after it was subscribed reconnects
with backoff; the followers poll until it is subscribed again.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
import weakref
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit, urlunsplit
from uuid import UUID

from openhands_api import models as _models

if TYPE_CHECKING:
    import httpx
    from websockets.asyncio.client import ClientConnection

    from openhands_api.models.bash_output import BashOutput

from ._backoff import Backoff
from ._connection import Connection
from ._socket_open import open_socket

logger = logging.getLogger("openhands_client.bash_events")

OPEN_TIMEOUT = 10.0
"""Seconds the first connection may take, handshake to the probe's answer, before polling."""

_PROBE = "{}"  # not a command: the server answers it with a BashError once subscribed


def bash_events_url(base_url: str) -> str:
    """The bash-events socket URL for the server at ``base_url`` (never carries the key)."""
    parts = urlsplit(base_url)
    scheme = "wss" if parts.scheme == "https" else "ws"
    return urlunsplit(
        (scheme, parts.netloc, f"{parts.path.rstrip('/')}/sockets/bash-events", "", "")
    )


class CommandFeed:
    """What the shared socket delivered for one followed command, and its state.

    :attr:`changed` is set when pieces arrive or the socket's state changes; :meth:`take`
    returns the pieces and clears it.
    """

    def __init__(self, command_id: UUID, hub: BashEvents | None) -> None:
        self.command_id = command_id
        self.changed = asyncio.Event()
        self._items: list[BashOutput] = []
        self._hub = hub

    @property
    def live(self) -> bool:
        """Whether the socket is subscribed now (pieces arrive here as the server emits them)."""
        return self._hub is not None and self._hub.live

    @property
    def generation(self) -> int:
        """How many times the socket has been subscribed (a new one needs a REST catch-up)."""
        return 0 if self._hub is None else self._hub.generation

    @property
    def unavailable(self) -> str | None:
        """Why the socket could not be opened (the follower polls), or None."""
        return "not offered for these routes" if self._hub is None else self._hub.unavailable

    def put(self, item: BashOutput) -> None:
        """Add a piece the socket delivered."""
        self._items.append(item)
        self.changed.set()

    def take(self) -> list[BashOutput]:
        """The pieces delivered since the last call."""
        items, self._items = self._items, []
        self.changed.clear()
        return items


class BashEvents:
    """One connection's bash-events socket and the feeds it routes frames to."""

    RECONNECT_SECONDS = (0.5, 2.0)
    """The first and the longest delay between reconnects after a drop."""

    def __init__(self, connection: Connection) -> None:
        self._conn = connection
        self._feeds: dict[UUID, list[CommandFeed]] = {}
        self.live = False
        self.generation = 0
        self.unavailable: str | None = None
        self._task: asyncio.Task[None] | None = None

    def add(self, command_id: UUID) -> CommandFeed:
        """A new feed for ``command_id``; starts the socket on first use."""
        feed = CommandFeed(command_id, self)
        self._feeds.setdefault(command_id, []).append(feed)
        if self._task is None:
            self._task = asyncio.get_running_loop().create_task(self._run())
        return feed

    def remove(self, feed: CommandFeed) -> bool:
        """Drop ``feed``; return whether no feed is left."""
        feeds = self._feeds.get(feed.command_id, [])
        if feed in feeds:
            feeds.remove(feed)
        if not feeds:
            self._feeds.pop(feed.command_id, None)
        return not self._feeds

    async def close(self) -> None:
        """Stop the socket; the feeds still followed (their client closed) are woken."""
        task, self._task = self._task, None
        # Cancelled again until it ends: Python < 3.12's wait_for can swallow a cancellation
        # that lands as the awaited call completes, and the task would then read on forever.
        while task is not None and not task.done():
            task.cancel()
            await asyncio.wait({task}, timeout=0.1)
        self.live = False
        self._notify()

    def _notify(self) -> None:
        for feeds in self._feeds.values():
            for feed in feeds:
                feed.changed.set()

    def _set_live(self, live: bool) -> None:
        if live and not self.live:
            self.generation += 1
        self.live = live
        self._notify()

    async def _run(self) -> None:
        from websockets.exceptions import WebSocketException

        backoff = Backoff(*self.RECONNECT_SECONDS)
        while True:
            try:
                await self._session(backoff)
                reason = "closed by the server"
            except (OSError, asyncio.TimeoutError, WebSocketException) as exc:
                reason = f"{type(exc).__name__}: {exc}"
            except Exception as exc:  # a fault here must not leave followers waiting: poll
                logger.exception("bash-events socket stopped; polling instead")
                self.unavailable = f"{type(exc).__name__}: {exc}"
                self._set_live(False)
                return
            if self.generation == 0:
                logger.info("bash-events socket unavailable (%s); polling instead", reason)
                self.unavailable = reason
                self._set_live(False)
                return
            logger.info("bash-events socket dropped (%s); polling until it is back", reason)
            self._set_live(False)
            await asyncio.sleep(backoff.next_delay())

    async def _session(self, backoff: Backoff) -> None:
        deadline = time.monotonic() + OPEN_TIMEOUT
        conn = self._conn
        ws = await asyncio.wait_for(
            open_socket(
                bash_events_url(conn.base_url),
                max_size=conn.max_message_size,
                ssl_context=conn.ssl_context,
                headers=conn.headers,
                secret=conn.api_key,
                open_timeout=OPEN_TIMEOUT,
            ),
            OPEN_TIMEOUT,
        )
        async with ws:
            if conn.api_key is not None:
                await ws.send(json.dumps({"type": "auth", "session_api_key": conn.api_key}))
            await ws.send(_PROBE)
            while not self.live:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise asyncio.TimeoutError("no answer to the subscription probe")
                self._route(await asyncio.wait_for(ws.recv(), remaining))
            backoff.reset()
            await self._read(ws)

    async def _read(self, ws: ClientConnection) -> None:
        async for message in ws:
            self._route(message)
            del message

    def _route(self, message: str | bytes) -> None:
        try:
            data: Any = json.loads(message)
        except (ValueError, RecursionError):
            logger.warning("skipping a malformed bash-events frame (%d bytes)", len(message))
            return
        if not isinstance(data, dict):
            return
        kind = data.get("kind")
        if kind == "BashError" and not self.live:
            self._set_live(True)  # the probe's answer: this socket is subscribed
        elif kind == "BashOutput":
            try:
                item = _models.BashOutput.from_dict(data)
                feeds = self._feeds.get(UUID(str(item.command_id)), [])
            except (KeyError, TypeError, ValueError, AttributeError):
                logger.warning("skipping a bash-events frame that is not a BashOutput")
                return
            for feed in feeds:
                feed.put(item)


_hubs: weakref.WeakKeyDictionary[httpx.AsyncClient, BashEvents] = weakref.WeakKeyDictionary()


async def close_socket(connection: Connection) -> None:
    """Close ``connection``'s shared socket, if open (its client is closing): the commands
    still followed on it wake up and find the client closed."""
    hub = _hubs.pop(connection.http, None)
    if hub is not None:
        await hub.close()


@asynccontextmanager
async def follow(
    connection: Connection, command_id: UUID, *, socket: bool
) -> AsyncIterator[CommandFeed]:
    """A feed of ``command_id``'s output from the connection's shared socket while in the block
    (``socket=False``: a feed that never goes live, for routes without a socket)."""
    if not socket:
        yield CommandFeed(command_id, None)
        return
    hub = _hubs.get(connection.http)
    if hub is None:
        hub = _hubs[connection.http] = BashEvents(connection)
    feed = hub.add(command_id)
    try:
        yield feed
    finally:
        if hub.remove(feed):
            if _hubs.get(connection.http) is hub:
                del _hubs[connection.http]
            await hub.close()
