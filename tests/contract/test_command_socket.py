"""A started command's output arrives on the server's bash-events socket, not by polling."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import httpx
import pytest

from harness.agent_server import AgentServerProcess
from openhands_client import AsyncAgentServer
from openhands_client._bash_events import _hubs
from tests.conftest import SESSION_API_KEY
from tests.unit.fakes import until

pytestmark = pytest.mark.contract

PIECE = 1_100_000  # the server publishes output in pieces of 1 MiB characters, the rest at exit


class SearchCounter(httpx.AsyncHTTPTransport):
    """Counts the command-output searches (the polls) the client sends."""

    def __init__(self) -> None:
        super().__init__()
        self.searches = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/bash/bash_events/search"):
            self.searches += 1
        return await super().handle_async_request(request)


async def test_command_output_arrives_on_the_socket_as_the_server_emits_it(
    agent_server: AgentServerProcess, tmp_path: Path
) -> None:
    # A command followed first opens the client's socket; once it is subscribed, one that
    # prints a full piece, pauses, then ends is followed on the same socket.
    script = f"head -c {PIECE} /dev/zero | tr '\\0' a; sleep 1; echo done >&2; exit 3"
    counter = SearchCounter()
    async with AsyncAgentServer(agent_server.url, SESSION_API_KEY, transport=counter) as server:
        ws = server.workspace(str(tmp_path))
        other = await ws.start_command("sleep 2; echo other", timeout=60)
        other_wait = asyncio.ensure_future(other.wait(timeout=30))
        await until(
            lambda: any(hub.live for hub in _hubs.values()), "the socket subscribed", timeout=10
        )
        command = await ws.start_command(script, timeout=60)
        arrivals: list[float] = []
        pieces = []
        searches_at_first = 0
        async for chunk in command.output():
            if not pieces:
                searches_at_first = counter.searches
            arrivals.append(time.monotonic())
            pieces.append(chunk)
        other_result = await other_wait
        assert (other_result.exit_code, other_result.stdout) == (0, "other\n")
        first, last = pieces[0], pieces[-1]
        assert first.exit_code is None and first.stdout, "the first piece came only at the end"
        assert last.exit_code == 3 and last.stderr == "done\n"
        assert arrivals[-1] - arrivals[0] > 0.5
        # Polling would have asked several times during the 1 s pause; the socket needs none.
        assert counter.searches == searches_at_first, "output was polled, not pushed"
        result = await command.wait()
        assert "".join(p.stdout for p in pieces) == result.stdout == "a" * PIECE
        assert "".join(p.stderr for p in pieces) == result.stderr == "done\n"
        assert result.exit_code == 3 and not result.timed_out
