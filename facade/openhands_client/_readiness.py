"""Waiting for a server that is still starting: ``GET /ready`` until it answers 200."""

from __future__ import annotations

import asyncio
import time

from openhands_api.api.server import ready

from ._backoff import Backoff
from ._connection import Connection
from ._http import call_raw
from ._terminal_text import redact_url
from .errors import AgentServerError, ServerNotReadyError, TransportError

# Answers of a server (or of the proxy in front of it) that is still starting.
_STARTING_STATUSES = (502, 503, 504)
# No single probe may hang longer than this.
_PROBE_TIMEOUT = 5.0


async def wait_until_ready(connection: Connection, timeout: float) -> None:
    """Probe ``/ready`` with jittered backoff until it answers 200 or ``timeout`` s pass.

    A refused connection and 502/503/504 mean "still starting"; any other error is raised.
    """
    if not timeout > 0:
        raise ValueError(f"timeout must be positive, got {timeout!r}")
    deadline = time.monotonic() + timeout
    backoff = Backoff(initial=0.1, cap=1.0)
    last: AgentServerError | None = None
    while True:
        probe_timeout = min(max(deadline - time.monotonic(), 0.1), _PROBE_TIMEOUT)
        try:
            await call_raw(
                connection.http, {**ready.build_request(), "timeout": probe_timeout}, "ready"
            )
            return
        except TransportError as exc:
            last = exc
        except AgentServerError as exc:
            if exc.status_code not in _STARTING_STATUSES:
                raise
            last = exc
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise ServerNotReadyError(
                f"server at {redact_url(connection.base_url)} not ready after {timeout:g} s; "
                f"last: {last}",
                status_code=last.status_code,
                body=last.body,
            ) from last
        await asyncio.sleep(min(backoff.next_delay(), remaining))
