"""``doctor`` on a server that answers hostilely: bodies too deep to read or check, socket frames
that are not JSON each end with exit 6 and a MISMATCH line; answers trickled a
byte at a time end within doctor's timeout with exit 5."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import json
import struct
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from functools import partial
from typing import Any
from urllib.parse import urlsplit
from uuid import UUID

import pytest

from openhands_client import WaitTimeoutError, cli
from openhands_client._compat import NEWEST_TESTED
from openhands_client.doctor import async_diagnose, diagnose

SERVER_INFO = json.dumps({"version": NEWEST_TESTED, "uptime": 1.0, "idle_time": 1.0}).encode()
_WS_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"

Doctor = Callable[[str], tuple[int, str]]


def accept_upgrade(key: str, writer: asyncio.StreamWriter) -> None:
    """Answer a WebSocket handshake whose ``Sec-WebSocket-Key`` is ``key``: 101, upgraded."""
    accept = base64.b64encode(hashlib.sha1((key + _WS_GUID).encode()).digest()).decode()
    writer.write(
        b"HTTP/1.1 101 Switching Protocols\r\nupgrade: websocket\r\nconnection: Upgrade\r\n"
        + f"sec-websocket-accept: {accept}\r\n\r\n".encode()
    )


def _frame(opcode: int, payload: bytes) -> bytes:
    """One unmasked WebSocket frame (server to client)."""
    size = len(payload)
    if size < 126:
        head = struct.pack("!BB", 0x80 | opcode, size)
    elif size < 1 << 16:
        head = struct.pack("!BBH", 0x80 | opcode, 126, size)
    else:
        head = struct.pack("!BBQ", 0x80 | opcode, 127, size)
    return head + payload


class HostileServer:
    """A loopback "agent server": ``/server_info`` answers a tested version, every other path
    ``bodies[path]`` (default ``{}``); every socket sends ``frames``, then closes (4004 if
    there are none, else normally). With ``trickle``, each answer comes one byte every
    ``trickle`` seconds (whitespace, then the body): httpx's read timeout never fires."""

    TRICKLED_BYTES = 40

    def __init__(
        self,
        bodies: Mapping[str, bytes] = {},
        frames: Sequence[bytes] = (),
        *,
        trickle: float | None = None,
    ) -> None:
        self.bodies = {"/server_info": SERVER_INFO, **bodies}
        self.frames, self.trickle = frames, trickle
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.server: asyncio.Server | None = None

    def __enter__(self) -> str:
        self.thread.start()
        start = asyncio.start_server(self.serve, "127.0.0.1", 0)
        self.server = asyncio.run_coroutine_threadsafe(start, self.loop).result(5)
        return f"http://127.0.0.1:{self.server.sockets[0].getsockname()[1]}"

    def __exit__(self, *exc_info: object) -> None:
        asyncio.run_coroutine_threadsafe(self.shutdown(), self.loop).result(5)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(5)
        self.loop.close()

    async def shutdown(self) -> None:
        assert self.server is not None
        self.server.close()
        tasks = [task for task in asyncio.all_tasks() if task is not asyncio.current_task()]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    async def serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            head = (await reader.readuntil(b"\r\n\r\n")).decode("latin-1")
            path = urlsplit(head.split()[1]).path
            fields = (line.split(": ", 1) for line in head.split("\r\n")[1:] if ": " in line)
            headers = {name.lower(): value for name, value in fields}
            if headers.get("upgrade") == "websocket":
                await self.socket(headers["sec-websocket-key"], reader, writer)
            else:
                await self.answer(self.bodies.get(path, b"{}"), writer)
        except (OSError, asyncio.IncompleteReadError):
            pass
        finally:
            writer.close()

    async def answer(self, body: bytes, writer: asyncio.StreamWriter) -> None:
        padding = self.TRICKLED_BYTES if self.trickle else 0
        writer.write(
            b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\nconnection: close\r\n"
            + f"content-length: {padding + len(body)}\r\n\r\n".encode()
        )
        for _ in range(padding):
            await writer.drain()
            await asyncio.sleep(self.trickle or 0)
            writer.write(b" ")
        writer.write(body)
        await writer.drain()

    async def socket(
        self, key: str, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        accept_upgrade(key, writer)
        for frame in self.frames:
            writer.write(_frame(0x1, frame))
        writer.write(_frame(0x8, struct.pack("!H", 4004 if not self.frames else 1000)))
        await writer.drain()
        await asyncio.wait_for(reader.read(1 << 16), 2)  # the client's auth or close frame


@pytest.fixture
def doctor(capsys: pytest.CaptureFixture[str]) -> Doctor:
    """``doctor(url) -> (exit code, stdout)``: the command line, in process."""

    def run(url: str) -> tuple[int, str]:
        code = cli.main(["doctor", "--url", url])
        return code, capsys.readouterr().out

    return run


def nested_condensers(depth: int) -> dict[str, object]:
    """A conversation whose condenser nests ``depth`` pipelines: valid, but deep to check."""
    condenser: dict[str, object] = {"kind": "NoOpCondenser"}
    for _ in range(depth):
        condenser = {"kind": "PipelineCondenser", "condensers": [condenser]}
    agent = {"kind": "Agent", "condenser": condenser}
    return {"id": "00000000-0000-4000-8000-000000000000", "agent": agent}


@pytest.mark.parametrize(
    ("bodies", "line"),
    [
        (
            {"/api/conversations/search": b"[" * 100_000},
            "MISMATCH search_conversations $: expected a JSON body, got application/json '[[[[",
        ),
        (
            {"/api/conversations/search": json.dumps({"items": [nested_condensers(300)]}).encode()},
            "MISMATCH search_conversations $: expected a body the check can follow, got "
            "nesting too deep to check",
        ),
    ],
    ids=["too deep to parse", "too deep to check"],
)
def test_a_deeply_nested_body_is_a_mismatch(
    doctor: Doctor, bodies: dict[str, bytes], line: str
) -> None:
    with HostileServer(bodies) as url:
        code, out = doctor(url)
    assert code == cli.EXIT_NONCONFORMING, out
    assert line in out


@pytest.mark.parametrize("frame", ["not json", "[" * 100_000], ids=["text", "too deep"])
def test_a_socket_frame_that_is_not_json_is_a_mismatch(doctor: Doctor, frame: str) -> None:
    events = json.dumps({"items": [{"id": "e1", "timestamp": "2026-11-26T10:00:00"}]}).encode()
    conversation = "00000000-0000-4000-8000-000000000000"
    bodies = {
        "/api/conversations/search": json.dumps({"items": [{"id": conversation}]}).encode(),
        f"/api/conversations/{conversation}/events/search": events,
    }
    with HostileServer(bodies, [frame.encode()]) as url:
        code, out = doctor(url)
    assert code == cli.EXIT_NONCONFORMING, out
    assert "MISMATCH event socket $frame[0]: expected a JSON event, got " in out


TRICKLE, TIMEOUT = 0.5, 1.5
"""A byte every 0.5 s (each answer takes 20 s) against a 1.5 s timeout."""


def test_a_trickling_server_cannot_hold_doctor_past_its_timeout() -> None:
    started = time.monotonic()
    with HostileServer(trickle=TRICKLE) as url, pytest.raises(WaitTimeoutError) as caught:
        diagnose(url, timeout=TIMEOUT)
    assert time.monotonic() - started < TIMEOUT + 2
    assert f"did not answer every check within {TIMEOUT:g} s" in str(caught.value)
    assert isinstance(caught.value, TimeoutError)


def test_doctor_on_a_trickling_server_exits_5_in_time(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli, "async_diagnose", partial(cli.async_diagnose, timeout=TIMEOUT))
    started = time.monotonic()
    with HostileServer(trickle=TRICKLE) as url:
        assert cli.main(["doctor", "--url", url]) == cli.EXIT_SERVER
    assert time.monotonic() - started < TIMEOUT + 2
    assert "did not answer every check" in capsys.readouterr().err


class _StalledConversation:
    """A conversation on a server that stops answering once it exists."""

    id = UUID(int=1)

    async def send_message(self, message: str) -> None:
        await asyncio.Event().wait()

    async def delete(self) -> None:
        await asyncio.Event().wait()


class _StallingServer:
    """``AsyncAgentServer`` as doctor uses it, on that server."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        pass

    async def __aenter__(self) -> _StallingServer:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        pass

    async def start_conversation(self, agent: Any, working_dir: str) -> _StalledConversation:
        return _StalledConversation()


def test_doctor_run_on_a_server_that_stalls_mid_conversation_ends_in_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("openhands_client.doctor.AsyncAgentServer", _StallingServer)

    async def diagnosis(url: str) -> None:
        # The bound of this test: the deadline must not wait for a delete that never ends.
        check = async_diagnose(url, agent={"kind": "Agent"}, timeout=0.5, run_timeout=0.5)
        await asyncio.wait_for(check, 10)

    started = time.monotonic()
    with HostileServer() as url, pytest.raises(WaitTimeoutError):
        asyncio.run(diagnosis(url))
    assert time.monotonic() - started < 1 + 2
