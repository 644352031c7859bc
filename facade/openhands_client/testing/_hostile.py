"""A scriptable hostile "agent server" on loopback, for testing a client's defences.

:class:`HostileServer` speaks raw HTTP/1.1 and WebSocket framing itself, so it can send what no
well-behaved server library would: bodies too deep or too large to read, bodies without end or
trickled a byte at a time, redirects and HTML pages, control sequences, socket frames over any
size limit, floods of frames. Each path's answer is a script (:class:`Answer`); the socket's is
the server's ``frames``, ``flood``, ``huge_frame`` or ``socket_answer``. Subclasses may override
:meth:`HostileServer.answer` and :meth:`HostileServer.socket` for anything else.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import json
import struct
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from .._compat import NEWEST_TESTED

_WS_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"
_CHUNK = 2**16

CONTROL_SEQUENCES = (
    "\x1b]0;owned\x07"  # window title
    "\x1b]52;c;b3duZWQ=\x07"  # clipboard write
    "\x1b[2J"  # screen clear
    "\x1b]8;;http://evil.example/\x1b\\link\x1b]8;;\x1b\\"  # OSC 8 link
    "\x1b[8mhidden\x1b[0m"  # hidden text
    "\x9b31m\x9d0;c1\x07"  # 8-bit C1 CSI and OSC
    "\u202eevil"  # right-to-left override
)
"""Terminal control sequences a hostile server or agent may put in any string it sends."""


def deep_json(depth: int) -> bytes:
    """A JSON array nested ``depth`` deep (``[[[...]]]``): valid, but deep to parse."""
    return b"[" * depth + b"]" * depth


def accept_upgrade(key: str, writer: asyncio.StreamWriter) -> None:
    """Answer a WebSocket handshake whose ``Sec-WebSocket-Key`` is ``key``: 101, upgraded."""
    accept = base64.b64encode(hashlib.sha1((key + _WS_GUID).encode()).digest()).decode()
    writer.write(
        b"HTTP/1.1 101 Switching Protocols\r\nupgrade: websocket\r\nconnection: Upgrade\r\n"
        + f"sec-websocket-accept: {accept}\r\n\r\n".encode()
    )


def ws_frame(opcode: int, payload: bytes) -> bytes:
    """One final, unmasked WebSocket frame (server to client): ``0x1`` text, ``0x8`` close."""
    size = len(payload)
    if size < 126:
        head = struct.pack("!BB", 0x80 | opcode, size)
    elif size < 1 << 16:
        head = struct.pack("!BBH", 0x80 | opcode, 126, size)
    else:
        head = struct.pack("!BBQ", 0x80 | opcode, 127, size)
    return head + payload


@dataclass(frozen=True)
class Answer:
    """One scripted HTTP answer.

    ``status``, ``headers`` (e.g. ``{"location": ...}`` for a redirect) and ``content_type``
    as given; ``body`` sent with its length, or, with ``chunked``, sent chunked (no length
    declared) 64 KiB at a time up to ``chunked`` bytes, without end if ``chunked`` is ``-1``.
    With ``trickle``, whitespace comes one byte every ``trickle`` seconds before the body
    (40 bytes): a per-read timeout never fires.
    """

    body: bytes = b"{}"
    status: int = 200
    headers: Mapping[str, str] = field(default_factory=dict)
    content_type: str = "application/json"
    chunked: int | None = None
    trickle: float | None = None


Script = bytes | Answer | Callable[[str], "bytes | Answer"]
"""A path's script: a JSON body, an :class:`Answer`, or a function of the query string giving
either (to answer each page of a walk differently)."""


class HostileServer:
    """A loopback "agent server" answering each path from ``bodies`` (default ``{}``, with
    ``/server_info`` a tested version), on one connection per request.

    Every socket handshake is upgraded (or answered ``socket_answer``, e.g. a redirect); the
    socket then sends ``frames`` (text) and closes (4004 if there are none, else 1000), or,
    with ``huge_frame``, the head of a frame declared that long and 64 KiB of it, or, with
    ``flood``, that frame without end. ``trickle`` trickles every HTTP answer (see
    :class:`Answer`). ``requests`` records each request's target; ``written`` counts the
    chunked body bytes written, ``sent`` the frames.

    Use it as a context manager: ``with HostileServer(...) as url:``.
    """

    TRICKLED_BYTES = 40
    SERVER_INFO = json.dumps({"version": NEWEST_TESTED, "uptime": 1.0, "idle_time": 1.0}).encode()
    """The default ``/server_info`` body: the newest tested version."""

    def __init__(
        self,
        bodies: Mapping[str, Script] = {},
        frames: Sequence[bytes] = (),
        *,
        trickle: float | None = None,
        socket_answer: Answer | None = None,
        huge_frame: int | None = None,
        flood: bytes | None = None,
    ) -> None:
        self.bodies: dict[str, Script] = {"/server_info": self.SERVER_INFO, **bodies}
        self.frames, self.trickle = frames, trickle
        self.socket_answer, self.huge_frame, self.flood = socket_answer, huge_frame, flood
        self.requests: list[str] = []
        self.written = 0
        self.sent = 0
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.server: asyncio.Server | None = None

    def __enter__(self) -> str:
        self.thread.start()
        start = asyncio.start_server(self.serve, "127.0.0.1", 0)
        self.server = asyncio.run_coroutine_threadsafe(start, self.loop).result(5)
        return f"http://127.0.0.1:{self.server.sockets[0].getsockname()[1]}"

    def __exit__(self, *exc_info: object) -> None:
        asyncio.run_coroutine_threadsafe(self._shutdown(), self.loop).result(5)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(5)
        self.loop.close()

    async def _shutdown(self) -> None:
        assert self.server is not None
        self.server.close()
        tasks = [task for task in asyncio.all_tasks() if task is not asyncio.current_task()]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    async def serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        """Read one request's head and answer it (a socket handshake, or a path's script)."""
        try:
            head = (await reader.readuntil(b"\r\n\r\n")).decode("latin-1")
            target = head.split()[1]
            self.requests.append(target)
            parts = urlsplit(target)
            fields = (line.split(": ", 1) for line in head.split("\r\n")[1:] if ": " in line)
            headers = {name.lower(): value for name, value in fields}
            if headers.get("upgrade", "").lower() == "websocket":
                await self.socket(headers.get("sec-websocket-key", ""), reader, writer)
            else:
                script = self.bodies.get(parts.path, b"{}")
                await self.answer(script(parts.query) if callable(script) else script, writer)
        except (OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError):
            pass
        finally:
            writer.close()

    async def answer(self, body: bytes | Answer, writer: asyncio.StreamWriter) -> None:
        """Write one HTTP answer (``body`` alone: a 200 JSON answer of it)."""
        answer = body if isinstance(body, Answer) else Answer(body)
        trickle = answer.trickle or self.trickle
        padding = self.TRICKLED_BYTES if trickle else 0
        head = [f"HTTP/1.1 {answer.status} Hostile", f"content-type: {answer.content_type}"]
        head += ["connection: close", *(f"{k}: {v}" for k, v in answer.headers.items())]
        if answer.chunked is not None:
            head.append("transfer-encoding: chunked")
        else:
            head.append(f"content-length: {padding + len(answer.body)}")
        writer.write(("\r\n".join(head) + "\r\n\r\n").encode("latin-1"))
        if answer.chunked is not None:
            await self._chunked(answer.chunked, writer)
            return
        for _ in range(padding):
            await writer.drain()
            await asyncio.sleep(trickle or 0)
            writer.write(b" ")
        writer.write(answer.body)
        await writer.drain()

    async def _chunked(self, size: int, writer: asyncio.StreamWriter) -> None:
        chunk = b"[" + b" " * (_CHUNK - 2) + b"]"
        while size < 0 or self.written < size:
            writer.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            await writer.drain()
            self.written += len(chunk)
        writer.write(b"0\r\n\r\n")
        await writer.drain()

    async def socket(
        self, key: str, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        """Answer a socket handshake and play the socket's script."""
        if self.socket_answer is not None:
            await self.answer(self.socket_answer, writer)
            return
        accept_upgrade(key, writer)
        if self.huge_frame is not None:
            writer.write(struct.pack("!BBQ", 0x81, 127, self.huge_frame) + b" " * _CHUNK)
            await writer.drain()
            await reader.read(1 << 16)  # the client's close frame: then close
            return
        if self.flood is not None:
            frame = ws_frame(0x1, self.flood)
            while True:
                writer.write(frame)
                await writer.drain()
                self.sent += 1
        for frame in self.frames:
            writer.write(ws_frame(0x1, frame))
            self.sent += 1
        writer.write(ws_frame(0x8, struct.pack("!H", 4004 if not self.frames else 1000)))
        await writer.drain()
        await asyncio.wait_for(reader.read(1 << 16), 2)  # the client's auth or close frame
