"""HTTP failures become typed errors a caller can catch by kind."""

from __future__ import annotations

import socket
from typing import Any

import pytest

from openhands_client import (
    AgentServerError,
    AsyncAgentServer,
    AuthenticationError,
    ConflictError,
    NotFoundError,
    ServerError,
    StatusError,
    TransportError,
    ValidationError,
)
from tests.unit.conftest import API_KEY
from tests.unit.fakes import FakeAgentServer, agent_json, until

CONVERSATION = r"^/api/conversations/[^/]+$"


@pytest.mark.parametrize(
    ("status", "body", "kind"),
    [
        (401, {"detail": "Unauthorized"}, AuthenticationError),
        (403, {"detail": "Forbidden"}, AuthenticationError),
        (404, {"detail": "Not Found"}, NotFoundError),
        (500, {"detail": "Internal Server Error", "error_id": "err-42"}, ServerError),
        (502, "<html>Bad Gateway</html>", ServerError),
        (503, {"detail": "Service Unavailable"}, ServerError),
    ],
)
async def test_attach_maps_status_to_error_type(
    fake: FakeAgentServer,
    client: AsyncAgentServer,
    status: int,
    body: Any,
    kind: type[AgentServerError],
) -> None:
    conv_f = fake.add_conversation()
    fake.inject("GET", CONVERSATION, status, body)
    with pytest.raises(kind) as caught:
        await client.attach_conversation(conv_f.id)
    assert type(caught.value) is kind
    assert caught.value.status_code == status
    # The socket connects while the conversation is asked for: none is left open.
    await until(lambda: fake.open_sockets() == 0, "the socket to close")


async def test_server_error_carries_the_error_id(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    conv_f = fake.add_conversation()
    fake.inject("GET", CONVERSATION, 500, {"detail": "Internal Server Error", "error_id": "e-7"})
    with pytest.raises(ServerError) as caught:
        await client.attach_conversation(conv_f.id)
    assert caught.value.error_id == "e-7"
    fake.inject("GET", CONVERSATION, 502, "<html>Bad Gateway</html>")
    with pytest.raises(ServerError) as caught:
        await client.attach_conversation(conv_f.id)
    assert caught.value.error_id is None


async def test_wrong_key_is_an_authentication_error(fake: FakeAgentServer) -> None:
    conv_f = fake.add_conversation()
    async with AsyncAgentServer(fake.url, "wrong-key", transport=fake.transport) as server:
        with pytest.raises(AuthenticationError):
            await server.attach_conversation(conv_f.id)
    # The socket connects while the conversation is asked for: none is left open.
    await until(lambda: fake.open_sockets() == 0, "the socket to close")


async def test_unknown_conversation_is_not_found(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    conv_f = fake.add_conversation()
    conv_f.deleted = True
    with pytest.raises(NotFoundError):
        await client.attach_conversation(conv_f.id)


@pytest.mark.parametrize("operation", ["pause", "interrupt", "delete"])
async def test_servers_bare_400_for_an_unknown_id_is_not_found(
    fake: FakeAgentServer, client: AsyncAgentServer, operation: str
) -> None:
    """pause, interrupt and DELETE answer ``400 {"detail": "Bad Request"}`` for an unknown id.

    (FastAPI's ``HTTPException(400)`` without a detail, as openhands-agent-server 1.57 and older
    raise it when the conversation service finds no such conversation.)
    """
    fake.bare_400_for_unknown = True
    conv_f = fake.add_conversation()
    conv = await client.attach_conversation(conv_f.id)
    conv_f.deleted = True  # deleted behind the client's back
    with pytest.raises(NotFoundError) as caught:
        await getattr(conv, operation)()
    assert caught.value.status_code == 400


@pytest.mark.parametrize(
    "detail",
    [
        "litellm.NotFoundError: OpenAIException - The model `gpt-9` does not exist",
        "Profile 'fast' not found",
        "Conversation not found",
    ],
)
async def test_a_400_that_only_says_not_found_stays_a_status_error(
    fake: FakeAgentServer, client: AsyncAgentServer, detail: str
) -> None:
    """Only the server's bare 400 on pause, interrupt and delete means an unknown id: a 400
    whose detail merely mentions "not found" (a provider's model error) is not NotFoundError."""
    conv_f = fake.add_conversation()
    conv = await client.attach_conversation(conv_f.id)
    fake.inject("POST", r"/pause$", 400, {"detail": detail})
    with pytest.raises(StatusError) as caught:
        await conv.pause()
    assert type(caught.value) is StatusError
    fake.inject("POST", r"/events$", 400, {"detail": detail})
    with pytest.raises(StatusError) as caught:
        await conv.send_message("hi")
    assert type(caught.value) is StatusError


async def test_a_status_error_names_the_request_without_its_headers(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    conv_f = fake.add_conversation()
    conv = await client.attach_conversation(conv_f.id)
    fake.inject("POST", r"/pause$", 409, {"detail": "Conversation is not running"})
    with pytest.raises(ConflictError) as caught:
        await conv.pause()
    assert caught.value.method == "POST"
    assert caught.value.url == f"{fake.url}/api/conversations/{conv_f.id}/pause"
    assert API_KEY not in repr(vars(caught.value))


async def test_409_is_a_conflict(fake: FakeAgentServer, client: AsyncAgentServer) -> None:
    conv_f = fake.add_conversation()
    conv = await client.attach_conversation(conv_f.id)
    fake.inject("POST", r"/pause$", 409, {"detail": "Conversation is not running"})
    with pytest.raises(ConflictError) as caught:
        await conv.pause()
    assert caught.value.status_code == 409
    assert "not running" in str(caught.value)


async def test_422_is_a_validation_error_with_the_field_errors(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    errors = [
        {"loc": ["body", "title"], "msg": "String should have at most 200 characters", "type": "x"}
    ]
    conv_f = fake.add_conversation()
    conv = await client.attach_conversation(conv_f.id)
    fake.inject("PATCH", CONVERSATION, 422, {"detail": errors})
    with pytest.raises(ValidationError) as caught:
        await conv.set_title("t" * 300)
    assert caught.value.errors == errors
    assert caught.value.status_code == 422


async def test_422_with_a_plain_detail_is_a_validation_error(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    """The server's own 422s carry a string detail (POST /api/conversations: an agent tool
    the server cannot import, a parent conversation that does not exist, ...).

    The generated layer parses every 422 body as an ``HTTPValidationError`` before the
    facade sees the status; a string ``detail`` makes that parse raise ``ValueError``.
    """
    detail = "The agent uses tools whose modules the agent server cannot import: browser"
    fake.inject("POST", r"^/api/conversations$", 422, {"detail": detail})
    with pytest.raises(ValidationError) as caught:
        await client.start_conversation(agent_json(), "/w")
    assert caught.value.status_code == 422
    assert "cannot import: browser" in str(caught.value)
    assert caught.value.errors == []


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def test_connection_refused_is_a_transport_error() -> None:
    port = _closed_port()
    async with AsyncAgentServer(f"http://127.0.0.1:{port}", API_KEY) as server:
        with pytest.raises(TransportError) as caught:
            await server.attach_conversation("5b1c2a4e-0000-4000-8000-000000000001")
    assert caught.value.status_code is None
    assert API_KEY not in str(caught.value)
