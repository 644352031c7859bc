"""A fault-injecting TCP proxy in front of the agent server (standard library only).

It forwards bytes both ways and, on command, breaks the network the way real networks break:

- ``cut()``: abort every open connection (a reset); with ``hold=True`` new connections wait
  until ``release()``.
- ``delay(seconds)``: hold every chunk going to the client that long (a slow link).
- ``swallow(method, path_prefix)``: forward the next matching HTTP request, let the server act
  on it, then drop its answer (after any ``delay``: a late loss) and reset the connection (the
  client cannot know it was done).
- ``stall()`` / ``resume()``: stop moving bytes on every connection, old and new, without
  closing anything (a black hole); ``resume`` moves them again.
- ``chaos(low, high)``: cut every open connection every ``low``-``high`` seconds until
  ``calm()``.
- ``refuse_websockets(status)``: answer every WebSocket handshake with HTTP ``status`` (a proxy
  without WebSocket support); ``refuse_websockets(None)`` lets them through again.

In-process (contract tests), it runs on its own thread and event loop::

    with FaultProxy(server.port) as proxy:
        client = AgentServer(proxy.url, key)
        proxy.swallow("POST", "/api/conversations")

As a process (the benchmarks), ``python -m harness.proxy UPSTREAM_PORT`` prints its port, then
answers one stdin command per line with one line until stdin closes: ``cut`` (cut and hold),
``open`` (release, restart the byte counter), ``held``, ``bytes``, ``requests`` (a JSON list
of ``"METHOD path"`` since the last ``open``), ``delay S``,
``swallow METHOD PREFIX``, ``stall``, ``resume``, ``chaos LOW HIGH``, ``calm``,
``refuse STATUS`` (0 to stop refusing).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import random
import re
import sys
import threading
from collections.abc import Coroutine
from dataclasses import dataclass, field
from typing import Any, TypeVar

from harness.service import Service

T = TypeVar("T")

_REQUEST_LINE = re.compile(rb"^([A-Z]+) (\S+) HTTP/1\.[01]\r\n")
_CONTENT_LENGTH = re.compile(rb"\r\ncontent-length:\s*(\d+)", re.IGNORECASE)
_OPAQUE = re.compile(rb"\r\n(upgrade|transfer-encoding):", re.IGNORECASE)
_UPGRADE = re.compile(rb"\r\nupgrade:\s*websocket", re.IGNORECASE)


@dataclass
class _Rule:
    method: str
    prefix: str
    remaining: int


@dataclass(eq=False)
class _Link:
    """One client connection and its upstream connection."""

    client: asyncio.StreamWriter
    upstream: asyncio.StreamWriter
    buffer: bytes = b""
    body_left: int = 0
    opaque: bool = False  # a WebSocket or chunked body: no more request framing
    swallowing: bool = False
    refused: int | None = None  # the HTTP status to answer this WebSocket handshake with

    def abort(self) -> None:
        for end in (self.client, self.upstream):
            end.transport.abort()


@dataclass
class _State:
    links: set[_Link] = field(default_factory=set)
    rules: list[_Rule] = field(default_factory=list)
    requests: list[tuple[str, str]] = field(default_factory=list)
    swallowed: list[tuple[str, str]] = field(default_factory=list)
    connections: int = 0
    cuts: int = 0
    held: int = 0
    bytes_down: int = 0
    opened_at: int = 0  # len(requests) at the last ``open`` command
    delay: float = 0.0
    refuse_websockets: int | None = None


class FaultProxy(Service):
    """A loopback TCP proxy to ``upstream_port`` that injects network faults on command.

    Every method is thread-safe and returns once the fault is in place. Use as a context
    manager (or ``start()``/``stop()``); ``url`` is the proxy's ``http://127.0.0.1:PORT``.
    """

    def __init__(self, upstream_port: int, upstream_host: str = "127.0.0.1") -> None:
        self.upstream_host, self.upstream_port = upstream_host, upstream_port
        self.port = 0
        self._state = _State()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._server: asyncio.Server | None = None
        self._gate: asyncio.Event | None = None  # set: new connections go through
        self._flowing: asyncio.Event | None = None  # set: bytes move (clear: stalled)
        self._chaos: asyncio.Task[None] | None = None
        self._closing = False

    # -- lifecycle ----------------------------------------------------------------------

    def start(self) -> FaultProxy:
        """Listen on a free loopback port, serving on a background thread."""
        loop = asyncio.new_event_loop()
        self._loop = loop
        self._thread = threading.Thread(target=loop.run_forever, name="fault-proxy", daemon=True)
        self._thread.start()
        self._call(self.serve())
        return self

    async def serve(self) -> None:
        """Start listening on the running loop (the in-thread and process modes both use it)."""
        self._gate, self._flowing = asyncio.Event(), asyncio.Event()
        self._gate.set()
        self._flowing.set()
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]

    async def shutdown(self) -> None:
        """Stop listening and end every connection, held ones too (on the proxy's loop)."""
        self._closing = True
        await self._calm()
        assert self._server is not None and self._gate is not None and self._flowing is not None
        self._server.close()
        self._gate.set()
        self._flowing.set()
        self._abort_all()
        await self._server.wait_closed()
        # Handlers end by themselves once their connections are gone (one may be in a delay).
        tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
        if tasks:
            _, late = await asyncio.wait(tasks, timeout=1.0)
            for task in late:
                task.cancel()
            await asyncio.gather(*late, return_exceptions=True)

    def stop(self) -> None:
        """Stop the proxy and its thread (idempotent)."""
        if self._loop is None or self._thread is None:
            return
        loop, self._loop = self._loop, None
        asyncio.run_coroutine_threadsafe(self.shutdown(), loop).result(10)
        loop.call_soon_threadsafe(loop.stop)
        self._thread.join(10)
        loop.close()

    @property
    def url(self) -> str:
        """The proxy's base URL."""
        return f"http://127.0.0.1:{self.port}"

    # -- faults (thread-safe) -----------------------------------------------------------

    def cut(self, *, hold: bool = False) -> None:
        """Abort every open connection; with ``hold``, new ones wait for :meth:`release`."""
        self._call(self._cut(hold))

    def release(self) -> None:
        """Let held connections (and new ones) through again."""
        self._call(self._set(self._gate))

    def delay(self, seconds: float) -> None:
        """Hold every chunk going to the client ``seconds`` (0 to stop delaying)."""
        self._state.delay = seconds

    def swallow(self, method: str, path_prefix: str, count: int = 1) -> None:
        """Forward the next ``count`` requests ``method path_prefix…``, then drop their answers.

        The server receives and acts on each such request; when its answer arrives (and has
        been held for any :meth:`delay`) the proxy discards it and resets the client's connection.
        """
        self._state.rules.append(_Rule(method.upper(), path_prefix, count))

    def stall(self) -> None:
        """Stop moving bytes on every connection (nothing is closed)."""
        self._call(self._clear(self._flowing))

    def resume(self) -> None:
        """Move bytes again after :meth:`stall`."""
        self._call(self._set(self._flowing))

    def refuse_websockets(self, status: int | None = 404) -> None:
        """Answer every WebSocket handshake with HTTP ``status`` (None: forward them again)."""
        self._state.refuse_websockets = status

    def chaos(self, low: float, high: float, *, seed: int | None = None) -> None:
        """Cut every open connection every ``low``-``high`` seconds until :meth:`calm`."""
        self._call(self._start_chaos(low, high, random.Random(seed)))

    def calm(self) -> None:
        """Stop :meth:`chaos`."""
        self._call(self._calm())

    # -- observations -------------------------------------------------------------------

    @property
    def requests(self) -> list[tuple[str, str]]:
        """Every HTTP request forwarded so far, as ``(method, path)``."""
        return list(self._state.requests)

    @property
    def swallowed(self) -> list[tuple[str, str]]:
        """The requests whose answers were dropped."""
        return list(self._state.swallowed)

    @property
    def connections(self) -> int:
        """How many client connections were accepted."""
        return self._state.connections

    @property
    def open_connections(self) -> int:
        """How many connections are open right now."""
        return len(self._state.links)

    @property
    def cuts(self) -> int:
        """How many times every connection was cut."""
        return self._state.cuts

    @property
    def held(self) -> int:
        """How many new connections are waiting for :meth:`release`."""
        return self._state.held

    @property
    def bytes_down(self) -> int:
        """Bytes sent to clients (since the last ``open`` command)."""
        return self._state.bytes_down

    # -- the stdin command interface -----------------------------------------------------

    async def command(self, line: str) -> str:
        """Obey one text command (on the proxy's loop); return its one-line answer."""
        try:
            return await self._command(*line.split())
        except (IndexError, ValueError, TypeError):
            return f"bad command {line!r}"

    async def _command(self, name: str, *args: str) -> str:
        line = " ".join((name, *args))
        if name == "cut":
            await self._cut(True)
        elif name == "open":
            self._state.bytes_down = 0
            self._state.opened_at = len(self._state.requests)
            await self._set(self._gate)
        elif name == "held":
            return str(self._state.held)
        elif name == "bytes":
            return str(self._state.bytes_down)
        elif name == "requests":  # "METHOD path" of each request since the last open
            since = self._state.requests[self._state.opened_at :]
            return json.dumps([f"{method} {path}" for method, path in since])
        elif name == "delay":
            self._state.delay = float(args[0])
        elif name == "swallow":
            self._state.rules.append(_Rule(args[0].upper(), args[1], 1))
        elif name == "stall":
            await self._clear(self._flowing)
        elif name == "resume":
            await self._set(self._flowing)
        elif name == "chaos":
            await self._start_chaos(float(args[0]), float(args[1]), random.Random())
        elif name == "calm":
            await self._calm()
        elif name == "refuse":
            self._state.refuse_websockets = int(args[0]) or None
        else:
            return f"unknown command {line!r}"
        return "ok"

    # -- internals (on the proxy's loop) -------------------------------------------------

    def _call(self, coroutine: Coroutine[Any, Any, T]) -> T:
        if self._loop is None:
            coroutine.close()
            raise RuntimeError("the proxy is not running")
        return asyncio.run_coroutine_threadsafe(coroutine, self._loop).result(10)

    @staticmethod
    async def _set(event: asyncio.Event | None) -> None:
        assert event is not None
        event.set()

    @staticmethod
    async def _clear(event: asyncio.Event | None) -> None:
        assert event is not None
        event.clear()

    async def _cut(self, hold: bool) -> None:
        assert self._gate is not None
        if hold:
            self._gate.clear()
        self._abort_all()

    def _abort_all(self) -> None:
        self._state.cuts += 1
        for link in list(self._state.links):
            link.abort()
        self._state.links.clear()

    async def _start_chaos(self, low: float, high: float, rng: random.Random) -> None:
        await self._calm()

        async def cut_forever() -> None:
            while True:
                await asyncio.sleep(rng.uniform(low, high))
                self._abort_all()

        self._chaos = asyncio.get_running_loop().create_task(cut_forever())

    async def _calm(self) -> None:
        if self._chaos is not None:
            self._chaos.cancel()
            await asyncio.gather(self._chaos, return_exceptions=True)
            self._chaos = None

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            await self._forward(reader, writer)
        finally:
            writer.transport.abort()

    async def _forward(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        assert self._gate is not None
        if not self._gate.is_set():
            self._state.held += 1
            try:
                await self._gate.wait()
            finally:
                self._state.held -= 1
        if self._closing:
            return
        try:
            up_reader, up_writer = await asyncio.open_connection(
                self.upstream_host, self.upstream_port
            )
        except OSError:
            return
        self._state.connections += 1
        link = _Link(writer, up_writer)
        self._state.links.add(link)
        try:
            await asyncio.gather(self._up(reader, link), self._down(up_reader, link))
        finally:
            self._state.links.discard(link)
            link.abort()

    async def _up(self, reader: asyncio.StreamReader, link: _Link) -> None:
        """Client to server: forward, noting each request and arming swallow rules."""
        with contextlib.suppress(OSError, RuntimeError):
            while data := await reader.read(1 << 16):
                assert self._flowing is not None
                await self._flowing.wait()
                if not link.opaque:
                    self._frame(link, data)
                if link.refused is not None:
                    await self._refuse(link, link.refused)
                    return
                link.upstream.write(data)
                await link.upstream.drain()
            if link.upstream.can_write_eof():
                link.upstream.write_eof()

    async def _down(self, reader: asyncio.StreamReader, link: _Link) -> None:
        """Server to client: forward (delayed, stalled or swallowed as commanded)."""
        with contextlib.suppress(OSError, RuntimeError):
            while data := await reader.read(1 << 16):
                assert self._flowing is not None
                await self._flowing.wait()
                if self._state.delay > 0:
                    await asyncio.sleep(self._state.delay)
                if link.swallowing:
                    link.abort()
                    return
                self._state.bytes_down += len(data)
                link.client.write(data)
                await link.client.drain()
            if link.client.can_write_eof():
                link.client.write_eof()

    def _frame(self, link: _Link, data: bytes) -> None:
        """Find the HTTP requests in the client's bytes (HTTP/1.1, no pipelining)."""
        link.buffer += data
        while link.buffer and not link.opaque:
            if link.body_left:
                taken = min(link.body_left, len(link.buffer))
                link.body_left -= taken
                link.buffer = link.buffer[taken:]
                continue
            end = link.buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            head, link.buffer = link.buffer[: end + 2], link.buffer[end + 4 :]
            match = _REQUEST_LINE.match(head)
            if match is None:
                link.opaque = True
                return
            method, path = match.group(1).decode(), match.group(2).decode("latin-1")
            self._state.requests.append((method, path))
            self._arm(link, method, path)
            length = _CONTENT_LENGTH.search(head)
            link.body_left = int(length.group(1)) if length else 0
            if _OPAQUE.search(head):
                link.opaque = True
            if _UPGRADE.search(head) and self._state.refuse_websockets is not None:
                link.refused = self._state.refuse_websockets
        if link.opaque:
            link.buffer = b""

    @staticmethod
    async def _refuse(link: _Link, status: int) -> None:
        """Answer the handshake with ``status`` instead of forwarding it, then close."""
        link.client.write(
            f"HTTP/1.1 {status} Refused\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".encode()
        )
        link.upstream.transport.abort()
        link.client.close()
        with contextlib.suppress(OSError, RuntimeError):
            await link.client.wait_closed()

    def _arm(self, link: _Link, method: str, path: str) -> None:
        for rule in self._state.rules:
            if rule.remaining > 0 and rule.method == method and path.startswith(rule.prefix):
                rule.remaining -= 1
                link.swallowing = True
                self._state.swallowed.append((method, path))
                return


async def _serve_stdin(upstream_port: int) -> None:
    proxy = FaultProxy(upstream_port)
    await proxy.serve()
    print(proxy.port, flush=True)
    loop = asyncio.get_running_loop()
    done = asyncio.Event()

    def read_commands() -> None:
        for line in sys.stdin:
            if line.strip():
                future = asyncio.run_coroutine_threadsafe(proxy.command(line.strip()), loop)
                print(future.result(), flush=True)
        loop.call_soon_threadsafe(done.set)

    threading.Thread(target=read_commands, daemon=True).start()
    await done.wait()
    await proxy.shutdown()


if __name__ == "__main__":
    asyncio.run(_serve_stdin(int(sys.argv[1])))
