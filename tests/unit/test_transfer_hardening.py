"""Downloads: an existing file keeps its mode (and a private one is never readable by others
meanwhile), the message size bound does not apply, ``max_bytes`` and ``timeout`` do, and a
partial download is removed on any failure."""

from __future__ import annotations

import asyncio
import os
import stat
import time
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from openhands_client import AgentServer, AsyncAgentServer, MessageTooLargeError, TransportError

DATA = b"y" * 200_000


def serve_file(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, content=DATA, headers={"Content-Length": str(len(DATA))})


async def test_download_over_an_existing_file_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "secret.txt"
    target.write_bytes(b"old")
    os.chmod(target, 0o600)
    client = AsyncAgentServer("http://agent.test", "k", transport=httpx.MockTransport(serve_file))
    try:
        await client.workspace("/w").download("secret.txt", target)
    finally:
        await client.close()
    assert target.read_bytes() == DATA
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


async def test_download_is_not_bounded_by_max_message_size(tmp_path: Path) -> None:
    client = AsyncAgentServer(
        "http://agent.test",
        "k",
        transport=httpx.MockTransport(serve_file),
        max_message_size=64 * 1024,
    )
    try:
        result = await client.workspace("/w").download("big.bin", tmp_path / "big.bin")
    finally:
        await client.close()
    assert (tmp_path / "big.bin").read_bytes() == DATA and result.size == len(DATA)


# -- bounds: size, time, and a private file stays private ------------------


def endless(chunk: bytes = b"z" * 65536, delay: float = 0.0) -> httpx.MockTransport:
    """A server whose download body never ends (no Content-Length), a chunk every ``delay``."""

    async def body() -> AsyncIterator[bytes]:
        while True:
            await asyncio.sleep(delay)
            yield chunk

    return httpx.MockTransport(lambda request: httpx.Response(200, content=body()))


def leftovers(directory: Path) -> list[str]:
    return sorted(path.name for path in directory.iterdir() if path.name != "keep.txt")


@pytest.mark.parametrize("sync", [False, True], ids=["async", "sync"])
async def test_a_download_past_max_bytes_fails_and_leaves_nothing(
    tmp_path: Path, sync: bool
) -> None:
    target = tmp_path / "keep.txt"
    target.write_bytes(b"old")
    if sync:
        with (
            AgentServer("http://agent.test", "k", transport=endless()) as server,
            pytest.raises(MessageTooLargeError, match="max_bytes=100000"),
        ):
            await asyncio.to_thread(server.workspace("/w").download, "f", target, max_bytes=100_000)
    else:
        async with AsyncAgentServer("http://agent.test", "k", transport=endless()) as client:
            with pytest.raises(MessageTooLargeError, match="max_bytes=100000"):
                await client.workspace("/w").download("f", target, max_bytes=100_000)
    assert target.read_bytes() == b"old" and leftovers(tmp_path) == []


async def test_a_download_announced_over_max_bytes_fails_before_its_body(tmp_path: Path) -> None:
    async with AsyncAgentServer(
        "http://agent.test", "k", transport=httpx.MockTransport(serve_file)
    ) as client:
        with pytest.raises(MessageTooLargeError, match=f"{len(DATA)} bytes, over max_bytes"):
            await client.workspace("/w").download("f", tmp_path / "f", max_bytes=len(DATA) - 1)
    assert leftovers(tmp_path) == []


async def test_a_download_ends_within_its_timeout_and_leaves_nothing(tmp_path: Path) -> None:
    transport = endless(b"z", delay=0.01)
    async with AsyncAgentServer("http://agent.test", "k", transport=transport) as client:
        started = time.monotonic()
        with pytest.raises(TransportError, match=r"not complete within 0\.3 s"):
            await client.workspace("/w").download("f", tmp_path / "f", timeout=0.3)
        assert time.monotonic() - started < 2
    assert leftovers(tmp_path) == []


async def test_a_download_replacing_a_private_file_is_never_readable_by_others(
    tmp_path: Path,
) -> None:
    target = tmp_path / "secret.txt"
    target.write_bytes(b"old")
    os.chmod(target, 0o600)
    modes: list[int] = []

    async def body() -> AsyncIterator[bytes]:
        yield DATA
        await asyncio.sleep(0.05)  # the first chunk is written by now
        modes.extend(stat.S_IMODE(path.stat().st_mode) for path in tmp_path.glob("*.part"))
        yield DATA

    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=body()))
    async with AsyncAgentServer("http://agent.test", "k", transport=transport) as client:
        await client.workspace("/w").download("secret.txt", target)
    assert modes == [0o600]
    assert stat.S_IMODE(target.stat().st_mode) == 0o600 and target.read_bytes() == DATA * 2


async def test_a_new_download_gets_the_mode_open_would_give_it(tmp_path: Path) -> None:
    mask = os.umask(0o027)
    try:
        async with AsyncAgentServer(
            "http://agent.test", "k", transport=httpx.MockTransport(serve_file)
        ) as client:
            await client.workspace("/w").download("new.txt", tmp_path / "new.txt")
    finally:
        os.umask(mask)
    assert stat.S_IMODE((tmp_path / "new.txt").stat().st_mode) == 0o640
