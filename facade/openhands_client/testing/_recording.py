"""Record a real agent server's traffic with a client, and replay it in a fake server.

:class:`Recorder` sits between a client and a real server: the client's REST requests go
through ``recorder.transport`` and its event sockets through ``recorder.url`` (a loopback
proxy), and both are forwarded to the real server. It keeps every REST answer and every frame
the server sent, each frame with how many REST requests the client had made when it came (so a
replay never sends what the run started by ``POST .../run`` said before the client asks for the
run). :class:`ReplayServer` answers the same client requests from that :class:`Recording`.

A recording holds the server's answers verbatim (never the session key, which only the client
sends): read it before committing it.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import json
import ssl
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
from websockets.asyncio.client import connect
from websockets.asyncio.server import ServerConnection
from websockets.exceptions import ConnectionClosed, InvalidStatus, WebSocketException

from ._loopback import ConnRecord, LoopbackServer

FORMAT = 1
"""The version of the recording file format :meth:`Recording.save` writes."""

# Headers a replayed answer must not repeat: the body is stored decoded, whole.
_HOP_HEADERS = frozenset({"content-encoding", "content-length", "transfer-encoding", "connection"})


@dataclass
class Exchange:
    """One REST request and the server's answer (``body`` as text, or base64 if binary)."""

    method: str
    path: str
    query: str
    status: int
    headers: dict[str, str]
    body: str
    binary: bool = False

    def content(self) -> bytes:
        """The answer's body, as the server sent it (decoded)."""
        return base64.b64decode(self.body) if self.binary else self.body.encode()


@dataclass
class Frame:
    """One frame the server sent on a socket, after the client had made ``after`` requests."""

    after: int
    data: str


@dataclass
class SocketRecord:
    """One event socket: its path, the server's frames, and how the server closed it."""

    path: str
    frames: list[Frame] = field(default_factory=list)
    close_code: int | None = None
    close_reason: str = ""


@dataclass
class Recording:
    """A session's traffic: the REST exchanges and the sockets, in the order they happened."""

    exchanges: list[Exchange] = field(default_factory=list)
    sockets: list[SocketRecord] = field(default_factory=list)

    def save(self, path: str | Path) -> None:
        """Write the recording to ``path`` as JSON."""
        data = {"format": FORMAT, **asdict(self)}
        Path(path).write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: str | Path) -> Recording:
        """Read a recording :meth:`save` wrote (:class:`ValueError` for another format)."""
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ValueError(f"{path}: not a recording in format {FORMAT}")
        sockets = [
            SocketRecord(
                s["path"], [Frame(**f) for f in s["frames"]], s["close_code"], s["close_reason"]
            )
            for s in data["sockets"]
        ]
        return cls([Exchange(**e) for e in data["exchanges"]], sockets)


class _RecordingTransport(httpx.AsyncBaseTransport):
    """Forwards each request to the real server (``upstream``) and records the answer."""

    def __init__(
        self, recorder: Recorder, upstream: httpx.URL, verify: bool | ssl.SSLContext
    ) -> None:
        self._recorder, self._upstream = recorder, upstream
        self._inner = httpx.AsyncHTTPTransport(verify=verify)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self._recorder._count_request()
        url = request.url.copy_with(
            scheme=self._upstream.scheme, host=self._upstream.host, port=self._upstream.port
        )
        forwarded = httpx.Request(
            request.method, url, headers=request.headers, content=await request.aread()
        )
        forwarded.headers["host"] = url.netloc.decode("ascii")
        response = await self._inner.handle_async_request(forwarded)
        try:
            body = await response.aread()
        finally:
            await response.aclose()
        headers = {k: v for k, v in response.headers.items() if k.lower() not in _HOP_HEADERS}
        try:
            text, binary = body.decode("utf-8"), False
        except UnicodeDecodeError:
            text, binary = base64.b64encode(body).decode("ascii"), True
        self._recorder.recording.exchanges.append(
            Exchange(
                request.method,
                request.url.path,
                request.url.query.decode("ascii"),
                response.status_code,
                headers,
                text,
                binary,
            )
        )
        return httpx.Response(response.status_code, headers=headers, content=body)

    async def aclose(self) -> None:
        await self._inner.aclose()


