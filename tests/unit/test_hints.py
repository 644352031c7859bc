"""Errors and misuse explain themselves: they name the URL, id or path, and say what to do."""

from __future__ import annotations

import asyncio
import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest

from openhands_client import (
    AgentServerError,
    AsyncAgentServer,
    AuthenticationError,
    NotFoundError,
    TransportError,
)
from tests.unit.conftest import API_KEY
from tests.unit.fakes import FakeAgentServer

CONVERSATION = r"^/api/conversations/[^/]+$"
NOT_A_SERVER = "<!DOCTYPE html><html><head><title>501</title></head><body>" + "x" * 2000


async def test_an_html_page_is_one_line_saying_this_is_not_an_agent_server(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    fake.inject("GET", r"/server_info$", 501, NOT_A_SERVER)
    with pytest.raises(AgentServerError) as caught:
        await client.info()
    message = str(caught.value)
    assert message == f"server info: {fake.url} is not an agent server: HTTP 501"
    assert not isinstance(caught.value, NotFoundError)


async def test_an_html_404_is_not_a_missing_conversation(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    conversation = fake.add_conversation()
    fake.inject("GET", CONVERSATION, 404, NOT_A_SERVER)
    with pytest.raises(AgentServerError) as caught:
        await client.attach_conversation(conversation.id)
    assert not isinstance(caught.value, NotFoundError)
    assert "is not an agent server: HTTP 404" in str(caught.value)


async def test_not_found_names_the_conversation_id(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    conversation = fake.add_conversation()
    conversation.deleted = True
    with pytest.raises(NotFoundError) as caught:
        await client.attach_conversation(conversation.id)
    assert str(conversation.id) in str(caught.value)


async def test_401_suggests_the_session_api_key(fake: FakeAgentServer) -> None:
    conversation = fake.add_conversation()
    async with AsyncAgentServer(fake.url, "wrong", transport=fake.transport) as server:
        with pytest.raises(AuthenticationError) as caught:
            await server.attach_conversation(conversation.id)
    assert "SESSION_API_KEY" in str(caught.value) and "--api-key" in str(caught.value)


async def test_an_unreachable_server_is_named() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    async with AsyncAgentServer(f"http://127.0.0.1:{port}", API_KEY) as server:
        with pytest.raises(TransportError) as caught:
            await server.info()
    assert f"cannot reach http://127.0.0.1:{port}" in str(caught.value)


def test_with_instead_of_async_with_says_what_to_use() -> None:
    server = AsyncAgentServer("http://127.0.0.1:1")
    with pytest.raises(TypeError, match=r"async with AsyncAgentServer.*AgentServer"), server:
        pass
    asyncio.run(server.close())


class _Tools(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"[]")

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def tools_server() -> Iterator[str]:
    """A real loopback HTTP server answering ``[]`` (keep-alive: connections get pooled)."""
    _Tools.protocol_version = "HTTP/1.1"
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Tools)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_an_async_client_reused_in_a_second_asyncio_run_says_what_to_do(tools_server: str) -> None:
    server = AsyncAgentServer(tools_server)
    assert asyncio.run(server.tools()) == []
    with pytest.raises(RuntimeError, match=r"another event loop.*async with AsyncAgentServer"):
        asyncio.run(server.tools())


async def test_a_missing_download_names_the_path(tmp_path: Path) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(404, json={"detail": "File not found"})

    transport = httpx.MockTransport(handler)
    async with AsyncAgentServer("http://agent.test", transport=transport) as server:
        with pytest.raises(NotFoundError) as caught:
            await server.workspace("/work").download("out/report.html", tmp_path / "r.html")
    assert "/work/out/report.html" in str(caught.value)
