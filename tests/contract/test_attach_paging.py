"""Attaching to a long log loads it page after page, pipelined: the log is exactly the server's;
a bounded history holds its tail at the right seqs and pages back to it exactly."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from uuid import UUID

import httpx
import pytest

from harness.agent_server import AgentServerProcess
from openhands_client import AgentServer, ExecutionStatus, UnknownEvent
from tests.conftest import SESSION_API_KEY, AgentFactory
from tests.contract.helpers import assert_log_is_servers, eventually, expected_ids, server_log

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
        _bounded_attaches(server, agent_server, conv.id)
        conv.delete()


def _bounded_attaches(server: AgentServer, agent_server: AgentServerProcess, cid: UUID) -> None:
    """history=N holds the server's last events at their seqs and pages back to exactly the
    server's log; history="none" holds only what comes after it."""
    last = server.attach_conversation(cid, history=150)
    held, theirs = [e.id for e in last.events], expected_ids(agent_server, cid)
    assert len(held) >= 150 and held == theirs[theirs.index(held[0]) :]
    assert last.events.first_seq == theirs.index(held[0]) and not last.events.complete
    assert last.load_earlier_events(1000) == theirs.index(held[0])
    assert last.events.complete
    assert_log_is_servers(last, agent_server)

    live = server.attach_conversation(cid, history="none")
    before = len(expected_ids(agent_server, cid))
    assert list(live.events) == [] and live.events.first_seq == before
    live.send_message("after the attach")
    eventually(lambda: len(live.events) > 0, what="the message's event")
    assert [e.id for e in live.events] == expected_ids(agent_server, cid)[before:]
    assert live.events.seq_of(live.events[0].id) == before
    assert live.load_earlier_events(2) == 2
    assert [e.id for e in live.events] == expected_ids(agent_server, cid)[before - 2 :]
