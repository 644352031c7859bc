"""The socket never dies silently: hostile frames, permanent handshake failures, TLS, limits."""

from __future__ import annotations

import asyncio
import logging
import shutil
import ssl
import subprocess
import sys
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path

import httpx
import pytest

from openhands_client import (
    AgentServerError,
    AsyncAgentServer,
    MessageTooLargeError,
    NotFoundError,
    SocketRefusedError,
)
from openhands_client._socket import EventSocket
from tests.unit.conftest import API_KEY
from tests.unit.fakes import FakeAgentServer, ids, message, ts, until


async def test_deeply_nested_frame_is_skipped_and_the_stream_goes_on(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    conv_f = fake.add_conversation()
    conv = await client.attach_conversation(conv_f.id)
    fake.send_raw(conv_f, "[" * 100_000 + "]" * 100_000, '{"a":' * 100_000 + "1" + "}" * 100_000)
    fake.publish(conv_f, message("m1", ts(1)))
    await until(lambda: "m1" in ids(conv.events), "the event after the deep frames")
    assert conv.is_connected and conv._feed.socket.final_error is None


@pytest.mark.parametrize(
    ("status", "kind"),
    [
        pytest.param(404, NotFoundError, id="404-wrong-prefix"),
        pytest.param(200, SocketRefusedError, id="200-no-websocket"),
        pytest.param(400, SocketRefusedError, id="400"),
    ],
)
async def test_permanent_handshake_refusal_fails_attach_at_once(
    fake: FakeAgentServer, client: AsyncAgentServer, status: int, kind: type[AgentServerError]
) -> None:
    conv_f = fake.add_conversation()
    fake.ws_refusal = (status, {})
    with pytest.raises(kind) as caught:
        await asyncio.wait_for(client.attach_conversation(conv_f.id), 5)
    assert caught.value.status_code == status
    await asyncio.sleep(0.1)
    # The log is read while the socket connects: attach stops at the refusal, after the first
    # page at most.
    assert len(fake.requests_to("GET", "/events/search")) <= 1


async def test_permanent_refusal_after_attach_ends_stream_and_run(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    conv_f = fake.add_conversation()
    conv = await client.attach_conversation(conv_f.id)
    fake.ws_refusal = (404, {})
    fake.drop(conv_f)
    with pytest.raises(NotFoundError):
        async for _ in conv.stream():
            pass
    with pytest.raises(NotFoundError):
        await conv.run(timeout=5)


async def test_transient_outage_is_retried_and_warned_about_once(
    fake: FakeAgentServer,
    client: AsyncAgentServer,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(EventSocket, "OUTAGE_WARNING", 0.2)
    conv_f = fake.add_conversation()
    conv = await client.attach_conversation(conv_f.id)
    caplog.set_level(logging.INFO, "openhands_client.socket")
    fake.ws_available = False
    fake.drop(conv_f)

    def retries() -> int:
        return sum("retrying" in r.getMessage() for r in caplog.records)

    await until(lambda: retries() > 3, "reconnect attempts")
    await asyncio.sleep(0.3)
    seen = retries()
    await until(lambda: retries() > seen + 3, "more reconnect attempts after the warning")
    assert not conv.is_connected and conv._feed.socket.final_error is None
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1 and "HTTP 503" in warnings[0].getMessage()
    fake.ws_available = True
    await until(lambda: conv.is_connected, "the reconnect")


async def test_socket_does_not_follow_a_redirect_with_the_key(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    conv_f = fake.add_conversation()
    with FakeAgentServer(api_key=API_KEY) as elsewhere:
        elsewhere.add_conversation(conversation_id=conv_f.id)
        location = f"ws://localhost:{elsewhere.port}/sockets/events/{conv_f.id}"
        fake.ws_refusal = (302, {"Location": location})
        with pytest.raises(SocketRefusedError) as caught:
            await asyncio.wait_for(client.attach_conversation(conv_f.id), 5)
        assert caught.value.status_code == 302
        assert elsewhere.connections == [], "the auth frame went to another origin"


async def test_oversized_frame_is_a_typed_final_error(fake: FakeAgentServer) -> None:
    conv_f = fake.add_conversation()
    client = AsyncAgentServer(
        fake.url, API_KEY, transport=fake.transport, max_message_size=64 * 1024
    )
    try:
        conv = await client.attach_conversation(conv_f.id)
        fake.publish(conv_f, message("big", ts(1), "x" * 100_000))
        with pytest.raises(MessageTooLargeError):
            await asyncio.wait_for(conv.run(timeout=5), 5)
        assert len(fake.connections_to(conv_f)) == 1, "an oversized frame must not loop"
    finally:
        await client.close()


async def test_oversized_rest_body_is_a_typed_error(
    fake: FakeAgentServer, rest_attach: None
) -> None:
    conv_f = fake.add_conversation([message(f"m{i}", ts(i), "x" * 1000) for i in range(50)])
    client = AsyncAgentServer(
        fake.url, API_KEY, transport=fake.transport, max_message_size=16 * 1024
    )
    try:
        with pytest.raises(MessageTooLargeError):
            await client.attach_conversation(conv_f.id)
    finally:
        await client.close()


def test_max_message_size_is_checked() -> None:
    with pytest.raises(ValueError, match="max_message_size"):
        AsyncAgentServer("http://127.0.0.1:1", max_message_size=0)


async def test_deep_rest_body_is_a_typed_error(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    async def deep(
        request: httpx.Request, default: Callable[[], httpx.Response]
    ) -> httpx.Response | None:
        if request.url.path == "/server_info":
            return httpx.Response(200, content=b"[" * 100_000 + b"]" * 100_000)
        return None

    fake.hooks.append(deep)
    with pytest.raises(AgentServerError, match="server info"):
        await client.info()


# -- TLS: a self-signed certificate ------------------------------------------------------


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A self-signed certificate (and key) for 127.0.0.1, as one PEM file."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed")
    pem = tmp_path_factory.mktemp("tls") / "server.pem"
    subprocess.run(
        [
            *("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2"),
            *("-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"),
            *("-keyout", str(pem), "-out", str(pem)),
        ],
        check=True,
        capture_output=True,
    )
    return pem


@pytest.fixture
def tls_fake(certificate: Path) -> Iterator[FakeAgentServer]:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(certificate)
    with FakeAgentServer(api_key=API_KEY, ssl=context) as server:
        yield server


@pytest.fixture
async def tls_client(tls_fake: FakeAgentServer) -> AsyncIterator[AsyncAgentServer]:
    client = AsyncAgentServer(tls_fake.url, API_KEY, transport=tls_fake.transport)
    try:
        yield client
    finally:
        await client.close()


async def test_untrusted_certificate_is_a_typed_final_error(
    tls_fake: FakeAgentServer, tls_client: AsyncAgentServer
) -> None:
    conv_f = tls_fake.add_conversation()
    with pytest.raises(SocketRefusedError, match="certificate"):
        await asyncio.wait_for(tls_client.attach_conversation(conv_f.id), 5)


@pytest.mark.parametrize("kind", ["path", "context"])
async def test_verify_configures_the_socket_too(
    tls_fake: FakeAgentServer, certificate: Path, kind: str
) -> None:
    conv_f = tls_fake.add_conversation([message("h1", ts(0))])
    verify: str | ssl.SSLContext = str(certificate)
    if kind == "context":
        verify = ssl.create_default_context(cafile=str(certificate))
    client = AsyncAgentServer(tls_fake.url, API_KEY, transport=tls_fake.transport, verify=verify)
    try:
        conv = await client.attach_conversation(conv_f.id)
        assert conv.is_connected and ids(conv.events) == ["h1"]
    finally:
        await client.close()


async def test_the_socket_takes_the_tls_of_a_users_http_client(
    tls_fake: FakeAgentServer, certificate: Path
) -> None:
    """REST goes through the user's client (a mount here); its default transport's TLS
    context, trusting the self-signed certificate, is the socket's."""
    own = httpx.AsyncClient(
        verify=ssl.create_default_context(cafile=str(certificate)),
        mounts={tls_fake.url: tls_fake.transport},
    )
    conv_f = tls_fake.add_conversation([message("h1", ts(0))])
    client = AsyncAgentServer(tls_fake.url, API_KEY, http_client=own)
    try:
        conv = await client.attach_conversation(conv_f.id)
        assert conv.is_connected and ids(conv.events) == ["h1"]
    finally:
        await client.close()
        await own.aclose()


def test_verify_is_checked() -> None:
    with pytest.raises(TypeError, match="verify must be"):
        AsyncAgentServer("https://127.0.0.1:1", verify=3)  # type: ignore[arg-type]


def test_websockets_is_imported_on_first_connect_only() -> None:
    code = (
        "import sys, openhands_client; print(any(m.startswith('websockets') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize("body", [b"<html>proxy error page</html>", b"[" * 100_000])
async def test_undecodable_event_page_is_a_typed_error_not_an_empty_log(
    fake: FakeAgentServer, client: AsyncAgentServer, body: bytes, rest_attach: None
) -> None:
    conv_f = fake.add_conversation([message("h1", ts(0))])

    async def garbage(
        request: httpx.Request, default: Callable[[], httpx.Response]
    ) -> httpx.Response | None:
        if request.url.path.endswith("/events/search"):
            return httpx.Response(200, content=body)
        return None

    fake.hooks.append(garbage)
    with pytest.raises(AgentServerError, match="search events: HTTP 200 with a body that is not"):
        await client.attach_conversation(conv_f.id)
