"""What every server of the testing kit shares: a WebSocket server on loopback, on its own
thread and event loop (like a separate server process), with the agent server's auth rules."""

from __future__ import annotations

import asyncio
import json
import logging
import re
import ssl as ssl_module
import threading
from abc import ABC, abstractmethod
from collections.abc import Coroutine
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any, TypeVar
from urllib.parse import parse_qsl, urlsplit

import httpx
from websockets.asyncio.server import Server, ServerConnection, serve
from websockets.exceptions import ConnectionClosed
from websockets.http11 import Request, Response

from .._server import AsyncAgentServer
from .._sync_server import AgentServer

T = TypeVar("T")
Kit = TypeVar("Kit", bound="LoopbackServer")

# The kit's own websockets logger: quiet, so that tests capturing every log record see
# only what the client logs (the server logs each frame it receives, the auth frame included).
_quiet = logging.getLogger("openhands_client.testing.server")
_quiet.propagate = False
_quiet.addHandler(logging.NullHandler())
_quiet.setLevel(logging.CRITICAL)


@dataclass
class ConnRecord:
    """One WebSocket connection as the server saw it."""

    conversation: str
    path: str
    query: dict[str, str]
    raw_path: str
    first_frame: str | None = None
    subscribed: bool = False


class LoopbackServer(ABC):
    """A server on 127.0.0.1 a client connects to with ``url``, ``api_key`` and ``transport``
    (REST goes through ``transport``, set by each subclass; the event socket to ``url``).

    With ``api_key``, REST calls need it in ``X-Session-API-Key`` (else 401) and sockets in
    their first frame (else close 4001). ``ws_available=False`` answers every socket handshake
    503, ``ws_refusal`` with an HTTP ``(status, headers)``; ``connections`` records every
    socket.
    """

    transport: httpx.AsyncBaseTransport

    def __init__(
        self, api_key: str | None = None, *, ssl: ssl_module.SSLContext | None = None
    ) -> None:
        self.api_key = api_key
        self.ws_available = True
        self.ws_refusal: tuple[int, dict[str, str]] | None = None
        self.connections: list[ConnRecord] = []
        self._ssl = ssl
        self._lock = threading.RLock()
        self._tasks: set[asyncio.Task[None]] = set()
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(
            target=self._loop.run_forever, name=type(self).__name__, daemon=True
        )
        self._server: Server | None = None
        self._open_ws: set[ServerConnection] = set()
        self.port = 0

    # -- lifecycle --------------------------------------------------------------------------

    def start(self: Kit) -> Kit:
        """Start the socket server on a free port of 127.0.0.1 (``with`` does it too)."""
        self._thread.start()
        self._server = self.call(self._serve())
        self.port = int(self._server.sockets[0].getsockname()[1])
        return self

    async def _serve(self) -> Server:
        server: Server = await serve(
            self._handle_ws,
            "127.0.0.1",
            0,
            process_request=self._process_request,
            logger=_quiet,
            compression=None,
            ssl=self._ssl,
        )
        return server

    def stop(self) -> None:
        """Stop the runs, drop every socket and stop the server (idempotent)."""
        if not self._thread.is_alive():
            return
        self.call(self._shutdown())
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=5)
        self._loop.close()

    async def _shutdown(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        if self._server is not None:
            # Abort rather than close: a closing handshake would wait for a client whose
            # loop may not be running any more (a test's fixtures are torn down one by one).
            for ws in list(self._open_ws):
                ws.transport.abort()
            self._server.close(close_connections=False)
            await self._server.wait_closed()

    def __enter__(self: Kit) -> Kit:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def url(self) -> str:
        """The server's base URL (``https`` when given an SSL context)."""
        return f"{'https' if self._ssl else 'http'}://127.0.0.1:{self.port}"

    def client(self, **options: Any) -> AgentServer:
        """A synchronous client on this server (its key and transport); ``options`` go to
        :class:`~openhands_client.AgentServer`. Close it (``with``) after use."""
        return AgentServer(self.url, self.api_key, transport=self.transport, **options)

    def async_client(self, **options: Any) -> AsyncAgentServer:
        """An asynchronous client on this server (its key and transport); ``options`` go to
        :class:`~openhands_client.AsyncAgentServer`. Close it (``async with``) after use."""
        return AsyncAgentServer(self.url, self.api_key, transport=self.transport, **options)

    def call(self, coroutine: Coroutine[Any, Any, T]) -> T:
        """Run ``coroutine`` on the fake's loop and wait for it (from any other thread)."""
        return asyncio.run_coroutine_threadsafe(coroutine, self._loop).result(timeout=10)

    def _spawn(self, coroutine: Coroutine[Any, Any, None]) -> None:
        def create() -> None:
            task = self._loop.create_task(coroutine)
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

        self._loop.call_soon_threadsafe(create)

    # -- WebSocket ---------------------------------------------------------------------------

    def _process_request(self, connection: ServerConnection, request: Request) -> Response | None:
        if not self.ws_available:
            return connection.respond(HTTPStatus.SERVICE_UNAVAILABLE, "try again later\n")
        if self.ws_refusal is not None:
            status, headers = self.ws_refusal
            response = connection.respond(HTTPStatus(status), "refused\n")
            for name, value in headers.items():
                response.headers[name] = value
            return response
        if not re.fullmatch(r"/sockets/(events|session)/[^/]+", urlsplit(request.path).path):
            return connection.respond(HTTPStatus.NOT_FOUND, "not found\n")
        return None

    async def _handle_ws(self, ws: ServerConnection) -> None:
        assert ws.request is not None
        parts = urlsplit(ws.request.path)
        cid = parts.path.rsplit("/", 1)[-1]
        record = ConnRecord(cid, parts.path, dict(parse_qsl(parts.query)), ws.request.path)
        with self._lock:
            self.connections.append(record)
        self._open_ws.add(ws)  # Server.connections arrived in websockets 14; 13 is supported
        try:
            await self._serve_socket(ws, record, cid)
        finally:
            self._open_ws.discard(ws)

    async def _authenticated(self, ws: ServerConnection, record: ConnRecord) -> bool:
        """The server's first-frame auth: with a key, a wrong or missing one closes 4001."""
        if self.api_key is None:
            return True
        try:
            raw = await asyncio.wait_for(ws.recv(), timeout=5)
        except (asyncio.TimeoutError, ConnectionClosed):
            await ws.close(4001, "Authentication failed")
            return False
        record.first_frame = raw if isinstance(raw, str) else raw.decode()
        try:
            data = json.loads(raw)
        except ValueError:
            data = None
        if not (
            isinstance(data, dict)
            and data.get("type") == "auth"
            and data.get("session_api_key") == self.api_key
        ):
            await ws.close(4001, "Authentication failed")
            return False
        return True

    @abstractmethod
    async def _serve_socket(self, ws: ServerConnection, record: ConnRecord, cid: str) -> None:
        """Serve one socket to ``/sockets/session/{cid}`` or ``/sockets/events/{cid}``
        (authenticate it first)."""

    def _authorized(self, request: httpx.Request) -> bool:
        """The server's REST auth: with a key, every request carries it."""
        return self.api_key is None or request.headers.get("X-Session-API-Key") == self.api_key
