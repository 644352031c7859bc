"""The project's glue around the shipped fake agent server (:mod:`openhands_client.testing`).

The fake itself, its event builders and its scripting API are the public testing kit; they are
re-exported here under the names the unit tests have always imported. What stays here is only
for this project's tests: waiting helpers and the probes that tell a live ``stream()``.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

from openhands_client.testing import (
    JSON,
    SERVER_INFO,
    T0,
    ConnectAction,
    ConnRecord,
    FakeAgentServer,
    FakeConversation,
    RestHook,
    RunContext,
    RunScript,
    action,
    agent_error,
    agent_json,
    conversation_error,
    conversation_info,
    full_state,
    is_transient,
    message,
    observation,
    parse_ts,
    search_response,
    session_frame,
    standard_run,
    status_update,
    streaming_delta,
    ts,
)

__all__ = [
    "JSON",
    "PROBE",
    "SERVER_INFO",
    "T0",
    "ConnRecord",
    "ConnectAction",
    "FakeAgentServer",
    "FakeConversation",
    "RestHook",
    "RunContext",
    "RunScript",
    "action",
    "agent_error",
    "agent_json",
    "conversation_error",
    "conversation_info",
    "full_state",
    "ids",
    "is_transient",
    "message",
    "observation",
    "parse_ts",
    "search_response",
    "session_frame",
    "standard_run",
    "status_update",
    "streaming_delta",
    "ts",
    "until",
    "until_streaming",
    "until_streaming_sync",
    "until_sync",
    "without_probes",
]


def ids(events: Iterable[Any]) -> list[str]:
    """The ids of events (typed or JSON), in order."""
    return [e["id"] if isinstance(e, Mapping) else e.id for e in events]


# -- waiting helpers ----------------------------------------------------------------------


async def until(check: Callable[[], bool], what: str, timeout: float = 3.0) -> None:
    """Wait (yielding to the loop) until ``check()`` holds; fail with ``what`` otherwise."""
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for: {what}")
        await asyncio.sleep(0.005)


def until_sync(check: Callable[[], bool], what: str, timeout: float = 3.0) -> None:
    """Like :func:`until`, for synchronous tests."""
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for: {what}")
        time.sleep(0.005)


PROBE = "probe-"


def _probe(fake: FakeAgentServer, conversation: FakeConversation, n: int) -> None:
    fake.publish(conversation, streaming_delta(f"{PROBE}{n}", ts(0), "."))


def _probing(
    fake: FakeAgentServer, conversation: FakeConversation, got: list[str], timeout: float
) -> Iterator[None]:
    """Push a transient probe per step until ``stream()`` has yielded one into ``got``."""
    deadline = time.monotonic() + timeout
    n = 0
    while not any(i.startswith(PROBE) for i in got):
        if time.monotonic() > deadline:
            raise AssertionError(f"stream() yielded nothing within {timeout} s")
        _probe(fake, conversation, n)
        n += 1
        yield


async def until_streaming(
    fake: FakeAgentServer, conversation: FakeConversation, got: list[str], timeout: float = 3.0
) -> None:
    """Push transient probes until a consumer of ``stream()`` has yielded one into ``got``."""
    for _ in _probing(fake, conversation, got, timeout):
        await asyncio.sleep(0.01)


def until_streaming_sync(
    fake: FakeAgentServer, conversation: FakeConversation, got: list[str], timeout: float = 3.0
) -> None:
    """Like :func:`until_streaming`, for synchronous tests."""
    for _ in _probing(fake, conversation, got, timeout):
        time.sleep(0.01)


def without_probes(got: list[str]) -> list[str]:
    return [i for i in got if not i.startswith(PROBE)]
