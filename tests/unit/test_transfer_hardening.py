"""Downloads: an existing file keeps its mode, and the message size bound does not apply."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import httpx

from openhands_client import AsyncAgentServer

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
