"""Servers older than the client's newest features: each is refused by version or capability
before its request is sent, and a server older than the tested range before any conversation."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from openhands_client import AsyncAgentServer, AsyncWorkspace, UnsupportedFeatureError
from openhands_client._compat import (
    CONTROL_CREATE,
    FEATURE_CAPABILITIES,
    OLDEST_TESTED,
    RUNTIME_ROUTES,
    STOP_COMMAND,
    STOP_COMMAND_SINCE,
)
from tests.unit.conftest import API_KEY
from tests.unit.fakes import FakeAgentServer, agent_json


def serve_version(fake: FakeAgentServer, version: str, *capabilities: str) -> None:
    """Make the fake's ``/server_info`` report ``version`` and ``capabilities``, and nothing else
    (as an old server, which lacks fields the spec requires: the client still reads its version)."""
    info = {"version": version, "uptime": 1.0, "idle_time": 1.0, "capabilities": [*capabilities]}
    fake.inject("GET", r"/server_info$", 200, info, times=None)


@pytest.mark.parametrize("operation", ["start_conversation", "attach_conversation"])
async def test_a_server_older_than_the_tested_range_is_refused_with_one_clear_error(
    fake: FakeAgentServer, operation: str
) -> None:
    serve_version(fake, "1.44.0")
    existing = fake.add_conversation()
    async with AsyncAgentServer(fake.url, API_KEY, transport=fake.transport) as server:
        with pytest.raises(UnsupportedFeatureError) as caught:
            if operation == "start_conversation":
                await server.start_conversation(agent_json(), "/w")
            else:
                await server.attach_conversation(existing.id)
    assert caught.value.feature == f"{operation}()"
    assert caught.value.server_version == "1.44.0"
    assert "runs openhands-agent-server 1.44.0" in str(caught.value)
    assert f"{OLDEST_TESTED} or newer" in str(caught.value)
    assert fake.requests_to("POST", r"/api/conversations$") == []


async def test_the_oldest_tested_server_is_accepted(fake: FakeAgentServer) -> None:
    serve_version(fake, OLDEST_TESTED)  # announcing none of the newer capabilities
    async with AsyncAgentServer(fake.url, API_KEY, transport=fake.transport) as server:
        started = await server.start_conversation(agent_json(), "/w")
        attached = await server.attach_conversation(fake.add_conversation().id)
        assert started.id != attached.id


def bash_command_answer() -> dict[str, Any]:
    """The server's answer to starting a command."""
    return {
        "kind": "BashCommand",
        "id": uuid.uuid4().hex,
        "command": "sleep 60",
        "timeout": 300,
        "timestamp": "2025-01-01T12:00:00Z",
    }


async def stop_a_command(fake: FakeAgentServer, *, runtime: bool) -> None:
    """Start a command in a server (or conversation runtime) workspace on the fake, stop it."""
    fake.inject("POST", r"/bash/start_bash_command$", 200, bash_command_answer())
    fake.inject("POST", r"/bash/bash_commands/[^/]+/stop$", 200, {"success": True})
    async with AsyncAgentServer(fake.url, API_KEY, transport=fake.transport) as server:
        workspace: AsyncWorkspace
        if runtime:
            conversation = await server.attach_conversation(fake.add_conversation().id)
            workspace = await conversation.runtime_workspace()
        else:
            workspace = server.workspace("/w")
        command = await workspace.start_command("sleep 60")
        await command.stop()


@pytest.mark.parametrize("runtime", [False, True], ids=["server", "runtime"])
async def test_stopping_a_command_is_refused_before_the_server_has_the_route(
    fake: FakeAgentServer, runtime: bool
) -> None:
    # 1.46 to 1.51 offer the runtime routes, but no stop route yet.
    serve_version(fake, "1.51.0", FEATURE_CAPABILITIES[RUNTIME_ROUTES])
    with pytest.raises(UnsupportedFeatureError, match=STOP_COMMAND_SINCE) as caught:
        await stop_a_command(fake, runtime=runtime)
    assert (caught.value.feature, caught.value.server_version) == (STOP_COMMAND, "1.51.0")
    assert fake.requests_to("POST", r"/start_bash_command$"), "the command was started"
    assert fake.requests_to("POST", r"/stop$") == [], "the stop was never sent"


@pytest.mark.parametrize("runtime", [False, True], ids=["server", "runtime"])
async def test_stopping_a_command_is_sent_from_the_version_with_the_route(
    fake: FakeAgentServer, runtime: bool
) -> None:
    serve_version(fake, STOP_COMMAND_SINCE, FEATURE_CAPABILITIES[RUNTIME_ROUTES])
    await stop_a_command(fake, runtime=runtime)
    assert len(fake.requests_to("POST", r"/stop$")) == 1


async def test_control_create_needs_the_servers_deduplicated_create(
    fake: FakeAgentServer,
) -> None:
    serve_version(fake, OLDEST_TESTED)
    async with AsyncAgentServer(fake.url, API_KEY, transport=fake.transport) as server:
        with pytest.raises(
            UnsupportedFeatureError, match="idempotent_conversation_create_v1"
        ) as caught:
            await server.control(uuid.uuid4()).create(agent_json(), "/w")
    assert (caught.value.feature, caught.value.server_version) == (CONTROL_CREATE, OLDEST_TESTED)
    assert fake.requests_to("POST", r"/api/conversations$") == []
