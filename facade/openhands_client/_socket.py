"""The WebSocket event channel: connect, authenticate, read frames, reconnect with backoff.

The channel is the server's session socket, ``/sockets/session/{id}?after_seq=N``: a ``sync``
frame, then every persisted event with ``seq > N`` (``durable`` frames), then live frames. The
legacy ``/sockets/events/{id}`` (:func:`socket_url`) is only probed by ``doctor``.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import ssl
import time
from collections.abc import Awaitable, Callable, Mapping
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import urlencode, urlsplit, urlunsplit
from uuid import UUID

from ._backoff import Backoff
from ._connection_state import ConnectionState, SocketStatus
from ._terminal_text import printable
from .errors import (
    AgentServerError,
    AuthenticationError,
    MessageTooLargeError,
    NotFoundError,
    SocketRefusedError,
)

if TYPE_CHECKING:  # websockets is imported on the first connect, not with the package
    from websockets.asyncio.client import ClientConnection

logger = logging.getLogger("openhands_client.socket")
# websockets logs every frame and the handshake at DEBUG, the auth frame included: those
# records are off unless this logger's level is set to DEBUG, and then show no key.
_frame_logger = logging.getLogger("openhands_client.socket.frames")
_frame_logger.setLevel(logging.WARNING)
# The auth frame's key field and everything after it (a key quoted in JSON, then by repr(),
# or cut short by websockets, is not the key as given).
_SESSION_KEY_FIELD = re.compile(r"(session_api_key\W*).*", re.DOTALL)


class RedactingFrameLogger(logging.LoggerAdapter):  # type: ignore[type-arg]
    """The frame logger as websockets uses it, each record formatted here with the session
    key (``secret``, as given and as JSON quotes it) and whatever follows a ``session_api_key``
    field replaced by ``***``."""

    def __init__(self, secret: str | None) -> None:
        super().__init__(_frame_logger, {})
        self._secret = secret

    def log(self, level: int, msg: object, *args: object, **kwargs: Any) -> None:
        """Log ``msg % args`` at ``level``, redacted, if the logger is enabled for it."""
        if not self.isEnabledFor(level):
            return
        text = str(msg) % args if args else str(msg)
        if self._secret:
            for form in (self._secret, json.dumps(self._secret)[1:-1]):
                text = text.replace(form, "***")
        text = _SESSION_KEY_FIELD.sub(r"\1***", text)
        kwargs.setdefault("stacklevel", 2)
        self.logger.log(level, "%s", text, **kwargs)


CLOSE_AUTH_FAILED = 4001
CLOSE_NOT_FOUND = 4004
CLOSE_TRY_AGAIN_LATER = 1013
CLOSE_MESSAGE_TOO_BIG = 1009
# The close reason (with 1013) of a session socket whose next event is over the server's frame
# limit (4 MiB): every resume from before that event fails the same way.
_FRAME_TOO_LARGE = "frame_too_large"
# Handshake answers worth retrying: the server (or a proxy before it) is starting or busy.
_TRANSIENT_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504})

# Where the legacy socket resumes: None (no replay), "all", or a timestamp (inclusive).
Resume = datetime | Literal["all"] | None

# Frame handler: (decoded JSON object, whether it is the first frame after connecting).
FrameHandler = Callable[[dict[str, Any], bool], Awaitable[None]]


def session_url(base_url: str, conversation_id: UUID, after_seq: int | None) -> str:
    """The session socket URL, resuming after ``after_seq`` (-1: the whole log; None: live
    only); never carries the API key."""
    parts = urlsplit(base_url)
    scheme = "wss" if parts.scheme == "https" else "ws"
    path = f"{parts.path.rstrip('/')}/sockets/session/{conversation_id}"
    query = "" if after_seq is None else urlencode({"after_seq": after_seq})
    return urlunsplit((scheme, parts.netloc, path, query, ""))


def socket_url(base_url: str, conversation_id: UUID, resume_from: Resume) -> str:
    """The legacy events socket URL (probed by ``doctor``); never carries the API key."""
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
                error, floor, reason = self._closed(exc)
                if error is not None:
                    return self._fail(error)
                if _oversized(exc) and self._skip_oversized is not None:
                    # The server cannot send the next event as a frame, now or on any
                    # resume: fetch it (and what follows) another way before resuming.
                    await self._skip_oversized()
            except InvalidStatus as exc:
                status = exc.response.status_code
                if status not in _TRANSIENT_STATUSES:
                    return self._fail(_refusal(status))
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

    @staticmethod
    def _closed(exc: Exception) -> tuple[AgentServerError | None, float, str]:
        """(final error or None, backoff floor, reason) for a ``ConnectionClosed``."""
        from websockets.exceptions import ConnectionClosed

        assert isinstance(exc, ConnectionClosed)
        code = exc.rcvd.code if exc.rcvd is not None else None
        if code == CLOSE_AUTH_FAILED:
            return (
                AuthenticationError("event socket: authentication failed", status_code=code),
                0,
                "",
            )
        if code == CLOSE_NOT_FOUND:
            return NotFoundError("event socket: conversation not found", status_code=code), 0, ""
        if exc.sent is not None and exc.sent.code == CLOSE_MESSAGE_TOO_BIG:
            return (
                MessageTooLargeError(
                    "event socket: a frame exceeded max_message_size",
                    status_code=CLOSE_MESSAGE_TOO_BIG,
                ),
                0,
                "",
            )
        said = (
            f" ({printable(exc.rcvd.reason)})" if exc.rcvd is not None and exc.rcvd.reason else ""
        )
        floor = 1.0 if code == CLOSE_TRY_AGAIN_LATER else 0.0
        return None, floor, f"closed with code {code}{said}"

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


def _oversized(exc: Exception) -> bool:
    """Whether a ``ConnectionClosed`` says the next event is too large for a frame."""
    rcvd = getattr(exc, "rcvd", None)
    return (
        rcvd is not None and rcvd.code == CLOSE_TRY_AGAIN_LATER and rcvd.reason == _FRAME_TOO_LARGE
    )


async def open_socket(
    url: str,
    *,
    max_size: int,
    ssl_context: ssl.SSLContext | None = None,
    open_timeout: float = 10,
    close_timeout: float = 10,
    headers: Mapping[str, str] | None = None,
    secret: str | None = None,
) -> ClientConnection:
    """Open a socket as the client does: no redirect followed (an ``InvalidStatus`` instead),
    no frame over ``max_size`` bytes (a 1009 close), frames logged only at DEBUG on
    ``openhands_client.socket.frames`` with ``secret`` (the key the auth frame carries) never
    shown. ``ssl_context`` is used for a ``wss:`` URL only; ``headers`` go with the handshake
    (a ``User-Agent`` among them replaces websockets' own); closing waits at most
    ``close_timeout`` seconds for the server's close frame."""
    extra = dict(headers or {})
    agent = next((extra.pop(name) for name in list(extra) if name.lower() == "user-agent"), None)
    # Awaited rather than entered: the connect() object, which keeps its arguments and
    # handshake state, is not kept for the life of the connection.
    connection: ClientConnection = await _connect_no_redirects()(
        url,
        open_timeout=open_timeout,
        close_timeout=close_timeout,
        max_size=max_size,
        logger=RedactingFrameLogger(secret),
        compression=None,
        ssl=ssl_context if url.startswith("wss:") else None,
        additional_headers=extra,
        **({"user_agent_header": agent} if agent is not None else {}),
    )
    connection.request = None  # the handshake's request (its headers), not needed again
    return connection


def _refusal(status: int) -> AgentServerError:
    """The final error for a handshake answered ``status`` (not a WebSocket upgrade)."""
    if status in (401, 403):
        return AuthenticationError("event socket: handshake refused", status_code=status)
    if status in (404, 410):
        return NotFoundError(
            f"event socket: HTTP {status} on the socket path (wrong URL prefix?)",
            status_code=status,
        )
    if 300 <= status < 400:
        return SocketRefusedError(
            f"event socket: handshake redirected (HTTP {status}); redirects are not followed",
            status_code=status,
        )
    return SocketRefusedError(
        f"event socket: HTTP {status} instead of a WebSocket upgrade (a proxy without WebSocket"
        " support?)",
        status_code=status,
    )


_connect_class: Any = None


def _connect_no_redirects() -> Any:
    """websockets' ``connect``, imported on first use, that never follows a redirect."""
    global _connect_class
    if _connect_class is None:
        from websockets.asyncio.client import connect

        class NoRedirects(connect):
            def process_redirect(self, exc: Exception) -> Exception:
                return exc

        _connect_class = NoRedirects
    return _connect_class
