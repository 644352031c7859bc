"""The WebSocket event channel: connect, authenticate, read frames, reconnect with backoff."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any, Literal
from urllib.parse import urlencode, urlsplit, urlunsplit
from uuid import UUID

from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, InvalidStatus, WebSocketException

from ._backoff import Backoff
from .errors import AgentServerError, AuthenticationError, NotFoundError

logger = logging.getLogger("openhands_client.socket")
# websockets logs every frame at DEBUG, the auth frame included: keep its logger quiet.
_frame_logger = logging.getLogger("openhands_client.socket.frames")
_frame_logger.setLevel(logging.WARNING)
_frame_logger.propagate = False

CLOSE_AUTH_FAILED = 4001
CLOSE_NOT_FOUND = 4004
CLOSE_TRY_AGAIN_LATER = 1013

# Where to resume: None (no replay), "all", or a timestamp (inclusive).
Resume = datetime | Literal["all"] | None

# Frame handler: (decoded JSON object, whether it is the first frame after connecting).
FrameHandler = Callable[[dict[str, Any], bool], Awaitable[None]]


def socket_url(base_url: str, conversation_id: UUID, resume_from: Resume) -> str:
    """The events socket URL; never carries the API key."""
    parts = urlsplit(base_url)
    scheme = "wss" if parts.scheme == "https" else "ws"
    path = f"{parts.path.rstrip('/')}/sockets/events/{conversation_id}"
    query = ""
    if resume_from == "all":
        query = urlencode({"resend_mode": "all"})
    elif isinstance(resume_from, datetime):
        query = urlencode({"resend_mode": "since", "after_timestamp": resume_from.isoformat()})
    return urlunsplit((scheme, parts.netloc, path, query, ""))


class EventSocket:
    """Keeps one conversation's event socket open until closed or refused for good.

    Every frame goes to ``on_frame``. Each connection asks the server to replay from
    ``resume_from()`` (inclusive; the handler deduplicates); reconnects back off with jitter.
    ``subscribed`` is set once the server has registered this subscriber: on its first frame
    (the state push) or, when that push is dropped, ``PUSH_GRACE`` seconds after connecting.
    A 4001/4004 close is final: ``final_error`` holds the typed error and the loop ends.
    """

    PUSH_GRACE = 1.0

    def __init__(
        self,
        base_url: str,
        conversation_id: UUID,
        api_key: str | None,
        on_frame: FrameHandler,
        resume_from: Callable[[], Resume],
        backoff: Backoff | None = None,
    ) -> None:
        self._base_url = base_url
        self._conversation_id = conversation_id
        self._api_key = api_key
        self._on_frame = on_frame
        self._resume_from = resume_from
        self._backoff = backoff or Backoff(initial=0.5, cap=2.0)
        self.subscribed = asyncio.Event()
        self.connected = False
        self.connections = 0
        self.final_error: AgentServerError | None = None
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        """Start the connection loop as a task on the running loop."""
        if self._task is None:
            self._task = asyncio.get_running_loop().create_task(self._run())

    async def close(self) -> None:
        """Stop the loop and close the connection."""
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
            self._task = None
        self.connected = False

    async def _run(self) -> None:
        while True:
            resume = self._resume_from()
            floor = 0.0
            try:
                await self._session(socket_url(self._base_url, self._conversation_id, resume))
            except ConnectionClosed as exc:
                code = exc.rcvd.code if exc.rcvd is not None else None
                if code == CLOSE_AUTH_FAILED:
                    self._fail(
                        AuthenticationError("event socket: authentication failed", status_code=code)
                    )
                    return
                if code == CLOSE_NOT_FOUND:
                    self._fail(
                        NotFoundError("event socket: conversation not found", status_code=code)
                    )
                    return
                if code == CLOSE_TRY_AGAIN_LATER:
                    floor = 1.0
                logger.info("event socket closed (code %s); reconnecting", code)
            except InvalidStatus as exc:
                status = exc.response.status_code
                if status in (401, 403):
                    self._fail(
                        AuthenticationError("event socket: handshake refused", status_code=status)
                    )
                    return
                logger.info("event socket handshake failed (HTTP %s); retrying", status)
            except (OSError, asyncio.TimeoutError, WebSocketException) as exc:
                logger.info("event socket unavailable (%s); retrying", type(exc).__name__)
            finally:
                self.connected = False
            await asyncio.sleep(self._backoff.next_delay(floor))

    def _fail(self, error: AgentServerError) -> None:
        self.final_error = error
        self.subscribed.set()

    async def _session(self, url: str) -> None:
        async with connect(
            url, open_timeout=10, max_size=None, logger=_frame_logger, compression=None
        ) as ws:
            if self._api_key is not None:
                await ws.send(json.dumps({"type": "auth", "session_api_key": self._api_key}))
            self.connected = True
            self.connections += 1
            await self._read(ws)

    async def _read(self, ws: ClientConnection) -> None:
        first = True
        grace = asyncio.get_running_loop().call_later(self.PUSH_GRACE, self.subscribed.set)
        try:
            async for message in ws:
                try:
                    data = json.loads(message)
                except ValueError:
                    logger.warning("skipping a malformed event frame (%d bytes)", len(message))
                    continue
                if not isinstance(data, dict):
                    logger.warning("skipping a non-object event frame")
                    continue
                try:
                    await self._on_frame(data, first)
                except Exception:
                    logger.exception("event frame handler failed; the stream goes on")
                if first:
                    first = False
                    self.subscribed.set()
                    self._backoff.reset()
        finally:
            grace.cancel()