class Recorder(LoopbackServer):
    """Records a client's session with the real server at ``upstream`` (its URL).

    Point the client at ``recorder.url`` with ``transport=recorder.transport`` (or use
    :meth:`client` / :meth:`async_client`, which pass the key given here); after the session,
    ``recorder.recording`` holds the traffic (``save()`` it). ``verify`` is the real server's
    TLS verification, as for httpx (``False``, or an :class:`ssl.SSLContext`).
    """

    def __init__(
        self, upstream: str, api_key: str | None = None, *, verify: bool | ssl.SSLContext = True
    ) -> None:
        super().__init__(api_key)  # the key clients get: the real server checks it
        self.recording = Recording()
        self._upstream = httpx.URL(upstream)
        self._ssl_context = _client_ssl(verify) if self._upstream.scheme == "https" else None
        self._started = 0
        self.transport = _RecordingTransport(self, self._upstream, verify)

    def _count_request(self) -> None:
        with self._lock:
            self._started += 1

    async def _serve_socket(self, ws: ServerConnection, record: ConnRecord, cid: str) -> None:
        socket = SocketRecord(urlsplit(record.raw_path).path)
        with self._lock:
            self.recording.sockets.append(socket)
        scheme = "wss" if self._upstream.scheme == "https" else "ws"
        target = f"{scheme}://{self._upstream.netloc.decode('ascii')}{record.raw_path}"
        try:
            async with connect(
                target, ssl=self._ssl_context, max_size=None, compression=None
            ) as upstream:
                await self._pump(ws, upstream, socket)
        except InvalidStatus as refused:
            socket.close_code = 1011
            socket.close_reason = f"HTTP {refused.response.status_code} at the handshake"
            await ws.close(1011, socket.close_reason)
        except (OSError, WebSocketException):
            socket.close_code = 1011
            await ws.close(1011)

    async def _pump(self, ws: ServerConnection, upstream: Any, socket: SocketRecord) -> None:
        by_client = False

        async def client_to_server() -> None:
            nonlocal by_client
            with contextlib.suppress(ConnectionClosed):
                async for data in ws:
                    await upstream.send(data)
            by_client = True  # the client's close, not the server's: not part of the recording
            await upstream.close()

        forward = asyncio.ensure_future(client_to_server())
        try:
            with contextlib.suppress(ConnectionClosed):
                async for data in upstream:
                    text = data if isinstance(data, str) else data.decode()
                    with self._lock:
                        socket.frames.append(Frame(self._started, text))
                    await ws.send(data)
            if upstream.close_code is not None and not by_client:
                socket.close_code = upstream.close_code
                socket.close_reason = upstream.close_reason or ""
            if socket.close_code is not None:
                await ws.close(socket.close_code, socket.close_reason)
        finally:
            forward.cancel()
            await asyncio.gather(forward, return_exceptions=True)


class ReplayServer(LoopbackServer):
    """A fake server answering from a :class:`Recording` (or the path of its file).

    Each REST request gets the next unused recorded answer to the same method and path (the
    one with the same query first; once all are used, the last again; none recorded: 404).
    The n-th socket to a path gets the n-th recorded socket's frames (once all are used, the
    last's), each frame once the client has made as many REST requests as when the server
    sent it, then the recorded close. With ``api_key``, the auth rules of the fake apply.
    ``misses`` lists the requests no recorded answer matched.
    """

    def __init__(self, recording: Recording | str | Path, api_key: str | None = None) -> None:
        super().__init__(api_key)
        self.transport = httpx.MockTransport(self._handle_http)
        self.recording = (
            recording if isinstance(recording, Recording) else Recording.load(recording)
        )
        self.misses: list[str] = []
        self._answers: dict[tuple[str, str], list[Exchange]] = defaultdict(list)
        for exchange in self.recording.exchanges:
            self._answers[exchange.method, exchange.path].append(exchange)
        self._used: set[int] = set()
        self._sockets: dict[str, list[SocketRecord]] = defaultdict(list)
        for socket in self.recording.sockets:
            self._sockets[socket.path].append(socket)
        self._opened: dict[str, int] = defaultdict(int)
        self._started = 0

    async def _handle_http(self, request: httpx.Request) -> httpx.Response:
        with self._lock:
            self._started += 1
            if not self._authorized(request):
                return httpx.Response(401, json={"detail": "Unauthorized"})
            exchange = self._answer(request)
        if exchange is None:
            self.misses.append(f"{request.method} {request.url.path}")
            return httpx.Response(404, json={"detail": "Not Found"})
        return httpx.Response(exchange.status, headers=exchange.headers, content=exchange.content())

    def _answer(self, request: httpx.Request) -> Exchange | None:
        candidates = self._answers.get((request.method, request.url.path), [])
        unused = [e for e in candidates if id(e) not in self._used]
        query = request.url.query.decode("ascii")
        same = [e for e in unused if _params(e.query) == _params(query)]
        found = same or unused or candidates[-1:]
        if not found:
            return None
        self._used.add(id(found[0]))
        return found[0]

    async def _serve_socket(self, ws: ServerConnection, record: ConnRecord, cid: str) -> None:
        if not await self._authenticated(ws, record):
            return
        path = urlsplit(record.raw_path).path
        with self._lock:
            recorded = self._sockets.get(path, [])
            n = self._opened[path]
            self._opened[path] += 1
        if not recorded:
            await ws.close(4004, "Conversation not found")
            return
        socket = recorded[min(n, len(recorded) - 1)]
        record.subscribed = True
        with contextlib.suppress(ConnectionClosed):
            for frame in socket.frames:
                while self._started < frame.after:
                    # Until the client has made the request; or has gone.
                    with contextlib.suppress(asyncio.TimeoutError):
                        await asyncio.wait_for(ws.wait_closed(), 0.005)
                        return
                await ws.send(frame.data)
            if socket.close_code is not None:
                await ws.close(socket.close_code, socket.close_reason)
            await ws.wait_closed()


def _client_ssl(verify: bool | ssl.SSLContext) -> ssl.SSLContext:
    """The TLS context of a client connection verifying as httpx's ``verify`` says."""
    if isinstance(verify, ssl.SSLContext):
        return verify
    context = ssl.create_default_context()
    if not verify:
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    return context


def _params(query: str) -> Mapping[str, list[str]]:
    params: dict[str, list[str]] = defaultdict(list)
    for key, value in httpx.QueryParams(query).multi_items():
        params[key].append(value)
    return params
