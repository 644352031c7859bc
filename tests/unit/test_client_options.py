"""The client options (``ClientOptions``): declared once, checked before any request, and each
one doing what it says: ``from_env()``, ``max_retries`` with ``Retry-After``,
``default_headers``, the ``User-Agent``, ``http_client=`` and frame-level debug logging."""

from __future__ import annotations

import logging
import ssl
from collections.abc import AsyncIterator, Callable
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from websockets.asyncio.server import ServerConnection, serve
from websockets.datastructures import Headers
from websockets.http11 import Request, Response

import openhands_client
from openhands_client import (
    AgentServer,
    AsyncAgentServer,
    CapacityError,
    ClientOptions,
    ServerError,
    StatusError,
    _retries,
)
from openhands_client._connection import Connection
from openhands_client._retries import retry_after
from tests.unit.conftest import API_KEY
from tests.unit.fakes import FakeAgentServer, agent_json, message, ts

Handler = Callable[[httpx.Request], httpx.Response]
USER_AGENT = f"openhands-client/{openhands_client.__version__}"


def test_the_server_classes_take_the_one_options_declaration() -> None:
    import inspect

    for cls in (AsyncAgentServer, AgentServer):
        for function in (cls.__init__, cls.from_env):
            options = inspect.signature(function).parameters["options"]
            assert options.kind is inspect.Parameter.VAR_KEYWORD
            assert "Unpack[ClientOptions]" in str(options.annotation)
    assert set(ClientOptions.__optional_keys__) >= {"max_retries", "http_client"}


@pytest.mark.parametrize("cls", [AsyncAgentServer, AgentServer])
def test_an_unknown_option_is_a_type_error(cls: type[Any]) -> None:
    with pytest.raises(
        TypeError, match=rf"^{cls.__name__}\(\) got an unexpected keyword argument 'max_retry'"
    ):
        cls("http://127.0.0.1:1", max_retry=3)


@pytest.mark.parametrize(
    ("options", "error", "match"),
    [
        ({"max_retries": -1}, ValueError, "max_retries must be 0 to 10"),
        ({"max_retries": 2.0}, TypeError, "max_retries must be an int"),
        ({"default_headers": {"X-Session-API-Key": "k"}}, ValueError, "as api_key="),
        ({"default_headers": {"X-Team": "a\nb"}}, ValueError, "'X-Team' is not printable"),
        ({"default_headers": {"Bad Name": "v"}}, ValueError, "not a valid header name"),
        ({"default_headers": [("X-Team", "a")]}, TypeError, "must be a mapping"),
        ({"http_client": "http://proxy"}, TypeError, "must be an httpx.AsyncClient or"),
        (
            {"http_client": httpx.AsyncClient(), "transport": httpx.MockTransport(print)},
            ValueError,
            "not both",
        ),
    ],
)
def test_bad_options_fail_before_any_request(
    options: dict[str, Any], error: type[Exception], match: str
) -> None:
    with pytest.raises(error, match=match):
        AsyncAgentServer("http://127.0.0.1:1", **options)


def test_from_env_reads_the_url_and_the_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AGENT_SERVER_URL", "http://agents.example:9000/prefix/")
    monkeypatch.setenv("SESSION_API_KEY", API_KEY)
    server = AsyncAgentServer.from_env(max_retries=1)
    assert server.url == "http://agents.example:9000/prefix"
    assert server._connection.api_key == API_KEY
    assert server._connection.http.max_retries == 1  # type: ignore[attr-defined]
    monkeypatch.delenv("AGENT_SERVER_URL")
    monkeypatch.setenv("SESSION_API_KEY", "")
    with AgentServer.from_env() as sync_server:
        assert sync_server.url == "http://127.0.0.1:8000"
        assert sync_server.aio._connection.api_key is None


