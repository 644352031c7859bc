"""The server's version and capabilities, read once per client, against the real agent server.

An older or unknown server is made real by rewriting the real server's /server_info answer in
the client's transport: every other request still goes to the real server.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any
from uuid import uuid4

import httpx
import pytest

from harness.agent_server import AgentServerProcess
from openhands_client import AsyncAgentServer, NotFoundError, UnsupportedFeatureError
from openhands_client._compat import IDEMPOTENT_CREATE, NEWEST_TESTED, OLDEST_TESTED, ServerRelease
from tests.conftest import SESSION_API_KEY, AgentFactory

pytestmark = pytest.mark.contract


class ServerInfoRewriter(httpx.AsyncBaseTransport):
    """Forwards every request to the server; counts /server_info and merges ``patch`` into it."""

    def __init__(self, patch: dict[str, Any] | None = None) -> None:
        self._inner = httpx.AsyncHTTPTransport()
        self._patch = patch
        self.server_info_requests = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self._inner.handle_async_request(request)
        if request.url.path != "/server_info":
            return response
        self.server_info_requests += 1
        if self._patch is None:
            return response
        await response.aread()
        return httpx.Response(response.status_code, json={**response.json(), **self._patch})

    async def aclose(self) -> None:
        await self._inner.aclose()


def compat_warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "openhands_client.compat"]


async def test_a_tested_server_is_read_once_and_not_warned_about(
    agent_server: AgentServerProcess,
    make_agent: AgentFactory,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.WARNING)
    transport = ServerInfoRewriter()
    async with AsyncAgentServer(agent_server.url, SESSION_API_KEY, transport=transport) as server:
        version = (await server.info()).version
        conversation_id = uuid4()
        conv = await server.start_conversation(
            make_agent(), str(tmp_path), conversation_id=conversation_id, delete_on_close=True
        )
        assert conv.id == conversation_id
        again = await server.attach_conversation(conversation_id)
        assert again.id == conversation_id
        await again.close()
    assert transport.server_info_requests == 2  # info() itself, then one read for the client
    assert compat_warnings(caplog) == []
    assert ServerRelease(str(version), frozenset()).supported  # make test runs tested versions


async def test_a_missing_capability_raises_a_typed_error_and_an_old_server_one_warning(
    agent_server: AgentServerProcess,
    make_agent: AgentFactory,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.WARNING)
    transport = ServerInfoRewriter({"version": "1.0.0", "capabilities": []})
    conversation_id = uuid4()
    async with AsyncAgentServer(agent_server.url, SESSION_API_KEY, transport=transport) as server:
        with pytest.raises(UnsupportedFeatureError) as caught:
            await server.start_conversation(
                make_agent(), str(tmp_path), conversation_id=conversation_id
            )
        assert caught.value.feature == IDEMPOTENT_CREATE
        assert caught.value.server_version == "1.0.0"
        assert "idempotent_conversation_create_v1" in str(caught.value)
        assert "runs openhands-agent-server 1.0.0" in str(caught.value)
        with pytest.raises(NotFoundError):  # the create was never sent
            await server.attach_conversation(conversation_id)
        conv = await server.start_conversation(make_agent(), str(tmp_path), delete_on_close=True)
        await conv.close()
    assert transport.server_info_requests == 1
    [warning] = compat_warnings(caplog)
    assert "runs openhands-agent-server 1.0.0" in warning
    assert f"tested with {OLDEST_TESTED} to {NEWEST_TESTED}" in warning
