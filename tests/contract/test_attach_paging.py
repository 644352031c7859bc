"""Attaching to a long log loads it page after page, pipelined: the log is exactly the server's."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from harness.agent_server import AgentServerProcess
from openhands_client import AgentServer, ExecutionStatus, UnknownEvent
from tests.conftest import SESSION_API_KEY, AgentFactory
from tests.contract.helpers import assert_log_is_servers, server_log

pytestmark = pytest.mark.contract

MESSAGES = 420  # over four pages


def test_a_log_of_several_pages_loads_exactly_the_servers_log(
    agent_server: AgentServerProcess, make_agent: AgentFactory
) -> None:
    with AgentServer(agent_server.url, api_key=SESSION_API_KEY) as server:
        conv = server.start_conversation(make_agent("think-2"), str(agent_server.workdir))
        conv.send_message("start")
        assert conv.run(timeout=60) is ExecutionStatus.FINISHED
        path = f"/api/conversations/{conv.id}/events"
        with httpx.Client(base_url=agent_server.url, headers=agent_server.headers) as http:

            def send(index: int) -> None:
                body = {"role": "user", "content": [{"type": "text", "text": f"m{index}"}]}
                http.post(path, json={**body, "run": False}).raise_for_status()

            with ThreadPoolExecutor(8) as pool:
                list(pool.map(send, range(MESSAGES)))
        assert len(server_log(agent_server, conv.id)) > MESSAGES

        again = server.attach_conversation(conv.id)
        assert_log_is_servers(again, agent_server)
        assert not any(isinstance(e, UnknownEvent) for e in again.events)
        assert_log_is_servers(conv, agent_server)  # the live one saw the same
        conv.delete()
