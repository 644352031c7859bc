"""Unit-test fixtures: a fake agent server, short timing constants, a socket-leak guard."""

from __future__ import annotations

import asyncio
import logging
import socket
import threading
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field

import pytest

from openhands_client import AsyncAgentServer, AsyncConversation
from openhands_client._backoff import Backoff
from openhands_client._feed import ConversationFeed
from tests.conftest import SESSION_API_KEY
from tests.unit.fakes import FakeAgentServer

# The contract tests' key: every character that breaks when put in a URL or form unquoted.
API_KEY = SESSION_API_KEY
# Real backoff delays are divided by this much (a recorded 1.0 s sleeps 20 ms).
BACKOFF_SCALE = 50.0


@dataclass
class BackoffLog:
    """Every backoff delay the client chose (unscaled), with the floor it asked for."""

    delays: list[tuple[float, float]] = field(default_factory=list)


@pytest.fixture(autouse=True)
def fast_timing(monkeypatch: pytest.MonkeyPatch) -> BackoffLog:
    """Shrink the client's waits; record (floor, delay) of each backoff, sleep 1/50 of it."""
    monkeypatch.setattr(AsyncConversation, "SETTLE_SECONDS", 0.3)
    monkeypatch.setattr(AsyncConversation, "POLL_SECONDS", 0.02)
    log = BackoffLog()
    real = Backoff.next_delay

    def next_delay(self: Backoff, floor: float = 0.0) -> float:
        delay = real(self, floor)
        log.delays.append((floor, delay))
        return delay / BACKOFF_SCALE

    monkeypatch.setattr(Backoff, "next_delay", next_delay)
    return log


@pytest.fixture
def fake() -> Iterator[FakeAgentServer]:
    """A started fake agent server that requires ``API_KEY``."""
    with FakeAgentServer(api_key=API_KEY) as server:
        yield server


@pytest.fixture
def rest_attach(fake: FakeAgentServer, monkeypatch: pytest.MonkeyPatch) -> None:
    """Attach loads the log over REST: the socket is refused (503, retried) and the replay
    is waited for 50 ms only."""
    fake.ws_available = False
    monkeypatch.setattr(ConversationFeed, "REPLAY_WAIT", 0.05)


@pytest.fixture
async def client(fake: FakeAgentServer) -> AsyncIterator[AsyncAgentServer]:
    """An async client on the fake server; closed after the test."""
    server = AsyncAgentServer(fake.url, API_KEY, transport=fake.transport)
    try:
        yield server
    finally:
        await server.close()


def _socket_tasks() -> set[asyncio.Task[object]]:
    return {
        task
        for task in asyncio.all_tasks()
        if not task.done() and "EventSocket._run" in repr(task.get_coro())
    }


@pytest.fixture(autouse=True)
async def no_leaked_sockets() -> AsyncIterator[None]:
    """Fail a test that leaves an event socket running on the loop (then stop it)."""
    before = _socket_tasks()
    yield
    await asyncio.sleep(0)
    leaked = _socket_tasks() - before
    for task in leaked:
        task.cancel()
    await asyncio.gather(*leaked, return_exceptions=True)
    if leaked:
        pytest.fail(f"{len(leaked)} event socket task(s) still running after the test")


LIBRARY_LOGGERS = ("openhands_client", "websockets", "httpx", "httpcore", "asyncio")


@pytest.fixture
def all_logs(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    """Capture every record at DEBUG, from the root and from each library's logger."""
    caplog.set_level(logging.DEBUG)
    for name in LIBRARY_LOGGERS:
        caplog.set_level(logging.DEBUG, logger=name)
    yield caplog


@dataclass
class Listener:
    """A loopback port that records every connection made to it (and closes it)."""

    url: str
    accepted: list[object]


@pytest.fixture
def listener(monkeypatch: pytest.MonkeyPatch) -> Iterator[Listener]:
    """A :class:`Listener` for the CLI to point at, with ``LLM_MODEL`` set: a command that
    checks its arguments first never connects to it."""
    monkeypatch.setenv("LLM_MODEL", "openai/gpt-4o")
    server = socket.create_server(("127.0.0.1", 0))
    accepted: list[object] = []

    def serve() -> None:
        while True:
            try:
                conn, _ = server.accept()
            except OSError:
                return
            accepted.append(conn.getpeername())
            conn.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield Listener(f"http://127.0.0.1:{server.getsockname()[1]}", accepted)
    server.shutdown(socket.SHUT_RDWR)  # wakes the accept()
    server.close()
    thread.join(timeout=5)
