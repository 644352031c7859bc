"""The WebSocket event channel: connect, authenticate, read frames, reconnect with backoff.

The channel is the server's session socket, ``/sockets/session/{id}?after_seq=N``: a ``sync``
frame, then every persisted event with ``seq > N`` (``durable`` frames), then live frames. The
legacy ``/sockets/events/{id}`` (:func:`._socket_urls.socket_url`) is only probed by ``doctor``.
Opening a connection is :func:`._socket_open.open_socket`'s; what a close or a refused handshake
means, :mod:`._socket_close`'s.
"""

from __future__ import annotations

import asyncio
import json
import logging
import ssl
import time
from collections.abc import Awaitable, Callable, Mapping
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING, Any
from uuid import UUID

from ._backoff import Backoff
from ._connection_state import ConnectionState, SocketStatus
from ._socket_close import TRANSIENT_STATUSES, classify_close, is_oversized, refusal
from ._socket_open import open_socket
from ._socket_urls import session_url
from .errors import AgentServerError, SocketRefusedError

if TYPE_CHECKING:  # websockets is imported on the first connect, not with the package
    from websockets.asyncio.client import ClientConnection

logger = logging.getLogger("openhands_client.socket")

# Frame handler: (decoded JSON object, whether it is the first frame after connecting).
FrameHandler = Callable[[dict[str, Any], bool], Awaitable[None]]


