"""The fault-injecting proxy (harness.proxy) in front of the real agent server."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from harness.agent_server import AgentServerProcess
from harness.proxy import FaultProxy
from openhands_client import AgentServer, AgentServerError, NotFoundError, SocketRefusedError
from tests.conftest import SESSION_API_KEY, AgentFactory
from tests.contract.helpers import eventually

pytestmark = pytest.mark.contract

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"


@pytest.fixture
def proxy(agent_server: AgentServerProcess) -> Iterator[FaultProxy]:
    with FaultProxy(agent_server.port) as proxy:
        yield proxy


def start_body(agent_server: AgentServerProcess, agent: dict[str, Any]) -> dict[str, Any]:
    workspace = {"kind": "LocalWorkspace", "working_dir": str(agent_server.workdir)}
    return {"agent": agent, "workspace": workspace}


def count(agent_server: AgentServerProcess) -> int:
    with httpx.Client(base_url=agent_server.url, headers=agent_server.headers) as http:
        response = http.get("/api/conversations/count")
        response.raise_for_status()
        return int(response.json())


def test_forwards_and_records_requests(agent_server: AgentServerProcess, proxy: FaultProxy) -> None:
    with httpx.Client(base_url=proxy.url, headers=agent_server.headers) as http:
        assert http.get("/ready").status_code == 200
        assert http.get("/api/conversations/count").status_code == 200
    assert proxy.requests == [("GET", "/ready"), ("GET", "/api/conversations/count")]
    assert proxy.bytes_down > 0


def test_swallow_drops_the_answer_after_the_server_acted(
    agent_server: AgentServerProcess, proxy: FaultProxy, make_agent: AgentFactory
) -> None:
    before = count(agent_server)
    proxy.swallow("POST", "/api/conversations")
    with httpx.Client(base_url=proxy.url, headers=agent_server.headers, timeout=30) as http:
        with pytest.raises(httpx.TransportError):
            http.post("/api/conversations", json=start_body(agent_server, make_agent()))
        # The rule was used up: the next request is answered.
        assert http.get("/api/conversations/count").status_code == 200
    assert proxy.swallowed == [("POST", "/api/conversations")]
    assert count(agent_server) == before + 1


def test_delay_and_stall_hold_answers(agent_server: AgentServerProcess, proxy: FaultProxy) -> None:
    short = httpx.Timeout(5.0, read=0.3)
    with httpx.Client(base_url=proxy.url, timeout=short) as http:
        proxy.delay(2.0)
        with pytest.raises(httpx.ReadTimeout):
            http.get("/ready")
        proxy.delay(0)
        proxy.stall()
        with pytest.raises(httpx.ReadTimeout):
            http.get("/ready")
        proxy.resume()
        assert http.get("/ready").status_code == 200


def test_cut_resets_the_socket_and_hold_keeps_it_out(
    agent_server: AgentServerProcess, proxy: FaultProxy, make_agent: AgentFactory
) -> None:
    with AgentServer(proxy.url, SESSION_API_KEY) as client:
        conversation = client.start_conversation(
            make_agent(), str(agent_server.workdir), delete_on_close=True
        )
        assert conversation.is_connected
        proxy.cut(hold=True)
        eventually(lambda: proxy.held > 0, what="a held reconnect")
        assert not conversation.is_connected
        proxy.release()
        eventually(lambda: conversation.is_connected, what="the reconnect")
        assert proxy.cuts == 1


def test_chaos_cuts_again_and_again(
    agent_server: AgentServerProcess, proxy: FaultProxy, make_agent: AgentFactory
) -> None:
    with AgentServer(proxy.url, SESSION_API_KEY) as client:
        conversation = client.start_conversation(
            make_agent(), str(agent_server.workdir), delete_on_close=True
        )
        connections = proxy.connections
        proxy.chaos(0.2, 0.4, seed=1)
        eventually(lambda: proxy.cuts >= 3, what="three cuts")
        proxy.calm()
        eventually(lambda: conversation.is_connected, what="the reconnect")
        assert proxy.connections > connections


def test_stdin_commands(agent_server: AgentServerProcess) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "harness.proxy", str(agent_server.port)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=SCRIPTS,
    )
    assert process.stdin is not None and process.stdout is not None

    def command(line: str) -> str:
        assert process.stdin is not None and process.stdout is not None
        process.stdin.write(line + "\n")
        process.stdin.flush()
        return process.stdout.readline().strip()

    try:
        url = f"http://127.0.0.1:{int(process.stdout.readline())}"
        assert httpx.get(f"{url}/ready").status_code == 200
        assert int(command("bytes")) > 0
        assert command("cut") == "ok"
        assert command("held") == "0"
        assert command("open") == "ok"
        assert command("bytes") == "0"
        assert command("swallow GET /ready") == "ok"
        with pytest.raises(httpx.TransportError):
            httpx.get(f"{url}/ready")
        assert command("nonsense").startswith("unknown command")
    finally:
        process.stdin.close()
        assert process.wait(10) == 0


@pytest.mark.parametrize("status", [404, 400])
def test_refused_websockets_fail_attach_with_a_typed_error(
    agent_server: AgentServerProcess, proxy: FaultProxy, make_agent: AgentFactory, status: int
) -> None:
    with AgentServer(agent_server.url, SESSION_API_KEY) as direct:
        conversation = direct.start_conversation(
            make_agent(), str(agent_server.workdir), delete_on_close=True
        )
        proxy.refuse_websockets(status)
        client = AgentServer(proxy.url, SESSION_API_KEY)
        with client, pytest.raises(AgentServerError) as caught:
            client.attach_conversation(conversation.id)
        assert caught.value.status_code == status
        assert isinstance(caught.value, NotFoundError if status == 404 else SocketRefusedError)
        paths = [path for _, path in proxy.requests]
        handshake = f"/sockets/session/{conversation.id}?after_seq=-1"
        assert handshake in paths, "the handshake went through it"
        # The log comes through the socket: attach stopped at the refusal, with no REST read.
        assert not any("/events/search" in path for path in paths), "attach stopped there"
