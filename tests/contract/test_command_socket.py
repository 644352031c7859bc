"""A started command's output arrives on the server's bash-events socket, not by polling."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import httpx
import pytest

from harness.agent_server import AgentServerProcess
from openhands_client import AsyncAgentServer
from tests.conftest import SESSION_API_KEY

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
    # Quiet for a moment (the socket subscribes meanwhile), one full piece, a pause, the end;
    # and a second command followed at the same time on the same socket.
    script = f"sleep 0.5; head -c {PIECE} /dev/zero | tr '\\0' a; sleep 1; echo done >&2; exit 3"
    counter = SearchCounter()
    async with AsyncAgentServer(agent_server.url, SESSION_API_KEY, transport=counter) as server:
        ws = server.workspace(str(tmp_path))
        command = await ws.start_command(script, timeout=60)
        other = await ws.start_command("sleep 0.3; echo other", timeout=60)
        arrivals: list[tuple[float, int]] = []
        pieces = []
        searches_at_first = 0

        async def follow() -> None:
            nonlocal searches_at_first
            async for chunk in command.output():
                if not pieces:
                    searches_at_first = counter.searches
                arrivals.append((time.monotonic(), counter.searches))
                pieces.append(chunk)

        _, other_result = await asyncio.gather(follow(), other.wait(timeout=30))
        assert (other_result.exit_code, other_result.stdout) == (0, "other\n")
        first, last = pieces[0], pieces[-1]
        assert first.exit_code is None and first.stdout, "the first piece came only at the end"
        assert last.exit_code == 3 and last.stderr == "done\n"
        assert arrivals[-1][0] - arrivals[0][0] > 0.5
        # Polling would have asked several times during the 1 s pause; the socket needs none.
        assert counter.searches == searches_at_first, "output was polled, not pushed"
        result = await command.wait()
        assert "".join(p.stdout for p in pieces) == result.stdout == "a" * PIECE
        assert "".join(p.stderr for p in pieces) == result.stderr == "done\n"
        assert result.exit_code == 3 and not result.timed_out
