"""``doctor`` on a server that answers hostilely: bodies too deep to read or check, socket frames
that are not JSON each end with exit 6 and a MISMATCH line; answers trickled a
byte at a time end within doctor's timeout with exit 5."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable
from functools import partial
from typing import Any
from uuid import UUID

import pytest

from openhands_client import WaitTimeoutError, cli
from openhands_client.doctor import async_diagnose, diagnose

# Other test modules import these from here: explicit re-exports.
from openhands_client.testing import HostileServer as HostileServer
from openhands_client.testing import accept_upgrade as accept_upgrade

SERVER_INFO = HostileServer.SERVER_INFO
Doctor = Callable[[str], tuple[int, str]]


@pytest.fixture
def doctor(capsys: pytest.CaptureFixture[str]) -> Doctor:
    """``doctor(url) -> (exit code, stdout)``: the command line, in process."""

    def run(url: str) -> tuple[int, str]:
        code = cli.main(["doctor", "--url", url])
        return code, capsys.readouterr().out

    return run


def nested_condensers(depth: int) -> dict[str, object]:
    """A conversation whose condenser nests ``depth`` pipelines: valid, but deep to check."""
    condenser: dict[str, object] = {"kind": "NoOpCondenser"}
    for _ in range(depth):
        condenser = {"kind": "PipelineCondenser", "condensers": [condenser]}
    agent = {"kind": "Agent", "condenser": condenser}
    return {"id": "00000000-0000-4000-8000-000000000000", "agent": agent}


@pytest.mark.parametrize(
    ("bodies", "line"),
    [
        (
            {"/api/conversations/search": b"[" * 100_000},
            "MISMATCH search_conversations $: expected a JSON body, got application/json '[[[[",
        ),
        (
            {"/api/conversations/search": json.dumps({"items": [nested_condensers(300)]}).encode()},
            "MISMATCH search_conversations $: expected a body the check can follow, got "
            "nesting too deep to check",
        ),
    ],
    ids=["too deep to parse", "too deep to check"],
)
def test_a_deeply_nested_body_is_a_mismatch(
    doctor: Doctor, bodies: dict[str, bytes], line: str
) -> None:
    with HostileServer(bodies) as url:
        code, out = doctor(url)
    assert code == cli.EXIT_NONCONFORMING, out
    assert line in out


@pytest.mark.parametrize("frame", ["not json", "[" * 100_000], ids=["text", "too deep"])
def test_a_socket_frame_that_is_not_json_is_a_mismatch(doctor: Doctor, frame: str) -> None:
    events = json.dumps({"items": [{"id": "e1", "timestamp": "2026-11-26T10:00:00"}]}).encode()
    conversation = "00000000-0000-4000-8000-000000000000"
    bodies = {
        "/api/conversations/search": json.dumps({"items": [{"id": conversation}]}).encode(),
        f"/api/conversations/{conversation}/events/search": events,
    }
    with HostileServer(bodies, [frame.encode()]) as url:
        code, out = doctor(url)
    assert code == cli.EXIT_NONCONFORMING, out
    assert "MISMATCH event socket $frame[0]: expected a JSON event, got " in out


TRICKLE, TIMEOUT = 0.5, 1.5
"""A byte every 0.5 s (each answer takes 20 s) against a 1.5 s timeout."""


def test_a_trickling_server_cannot_hold_doctor_past_its_timeout() -> None:
    started = time.monotonic()
    with HostileServer(trickle=TRICKLE) as url, pytest.raises(WaitTimeoutError) as caught:
        diagnose(url, timeout=TIMEOUT)
    assert time.monotonic() - started < TIMEOUT + 2
    assert f"did not answer every check within {TIMEOUT:g} s" in str(caught.value)
    assert isinstance(caught.value, TimeoutError)


def test_doctor_on_a_trickling_server_exits_5_in_time(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli, "async_diagnose", partial(cli.async_diagnose, timeout=TIMEOUT))
    started = time.monotonic()
    with HostileServer(trickle=TRICKLE) as url:
        assert cli.main(["doctor", "--url", url]) == cli.EXIT_SERVER
    assert time.monotonic() - started < TIMEOUT + 2
    assert "did not answer every check" in capsys.readouterr().err


class _StalledConversation:
    """A conversation on a server that stops answering once it exists."""

    id = UUID(int=1)

    async def send_message(self, message: str) -> None:
        await asyncio.Event().wait()

    async def delete(self) -> None:
        await asyncio.Event().wait()


class _StallingServer:
    """``AsyncAgentServer`` as doctor uses it, on that server."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        pass

    async def __aenter__(self) -> _StallingServer:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        pass

    async def start_conversation(self, agent: Any, working_dir: str) -> _StalledConversation:
        return _StalledConversation()


def test_doctor_run_on_a_server_that_stalls_mid_conversation_ends_in_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("openhands_client.doctor.AsyncAgentServer", _StallingServer)

    async def diagnosis(url: str) -> None:
        # The bound of this test: the deadline must not wait for a delete that never ends.
        check = async_diagnose(url, agent={"kind": "Agent"}, timeout=0.5, run_timeout=0.5)
        await asyncio.wait_for(check, 10)

    started = time.monotonic()
    with HostileServer() as url, pytest.raises(WaitTimeoutError):
        asyncio.run(diagnosis(url))
    assert time.monotonic() - started < 1 + 2
