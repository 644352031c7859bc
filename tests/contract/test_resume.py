"""Resuming by id on the real server: changed options warned about, the sent task known, tags
as the server keeps them, conversations found by tag, refused tag keys caught up front."""

from __future__ import annotations

import logging
import uuid

import pytest

from harness.agent_server import AgentServerProcess
from openhands_client import AsyncAgentServer, ExecutionStatus, UnsupportedFeatureError
from openhands_client._compat import IDEMPOTENT_CREATE
from tests.conftest import SESSION_API_KEY, AgentFactory
from tests.contract.helpers import server_release

pytestmark = pytest.mark.contract


async def test_resume_by_id_and_find_by_tags(
    agent_server: AgentServerProcess, make_agent: AgentFactory, caplog: pytest.LogCaptureFixture
) -> None:
    workdir, batch = str(agent_server.workdir), uuid.uuid4().hex
    tags = {"batch": batch, "task": "1"}
    async with AsyncAgentServer(agent_server.url, SESSION_API_KEY) as server:
        first = await server.start_conversation(make_agent("finish"), workdir, tags=tags)
        assert first.state.tags == tags
        await first.send_message("task 1")
        assert await first.run(timeout=60) is ExecutionStatus.FINISHED
        other = await server.start_conversation(
            make_agent("finish"), workdir, tags={"batch": batch, "task": "2"}
        )
        found = {
            state.id: state.tags async for state in server.conversations(tags={"batch": batch})
        }
        assert found == {first.id: tags, other.id: {"batch": batch, "task": "2"}}
        with pytest.raises(ValueError, match="'task_id'"):
            await server.start_conversation(make_agent("finish"), workdir, tags={"task_id": "1"})

        caplog.set_level(logging.WARNING, logger="openhands_client.server")
        if not server_release(agent_server).offers(IDEMPOTENT_CREATE):
            with pytest.raises(UnsupportedFeatureError):
                await server.start_conversation(
                    make_agent("finish"), workdir, conversation_id=first.id
                )
            return
        again = await server.start_conversation(
            make_agent("finish"),
            workdir,
            conversation_id=first.id,
            tags={"batch": batch, "task": "9"},
            max_iterations=9,
        )
        assert again.id == first.id and again.state.tags == tags, "the server kept its own"
        warnings = [r.getMessage() for r in caplog.records if str(first.id) in r.getMessage()]
        assert len(warnings) == 1 and "max_iterations, tags" in warnings[0]
        assert again.user_messages() == ["task 1"], "the task was sent already"
        assert await again.run(timeout=60) is ExecutionStatus.FINISHED  # finished: at once
