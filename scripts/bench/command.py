"""Command first-byte latency: the server emits a started command's first piece of output ->
``output()`` yields it, on the bash-events socket and by polling (the client's fallback, forced
here by pointing the socket at a closed port). Ours only: the reference has no live output.

The emission time is the piece's own ``timestamp`` (the server's clock, the same machine's).
Each command first sleeps a random 0.2-0.7 s, so polls fall anywhere relative to the emission.
"""

from __future__ import annotations

import asyncio
import random
import socket
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from typing import Any

import httpx

from openhands_client import AsyncAgentServer, _bash_events

from . import report

# The server publishes output in pieces of 1 MiB characters (the rest at exit): print one.
SCRIPT = "sleep {pause:.3f}; head -c 1100000 /dev/zero | tr '\\0' a; sleep 0.2; echo end"


def _server_time(value: str) -> float:
    moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.timestamp()


async def _first_byte(url: str, api_key: str | None, working_dir: str) -> float:
    """Seconds from the server emitting a command's first piece to ``output()`` yielding it."""
    script = SCRIPT.format(pause=random.uniform(0.2, 0.7))
    async with AsyncAgentServer(url, api_key) as server:
        command = await server.workspace(working_dir).start_command(script, timeout=60)
        arrived: float | None = None
        async for _ in command.output():
            arrived = arrived or time.time()
    headers = {"X-Session-API-Key": api_key} if api_key else {}
    async with httpx.AsyncClient(base_url=url, headers=headers) as rest:
        params = {"command_id__eq": str(command.id), "kind__eq": "BashOutput"}
        page = (await rest.get("/api/bash/bash_events/search", params=params)).json()
    first = min(page["items"], key=lambda item: item["order"])
    assert arrived is not None and first["exit_code"] is None, "no piece before the end"
    return arrived - _server_time(first["timestamp"])


@contextmanager
def _polling() -> Iterator[None]:
    """Point the client's bash-events socket at a closed port: it polls instead."""
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    original = _bash_events.bash_events_url
    _bash_events.bash_events_url = lambda base_url: f"ws://127.0.0.1:{port}/sockets/bash-events"
    try:
        yield
    finally:
        _bash_events.bash_events_url = original


def measure(url: str, api_key: str | None, working_dir: str, runs: int) -> dict[str, Any]:
    """The ``command_first_byte`` section: ``runs`` commands followed each way."""

    def series() -> list[dict[str, Any]]:
        return [
            {"seconds": asyncio.run(_first_byte(url, api_key, working_dir))} for _ in range(runs)
        ]

    socket_runs = series()
    with _polling():
        polling_runs = series()
    return {
        "command_first_byte": {
            "socket": {"runs": socket_runs, "median": report.summarize(socket_runs)},
            "polling": {"runs": polling_runs, "median": report.summarize(polling_runs)},
        }
    }