async def test_the_llm_calls_take_their_own_timeout_over_the_tight_default(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    async def answer(
        request: httpx.Request, default: Callable[[], httpx.Response]
    ) -> httpx.Response | None:
        if request.url.path.endswith("/ask_agent"):
            return httpx.Response(200, json={"response": "yes"})
        if request.url.path.endswith("/condense"):
            return httpx.Response(200, json={"success": True})
        return None

    fake.hooks.append(answer)
    conv = await client.attach_conversation(fake.add_conversation().id)
    assert await conv.ask_agent("q") == "yes"
    await conv.condense(timeout=90)
    await conv.refresh_state()
    timeouts = {
        r.url.path.rsplit("/", 1)[-1]: r.extensions["timeout"]["read"] for r in fake.requests
    }
    assert timeouts["ask_agent"] == 600.0 and timeouts["condense"] == 90.0
    assert timeouts[str(conv.id)] == 60.0  # every other call: the default read timeout


# -- headers -----------------------------------------------------------------------------


def _recording(seen: list[httpx.Request], status: int = 200, body: Any = ()) -> Handler:
    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(status, json=list(body))

    return handle


async def test_every_request_carries_the_user_agent_and_default_headers() -> None:
    seen: list[httpx.Request] = []
    async with AsyncAgentServer(
        "http://agent.test",
        API_KEY,
        transport=httpx.MockTransport(_recording(seen)),
        default_headers={"X-Team": "ci"},
    ) as server:
        await server.tools()
    assert seen[0].headers["User-Agent"] == USER_AGENT
    assert seen[0].headers["X-Team"] == "ci"
    assert seen[0].headers["X-Session-API-Key"] == API_KEY


def test_default_headers_may_replace_the_user_agent_in_the_sync_client_too() -> None:
    seen: list[httpx.Request] = []
    with AgentServer(
        "http://agent.test",
        transport=httpx.MockTransport(_recording(seen)),
        default_headers={"User-Agent": "my-bot/2"},
    ) as server:
        server.tools()
    assert seen[0].headers["User-Agent"] == "my-bot/2"


@pytest.fixture
async def handshake_recorder() -> AsyncIterator[tuple[str, list[Headers]]]:
    """A WebSocket endpoint that records each handshake's headers, then refuses it (404)."""
    seen: list[Headers] = []

    def refuse(connection: ServerConnection, request: Request) -> Response:
        seen.append(request.headers)
        return connection.respond(404, "no\n")

    async def never(ws: ServerConnection) -> None:
        raise AssertionError("no handshake is accepted")

    async with serve(never, "127.0.0.1", 0, process_request=refuse) as server:
        port = next(iter(server.sockets)).getsockname()[1]
        yield f"http://127.0.0.1:{port}", seen


async def test_the_socket_handshake_carries_the_same_headers(
    fake: FakeAgentServer, handshake_recorder: tuple[str, list[Headers]]
) -> None:
    url, seen = handshake_recorder
    conv_f = fake.add_conversation()
    async with AsyncAgentServer(
        url, API_KEY, transport=fake.transport, default_headers={"X-Team": "ci"}
    ) as server:
        with pytest.raises(Exception, match="socket"):
            await server.attach_conversation(conv_f.id)
    assert seen[0]["User-Agent"] == USER_AGENT and seen[0]["X-Team"] == "ci"
    assert API_KEY not in str(seen[0])  # the key goes in the first frame only


# -- retries -----------------------------------------------------------------------------


def _answers(*responses: httpx.Response | Exception) -> tuple[Handler, list[httpx.Request]]:
    """A handler giving ``responses`` in turn (then 200 ``[]``), and the requests it saw."""
    seen: list[httpx.Request] = []
    queue = list(responses)

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        answer = queue.pop(0) if queue else httpx.Response(200, json=[])
        if isinstance(answer, Exception):
            raise answer
        return answer

    return handle, seen


@pytest.fixture
def waits(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The retry waits asked for (not slept)."""
    asked: list[float] = []

    async def sleep(seconds: float) -> None:
        asked.append(seconds)

    monkeypatch.setattr(_retries, "_sleep", sleep)
    return asked


def _connection(handler: Handler, max_retries: int) -> Connection:
    return Connection.open(
        "http://agent.test", None, transport=httpx.MockTransport(handler), max_retries=max_retries
    )


async def test_a_429_is_retried_after_its_retry_after(waits: list[float]) -> None:
    handler, seen = _answers(
        httpx.Response(429, headers={"Retry-After": "3"}),
        httpx.Response(429, headers={"Retry-After": "0"}),
    )
    async with AsyncAgentServer(
        "http://agent.test", transport=httpx.MockTransport(handler), max_retries=2
    ) as server:
        assert await server.tools() == []
    assert len(seen) == 3 and waits == [3.0, 0.0]


async def test_retries_stop_after_max_retries(waits: list[float]) -> None:
    handler, seen = _answers(*[httpx.Response(429) for _ in range(5)])
    async with AsyncAgentServer(
        "http://agent.test", transport=httpx.MockTransport(handler), max_retries=2
    ) as server:
        with pytest.raises(CapacityError):
            await server.tools()
    assert len(seen) == 3 and len(waits) == 2  # backoff waits: no Retry-After


async def test_no_retry_by_default() -> None:
    handler, seen = _answers(httpx.Response(503))
    async with AsyncAgentServer("http://agent.test", transport=httpx.MockTransport(handler)) as s:
        with pytest.raises(ServerError):
            await s.tools()
    assert len(seen) == 1


async def test_a_retry_after_past_the_bound_is_not_waited_for(waits: list[float]) -> None:
    handler, seen = _answers(httpx.Response(429, headers={"Retry-After": "3600"}))
    response = await _connection(handler, 3).http.get("/x")
    assert response.status_code == 429 and len(seen) == 1 and waits == []


async def test_a_503_is_retried_for_a_get_but_never_for_a_post(waits: list[float]) -> None:
    handler, seen = _answers(httpx.Response(503), httpx.Response(200), httpx.Response(503))
    connection = _connection(handler, 3)
    assert (await connection.http.get("/x")).status_code == 200
    assert (await connection.http.post("/x", json={})).status_code == 503
    assert [r.method for r in seen] == ["GET", "GET", "POST"]


async def test_a_429_is_retried_for_a_post_with_its_body(waits: list[float]) -> None:
    handler, seen = _answers(httpx.Response(429))
    response = await _connection(handler, 1).http.post("/x", content=b'{"a": 1}')
    assert response.status_code == 200 and [r.content for r in seen] == [b'{"a": 1}'] * 2


async def test_a_connection_not_made_is_retried_any_request(waits: list[float]) -> None:
    handler, seen = _answers(httpx.ConnectError("refused"))
    assert (await _connection(handler, 1).http.post("/x")).status_code == 200
    assert len(seen) == 2


async def test_a_streamed_upload_is_never_retried(waits: list[float]) -> None:
    async def body() -> AsyncIterator[bytes]:
        yield b"data"

    handler, seen = _answers(httpx.Response(429))
    response = await _connection(handler, 3).http.post("/x", content=body())
    assert response.status_code == 429 and len(seen) == 1


async def test_a_full_servers_retry_after_paces_start_conversation(
    fake: FakeAgentServer, client: AsyncAgentServer, waits: list[float]
) -> None:
    """Whatever ``max_retries``: ``start_conversation`` waits out a 429 as it asks."""
    refusals = [httpx.Response(429, headers={"Retry-After": "7"}, json={"detail": "full"})]

    async def full_once(
        request: httpx.Request, default: Callable[[], httpx.Response]
    ) -> httpx.Response | None:
        if request.method == "POST" and request.url.path == "/api/conversations" and refusals:
            return refusals.pop()
        return None

    fake.hooks.append(full_once)
    conv = await client.start_conversation(agent_json(), "/w", delete_on_close=True)
    assert waits == [7.0] and not refusals
    await conv.close()


def test_retry_after_reads_seconds_and_http_dates() -> None:
    later = datetime.now(timezone.utc) + timedelta(seconds=30)
    assert retry_after(httpx.Headers({"Retry-After": "2.5"})) == 2.5
    assert retry_after(httpx.Headers({"Retry-After": "-4"})) == 0.0
    assert 25 < (retry_after(httpx.Headers({"Retry-After": format_datetime(later)})) or 0) <= 30
    assert retry_after(httpx.Headers({"Retry-After": "soon"})) is None
    assert retry_after(httpx.Headers()) is None


# -- http_client -------------------------------------------------------------------------


async def test_requests_go_through_the_users_client_which_stays_open() -> None:
    hooked: list[str] = []

    async def hook(request: httpx.Request) -> None:
        hooked.append(f"{request.method} {request.url.path}")

    seen: list[httpx.Request] = []
    own = httpx.AsyncClient(
        transport=httpx.MockTransport(_recording(seen, body=["terminal"])),
        event_hooks={"request": [hook]},
    )
    async with AsyncAgentServer("http://agent.test", API_KEY, http_client=own) as server:
        assert await server.tools() == ["terminal"]
    assert hooked == ["GET /api/tools/"]
    assert seen[0].headers["X-Session-API-Key"] == API_KEY
    assert seen[0].headers["User-Agent"] == USER_AGENT
    assert not own.is_closed
    await own.aclose()


async def test_the_users_client_never_follows_a_redirect() -> None:
    handler, seen = _answers(httpx.Response(302, headers={"Location": "http://elsewhere.test/"}))
    own = httpx.AsyncClient(transport=httpx.MockTransport(handler), follow_redirects=True)
    async with AsyncAgentServer("http://agent.test", http_client=own) as server:
        with pytest.raises(StatusError, match="HTTP 302"):
            await server.tools()
    assert [str(r.url) for r in seen] == ["http://agent.test/api/tools/"]
    await own.aclose()


def test_the_sync_server_sends_through_the_users_client_too() -> None:
    seen: list[httpx.Request] = []
    own = httpx.AsyncClient(transport=httpx.MockTransport(_recording(seen)))
    with AgentServer("http://agent.test", http_client=own) as server:
        assert server.tools() == []
    assert len(seen) == 1


def test_a_sync_httpx_client_sends_every_request_bodies_streamed_both_ways(
    tmp_path: Path,
) -> None:
    """An ``httpx.Client`` works as the async one does, the sync server's upload (a streamed
    body) and download (a streamed answer) included."""
    hooked: list[str] = []
    payload = bytes(range(256)) * 1024

    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/api/file/upload":
            request.read()
            assert payload in request.content  # the whole file, in the multipart body
            return httpx.Response(200, json={"file_size": len(payload)})
        if request.url.path.startswith("/api/file/download"):
            return httpx.Response(200, content=payload)
        return httpx.Response(200, json=["terminal"])

    own = httpx.Client(
        transport=httpx.MockTransport(handle),
        event_hooks={"request": [lambda request: hooked.append(request.url.path)]},
    )
    (tmp_path / "up.bin").write_bytes(payload)
    with AgentServer("http://agent.test", API_KEY, http_client=own) as server:
        assert server.tools() == ["terminal"]
        workspace = server.workspace("/w")
        assert workspace.upload(tmp_path / "up.bin", "/w/up.bin").size == len(payload)
        workspace.download("/w/up.bin", tmp_path / "down.bin")
    assert (tmp_path / "down.bin").read_bytes() == payload
    assert hooked[0] == "/api/tools/" and len(hooked) == 3
    assert not own.is_closed
    own.close()


def test_the_socket_takes_a_sync_clients_tls_too() -> None:
    own = httpx.Client(verify=False)
    server = AsyncAgentServer("https://agent.test", http_client=own)
    context = server._connection.ssl_context
    assert context is not None and context.verify_mode is ssl.CERT_NONE
    own.close()


async def test_the_users_client_timeout_does_not_replace_the_calls() -> None:
    """The request arrives built with the server's timeout; the user's client keeps it."""
    seen: list[httpx.Request] = []
    own = httpx.AsyncClient(transport=httpx.MockTransport(_recording(seen)), timeout=1.0)
    async with AsyncAgentServer("http://agent.test", http_client=own, timeout=7.0) as server:
        await server.tools()
    assert seen[0].extensions["timeout"]["read"] == 7.0
    await own.aclose()


# -- logging -----------------------------------------------------------------------------


async def test_frame_logging_can_be_turned_on_and_never_shows_the_key(
    fake: FakeAgentServer, client: AsyncAgentServer, caplog: pytest.LogCaptureFixture
) -> None:
    conv_f = fake.add_conversation([message("h1", ts(0))])
    caplog.set_level(logging.DEBUG, logger="openhands_client.socket.frames")
    await client.attach_conversation(conv_f.id)
    frames = [r.getMessage() for r in caplog.records if r.name.endswith("socket.frames")]
    assert any("session_api_key" in line for line in frames)  # the auth frame, redacted
    assert any(line.startswith("< TEXT") for line in frames)  # a frame received
    assert not any(API_KEY in line or "k+y" in line for line in frames)


async def test_frames_are_not_logged_by_default(
    fake: FakeAgentServer, client: AsyncAgentServer, all_logs: pytest.LogCaptureFixture
) -> None:
    conv_f = fake.add_conversation([message("h1", ts(0))])
    await client.attach_conversation(conv_f.id)
    assert not [r for r in all_logs.records if r.name.endswith("socket.frames")]