class EventSocket:
    """Keeps one conversation's session socket open until closed or refused for good.

    Every frame goes to ``on_frame``. Each connection asks the server to replay every event
    after ``resume_from()`` (a ``seq``); reconnects back off with jitter. :meth:`wait_subscribed`
    returns once the server has registered this subscriber: on its first frame (``sync``, which
    the server sends only once subscribed).

    Failures that retrying cannot cure end the loop with ``final_error`` set: a 4001/4004 close,
    a handshake answered 401/403 (AuthenticationError), 404 (NotFoundError), any other non-
    upgrade answer or redirect, an untrusted TLS certificate (SocketRefusedError), a frame over
    ``max_size`` bytes (MessageTooLargeError), or a fault in the loop itself. Everything else
    (refused connections, resets, 5xx, timeouts) is retried, a 1013 close with reason
    ``frame_too_large`` after ``skip_oversized()`` (which must move ``resume_from()`` past the
    event the server cannot send as a frame); an outage longer than
    ``OUTAGE_WARNING`` seconds is logged once at WARNING. Redirects are never followed.
    """

    OUTAGE_WARNING = 30.0

    def __init__(
        self,
        base_url: str,
        conversation_id: UUID,
        api_key: str | None,
        on_frame: FrameHandler,
        resume_from: Callable[[], int | None],
        backoff: Backoff | None = None,
        *,
        max_size: int = 64 * 2**20,
        ssl_context: ssl.SSLContext | None = None,
        headers: Mapping[str, str] | None = None,
        on_state: Callable[[ConnectionState], None] | None = None,
        skip_oversized: Callable[[], Awaitable[None]] | None = None,
    ) -> None:
        self._base_url = base_url
        self._conversation_id = conversation_id
        self._api_key = api_key
        self._on_frame = on_frame
        self._resume_from = resume_from
        self._backoff = backoff or Backoff(initial=0.5, cap=2.0)
        self._max_size = max_size
        self._ssl = ssl_context
        self._headers = headers or {}
        self._subscribed: asyncio.Future[None] | None = None  # by start() or wait_subscribed()
        self.connected = False
        self.connections = 0
        self._healthy = False
        self.final_error: AgentServerError | None = None
        self.state = ConnectionState(SocketStatus.CONNECTING)
        self._on_state = on_state
        self._skip_oversized = skip_oversized
        self._task: asyncio.Task[None] | None = None

    def _set_state(
        self, status: SocketStatus, reason: str | None = None, retry_in: float | None = None
    ) -> None:
        """Publish a new state (``retry_in``: seconds to the next attempt)."""
        retry_at = None
        if retry_in is not None:
            retry_at = datetime.now(timezone.utc) + timedelta(seconds=retry_in)
        self.state = ConnectionState(status, reason, retry_at)
        if self._on_state is not None:
            try:
                self._on_state(self.state)
            except Exception:
                logger.exception("connection state handler failed; the socket goes on")

    def start(self) -> None:
        """Start the connection loop as a task on the running loop."""
        if self._task is None:
            self._subscription()
            self._task = asyncio.get_running_loop().create_task(self._run())

    async def wait_subscribed(self) -> None:
        """Return once subscribed, or once the loop ended for good (``final_error``). It may be
        called before :meth:`start`: whichever runs first makes the future the other uses."""
        await asyncio.shield(self._subscription())

    def _subscription(self) -> asyncio.Future[None]:
        if self._subscribed is None:
            self._subscribed = asyncio.get_running_loop().create_future()
        return self._subscribed

    def _set_subscribed(self) -> None:
        if self._subscribed is not None and not self._subscribed.done():
            self._subscribed.set_result(None)

    async def close(self) -> None:
        """Stop the loop and close the connection."""
        await self._stop()
        if self.state.status is not SocketStatus.CLOSED:
            self._set_state(SocketStatus.CLOSED, "closed by the client")

    async def end(self, error: AgentServerError) -> None:
        """Stop for good with ``error``, as a refusal would (the conversation is gone)."""
        await self._stop()
        self._fail(error)

    async def _stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
            self._task = None
        self.connected = False

    async def _run(self) -> None:
        try:
            await self._connect_forever()
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # a fault in the loop itself: stop visibly, never silently
            logger.exception("event socket for %s stopped", self._conversation_id)
            self._fail(AgentServerError(f"event socket stopped: {type(exc).__name__}"))
        finally:
            self.connected = False

    async def _connect_forever(self) -> None:
        from websockets.exceptions import ConnectionClosed, InvalidStatus, WebSocketException

        down_since: float | None = None
        warned = False
        while True:
            resume = self._resume_from()
            floor = 0.0
            try:
                await self._session(session_url(self._base_url, self._conversation_id, resume))
                reason = "closed"
            except ConnectionClosed as exc:
                error, floor, reason = classify_close(exc)
                if error is not None:
                    return self._fail(error)
                if is_oversized(exc) and self._skip_oversized is not None:
                    # The server cannot send the next event as a frame, now or on any
                    # resume: fetch it (and what follows) another way before resuming.
                    await self._skip_oversized()
            except InvalidStatus as exc:
                status = exc.response.status_code
                if status not in TRANSIENT_STATUSES:
                    return self._fail(refusal(status))
                reason = f"handshake answered HTTP {status}"
            except ssl.SSLCertVerificationError as exc:
                return self._fail(
                    SocketRefusedError(f"event socket: TLS certificate not trusted ({exc.reason})")
                )
            except (OSError, asyncio.TimeoutError, WebSocketException) as exc:
                reason = type(exc).__name__
            finally:
                self.connected = False
            now = time.monotonic()
            if self._healthy:  # the last session delivered frames: a new outage starts
                self._healthy, down_since, warned = False, now, False
            down_since = down_since or now
            if not warned and now - down_since >= self.OUTAGE_WARNING:
                warned = True
                logger.warning(
                    "event socket for %s down for %.0f s (%s); still retrying",
                    self._conversation_id,
                    now - down_since,
                    reason,
                )
            else:
                logger.info("event socket unavailable (%s); retrying", reason)
            delay = self._backoff.next_delay(floor)
            self._set_state(SocketStatus.RECONNECTING, reason, delay)
            await asyncio.sleep(delay)

    def _fail(self, error: AgentServerError) -> None:
        self.final_error = error
        self._set_subscribed()
        self._set_state(SocketStatus.CLOSED, str(error))

    async def _session(self, url: str) -> None:
        connection = await open_socket(
            url,
            max_size=self._max_size,
            ssl_context=self._ssl,
            headers=self._headers,
            secret=self._api_key,
        )
        async with connection as ws:
            if self._api_key is not None:
                await ws.send(json.dumps({"type": "auth", "session_api_key": self._api_key}))
            self.connected = True
            self.connections += 1
            self._set_state(SocketStatus.CONNECTED)
            await self._read(ws)

    async def _read(self, ws: ClientConnection) -> None:
        first = True
        async for message in ws:
            delivered = await self._deliver(message, first)
            # Not kept while the next frame is awaited (an idle socket would hold it).
            del message
            if delivered and first:
                first = False
                self._healthy = True
                self._set_subscribed()
                self._backoff.reset()

    async def _deliver(self, message: str | bytes, first: bool) -> bool:
        """Decode one frame and hand it on; False if it is not a JSON object."""
        try:
            data = json.loads(message)
        except (ValueError, RecursionError):
            logger.warning("skipping a malformed event frame (%d bytes)", len(message))
            return False
        if not isinstance(data, dict):
            logger.warning("skipping a non-object event frame")
            return False
        try:
            await self._on_frame(data, first)
        except Exception:
            logger.exception("event frame handler failed; the stream goes on")
        return True
