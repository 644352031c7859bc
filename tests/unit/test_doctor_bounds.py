"""``doctor`` connects as the client does: it follows no socket redirect (the
key never reaches another host), logs no frame (the auth frame carries the key), and bounds
every body and frame by ``max_message_size``, reading no further than the limit."""

from __future__ import annotations

import asyncio
import json
import logging
import struct
import time

import pytest

from openhands_client import MessageTooLargeError
from openhands_client._schema_check import MAX_PROBLEMS
from openhands_client.doctor import MAX_FRAMES, diagnose
from openhands_client.testing import Answer, HostileServer

KEY = "doctor-secret-key"
LIMIT = 4096


class KeyCatcher(HostileServer):
    """The host a redirect points to: accepts the socket and records every first frame's
    ``session_api_key`` (the client masks its frames: unmasked here)."""

    def __init__(self) -> None:
        super().__init__()
        self.connections = 0
        self.keys: list[str] = []

    async def socket(
        self, key: str, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        self.connections += 1
        await super().socket(key, _Recording(reader, self.keys), writer)


class _Recording(asyncio.StreamReader):
    """A reader whose ``read`` decodes the first client frame and keeps its key."""

    def __init__(self, reader: asyncio.StreamReader, keys: list[str]) -> None:
        super().__init__()
        self._reader, self._keys = reader, keys

    async def read(self, n: int = -1) -> bytes:
        head = await self._reader.readexactly(2)
        size = head[1] & 0x7F
        if size == 126:
            (size,) = struct.unpack("!H", await self._reader.readexactly(2))
        mask = await self._reader.readexactly(4)
        payload = bytes(b ^ mask[i % 4] for i, b in enumerate(await self._reader.readexactly(size)))
        if head[0] & 0x0F == 0x1:
            self._keys.append(json.loads(payload).get("session_api_key"))
        return payload


def redirecting(target: str) -> HostileServer:
    """A server answering every socket handshake with a 302 to ``target``."""
    location = target.replace("http:", "ws:", 1) + "/sockets/events/x"
    return HostileServer(socket_answer=Answer(b"", 302, {"location": location}))


def test_doctor_follows_no_socket_redirect_and_sends_the_key_nowhere_else() -> None:
    catcher = KeyCatcher()
    with catcher as elsewhere, redirecting(elsewhere) as url:
        report = diagnose(url, KEY, timeout=5)
    assert catcher.keys == []
    assert catcher.connections == 0
    got = [m.got for m in report.mismatches if m.operation == "event socket"]
    assert "HTTP 302 at the handshake (a redirect, not followed)" in got


def test_doctor_logs_no_socket_frame_so_never_the_key(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    with HostileServer() as url:
        report = diagnose(url, KEY, timeout=5)
    assert "event socket" in report.checked
    assert caplog.records  # DEBUG logging was on and captured
    assert KEY not in caplog.text


def test_an_oversize_body_is_a_mismatch_read_no_further_than_the_limit() -> None:
    size = 64 * 2**20
    # A chunked body (no length declared) of ``size`` bytes; ``written`` counts what was taken.
    server = HostileServer({"/api/conversations/search": Answer(chunked=size)})
    with server as url:
        report = diagnose(url, timeout=10, max_message_size=LIMIT)
    expected = f"a body within max_message_size ({LIMIT} bytes)"
    assert ("search_conversations", expected) in [
        (m.operation, m.expected) for m in report.mismatches
    ]
    # What loopback buffers hold beyond the limit, far below the whole body.
    assert server.written < size // 4


def test_a_declared_oversize_body_is_a_mismatch() -> None:
    body = json.dumps({"items": [], "padding": " " * LIMIT}).encode()
    with HostileServer({"/api/conversations/search": body}) as url:
        report = diagnose(url, timeout=5, max_message_size=LIMIT)
    assert (
        "MISMATCH search_conversations $: expected a body within max_message_size "
        f"({LIMIT} bytes), got a larger one"
    ) in report.render()


def test_an_oversize_server_info_is_a_typed_failure() -> None:
    info = json.loads(HostileServer.SERVER_INFO) | {"padding": " " * LIMIT}
    with (
        HostileServer({"/server_info": json.dumps(info).encode()}) as url,
        pytest.raises(MessageTooLargeError, match=f"over {LIMIT}"),
    ):
        diagnose(url, timeout=5, max_message_size=LIMIT)


def test_an_oversize_frame_is_a_mismatch_at_once() -> None:
    started = time.monotonic()
    # The head of a frame declared 1 GiB long and 64 KiB of it, then a wait: a client
    # without a limit would wait for the rest.
    with HostileServer(huge_frame=2**30) as url:
        report = diagnose(url, timeout=10, max_message_size=LIMIT)
    assert time.monotonic() - started < 5
    assert (
        f"MISMATCH event socket /sockets/events/{{unknown id}}: expected close 4004, got a frame "
        f"over max_message_size ({LIMIT} bytes)"
    ) in report.render()


def test_a_socket_sending_without_end_is_read_no_further_than_max_frames() -> None:
    started = time.monotonic()
    flood = json.dumps({"kind": "Unknown", "padding": " " * 1000}).encode()
    with HostileServer(flood=flood) as url:
        report = diagnose(url, timeout=10)
    assert time.monotonic() - started < 5
    assert (
        "MISMATCH event socket /sockets/events/{unknown id}: expected close 4004, got "
        f"{MAX_FRAMES} frames, read no further"
    ) in report.render()


@pytest.mark.parametrize(
    ("operation", "path", "body", "rest"),
    [
        ("list_tools", "/api/tools/", [1] * 200_000, f"$[{MAX_PROBLEMS}:]"),
        ("ready", "/ready", {f"k{i}": 1 for i in range(200_000)}, "$.*"),
    ],
    ids=["array", "object"],
)
def test_a_body_breaking_its_schema_everywhere_is_a_bounded_report(
    operation: str, path: str, body: object, rest: str
) -> None:
    """Within the size limit, a body can break its schema millions of times: the report (and
    the memory behind it) stays small."""
    with HostileServer({path: json.dumps(body).encode()}) as url:
        report = diagnose(url, timeout=10)
    lines = [m for m in report.mismatches if m.operation == operation]
    assert 1 < len(lines) <= MAX_PROBLEMS + 1
    expected = f"{operation} {rest}: expected checked no further ({MAX_PROBLEMS} problems before)"
    assert str(lines[-1]).startswith(expected)
