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
from tests.contract.helpers import server_release

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
        if server_release(agent_server).offers(IDEMPOTENT_CREATE):
            conv = await server.start_conversation(
                make_agent(), str(tmp_path), conversation_id=conversation_id, delete_on_close=True
            )
            assert conv.id == conversation_id
        else:  # older servers do not deduplicate creates: a create by id is refused
            with pytest.raises(UnsupportedFeatureError):
                await server.start_conversation(
                    make_agent(), str(tmp_path), conversation_id=conversation_id
                )
            conv = await server.start_conversation(
                make_agent(), str(tmp_path), delete_on_close=True
            )
        again = await server.attach_conversation(conv.id)
        assert again.id == conv.id
        await again.close()
    assert transport.server_info_requests == 2  # info() itself, then one read for the client
    assert compat_warnings(caplog) == []
    assert ServerRelease(str(version), frozenset()).supported  # make test runs tested versions


async def test_a_missing_capability_raises_a_typed_error_before_any_request(
    agent_server: AgentServerProcess,
    make_agent: AgentFactory,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.WARNING)
    transport = ServerInfoRewriter({"capabilities": []})
    conversation_id = uuid4()
    async with AsyncAgentServer(agent_server.url, SESSION_API_KEY, transport=transport) as server:
        version = (await server.info()).version
        with pytest.raises(UnsupportedFeatureError) as caught:
            await server.start_conversation(
                make_agent(), str(tmp_path), conversation_id=conversation_id
            )
        assert caught.value.feature == IDEMPOTENT_CREATE
        assert caught.value.server_version == version
        assert "idempotent_conversation_create_v1" in str(caught.value)
        assert f"runs openhands-agent-server {version}" in str(caught.value)
        with pytest.raises(NotFoundError):  # the create was never sent
            await server.attach_conversation(conversation_id)
        conv = await server.start_conversation(make_agent(), str(tmp_path), delete_on_close=True)
        await conv.close()
    assert transport.server_info_requests == 2
    assert compat_warnings(caplog) == []  # a tested version


async def test_a_server_older_than_the_tested_range_is_refused_with_one_clear_error(
    agent_server: AgentServerProcess,
    make_agent: AgentFactory,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.WARNING)
    async with AsyncAgentServer(agent_server.url, SESSION_API_KEY) as server:
        existing = await server.start_conversation(
            make_agent(), str(tmp_path), delete_on_close=True
        )
        count = await server.count_conversations()
        transport = ServerInfoRewriter({"version": "1.44.0"})
        async with AsyncAgentServer(agent_server.url, SESSION_API_KEY, transport=transport) as old:
            with pytest.raises(UnsupportedFeatureError) as started:
                await old.start_conversation(make_agent(), str(tmp_path))
            with pytest.raises(UnsupportedFeatureError) as attached:
                await old.attach_conversation(existing.id)
        assert await server.count_conversations() == count  # nothing was created
        await existing.close()
    assert (started.value.feature, attached.value.feature) == (
        "start_conversation()",
        "attach_conversation()",
    )
    for refused in (started.value, attached.value):
        assert refused.server_version == "1.44.0"
        assert "runs openhands-agent-server 1.44.0" in str(refused)
        assert f"needs openhands-agent-server {OLDEST_TESTED} or newer" in str(refused)
    [warning] = compat_warnings(caplog)
    assert f"tested with {OLDEST_TESTED} to {NEWEST_TESTED}" in warning


async def test_a_newer_server_is_used_with_one_warning(
    agent_server: AgentServerProcess,
    make_agent: AgentFactory,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.WARNING)
    transport = ServerInfoRewriter({"version": "99.0.0"})
    async with AsyncAgentServer(agent_server.url, SESSION_API_KEY, transport=transport) as server:
        conv = await server.start_conversation(make_agent(), str(tmp_path), delete_on_close=True)
        again = await server.attach_conversation(conv.id)
        assert again.id == conv.id
        await again.close()
    assert transport.server_info_requests == 1
    [warning] = compat_warnings(caplog)
    assert "runs openhands-agent-server 99.0.0" in warning
    assert f"tested with {OLDEST_TESTED} to {NEWEST_TESTED}" in warning
