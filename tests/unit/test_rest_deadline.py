"""Every REST call ends within its timeout, whole: httpx's timeouts bound each read, and a
server trickling its answer a byte at a time held ``info()`` past 20 s with ``timeout=3.0``."""

from __future__ import annotations

import time

import httpx
import pytest

from openhands_api.api.server import get_server_info
from openhands_client import AgentServer, AsyncAgentServer, TransportError
from openhands_client.testing import HostileServer

TIMEOUT = 0.5
TRICKLE = 0.1
"""A byte every 0.1 s: 4 s for the answer's 40 bytes of padding, each read well in time."""


def test_sync_calls_end_within_their_timeout() -> None:
    with HostileServer(trickle=TRICKLE) as url, AgentServer(url, timeout=TIMEOUT) as server:
        started = time.monotonic()
        with pytest.raises(TransportError, match=r"within 0\.5 s"):
            server.info()
        assert time.monotonic() - started < TIMEOUT + 1.0
        started = time.monotonic()
        with pytest.raises(httpx.ReadTimeout):  # the generated client's own call
            get_server_info.sync(client=server.api)
        assert time.monotonic() - started < TIMEOUT + 1.0


async def test_async_calls_end_within_their_timeout() -> None:
    with HostileServer(trickle=TRICKLE) as url:
        async with AsyncAgentServer(url, timeout=TIMEOUT) as server:
            started = time.monotonic()
            with pytest.raises(TransportError, match=r"within 0\.5 s"):
                await server.info()
            assert time.monotonic() - started < TIMEOUT + 1.0
